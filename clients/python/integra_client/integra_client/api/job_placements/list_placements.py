import datetime
from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.employment_term import EmploymentTerm
from ...models.placement_location import PlacementLocation
from ...models.placement_page import PlacementPage
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    person_id: UUID | Unset = UNSET,
    from_: datetime.date | Unset = UNSET,
    to: datetime.date | Unset = UNSET,
    location: PlacementLocation | Unset = UNSET,
    term: EmploymentTerm | Unset = UNSET,
    programme_id: UUID | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_person_id: str | Unset = UNSET
    if not isinstance(person_id, Unset):
        json_person_id = str(person_id)
    params["person_id"] = json_person_id

    json_from_: str | Unset = UNSET
    if not isinstance(from_, Unset):
        json_from_ = from_.isoformat()
    params["from"] = json_from_

    json_to: str | Unset = UNSET
    if not isinstance(to, Unset):
        json_to = to.isoformat()
    params["to"] = json_to

    json_location: str | Unset = UNSET
    if not isinstance(location, Unset):
        json_location = location.value

    params["location"] = json_location

    json_term: str | Unset = UNSET
    if not isinstance(term, Unset):
        json_term = term.value

    params["term"] = json_term

    json_programme_id: str | Unset = UNSET
    if not isinstance(programme_id, Unset):
        json_programme_id = str(programme_id)
    params["programme_id"] = json_programme_id

    params["limit"] = limit

    params["cursor"] = cursor

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/job-placements",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> PlacementPage | Problem | None:
    if response.status_code == 200:
        response_200 = PlacementPage.from_dict(response.json())

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
) -> Response[PlacementPage | Problem]:
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
    from_: datetime.date | Unset = UNSET,
    to: datetime.date | Unset = UNSET,
    location: PlacementLocation | Unset = UNSET,
    term: EmploymentTerm | Unset = UNSET,
    programme_id: UUID | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> Response[PlacementPage | Problem]:
    """Lists the job placements of the caller's organisation.

     Returns one page in the order recorded, filtered by `person_id`, start date (`from`,
    `to`), `location`, `term` and `programme_id`, with cursor paging (`limit`, `cursor`).
    For case workers and employment counsellors (administrators see every organisation's);
    every placement listed is recorded in the audit log as a read.

    Args:
        person_id (UUID | Unset):
        from_ (datetime.date | Unset):
        to (datetime.date | Unset):
        location (PlacementLocation | Unset): Where the job is.
        term (EmploymentTerm | Unset): The term of a job (a placement, or a job place a social
            enterprise created).
        programme_id (UUID | Unset):
        limit (int | Unset):
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PlacementPage | Problem]
    """

    kwargs = _get_kwargs(
        person_id=person_id,
        from_=from_,
        to=to,
        location=location,
        term=term,
        programme_id=programme_id,
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
    from_: datetime.date | Unset = UNSET,
    to: datetime.date | Unset = UNSET,
    location: PlacementLocation | Unset = UNSET,
    term: EmploymentTerm | Unset = UNSET,
    programme_id: UUID | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> PlacementPage | Problem | None:
    """Lists the job placements of the caller's organisation.

     Returns one page in the order recorded, filtered by `person_id`, start date (`from`,
    `to`), `location`, `term` and `programme_id`, with cursor paging (`limit`, `cursor`).
    For case workers and employment counsellors (administrators see every organisation's);
    every placement listed is recorded in the audit log as a read.

    Args:
        person_id (UUID | Unset):
        from_ (datetime.date | Unset):
        to (datetime.date | Unset):
        location (PlacementLocation | Unset): Where the job is.
        term (EmploymentTerm | Unset): The term of a job (a placement, or a job place a social
            enterprise created).
        programme_id (UUID | Unset):
        limit (int | Unset):
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PlacementPage | Problem
    """

    return sync_detailed(
        client=client,
        person_id=person_id,
        from_=from_,
        to=to,
        location=location,
        term=term,
        programme_id=programme_id,
        limit=limit,
        cursor=cursor,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    person_id: UUID | Unset = UNSET,
    from_: datetime.date | Unset = UNSET,
    to: datetime.date | Unset = UNSET,
    location: PlacementLocation | Unset = UNSET,
    term: EmploymentTerm | Unset = UNSET,
    programme_id: UUID | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> Response[PlacementPage | Problem]:
    """Lists the job placements of the caller's organisation.

     Returns one page in the order recorded, filtered by `person_id`, start date (`from`,
    `to`), `location`, `term` and `programme_id`, with cursor paging (`limit`, `cursor`).
    For case workers and employment counsellors (administrators see every organisation's);
    every placement listed is recorded in the audit log as a read.

    Args:
        person_id (UUID | Unset):
        from_ (datetime.date | Unset):
        to (datetime.date | Unset):
        location (PlacementLocation | Unset): Where the job is.
        term (EmploymentTerm | Unset): The term of a job (a placement, or a job place a social
            enterprise created).
        programme_id (UUID | Unset):
        limit (int | Unset):
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PlacementPage | Problem]
    """

    kwargs = _get_kwargs(
        person_id=person_id,
        from_=from_,
        to=to,
        location=location,
        term=term,
        programme_id=programme_id,
        limit=limit,
        cursor=cursor,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    person_id: UUID | Unset = UNSET,
    from_: datetime.date | Unset = UNSET,
    to: datetime.date | Unset = UNSET,
    location: PlacementLocation | Unset = UNSET,
    term: EmploymentTerm | Unset = UNSET,
    programme_id: UUID | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> PlacementPage | Problem | None:
    """Lists the job placements of the caller's organisation.

     Returns one page in the order recorded, filtered by `person_id`, start date (`from`,
    `to`), `location`, `term` and `programme_id`, with cursor paging (`limit`, `cursor`).
    For case workers and employment counsellors (administrators see every organisation's);
    every placement listed is recorded in the audit log as a read.

    Args:
        person_id (UUID | Unset):
        from_ (datetime.date | Unset):
        to (datetime.date | Unset):
        location (PlacementLocation | Unset): Where the job is.
        term (EmploymentTerm | Unset): The term of a job (a placement, or a job place a social
            enterprise created).
        programme_id (UUID | Unset):
        limit (int | Unset):
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PlacementPage | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            person_id=person_id,
            from_=from_,
            to=to,
            location=location,
            term=term,
            programme_id=programme_id,
            limit=limit,
            cursor=cursor,
        )
    ).parsed
