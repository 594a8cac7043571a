from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.programme import Programme
from ...models.programme_input import ProgrammeInput
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: ProgrammeInput,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/programmes",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Problem | Programme | None:
    if response.status_code == 201:
        response_201 = Programme.from_dict(response.json())

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Problem | Programme]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: ProgrammeInput,
    idempotency_key: str | Unset = UNSET,
) -> Response[Problem | Programme]:
    """Creates a programme.

     `rule_set_id` must name a rule set with a published version; the programme applies
    `rule_set_version` if given, else the latest published version.
    Administrators only. Answers `201` with the programme, its `Location` and `ETag`;
    a `code` another programme has is a `409` naming that programme.

    Args:
        idempotency_key (str | Unset):
        body (ProgrammeInput): A programme as a client sends it. Example:
            {'application_closes_on': datetime.date(2026, 10, 31), 'application_opens_on':
            datetime.date(2026, 2, 1), 'approval_threshold': {'amount': '3000.00', 'currency': 'GEL'},
            'budget': {'amount': '500000.00', 'currency': 'GEL'}, 'catalogue': [{'cap_per_household':
            None, 'cap_per_person': {'amount': '4000.00', 'currency': 'GEL'}, 'type':
            'micro_business'}, {'cap_per_household': {'amount': '1500.00', 'currency': 'GEL'},
            'cap_per_person': None, 'type': 'temporary_accommodation'}, {'type':
            'counselling_referral'}], 'code': 'REINT-2026', 'ends_on': datetime.date(2026, 12, 31),
            'name': {'en': 'State reintegration programme 2026', 'ka': 'რეინტეგრაციის სახელმწიფო
            პროგრამა 2026'}, 'rule_set_id': '0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4e90', 'starts_on':
            datetime.date(2026, 1, 1), 'status': 'draft', 'stream': 'reintegration'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | Programme]
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
    body: ProgrammeInput,
    idempotency_key: str | Unset = UNSET,
) -> Problem | Programme | None:
    """Creates a programme.

     `rule_set_id` must name a rule set with a published version; the programme applies
    `rule_set_version` if given, else the latest published version.
    Administrators only. Answers `201` with the programme, its `Location` and `ETag`;
    a `code` another programme has is a `409` naming that programme.

    Args:
        idempotency_key (str | Unset):
        body (ProgrammeInput): A programme as a client sends it. Example:
            {'application_closes_on': datetime.date(2026, 10, 31), 'application_opens_on':
            datetime.date(2026, 2, 1), 'approval_threshold': {'amount': '3000.00', 'currency': 'GEL'},
            'budget': {'amount': '500000.00', 'currency': 'GEL'}, 'catalogue': [{'cap_per_household':
            None, 'cap_per_person': {'amount': '4000.00', 'currency': 'GEL'}, 'type':
            'micro_business'}, {'cap_per_household': {'amount': '1500.00', 'currency': 'GEL'},
            'cap_per_person': None, 'type': 'temporary_accommodation'}, {'type':
            'counselling_referral'}], 'code': 'REINT-2026', 'ends_on': datetime.date(2026, 12, 31),
            'name': {'en': 'State reintegration programme 2026', 'ka': 'რეინტეგრაციის სახელმწიფო
            პროგრამა 2026'}, 'rule_set_id': '0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4e90', 'starts_on':
            datetime.date(2026, 1, 1), 'status': 'draft', 'stream': 'reintegration'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | Programme
    """

    return sync_detailed(
        client=client,
        body=body,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: ProgrammeInput,
    idempotency_key: str | Unset = UNSET,
) -> Response[Problem | Programme]:
    """Creates a programme.

     `rule_set_id` must name a rule set with a published version; the programme applies
    `rule_set_version` if given, else the latest published version.
    Administrators only. Answers `201` with the programme, its `Location` and `ETag`;
    a `code` another programme has is a `409` naming that programme.

    Args:
        idempotency_key (str | Unset):
        body (ProgrammeInput): A programme as a client sends it. Example:
            {'application_closes_on': datetime.date(2026, 10, 31), 'application_opens_on':
            datetime.date(2026, 2, 1), 'approval_threshold': {'amount': '3000.00', 'currency': 'GEL'},
            'budget': {'amount': '500000.00', 'currency': 'GEL'}, 'catalogue': [{'cap_per_household':
            None, 'cap_per_person': {'amount': '4000.00', 'currency': 'GEL'}, 'type':
            'micro_business'}, {'cap_per_household': {'amount': '1500.00', 'currency': 'GEL'},
            'cap_per_person': None, 'type': 'temporary_accommodation'}, {'type':
            'counselling_referral'}], 'code': 'REINT-2026', 'ends_on': datetime.date(2026, 12, 31),
            'name': {'en': 'State reintegration programme 2026', 'ka': 'რეინტეგრაციის სახელმწიფო
            პროგრამა 2026'}, 'rule_set_id': '0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4e90', 'starts_on':
            datetime.date(2026, 1, 1), 'status': 'draft', 'stream': 'reintegration'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | Programme]
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
    body: ProgrammeInput,
    idempotency_key: str | Unset = UNSET,
) -> Problem | Programme | None:
    """Creates a programme.

     `rule_set_id` must name a rule set with a published version; the programme applies
    `rule_set_version` if given, else the latest published version.
    Administrators only. Answers `201` with the programme, its `Location` and `ETag`;
    a `code` another programme has is a `409` naming that programme.

    Args:
        idempotency_key (str | Unset):
        body (ProgrammeInput): A programme as a client sends it. Example:
            {'application_closes_on': datetime.date(2026, 10, 31), 'application_opens_on':
            datetime.date(2026, 2, 1), 'approval_threshold': {'amount': '3000.00', 'currency': 'GEL'},
            'budget': {'amount': '500000.00', 'currency': 'GEL'}, 'catalogue': [{'cap_per_household':
            None, 'cap_per_person': {'amount': '4000.00', 'currency': 'GEL'}, 'type':
            'micro_business'}, {'cap_per_household': {'amount': '1500.00', 'currency': 'GEL'},
            'cap_per_person': None, 'type': 'temporary_accommodation'}, {'type':
            'counselling_referral'}], 'code': 'REINT-2026', 'ends_on': datetime.date(2026, 12, 31),
            'name': {'en': 'State reintegration programme 2026', 'ka': 'რეინტეგრაციის სახელმწიფო
            პროგრამა 2026'}, 'rule_set_id': '0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4e90', 'starts_on':
            datetime.date(2026, 1, 1), 'status': 'draft', 'stream': 'reintegration'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | Programme
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            idempotency_key=idempotency_key,
        )
    ).parsed
