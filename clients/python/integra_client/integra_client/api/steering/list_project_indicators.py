import datetime
from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.indicator_list import IndicatorList
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: UUID,
    *,
    as_of: datetime.date | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_as_of: str | Unset = UNSET
    if not isinstance(as_of, Unset):
        json_as_of = as_of.isoformat()
    params["as_of"] = json_as_of

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/projects/{id}/indicators".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> IndicatorList | Problem | None:
    if response.status_code == 200:
        response_200 = IndicatorList.from_dict(response.json())

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
) -> Response[IndicatorList | Problem]:
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
    as_of: datetime.date | Unset = UNSET,
) -> Response[IndicatorList | Problem]:
    """Lists a project's indicators, each with its actual value on a day.

     The day is `as_of` (today when absent). A bound indicator's value is its report figure
    over the project's days up to then (a monitor sees a small cell as `null`); one
    measured by hand takes its latest measurement up to then. For monitors (committee
    members) and administrators; the indicators come in one page.

    Args:
        id (UUID):
        as_of (datetime.date | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[IndicatorList | Problem]
    """

    kwargs = _get_kwargs(
        id=id,
        as_of=as_of,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: UUID,
    *,
    client: AuthenticatedClient,
    as_of: datetime.date | Unset = UNSET,
) -> IndicatorList | Problem | None:
    """Lists a project's indicators, each with its actual value on a day.

     The day is `as_of` (today when absent). A bound indicator's value is its report figure
    over the project's days up to then (a monitor sees a small cell as `null`); one
    measured by hand takes its latest measurement up to then. For monitors (committee
    members) and administrators; the indicators come in one page.

    Args:
        id (UUID):
        as_of (datetime.date | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        IndicatorList | Problem
    """

    return sync_detailed(
        id=id,
        client=client,
        as_of=as_of,
    ).parsed


async def asyncio_detailed(
    id: UUID,
    *,
    client: AuthenticatedClient,
    as_of: datetime.date | Unset = UNSET,
) -> Response[IndicatorList | Problem]:
    """Lists a project's indicators, each with its actual value on a day.

     The day is `as_of` (today when absent). A bound indicator's value is its report figure
    over the project's days up to then (a monitor sees a small cell as `null`); one
    measured by hand takes its latest measurement up to then. For monitors (committee
    members) and administrators; the indicators come in one page.

    Args:
        id (UUID):
        as_of (datetime.date | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[IndicatorList | Problem]
    """

    kwargs = _get_kwargs(
        id=id,
        as_of=as_of,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: UUID,
    *,
    client: AuthenticatedClient,
    as_of: datetime.date | Unset = UNSET,
) -> IndicatorList | Problem | None:
    """Lists a project's indicators, each with its actual value on a day.

     The day is `as_of` (today when absent). A bound indicator's value is its report figure
    over the project's days up to then (a monitor sees a small cell as `null`); one
    measured by hand takes its latest measurement up to then. For monitors (committee
    members) and administrators; the indicators come in one page.

    Args:
        id (UUID):
        as_of (datetime.date | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        IndicatorList | Problem
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            as_of=as_of,
        )
    ).parsed
