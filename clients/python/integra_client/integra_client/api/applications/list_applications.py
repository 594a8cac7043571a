from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.application_page import ApplicationPage
from ...models.application_status import ApplicationStatus
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    jobseeker_id: UUID | Unset = UNSET,
    person_id: UUID | Unset = UNSET,
    scheme_id: UUID | Unset = UNSET,
    status: ApplicationStatus | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_jobseeker_id: str | Unset = UNSET
    if not isinstance(jobseeker_id, Unset):
        json_jobseeker_id = str(jobseeker_id)
    params["jobseeker_id"] = json_jobseeker_id

    json_person_id: str | Unset = UNSET
    if not isinstance(person_id, Unset):
        json_person_id = str(person_id)
    params["person_id"] = json_person_id

    json_scheme_id: str | Unset = UNSET
    if not isinstance(scheme_id, Unset):
        json_scheme_id = str(scheme_id)
    params["scheme_id"] = json_scheme_id

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status.value

    params["status"] = json_status

    params["limit"] = limit

    params["cursor"] = cursor

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/applications",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApplicationPage | Problem | None:
    if response.status_code == 200:
        response_200 = ApplicationPage.from_dict(response.json())

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
) -> Response[ApplicationPage | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    jobseeker_id: UUID | Unset = UNSET,
    person_id: UUID | Unset = UNSET,
    scheme_id: UUID | Unset = UNSET,
    status: ApplicationStatus | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> Response[ApplicationPage | Problem]:
    """Lists applications in the order recorded, with filters and cursor paging.

     Filters by `jobseeker_id`, `person_id`, `scheme_id` and `status` (all given must
    match); pages with `limit` (1 to 500, 50 when absent) and `cursor`. For
    administrators, case workers and employment counsellors, over every organisation's
    applications. Every application listed is recorded as a read in the audit log.

    Args:
        jobseeker_id (UUID | Unset):
        person_id (UUID | Unset):
        scheme_id (UUID | Unset):
        status (ApplicationStatus | Unset): Where an application is.
        limit (int | Unset):
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApplicationPage | Problem]
    """

    kwargs = _get_kwargs(
        jobseeker_id=jobseeker_id,
        person_id=person_id,
        scheme_id=scheme_id,
        status=status,
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
    jobseeker_id: UUID | Unset = UNSET,
    person_id: UUID | Unset = UNSET,
    scheme_id: UUID | Unset = UNSET,
    status: ApplicationStatus | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> ApplicationPage | Problem | None:
    """Lists applications in the order recorded, with filters and cursor paging.

     Filters by `jobseeker_id`, `person_id`, `scheme_id` and `status` (all given must
    match); pages with `limit` (1 to 500, 50 when absent) and `cursor`. For
    administrators, case workers and employment counsellors, over every organisation's
    applications. Every application listed is recorded as a read in the audit log.

    Args:
        jobseeker_id (UUID | Unset):
        person_id (UUID | Unset):
        scheme_id (UUID | Unset):
        status (ApplicationStatus | Unset): Where an application is.
        limit (int | Unset):
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApplicationPage | Problem
    """

    return sync_detailed(
        client=client,
        jobseeker_id=jobseeker_id,
        person_id=person_id,
        scheme_id=scheme_id,
        status=status,
        limit=limit,
        cursor=cursor,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    jobseeker_id: UUID | Unset = UNSET,
    person_id: UUID | Unset = UNSET,
    scheme_id: UUID | Unset = UNSET,
    status: ApplicationStatus | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> Response[ApplicationPage | Problem]:
    """Lists applications in the order recorded, with filters and cursor paging.

     Filters by `jobseeker_id`, `person_id`, `scheme_id` and `status` (all given must
    match); pages with `limit` (1 to 500, 50 when absent) and `cursor`. For
    administrators, case workers and employment counsellors, over every organisation's
    applications. Every application listed is recorded as a read in the audit log.

    Args:
        jobseeker_id (UUID | Unset):
        person_id (UUID | Unset):
        scheme_id (UUID | Unset):
        status (ApplicationStatus | Unset): Where an application is.
        limit (int | Unset):
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApplicationPage | Problem]
    """

    kwargs = _get_kwargs(
        jobseeker_id=jobseeker_id,
        person_id=person_id,
        scheme_id=scheme_id,
        status=status,
        limit=limit,
        cursor=cursor,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    jobseeker_id: UUID | Unset = UNSET,
    person_id: UUID | Unset = UNSET,
    scheme_id: UUID | Unset = UNSET,
    status: ApplicationStatus | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> ApplicationPage | Problem | None:
    """Lists applications in the order recorded, with filters and cursor paging.

     Filters by `jobseeker_id`, `person_id`, `scheme_id` and `status` (all given must
    match); pages with `limit` (1 to 500, 50 when absent) and `cursor`. For
    administrators, case workers and employment counsellors, over every organisation's
    applications. Every application listed is recorded as a read in the audit log.

    Args:
        jobseeker_id (UUID | Unset):
        person_id (UUID | Unset):
        scheme_id (UUID | Unset):
        status (ApplicationStatus | Unset): Where an application is.
        limit (int | Unset):
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApplicationPage | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            jobseeker_id=jobseeker_id,
            person_id=person_id,
            scheme_id=scheme_id,
            status=status,
            limit=limit,
            cursor=cursor,
        )
    ).parsed
