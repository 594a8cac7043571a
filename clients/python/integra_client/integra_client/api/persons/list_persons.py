import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.person_page import PersonPage
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    name: str | Unset = UNSET,
    personal_number: str | Unset = UNSET,
    date_of_birth: datetime.date | Unset = UNSET,
    region: str | Unset = UNSET,
    citizenship: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["name"] = name

    params["personal_number"] = personal_number

    json_date_of_birth: str | Unset = UNSET
    if not isinstance(date_of_birth, Unset):
        json_date_of_birth = date_of_birth.isoformat()
    params["date_of_birth"] = json_date_of_birth

    params["region"] = region

    params["citizenship"] = citizenship

    params["limit"] = limit

    params["cursor"] = cursor

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/persons",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> PersonPage | Problem | None:
    if response.status_code == 200:
        response_200 = PersonPage.from_dict(response.json())

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
) -> Response[PersonPage | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    name: str | Unset = UNSET,
    personal_number: str | Unset = UNSET,
    date_of_birth: datetime.date | Unset = UNSET,
    region: str | Unset = UNSET,
    citizenship: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> Response[PersonPage | Problem]:
    """Lists persons in registration order, with filters and cursor paging.

     For case workers, employment counsellors, administrators and service accounts with
    `persons:read`, who see every person whatever the organisation. Filters by `name`,
    `personal_number`, `date_of_birth`, `region` and `citizenship` (all given must match);
    pages with `limit` (1 to 500, 50 by default) and `cursor`. Every person listed is
    recorded as read in the audit log.

    Args:
        name (str | Unset):
        personal_number (str | Unset):
        date_of_birth (datetime.date | Unset):
        region (str | Unset):
        citizenship (str | Unset):
        limit (int | Unset):
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PersonPage | Problem]
    """

    kwargs = _get_kwargs(
        name=name,
        personal_number=personal_number,
        date_of_birth=date_of_birth,
        region=region,
        citizenship=citizenship,
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
    name: str | Unset = UNSET,
    personal_number: str | Unset = UNSET,
    date_of_birth: datetime.date | Unset = UNSET,
    region: str | Unset = UNSET,
    citizenship: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> PersonPage | Problem | None:
    """Lists persons in registration order, with filters and cursor paging.

     For case workers, employment counsellors, administrators and service accounts with
    `persons:read`, who see every person whatever the organisation. Filters by `name`,
    `personal_number`, `date_of_birth`, `region` and `citizenship` (all given must match);
    pages with `limit` (1 to 500, 50 by default) and `cursor`. Every person listed is
    recorded as read in the audit log.

    Args:
        name (str | Unset):
        personal_number (str | Unset):
        date_of_birth (datetime.date | Unset):
        region (str | Unset):
        citizenship (str | Unset):
        limit (int | Unset):
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PersonPage | Problem
    """

    return sync_detailed(
        client=client,
        name=name,
        personal_number=personal_number,
        date_of_birth=date_of_birth,
        region=region,
        citizenship=citizenship,
        limit=limit,
        cursor=cursor,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    name: str | Unset = UNSET,
    personal_number: str | Unset = UNSET,
    date_of_birth: datetime.date | Unset = UNSET,
    region: str | Unset = UNSET,
    citizenship: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> Response[PersonPage | Problem]:
    """Lists persons in registration order, with filters and cursor paging.

     For case workers, employment counsellors, administrators and service accounts with
    `persons:read`, who see every person whatever the organisation. Filters by `name`,
    `personal_number`, `date_of_birth`, `region` and `citizenship` (all given must match);
    pages with `limit` (1 to 500, 50 by default) and `cursor`. Every person listed is
    recorded as read in the audit log.

    Args:
        name (str | Unset):
        personal_number (str | Unset):
        date_of_birth (datetime.date | Unset):
        region (str | Unset):
        citizenship (str | Unset):
        limit (int | Unset):
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PersonPage | Problem]
    """

    kwargs = _get_kwargs(
        name=name,
        personal_number=personal_number,
        date_of_birth=date_of_birth,
        region=region,
        citizenship=citizenship,
        limit=limit,
        cursor=cursor,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    name: str | Unset = UNSET,
    personal_number: str | Unset = UNSET,
    date_of_birth: datetime.date | Unset = UNSET,
    region: str | Unset = UNSET,
    citizenship: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> PersonPage | Problem | None:
    """Lists persons in registration order, with filters and cursor paging.

     For case workers, employment counsellors, administrators and service accounts with
    `persons:read`, who see every person whatever the organisation. Filters by `name`,
    `personal_number`, `date_of_birth`, `region` and `citizenship` (all given must match);
    pages with `limit` (1 to 500, 50 by default) and `cursor`. Every person listed is
    recorded as read in the audit log.

    Args:
        name (str | Unset):
        personal_number (str | Unset):
        date_of_birth (datetime.date | Unset):
        region (str | Unset):
        citizenship (str | Unset):
        limit (int | Unset):
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PersonPage | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            name=name,
            personal_number=personal_number,
            date_of_birth=date_of_birth,
            region=region,
            citizenship=citizenship,
            limit=limit,
            cursor=cursor,
        )
    ).parsed
