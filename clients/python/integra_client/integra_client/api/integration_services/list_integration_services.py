import datetime
from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.integration_service_page import IntegrationServicePage
from ...models.integration_service_type import IntegrationServiceType
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    person_id: UUID | Unset = UNSET,
    provider_organisation_id: UUID | Unset = UNSET,
    type_: IntegrationServiceType | Unset = UNSET,
    from_: datetime.date | Unset = UNSET,
    to: datetime.date | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_person_id: str | Unset = UNSET
    if not isinstance(person_id, Unset):
        json_person_id = str(person_id)
    params["person_id"] = json_person_id

    json_provider_organisation_id: str | Unset = UNSET
    if not isinstance(provider_organisation_id, Unset):
        json_provider_organisation_id = str(provider_organisation_id)
    params["provider_organisation_id"] = json_provider_organisation_id

    json_type_: str | Unset = UNSET
    if not isinstance(type_, Unset):
        json_type_ = type_.value

    params["type"] = json_type_

    json_from_: str | Unset = UNSET
    if not isinstance(from_, Unset):
        json_from_ = from_.isoformat()
    params["from"] = json_from_

    json_to: str | Unset = UNSET
    if not isinstance(to, Unset):
        json_to = to.isoformat()
    params["to"] = json_to

    params["limit"] = limit

    params["cursor"] = cursor

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/integration-services",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> IntegrationServicePage | Problem | None:
    if response.status_code == 200:
        response_200 = IntegrationServicePage.from_dict(response.json())

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
) -> Response[IntegrationServicePage | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    person_id: UUID | Unset = UNSET,
    provider_organisation_id: UUID | Unset = UNSET,
    type_: IntegrationServiceType | Unset = UNSET,
    from_: datetime.date | Unset = UNSET,
    to: datetime.date | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> Response[IntegrationServicePage | Problem]:
    """Lists the integration services of the caller's organisation.

     Returns one page in the order recorded, filtered by `person_id`,
    `provider_organisation_id`, `type` and start date (`from`, `to`), with cursor paging
    (`limit`, `cursor`). For case workers and employment counsellors (administrators see
    every organisation's); every service listed is recorded in the audit log as a read.

    Args:
        person_id (UUID | Unset):
        provider_organisation_id (UUID | Unset):
        type_ (IntegrationServiceType | Unset): What kind of integration service.
        from_ (datetime.date | Unset):
        to (datetime.date | Unset):
        limit (int | Unset):
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[IntegrationServicePage | Problem]
    """

    kwargs = _get_kwargs(
        person_id=person_id,
        provider_organisation_id=provider_organisation_id,
        type_=type_,
        from_=from_,
        to=to,
        limit=limit,
        cursor=cursor,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    person_id: UUID | Unset = UNSET,
    provider_organisation_id: UUID | Unset = UNSET,
    type_: IntegrationServiceType | Unset = UNSET,
    from_: datetime.date | Unset = UNSET,
    to: datetime.date | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> IntegrationServicePage | Problem | None:
    """Lists the integration services of the caller's organisation.

     Returns one page in the order recorded, filtered by `person_id`,
    `provider_organisation_id`, `type` and start date (`from`, `to`), with cursor paging
    (`limit`, `cursor`). For case workers and employment counsellors (administrators see
    every organisation's); every service listed is recorded in the audit log as a read.

    Args:
        person_id (UUID | Unset):
        provider_organisation_id (UUID | Unset):
        type_ (IntegrationServiceType | Unset): What kind of integration service.
        from_ (datetime.date | Unset):
        to (datetime.date | Unset):
        limit (int | Unset):
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        IntegrationServicePage | Problem
    """

    return sync_detailed(
        client=client,
        person_id=person_id,
        provider_organisation_id=provider_organisation_id,
        type_=type_,
        from_=from_,
        to=to,
        limit=limit,
        cursor=cursor,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    person_id: UUID | Unset = UNSET,
    provider_organisation_id: UUID | Unset = UNSET,
    type_: IntegrationServiceType | Unset = UNSET,
    from_: datetime.date | Unset = UNSET,
    to: datetime.date | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> Response[IntegrationServicePage | Problem]:
    """Lists the integration services of the caller's organisation.

     Returns one page in the order recorded, filtered by `person_id`,
    `provider_organisation_id`, `type` and start date (`from`, `to`), with cursor paging
    (`limit`, `cursor`). For case workers and employment counsellors (administrators see
    every organisation's); every service listed is recorded in the audit log as a read.

    Args:
        person_id (UUID | Unset):
        provider_organisation_id (UUID | Unset):
        type_ (IntegrationServiceType | Unset): What kind of integration service.
        from_ (datetime.date | Unset):
        to (datetime.date | Unset):
        limit (int | Unset):
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[IntegrationServicePage | Problem]
    """

    kwargs = _get_kwargs(
        person_id=person_id,
        provider_organisation_id=provider_organisation_id,
        type_=type_,
        from_=from_,
        to=to,
        limit=limit,
        cursor=cursor,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    person_id: UUID | Unset = UNSET,
    provider_organisation_id: UUID | Unset = UNSET,
    type_: IntegrationServiceType | Unset = UNSET,
    from_: datetime.date | Unset = UNSET,
    to: datetime.date | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> IntegrationServicePage | Problem | None:
    """Lists the integration services of the caller's organisation.

     Returns one page in the order recorded, filtered by `person_id`,
    `provider_organisation_id`, `type` and start date (`from`, `to`), with cursor paging
    (`limit`, `cursor`). For case workers and employment counsellors (administrators see
    every organisation's); every service listed is recorded in the audit log as a read.

    Args:
        person_id (UUID | Unset):
        provider_organisation_id (UUID | Unset):
        type_ (IntegrationServiceType | Unset): What kind of integration service.
        from_ (datetime.date | Unset):
        to (datetime.date | Unset):
        limit (int | Unset):
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        IntegrationServicePage | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            person_id=person_id,
            provider_organisation_id=provider_organisation_id,
            type_=type_,
            from_=from_,
            to=to,
            limit=limit,
            cursor=cursor,
        )
    ).parsed
