from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.organisation_kind import OrganisationKind
from ...models.organisation_page import OrganisationPage
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    kind: OrganisationKind | Unset = UNSET,
    active: bool | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_kind: str | Unset = UNSET
    if not isinstance(kind, Unset):
        json_kind = kind.value

    params["kind"] = json_kind

    params["active"] = active

    params["limit"] = limit

    params["cursor"] = cursor

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/organisations",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> OrganisationPage | Problem | None:
    if response.status_code == 200:
        response_200 = OrganisationPage.from_dict(response.json())

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
) -> Response[OrganisationPage | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    kind: OrganisationKind | Unset = UNSET,
    active: bool | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> Response[OrganisationPage | Problem]:
    """Lists organisations, oldest first.

     Returns one page, optionally filtered by `kind` and `active`, with cursor paging
    (`limit`, `cursor`). Open to administrators, case workers and employment counsellors
    (to pick a partner or an employer, say); reads are not audited.

    Args:
        kind (OrganisationKind | Unset): What kind of body an organisation is.
        active (bool | Unset):
        limit (int | Unset):
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OrganisationPage | Problem]
    """

    kwargs = _get_kwargs(
        kind=kind,
        active=active,
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
    kind: OrganisationKind | Unset = UNSET,
    active: bool | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> OrganisationPage | Problem | None:
    """Lists organisations, oldest first.

     Returns one page, optionally filtered by `kind` and `active`, with cursor paging
    (`limit`, `cursor`). Open to administrators, case workers and employment counsellors
    (to pick a partner or an employer, say); reads are not audited.

    Args:
        kind (OrganisationKind | Unset): What kind of body an organisation is.
        active (bool | Unset):
        limit (int | Unset):
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OrganisationPage | Problem
    """

    return sync_detailed(
        client=client,
        kind=kind,
        active=active,
        limit=limit,
        cursor=cursor,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    kind: OrganisationKind | Unset = UNSET,
    active: bool | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> Response[OrganisationPage | Problem]:
    """Lists organisations, oldest first.

     Returns one page, optionally filtered by `kind` and `active`, with cursor paging
    (`limit`, `cursor`). Open to administrators, case workers and employment counsellors
    (to pick a partner or an employer, say); reads are not audited.

    Args:
        kind (OrganisationKind | Unset): What kind of body an organisation is.
        active (bool | Unset):
        limit (int | Unset):
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OrganisationPage | Problem]
    """

    kwargs = _get_kwargs(
        kind=kind,
        active=active,
        limit=limit,
        cursor=cursor,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    kind: OrganisationKind | Unset = UNSET,
    active: bool | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> OrganisationPage | Problem | None:
    """Lists organisations, oldest first.

     Returns one page, optionally filtered by `kind` and `active`, with cursor paging
    (`limit`, `cursor`). Open to administrators, case workers and employment counsellors
    (to pick a partner or an employer, say); reads are not audited.

    Args:
        kind (OrganisationKind | Unset): What kind of body an organisation is.
        active (bool | Unset):
        limit (int | Unset):
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OrganisationPage | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            kind=kind,
            active=active,
            limit=limit,
            cursor=cursor,
        )
    ).parsed
