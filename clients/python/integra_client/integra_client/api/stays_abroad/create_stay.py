from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.stay_abroad import StayAbroad
from ...models.stay_input import StayInput
from ...models.written import Written
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: UUID,
    *,
    body: StayInput,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/persons/{id}/stays-abroad".format(
            id=quote(str(id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | StayAbroad | Written | None:
    if response.status_code == 201:

        def _parse_response_201(data: object) -> StayAbroad | Written:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_stay_answer_type_0 = StayAbroad.from_dict(data)

                return componentsschemas_stay_answer_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_stay_answer_type_1 = Written.from_dict(data)

            return componentsschemas_stay_answer_type_1

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
) -> Response[Problem | StayAbroad | Written]:
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
    body: StayInput,
    idempotency_key: str | Unset = UNSET,
) -> Response[Problem | StayAbroad | Written]:
    """Records a stay abroad of a person.

     For case workers, administrators and service accounts with `persons:write`. The stay
    may not overlap another stay of the person (`422` `overlaps` on `start_date`);
    `end_date` is the return date, not in the future, and `return_type` comes only with
    it. A person whose data is erased is a `409` `erased`.

    Args:
        id (UUID):
        idempotency_key (str | Unset):
        body (StayInput): A stay abroad as a client sends it; `end_date` is the return date,
            absent while still abroad. Example: {'country': 'DE', 'end_date': datetime.date(2024, 5,
            20), 'legal_status': 'irregular', 'return_type': 'assisted_voluntary_return',
            'start_date': datetime.date(2019, 3, 1)}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | StayAbroad | Written]
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
    body: StayInput,
    idempotency_key: str | Unset = UNSET,
) -> Problem | StayAbroad | Written | None:
    """Records a stay abroad of a person.

     For case workers, administrators and service accounts with `persons:write`. The stay
    may not overlap another stay of the person (`422` `overlaps` on `start_date`);
    `end_date` is the return date, not in the future, and `return_type` comes only with
    it. A person whose data is erased is a `409` `erased`.

    Args:
        id (UUID):
        idempotency_key (str | Unset):
        body (StayInput): A stay abroad as a client sends it; `end_date` is the return date,
            absent while still abroad. Example: {'country': 'DE', 'end_date': datetime.date(2024, 5,
            20), 'legal_status': 'irregular', 'return_type': 'assisted_voluntary_return',
            'start_date': datetime.date(2019, 3, 1)}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | StayAbroad | Written
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
    body: StayInput,
    idempotency_key: str | Unset = UNSET,
) -> Response[Problem | StayAbroad | Written]:
    """Records a stay abroad of a person.

     For case workers, administrators and service accounts with `persons:write`. The stay
    may not overlap another stay of the person (`422` `overlaps` on `start_date`);
    `end_date` is the return date, not in the future, and `return_type` comes only with
    it. A person whose data is erased is a `409` `erased`.

    Args:
        id (UUID):
        idempotency_key (str | Unset):
        body (StayInput): A stay abroad as a client sends it; `end_date` is the return date,
            absent while still abroad. Example: {'country': 'DE', 'end_date': datetime.date(2024, 5,
            20), 'legal_status': 'irregular', 'return_type': 'assisted_voluntary_return',
            'start_date': datetime.date(2019, 3, 1)}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | StayAbroad | Written]
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
    body: StayInput,
    idempotency_key: str | Unset = UNSET,
) -> Problem | StayAbroad | Written | None:
    """Records a stay abroad of a person.

     For case workers, administrators and service accounts with `persons:write`. The stay
    may not overlap another stay of the person (`422` `overlaps` on `start_date`);
    `end_date` is the return date, not in the future, and `return_type` comes only with
    it. A person whose data is erased is a `409` `erased`.

    Args:
        id (UUID):
        idempotency_key (str | Unset):
        body (StayInput): A stay abroad as a client sends it; `end_date` is the return date,
            absent while still abroad. Example: {'country': 'DE', 'end_date': datetime.date(2024, 5,
            20), 'legal_status': 'irregular', 'return_type': 'assisted_voluntary_return',
            'start_date': datetime.date(2019, 3, 1)}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | StayAbroad | Written
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
            idempotency_key=idempotency_key,
        )
    ).parsed
