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
from ...types import Response


def _get_kwargs(
    id: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/referrals/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> FullReferralView | PartnerReferralView | Problem | None:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> FullReferralView | PartnerReferralView:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_referral_view_type_0 = FullReferralView.from_dict(data)

                return componentsschemas_referral_view_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_referral_view_type_1 = PartnerReferralView.from_dict(data)

            return componentsschemas_referral_view_type_1

        response_200 = _parse_response_200(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Problem.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = Problem.from_dict(response.json())

        return response_404

    if response.status_code == 503:
        response_503 = Problem.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[FullReferralView | PartnerReferralView | Problem]:
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
) -> Response[FullReferralView | PartnerReferralView | Problem]:
    """Reads a referral: the full record, or the limited view for its partner.

     The referring agency (case workers of the organisation it was sent from, and
    administrators) gets the full record; the partner it is addressed to gets the limited
    view, with the person's name and phone only while it is `sent` or `accepted`. Any
    other referral is a `404`. The read is recorded in the audit log; the `ETag` is for
    `If-Match`.

    Args:
        id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FullReferralView | PartnerReferralView | Problem]
    """

    kwargs = _get_kwargs(
        id=id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: UUID,
    *,
    client: AuthenticatedClient,
) -> FullReferralView | PartnerReferralView | Problem | None:
    """Reads a referral: the full record, or the limited view for its partner.

     The referring agency (case workers of the organisation it was sent from, and
    administrators) gets the full record; the partner it is addressed to gets the limited
    view, with the person's name and phone only while it is `sent` or `accepted`. Any
    other referral is a `404`. The read is recorded in the audit log; the `ETag` is for
    `If-Match`.

    Args:
        id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FullReferralView | PartnerReferralView | Problem
    """

    return sync_detailed(
        id=id,
        client=client,
    ).parsed


async def asyncio_detailed(
    id: UUID,
    *,
    client: AuthenticatedClient,
) -> Response[FullReferralView | PartnerReferralView | Problem]:
    """Reads a referral: the full record, or the limited view for its partner.

     The referring agency (case workers of the organisation it was sent from, and
    administrators) gets the full record; the partner it is addressed to gets the limited
    view, with the person's name and phone only while it is `sent` or `accepted`. Any
    other referral is a `404`. The read is recorded in the audit log; the `ETag` is for
    `If-Match`.

    Args:
        id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FullReferralView | PartnerReferralView | Problem]
    """

    kwargs = _get_kwargs(
        id=id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: UUID,
    *,
    client: AuthenticatedClient,
) -> FullReferralView | PartnerReferralView | Problem | None:
    """Reads a referral: the full record, or the limited view for its partner.

     The referring agency (case workers of the organisation it was sent from, and
    administrators) gets the full record; the partner it is addressed to gets the limited
    view, with the person's name and phone only while it is `sent` or `accepted`. Any
    other referral is a `404`. The read is recorded in the audit log; the `ETag` is for
    `If-Match`.

    Args:
        id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FullReferralView | PartnerReferralView | Problem
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
        )
    ).parsed
