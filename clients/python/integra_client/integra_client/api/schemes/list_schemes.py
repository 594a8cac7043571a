from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.scheme_page import SchemePage
from ...models.scheme_status import SchemeStatus
from ...models.sector import Sector
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    status: SchemeStatus | Unset = UNSET,
    destination_country: str | Unset = UNSET,
    sector: Sector | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status.value

    params["status"] = json_status

    params["destination_country"] = destination_country

    json_sector: str | Unset = UNSET
    if not isinstance(sector, Unset):
        json_sector = sector.value

    params["sector"] = json_sector

    params["limit"] = limit

    params["cursor"] = cursor

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/schemes",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Problem | SchemePage | None:
    if response.status_code == 200:
        response_200 = SchemePage.from_dict(response.json())

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
) -> Response[Problem | SchemePage]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    status: SchemeStatus | Unset = UNSET,
    destination_country: str | Unset = UNSET,
    sector: Sector | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> Response[Problem | SchemePage]:
    """Lists the labour migration schemes in id order.

     The four of DOMAIN.md are there from the start: seasonal agriculture in Germany,
    caregivers in Israel, young professionals in France, seasonal work in Bulgaria. For
    case workers, employment counsellors and administrators. Filters by `status`,
    `destination_country` and `sector`; pages with `limit` (1 to 500, 50 by default) and
    `cursor`.

    Args:
        status (SchemeStatus | Unset): Whether a scheme takes applications.
        destination_country (str | Unset):
        sector (Sector | Unset): An economic sector of jobs and schemes.
        limit (int | Unset):
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | SchemePage]
    """

    kwargs = _get_kwargs(
        status=status,
        destination_country=destination_country,
        sector=sector,
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
    status: SchemeStatus | Unset = UNSET,
    destination_country: str | Unset = UNSET,
    sector: Sector | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> Problem | SchemePage | None:
    """Lists the labour migration schemes in id order.

     The four of DOMAIN.md are there from the start: seasonal agriculture in Germany,
    caregivers in Israel, young professionals in France, seasonal work in Bulgaria. For
    case workers, employment counsellors and administrators. Filters by `status`,
    `destination_country` and `sector`; pages with `limit` (1 to 500, 50 by default) and
    `cursor`.

    Args:
        status (SchemeStatus | Unset): Whether a scheme takes applications.
        destination_country (str | Unset):
        sector (Sector | Unset): An economic sector of jobs and schemes.
        limit (int | Unset):
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | SchemePage
    """

    return sync_detailed(
        client=client,
        status=status,
        destination_country=destination_country,
        sector=sector,
        limit=limit,
        cursor=cursor,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    status: SchemeStatus | Unset = UNSET,
    destination_country: str | Unset = UNSET,
    sector: Sector | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> Response[Problem | SchemePage]:
    """Lists the labour migration schemes in id order.

     The four of DOMAIN.md are there from the start: seasonal agriculture in Germany,
    caregivers in Israel, young professionals in France, seasonal work in Bulgaria. For
    case workers, employment counsellors and administrators. Filters by `status`,
    `destination_country` and `sector`; pages with `limit` (1 to 500, 50 by default) and
    `cursor`.

    Args:
        status (SchemeStatus | Unset): Whether a scheme takes applications.
        destination_country (str | Unset):
        sector (Sector | Unset): An economic sector of jobs and schemes.
        limit (int | Unset):
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | SchemePage]
    """

    kwargs = _get_kwargs(
        status=status,
        destination_country=destination_country,
        sector=sector,
        limit=limit,
        cursor=cursor,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    status: SchemeStatus | Unset = UNSET,
    destination_country: str | Unset = UNSET,
    sector: Sector | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> Problem | SchemePage | None:
    """Lists the labour migration schemes in id order.

     The four of DOMAIN.md are there from the start: seasonal agriculture in Germany,
    caregivers in Israel, young professionals in France, seasonal work in Bulgaria. For
    case workers, employment counsellors and administrators. Filters by `status`,
    `destination_country` and `sector`; pages with `limit` (1 to 500, 50 by default) and
    `cursor`.

    Args:
        status (SchemeStatus | Unset): Whether a scheme takes applications.
        destination_country (str | Unset):
        sector (Sector | Unset): An economic sector of jobs and schemes.
        limit (int | Unset):
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | SchemePage
    """

    return (
        await asyncio_detailed(
            client=client,
            status=status,
            destination_country=destination_country,
            sector=sector,
            limit=limit,
            cursor=cursor,
        )
    ).parsed
