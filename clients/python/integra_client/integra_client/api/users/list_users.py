from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.role import Role
from ...models.user_page import UserPage
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    role: Role | Unset = UNSET,
    organisation_id: UUID | Unset = UNSET,
    active: bool | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_role: str | Unset = UNSET
    if not isinstance(role, Unset):
        json_role = role.value

    params["role"] = json_role

    json_organisation_id: str | Unset = UNSET
    if not isinstance(organisation_id, Unset):
        json_organisation_id = str(organisation_id)
    params["organisation_id"] = json_organisation_id

    params["active"] = active

    params["limit"] = limit

    params["cursor"] = cursor

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/users",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Problem | UserPage | None:
    if response.status_code == 200:
        response_200 = UserPage.from_dict(response.json())

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Problem | UserPage]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    role: Role | Unset = UNSET,
    organisation_id: UUID | Unset = UNSET,
    active: bool | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> Response[Problem | UserPage]:
    """Lists users, oldest first.

     Administrators only. Filters by `role`, `organisation_id` and `active`; pages with
    `limit` (1 to 500, 50 by default) and `cursor` (the previous page's `next_cursor`).
    Service accounts are not listed here (see `/service-accounts`).

    Args:
        role (Role | Unset): The roles of DOMAIN.md ("The people who use it").
        organisation_id (UUID | Unset):
        active (bool | Unset):
        limit (int | Unset):
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | UserPage]
    """

    kwargs = _get_kwargs(
        role=role,
        organisation_id=organisation_id,
        active=active,
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
    role: Role | Unset = UNSET,
    organisation_id: UUID | Unset = UNSET,
    active: bool | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> Problem | UserPage | None:
    """Lists users, oldest first.

     Administrators only. Filters by `role`, `organisation_id` and `active`; pages with
    `limit` (1 to 500, 50 by default) and `cursor` (the previous page's `next_cursor`).
    Service accounts are not listed here (see `/service-accounts`).

    Args:
        role (Role | Unset): The roles of DOMAIN.md ("The people who use it").
        organisation_id (UUID | Unset):
        active (bool | Unset):
        limit (int | Unset):
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | UserPage
    """

    return sync_detailed(
        client=client,
        role=role,
        organisation_id=organisation_id,
        active=active,
        limit=limit,
        cursor=cursor,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    role: Role | Unset = UNSET,
    organisation_id: UUID | Unset = UNSET,
    active: bool | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> Response[Problem | UserPage]:
    """Lists users, oldest first.

     Administrators only. Filters by `role`, `organisation_id` and `active`; pages with
    `limit` (1 to 500, 50 by default) and `cursor` (the previous page's `next_cursor`).
    Service accounts are not listed here (see `/service-accounts`).

    Args:
        role (Role | Unset): The roles of DOMAIN.md ("The people who use it").
        organisation_id (UUID | Unset):
        active (bool | Unset):
        limit (int | Unset):
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | UserPage]
    """

    kwargs = _get_kwargs(
        role=role,
        organisation_id=organisation_id,
        active=active,
        limit=limit,
        cursor=cursor,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    role: Role | Unset = UNSET,
    organisation_id: UUID | Unset = UNSET,
    active: bool | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> Problem | UserPage | None:
    """Lists users, oldest first.

     Administrators only. Filters by `role`, `organisation_id` and `active`; pages with
    `limit` (1 to 500, 50 by default) and `cursor` (the previous page's `next_cursor`).
    Service accounts are not listed here (see `/service-accounts`).

    Args:
        role (Role | Unset): The roles of DOMAIN.md ("The people who use it").
        organisation_id (UUID | Unset):
        active (bool | Unset):
        limit (int | Unset):
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | UserPage
    """

    return (
        await asyncio_detailed(
            client=client,
            role=role,
            organisation_id=organisation_id,
            active=active,
            limit=limit,
            cursor=cursor,
        )
    ).parsed
