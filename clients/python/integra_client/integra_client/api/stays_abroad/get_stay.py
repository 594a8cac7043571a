from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.stay_abroad import StayAbroad
from ...types import Response


def _get_kwargs(
    id: UUID,
    stay_id: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/persons/{id}/stays-abroad/{stay_id}".format(
            id=quote(str(id), safe=""),
            stay_id=quote(str(stay_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Problem | StayAbroad | None:
    if response.status_code == 200:
        response_200 = StayAbroad.from_dict(response.json())

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
) -> Response[Problem | StayAbroad]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    id: UUID,
    stay_id: UUID,
    *,
    client: AuthenticatedClient,
) -> Response[Problem | StayAbroad]:
    """Reads one stay abroad.

     For case workers, employment counsellors, administrators and service accounts with
    `persons:read`; the read is recorded in the audit log. A stay of another person is a
    `404`; the `ETag` is the version to send as `If-Match`.

    Args:
        id (UUID):
        stay_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | StayAbroad]
    """

    kwargs = _get_kwargs(
        id=id,
        stay_id=stay_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: UUID,
    stay_id: UUID,
    *,
    client: AuthenticatedClient,
) -> Problem | StayAbroad | None:
    """Reads one stay abroad.

     For case workers, employment counsellors, administrators and service accounts with
    `persons:read`; the read is recorded in the audit log. A stay of another person is a
    `404`; the `ETag` is the version to send as `If-Match`.

    Args:
        id (UUID):
        stay_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | StayAbroad
    """

    return sync_detailed(
        id=id,
        stay_id=stay_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    id: UUID,
    stay_id: UUID,
    *,
    client: AuthenticatedClient,
) -> Response[Problem | StayAbroad]:
    """Reads one stay abroad.

     For case workers, employment counsellors, administrators and service accounts with
    `persons:read`; the read is recorded in the audit log. A stay of another person is a
    `404`; the `ETag` is the version to send as `If-Match`.

    Args:
        id (UUID):
        stay_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | StayAbroad]
    """

    kwargs = _get_kwargs(
        id=id,
        stay_id=stay_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: UUID,
    stay_id: UUID,
    *,
    client: AuthenticatedClient,
) -> Problem | StayAbroad | None:
    """Reads one stay abroad.

     For case workers, employment counsellors, administrators and service accounts with
    `persons:read`; the read is recorded in the audit log. A stay of another person is a
    `404`; the `ETag` is the version to send as `If-Match`.

    Args:
        id (UUID):
        stay_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | StayAbroad
    """

    return (
        await asyncio_detailed(
            id=id,
            stay_id=stay_id,
            client=client,
        )
    ).parsed
