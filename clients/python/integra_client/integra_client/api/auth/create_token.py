from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.client_credentials_grant import ClientCredentialsGrant
from ...models.password_grant import PasswordGrant
from ...models.problem import Problem
from ...models.token_response import TokenResponse
from ...types import Response


def _get_kwargs(
    *,
    body: ClientCredentialsGrant | PasswordGrant,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/auth/token",
    }

    if isinstance(body, PasswordGrant):
        _kwargs["json"] = body.to_dict()
    else:
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | TokenResponse | None:
    if response.status_code == 200:
        response_200 = TokenResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Problem.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())

        return response_401

    if response.status_code == 413:
        response_413 = Problem.from_dict(response.json())

        return response_413

    if response.status_code == 415:
        response_415 = Problem.from_dict(response.json())

        return response_415

    if response.status_code == 422:
        response_422 = Problem.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = Problem.from_dict(response.json())

        return response_429

    if response.status_code == 503:
        response_503 = Problem.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Problem | TokenResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ClientCredentialsGrant | PasswordGrant,
) -> Response[Problem | TokenResponse]:
    """Signs in a person or a service account and returns a bearer token.

     After repeated failures for one account or from one address, sign-in is refused
    with `429` and `Retry-After` for a while, on every node.
    Needs no token: send `grant_type` `password` (people) or `client_credentials`
    (service accounts). Wrong credentials, or an account or organisation that is not
    active, are a `401`; the answer's bearer token expires after `expires_in` seconds.

    Args:
        body (ClientCredentialsGrant | PasswordGrant): A sign-in request: a person's password
            grant, or a service account's client credentials. Example: {'grant_type': 'password',
            'password': 'correct horse battery staple', 'username': 'admin'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | TokenResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: ClientCredentialsGrant | PasswordGrant,
) -> Problem | TokenResponse | None:
    """Signs in a person or a service account and returns a bearer token.

     After repeated failures for one account or from one address, sign-in is refused
    with `429` and `Retry-After` for a while, on every node.
    Needs no token: send `grant_type` `password` (people) or `client_credentials`
    (service accounts). Wrong credentials, or an account or organisation that is not
    active, are a `401`; the answer's bearer token expires after `expires_in` seconds.

    Args:
        body (ClientCredentialsGrant | PasswordGrant): A sign-in request: a person's password
            grant, or a service account's client credentials. Example: {'grant_type': 'password',
            'password': 'correct horse battery staple', 'username': 'admin'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | TokenResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ClientCredentialsGrant | PasswordGrant,
) -> Response[Problem | TokenResponse]:
    """Signs in a person or a service account and returns a bearer token.

     After repeated failures for one account or from one address, sign-in is refused
    with `429` and `Retry-After` for a while, on every node.
    Needs no token: send `grant_type` `password` (people) or `client_credentials`
    (service accounts). Wrong credentials, or an account or organisation that is not
    active, are a `401`; the answer's bearer token expires after `expires_in` seconds.

    Args:
        body (ClientCredentialsGrant | PasswordGrant): A sign-in request: a person's password
            grant, or a service account's client credentials. Example: {'grant_type': 'password',
            'password': 'correct horse battery staple', 'username': 'admin'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | TokenResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ClientCredentialsGrant | PasswordGrant,
) -> Problem | TokenResponse | None:
    """Signs in a person or a service account and returns a bearer token.

     After repeated failures for one account or from one address, sign-in is refused
    with `429` and `Retry-After` for a while, on every node.
    Needs no token: send `grant_type` `password` (people) or `client_credentials`
    (service accounts). Wrong credentials, or an account or organisation that is not
    active, are a `401`; the answer's bearer token expires after `expires_in` seconds.

    Args:
        body (ClientCredentialsGrant | PasswordGrant): A sign-in request: a person's password
            grant, or a service account's client credentials. Example: {'grant_type': 'password',
            'password': 'correct horse battery staple', 'username': 'admin'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | TokenResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
