from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.permit_patch import PermitPatch
from ...models.problem import Problem
from ...models.residence_permit import ResidencePermit
from ...models.written import Written
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: UUID,
    permit_id: UUID,
    *,
    body: PermitPatch,
    if_match: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(if_match, Unset):
        headers["If-Match"] = if_match

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/api/v1/persons/{id}/residence-permits/{permit_id}".format(
            id=quote(str(id), safe=""),
            permit_id=quote(str(permit_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/merge-patch+json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | ResidencePermit | Written | None:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> ResidencePermit | Written:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_residence_permit_answer_type_0 = ResidencePermit.from_dict(data)

                return componentsschemas_residence_permit_answer_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_residence_permit_answer_type_1 = Written.from_dict(data)

            return componentsschemas_residence_permit_answer_type_1

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
) -> Response[Problem | ResidencePermit | Written]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    id: UUID,
    permit_id: UUID,
    *,
    client: AuthenticatedClient,
    body: PermitPatch,
    if_match: str | Unset = UNSET,
) -> Response[Problem | ResidencePermit | Written]:
    """Changes a residence permit with a JSON merge patch (its end, say).

     For case workers, administrators and service accounts with `persons:write`. The result
    follows the rules of a new permit (`valid_until` required except for a `permanent`
    one, no overlap with another of its type: `422` `overlaps`); `id`, `person_id`,
    `recorded_by`, `version` and the timestamps may be sent only unchanged. An erased
    person's permits are not changed (`409` `erased`), and a stale `If-Match` is a `412`.

    Args:
        id (UUID):
        permit_id (UUID):
        if_match (str | Unset):
        body (PermitPatch): A merge patch of a residence permit: any subset of its fields;
            `valid_until`
            and `note` may be cleared with `null` (a permit without an end must be
            `permanent`). Example: {'valid_until': datetime.date(2027, 2, 28)}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | ResidencePermit | Written]
    """

    kwargs = _get_kwargs(
        id=id,
        permit_id=permit_id,
        body=body,
        if_match=if_match,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: UUID,
    permit_id: UUID,
    *,
    client: AuthenticatedClient,
    body: PermitPatch,
    if_match: str | Unset = UNSET,
) -> Problem | ResidencePermit | Written | None:
    """Changes a residence permit with a JSON merge patch (its end, say).

     For case workers, administrators and service accounts with `persons:write`. The result
    follows the rules of a new permit (`valid_until` required except for a `permanent`
    one, no overlap with another of its type: `422` `overlaps`); `id`, `person_id`,
    `recorded_by`, `version` and the timestamps may be sent only unchanged. An erased
    person's permits are not changed (`409` `erased`), and a stale `If-Match` is a `412`.

    Args:
        id (UUID):
        permit_id (UUID):
        if_match (str | Unset):
        body (PermitPatch): A merge patch of a residence permit: any subset of its fields;
            `valid_until`
            and `note` may be cleared with `null` (a permit without an end must be
            `permanent`). Example: {'valid_until': datetime.date(2027, 2, 28)}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | ResidencePermit | Written
    """

    return sync_detailed(
        id=id,
        permit_id=permit_id,
        client=client,
        body=body,
        if_match=if_match,
    ).parsed


async def asyncio_detailed(
    id: UUID,
    permit_id: UUID,
    *,
    client: AuthenticatedClient,
    body: PermitPatch,
    if_match: str | Unset = UNSET,
) -> Response[Problem | ResidencePermit | Written]:
    """Changes a residence permit with a JSON merge patch (its end, say).

     For case workers, administrators and service accounts with `persons:write`. The result
    follows the rules of a new permit (`valid_until` required except for a `permanent`
    one, no overlap with another of its type: `422` `overlaps`); `id`, `person_id`,
    `recorded_by`, `version` and the timestamps may be sent only unchanged. An erased
    person's permits are not changed (`409` `erased`), and a stale `If-Match` is a `412`.

    Args:
        id (UUID):
        permit_id (UUID):
        if_match (str | Unset):
        body (PermitPatch): A merge patch of a residence permit: any subset of its fields;
            `valid_until`
            and `note` may be cleared with `null` (a permit without an end must be
            `permanent`). Example: {'valid_until': datetime.date(2027, 2, 28)}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | ResidencePermit | Written]
    """

    kwargs = _get_kwargs(
        id=id,
        permit_id=permit_id,
        body=body,
        if_match=if_match,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: UUID,
    permit_id: UUID,
    *,
    client: AuthenticatedClient,
    body: PermitPatch,
    if_match: str | Unset = UNSET,
) -> Problem | ResidencePermit | Written | None:
    """Changes a residence permit with a JSON merge patch (its end, say).

     For case workers, administrators and service accounts with `persons:write`. The result
    follows the rules of a new permit (`valid_until` required except for a `permanent`
    one, no overlap with another of its type: `422` `overlaps`); `id`, `person_id`,
    `recorded_by`, `version` and the timestamps may be sent only unchanged. An erased
    person's permits are not changed (`409` `erased`), and a stale `If-Match` is a `412`.

    Args:
        id (UUID):
        permit_id (UUID):
        if_match (str | Unset):
        body (PermitPatch): A merge patch of a residence permit: any subset of its fields;
            `valid_until`
            and `note` may be cleared with `null` (a permit without an end must be
            `permanent`). Example: {'valid_until': datetime.date(2027, 2, 28)}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | ResidencePermit | Written
    """

    return (
        await asyncio_detailed(
            id=id,
            permit_id=permit_id,
            client=client,
            body=body,
            if_match=if_match,
        )
    ).parsed
