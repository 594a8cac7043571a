import datetime
from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.jobseeker_page import JobseekerPage
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    person_id: UUID | Unset = UNSET,
    occupation: str | Unset = UNSET,
    country: str | Unset = UNSET,
    available_on: datetime.date | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_person_id: str | Unset = UNSET
    if not isinstance(person_id, Unset):
        json_person_id = str(person_id)
    params["person_id"] = json_person_id

    params["occupation"] = occupation

    params["country"] = country

    json_available_on: str | Unset = UNSET
    if not isinstance(available_on, Unset):
        json_available_on = available_on.isoformat()
    params["available_on"] = json_available_on

    params["limit"] = limit

    params["cursor"] = cursor

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/jobseekers",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> JobseekerPage | Problem | None:
    if response.status_code == 200:
        response_200 = JobseekerPage.from_dict(response.json())

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
) -> Response[JobseekerPage | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    person_id: UUID | Unset = UNSET,
    occupation: str | Unset = UNSET,
    country: str | Unset = UNSET,
    available_on: datetime.date | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> Response[JobseekerPage | Problem]:
    """Lists jobseeker profiles in the order registered, with filters and cursor paging.

     For case workers, employment counsellors and administrators, who see every profile
    whatever organisation registered it. Filters by `person_id`, `occupation`, a preferred
    `country` and `available_on` (all given must match); pages with `limit` (1 to 500, 50
    by default) and `cursor`. Every profile listed is recorded as read.

    Args:
        person_id (UUID | Unset):
        occupation (str | Unset):
        country (str | Unset):
        available_on (datetime.date | Unset):
        limit (int | Unset):
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[JobseekerPage | Problem]
    """

    kwargs = _get_kwargs(
        person_id=person_id,
        occupation=occupation,
        country=country,
        available_on=available_on,
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
    person_id: UUID | Unset = UNSET,
    occupation: str | Unset = UNSET,
    country: str | Unset = UNSET,
    available_on: datetime.date | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> JobseekerPage | Problem | None:
    """Lists jobseeker profiles in the order registered, with filters and cursor paging.

     For case workers, employment counsellors and administrators, who see every profile
    whatever organisation registered it. Filters by `person_id`, `occupation`, a preferred
    `country` and `available_on` (all given must match); pages with `limit` (1 to 500, 50
    by default) and `cursor`. Every profile listed is recorded as read.

    Args:
        person_id (UUID | Unset):
        occupation (str | Unset):
        country (str | Unset):
        available_on (datetime.date | Unset):
        limit (int | Unset):
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        JobseekerPage | Problem
    """

    return sync_detailed(
        client=client,
        person_id=person_id,
        occupation=occupation,
        country=country,
        available_on=available_on,
        limit=limit,
        cursor=cursor,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    person_id: UUID | Unset = UNSET,
    occupation: str | Unset = UNSET,
    country: str | Unset = UNSET,
    available_on: datetime.date | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> Response[JobseekerPage | Problem]:
    """Lists jobseeker profiles in the order registered, with filters and cursor paging.

     For case workers, employment counsellors and administrators, who see every profile
    whatever organisation registered it. Filters by `person_id`, `occupation`, a preferred
    `country` and `available_on` (all given must match); pages with `limit` (1 to 500, 50
    by default) and `cursor`. Every profile listed is recorded as read.

    Args:
        person_id (UUID | Unset):
        occupation (str | Unset):
        country (str | Unset):
        available_on (datetime.date | Unset):
        limit (int | Unset):
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[JobseekerPage | Problem]
    """

    kwargs = _get_kwargs(
        person_id=person_id,
        occupation=occupation,
        country=country,
        available_on=available_on,
        limit=limit,
        cursor=cursor,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    person_id: UUID | Unset = UNSET,
    occupation: str | Unset = UNSET,
    country: str | Unset = UNSET,
    available_on: datetime.date | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> JobseekerPage | Problem | None:
    """Lists jobseeker profiles in the order registered, with filters and cursor paging.

     For case workers, employment counsellors and administrators, who see every profile
    whatever organisation registered it. Filters by `person_id`, `occupation`, a preferred
    `country` and `available_on` (all given must match); pages with `limit` (1 to 500, 50
    by default) and `cursor`. Every profile listed is recorded as read.

    Args:
        person_id (UUID | Unset):
        occupation (str | Unset):
        country (str | Unset):
        available_on (datetime.date | Unset):
        limit (int | Unset):
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        JobseekerPage | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            person_id=person_id,
            occupation=occupation,
            country=country,
            available_on=available_on,
            limit=limit,
            cursor=cursor,
        )
    ).parsed
