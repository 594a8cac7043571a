from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.participant import Participant
from ...models.problem import Problem
from ...types import Response


def _get_kwargs(
    id: UUID,
    participant_id: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/trainings/{id}/participants/{participant_id}".format(
            id=quote(str(id), safe=""),
            participant_id=quote(str(participant_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Participant | Problem | None:
    if response.status_code == 200:
        response_200 = Participant.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Problem.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = Problem.from_dict(response.json())

        return response_404

    if response.status_code == 503:
        response_503 = Problem.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Participant | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    id: UUID,
    participant_id: UUID,
    *,
    client: AuthenticatedClient,
) -> Response[Participant | Problem]:
    """Reads a participant of a training (the read is recorded).

     For administrators. A participant is an official's personal data, so the read is
    recorded in the audit log; the `ETag` is for `If-Match` when changing the participant.

    Args:
        id (UUID):
        participant_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Participant | Problem]
    """

    kwargs = _get_kwargs(
        id=id,
        participant_id=participant_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: UUID,
    participant_id: UUID,
    *,
    client: AuthenticatedClient,
) -> Participant | Problem | None:
    """Reads a participant of a training (the read is recorded).

     For administrators. A participant is an official's personal data, so the read is
    recorded in the audit log; the `ETag` is for `If-Match` when changing the participant.

    Args:
        id (UUID):
        participant_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Participant | Problem
    """

    return sync_detailed(
        id=id,
        participant_id=participant_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    id: UUID,
    participant_id: UUID,
    *,
    client: AuthenticatedClient,
) -> Response[Participant | Problem]:
    """Reads a participant of a training (the read is recorded).

     For administrators. A participant is an official's personal data, so the read is
    recorded in the audit log; the `ETag` is for `If-Match` when changing the participant.

    Args:
        id (UUID):
        participant_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Participant | Problem]
    """

    kwargs = _get_kwargs(
        id=id,
        participant_id=participant_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: UUID,
    participant_id: UUID,
    *,
    client: AuthenticatedClient,
) -> Participant | Problem | None:
    """Reads a participant of a training (the read is recorded).

     For administrators. A participant is an official's personal data, so the read is
    recorded in the audit log; the `ETag` is for `If-Match` when changing the participant.

    Args:
        id (UUID):
        participant_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Participant | Problem
    """

    return (
        await asyncio_detailed(
            id=id,
            participant_id=participant_id,
            client=client,
        )
    ).parsed
