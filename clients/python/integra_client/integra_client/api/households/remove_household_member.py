from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.household import Household
from ...models.problem import Problem
from ...models.written import Written
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: UUID,
    person_id: UUID,
    *,
    if_match: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(if_match, Unset):
        headers["If-Match"] = if_match

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/api/v1/households/{id}/members/{person_id}".format(
            id=quote(str(id), safe=""),
            person_id=quote(str(person_id), safe=""),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Household | Written | Problem | None:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> Household | Written:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_household_answer_type_0 = Household.from_dict(data)

                return componentsschemas_household_answer_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_household_answer_type_1 = Written.from_dict(data)

            return componentsschemas_household_answer_type_1

        response_200 = _parse_response_200(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Problem.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = Problem.from_dict(response.json())

        return response_404

    if response.status_code == 412:
        response_412 = Problem.from_dict(response.json())

        return response_412

    if response.status_code == 503:
        response_503 = Problem.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Household | Written | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    id: UUID,
    person_id: UUID,
    *,
    client: AuthenticatedClient,
    if_match: str | Unset = UNSET,
) -> Response[Household | Written | Problem]:
    """Removes a person from the household.

     A person who is not a member of this household is a `404`; a stale `If-Match` is a
    `412`. Same callers and answer as creating a household; the change is audited on the
    household and on the person.

    Args:
        id (UUID):
        person_id (UUID):
        if_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Household | Written | Problem]
    """

    kwargs = _get_kwargs(
        id=id,
        person_id=person_id,
        if_match=if_match,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: UUID,
    person_id: UUID,
    *,
    client: AuthenticatedClient,
    if_match: str | Unset = UNSET,
) -> Household | Written | Problem | None:
    """Removes a person from the household.

     A person who is not a member of this household is a `404`; a stale `If-Match` is a
    `412`. Same callers and answer as creating a household; the change is audited on the
    household and on the person.

    Args:
        id (UUID):
        person_id (UUID):
        if_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Household | Written | Problem
    """

    return sync_detailed(
        id=id,
        person_id=person_id,
        client=client,
        if_match=if_match,
    ).parsed


async def asyncio_detailed(
    id: UUID,
    person_id: UUID,
    *,
    client: AuthenticatedClient,
    if_match: str | Unset = UNSET,
) -> Response[Household | Written | Problem]:
    """Removes a person from the household.

     A person who is not a member of this household is a `404`; a stale `If-Match` is a
    `412`. Same callers and answer as creating a household; the change is audited on the
    household and on the person.

    Args:
        id (UUID):
        person_id (UUID):
        if_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Household | Written | Problem]
    """

    kwargs = _get_kwargs(
        id=id,
        person_id=person_id,
        if_match=if_match,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: UUID,
    person_id: UUID,
    *,
    client: AuthenticatedClient,
    if_match: str | Unset = UNSET,
) -> Household | Written | Problem | None:
    """Removes a person from the household.

     A person who is not a member of this household is a `404`; a stale `If-Match` is a
    `412`. Same callers and answer as creating a household; the change is audited on the
    household and on the person.

    Args:
        id (UUID):
        person_id (UUID):
        if_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Household | Written | Problem
    """

    return (
        await asyncio_detailed(
            id=id,
            person_id=person_id,
            client=client,
            if_match=if_match,
        )
    ).parsed
