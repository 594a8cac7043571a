from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.participant import Participant
from ...models.participant_input import ParticipantInput
from ...models.problem import Problem
from ...models.written import Written
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: UUID,
    *,
    body: ParticipantInput,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/trainings/{id}/participants".format(
            id=quote(str(id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Participant | Written | Problem | None:
    if response.status_code == 201:

        def _parse_response_201(data: object) -> Participant | Written:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_participant_answer_type_0 = Participant.from_dict(data)

                return componentsschemas_participant_answer_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_participant_answer_type_1 = Written.from_dict(data)

            return componentsschemas_participant_answer_type_1

        response_201 = _parse_response_201(response.json())

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

    if response.status_code == 404:
        response_404 = Problem.from_dict(response.json())

        return response_404

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
) -> Response[Participant | Written | Problem]:
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
    body: ParticipantInput,
    idempotency_key: str | Unset = UNSET,
) -> Response[Participant | Written | Problem]:
    """Records an official who took part in a training, with attendance and test scores.

     The official is a user (`user_id`, who must belong to an organisation), or is named
    with their organisation (`name`, `organisation_id`); test scores are 0 to 100. For
    administrators; the answer is recorded as a read of the participant.

    An official takes part once: a second record of them is a 409
    `already_participant` naming the first.

    Args:
        id (UUID):
        idempotency_key (str | Unset):
        body (ParticipantInput): A participant as a client records one: a user of integra
            (`user_id`), or
            an official named with their organisation (`name`, `organisation_id`). Example:
            {'attended': True, 'name': 'Tamar Lomidze', 'organisation_id':
            '01900000-0000-7000-8000-000000000001', 'position': 'Senior specialist, Migration
            Division', 'post_test': 80, 'pre_test': 55}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Participant | Written | Problem]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
        idempotency_key=idempotency_key,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: UUID,
    *,
    client: AuthenticatedClient,
    body: ParticipantInput,
    idempotency_key: str | Unset = UNSET,
) -> Participant | Written | Problem | None:
    """Records an official who took part in a training, with attendance and test scores.

     The official is a user (`user_id`, who must belong to an organisation), or is named
    with their organisation (`name`, `organisation_id`); test scores are 0 to 100. For
    administrators; the answer is recorded as a read of the participant.

    An official takes part once: a second record of them is a 409
    `already_participant` naming the first.

    Args:
        id (UUID):
        idempotency_key (str | Unset):
        body (ParticipantInput): A participant as a client records one: a user of integra
            (`user_id`), or
            an official named with their organisation (`name`, `organisation_id`). Example:
            {'attended': True, 'name': 'Tamar Lomidze', 'organisation_id':
            '01900000-0000-7000-8000-000000000001', 'position': 'Senior specialist, Migration
            Division', 'post_test': 80, 'pre_test': 55}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Participant | Written | Problem
    """

    return sync_detailed(
        id=id,
        client=client,
        body=body,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    id: UUID,
    *,
    client: AuthenticatedClient,
    body: ParticipantInput,
    idempotency_key: str | Unset = UNSET,
) -> Response[Participant | Written | Problem]:
    """Records an official who took part in a training, with attendance and test scores.

     The official is a user (`user_id`, who must belong to an organisation), or is named
    with their organisation (`name`, `organisation_id`); test scores are 0 to 100. For
    administrators; the answer is recorded as a read of the participant.

    An official takes part once: a second record of them is a 409
    `already_participant` naming the first.

    Args:
        id (UUID):
        idempotency_key (str | Unset):
        body (ParticipantInput): A participant as a client records one: a user of integra
            (`user_id`), or
            an official named with their organisation (`name`, `organisation_id`). Example:
            {'attended': True, 'name': 'Tamar Lomidze', 'organisation_id':
            '01900000-0000-7000-8000-000000000001', 'position': 'Senior specialist, Migration
            Division', 'post_test': 80, 'pre_test': 55}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Participant | Written | Problem]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
        idempotency_key=idempotency_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: UUID,
    *,
    client: AuthenticatedClient,
    body: ParticipantInput,
    idempotency_key: str | Unset = UNSET,
) -> Participant | Written | Problem | None:
    """Records an official who took part in a training, with attendance and test scores.

     The official is a user (`user_id`, who must belong to an organisation), or is named
    with their organisation (`name`, `organisation_id`); test scores are 0 to 100. For
    administrators; the answer is recorded as a read of the participant.

    An official takes part once: a second record of them is a 409
    `already_participant` naming the first.

    Args:
        id (UUID):
        idempotency_key (str | Unset):
        body (ParticipantInput): A participant as a client records one: a user of integra
            (`user_id`), or
            an official named with their organisation (`name`, `organisation_id`). Example:
            {'attended': True, 'name': 'Tamar Lomidze', 'organisation_id':
            '01900000-0000-7000-8000-000000000001', 'position': 'Senior specialist, Migration
            Division', 'post_test': 80, 'pre_test': 55}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Participant | Written | Problem
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
            idempotency_key=idempotency_key,
        )
    ).parsed
