from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.orientation_session import OrientationSession
from ...models.orientation_session_input import OrientationSessionInput
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: OrientationSessionInput,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/orientation-sessions",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> OrientationSession | Problem | None:
    if response.status_code == 201:
        response_201 = OrientationSession.from_dict(response.json())

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
) -> Response[OrientationSession | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: OrientationSessionInput,
    idempotency_key: str | Unset = UNSET,
) -> Response[OrientationSession | Problem]:
    """Plans (or records) a pre-departure orientation session of a scheme.

     A future `held_on` plans it; the session is recorded for the caller's organisation,
    and a `scheme_id` that names no scheme is a `422` `not_found`. For administrators,
    case workers and employment counsellors. Attendance is recorded with
    `POST /orientation-sessions/{id}/attendance` once the session has been held.

    Args:
        idempotency_key (str | Unset):
        body (OrientationSessionInput): An orientation session as a client sends it. Example:
            {'held_on': datetime.date(2027, 2, 15), 'scheme_id':
            '00000000-0000-7000-8000-000000000402', 'topics': 'Contract, rights of workers in Israel,
            health insurance, return', 'venue': 'Tbilisi, Ministry building, room 12'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OrientationSession | Problem]
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
    body: OrientationSessionInput,
    idempotency_key: str | Unset = UNSET,
) -> OrientationSession | Problem | None:
    """Plans (or records) a pre-departure orientation session of a scheme.

     A future `held_on` plans it; the session is recorded for the caller's organisation,
    and a `scheme_id` that names no scheme is a `422` `not_found`. For administrators,
    case workers and employment counsellors. Attendance is recorded with
    `POST /orientation-sessions/{id}/attendance` once the session has been held.

    Args:
        idempotency_key (str | Unset):
        body (OrientationSessionInput): An orientation session as a client sends it. Example:
            {'held_on': datetime.date(2027, 2, 15), 'scheme_id':
            '00000000-0000-7000-8000-000000000402', 'topics': 'Contract, rights of workers in Israel,
            health insurance, return', 'venue': 'Tbilisi, Ministry building, room 12'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OrientationSession | Problem
    """

    return sync_detailed(
        client=client,
        body=body,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: OrientationSessionInput,
    idempotency_key: str | Unset = UNSET,
) -> Response[OrientationSession | Problem]:
    """Plans (or records) a pre-departure orientation session of a scheme.

     A future `held_on` plans it; the session is recorded for the caller's organisation,
    and a `scheme_id` that names no scheme is a `422` `not_found`. For administrators,
    case workers and employment counsellors. Attendance is recorded with
    `POST /orientation-sessions/{id}/attendance` once the session has been held.

    Args:
        idempotency_key (str | Unset):
        body (OrientationSessionInput): An orientation session as a client sends it. Example:
            {'held_on': datetime.date(2027, 2, 15), 'scheme_id':
            '00000000-0000-7000-8000-000000000402', 'topics': 'Contract, rights of workers in Israel,
            health insurance, return', 'venue': 'Tbilisi, Ministry building, room 12'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OrientationSession | Problem]
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
    body: OrientationSessionInput,
    idempotency_key: str | Unset = UNSET,
) -> OrientationSession | Problem | None:
    """Plans (or records) a pre-departure orientation session of a scheme.

     A future `held_on` plans it; the session is recorded for the caller's organisation,
    and a `scheme_id` that names no scheme is a `422` `not_found`. For administrators,
    case workers and employment counsellors. Attendance is recorded with
    `POST /orientation-sessions/{id}/attendance` once the session has been held.

    Args:
        idempotency_key (str | Unset):
        body (OrientationSessionInput): An orientation session as a client sends it. Example:
            {'held_on': datetime.date(2027, 2, 15), 'scheme_id':
            '00000000-0000-7000-8000-000000000402', 'topics': 'Contract, rights of workers in Israel,
            health insurance, return', 'venue': 'Tbilisi, Ministry building, room 12'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OrientationSession | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            idempotency_key=idempotency_key,
        )
    ).parsed
