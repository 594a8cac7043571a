from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.overstay_page import OverstayPage
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    scheme_id: UUID | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_scheme_id: str | Unset = UNSET
    if not isinstance(scheme_id, Unset):
        json_scheme_id = str(scheme_id)
    params["scheme_id"] = json_scheme_id

    params["limit"] = limit

    params["cursor"] = cursor

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/applications/overstays",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> OverstayPage | Problem | None:
    if response.status_code == 200:
        response_200 = OverstayPage.from_dict(response.json())

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
) -> Response[OverstayPage | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    scheme_id: UUID | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> Response[OverstayPage | Problem]:
    """Lists the applications past their term abroad today.

     Those returned after `due_back_on` and those still abroad after it, by `due_back_on`
    then id, each with `days_over` and `still_abroad`; `scheme_id` keeps one scheme's, and
    `limit` and `cursor` page. For administrators, case workers and employment
    counsellors; every application listed is recorded as a read in the audit log.

    Args:
        scheme_id (UUID | Unset):
        limit (int | Unset):
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OverstayPage | Problem]
    """

    kwargs = _get_kwargs(
        scheme_id=scheme_id,
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
    scheme_id: UUID | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> OverstayPage | Problem | None:
    """Lists the applications past their term abroad today.

     Those returned after `due_back_on` and those still abroad after it, by `due_back_on`
    then id, each with `days_over` and `still_abroad`; `scheme_id` keeps one scheme's, and
    `limit` and `cursor` page. For administrators, case workers and employment
    counsellors; every application listed is recorded as a read in the audit log.

    Args:
        scheme_id (UUID | Unset):
        limit (int | Unset):
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OverstayPage | Problem
    """

    return sync_detailed(
        client=client,
        scheme_id=scheme_id,
        limit=limit,
        cursor=cursor,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    scheme_id: UUID | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> Response[OverstayPage | Problem]:
    """Lists the applications past their term abroad today.

     Those returned after `due_back_on` and those still abroad after it, by `due_back_on`
    then id, each with `days_over` and `still_abroad`; `scheme_id` keeps one scheme's, and
    `limit` and `cursor` page. For administrators, case workers and employment
    counsellors; every application listed is recorded as a read in the audit log.

    Args:
        scheme_id (UUID | Unset):
        limit (int | Unset):
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OverstayPage | Problem]
    """

    kwargs = _get_kwargs(
        scheme_id=scheme_id,
        limit=limit,
        cursor=cursor,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    scheme_id: UUID | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> OverstayPage | Problem | None:
    """Lists the applications past their term abroad today.

     Those returned after `due_back_on` and those still abroad after it, by `due_back_on`
    then id, each with `days_over` and `still_abroad`; `scheme_id` keeps one scheme's, and
    `limit` and `cursor` page. For administrators, case workers and employment
    counsellors; every application listed is recorded as a read in the audit log.

    Args:
        scheme_id (UUID | Unset):
        limit (int | Unset):
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OverstayPage | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            scheme_id=scheme_id,
            limit=limit,
            cursor=cursor,
        )
    ).parsed
