from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.referral import Referral
from ...models.referral_input import ReferralInput
from ...models.written import Written
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: ReferralInput,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/referrals",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | Referral | Written | None:
    if response.status_code == 201:

        def _parse_response_201(data: object) -> Referral | Written:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_referral_answer_type_0 = Referral.from_dict(data)

                return componentsschemas_referral_answer_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_referral_answer_type_1 = Written.from_dict(data)

            return componentsschemas_referral_answer_type_1

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
) -> Response[Problem | Referral | Written]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: ReferralInput,
    idempotency_key: str | Unset = UNSET,
) -> Response[Problem | Referral | Written]:
    """Refers a person to a partner organisation for a service.

     For case workers (and administrators); the referral is sent from the caller's
    organisation and starts `sent`. The person and the organisation must exist and the
    organisation be active, and a `case_id`, when given, must name a case of the caller's
    organisation for that person (`422` otherwise). The answer is the referral, and giving
    it is recorded as a read.

    Args:
        idempotency_key (str | Unset):
        body (ReferralInput): A referral as a case worker sends it. Example: {'case_id':
            '0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4ea0', 'note': 'Asked for counselling in Georgian;
            mornings only', 'organisation_id': '0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4f10', 'person_id':
            '0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4e5f', 'service': 'psychosocial'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | Referral | Written]
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
    body: ReferralInput,
    idempotency_key: str | Unset = UNSET,
) -> Problem | Referral | Written | None:
    """Refers a person to a partner organisation for a service.

     For case workers (and administrators); the referral is sent from the caller's
    organisation and starts `sent`. The person and the organisation must exist and the
    organisation be active, and a `case_id`, when given, must name a case of the caller's
    organisation for that person (`422` otherwise). The answer is the referral, and giving
    it is recorded as a read.

    Args:
        idempotency_key (str | Unset):
        body (ReferralInput): A referral as a case worker sends it. Example: {'case_id':
            '0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4ea0', 'note': 'Asked for counselling in Georgian;
            mornings only', 'organisation_id': '0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4f10', 'person_id':
            '0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4e5f', 'service': 'psychosocial'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | Referral | Written
    """

    return sync_detailed(
        client=client,
        body=body,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: ReferralInput,
    idempotency_key: str | Unset = UNSET,
) -> Response[Problem | Referral | Written]:
    """Refers a person to a partner organisation for a service.

     For case workers (and administrators); the referral is sent from the caller's
    organisation and starts `sent`. The person and the organisation must exist and the
    organisation be active, and a `case_id`, when given, must name a case of the caller's
    organisation for that person (`422` otherwise). The answer is the referral, and giving
    it is recorded as a read.

    Args:
        idempotency_key (str | Unset):
        body (ReferralInput): A referral as a case worker sends it. Example: {'case_id':
            '0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4ea0', 'note': 'Asked for counselling in Georgian;
            mornings only', 'organisation_id': '0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4f10', 'person_id':
            '0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4e5f', 'service': 'psychosocial'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | Referral | Written]
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
    body: ReferralInput,
    idempotency_key: str | Unset = UNSET,
) -> Problem | Referral | Written | None:
    """Refers a person to a partner organisation for a service.

     For case workers (and administrators); the referral is sent from the caller's
    organisation and starts `sent`. The person and the organisation must exist and the
    organisation be active, and a `case_id`, when given, must name a case of the caller's
    organisation for that person (`422` otherwise). The answer is the referral, and giving
    it is recorded as a read.

    Args:
        idempotency_key (str | Unset):
        body (ReferralInput): A referral as a case worker sends it. Example: {'case_id':
            '0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4ea0', 'note': 'Asked for counselling in Georgian;
            mornings only', 'organisation_id': '0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4f10', 'person_id':
            '0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4e5f', 'service': 'psychosocial'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | Referral | Written
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            idempotency_key=idempotency_key,
        )
    ).parsed
