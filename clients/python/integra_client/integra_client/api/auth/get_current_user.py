from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.service_account import ServiceAccount
from ...models.user import User
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/auth/me",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | ServiceAccount | User | None:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> ServiceAccount | User:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_caller_type_0 = User.from_dict(data)

                return componentsschemas_caller_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_caller_type_1 = ServiceAccount.from_dict(data)

            return componentsschemas_caller_type_1

        response_200 = _parse_response_200(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())

        return response_401

    if response.status_code == 503:
        response_503 = Problem.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Problem | ServiceAccount | User]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[Problem | ServiceAccount | User]:
    """Reads the signed-in user or service account.

     Open to every valid token, whatever its role: returns the user (`username`, `role`,
    `organisation_id`, ...) or the service account (`client_id`, `scopes`, ...). A token
    whose account no longer exists, or has been deactivated, is a `401`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | ServiceAccount | User]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
) -> Problem | ServiceAccount | User | None:
    """Reads the signed-in user or service account.

     Open to every valid token, whatever its role: returns the user (`username`, `role`,
    `organisation_id`, ...) or the service account (`client_id`, `scopes`, ...). A token
    whose account no longer exists, or has been deactivated, is a `401`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | ServiceAccount | User
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[Problem | ServiceAccount | User]:
    """Reads the signed-in user or service account.

     Open to every valid token, whatever its role: returns the user (`username`, `role`,
    `organisation_id`, ...) or the service account (`client_id`, `scopes`, ...). A token
    whose account no longer exists, or has been deactivated, is a `401`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | ServiceAccount | User]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
) -> Problem | ServiceAccount | User | None:
    """Reads the signed-in user or service account.

     Open to every valid token, whatever its role: returns the user (`username`, `role`,
    `organisation_id`, ...) or the service account (`client_id`, `scopes`, ...). A token
    whose account no longer exists, or has been deactivated, is a `401`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | ServiceAccount | User
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
