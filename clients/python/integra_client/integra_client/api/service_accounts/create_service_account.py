from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.created_service_account import CreatedServiceAccount
from ...models.problem import Problem
from ...models.service_account_input import ServiceAccountInput
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: ServiceAccountInput,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/service-accounts",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CreatedServiceAccount | Problem | None:
    if response.status_code == 201:
        response_201 = CreatedServiceAccount.from_dict(response.json())

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


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CreatedServiceAccount | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: ServiceAccountInput,
    idempotency_key: str | Unset = UNSET,
) -> Response[CreatedServiceAccount | Problem]:
    """Creates a service account and its first client secret.

     For administrators. The account belongs to an active organisation (`422` otherwise)
    and acts only within its `scopes`; a `client_id` already taken by a user or service
    account is a `409` `duplicate_username`.

    The secret is shown only in this answer (`Cache-Control: no-store`): a retry
    with the same `Idempotency-Key` creates nothing and is a `409`
    `idempotency_answer_withheld` whose `Location` names the account.

    Args:
        idempotency_key (str | Unset):
        body (ServiceAccountInput): A new service account. Example: {'client_id': 'civil-
            registry', 'display_name': 'Civil registry sync', 'organisation_id':
            '0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4e90', 'scopes': ['persons:read', 'events:read']}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreatedServiceAccount | Problem]
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
    body: ServiceAccountInput,
    idempotency_key: str | Unset = UNSET,
) -> CreatedServiceAccount | Problem | None:
    """Creates a service account and its first client secret.

     For administrators. The account belongs to an active organisation (`422` otherwise)
    and acts only within its `scopes`; a `client_id` already taken by a user or service
    account is a `409` `duplicate_username`.

    The secret is shown only in this answer (`Cache-Control: no-store`): a retry
    with the same `Idempotency-Key` creates nothing and is a `409`
    `idempotency_answer_withheld` whose `Location` names the account.

    Args:
        idempotency_key (str | Unset):
        body (ServiceAccountInput): A new service account. Example: {'client_id': 'civil-
            registry', 'display_name': 'Civil registry sync', 'organisation_id':
            '0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4e90', 'scopes': ['persons:read', 'events:read']}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreatedServiceAccount | Problem
    """

    return sync_detailed(
        client=client,
        body=body,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: ServiceAccountInput,
    idempotency_key: str | Unset = UNSET,
) -> Response[CreatedServiceAccount | Problem]:
    """Creates a service account and its first client secret.

     For administrators. The account belongs to an active organisation (`422` otherwise)
    and acts only within its `scopes`; a `client_id` already taken by a user or service
    account is a `409` `duplicate_username`.

    The secret is shown only in this answer (`Cache-Control: no-store`): a retry
    with the same `Idempotency-Key` creates nothing and is a `409`
    `idempotency_answer_withheld` whose `Location` names the account.

    Args:
        idempotency_key (str | Unset):
        body (ServiceAccountInput): A new service account. Example: {'client_id': 'civil-
            registry', 'display_name': 'Civil registry sync', 'organisation_id':
            '0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4e90', 'scopes': ['persons:read', 'events:read']}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreatedServiceAccount | Problem]
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
    body: ServiceAccountInput,
    idempotency_key: str | Unset = UNSET,
) -> CreatedServiceAccount | Problem | None:
    """Creates a service account and its first client secret.

     For administrators. The account belongs to an active organisation (`422` otherwise)
    and acts only within its `scopes`; a `client_id` already taken by a user or service
    account is a `409` `duplicate_username`.

    The secret is shown only in this answer (`Cache-Control: no-store`): a retry
    with the same `Idempotency-Key` creates nothing and is a `409`
    `idempotency_answer_withheld` whose `Location` names the account.

    Args:
        idempotency_key (str | Unset):
        body (ServiceAccountInput): A new service account. Example: {'client_id': 'civil-
            registry', 'display_name': 'Civil registry sync', 'organisation_id':
            '0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4e90', 'scopes': ['persons:read', 'events:read']}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreatedServiceAccount | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            idempotency_key=idempotency_key,
        )
    ).parsed
