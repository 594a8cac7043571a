from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.jobseeker import Jobseeker
from ...models.jobseeker_input import JobseekerInput
from ...models.problem import Problem
from ...models.written import Written
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: JobseekerInput,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/jobseekers",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Jobseeker | Written | Problem | None:
    if response.status_code == 201:

        def _parse_response_201(data: object) -> Jobseeker | Written:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_jobseeker_answer_type_0 = Jobseeker.from_dict(data)

                return componentsschemas_jobseeker_answer_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_jobseeker_answer_type_1 = Written.from_dict(data)

            return componentsschemas_jobseeker_answer_type_1

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
) -> Response[Jobseeker | Written | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: JobseekerInput,
    idempotency_key: str | Unset = UNSET,
) -> Response[Jobseeker | Written | Problem]:
    """Registers a person as a jobseeker.

     The profile holds education, occupations, languages, certificates, experience,
    preferences and availability, and is held by the caller's organisation.

    For case workers and employment counsellors (and administrators). One profile per
    person: a second is a `409` `already_registered` naming the first. An unknown
    `person_id` is a `422` `not_found`, and a person whose data is erased a `409`
    `erased`.

    Args:
        idempotency_key (str | Unset):
        body (JobseekerInput): A jobseeker profile as a client sends it. Example:
            {'available_from': datetime.date(2026, 3, 1), 'available_to': None, 'certificates':
            [{'expires_on': datetime.date(2028, 6, 30), 'name': 'caregiver'}], 'close_relatives_in':
            [], 'education': {'field': 'Nursing assistance', 'isced_level': 3}, 'experience_months':
            36, 'languages': [{'language': 'en', 'level': 'B1'}, {'language': 'ru', 'level': 'B2'}],
            'note': None, 'occupations': ['5322'], 'person_id':
            '0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4e5f', 'preferred_countries': ['IL', 'DE'],
            'preferred_sectors': ['care'], 'skills': ['elderly care', 'cooking']}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Jobseeker | Written | Problem]
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
    body: JobseekerInput,
    idempotency_key: str | Unset = UNSET,
) -> Jobseeker | Written | Problem | None:
    """Registers a person as a jobseeker.

     The profile holds education, occupations, languages, certificates, experience,
    preferences and availability, and is held by the caller's organisation.

    For case workers and employment counsellors (and administrators). One profile per
    person: a second is a `409` `already_registered` naming the first. An unknown
    `person_id` is a `422` `not_found`, and a person whose data is erased a `409`
    `erased`.

    Args:
        idempotency_key (str | Unset):
        body (JobseekerInput): A jobseeker profile as a client sends it. Example:
            {'available_from': datetime.date(2026, 3, 1), 'available_to': None, 'certificates':
            [{'expires_on': datetime.date(2028, 6, 30), 'name': 'caregiver'}], 'close_relatives_in':
            [], 'education': {'field': 'Nursing assistance', 'isced_level': 3}, 'experience_months':
            36, 'languages': [{'language': 'en', 'level': 'B1'}, {'language': 'ru', 'level': 'B2'}],
            'note': None, 'occupations': ['5322'], 'person_id':
            '0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4e5f', 'preferred_countries': ['IL', 'DE'],
            'preferred_sectors': ['care'], 'skills': ['elderly care', 'cooking']}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Jobseeker | Written | Problem
    """

    return sync_detailed(
        client=client,
        body=body,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: JobseekerInput,
    idempotency_key: str | Unset = UNSET,
) -> Response[Jobseeker | Written | Problem]:
    """Registers a person as a jobseeker.

     The profile holds education, occupations, languages, certificates, experience,
    preferences and availability, and is held by the caller's organisation.

    For case workers and employment counsellors (and administrators). One profile per
    person: a second is a `409` `already_registered` naming the first. An unknown
    `person_id` is a `422` `not_found`, and a person whose data is erased a `409`
    `erased`.

    Args:
        idempotency_key (str | Unset):
        body (JobseekerInput): A jobseeker profile as a client sends it. Example:
            {'available_from': datetime.date(2026, 3, 1), 'available_to': None, 'certificates':
            [{'expires_on': datetime.date(2028, 6, 30), 'name': 'caregiver'}], 'close_relatives_in':
            [], 'education': {'field': 'Nursing assistance', 'isced_level': 3}, 'experience_months':
            36, 'languages': [{'language': 'en', 'level': 'B1'}, {'language': 'ru', 'level': 'B2'}],
            'note': None, 'occupations': ['5322'], 'person_id':
            '0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4e5f', 'preferred_countries': ['IL', 'DE'],
            'preferred_sectors': ['care'], 'skills': ['elderly care', 'cooking']}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Jobseeker | Written | Problem]
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
    body: JobseekerInput,
    idempotency_key: str | Unset = UNSET,
) -> Jobseeker | Written | Problem | None:
    """Registers a person as a jobseeker.

     The profile holds education, occupations, languages, certificates, experience,
    preferences and availability, and is held by the caller's organisation.

    For case workers and employment counsellors (and administrators). One profile per
    person: a second is a `409` `already_registered` naming the first. An unknown
    `person_id` is a `422` `not_found`, and a person whose data is erased a `409`
    `erased`.

    Args:
        idempotency_key (str | Unset):
        body (JobseekerInput): A jobseeker profile as a client sends it. Example:
            {'available_from': datetime.date(2026, 3, 1), 'available_to': None, 'certificates':
            [{'expires_on': datetime.date(2028, 6, 30), 'name': 'caregiver'}], 'close_relatives_in':
            [], 'education': {'field': 'Nursing assistance', 'isced_level': 3}, 'experience_months':
            36, 'languages': [{'language': 'en', 'level': 'B1'}, {'language': 'ru', 'level': 'B2'}],
            'note': None, 'occupations': ['5322'], 'person_id':
            '0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4e5f', 'preferred_countries': ['IL', 'DE'],
            'preferred_sectors': ['care'], 'skills': ['elderly care', 'cooking']}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Jobseeker | Written | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            idempotency_key=idempotency_key,
        )
    ).parsed
