from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.movement import Movement
from ...models.problem import Problem
from ...types import Response


def _get_kwargs(
    id: UUID,
    movement_id: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/persons/{id}/movements/{movement_id}".format(
            id=quote(str(id), safe=""),
            movement_id=quote(str(movement_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Movement | Problem | None:
    if response.status_code == 200:
        response_200 = Movement.from_dict(response.json())

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Movement | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    id: UUID,
    movement_id: UUID,
    *,
    client: AuthenticatedClient,
) -> Response[Movement | Problem]:
    """Reads movement assistance.

     Returns the movement with its version as the `ETag`; a movement recorded on
    another person is a `404`. For callers who may read persons; the read is audited.

    Args:
        id (UUID):
        movement_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Movement | Problem]
    """

    kwargs = _get_kwargs(
        id=id,
        movement_id=movement_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: UUID,
    movement_id: UUID,
    *,
    client: AuthenticatedClient,
) -> Movement | Problem | None:
    """Reads movement assistance.

     Returns the movement with its version as the `ETag`; a movement recorded on
    another person is a `404`. For callers who may read persons; the read is audited.

    Args:
        id (UUID):
        movement_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Movement | Problem
    """

    return sync_detailed(
        id=id,
        movement_id=movement_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    id: UUID,
    movement_id: UUID,
    *,
    client: AuthenticatedClient,
) -> Response[Movement | Problem]:
    """Reads movement assistance.

     Returns the movement with its version as the `ETag`; a movement recorded on
    another person is a `404`. For callers who may read persons; the read is audited.

    Args:
        id (UUID):
        movement_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Movement | Problem]
    """

    kwargs = _get_kwargs(
        id=id,
        movement_id=movement_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: UUID,
    movement_id: UUID,
    *,
    client: AuthenticatedClient,
) -> Movement | Problem | None:
    """Reads movement assistance.

     Returns the movement with its version as the `ETag`; a movement recorded on
    another person is a `404`. For callers who may read persons; the read is audited.

    Args:
        id (UUID):
        movement_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Movement | Problem
    """

    return (
        await asyncio_detailed(
            id=id,
            movement_id=movement_id,
            client=client,
        )
    ).parsed
