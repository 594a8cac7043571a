from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.assistance_input import AssistanceInput
from ...models.assistance_with_history import AssistanceWithHistory
from ...models.problem import Problem
from ...models.written import Written
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: UUID,
    *,
    body: AssistanceInput,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/cases/{id}/assistance".format(
            id=quote(str(id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AssistanceWithHistory | Written | Problem | None:
    if response.status_code == 201:

        def _parse_response_201(data: object) -> AssistanceWithHistory | Written:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_assistance_answer_type_0 = AssistanceWithHistory.from_dict(data)

                return componentsschemas_assistance_answer_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_assistance_answer_type_1 = Written.from_dict(data)

            return componentsschemas_assistance_answer_type_1

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
) -> Response[AssistanceWithHistory | Written | Problem]:
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
    body: AssistanceInput,
    idempotency_key: str | Unset = UNSET,
) -> Response[AssistanceWithHistory | Written | Problem]:
    """Proposes an assistance item on a case.

     Only on a case in `planning` or `assisting` (`counselling_referral` also on
    `not_eligible`); the type must be in the programme's catalogue; the amount
    must fit the caps per person and per household (409 `cap_per_person` /
    `cap_per_household` with the room left). Caps count the approved and
    delivered items of the type in the programme whose beneficiary is the
    case's person (co-beneficiaries are persons involved: an item does not count
    against their own caps), and per household those recorded for the person's
    household.

    For case workers (on their organisation's cases) and administrators. A correction
    names a delivered item of the same case and type in `corrects_id` and carries the
    difference as its `amount`; co-beneficiaries and a provider that do not exist are a
    `422`.

    Args:
        id (UUID):
        idempotency_key (str | Unset):
        body (AssistanceInput): An assistance item as a case worker proposes it. Example:
            {'amount': {'amount': '3500.00', 'currency': 'GEL'}, 'co_beneficiary_ids':
            ['0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4e61'], 'corrects_id': None, 'description': 'Two dairy
            cows and a milk cooler', 'in_kind': True, 'provider_organisation_id': None, 'type':
            'micro_business'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AssistanceWithHistory | Written | Problem]
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
    body: AssistanceInput,
    idempotency_key: str | Unset = UNSET,
) -> AssistanceWithHistory | Written | Problem | None:
    """Proposes an assistance item on a case.

     Only on a case in `planning` or `assisting` (`counselling_referral` also on
    `not_eligible`); the type must be in the programme's catalogue; the amount
    must fit the caps per person and per household (409 `cap_per_person` /
    `cap_per_household` with the room left). Caps count the approved and
    delivered items of the type in the programme whose beneficiary is the
    case's person (co-beneficiaries are persons involved: an item does not count
    against their own caps), and per household those recorded for the person's
    household.

    For case workers (on their organisation's cases) and administrators. A correction
    names a delivered item of the same case and type in `corrects_id` and carries the
    difference as its `amount`; co-beneficiaries and a provider that do not exist are a
    `422`.

    Args:
        id (UUID):
        idempotency_key (str | Unset):
        body (AssistanceInput): An assistance item as a case worker proposes it. Example:
            {'amount': {'amount': '3500.00', 'currency': 'GEL'}, 'co_beneficiary_ids':
            ['0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4e61'], 'corrects_id': None, 'description': 'Two dairy
            cows and a milk cooler', 'in_kind': True, 'provider_organisation_id': None, 'type':
            'micro_business'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AssistanceWithHistory | Written | Problem
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
    body: AssistanceInput,
    idempotency_key: str | Unset = UNSET,
) -> Response[AssistanceWithHistory | Written | Problem]:
    """Proposes an assistance item on a case.

     Only on a case in `planning` or `assisting` (`counselling_referral` also on
    `not_eligible`); the type must be in the programme's catalogue; the amount
    must fit the caps per person and per household (409 `cap_per_person` /
    `cap_per_household` with the room left). Caps count the approved and
    delivered items of the type in the programme whose beneficiary is the
    case's person (co-beneficiaries are persons involved: an item does not count
    against their own caps), and per household those recorded for the person's
    household.

    For case workers (on their organisation's cases) and administrators. A correction
    names a delivered item of the same case and type in `corrects_id` and carries the
    difference as its `amount`; co-beneficiaries and a provider that do not exist are a
    `422`.

    Args:
        id (UUID):
        idempotency_key (str | Unset):
        body (AssistanceInput): An assistance item as a case worker proposes it. Example:
            {'amount': {'amount': '3500.00', 'currency': 'GEL'}, 'co_beneficiary_ids':
            ['0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4e61'], 'corrects_id': None, 'description': 'Two dairy
            cows and a milk cooler', 'in_kind': True, 'provider_organisation_id': None, 'type':
            'micro_business'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AssistanceWithHistory | Written | Problem]
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
    body: AssistanceInput,
    idempotency_key: str | Unset = UNSET,
) -> AssistanceWithHistory | Written | Problem | None:
    """Proposes an assistance item on a case.

     Only on a case in `planning` or `assisting` (`counselling_referral` also on
    `not_eligible`); the type must be in the programme's catalogue; the amount
    must fit the caps per person and per household (409 `cap_per_person` /
    `cap_per_household` with the room left). Caps count the approved and
    delivered items of the type in the programme whose beneficiary is the
    case's person (co-beneficiaries are persons involved: an item does not count
    against their own caps), and per household those recorded for the person's
    household.

    For case workers (on their organisation's cases) and administrators. A correction
    names a delivered item of the same case and type in `corrects_id` and carries the
    difference as its `amount`; co-beneficiaries and a provider that do not exist are a
    `422`.

    Args:
        id (UUID):
        idempotency_key (str | Unset):
        body (AssistanceInput): An assistance item as a case worker proposes it. Example:
            {'amount': {'amount': '3500.00', 'currency': 'GEL'}, 'co_beneficiary_ids':
            ['0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4e61'], 'corrects_id': None, 'description': 'Two dairy
            cows and a milk cooler', 'in_kind': True, 'provider_organisation_id': None, 'type':
            'micro_business'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AssistanceWithHistory | Written | Problem
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
            idempotency_key=idempotency_key,
        )
    ).parsed
