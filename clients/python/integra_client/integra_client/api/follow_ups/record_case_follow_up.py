from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.follow_up import FollowUp
from ...models.follow_up_input import FollowUpInput
from ...models.problem import Problem
from ...models.written import Written
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: UUID,
    *,
    body: FollowUpInput,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/cases/{id}/follow-ups".format(
            id=quote(str(id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> FollowUp | Written | Problem | None:
    if response.status_code == 201:

        def _parse_response_201(data: object) -> FollowUp | Written:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_follow_up_answer_type_0 = FollowUp.from_dict(data)

                return componentsschemas_follow_up_answer_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_follow_up_answer_type_1 = Written.from_dict(data)

            return componentsschemas_follow_up_answer_type_1

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
) -> Response[FollowUp | Written | Problem]:
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
    body: FollowUpInput,
    idempotency_key: str | Unset = UNSET,
) -> Response[FollowUp | Written | Problem]:
    """Records the 3-, 6- or 12-month follow-up of a case, scoring it.

     Only on a case in `assisting`, `monitoring` or `closed` (409 `case_status`);
    one per point per case (409 `duplicate_follow_up`). Due dates count from the
    first delivery of assistance on the case (its registration date until then).
    For case workers of the case's organisation and administrators. `conducted_on` may
    not be in the future, and `answers` needs at least one known indicator with a value
    on its scale (`422` otherwise); the scores per dimension are computed from them.

    Args:
        id (UUID):
        idempotency_key (str | Unset):
        body (FollowUpInput): A follow-up as a case worker records it. Example: {'answers':
            {'economic_satisfaction': 4, 'housing': 3, 'income_source': True, 'support_network': 5,
            'wish_to_stay': True}, 'conducted_on': datetime.date(2026, 5, 15), 'point': 'month_3'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FollowUp | Written | Problem]
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
    body: FollowUpInput,
    idempotency_key: str | Unset = UNSET,
) -> FollowUp | Written | Problem | None:
    """Records the 3-, 6- or 12-month follow-up of a case, scoring it.

     Only on a case in `assisting`, `monitoring` or `closed` (409 `case_status`);
    one per point per case (409 `duplicate_follow_up`). Due dates count from the
    first delivery of assistance on the case (its registration date until then).
    For case workers of the case's organisation and administrators. `conducted_on` may
    not be in the future, and `answers` needs at least one known indicator with a value
    on its scale (`422` otherwise); the scores per dimension are computed from them.

    Args:
        id (UUID):
        idempotency_key (str | Unset):
        body (FollowUpInput): A follow-up as a case worker records it. Example: {'answers':
            {'economic_satisfaction': 4, 'housing': 3, 'income_source': True, 'support_network': 5,
            'wish_to_stay': True}, 'conducted_on': datetime.date(2026, 5, 15), 'point': 'month_3'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FollowUp | Written | Problem
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
    body: FollowUpInput,
    idempotency_key: str | Unset = UNSET,
) -> Response[FollowUp | Written | Problem]:
    """Records the 3-, 6- or 12-month follow-up of a case, scoring it.

     Only on a case in `assisting`, `monitoring` or `closed` (409 `case_status`);
    one per point per case (409 `duplicate_follow_up`). Due dates count from the
    first delivery of assistance on the case (its registration date until then).
    For case workers of the case's organisation and administrators. `conducted_on` may
    not be in the future, and `answers` needs at least one known indicator with a value
    on its scale (`422` otherwise); the scores per dimension are computed from them.

    Args:
        id (UUID):
        idempotency_key (str | Unset):
        body (FollowUpInput): A follow-up as a case worker records it. Example: {'answers':
            {'economic_satisfaction': 4, 'housing': 3, 'income_source': True, 'support_network': 5,
            'wish_to_stay': True}, 'conducted_on': datetime.date(2026, 5, 15), 'point': 'month_3'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FollowUp | Written | Problem]
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
    body: FollowUpInput,
    idempotency_key: str | Unset = UNSET,
) -> FollowUp | Written | Problem | None:
    """Records the 3-, 6- or 12-month follow-up of a case, scoring it.

     Only on a case in `assisting`, `monitoring` or `closed` (409 `case_status`);
    one per point per case (409 `duplicate_follow_up`). Due dates count from the
    first delivery of assistance on the case (its registration date until then).
    For case workers of the case's organisation and administrators. `conducted_on` may
    not be in the future, and `answers` needs at least one known indicator with a value
    on its scale (`422` otherwise); the scores per dimension are computed from them.

    Args:
        id (UUID):
        idempotency_key (str | Unset):
        body (FollowUpInput): A follow-up as a case worker records it. Example: {'answers':
            {'economic_satisfaction': 4, 'housing': 3, 'income_source': True, 'support_network': 5,
            'wish_to_stay': True}, 'conducted_on': datetime.date(2026, 5, 15), 'point': 'month_3'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FollowUp | Written | Problem
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
            idempotency_key=idempotency_key,
        )
    ).parsed
