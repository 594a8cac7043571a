from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.created_webhook import CreatedWebhook
from ...models.problem import Problem
from ...models.webhook_input import WebhookInput
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: WebhookInput,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/webhooks",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CreatedWebhook | Problem | None:
    if response.status_code == 201:
        response_201 = CreatedWebhook.from_dict(response.json())

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
) -> Response[CreatedWebhook | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: WebhookInput,
    idempotency_key: str | Unset = UNSET,
) -> Response[CreatedWebhook | Problem]:
    """Subscribes a URL to the change feed's events (webhook).

     Every event of the chosen types (`event_types`; every event when empty)
    is POSTed to `url` as the feed shows it (`application/json`), one at a
    time in feed order, from the feed's end (or after the cursor `after`).
    Each request carries `X-Integra-Event-Id` (deduplicate by it: delivery is
    at least once), `X-Integra-Event-Type`, `X-Integra-Delivery-Attempt` and
    `X-Integra-Signature: t=<unix seconds>,v1=<hex>`, the HMAC-SHA256 with the
    subscription's secret of the text `<t>.<body>`. Any answer but 2xx (or
    none within 10 s) is retried with exponential backoff (10 s, doubled each
    time, at most an hour); after 24 hours of failures the subscription is
    disabled until enabled again by hand.

    Only `https` URLs, never to loopback, private or link-local addresses
    (host names are checked at every delivery), unless the server allows them
    (`INTEGRA_WEBHOOK_ALLOW_INSECURE`, for tests and local use). For
    administrators and service accounts with `events:read`; a service account
    sees only its own subscriptions.

    The secret is shown only in this answer (`Cache-Control: no-store`): a
    retry with the same `Idempotency-Key` creates nothing and is a `409`
    `idempotency_answer_withheld`.

    Args:
        idempotency_key (str | Unset):
        body (WebhookInput): A new subscription (`POST /webhooks`). Example: {'description':
            'Public service registry', 'event_types': ['case.opened', 'case.status_changed'], 'url':
            'https://registry.example.gov.ge/integra/events'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreatedWebhook | Problem]
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
    body: WebhookInput,
    idempotency_key: str | Unset = UNSET,
) -> CreatedWebhook | Problem | None:
    """Subscribes a URL to the change feed's events (webhook).

     Every event of the chosen types (`event_types`; every event when empty)
    is POSTed to `url` as the feed shows it (`application/json`), one at a
    time in feed order, from the feed's end (or after the cursor `after`).
    Each request carries `X-Integra-Event-Id` (deduplicate by it: delivery is
    at least once), `X-Integra-Event-Type`, `X-Integra-Delivery-Attempt` and
    `X-Integra-Signature: t=<unix seconds>,v1=<hex>`, the HMAC-SHA256 with the
    subscription's secret of the text `<t>.<body>`. Any answer but 2xx (or
    none within 10 s) is retried with exponential backoff (10 s, doubled each
    time, at most an hour); after 24 hours of failures the subscription is
    disabled until enabled again by hand.

    Only `https` URLs, never to loopback, private or link-local addresses
    (host names are checked at every delivery), unless the server allows them
    (`INTEGRA_WEBHOOK_ALLOW_INSECURE`, for tests and local use). For
    administrators and service accounts with `events:read`; a service account
    sees only its own subscriptions.

    The secret is shown only in this answer (`Cache-Control: no-store`): a
    retry with the same `Idempotency-Key` creates nothing and is a `409`
    `idempotency_answer_withheld`.

    Args:
        idempotency_key (str | Unset):
        body (WebhookInput): A new subscription (`POST /webhooks`). Example: {'description':
            'Public service registry', 'event_types': ['case.opened', 'case.status_changed'], 'url':
            'https://registry.example.gov.ge/integra/events'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreatedWebhook | Problem
    """

    return sync_detailed(
        client=client,
        body=body,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: WebhookInput,
    idempotency_key: str | Unset = UNSET,
) -> Response[CreatedWebhook | Problem]:
    """Subscribes a URL to the change feed's events (webhook).

     Every event of the chosen types (`event_types`; every event when empty)
    is POSTed to `url` as the feed shows it (`application/json`), one at a
    time in feed order, from the feed's end (or after the cursor `after`).
    Each request carries `X-Integra-Event-Id` (deduplicate by it: delivery is
    at least once), `X-Integra-Event-Type`, `X-Integra-Delivery-Attempt` and
    `X-Integra-Signature: t=<unix seconds>,v1=<hex>`, the HMAC-SHA256 with the
    subscription's secret of the text `<t>.<body>`. Any answer but 2xx (or
    none within 10 s) is retried with exponential backoff (10 s, doubled each
    time, at most an hour); after 24 hours of failures the subscription is
    disabled until enabled again by hand.

    Only `https` URLs, never to loopback, private or link-local addresses
    (host names are checked at every delivery), unless the server allows them
    (`INTEGRA_WEBHOOK_ALLOW_INSECURE`, for tests and local use). For
    administrators and service accounts with `events:read`; a service account
    sees only its own subscriptions.

    The secret is shown only in this answer (`Cache-Control: no-store`): a
    retry with the same `Idempotency-Key` creates nothing and is a `409`
    `idempotency_answer_withheld`.

    Args:
        idempotency_key (str | Unset):
        body (WebhookInput): A new subscription (`POST /webhooks`). Example: {'description':
            'Public service registry', 'event_types': ['case.opened', 'case.status_changed'], 'url':
            'https://registry.example.gov.ge/integra/events'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreatedWebhook | Problem]
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
    body: WebhookInput,
    idempotency_key: str | Unset = UNSET,
) -> CreatedWebhook | Problem | None:
    """Subscribes a URL to the change feed's events (webhook).

     Every event of the chosen types (`event_types`; every event when empty)
    is POSTed to `url` as the feed shows it (`application/json`), one at a
    time in feed order, from the feed's end (or after the cursor `after`).
    Each request carries `X-Integra-Event-Id` (deduplicate by it: delivery is
    at least once), `X-Integra-Event-Type`, `X-Integra-Delivery-Attempt` and
    `X-Integra-Signature: t=<unix seconds>,v1=<hex>`, the HMAC-SHA256 with the
    subscription's secret of the text `<t>.<body>`. Any answer but 2xx (or
    none within 10 s) is retried with exponential backoff (10 s, doubled each
    time, at most an hour); after 24 hours of failures the subscription is
    disabled until enabled again by hand.

    Only `https` URLs, never to loopback, private or link-local addresses
    (host names are checked at every delivery), unless the server allows them
    (`INTEGRA_WEBHOOK_ALLOW_INSECURE`, for tests and local use). For
    administrators and service accounts with `events:read`; a service account
    sees only its own subscriptions.

    The secret is shown only in this answer (`Cache-Control: no-store`): a
    retry with the same `Idempotency-Key` creates nothing and is a `409`
    `idempotency_answer_withheld`.

    Args:
        idempotency_key (str | Unset):
        body (WebhookInput): A new subscription (`POST /webhooks`). Example: {'description':
            'Public service registry', 'event_types': ['case.opened', 'case.status_changed'], 'url':
            'https://registry.example.gov.ge/integra/events'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreatedWebhook | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            idempotency_key=idempotency_key,
        )
    ).parsed
