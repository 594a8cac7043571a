from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.webhook import Webhook
from ...models.webhook_patch import WebhookPatch
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: UUID,
    *,
    body: WebhookPatch,
    if_match: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(if_match, Unset):
        headers["If-Match"] = if_match

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/api/v1/webhooks/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/merge-patch+json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Problem | Webhook | None:
    if response.status_code == 200:
        response_200 = Webhook.from_dict(response.json())

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

    if response.status_code == 412:
        response_412 = Problem.from_dict(response.json())

        return response_412

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Problem | Webhook]:
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
    body: WebhookPatch,
    if_match: str | Unset = UNSET,
) -> Response[Problem | Webhook]:
    """Changes a webhook subscription's URL, event types or description.

     A JSON merge patch, for administrators and service accounts with `events:read` on the
    subscriptions they reach (another account's is a `404`). `url` and `event_types` are
    checked as when subscribing (`422`), `event_types` replaces the list, and read-only
    fields (`status`, `cursor`, `owner_id`, ...) may be sent only unchanged. An `If-Match`
    that is not the current version is a `412`.

    Args:
        id (UUID):
        if_match (str | Unset):
        body (WebhookPatch): A merge patch of a subscription: the fields to change. Example:
            {'event_types': ['case.opened', 'assistance.delivered']}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | Webhook]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
        if_match=if_match,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: UUID,
    *,
    client: AuthenticatedClient,
    body: WebhookPatch,
    if_match: str | Unset = UNSET,
) -> Problem | Webhook | None:
    """Changes a webhook subscription's URL, event types or description.

     A JSON merge patch, for administrators and service accounts with `events:read` on the
    subscriptions they reach (another account's is a `404`). `url` and `event_types` are
    checked as when subscribing (`422`), `event_types` replaces the list, and read-only
    fields (`status`, `cursor`, `owner_id`, ...) may be sent only unchanged. An `If-Match`
    that is not the current version is a `412`.

    Args:
        id (UUID):
        if_match (str | Unset):
        body (WebhookPatch): A merge patch of a subscription: the fields to change. Example:
            {'event_types': ['case.opened', 'assistance.delivered']}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | Webhook
    """

    return sync_detailed(
        id=id,
        client=client,
        body=body,
        if_match=if_match,
    ).parsed


async def asyncio_detailed(
    id: UUID,
    *,
    client: AuthenticatedClient,
    body: WebhookPatch,
    if_match: str | Unset = UNSET,
) -> Response[Problem | Webhook]:
    """Changes a webhook subscription's URL, event types or description.

     A JSON merge patch, for administrators and service accounts with `events:read` on the
    subscriptions they reach (another account's is a `404`). `url` and `event_types` are
    checked as when subscribing (`422`), `event_types` replaces the list, and read-only
    fields (`status`, `cursor`, `owner_id`, ...) may be sent only unchanged. An `If-Match`
    that is not the current version is a `412`.

    Args:
        id (UUID):
        if_match (str | Unset):
        body (WebhookPatch): A merge patch of a subscription: the fields to change. Example:
            {'event_types': ['case.opened', 'assistance.delivered']}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | Webhook]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
        if_match=if_match,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: UUID,
    *,
    client: AuthenticatedClient,
    body: WebhookPatch,
    if_match: str | Unset = UNSET,
) -> Problem | Webhook | None:
    """Changes a webhook subscription's URL, event types or description.

     A JSON merge patch, for administrators and service accounts with `events:read` on the
    subscriptions they reach (another account's is a `404`). `url` and `event_types` are
    checked as when subscribing (`422`), `event_types` replaces the list, and read-only
    fields (`status`, `cursor`, `owner_id`, ...) may be sent only unchanged. An `If-Match`
    that is not the current version is a `412`.

    Args:
        id (UUID):
        if_match (str | Unset):
        body (WebhookPatch): A merge patch of a subscription: the fields to change. Example:
            {'event_types': ['case.opened', 'assistance.delivered']}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | Webhook
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
            if_match=if_match,
        )
    ).parsed
