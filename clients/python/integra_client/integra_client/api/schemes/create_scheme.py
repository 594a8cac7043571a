from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.scheme import Scheme
from ...models.scheme_input import SchemeInput
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: SchemeInput,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/schemes",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Problem | Scheme | None:
    if response.status_code == 201:
        response_201 = Scheme.from_dict(response.json())

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Problem | Scheme]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: SchemeInput,
    idempotency_key: str | Unset = UNSET,
) -> Response[Problem | Scheme]:
    """Creates a labour migration scheme (administrators).

     Its conditions are a published version of a rule set (the latest when
    `rule_set_version` is absent): an unknown rule set, one without a published version,
    or a version not published is a `422`. The destination is a country other than `GE`;
    an unknown `partner_organisation_id` is a `422` `not_found`.

    Args:
        idempotency_key (str | Unset):
        body (SchemeInput): A scheme as a client sends it. Example: {'applications_open_from':
            None, 'applications_open_until': None, 'destination_country': 'IL', 'max_stay_days': 365,
            'name': {'en': 'Caregivers, Israel', 'ka': 'მომვლელები, ისრაელი'},
            'partner_organisation_id': None, 'quota_per_year': 1000, 'rule_set_id':
            '00000000-0000-7000-8000-000000000302', 'rule_set_version': None, 'seasonal': False,
            'sector': 'care', 'status': 'open'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | Scheme]
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
    body: SchemeInput,
    idempotency_key: str | Unset = UNSET,
) -> Problem | Scheme | None:
    """Creates a labour migration scheme (administrators).

     Its conditions are a published version of a rule set (the latest when
    `rule_set_version` is absent): an unknown rule set, one without a published version,
    or a version not published is a `422`. The destination is a country other than `GE`;
    an unknown `partner_organisation_id` is a `422` `not_found`.

    Args:
        idempotency_key (str | Unset):
        body (SchemeInput): A scheme as a client sends it. Example: {'applications_open_from':
            None, 'applications_open_until': None, 'destination_country': 'IL', 'max_stay_days': 365,
            'name': {'en': 'Caregivers, Israel', 'ka': 'მომვლელები, ისრაელი'},
            'partner_organisation_id': None, 'quota_per_year': 1000, 'rule_set_id':
            '00000000-0000-7000-8000-000000000302', 'rule_set_version': None, 'seasonal': False,
            'sector': 'care', 'status': 'open'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | Scheme
    """

    return sync_detailed(
        client=client,
        body=body,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: SchemeInput,
    idempotency_key: str | Unset = UNSET,
) -> Response[Problem | Scheme]:
    """Creates a labour migration scheme (administrators).

     Its conditions are a published version of a rule set (the latest when
    `rule_set_version` is absent): an unknown rule set, one without a published version,
    or a version not published is a `422`. The destination is a country other than `GE`;
    an unknown `partner_organisation_id` is a `422` `not_found`.

    Args:
        idempotency_key (str | Unset):
        body (SchemeInput): A scheme as a client sends it. Example: {'applications_open_from':
            None, 'applications_open_until': None, 'destination_country': 'IL', 'max_stay_days': 365,
            'name': {'en': 'Caregivers, Israel', 'ka': 'მომვლელები, ისრაელი'},
            'partner_organisation_id': None, 'quota_per_year': 1000, 'rule_set_id':
            '00000000-0000-7000-8000-000000000302', 'rule_set_version': None, 'seasonal': False,
            'sector': 'care', 'status': 'open'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | Scheme]
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
    body: SchemeInput,
    idempotency_key: str | Unset = UNSET,
) -> Problem | Scheme | None:
    """Creates a labour migration scheme (administrators).

     Its conditions are a published version of a rule set (the latest when
    `rule_set_version` is absent): an unknown rule set, one without a published version,
    or a version not published is a `422`. The destination is a country other than `GE`;
    an unknown `partner_organisation_id` is a `422` `not_found`.

    Args:
        idempotency_key (str | Unset):
        body (SchemeInput): A scheme as a client sends it. Example: {'applications_open_from':
            None, 'applications_open_until': None, 'destination_country': 'IL', 'max_stay_days': 365,
            'name': {'en': 'Caregivers, Israel', 'ka': 'მომვლელები, ისრაელი'},
            'partner_organisation_id': None, 'quota_per_year': 1000, 'rule_set_id':
            '00000000-0000-7000-8000-000000000302', 'rule_set_version': None, 'seasonal': False,
            'sector': 'care', 'status': 'open'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | Scheme
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            idempotency_key=idempotency_key,
        )
    ).parsed
