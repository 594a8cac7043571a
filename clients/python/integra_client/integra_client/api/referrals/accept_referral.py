from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.full_referral_view import FullReferralView
from ...models.partner_referral_view import PartnerReferralView
from ...models.problem import Problem
from ...models.referral_action_input import ReferralActionInput
from ...models.written import Written
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: UUID,
    *,
    body: ReferralActionInput,
    if_match: str | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(if_match, Unset):
        headers["If-Match"] = if_match

    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/referrals/{id}/accept".format(
            id=quote(str(id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> FullReferralView | PartnerReferralView | Written | Problem | None:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> FullReferralView | PartnerReferralView | Written:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_referral_view_type_0 = FullReferralView.from_dict(data)

                return componentsschemas_referral_view_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_referral_view_type_1 = PartnerReferralView.from_dict(data)

                return componentsschemas_referral_view_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_referral_view_answer_type_1 = Written.from_dict(data)

            return componentsschemas_referral_view_answer_type_1

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

    if response.status_code == 412:
        response_412 = Problem.from_dict(response.json())

        return response_412

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
) -> Response[FullReferralView | PartnerReferralView | Written | Problem]:
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
    body: ReferralActionInput,
    if_match: str | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
) -> Response[FullReferralView | PartnerReferralView | Written | Problem]:
    """Accepts a referral addressed to the caller's organisation.

     For the partner it is addressed to. Only a `sent` referral can be accepted: another
    status is a `409` `illegal_action` listing the `allowed` actions. A `reason` is
    optional and an `outcome` is refused (`422`); an `If-Match` that is not the current
    version is a `412`. The answer is the referral as the caller sees it (the limited
    view for the partner).

    Args:
        id (UUID):
        if_match (str | Unset):
        idempotency_key (str | Unset):
        body (ReferralActionInput): The body of a referral action. Example: {'outcome': 'Eight
            counselling sessions attended', 'reason': None}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FullReferralView | PartnerReferralView | Written | Problem]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
        if_match=if_match,
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
    body: ReferralActionInput,
    if_match: str | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
) -> FullReferralView | PartnerReferralView | Written | Problem | None:
    """Accepts a referral addressed to the caller's organisation.

     For the partner it is addressed to. Only a `sent` referral can be accepted: another
    status is a `409` `illegal_action` listing the `allowed` actions. A `reason` is
    optional and an `outcome` is refused (`422`); an `If-Match` that is not the current
    version is a `412`. The answer is the referral as the caller sees it (the limited
    view for the partner).

    Args:
        id (UUID):
        if_match (str | Unset):
        idempotency_key (str | Unset):
        body (ReferralActionInput): The body of a referral action. Example: {'outcome': 'Eight
            counselling sessions attended', 'reason': None}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FullReferralView | PartnerReferralView | Written | Problem
    """

    return sync_detailed(
        id=id,
        client=client,
        body=body,
        if_match=if_match,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    id: UUID,
    *,
    client: AuthenticatedClient,
    body: ReferralActionInput,
    if_match: str | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
) -> Response[FullReferralView | PartnerReferralView | Written | Problem]:
    """Accepts a referral addressed to the caller's organisation.

     For the partner it is addressed to. Only a `sent` referral can be accepted: another
    status is a `409` `illegal_action` listing the `allowed` actions. A `reason` is
    optional and an `outcome` is refused (`422`); an `If-Match` that is not the current
    version is a `412`. The answer is the referral as the caller sees it (the limited
    view for the partner).

    Args:
        id (UUID):
        if_match (str | Unset):
        idempotency_key (str | Unset):
        body (ReferralActionInput): The body of a referral action. Example: {'outcome': 'Eight
            counselling sessions attended', 'reason': None}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FullReferralView | PartnerReferralView | Written | Problem]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
        if_match=if_match,
        idempotency_key=idempotency_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: UUID,
    *,
    client: AuthenticatedClient,
    body: ReferralActionInput,
    if_match: str | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
) -> FullReferralView | PartnerReferralView | Written | Problem | None:
    """Accepts a referral addressed to the caller's organisation.

     For the partner it is addressed to. Only a `sent` referral can be accepted: another
    status is a `409` `illegal_action` listing the `allowed` actions. A `reason` is
    optional and an `outcome` is refused (`422`); an `If-Match` that is not the current
    version is a `412`. The answer is the referral as the caller sees it (the limited
    view for the partner).

    Args:
        id (UUID):
        if_match (str | Unset):
        idempotency_key (str | Unset):
        body (ReferralActionInput): The body of a referral action. Example: {'outcome': 'Eight
            counselling sessions attended', 'reason': None}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FullReferralView | PartnerReferralView | Written | Problem
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
            if_match=if_match,
            idempotency_key=idempotency_key,
        )
    ).parsed
