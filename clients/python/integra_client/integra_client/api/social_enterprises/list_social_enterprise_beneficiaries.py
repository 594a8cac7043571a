import datetime
from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.enrolment_page import EnrolmentPage
from ...models.enrolment_programme import EnrolmentProgramme
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: UUID,
    *,
    person_id: UUID | Unset = UNSET,
    programme: EnrolmentProgramme | Unset = UNSET,
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

    json_programme: str | Unset = UNSET
    if not isinstance(programme, Unset):
        json_programme = programme.value

    params["programme"] = json_programme

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
        "url": "/api/v1/social-enterprises/{id}/beneficiaries".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> EnrolmentPage | Problem | None:
    if response.status_code == 200:
        response_200 = EnrolmentPage.from_dict(response.json())

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
) -> Response[EnrolmentPage | Problem]:
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
    person_id: UUID | Unset = UNSET,
    programme: EnrolmentProgramme | Unset = UNSET,
    from_: datetime.date | Unset = UNSET,
    to: datetime.date | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> Response[EnrolmentPage | Problem]:
    """Lists a social enterprise's beneficiaries enrolled by the caller's organisation.

     Enrolments come in the order recorded (every organisation's for administrators),
    filtered by `person_id`, `programme` and start date (`from`, `to`) and paged with
    `cursor`/`limit`. For case workers and employment counsellors; every enrolment listed
    is recorded in the audit log as a read.

    Args:
        id (UUID):
        person_id (UUID | Unset):
        programme (EnrolmentProgramme | Unset): What a beneficiary is enrolled in at a social
            enterprise.
        from_ (datetime.date | Unset):
        to (datetime.date | Unset):
        limit (int | Unset):
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EnrolmentPage | Problem]
    """

    kwargs = _get_kwargs(
        id=id,
        person_id=person_id,
        programme=programme,
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
    person_id: UUID | Unset = UNSET,
    programme: EnrolmentProgramme | Unset = UNSET,
    from_: datetime.date | Unset = UNSET,
    to: datetime.date | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> EnrolmentPage | Problem | None:
    """Lists a social enterprise's beneficiaries enrolled by the caller's organisation.

     Enrolments come in the order recorded (every organisation's for administrators),
    filtered by `person_id`, `programme` and start date (`from`, `to`) and paged with
    `cursor`/`limit`. For case workers and employment counsellors; every enrolment listed
    is recorded in the audit log as a read.

    Args:
        id (UUID):
        person_id (UUID | Unset):
        programme (EnrolmentProgramme | Unset): What a beneficiary is enrolled in at a social
            enterprise.
        from_ (datetime.date | Unset):
        to (datetime.date | Unset):
        limit (int | Unset):
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EnrolmentPage | Problem
    """

    return sync_detailed(
        id=id,
        client=client,
        person_id=person_id,
        programme=programme,
        from_=from_,
        to=to,
        limit=limit,
        cursor=cursor,
    ).parsed


async def asyncio_detailed(
    id: UUID,
    *,
    client: AuthenticatedClient,
    person_id: UUID | Unset = UNSET,
    programme: EnrolmentProgramme | Unset = UNSET,
    from_: datetime.date | Unset = UNSET,
    to: datetime.date | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> Response[EnrolmentPage | Problem]:
    """Lists a social enterprise's beneficiaries enrolled by the caller's organisation.

     Enrolments come in the order recorded (every organisation's for administrators),
    filtered by `person_id`, `programme` and start date (`from`, `to`) and paged with
    `cursor`/`limit`. For case workers and employment counsellors; every enrolment listed
    is recorded in the audit log as a read.

    Args:
        id (UUID):
        person_id (UUID | Unset):
        programme (EnrolmentProgramme | Unset): What a beneficiary is enrolled in at a social
            enterprise.
        from_ (datetime.date | Unset):
        to (datetime.date | Unset):
        limit (int | Unset):
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EnrolmentPage | Problem]
    """

    kwargs = _get_kwargs(
        id=id,
        person_id=person_id,
        programme=programme,
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
    person_id: UUID | Unset = UNSET,
    programme: EnrolmentProgramme | Unset = UNSET,
    from_: datetime.date | Unset = UNSET,
    to: datetime.date | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> EnrolmentPage | Problem | None:
    """Lists a social enterprise's beneficiaries enrolled by the caller's organisation.

     Enrolments come in the order recorded (every organisation's for administrators),
    filtered by `person_id`, `programme` and start date (`from`, `to`) and paged with
    `cursor`/`limit`. For case workers and employment counsellors; every enrolment listed
    is recorded in the audit log as a read.

    Args:
        id (UUID):
        person_id (UUID | Unset):
        programme (EnrolmentProgramme | Unset): What a beneficiary is enrolled in at a social
            enterprise.
        from_ (datetime.date | Unset):
        to (datetime.date | Unset):
        limit (int | Unset):
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EnrolmentPage | Problem
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            person_id=person_id,
            programme=programme,
            from_=from_,
            to=to,
            limit=limit,
            cursor=cursor,
        )
    ).parsed
