from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.vacancy import Vacancy
from ...models.vacancy_input import VacancyInput
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: VacancyInput,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/vacancies",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Problem | Vacancy | None:
    if response.status_code == 201:
        response_201 = Vacancy.from_dict(response.json())

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Problem | Vacancy]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: VacancyInput,
    idempotency_key: str | Unset = UNSET,
) -> Response[Problem | Vacancy]:
    """Records a vacancy, at home or abroad under a scheme.

     A vacancy abroad takes its scheme's destination as its country, and the scheme's
    conditions apply to its candidates; a vacancy at home is in `GE`, under no scheme.

    For case workers and employment counsellors (and administrators). `requirements` is a
    rule-set document of the eligibility engine: required rules are hard requirements. An
    unknown `employer_organisation_id` or `scheme_id` is a `422` `not_found`.

    Args:
        idempotency_key (str | Unset):
        body (VacancyInput): A vacancy as a client sends it. Example: {'deadline':
            datetime.date(2027, 3, 31), 'employer_organisation_id':
            '0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4f30', 'kind': 'abroad', 'occupation': '5322', 'places':
            3, 'requirements': {'rules': [{'condition': {'fact': 'experience_months', 'op': 'ge',
            'value': 12}, 'id': 'experienced', 'name': {'en': 'A year of experience', 'ka': 'ერთი წლის
            გამოცდილება'}, 'reasons': {'failed': {'en': 'Has less than a year of experience.', 'ka':
            'არ აქვს.'}, 'not_evaluable': {'en': 'Experience not known.', 'ka': 'უცნობია.'}, 'passed':
            {'en': 'Has a year of experience.', 'ka': 'აქვს.'}}, 'required': False}]}, 'scheme_id':
            '00000000-0000-7000-8000-000000000402', 'status': 'open', 'title': 'Live-in caregiver,
            Haifa'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | Vacancy]
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
    body: VacancyInput,
    idempotency_key: str | Unset = UNSET,
) -> Problem | Vacancy | None:
    """Records a vacancy, at home or abroad under a scheme.

     A vacancy abroad takes its scheme's destination as its country, and the scheme's
    conditions apply to its candidates; a vacancy at home is in `GE`, under no scheme.

    For case workers and employment counsellors (and administrators). `requirements` is a
    rule-set document of the eligibility engine: required rules are hard requirements. An
    unknown `employer_organisation_id` or `scheme_id` is a `422` `not_found`.

    Args:
        idempotency_key (str | Unset):
        body (VacancyInput): A vacancy as a client sends it. Example: {'deadline':
            datetime.date(2027, 3, 31), 'employer_organisation_id':
            '0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4f30', 'kind': 'abroad', 'occupation': '5322', 'places':
            3, 'requirements': {'rules': [{'condition': {'fact': 'experience_months', 'op': 'ge',
            'value': 12}, 'id': 'experienced', 'name': {'en': 'A year of experience', 'ka': 'ერთი წლის
            გამოცდილება'}, 'reasons': {'failed': {'en': 'Has less than a year of experience.', 'ka':
            'არ აქვს.'}, 'not_evaluable': {'en': 'Experience not known.', 'ka': 'უცნობია.'}, 'passed':
            {'en': 'Has a year of experience.', 'ka': 'აქვს.'}}, 'required': False}]}, 'scheme_id':
            '00000000-0000-7000-8000-000000000402', 'status': 'open', 'title': 'Live-in caregiver,
            Haifa'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | Vacancy
    """

    return sync_detailed(
        client=client,
        body=body,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: VacancyInput,
    idempotency_key: str | Unset = UNSET,
) -> Response[Problem | Vacancy]:
    """Records a vacancy, at home or abroad under a scheme.

     A vacancy abroad takes its scheme's destination as its country, and the scheme's
    conditions apply to its candidates; a vacancy at home is in `GE`, under no scheme.

    For case workers and employment counsellors (and administrators). `requirements` is a
    rule-set document of the eligibility engine: required rules are hard requirements. An
    unknown `employer_organisation_id` or `scheme_id` is a `422` `not_found`.

    Args:
        idempotency_key (str | Unset):
        body (VacancyInput): A vacancy as a client sends it. Example: {'deadline':
            datetime.date(2027, 3, 31), 'employer_organisation_id':
            '0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4f30', 'kind': 'abroad', 'occupation': '5322', 'places':
            3, 'requirements': {'rules': [{'condition': {'fact': 'experience_months', 'op': 'ge',
            'value': 12}, 'id': 'experienced', 'name': {'en': 'A year of experience', 'ka': 'ერთი წლის
            გამოცდილება'}, 'reasons': {'failed': {'en': 'Has less than a year of experience.', 'ka':
            'არ აქვს.'}, 'not_evaluable': {'en': 'Experience not known.', 'ka': 'უცნობია.'}, 'passed':
            {'en': 'Has a year of experience.', 'ka': 'აქვს.'}}, 'required': False}]}, 'scheme_id':
            '00000000-0000-7000-8000-000000000402', 'status': 'open', 'title': 'Live-in caregiver,
            Haifa'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | Vacancy]
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
    body: VacancyInput,
    idempotency_key: str | Unset = UNSET,
) -> Problem | Vacancy | None:
    """Records a vacancy, at home or abroad under a scheme.

     A vacancy abroad takes its scheme's destination as its country, and the scheme's
    conditions apply to its candidates; a vacancy at home is in `GE`, under no scheme.

    For case workers and employment counsellors (and administrators). `requirements` is a
    rule-set document of the eligibility engine: required rules are hard requirements. An
    unknown `employer_organisation_id` or `scheme_id` is a `422` `not_found`.

    Args:
        idempotency_key (str | Unset):
        body (VacancyInput): A vacancy as a client sends it. Example: {'deadline':
            datetime.date(2027, 3, 31), 'employer_organisation_id':
            '0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4f30', 'kind': 'abroad', 'occupation': '5322', 'places':
            3, 'requirements': {'rules': [{'condition': {'fact': 'experience_months', 'op': 'ge',
            'value': 12}, 'id': 'experienced', 'name': {'en': 'A year of experience', 'ka': 'ერთი წლის
            გამოცდილება'}, 'reasons': {'failed': {'en': 'Has less than a year of experience.', 'ka':
            'არ აქვს.'}, 'not_evaluable': {'en': 'Experience not known.', 'ka': 'უცნობია.'}, 'passed':
            {'en': 'Has a year of experience.', 'ka': 'აქვს.'}}, 'required': False}]}, 'scheme_id':
            '00000000-0000-7000-8000-000000000402', 'status': 'open', 'title': 'Live-in caregiver,
            Haifa'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | Vacancy
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            idempotency_key=idempotency_key,
        )
    ).parsed
