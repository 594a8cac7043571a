import datetime
from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.activity_list import ActivityList
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: UUID,
    *,
    late_on: datetime.date | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_late_on: str | Unset = UNSET
    if not isinstance(late_on, Unset):
        json_late_on = late_on.isoformat()
    params["late_on"] = json_late_on

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/projects/{id}/activities".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ActivityList | Problem | None:
    if response.status_code == 200:
        response_200 = ActivityList.from_dict(response.json())

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

    if response.status_code == 404:
        response_404 = Problem.from_dict(response.json())

        return response_404

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
) -> Response[ActivityList | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    id: UUID,
    *,
    client: AuthenticatedClient,
    late_on: datetime.date | Unset = UNSET,
) -> Response[ActivityList | Problem]:
    """Lists a project's work plan, by planned start.

     With `late_on`, only the activities late on that day: not completed or cancelled, and
    not started or not ended though planned to be before it. For monitors (committee
    members) and administrators; the activities come in one page.

    Args:
        id (UUID):
        late_on (datetime.date | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ActivityList | Problem]
    """

    kwargs = _get_kwargs(
        id=id,
        late_on=late_on,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: UUID,
    *,
    client: AuthenticatedClient,
    late_on: datetime.date | Unset = UNSET,
) -> ActivityList | Problem | None:
    """Lists a project's work plan, by planned start.

     With `late_on`, only the activities late on that day: not completed or cancelled, and
    not started or not ended though planned to be before it. For monitors (committee
    members) and administrators; the activities come in one page.

    Args:
        id (UUID):
        late_on (datetime.date | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ActivityList | Problem
    """

    return sync_detailed(
        id=id,
        client=client,
        late_on=late_on,
    ).parsed


async def asyncio_detailed(
    id: UUID,
    *,
    client: AuthenticatedClient,
    late_on: datetime.date | Unset = UNSET,
) -> Response[ActivityList | Problem]:
    """Lists a project's work plan, by planned start.

     With `late_on`, only the activities late on that day: not completed or cancelled, and
    not started or not ended though planned to be before it. For monitors (committee
    members) and administrators; the activities come in one page.

    Args:
        id (UUID):
        late_on (datetime.date | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ActivityList | Problem]
    """

    kwargs = _get_kwargs(
        id=id,
        late_on=late_on,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: UUID,
    *,
    client: AuthenticatedClient,
    late_on: datetime.date | Unset = UNSET,
) -> ActivityList | Problem | None:
    """Lists a project's work plan, by planned start.

     With `late_on`, only the activities late on that day: not completed or cancelled, and
    not started or not ended though planned to be before it. For monitors (committee
    members) and administrators; the activities come in one page.

    Args:
        id (UUID):
        late_on (datetime.date | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ActivityList | Problem
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            late_on=late_on,
        )
    ).parsed
