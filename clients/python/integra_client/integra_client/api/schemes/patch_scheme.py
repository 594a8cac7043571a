from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.scheme import Scheme
from ...models.scheme_patch import SchemePatch
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: UUID,
    *,
    body: SchemePatch,
    if_match: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(if_match, Unset):
        headers["If-Match"] = if_match

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/api/v1/schemes/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/merge-patch+json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Problem | Scheme | None:
    if response.status_code == 200:
        response_200 = Scheme.from_dict(response.json())

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Problem | Scheme]:
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
    body: SchemePatch,
    if_match: str | Unset = UNSET,
) -> Response[Problem | Scheme]:
    """Changes a scheme with a JSON merge patch (administrators).

     Its status (`open`, `suspended`, `closed`), its application window, its conditions'
    rule set or any other field; `id`, `version` and the timestamps may be sent only
    unchanged. Pointing it at another rule set without `rule_set_version` applies that
    set's latest published version. A stale `If-Match` is a `412`.

    Args:
        id (UUID):
        if_match (str | Unset):
        body (SchemePatch): A merge patch of a scheme: any subset of its fields. Example:
            {'status': 'suspended'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | Scheme]
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
    body: SchemePatch,
    if_match: str | Unset = UNSET,
) -> Problem | Scheme | None:
    """Changes a scheme with a JSON merge patch (administrators).

     Its status (`open`, `suspended`, `closed`), its application window, its conditions'
    rule set or any other field; `id`, `version` and the timestamps may be sent only
    unchanged. Pointing it at another rule set without `rule_set_version` applies that
    set's latest published version. A stale `If-Match` is a `412`.

    Args:
        id (UUID):
        if_match (str | Unset):
        body (SchemePatch): A merge patch of a scheme: any subset of its fields. Example:
            {'status': 'suspended'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | Scheme
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
    body: SchemePatch,
    if_match: str | Unset = UNSET,
) -> Response[Problem | Scheme]:
    """Changes a scheme with a JSON merge patch (administrators).

     Its status (`open`, `suspended`, `closed`), its application window, its conditions'
    rule set or any other field; `id`, `version` and the timestamps may be sent only
    unchanged. Pointing it at another rule set without `rule_set_version` applies that
    set's latest published version. A stale `If-Match` is a `412`.

    Args:
        id (UUID):
        if_match (str | Unset):
        body (SchemePatch): A merge patch of a scheme: any subset of its fields. Example:
            {'status': 'suspended'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | Scheme]
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
    body: SchemePatch,
    if_match: str | Unset = UNSET,
) -> Problem | Scheme | None:
    """Changes a scheme with a JSON merge patch (administrators).

     Its status (`open`, `suspended`, `closed`), its application window, its conditions'
    rule set or any other field; `id`, `version` and the timestamps may be sent only
    unchanged. Pointing it at another rule set without `rule_set_version` applies that
    set's latest published version. A stale `If-Match` is a `412`.

    Args:
        id (UUID):
        if_match (str | Unset):
        body (SchemePatch): A merge patch of a scheme: any subset of its fields. Example:
            {'status': 'suspended'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | Scheme
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
            if_match=if_match,
        )
    ).parsed
