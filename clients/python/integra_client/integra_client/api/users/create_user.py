from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.user import User
from ...models.user_input import UserInput
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: UserInput,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/users",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Problem | User | None:
    if response.status_code == 201:
        response_201 = User.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = Problem.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Problem.from_dict(response.json())

        return response_403

    if response.status_code == 409:
        response_409 = Problem.from_dict(response.json())

        return response_409

    if response.status_code == 413:
        response_413 = Problem.from_dict(response.json())

        return response_413

    if response.status_code == 415:
        response_415 = Problem.from_dict(response.json())

        return response_415

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Problem | User]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: UserInput,
    idempotency_key: str | Unset = UNSET,
) -> Response[Problem | User]:
    """Creates a user who signs in with a password.

     Administrators only. The user joins an existing, active organisation with any role but
    `integration` (service accounts are made under `/service-accounts`), and the password
    of 12 to 256 characters is never part of an answer. A taken `username` is a `409`
    `duplicate_username`; an unknown or inactive `organisation_id` is a `422`.

    Args:
        idempotency_key (str | Unset):
        body (UserInput): A new user, as an administrator sends it. Example: {'display_name':
            'Nino Beridze', 'organisation_id': '01900000-0000-7000-8000-000000000001', 'password':
            'correct horse battery staple', 'role': 'case_worker', 'username': 'nino.beridze'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | User]
    """

    kwargs = _get_kwargs(
        body=body,
        idempotency_key=idempotency_key,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: UserInput,
    idempotency_key: str | Unset = UNSET,
) -> Problem | User | None:
    """Creates a user who signs in with a password.

     Administrators only. The user joins an existing, active organisation with any role but
    `integration` (service accounts are made under `/service-accounts`), and the password
    of 12 to 256 characters is never part of an answer. A taken `username` is a `409`
    `duplicate_username`; an unknown or inactive `organisation_id` is a `422`.

    Args:
        idempotency_key (str | Unset):
        body (UserInput): A new user, as an administrator sends it. Example: {'display_name':
            'Nino Beridze', 'organisation_id': '01900000-0000-7000-8000-000000000001', 'password':
            'correct horse battery staple', 'role': 'case_worker', 'username': 'nino.beridze'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | User
    """

    return sync_detailed(
        client=client,
        body=body,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: UserInput,
    idempotency_key: str | Unset = UNSET,
) -> Response[Problem | User]:
    """Creates a user who signs in with a password.

     Administrators only. The user joins an existing, active organisation with any role but
    `integration` (service accounts are made under `/service-accounts`), and the password
    of 12 to 256 characters is never part of an answer. A taken `username` is a `409`
    `duplicate_username`; an unknown or inactive `organisation_id` is a `422`.

    Args:
        idempotency_key (str | Unset):
        body (UserInput): A new user, as an administrator sends it. Example: {'display_name':
            'Nino Beridze', 'organisation_id': '01900000-0000-7000-8000-000000000001', 'password':
            'correct horse battery staple', 'role': 'case_worker', 'username': 'nino.beridze'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | User]
    """

    kwargs = _get_kwargs(
        body=body,
        idempotency_key=idempotency_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: UserInput,
    idempotency_key: str | Unset = UNSET,
) -> Problem | User | None:
    """Creates a user who signs in with a password.

     Administrators only. The user joins an existing, active organisation with any role but
    `integration` (service accounts are made under `/service-accounts`), and the password
    of 12 to 256 characters is never part of an answer. A taken `username` is a `409`
    `duplicate_username`; an unknown or inactive `organisation_id` is a `422`.

    Args:
        idempotency_key (str | Unset):
        body (UserInput): A new user, as an administrator sends it. Example: {'display_name':
            'Nino Beridze', 'organisation_id': '01900000-0000-7000-8000-000000000001', 'password':
            'correct horse battery staple', 'role': 'case_worker', 'username': 'nino.beridze'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | User
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            idempotency_key=idempotency_key,
        )
    ).parsed
