from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.vacancy_kind import VacancyKind
from ...models.vacancy_page import VacancyPage
from ...models.vacancy_status import VacancyStatus
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    status: VacancyStatus | Unset = UNSET,
    kind: VacancyKind | Unset = UNSET,
    scheme_id: UUID | Unset = UNSET,
    occupation: str | Unset = UNSET,
    country: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status.value

    params["status"] = json_status

    json_kind: str | Unset = UNSET
    if not isinstance(kind, Unset):
        json_kind = kind.value

    params["kind"] = json_kind

    json_scheme_id: str | Unset = UNSET
    if not isinstance(scheme_id, Unset):
        json_scheme_id = str(scheme_id)
    params["scheme_id"] = json_scheme_id

    params["occupation"] = occupation

    params["country"] = country

    params["limit"] = limit

    params["cursor"] = cursor

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/vacancies",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Problem | VacancyPage | None:
    if response.status_code == 200:
        response_200 = VacancyPage.from_dict(response.json())

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
) -> Response[Problem | VacancyPage]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    status: VacancyStatus | Unset = UNSET,
    kind: VacancyKind | Unset = UNSET,
    scheme_id: UUID | Unset = UNSET,
    occupation: str | Unset = UNSET,
    country: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> Response[Problem | VacancyPage]:
    """Lists vacancies in the order recorded, with filters and cursor paging.

     For case workers, employment counsellors and administrators. Filters by `status`,
    `kind`, `scheme_id`, `occupation` and `country` (all given must match); pages with
    `limit` (1 to 500, 50 by default) and `cursor`.

    Args:
        status (VacancyStatus | Unset): Whether a vacancy takes candidates.
        kind (VacancyKind | Unset): Where the job is.
        scheme_id (UUID | Unset):
        occupation (str | Unset):
        country (str | Unset):
        limit (int | Unset):
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | VacancyPage]
    """

    kwargs = _get_kwargs(
        status=status,
        kind=kind,
        scheme_id=scheme_id,
        occupation=occupation,
        country=country,
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
    status: VacancyStatus | Unset = UNSET,
    kind: VacancyKind | Unset = UNSET,
    scheme_id: UUID | Unset = UNSET,
    occupation: str | Unset = UNSET,
    country: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> Problem | VacancyPage | None:
    """Lists vacancies in the order recorded, with filters and cursor paging.

     For case workers, employment counsellors and administrators. Filters by `status`,
    `kind`, `scheme_id`, `occupation` and `country` (all given must match); pages with
    `limit` (1 to 500, 50 by default) and `cursor`.

    Args:
        status (VacancyStatus | Unset): Whether a vacancy takes candidates.
        kind (VacancyKind | Unset): Where the job is.
        scheme_id (UUID | Unset):
        occupation (str | Unset):
        country (str | Unset):
        limit (int | Unset):
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | VacancyPage
    """

    return sync_detailed(
        client=client,
        status=status,
        kind=kind,
        scheme_id=scheme_id,
        occupation=occupation,
        country=country,
        limit=limit,
        cursor=cursor,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    status: VacancyStatus | Unset = UNSET,
    kind: VacancyKind | Unset = UNSET,
    scheme_id: UUID | Unset = UNSET,
    occupation: str | Unset = UNSET,
    country: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> Response[Problem | VacancyPage]:
    """Lists vacancies in the order recorded, with filters and cursor paging.

     For case workers, employment counsellors and administrators. Filters by `status`,
    `kind`, `scheme_id`, `occupation` and `country` (all given must match); pages with
    `limit` (1 to 500, 50 by default) and `cursor`.

    Args:
        status (VacancyStatus | Unset): Whether a vacancy takes candidates.
        kind (VacancyKind | Unset): Where the job is.
        scheme_id (UUID | Unset):
        occupation (str | Unset):
        country (str | Unset):
        limit (int | Unset):
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | VacancyPage]
    """

    kwargs = _get_kwargs(
        status=status,
        kind=kind,
        scheme_id=scheme_id,
        occupation=occupation,
        country=country,
        limit=limit,
        cursor=cursor,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    status: VacancyStatus | Unset = UNSET,
    kind: VacancyKind | Unset = UNSET,
    scheme_id: UUID | Unset = UNSET,
    occupation: str | Unset = UNSET,
    country: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> Problem | VacancyPage | None:
    """Lists vacancies in the order recorded, with filters and cursor paging.

     For case workers, employment counsellors and administrators. Filters by `status`,
    `kind`, `scheme_id`, `occupation` and `country` (all given must match); pages with
    `limit` (1 to 500, 50 by default) and `cursor`.

    Args:
        status (VacancyStatus | Unset): Whether a vacancy takes candidates.
        kind (VacancyKind | Unset): Where the job is.
        scheme_id (UUID | Unset):
        occupation (str | Unset):
        country (str | Unset):
        limit (int | Unset):
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | VacancyPage
    """

    return (
        await asyncio_detailed(
            client=client,
            status=status,
            kind=kind,
            scheme_id=scheme_id,
            occupation=occupation,
            country=country,
            limit=limit,
            cursor=cursor,
        )
    ).parsed
