from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.permit_input import PermitInput
from ...models.problem import Problem
from ...models.residence_permit import ResidencePermit
from ...models.written import Written
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: UUID,
    *,
    body: PermitInput,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/persons/{id}/residence-permits".format(
            id=quote(str(id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | ResidencePermit | Written | None:
    if response.status_code == 201:

        def _parse_response_201(data: object) -> ResidencePermit | Written:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_residence_permit_answer_type_0 = ResidencePermit.from_dict(data)

                return componentsschemas_residence_permit_answer_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_residence_permit_answer_type_1 = Written.from_dict(data)

            return componentsschemas_residence_permit_answer_type_1

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
) -> Response[Problem | ResidencePermit | Written]:
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
    body: PermitInput,
    idempotency_key: str | Unset = UNSET,
) -> Response[Problem | ResidencePermit | Written]:
    """Records a residence permit of a foreigner.

     A Georgian citizen is a `422` `not_a_foreigner`; a permit overlapping
    another of the same type of the person is a `422` `overlaps` on `issued_on`.

    For case workers, administrators and service accounts with `persons:write`.
    `valid_until` is required except for a `permanent` permit; a person whose data is
    erased is a `409` `erased`.

    Args:
        id (UUID):
        idempotency_key (str | Unset):
        body (PermitInput): A residence permit as a client sends it. Example: {'issued_on':
            datetime.date(2025, 3, 1), 'issuing_authority': 'Public Service Development Agency',
            'note': None, 'number': 'RP-2025-004211', 'type': 'work', 'valid_until':
            datetime.date(2026, 2, 28)}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | ResidencePermit | Written]
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
    body: PermitInput,
    idempotency_key: str | Unset = UNSET,
) -> Problem | ResidencePermit | Written | None:
    """Records a residence permit of a foreigner.

     A Georgian citizen is a `422` `not_a_foreigner`; a permit overlapping
    another of the same type of the person is a `422` `overlaps` on `issued_on`.

    For case workers, administrators and service accounts with `persons:write`.
    `valid_until` is required except for a `permanent` permit; a person whose data is
    erased is a `409` `erased`.

    Args:
        id (UUID):
        idempotency_key (str | Unset):
        body (PermitInput): A residence permit as a client sends it. Example: {'issued_on':
            datetime.date(2025, 3, 1), 'issuing_authority': 'Public Service Development Agency',
            'note': None, 'number': 'RP-2025-004211', 'type': 'work', 'valid_until':
            datetime.date(2026, 2, 28)}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | ResidencePermit | Written
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
    body: PermitInput,
    idempotency_key: str | Unset = UNSET,
) -> Response[Problem | ResidencePermit | Written]:
    """Records a residence permit of a foreigner.

     A Georgian citizen is a `422` `not_a_foreigner`; a permit overlapping
    another of the same type of the person is a `422` `overlaps` on `issued_on`.

    For case workers, administrators and service accounts with `persons:write`.
    `valid_until` is required except for a `permanent` permit; a person whose data is
    erased is a `409` `erased`.

    Args:
        id (UUID):
        idempotency_key (str | Unset):
        body (PermitInput): A residence permit as a client sends it. Example: {'issued_on':
            datetime.date(2025, 3, 1), 'issuing_authority': 'Public Service Development Agency',
            'note': None, 'number': 'RP-2025-004211', 'type': 'work', 'valid_until':
            datetime.date(2026, 2, 28)}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | ResidencePermit | Written]
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
    body: PermitInput,
    idempotency_key: str | Unset = UNSET,
) -> Problem | ResidencePermit | Written | None:
    """Records a residence permit of a foreigner.

     A Georgian citizen is a `422` `not_a_foreigner`; a permit overlapping
    another of the same type of the person is a `422` `overlaps` on `issued_on`.

    For case workers, administrators and service accounts with `persons:write`.
    `valid_until` is required except for a `permanent` permit; a person whose data is
    erased is a `409` `erased`.

    Args:
        id (UUID):
        idempotency_key (str | Unset):
        body (PermitInput): A residence permit as a client sends it. Example: {'issued_on':
            datetime.date(2025, 3, 1), 'issuing_authority': 'Public Service Development Agency',
            'note': None, 'number': 'RP-2025-004211', 'type': 'work', 'valid_until':
            datetime.date(2026, 2, 28)}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | ResidencePermit | Written
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
            idempotency_key=idempotency_key,
        )
    ).parsed
