import datetime
from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.training_page import TrainingPage
from ...models.training_topic import TrainingTopic
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    from_: datetime.date | Unset = UNSET,
    to: datetime.date | Unset = UNSET,
    topic: TrainingTopic | Unset = UNSET,
    organiser_organisation_id: UUID | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_from_: str | Unset = UNSET
    if not isinstance(from_, Unset):
        json_from_ = from_.isoformat()
    params["from"] = json_from_

    json_to: str | Unset = UNSET
    if not isinstance(to, Unset):
        json_to = to.isoformat()
    params["to"] = json_to

    json_topic: str | Unset = UNSET
    if not isinstance(topic, Unset):
        json_topic = topic.value

    params["topic"] = json_topic

    json_organiser_organisation_id: str | Unset = UNSET
    if not isinstance(organiser_organisation_id, Unset):
        json_organiser_organisation_id = str(organiser_organisation_id)
    params["organiser_organisation_id"] = json_organiser_organisation_id

    params["limit"] = limit

    params["cursor"] = cursor

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/trainings",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Problem | TrainingPage | None:
    if response.status_code == 200:
        response_200 = TrainingPage.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Problem.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Problem.from_dict(response.json())

        return response_403

    if response.status_code == 422:
        response_422 = Problem.from_dict(response.json())

        return response_422

    if response.status_code == 503:
        response_503 = Problem.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Problem | TrainingPage]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    from_: datetime.date | Unset = UNSET,
    to: datetime.date | Unset = UNSET,
    topic: TrainingTopic | Unset = UNSET,
    organiser_organisation_id: UUID | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> Response[Problem | TrainingPage]:
    """Lists trainings of officials, in the order they were recorded.

     For administrators. Filters: `topic`, `organiser_organisation_id`, and a period
    (`from`: ending on or after, `to`: starting on or before); page with `cursor`/`limit`.
    A training names nobody, so listing them is not recorded in the audit log.

    Args:
        from_ (datetime.date | Unset):
        to (datetime.date | Unset):
        topic (TrainingTopic | Unset): What a training is about.
        organiser_organisation_id (UUID | Unset):
        limit (int | Unset):
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | TrainingPage]
    """

    kwargs = _get_kwargs(
        from_=from_,
        to=to,
        topic=topic,
        organiser_organisation_id=organiser_organisation_id,
        limit=limit,
        cursor=cursor,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    from_: datetime.date | Unset = UNSET,
    to: datetime.date | Unset = UNSET,
    topic: TrainingTopic | Unset = UNSET,
    organiser_organisation_id: UUID | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> Problem | TrainingPage | None:
    """Lists trainings of officials, in the order they were recorded.

     For administrators. Filters: `topic`, `organiser_organisation_id`, and a period
    (`from`: ending on or after, `to`: starting on or before); page with `cursor`/`limit`.
    A training names nobody, so listing them is not recorded in the audit log.

    Args:
        from_ (datetime.date | Unset):
        to (datetime.date | Unset):
        topic (TrainingTopic | Unset): What a training is about.
        organiser_organisation_id (UUID | Unset):
        limit (int | Unset):
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | TrainingPage
    """

    return sync_detailed(
        client=client,
        from_=from_,
        to=to,
        topic=topic,
        organiser_organisation_id=organiser_organisation_id,
        limit=limit,
        cursor=cursor,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    from_: datetime.date | Unset = UNSET,
    to: datetime.date | Unset = UNSET,
    topic: TrainingTopic | Unset = UNSET,
    organiser_organisation_id: UUID | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> Response[Problem | TrainingPage]:
    """Lists trainings of officials, in the order they were recorded.

     For administrators. Filters: `topic`, `organiser_organisation_id`, and a period
    (`from`: ending on or after, `to`: starting on or before); page with `cursor`/`limit`.
    A training names nobody, so listing them is not recorded in the audit log.

    Args:
        from_ (datetime.date | Unset):
        to (datetime.date | Unset):
        topic (TrainingTopic | Unset): What a training is about.
        organiser_organisation_id (UUID | Unset):
        limit (int | Unset):
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | TrainingPage]
    """

    kwargs = _get_kwargs(
        from_=from_,
        to=to,
        topic=topic,
        organiser_organisation_id=organiser_organisation_id,
        limit=limit,
        cursor=cursor,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    from_: datetime.date | Unset = UNSET,
    to: datetime.date | Unset = UNSET,
    topic: TrainingTopic | Unset = UNSET,
    organiser_organisation_id: UUID | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> Problem | TrainingPage | None:
    """Lists trainings of officials, in the order they were recorded.

     For administrators. Filters: `topic`, `organiser_organisation_id`, and a period
    (`from`: ending on or after, `to`: starting on or before); page with `cursor`/`limit`.
    A training names nobody, so listing them is not recorded in the audit log.

    Args:
        from_ (datetime.date | Unset):
        to (datetime.date | Unset):
        topic (TrainingTopic | Unset): What a training is about.
        organiser_organisation_id (UUID | Unset):
        limit (int | Unset):
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | TrainingPage
    """

    return (
        await asyncio_detailed(
            client=client,
            from_=from_,
            to=to,
            topic=topic,
            organiser_organisation_id=organiser_organisation_id,
            limit=limit,
            cursor=cursor,
        )
    ).parsed
