from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.project import Project
from ...models.project_patch import ProjectPatch
from ...models.written import Written
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: UUID,
    *,
    body: ProjectPatch,
    if_match: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(if_match, Unset):
        headers["If-Match"] = if_match

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/api/v1/projects/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/merge-patch+json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | Project | Written | None:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> Project | Written:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_project_answer_type_0 = Project.from_dict(data)

                return componentsschemas_project_answer_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_project_answer_type_1 = Written.from_dict(data)

            return componentsschemas_project_answer_type_1

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
) -> Response[Problem | Project | Written]:
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
    body: ProjectPatch,
    if_match: str | Unset = UNSET,
) -> Response[Problem | Project | Written]:
    """Changes a project with a JSON merge patch.

     For administrators only. Any of `name`, `objective`, `starts_on` and `ends_on` may be
    sent; `id`, `version` and the timestamps only unchanged (`422` `read_only`), and
    `ends_on` may not be before `starts_on`. A stale `If-Match` is a `412`; without
    `If-Match`, a change made by someone else meanwhile is a `409` `concurrent_update`.

    Args:
        id (UUID):
        if_match (str | Unset):
        body (ProjectPatch): A merge patch of a project: any subset of its writable fields.
            Example: {'ends_on': datetime.date(2028, 6, 30)}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | Project | Written]
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
    body: ProjectPatch,
    if_match: str | Unset = UNSET,
) -> Problem | Project | Written | None:
    """Changes a project with a JSON merge patch.

     For administrators only. Any of `name`, `objective`, `starts_on` and `ends_on` may be
    sent; `id`, `version` and the timestamps only unchanged (`422` `read_only`), and
    `ends_on` may not be before `starts_on`. A stale `If-Match` is a `412`; without
    `If-Match`, a change made by someone else meanwhile is a `409` `concurrent_update`.

    Args:
        id (UUID):
        if_match (str | Unset):
        body (ProjectPatch): A merge patch of a project: any subset of its writable fields.
            Example: {'ends_on': datetime.date(2028, 6, 30)}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | Project | Written
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
    body: ProjectPatch,
    if_match: str | Unset = UNSET,
) -> Response[Problem | Project | Written]:
    """Changes a project with a JSON merge patch.

     For administrators only. Any of `name`, `objective`, `starts_on` and `ends_on` may be
    sent; `id`, `version` and the timestamps only unchanged (`422` `read_only`), and
    `ends_on` may not be before `starts_on`. A stale `If-Match` is a `412`; without
    `If-Match`, a change made by someone else meanwhile is a `409` `concurrent_update`.

    Args:
        id (UUID):
        if_match (str | Unset):
        body (ProjectPatch): A merge patch of a project: any subset of its writable fields.
            Example: {'ends_on': datetime.date(2028, 6, 30)}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | Project | Written]
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
    body: ProjectPatch,
    if_match: str | Unset = UNSET,
) -> Problem | Project | Written | None:
    """Changes a project with a JSON merge patch.

     For administrators only. Any of `name`, `objective`, `starts_on` and `ends_on` may be
    sent; `id`, `version` and the timestamps only unchanged (`422` `read_only`), and
    `ends_on` may not be before `starts_on`. A stale `If-Match` is a `412`; without
    `If-Match`, a change made by someone else meanwhile is a `409` `concurrent_update`.

    Args:
        id (UUID):
        if_match (str | Unset):
        body (ProjectPatch): A merge patch of a project: any subset of its writable fields.
            Example: {'ends_on': datetime.date(2028, 6, 30)}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | Project | Written
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
            if_match=if_match,
        )
    ).parsed
