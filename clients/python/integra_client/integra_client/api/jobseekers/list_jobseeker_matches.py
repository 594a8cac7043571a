from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.match_page import MatchPage
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
        "url": "/api/v1/jobseekers/{id}/matches".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> MatchPage | Problem | None:
    if response.status_code == 200:
        response_200 = MatchPage.from_dict(response.json())

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[MatchPage | Problem]:
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
) -> Response[MatchPage | Problem]:
    """Lists the open schemes and vacancies a jobseeker matches, best first.

     The schemes taking applications today and the open vacancies not past their deadline
    (at home, or abroad under such a scheme), ranked together, each explained: a score
    from 0 to 100 (the share of soft requirements met: the optional conditions and
    requirements, the preferred countries, and the preferred sectors for a scheme or the
    occupation for a vacancy) and every requirement met, missed or unknown, with the facts
    used. A hard requirement (a required condition of the scheme, or a required rule of
    the vacancy) missed or unknown excludes the offer; with `excluded=true` such offers
    come last, with what they miss. Ties are broken by id.

    For case workers, employment counsellors and administrators. Pages with `limit`
    (1 to 500, 50 by default) and `cursor`; reading the matches is recorded as a read of
    the profile.

    Args:
        id (UUID):
        excluded (bool | Unset):
        limit (int | Unset):
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MatchPage | Problem]
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
) -> MatchPage | Problem | None:
    """Lists the open schemes and vacancies a jobseeker matches, best first.

     The schemes taking applications today and the open vacancies not past their deadline
    (at home, or abroad under such a scheme), ranked together, each explained: a score
    from 0 to 100 (the share of soft requirements met: the optional conditions and
    requirements, the preferred countries, and the preferred sectors for a scheme or the
    occupation for a vacancy) and every requirement met, missed or unknown, with the facts
    used. A hard requirement (a required condition of the scheme, or a required rule of
    the vacancy) missed or unknown excludes the offer; with `excluded=true` such offers
    come last, with what they miss. Ties are broken by id.

    For case workers, employment counsellors and administrators. Pages with `limit`
    (1 to 500, 50 by default) and `cursor`; reading the matches is recorded as a read of
    the profile.

    Args:
        id (UUID):
        excluded (bool | Unset):
        limit (int | Unset):
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MatchPage | Problem
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
) -> Response[MatchPage | Problem]:
    """Lists the open schemes and vacancies a jobseeker matches, best first.

     The schemes taking applications today and the open vacancies not past their deadline
    (at home, or abroad under such a scheme), ranked together, each explained: a score
    from 0 to 100 (the share of soft requirements met: the optional conditions and
    requirements, the preferred countries, and the preferred sectors for a scheme or the
    occupation for a vacancy) and every requirement met, missed or unknown, with the facts
    used. A hard requirement (a required condition of the scheme, or a required rule of
    the vacancy) missed or unknown excludes the offer; with `excluded=true` such offers
    come last, with what they miss. Ties are broken by id.

    For case workers, employment counsellors and administrators. Pages with `limit`
    (1 to 500, 50 by default) and `cursor`; reading the matches is recorded as a read of
    the profile.

    Args:
        id (UUID):
        excluded (bool | Unset):
        limit (int | Unset):
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MatchPage | Problem]
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
) -> MatchPage | Problem | None:
    """Lists the open schemes and vacancies a jobseeker matches, best first.

     The schemes taking applications today and the open vacancies not past their deadline
    (at home, or abroad under such a scheme), ranked together, each explained: a score
    from 0 to 100 (the share of soft requirements met: the optional conditions and
    requirements, the preferred countries, and the preferred sectors for a scheme or the
    occupation for a vacancy) and every requirement met, missed or unknown, with the facts
    used. A hard requirement (a required condition of the scheme, or a required rule of
    the vacancy) missed or unknown excludes the offer; with `excluded=true` such offers
    come last, with what they miss. Ties are broken by id.

    For case workers, employment counsellors and administrators. Pages with `limit`
    (1 to 500, 50 by default) and `cursor`; reading the matches is recorded as a read of
    the profile.

    Args:
        id (UUID):
        excluded (bool | Unset):
        limit (int | Unset):
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MatchPage | Problem
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
