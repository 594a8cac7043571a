from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.partners_input import PartnersInput
from ...models.problem import Problem
from ...models.social_enterprise_partners import SocialEnterprisePartners
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: UUID,
    *,
    body: PartnersInput,
    if_match: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(if_match, Unset):
        headers["If-Match"] = if_match

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/api/v1/social-enterprises/{id}/partners".format(
            id=quote(str(id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | SocialEnterprisePartners | None:
    if response.status_code == 200:
        response_200 = SocialEnterprisePartners.from_dict(response.json())

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
) -> Response[Problem | SocialEnterprisePartners]:
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
    body: PartnersInput,
    if_match: str | Unset = UNSET,
) -> Response[Problem | SocialEnterprisePartners]:
    """Sets the implementing partners of a social enterprise (the whole set).

     For administrators. `partner_ids` replaces the set: at most 100 existing
    organisations, each named once and never the enterprise itself (`422` otherwise); an
    organisation of another kind than `social_enterprise` is a `422`
    `not_a_social_enterprise`. An `If-Match` that is not the set's current version is a
    `412`; a concurrent change without one is a `409` `concurrent_update`.

    Args:
        id (UUID):
        if_match (str | Unset):
        body (PartnersInput): The implementing partners of a social enterprise, as an
            administrator sets
            them (the whole set at once). Example: {'partner_ids':
            ['0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4e90']}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | SocialEnterprisePartners]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
        if_match=if_match,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: UUID,
    *,
    client: AuthenticatedClient,
    body: PartnersInput,
    if_match: str | Unset = UNSET,
) -> Problem | SocialEnterprisePartners | None:
    """Sets the implementing partners of a social enterprise (the whole set).

     For administrators. `partner_ids` replaces the set: at most 100 existing
    organisations, each named once and never the enterprise itself (`422` otherwise); an
    organisation of another kind than `social_enterprise` is a `422`
    `not_a_social_enterprise`. An `If-Match` that is not the set's current version is a
    `412`; a concurrent change without one is a `409` `concurrent_update`.

    Args:
        id (UUID):
        if_match (str | Unset):
        body (PartnersInput): The implementing partners of a social enterprise, as an
            administrator sets
            them (the whole set at once). Example: {'partner_ids':
            ['0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4e90']}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | SocialEnterprisePartners
    """

    return sync_detailed(
        id=id,
        client=client,
        body=body,
        if_match=if_match,
    ).parsed


async def asyncio_detailed(
    id: UUID,
    *,
    client: AuthenticatedClient,
    body: PartnersInput,
    if_match: str | Unset = UNSET,
) -> Response[Problem | SocialEnterprisePartners]:
    """Sets the implementing partners of a social enterprise (the whole set).

     For administrators. `partner_ids` replaces the set: at most 100 existing
    organisations, each named once and never the enterprise itself (`422` otherwise); an
    organisation of another kind than `social_enterprise` is a `422`
    `not_a_social_enterprise`. An `If-Match` that is not the set's current version is a
    `412`; a concurrent change without one is a `409` `concurrent_update`.

    Args:
        id (UUID):
        if_match (str | Unset):
        body (PartnersInput): The implementing partners of a social enterprise, as an
            administrator sets
            them (the whole set at once). Example: {'partner_ids':
            ['0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4e90']}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | SocialEnterprisePartners]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
        if_match=if_match,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: UUID,
    *,
    client: AuthenticatedClient,
    body: PartnersInput,
    if_match: str | Unset = UNSET,
) -> Problem | SocialEnterprisePartners | None:
    """Sets the implementing partners of a social enterprise (the whole set).

     For administrators. `partner_ids` replaces the set: at most 100 existing
    organisations, each named once and never the enterprise itself (`422` otherwise); an
    organisation of another kind than `social_enterprise` is a `422`
    `not_a_social_enterprise`. An `If-Match` that is not the set's current version is a
    `412`; a concurrent change without one is a `409` `concurrent_update`.

    Args:
        id (UUID):
        if_match (str | Unset):
        body (PartnersInput): The implementing partners of a social enterprise, as an
            administrator sets
            them (the whole set at once). Example: {'partner_ids':
            ['0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4e90']}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | SocialEnterprisePartners
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
            if_match=if_match,
        )
    ).parsed
