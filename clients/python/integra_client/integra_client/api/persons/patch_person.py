from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.person import Person
from ...models.person_patch import PersonPatch
from ...models.problem import Problem
from ...models.written import Written
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: UUID,
    *,
    body: PersonPatch,
    if_match: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(if_match, Unset):
        headers["If-Match"] = if_match

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/api/v1/persons/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/merge-patch+json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Person | Written | Problem | None:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> Person | Written:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_person_answer_type_0 = Person.from_dict(data)

                return componentsschemas_person_answer_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_person_answer_type_1 = Written.from_dict(data)

            return componentsschemas_person_answer_type_1

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
) -> Response[Person | Written | Problem]:
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
    body: PersonPatch,
    if_match: str | Unset = UNSET,
) -> Response[Person | Written | Problem]:
    """Changes a person with a JSON merge patch (RFC 7386).

     Fields set to `null` are cleared; `external_ids`, when given, replaces the list.
    Read-only fields (`id`, `version`, `household_id`, timestamps) may be sent
    unchanged, as in a person read before. The answer is the person to a caller
    who may read persons, and otherwise only its `id` and `version`.

    For case workers, administrators and service accounts with `persons:write`. A personal
    number or external id another person holds is a `409`, and so is a person whose data
    is erased (`erased`); a stale `If-Match` is a `412`.

    Args:
        id (UUID):
        if_match (str | Unset):
        body (PersonPatch): A merge patch of a person: any subset of the writable fields. Example:
            {'phone': '+995 599 11 22 33', 'region': 'GE-TB'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Person | Written | Problem]
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
    body: PersonPatch,
    if_match: str | Unset = UNSET,
) -> Person | Written | Problem | None:
    """Changes a person with a JSON merge patch (RFC 7386).

     Fields set to `null` are cleared; `external_ids`, when given, replaces the list.
    Read-only fields (`id`, `version`, `household_id`, timestamps) may be sent
    unchanged, as in a person read before. The answer is the person to a caller
    who may read persons, and otherwise only its `id` and `version`.

    For case workers, administrators and service accounts with `persons:write`. A personal
    number or external id another person holds is a `409`, and so is a person whose data
    is erased (`erased`); a stale `If-Match` is a `412`.

    Args:
        id (UUID):
        if_match (str | Unset):
        body (PersonPatch): A merge patch of a person: any subset of the writable fields. Example:
            {'phone': '+995 599 11 22 33', 'region': 'GE-TB'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Person | Written | Problem
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
    body: PersonPatch,
    if_match: str | Unset = UNSET,
) -> Response[Person | Written | Problem]:
    """Changes a person with a JSON merge patch (RFC 7386).

     Fields set to `null` are cleared; `external_ids`, when given, replaces the list.
    Read-only fields (`id`, `version`, `household_id`, timestamps) may be sent
    unchanged, as in a person read before. The answer is the person to a caller
    who may read persons, and otherwise only its `id` and `version`.

    For case workers, administrators and service accounts with `persons:write`. A personal
    number or external id another person holds is a `409`, and so is a person whose data
    is erased (`erased`); a stale `If-Match` is a `412`.

    Args:
        id (UUID):
        if_match (str | Unset):
        body (PersonPatch): A merge patch of a person: any subset of the writable fields. Example:
            {'phone': '+995 599 11 22 33', 'region': 'GE-TB'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Person | Written | Problem]
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
    body: PersonPatch,
    if_match: str | Unset = UNSET,
) -> Person | Written | Problem | None:
    """Changes a person with a JSON merge patch (RFC 7386).

     Fields set to `null` are cleared; `external_ids`, when given, replaces the list.
    Read-only fields (`id`, `version`, `household_id`, timestamps) may be sent
    unchanged, as in a person read before. The answer is the person to a caller
    who may read persons, and otherwise only its `id` and `version`.

    For case workers, administrators and service accounts with `persons:write`. A personal
    number or external id another person holds is a `409`, and so is a person whose data
    is erased (`erased`); a stale `If-Match` is a `412`.

    Args:
        id (UUID):
        if_match (str | Unset):
        body (PersonPatch): A merge patch of a person: any subset of the writable fields. Example:
            {'phone': '+995 599 11 22 33', 'region': 'GE-TB'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Person | Written | Problem
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
            if_match=if_match,
        )
    ).parsed
