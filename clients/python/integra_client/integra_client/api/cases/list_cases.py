from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.case_page import CasePage
from ...models.case_status import CaseStatus
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    status: CaseStatus | Unset = UNSET,
    programme_id: UUID | Unset = UNSET,
    person_id: UUID | Unset = UNSET,
    assigned_to: UUID | Unset = UNSET,
    overdue: bool | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status.value

    params["status"] = json_status

    json_programme_id: str | Unset = UNSET
    if not isinstance(programme_id, Unset):
        json_programme_id = str(programme_id)
    params["programme_id"] = json_programme_id

    json_person_id: str | Unset = UNSET
    if not isinstance(person_id, Unset):
        json_person_id = str(person_id)
    params["person_id"] = json_person_id

    json_assigned_to: str | Unset = UNSET
    if not isinstance(assigned_to, Unset):
        json_assigned_to = str(assigned_to)
    params["assigned_to"] = json_assigned_to

    params["overdue"] = overdue

    params["limit"] = limit

    params["cursor"] = cursor

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/cases",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> CasePage | Problem | None:
    if response.status_code == 200:
        response_200 = CasePage.from_dict(response.json())

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[CasePage | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    status: CaseStatus | Unset = UNSET,
    programme_id: UUID | Unset = UNSET,
    person_id: UUID | Unset = UNSET,
    assigned_to: UUID | Unset = UNSET,
    overdue: bool | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> Response[CasePage | Problem]:
    """Lists the cases the caller may see, oldest first.

     A case worker sees their organisation's cases, an administrator every case. Returns
    one page filtered by `status`, `programme_id`, `person_id`, `assigned_to` and
    `overdue` (plan past its due date), with cursor paging (`limit`, `cursor`); each case
    carries its latest assessment in brief, and every case listed is an audited read.

    Args:
        status (CaseStatus | Unset): Where a case is in its life cycle.
        programme_id (UUID | Unset):
        person_id (UUID | Unset):
        assigned_to (UUID | Unset):
        overdue (bool | Unset):
        limit (int | Unset):
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CasePage | Problem]
    """

    kwargs = _get_kwargs(
        status=status,
        programme_id=programme_id,
        person_id=person_id,
        assigned_to=assigned_to,
        overdue=overdue,
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
    status: CaseStatus | Unset = UNSET,
    programme_id: UUID | Unset = UNSET,
    person_id: UUID | Unset = UNSET,
    assigned_to: UUID | Unset = UNSET,
    overdue: bool | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> CasePage | Problem | None:
    """Lists the cases the caller may see, oldest first.

     A case worker sees their organisation's cases, an administrator every case. Returns
    one page filtered by `status`, `programme_id`, `person_id`, `assigned_to` and
    `overdue` (plan past its due date), with cursor paging (`limit`, `cursor`); each case
    carries its latest assessment in brief, and every case listed is an audited read.

    Args:
        status (CaseStatus | Unset): Where a case is in its life cycle.
        programme_id (UUID | Unset):
        person_id (UUID | Unset):
        assigned_to (UUID | Unset):
        overdue (bool | Unset):
        limit (int | Unset):
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CasePage | Problem
    """

    return sync_detailed(
        client=client,
        status=status,
        programme_id=programme_id,
        person_id=person_id,
        assigned_to=assigned_to,
        overdue=overdue,
        limit=limit,
        cursor=cursor,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    status: CaseStatus | Unset = UNSET,
    programme_id: UUID | Unset = UNSET,
    person_id: UUID | Unset = UNSET,
    assigned_to: UUID | Unset = UNSET,
    overdue: bool | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> Response[CasePage | Problem]:
    """Lists the cases the caller may see, oldest first.

     A case worker sees their organisation's cases, an administrator every case. Returns
    one page filtered by `status`, `programme_id`, `person_id`, `assigned_to` and
    `overdue` (plan past its due date), with cursor paging (`limit`, `cursor`); each case
    carries its latest assessment in brief, and every case listed is an audited read.

    Args:
        status (CaseStatus | Unset): Where a case is in its life cycle.
        programme_id (UUID | Unset):
        person_id (UUID | Unset):
        assigned_to (UUID | Unset):
        overdue (bool | Unset):
        limit (int | Unset):
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CasePage | Problem]
    """

    kwargs = _get_kwargs(
        status=status,
        programme_id=programme_id,
        person_id=person_id,
        assigned_to=assigned_to,
        overdue=overdue,
        limit=limit,
        cursor=cursor,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    status: CaseStatus | Unset = UNSET,
    programme_id: UUID | Unset = UNSET,
    person_id: UUID | Unset = UNSET,
    assigned_to: UUID | Unset = UNSET,
    overdue: bool | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> CasePage | Problem | None:
    """Lists the cases the caller may see, oldest first.

     A case worker sees their organisation's cases, an administrator every case. Returns
    one page filtered by `status`, `programme_id`, `person_id`, `assigned_to` and
    `overdue` (plan past its due date), with cursor paging (`limit`, `cursor`); each case
    carries its latest assessment in brief, and every case listed is an audited read.

    Args:
        status (CaseStatus | Unset): Where a case is in its life cycle.
        programme_id (UUID | Unset):
        person_id (UUID | Unset):
        assigned_to (UUID | Unset):
        overdue (bool | Unset):
        limit (int | Unset):
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CasePage | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            status=status,
            programme_id=programme_id,
            person_id=person_id,
            assigned_to=assigned_to,
            overdue=overdue,
            limit=limit,
            cursor=cursor,
        )
    ).parsed
