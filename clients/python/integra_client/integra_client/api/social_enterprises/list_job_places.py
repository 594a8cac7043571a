import datetime
from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.employment_term import EmploymentTerm
from ...models.job_place_page import JobPlacePage
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: UUID,
    *,
    term: EmploymentTerm | Unset = UNSET,
    from_: datetime.date | Unset = UNSET,
    to: datetime.date | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_term: str | Unset = UNSET
    if not isinstance(term, Unset):
        json_term = term.value

    params["term"] = json_term

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
        "url": "/api/v1/social-enterprises/{id}/job-places".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> JobPlacePage | Problem | None:
    if response.status_code == 200:
        response_200 = JobPlacePage.from_dict(response.json())

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
) -> Response[JobPlacePage | Problem]:
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
    term: EmploymentTerm | Unset = UNSET,
    from_: datetime.date | Unset = UNSET,
    to: datetime.date | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> Response[JobPlacePage | Problem]:
    """Lists a social enterprise's job places recorded by the caller's organisation.

     Records come in the order recorded (every organisation's for administrators), filtered
    by `term` and creation date (`from`, `to`) and paged with `cursor`/`limit`. For case
    workers and employment counsellors. Job places are counts, not personal data: listing
    them is not recorded in the audit log.

    Args:
        id (UUID):
        term (EmploymentTerm | Unset): The term of a job (a placement, or a job place a social
            enterprise created).
        from_ (datetime.date | Unset):
        to (datetime.date | Unset):
        limit (int | Unset):
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[JobPlacePage | Problem]
    """

    kwargs = _get_kwargs(
        id=id,
        term=term,
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
    id: UUID,
    *,
    client: AuthenticatedClient,
    term: EmploymentTerm | Unset = UNSET,
    from_: datetime.date | Unset = UNSET,
    to: datetime.date | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> JobPlacePage | Problem | None:
    """Lists a social enterprise's job places recorded by the caller's organisation.

     Records come in the order recorded (every organisation's for administrators), filtered
    by `term` and creation date (`from`, `to`) and paged with `cursor`/`limit`. For case
    workers and employment counsellors. Job places are counts, not personal data: listing
    them is not recorded in the audit log.

    Args:
        id (UUID):
        term (EmploymentTerm | Unset): The term of a job (a placement, or a job place a social
            enterprise created).
        from_ (datetime.date | Unset):
        to (datetime.date | Unset):
        limit (int | Unset):
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        JobPlacePage | Problem
    """

    return sync_detailed(
        id=id,
        client=client,
        term=term,
        from_=from_,
        to=to,
        limit=limit,
        cursor=cursor,
    ).parsed


async def asyncio_detailed(
    id: UUID,
    *,
    client: AuthenticatedClient,
    term: EmploymentTerm | Unset = UNSET,
    from_: datetime.date | Unset = UNSET,
    to: datetime.date | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> Response[JobPlacePage | Problem]:
    """Lists a social enterprise's job places recorded by the caller's organisation.

     Records come in the order recorded (every organisation's for administrators), filtered
    by `term` and creation date (`from`, `to`) and paged with `cursor`/`limit`. For case
    workers and employment counsellors. Job places are counts, not personal data: listing
    them is not recorded in the audit log.

    Args:
        id (UUID):
        term (EmploymentTerm | Unset): The term of a job (a placement, or a job place a social
            enterprise created).
        from_ (datetime.date | Unset):
        to (datetime.date | Unset):
        limit (int | Unset):
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[JobPlacePage | Problem]
    """

    kwargs = _get_kwargs(
        id=id,
        term=term,
        from_=from_,
        to=to,
        limit=limit,
        cursor=cursor,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: UUID,
    *,
    client: AuthenticatedClient,
    term: EmploymentTerm | Unset = UNSET,
    from_: datetime.date | Unset = UNSET,
    to: datetime.date | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> JobPlacePage | Problem | None:
    """Lists a social enterprise's job places recorded by the caller's organisation.

     Records come in the order recorded (every organisation's for administrators), filtered
    by `term` and creation date (`from`, `to`) and paged with `cursor`/`limit`. For case
    workers and employment counsellors. Job places are counts, not personal data: listing
    them is not recorded in the audit log.

    Args:
        id (UUID):
        term (EmploymentTerm | Unset): The term of a job (a placement, or a job place a social
            enterprise created).
        from_ (datetime.date | Unset):
        to (datetime.date | Unset):
        limit (int | Unset):
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        JobPlacePage | Problem
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            term=term,
            from_=from_,
            to=to,
            limit=limit,
            cursor=cursor,
        )
    ).parsed
