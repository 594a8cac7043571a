from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.event_page import EventPage
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    after: str | Unset = UNSET,
    types: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    wait: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["after"] = after

    params["types"] = types

    params["limit"] = limit

    params["wait"] = wait

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/events",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> EventPage | Problem | None:
    if response.status_code == 200:
        response_200 = EventPage.from_dict(response.json())

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[EventPage | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    after: str | Unset = UNSET,
    types: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    wait: int | Unset = UNSET,
) -> Response[EventPage | Problem]:
    """Reads the change feed: every domain event after a cursor, in commit order.

     The events include `person.created`, `person.updated`, `person.erased`, `stay.*`,
    `household.created`, `case.opened`, `case.status_changed`, `assessment.recorded`,
    `assistance.proposed|approved|rejected|delivered|cancelled`, `referral.*`,
    `follow_up.recorded`, and the other streams' events. Page on with `after` (the
    previous `next_cursor`, never `null`), `limit` (1 to 10000, 100 by default) and
    `types` (comma-separated).

    Each event names the record changed, with its version after the change
    and its codes (status, type); never personal data: read the record for
    that, with the permission it needs. An event is written in the
    transaction of its change: none for a change rolled back, none lost or
    seen twice across writers on several nodes. `wait=N` waits up to N
    seconds (at most 30) for the next event when there is none yet. For
    administrators and service accounts with the scope `events:read`.

    Args:
        after (str | Unset):
        types (str | Unset):
        limit (int | Unset):
        wait (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EventPage | Problem]
    """

    kwargs = _get_kwargs(
        after=after,
        types=types,
        limit=limit,
        wait=wait,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    after: str | Unset = UNSET,
    types: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    wait: int | Unset = UNSET,
) -> EventPage | Problem | None:
    """Reads the change feed: every domain event after a cursor, in commit order.

     The events include `person.created`, `person.updated`, `person.erased`, `stay.*`,
    `household.created`, `case.opened`, `case.status_changed`, `assessment.recorded`,
    `assistance.proposed|approved|rejected|delivered|cancelled`, `referral.*`,
    `follow_up.recorded`, and the other streams' events. Page on with `after` (the
    previous `next_cursor`, never `null`), `limit` (1 to 10000, 100 by default) and
    `types` (comma-separated).

    Each event names the record changed, with its version after the change
    and its codes (status, type); never personal data: read the record for
    that, with the permission it needs. An event is written in the
    transaction of its change: none for a change rolled back, none lost or
    seen twice across writers on several nodes. `wait=N` waits up to N
    seconds (at most 30) for the next event when there is none yet. For
    administrators and service accounts with the scope `events:read`.

    Args:
        after (str | Unset):
        types (str | Unset):
        limit (int | Unset):
        wait (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EventPage | Problem
    """

    return sync_detailed(
        client=client,
        after=after,
        types=types,
        limit=limit,
        wait=wait,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    after: str | Unset = UNSET,
    types: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    wait: int | Unset = UNSET,
) -> Response[EventPage | Problem]:
    """Reads the change feed: every domain event after a cursor, in commit order.

     The events include `person.created`, `person.updated`, `person.erased`, `stay.*`,
    `household.created`, `case.opened`, `case.status_changed`, `assessment.recorded`,
    `assistance.proposed|approved|rejected|delivered|cancelled`, `referral.*`,
    `follow_up.recorded`, and the other streams' events. Page on with `after` (the
    previous `next_cursor`, never `null`), `limit` (1 to 10000, 100 by default) and
    `types` (comma-separated).

    Each event names the record changed, with its version after the change
    and its codes (status, type); never personal data: read the record for
    that, with the permission it needs. An event is written in the
    transaction of its change: none for a change rolled back, none lost or
    seen twice across writers on several nodes. `wait=N` waits up to N
    seconds (at most 30) for the next event when there is none yet. For
    administrators and service accounts with the scope `events:read`.

    Args:
        after (str | Unset):
        types (str | Unset):
        limit (int | Unset):
        wait (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EventPage | Problem]
    """

    kwargs = _get_kwargs(
        after=after,
        types=types,
        limit=limit,
        wait=wait,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    after: str | Unset = UNSET,
    types: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    wait: int | Unset = UNSET,
) -> EventPage | Problem | None:
    """Reads the change feed: every domain event after a cursor, in commit order.

     The events include `person.created`, `person.updated`, `person.erased`, `stay.*`,
    `household.created`, `case.opened`, `case.status_changed`, `assessment.recorded`,
    `assistance.proposed|approved|rejected|delivered|cancelled`, `referral.*`,
    `follow_up.recorded`, and the other streams' events. Page on with `after` (the
    previous `next_cursor`, never `null`), `limit` (1 to 10000, 100 by default) and
    `types` (comma-separated).

    Each event names the record changed, with its version after the change
    and its codes (status, type); never personal data: read the record for
    that, with the permission it needs. An event is written in the
    transaction of its change: none for a change rolled back, none lost or
    seen twice across writers on several nodes. `wait=N` waits up to N
    seconds (at most 30) for the next event when there is none yet. For
    administrators and service accounts with the scope `events:read`.

    Args:
        after (str | Unset):
        types (str | Unset):
        limit (int | Unset):
        wait (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EventPage | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            after=after,
            types=types,
            limit=limit,
            wait=wait,
        )
    ).parsed
