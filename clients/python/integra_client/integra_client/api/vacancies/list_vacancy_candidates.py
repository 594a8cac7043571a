from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.candidate_page import CandidatePage
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: UUID,
    *,
    excluded: bool | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["excluded"] = excluded

    params["limit"] = limit

    params["cursor"] = cursor

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/vacancies/{id}/candidates".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CandidatePage | Problem | None:
    if response.status_code == 200:
        response_200 = CandidatePage.from_dict(response.json())

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
) -> Response[CandidatePage | Problem]:
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
    excluded: bool | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> Response[CandidatePage | Problem]:
    """Ranks the jobseekers for a vacancy, best first, each explained.

     Each candidate has a score from 0 to 100 (the share of soft requirements met: the
    vacancy's optional requirements, its occupation, the jobseeker's preferred countries)
    and every requirement met, missed or unknown with the facts used. A hard requirement
    (a required rule of the vacancy or of its scheme) not met excludes; with
    `excluded=true` those come last. Ties are broken by the profile's id. Every
    candidate returned is recorded as a read of their profile.

    For case workers, employment counsellors and administrators; every jobseeker is
    ranked, whatever organisation registered them. Pages with `limit` (1 to 500, 50 by
    default) and `cursor`.

    Args:
        id (UUID):
        excluded (bool | Unset):
        limit (int | Unset):
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CandidatePage | Problem]
    """

    kwargs = _get_kwargs(
        id=id,
        excluded=excluded,
        limit=limit,
        cursor=cursor,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: UUID,
    *,
    client: AuthenticatedClient,
    excluded: bool | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> CandidatePage | Problem | None:
    """Ranks the jobseekers for a vacancy, best first, each explained.

     Each candidate has a score from 0 to 100 (the share of soft requirements met: the
    vacancy's optional requirements, its occupation, the jobseeker's preferred countries)
    and every requirement met, missed or unknown with the facts used. A hard requirement
    (a required rule of the vacancy or of its scheme) not met excludes; with
    `excluded=true` those come last. Ties are broken by the profile's id. Every
    candidate returned is recorded as a read of their profile.

    For case workers, employment counsellors and administrators; every jobseeker is
    ranked, whatever organisation registered them. Pages with `limit` (1 to 500, 50 by
    default) and `cursor`.

    Args:
        id (UUID):
        excluded (bool | Unset):
        limit (int | Unset):
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CandidatePage | Problem
    """

    return sync_detailed(
        id=id,
        client=client,
        excluded=excluded,
        limit=limit,
        cursor=cursor,
    ).parsed


async def asyncio_detailed(
    id: UUID,
    *,
    client: AuthenticatedClient,
    excluded: bool | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> Response[CandidatePage | Problem]:
    """Ranks the jobseekers for a vacancy, best first, each explained.

     Each candidate has a score from 0 to 100 (the share of soft requirements met: the
    vacancy's optional requirements, its occupation, the jobseeker's preferred countries)
    and every requirement met, missed or unknown with the facts used. A hard requirement
    (a required rule of the vacancy or of its scheme) not met excludes; with
    `excluded=true` those come last. Ties are broken by the profile's id. Every
    candidate returned is recorded as a read of their profile.

    For case workers, employment counsellors and administrators; every jobseeker is
    ranked, whatever organisation registered them. Pages with `limit` (1 to 500, 50 by
    default) and `cursor`.

    Args:
        id (UUID):
        excluded (bool | Unset):
        limit (int | Unset):
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CandidatePage | Problem]
    """

    kwargs = _get_kwargs(
        id=id,
        excluded=excluded,
        limit=limit,
        cursor=cursor,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: UUID,
    *,
    client: AuthenticatedClient,
    excluded: bool | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> CandidatePage | Problem | None:
    """Ranks the jobseekers for a vacancy, best first, each explained.

     Each candidate has a score from 0 to 100 (the share of soft requirements met: the
    vacancy's optional requirements, its occupation, the jobseeker's preferred countries)
    and every requirement met, missed or unknown with the facts used. A hard requirement
    (a required rule of the vacancy or of its scheme) not met excludes; with
    `excluded=true` those come last. Ties are broken by the profile's id. Every
    candidate returned is recorded as a read of their profile.

    For case workers, employment counsellors and administrators; every jobseeker is
    ranked, whatever organisation registered them. Pages with `limit` (1 to 500, 50 by
    default) and `cursor`.

    Args:
        id (UUID):
        excluded (bool | Unset):
        limit (int | Unset):
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CandidatePage | Problem
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            excluded=excluded,
            limit=limit,
            cursor=cursor,
        )
    ).parsed
