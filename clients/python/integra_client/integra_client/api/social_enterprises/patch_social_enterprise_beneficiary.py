from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.enrolment import Enrolment
from ...models.enrolment_patch import EnrolmentPatch
from ...models.problem import Problem
from ...models.written import Written
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: UUID,
    beneficiary_id: UUID,
    *,
    body: EnrolmentPatch,
    if_match: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(if_match, Unset):
        headers["If-Match"] = if_match

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/api/v1/social-enterprises/{id}/beneficiaries/{beneficiary_id}".format(
            id=quote(str(id), safe=""),
            beneficiary_id=quote(str(beneficiary_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/merge-patch+json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Enrolment | Written | Problem | None:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> Enrolment | Written:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_enrolment_answer_type_0 = Enrolment.from_dict(data)

                return componentsschemas_enrolment_answer_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_enrolment_answer_type_1 = Written.from_dict(data)

            return componentsschemas_enrolment_answer_type_1

        response_200 = _parse_response_200(response.json())

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
) -> Response[Enrolment | Written | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    id: UUID,
    beneficiary_id: UUID,
    *,
    client: AuthenticatedClient,
    body: EnrolmentPatch,
    if_match: str | Unset = UNSET,
) -> Response[Enrolment | Written | Problem]:
    """Changes a beneficiary's enrolment with a JSON merge patch (its completion, say).

     For case workers and employment counsellors, on their organisation's enrolments (any
    for administrators). Read-only fields (`id`, `organisation_id`, `version`, ...) may be
    sent only unchanged; dates may not be in the future nor `completed_on` before
    `started_on` (`422`). An erased person is a `409` `erased`, an `If-Match` that is not
    the current version a `412`, and a concurrent change without one a `409`.

    Args:
        id (UUID):
        beneficiary_id (UUID):
        if_match (str | Unset):
        body (EnrolmentPatch): A merge patch of a beneficiary's enrolment: any subset of its
            fields. Example: {'completed_on': datetime.date(2026, 6, 30)}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Enrolment | Written | Problem]
    """

    kwargs = _get_kwargs(
        id=id,
        beneficiary_id=beneficiary_id,
        body=body,
        if_match=if_match,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: UUID,
    beneficiary_id: UUID,
    *,
    client: AuthenticatedClient,
    body: EnrolmentPatch,
    if_match: str | Unset = UNSET,
) -> Enrolment | Written | Problem | None:
    """Changes a beneficiary's enrolment with a JSON merge patch (its completion, say).

     For case workers and employment counsellors, on their organisation's enrolments (any
    for administrators). Read-only fields (`id`, `organisation_id`, `version`, ...) may be
    sent only unchanged; dates may not be in the future nor `completed_on` before
    `started_on` (`422`). An erased person is a `409` `erased`, an `If-Match` that is not
    the current version a `412`, and a concurrent change without one a `409`.

    Args:
        id (UUID):
        beneficiary_id (UUID):
        if_match (str | Unset):
        body (EnrolmentPatch): A merge patch of a beneficiary's enrolment: any subset of its
            fields. Example: {'completed_on': datetime.date(2026, 6, 30)}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Enrolment | Written | Problem
    """

    return sync_detailed(
        id=id,
        beneficiary_id=beneficiary_id,
        client=client,
        body=body,
        if_match=if_match,
    ).parsed


async def asyncio_detailed(
    id: UUID,
    beneficiary_id: UUID,
    *,
    client: AuthenticatedClient,
    body: EnrolmentPatch,
    if_match: str | Unset = UNSET,
) -> Response[Enrolment | Written | Problem]:
    """Changes a beneficiary's enrolment with a JSON merge patch (its completion, say).

     For case workers and employment counsellors, on their organisation's enrolments (any
    for administrators). Read-only fields (`id`, `organisation_id`, `version`, ...) may be
    sent only unchanged; dates may not be in the future nor `completed_on` before
    `started_on` (`422`). An erased person is a `409` `erased`, an `If-Match` that is not
    the current version a `412`, and a concurrent change without one a `409`.

    Args:
        id (UUID):
        beneficiary_id (UUID):
        if_match (str | Unset):
        body (EnrolmentPatch): A merge patch of a beneficiary's enrolment: any subset of its
            fields. Example: {'completed_on': datetime.date(2026, 6, 30)}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Enrolment | Written | Problem]
    """

    kwargs = _get_kwargs(
        id=id,
        beneficiary_id=beneficiary_id,
        body=body,
        if_match=if_match,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: UUID,
    beneficiary_id: UUID,
    *,
    client: AuthenticatedClient,
    body: EnrolmentPatch,
    if_match: str | Unset = UNSET,
) -> Enrolment | Written | Problem | None:
    """Changes a beneficiary's enrolment with a JSON merge patch (its completion, say).

     For case workers and employment counsellors, on their organisation's enrolments (any
    for administrators). Read-only fields (`id`, `organisation_id`, `version`, ...) may be
    sent only unchanged; dates may not be in the future nor `completed_on` before
    `started_on` (`422`). An erased person is a `409` `erased`, an `If-Match` that is not
    the current version a `412`, and a concurrent change without one a `409`.

    Args:
        id (UUID):
        beneficiary_id (UUID):
        if_match (str | Unset):
        body (EnrolmentPatch): A merge patch of a beneficiary's enrolment: any subset of its
            fields. Example: {'completed_on': datetime.date(2026, 6, 30)}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Enrolment | Written | Problem
    """

    return (
        await asyncio_detailed(
            id=id,
            beneficiary_id=beneficiary_id,
            client=client,
            body=body,
            if_match=if_match,
        )
    ).parsed
