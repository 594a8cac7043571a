from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.activity import Activity
from ...models.problem import Problem
from ...types import Response


def _get_kwargs(
    id: UUID,
    activity_id: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/projects/{id}/activities/{activity_id}".format(
            id=quote(str(id), safe=""),
            activity_id=quote(str(activity_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Activity | Problem | None:
    if response.status_code == 200:
        response_200 = Activity.from_dict(response.json())

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Activity | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    id: UUID,
    activity_id: UUID,
    *,
    client: AuthenticatedClient,
) -> Response[Activity | Problem]:
    """Reads an activity of a project's work plan.

     For monitors (committee members) and administrators; `404` when the project has no
    activity with the id. The `ETag` is the version to send in `If-Match` when changing
    it.

    Args:
        id (UUID):
        activity_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Activity | Problem]
    """

    kwargs = _get_kwargs(
        id=id,
        activity_id=activity_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: UUID,
    activity_id: UUID,
    *,
    client: AuthenticatedClient,
) -> Activity | Problem | None:
    """Reads an activity of a project's work plan.

     For monitors (committee members) and administrators; `404` when the project has no
    activity with the id. The `ETag` is the version to send in `If-Match` when changing
    it.

    Args:
        id (UUID):
        activity_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Activity | Problem
    """

    return sync_detailed(
        id=id,
        activity_id=activity_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    id: UUID,
    activity_id: UUID,
    *,
    client: AuthenticatedClient,
) -> Response[Activity | Problem]:
    """Reads an activity of a project's work plan.

     For monitors (committee members) and administrators; `404` when the project has no
    activity with the id. The `ETag` is the version to send in `If-Match` when changing
    it.

    Args:
        id (UUID):
        activity_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Activity | Problem]
    """

    kwargs = _get_kwargs(
        id=id,
        activity_id=activity_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: UUID,
    activity_id: UUID,
    *,
    client: AuthenticatedClient,
) -> Activity | Problem | None:
    """Reads an activity of a project's work plan.

     For monitors (committee members) and administrators; `404` when the project has no
    activity with the id. The `ETag` is the version to send in `If-Match` when changing
    it.

    Args:
        id (UUID):
        activity_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Activity | Problem
    """

    return (
        await asyncio_detailed(
            id=id,
            activity_id=activity_id,
            client=client,
        )
    ).parsed
