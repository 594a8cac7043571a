from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.permit_list import PermitList
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    within_days: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["within_days"] = within_days

    params["limit"] = limit

    params["cursor"] = cursor

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/residence-permits/expiring",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> PermitList | Problem | None:
    if response.status_code == 200:
        response_200 = PermitList.from_dict(response.json())

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
) -> Response[PermitList | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    within_days: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> Response[PermitList | Problem]:
    """Lists the residence permits that expire soon, soonest first, for follow-up.

     The permits whose validity ends from today to `within_days` days ahead (0 to 366, 30
    by default), of every person. `within_days=0` lists the permits that end today
    (Tbilisi). Every permit listed is recorded as a read.

    For case workers, employment counsellors, administrators and service accounts with
    `persons:read`. Pages with `limit` (1 to 500, 50 by default) and `cursor`.

    Args:
        within_days (int | Unset):
        limit (int | Unset):
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PermitList | Problem]
    """

    kwargs = _get_kwargs(
        within_days=within_days,
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
    within_days: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> PermitList | Problem | None:
    """Lists the residence permits that expire soon, soonest first, for follow-up.

     The permits whose validity ends from today to `within_days` days ahead (0 to 366, 30
    by default), of every person. `within_days=0` lists the permits that end today
    (Tbilisi). Every permit listed is recorded as a read.

    For case workers, employment counsellors, administrators and service accounts with
    `persons:read`. Pages with `limit` (1 to 500, 50 by default) and `cursor`.

    Args:
        within_days (int | Unset):
        limit (int | Unset):
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PermitList | Problem
    """

    return sync_detailed(
        client=client,
        within_days=within_days,
        limit=limit,
        cursor=cursor,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    within_days: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> Response[PermitList | Problem]:
    """Lists the residence permits that expire soon, soonest first, for follow-up.

     The permits whose validity ends from today to `within_days` days ahead (0 to 366, 30
    by default), of every person. `within_days=0` lists the permits that end today
    (Tbilisi). Every permit listed is recorded as a read.

    For case workers, employment counsellors, administrators and service accounts with
    `persons:read`. Pages with `limit` (1 to 500, 50 by default) and `cursor`.

    Args:
        within_days (int | Unset):
        limit (int | Unset):
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PermitList | Problem]
    """

    kwargs = _get_kwargs(
        within_days=within_days,
        limit=limit,
        cursor=cursor,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    within_days: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> PermitList | Problem | None:
    """Lists the residence permits that expire soon, soonest first, for follow-up.

     The permits whose validity ends from today to `within_days` days ahead (0 to 366, 30
    by default), of every person. `within_days=0` lists the permits that end today
    (Tbilisi). Every permit listed is recorded as a read.

    For case workers, employment counsellors, administrators and service accounts with
    `persons:read`. Pages with `limit` (1 to 500, 50 by default) and `cursor`.

    Args:
        within_days (int | Unset):
        limit (int | Unset):
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PermitList | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            within_days=within_days,
            limit=limit,
            cursor=cursor,
        )
    ).parsed
