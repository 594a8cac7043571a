from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.eligibility_answer import EligibilityAnswer
from ...models.eligibility_request import EligibilityRequest
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: EligibilityRequest,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/eligibility/check",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> EligibilityAnswer | Problem | None:
    if response.status_code == 200:
        response_200 = EligibilityAnswer.from_dict(response.json())

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
) -> Response[EligibilityAnswer | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: EligibilityRequest,
    idempotency_key: str | Unset = UNSET,
) -> Response[EligibilityAnswer | Problem]:
    """Checks eligibility as a dry run, storing no assessment.

     By person: the registry's facts (citizenship, residence status, date of birth,
    stays abroad, grants delivered by the programme) on the date `on`. By facts: the
    facts given, against the programme's rules or a published rule set version.
    Answers `eligible`, the rule set version applied and every rule's outcome, reason
    and facts. For administrators, case workers and employment counsellors; a check of
    a person is audited as a read of that person, and an unknown programme or person is
    a `422`.

    Args:
        idempotency_key (str | Unset):
        body (EligibilityRequest): What to check: a person of the registry in a programme
            (`programme_id`, `person_id`,
            `on`), or given `facts` against a programme's rules or a published rule set version.
            Example: {'on': datetime.date(2026, 1, 31), 'person_id':
            '0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4e5f', 'programme_id':
            '0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4e80'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EligibilityAnswer | Problem]
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
    body: EligibilityRequest,
    idempotency_key: str | Unset = UNSET,
) -> EligibilityAnswer | Problem | None:
    """Checks eligibility as a dry run, storing no assessment.

     By person: the registry's facts (citizenship, residence status, date of birth,
    stays abroad, grants delivered by the programme) on the date `on`. By facts: the
    facts given, against the programme's rules or a published rule set version.
    Answers `eligible`, the rule set version applied and every rule's outcome, reason
    and facts. For administrators, case workers and employment counsellors; a check of
    a person is audited as a read of that person, and an unknown programme or person is
    a `422`.

    Args:
        idempotency_key (str | Unset):
        body (EligibilityRequest): What to check: a person of the registry in a programme
            (`programme_id`, `person_id`,
            `on`), or given `facts` against a programme's rules or a published rule set version.
            Example: {'on': datetime.date(2026, 1, 31), 'person_id':
            '0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4e5f', 'programme_id':
            '0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4e80'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EligibilityAnswer | Problem
    """

    return sync_detailed(
        client=client,
        body=body,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: EligibilityRequest,
    idempotency_key: str | Unset = UNSET,
) -> Response[EligibilityAnswer | Problem]:
    """Checks eligibility as a dry run, storing no assessment.

     By person: the registry's facts (citizenship, residence status, date of birth,
    stays abroad, grants delivered by the programme) on the date `on`. By facts: the
    facts given, against the programme's rules or a published rule set version.
    Answers `eligible`, the rule set version applied and every rule's outcome, reason
    and facts. For administrators, case workers and employment counsellors; a check of
    a person is audited as a read of that person, and an unknown programme or person is
    a `422`.

    Args:
        idempotency_key (str | Unset):
        body (EligibilityRequest): What to check: a person of the registry in a programme
            (`programme_id`, `person_id`,
            `on`), or given `facts` against a programme's rules or a published rule set version.
            Example: {'on': datetime.date(2026, 1, 31), 'person_id':
            '0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4e5f', 'programme_id':
            '0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4e80'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EligibilityAnswer | Problem]
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
    body: EligibilityRequest,
    idempotency_key: str | Unset = UNSET,
) -> EligibilityAnswer | Problem | None:
    """Checks eligibility as a dry run, storing no assessment.

     By person: the registry's facts (citizenship, residence status, date of birth,
    stays abroad, grants delivered by the programme) on the date `on`. By facts: the
    facts given, against the programme's rules or a published rule set version.
    Answers `eligible`, the rule set version applied and every rule's outcome, reason
    and facts. For administrators, case workers and employment counsellors; a check of
    a person is audited as a read of that person, and an unknown programme or person is
    a `422`.

    Args:
        idempotency_key (str | Unset):
        body (EligibilityRequest): What to check: a person of the registry in a programme
            (`programme_id`, `person_id`,
            `on`), or given `facts` against a programme's rules or a published rule set version.
            Example: {'on': datetime.date(2026, 1, 31), 'person_id':
            '0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4e5f', 'programme_id':
            '0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4e80'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EligibilityAnswer | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            idempotency_key=idempotency_key,
        )
    ).parsed
