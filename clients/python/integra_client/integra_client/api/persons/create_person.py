from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.person import Person
from ...models.person_input import PersonInput
from ...models.problem import Problem
from ...models.written import Written
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: PersonInput,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/persons",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Person | Written | Problem | None:
    if response.status_code == 201:

        def _parse_response_201(data: object) -> Person | Written:
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
) -> Response[Person | Written | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: PersonInput,
    idempotency_key: str | Unset = UNSET,
) -> Response[Person | Written | Problem]:
    """Registers a person.

     For case workers, administrators and service accounts with `persons:write`.
    A personal number or external id that another person holds is a `409` whose
    `existing` is the path of that person (to a caller who may read persons).
    The answer is the person to a caller who may read persons, and otherwise
    (a service account with `persons:write` alone) only its `id` and `version`.

    Args:
        idempotency_key (str | Unset):
        body (PersonInput): The writable fields of a person, as a client sends them (create,
            replace, merge-patch). Example: {'citizenship': 'GE', 'date_of_birth': datetime.date(1988,
            4, 12), 'external_ids': [{'system': 'readmission-db', 'value': 'RA-2015-0042'}],
            'family_name': 'Beridze', 'given_name': 'Nino', 'personal_number': '01001012345', 'phone':
            '+995 555 12 34 56', 'region': 'GE-IM', 'residence_status': 'citizen', 'sex': 'female'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Person | Written | Problem]
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
    body: PersonInput,
    idempotency_key: str | Unset = UNSET,
) -> Person | Written | Problem | None:
    """Registers a person.

     For case workers, administrators and service accounts with `persons:write`.
    A personal number or external id that another person holds is a `409` whose
    `existing` is the path of that person (to a caller who may read persons).
    The answer is the person to a caller who may read persons, and otherwise
    (a service account with `persons:write` alone) only its `id` and `version`.

    Args:
        idempotency_key (str | Unset):
        body (PersonInput): The writable fields of a person, as a client sends them (create,
            replace, merge-patch). Example: {'citizenship': 'GE', 'date_of_birth': datetime.date(1988,
            4, 12), 'external_ids': [{'system': 'readmission-db', 'value': 'RA-2015-0042'}],
            'family_name': 'Beridze', 'given_name': 'Nino', 'personal_number': '01001012345', 'phone':
            '+995 555 12 34 56', 'region': 'GE-IM', 'residence_status': 'citizen', 'sex': 'female'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Person | Written | Problem
    """

    return sync_detailed(
        client=client,
        body=body,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: PersonInput,
    idempotency_key: str | Unset = UNSET,
) -> Response[Person | Written | Problem]:
    """Registers a person.

     For case workers, administrators and service accounts with `persons:write`.
    A personal number or external id that another person holds is a `409` whose
    `existing` is the path of that person (to a caller who may read persons).
    The answer is the person to a caller who may read persons, and otherwise
    (a service account with `persons:write` alone) only its `id` and `version`.

    Args:
        idempotency_key (str | Unset):
        body (PersonInput): The writable fields of a person, as a client sends them (create,
            replace, merge-patch). Example: {'citizenship': 'GE', 'date_of_birth': datetime.date(1988,
            4, 12), 'external_ids': [{'system': 'readmission-db', 'value': 'RA-2015-0042'}],
            'family_name': 'Beridze', 'given_name': 'Nino', 'personal_number': '01001012345', 'phone':
            '+995 555 12 34 56', 'region': 'GE-IM', 'residence_status': 'citizen', 'sex': 'female'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Person | Written | Problem]
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
    body: PersonInput,
    idempotency_key: str | Unset = UNSET,
) -> Person | Written | Problem | None:
    """Registers a person.

     For case workers, administrators and service accounts with `persons:write`.
    A personal number or external id that another person holds is a `409` whose
    `existing` is the path of that person (to a caller who may read persons).
    The answer is the person to a caller who may read persons, and otherwise
    (a service account with `persons:write` alone) only its `id` and `version`.

    Args:
        idempotency_key (str | Unset):
        body (PersonInput): The writable fields of a person, as a client sends them (create,
            replace, merge-patch). Example: {'citizenship': 'GE', 'date_of_birth': datetime.date(1988,
            4, 12), 'external_ids': [{'system': 'readmission-db', 'value': 'RA-2015-0042'}],
            'family_name': 'Beridze', 'given_name': 'Nino', 'personal_number': '01001012345', 'phone':
            '+995 555 12 34 56', 'region': 'GE-IM', 'residence_status': 'citizen', 'sex': 'female'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Person | Written | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            idempotency_key=idempotency_key,
        )
    ).parsed
