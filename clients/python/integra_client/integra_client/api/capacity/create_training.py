from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.training import Training
from ...models.training_input import TrainingInput
from ...models.written import Written
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: TrainingInput,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/trainings",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | Training | Written | None:
    if response.status_code == 201:

        def _parse_response_201(data: object) -> Training | Written:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_training_answer_type_0 = Training.from_dict(data)

                return componentsschemas_training_answer_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_training_answer_type_1 = Written.from_dict(data)

            return componentsschemas_training_answer_type_1

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
) -> Response[Problem | Training | Written]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: TrainingInput,
    idempotency_key: str | Unset = UNSET,
) -> Response[Problem | Training | Written]:
    """Records a training of officials.

     For administrators. Its participants are recorded with
    `POST /trainings/{id}/participants`. `ends_on` may not be before `starts_on` (a
    training may be planned ahead), and `organiser_organisation_id` must name an existing
    organisation (`422` otherwise).

    Args:
        idempotency_key (str | Unset):
        body (TrainingInput): A training as a client records it. Example: {'ends_on':
            datetime.date(2026, 3, 4), 'organiser_organisation_id':
            '01900000-0000-7000-8000-000000000001', 'starts_on': datetime.date(2026, 3, 2), 'title':
            'Case management for reintegration counsellors', 'topic': 'case_management', 'venue':
            'Ministry training centre, Tbilisi'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | Training | Written]
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
    body: TrainingInput,
    idempotency_key: str | Unset = UNSET,
) -> Problem | Training | Written | None:
    """Records a training of officials.

     For administrators. Its participants are recorded with
    `POST /trainings/{id}/participants`. `ends_on` may not be before `starts_on` (a
    training may be planned ahead), and `organiser_organisation_id` must name an existing
    organisation (`422` otherwise).

    Args:
        idempotency_key (str | Unset):
        body (TrainingInput): A training as a client records it. Example: {'ends_on':
            datetime.date(2026, 3, 4), 'organiser_organisation_id':
            '01900000-0000-7000-8000-000000000001', 'starts_on': datetime.date(2026, 3, 2), 'title':
            'Case management for reintegration counsellors', 'topic': 'case_management', 'venue':
            'Ministry training centre, Tbilisi'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | Training | Written
    """

    return sync_detailed(
        client=client,
        body=body,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: TrainingInput,
    idempotency_key: str | Unset = UNSET,
) -> Response[Problem | Training | Written]:
    """Records a training of officials.

     For administrators. Its participants are recorded with
    `POST /trainings/{id}/participants`. `ends_on` may not be before `starts_on` (a
    training may be planned ahead), and `organiser_organisation_id` must name an existing
    organisation (`422` otherwise).

    Args:
        idempotency_key (str | Unset):
        body (TrainingInput): A training as a client records it. Example: {'ends_on':
            datetime.date(2026, 3, 4), 'organiser_organisation_id':
            '01900000-0000-7000-8000-000000000001', 'starts_on': datetime.date(2026, 3, 2), 'title':
            'Case management for reintegration counsellors', 'topic': 'case_management', 'venue':
            'Ministry training centre, Tbilisi'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | Training | Written]
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
    body: TrainingInput,
    idempotency_key: str | Unset = UNSET,
) -> Problem | Training | Written | None:
    """Records a training of officials.

     For administrators. Its participants are recorded with
    `POST /trainings/{id}/participants`. `ends_on` may not be before `starts_on` (a
    training may be planned ahead), and `organiser_organisation_id` must name an existing
    organisation (`422` otherwise).

    Args:
        idempotency_key (str | Unset):
        body (TrainingInput): A training as a client records it. Example: {'ends_on':
            datetime.date(2026, 3, 4), 'organiser_organisation_id':
            '01900000-0000-7000-8000-000000000001', 'starts_on': datetime.date(2026, 3, 2), 'title':
            'Case management for reintegration counsellors', 'topic': 'case_management', 'venue':
            'Ministry training centre, Tbilisi'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | Training | Written
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            idempotency_key=idempotency_key,
        )
    ).parsed
