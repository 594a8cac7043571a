from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.programme import Programme
from ...models.programme_patch import ProgrammePatch
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: UUID,
    *,
    body: ProgrammePatch,
    if_match: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(if_match, Unset):
        headers["If-Match"] = if_match

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/api/v1/programmes/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/merge-patch+json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Problem | Programme | None:
    if response.status_code == 200:
        response_200 = Programme.from_dict(response.json())

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Problem | Programme]:
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
    body: ProgrammePatch,
    if_match: str | Unset = UNSET,
) -> Response[Problem | Programme]:
    """Changes a programme with a JSON merge patch (RFC 7386).

     The budget cannot drop below what is committed (`409`); the status moves
    draft -> open -> closed (`409` with the `allowed` moves otherwise). Pointing the
    programme at another rule set without `rule_set_version` applies its latest
    published version.

    Administrators only. `code`, `stream` and `committed` may be sent only unchanged
    (`422` otherwise); an `If-Match` that is not the current version is a `412`.

    Args:
        id (UUID):
        if_match (str | Unset):
        body (ProgrammePatch): A merge patch of a programme: any subset of the writable fields.
            Example: {'budget': {'amount': '550000.00', 'currency': 'GEL'}, 'rule_set_version': 2}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | Programme]
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
    body: ProgrammePatch,
    if_match: str | Unset = UNSET,
) -> Problem | Programme | None:
    """Changes a programme with a JSON merge patch (RFC 7386).

     The budget cannot drop below what is committed (`409`); the status moves
    draft -> open -> closed (`409` with the `allowed` moves otherwise). Pointing the
    programme at another rule set without `rule_set_version` applies its latest
    published version.

    Administrators only. `code`, `stream` and `committed` may be sent only unchanged
    (`422` otherwise); an `If-Match` that is not the current version is a `412`.

    Args:
        id (UUID):
        if_match (str | Unset):
        body (ProgrammePatch): A merge patch of a programme: any subset of the writable fields.
            Example: {'budget': {'amount': '550000.00', 'currency': 'GEL'}, 'rule_set_version': 2}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | Programme
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
    body: ProgrammePatch,
    if_match: str | Unset = UNSET,
) -> Response[Problem | Programme]:
    """Changes a programme with a JSON merge patch (RFC 7386).

     The budget cannot drop below what is committed (`409`); the status moves
    draft -> open -> closed (`409` with the `allowed` moves otherwise). Pointing the
    programme at another rule set without `rule_set_version` applies its latest
    published version.

    Administrators only. `code`, `stream` and `committed` may be sent only unchanged
    (`422` otherwise); an `If-Match` that is not the current version is a `412`.

    Args:
        id (UUID):
        if_match (str | Unset):
        body (ProgrammePatch): A merge patch of a programme: any subset of the writable fields.
            Example: {'budget': {'amount': '550000.00', 'currency': 'GEL'}, 'rule_set_version': 2}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | Programme]
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
    body: ProgrammePatch,
    if_match: str | Unset = UNSET,
) -> Problem | Programme | None:
    """Changes a programme with a JSON merge patch (RFC 7386).

     The budget cannot drop below what is committed (`409`); the status moves
    draft -> open -> closed (`409` with the `allowed` moves otherwise). Pointing the
    programme at another rule set without `rule_set_version` applies its latest
    published version.

    Administrators only. `code`, `stream` and `committed` may be sent only unchanged
    (`422` otherwise); an `If-Match` that is not the current version is a `412`.

    Args:
        id (UUID):
        if_match (str | Unset):
        body (ProgrammePatch): A merge patch of a programme: any subset of the writable fields.
            Example: {'budget': {'amount': '550000.00', 'currency': 'GEL'}, 'rule_set_version': 2}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | Programme
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
            if_match=if_match,
        )
    ).parsed
