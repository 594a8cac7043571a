from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.erase_input import EraseInput
from ...models.person import Person
from ...models.problem import Problem
from ...models.written import Written
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: UUID,
    *,
    body: EraseInput,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/persons/{id}/erase".format(
            id=quote(str(id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Person | Written | Problem | None:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> Person | Written:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_person_answer_type_0 = Person.from_dict(data)

                return componentsschemas_person_answer_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_person_answer_type_1 = Written.from_dict(data)

            return componentsschemas_person_answer_type_1

        response_200 = _parse_response_200(response.json())

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
) -> Response[Person | Written | Problem]:
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
    body: EraseInput,
    idempotency_key: str | Unset = UNSET,
) -> Response[Person | Written | Problem]:
    """Erases a person's data by anonymisation (the right to erasure).

     Names, personal number, phone, other systems' ids and the day and month of
    birth are removed; ids, sex, citizenship, residence status, region, year of
    birth, stays abroad and case figures stay, so that reports keep counting right.
    Who erased, when and why is kept. An erased person cannot be changed.

    For administrators only; `reason` is required. A person is erased once: a second time
    is a `409` `already_erased`.

    Args:
        id (UUID):
        idempotency_key (str | Unset):
        body (EraseInput): Why a person's data is erased. Example: {'reason': 'Request of the data
            subject, letter 2026/145'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Person | Written | Problem]
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
    body: EraseInput,
    idempotency_key: str | Unset = UNSET,
) -> Person | Written | Problem | None:
    """Erases a person's data by anonymisation (the right to erasure).

     Names, personal number, phone, other systems' ids and the day and month of
    birth are removed; ids, sex, citizenship, residence status, region, year of
    birth, stays abroad and case figures stay, so that reports keep counting right.
    Who erased, when and why is kept. An erased person cannot be changed.

    For administrators only; `reason` is required. A person is erased once: a second time
    is a `409` `already_erased`.

    Args:
        id (UUID):
        idempotency_key (str | Unset):
        body (EraseInput): Why a person's data is erased. Example: {'reason': 'Request of the data
            subject, letter 2026/145'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Person | Written | Problem
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
    body: EraseInput,
    idempotency_key: str | Unset = UNSET,
) -> Response[Person | Written | Problem]:
    """Erases a person's data by anonymisation (the right to erasure).

     Names, personal number, phone, other systems' ids and the day and month of
    birth are removed; ids, sex, citizenship, residence status, region, year of
    birth, stays abroad and case figures stay, so that reports keep counting right.
    Who erased, when and why is kept. An erased person cannot be changed.

    For administrators only; `reason` is required. A person is erased once: a second time
    is a `409` `already_erased`.

    Args:
        id (UUID):
        idempotency_key (str | Unset):
        body (EraseInput): Why a person's data is erased. Example: {'reason': 'Request of the data
            subject, letter 2026/145'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Person | Written | Problem]
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
    body: EraseInput,
    idempotency_key: str | Unset = UNSET,
) -> Person | Written | Problem | None:
    """Erases a person's data by anonymisation (the right to erasure).

     Names, personal number, phone, other systems' ids and the day and month of
    birth are removed; ids, sex, citizenship, residence status, region, year of
    birth, stays abroad and case figures stay, so that reports keep counting right.
    Who erased, when and why is kept. An erased person cannot be changed.

    For administrators only; `reason` is required. A person is erased once: a second time
    is a `409` `already_erased`.

    Args:
        id (UUID):
        idempotency_key (str | Unset):
        body (EraseInput): Why a person's data is erased. Example: {'reason': 'Request of the data
            subject, letter 2026/145'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Person | Written | Problem
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
            idempotency_key=idempotency_key,
        )
    ).parsed
