from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.movement import Movement
from ...models.movement_input import MovementInput
from ...models.problem import Problem
from ...models.written import Written
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: UUID,
    *,
    body: MovementInput,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/persons/{id}/movements".format(
            id=quote(str(id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Movement | Written | Problem | None:
    if response.status_code == 201:

        def _parse_response_201(data: object) -> Movement | Written:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_movement_answer_type_0 = Movement.from_dict(data)

                return componentsschemas_movement_answer_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_movement_answer_type_1 = Written.from_dict(data)

            return componentsschemas_movement_answer_type_1

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
) -> Response[Movement | Written | Problem]:
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
    body: MovementInput,
    idempotency_key: str | Unset = UNSET,
) -> Response[Movement | Written | Problem]:
    """Records movement assistance: a foreigner helped to leave Georgia.

     A person whose citizenship is Georgian is a `422` `not_a_foreigner`.
    For administrators, case workers and service accounts with `persons:write`; the
    answer is the movement to a caller who may read persons, else only its `id` and
    `version`. An unknown person is a `404`, a person whose data is erased a `409`.

    Args:
        id (UUID):
        idempotency_key (str | Unset):
        body (MovementInput): Movement assistance as a client sends it. Example: {'departed_on':
            datetime.date(2026, 2, 10), 'destination_country': 'AM', 'help': ['ticket',
            'travel_documents'], 'kind': 'voluntary_return', 'note': 'Left by bus from Sadakhlo',
            'organisation_id': '0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4e90'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Movement | Written | Problem]
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
    body: MovementInput,
    idempotency_key: str | Unset = UNSET,
) -> Movement | Written | Problem | None:
    """Records movement assistance: a foreigner helped to leave Georgia.

     A person whose citizenship is Georgian is a `422` `not_a_foreigner`.
    For administrators, case workers and service accounts with `persons:write`; the
    answer is the movement to a caller who may read persons, else only its `id` and
    `version`. An unknown person is a `404`, a person whose data is erased a `409`.

    Args:
        id (UUID):
        idempotency_key (str | Unset):
        body (MovementInput): Movement assistance as a client sends it. Example: {'departed_on':
            datetime.date(2026, 2, 10), 'destination_country': 'AM', 'help': ['ticket',
            'travel_documents'], 'kind': 'voluntary_return', 'note': 'Left by bus from Sadakhlo',
            'organisation_id': '0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4e90'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Movement | Written | Problem
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
    body: MovementInput,
    idempotency_key: str | Unset = UNSET,
) -> Response[Movement | Written | Problem]:
    """Records movement assistance: a foreigner helped to leave Georgia.

     A person whose citizenship is Georgian is a `422` `not_a_foreigner`.
    For administrators, case workers and service accounts with `persons:write`; the
    answer is the movement to a caller who may read persons, else only its `id` and
    `version`. An unknown person is a `404`, a person whose data is erased a `409`.

    Args:
        id (UUID):
        idempotency_key (str | Unset):
        body (MovementInput): Movement assistance as a client sends it. Example: {'departed_on':
            datetime.date(2026, 2, 10), 'destination_country': 'AM', 'help': ['ticket',
            'travel_documents'], 'kind': 'voluntary_return', 'note': 'Left by bus from Sadakhlo',
            'organisation_id': '0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4e90'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Movement | Written | Problem]
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
    body: MovementInput,
    idempotency_key: str | Unset = UNSET,
) -> Movement | Written | Problem | None:
    """Records movement assistance: a foreigner helped to leave Georgia.

     A person whose citizenship is Georgian is a `422` `not_a_foreigner`.
    For administrators, case workers and service accounts with `persons:write`; the
    answer is the movement to a caller who may read persons, else only its `id` and
    `version`. An unknown person is a `404`, a person whose data is erased a `409`.

    Args:
        id (UUID):
        idempotency_key (str | Unset):
        body (MovementInput): Movement assistance as a client sends it. Example: {'departed_on':
            datetime.date(2026, 2, 10), 'destination_country': 'AM', 'help': ['ticket',
            'travel_documents'], 'kind': 'voluntary_return', 'note': 'Left by bus from Sadakhlo',
            'organisation_id': '0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4e90'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Movement | Written | Problem
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
            idempotency_key=idempotency_key,
        )
    ).parsed
