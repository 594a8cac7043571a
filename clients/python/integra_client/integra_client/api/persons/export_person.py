from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.person_export import PersonExport
from ...models.problem import Problem
from ...types import Response


def _get_kwargs(
    id: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/persons/{id}/export".format(
            id=quote(str(id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> PersonExport | Problem | None:
    if response.status_code == 200:
        response_200 = PersonExport.from_dict(response.json())

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

    if response.status_code == 503:
        response_503 = Problem.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[PersonExport | Problem]:
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
) -> Response[PersonExport | Problem]:
    """Exports everything held on a person as one JSON document (the right of access).

     The person, their stays abroad, household, cases and what hangs off them, service
    records, labour migration records, named survey responses, any erasure and their
    access log (the access log, and lists such as cases and contacts, stop at 10,000
    entries). For administrators only; `404` when no person has the id. The export is
    recorded in the audit log, and the answer is sent with `Cache-Control: no-store`.

    Args:
        id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PersonExport | Problem]
    """

    kwargs = _get_kwargs(
        id=id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: UUID,
    *,
    client: AuthenticatedClient,
) -> PersonExport | Problem | None:
    """Exports everything held on a person as one JSON document (the right of access).

     The person, their stays abroad, household, cases and what hangs off them, service
    records, labour migration records, named survey responses, any erasure and their
    access log (the access log, and lists such as cases and contacts, stop at 10,000
    entries). For administrators only; `404` when no person has the id. The export is
    recorded in the audit log, and the answer is sent with `Cache-Control: no-store`.

    Args:
        id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PersonExport | Problem
    """

    return sync_detailed(
        id=id,
        client=client,
    ).parsed


async def asyncio_detailed(
    id: UUID,
    *,
    client: AuthenticatedClient,
) -> Response[PersonExport | Problem]:
    """Exports everything held on a person as one JSON document (the right of access).

     The person, their stays abroad, household, cases and what hangs off them, service
    records, labour migration records, named survey responses, any erasure and their
    access log (the access log, and lists such as cases and contacts, stop at 10,000
    entries). For administrators only; `404` when no person has the id. The export is
    recorded in the audit log, and the answer is sent with `Cache-Control: no-store`.

    Args:
        id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PersonExport | Problem]
    """

    kwargs = _get_kwargs(
        id=id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: UUID,
    *,
    client: AuthenticatedClient,
) -> PersonExport | Problem | None:
    """Exports everything held on a person as one JSON document (the right of access).

     The person, their stays abroad, household, cases and what hangs off them, service
    records, labour migration records, named survey responses, any erasure and their
    access log (the access log, and lists such as cases and contacts, stop at 10,000
    entries). For administrators only; `404` when no person has the id. The export is
    recorded in the audit log, and the answer is sent with `Cache-Control: no-store`.

    Args:
        id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PersonExport | Problem
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
        )
    ).parsed
