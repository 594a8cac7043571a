from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.risk import Risk
from ...models.risk_patch import RiskPatch
from ...models.written import Written
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: UUID,
    risk_id: UUID,
    *,
    body: RiskPatch,
    if_match: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(if_match, Unset):
        headers["If-Match"] = if_match

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/api/v1/projects/{id}/risks/{risk_id}".format(
            id=quote(str(id), safe=""),
            risk_id=quote(str(risk_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/merge-patch+json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | Risk | Written | None:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> Risk | Written:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_risk_answer_type_0 = Risk.from_dict(data)

                return componentsschemas_risk_answer_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_risk_answer_type_1 = Written.from_dict(data)

            return componentsschemas_risk_answer_type_1

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
) -> Response[Problem | Risk | Written]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    id: UUID,
    risk_id: UUID,
    *,
    client: AuthenticatedClient,
    body: RiskPatch,
    if_match: str | Unset = UNSET,
) -> Response[Problem | Risk | Written]:
    """Changes a risk with a JSON merge patch.

     A review: a new likelihood, impact, owner, mitigation, status or `reviewed_on` (not in
    the future); the `score` follows. `id`, `project_id`, `score`, `version` and the
    timestamps may be sent only unchanged (`422` `read_only`). For administrators only; a
    stale `If-Match` is a `412`.

    Args:
        id (UUID):
        risk_id (UUID):
        if_match (str | Unset):
        body (RiskPatch): A merge patch of a risk: any subset of its writable fields. Example:
            {'likelihood': 2, 'reviewed_on': datetime.date(2026, 11, 28), 'status': 'mitigated'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | Risk | Written]
    """

    kwargs = _get_kwargs(
        id=id,
        risk_id=risk_id,
        body=body,
        if_match=if_match,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: UUID,
    risk_id: UUID,
    *,
    client: AuthenticatedClient,
    body: RiskPatch,
    if_match: str | Unset = UNSET,
) -> Problem | Risk | Written | None:
    """Changes a risk with a JSON merge patch.

     A review: a new likelihood, impact, owner, mitigation, status or `reviewed_on` (not in
    the future); the `score` follows. `id`, `project_id`, `score`, `version` and the
    timestamps may be sent only unchanged (`422` `read_only`). For administrators only; a
    stale `If-Match` is a `412`.

    Args:
        id (UUID):
        risk_id (UUID):
        if_match (str | Unset):
        body (RiskPatch): A merge patch of a risk: any subset of its writable fields. Example:
            {'likelihood': 2, 'reviewed_on': datetime.date(2026, 11, 28), 'status': 'mitigated'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | Risk | Written
    """

    return sync_detailed(
        id=id,
        risk_id=risk_id,
        client=client,
        body=body,
        if_match=if_match,
    ).parsed


async def asyncio_detailed(
    id: UUID,
    risk_id: UUID,
    *,
    client: AuthenticatedClient,
    body: RiskPatch,
    if_match: str | Unset = UNSET,
) -> Response[Problem | Risk | Written]:
    """Changes a risk with a JSON merge patch.

     A review: a new likelihood, impact, owner, mitigation, status or `reviewed_on` (not in
    the future); the `score` follows. `id`, `project_id`, `score`, `version` and the
    timestamps may be sent only unchanged (`422` `read_only`). For administrators only; a
    stale `If-Match` is a `412`.

    Args:
        id (UUID):
        risk_id (UUID):
        if_match (str | Unset):
        body (RiskPatch): A merge patch of a risk: any subset of its writable fields. Example:
            {'likelihood': 2, 'reviewed_on': datetime.date(2026, 11, 28), 'status': 'mitigated'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | Risk | Written]
    """

    kwargs = _get_kwargs(
        id=id,
        risk_id=risk_id,
        body=body,
        if_match=if_match,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: UUID,
    risk_id: UUID,
    *,
    client: AuthenticatedClient,
    body: RiskPatch,
    if_match: str | Unset = UNSET,
) -> Problem | Risk | Written | None:
    """Changes a risk with a JSON merge patch.

     A review: a new likelihood, impact, owner, mitigation, status or `reviewed_on` (not in
    the future); the `score` follows. `id`, `project_id`, `score`, `version` and the
    timestamps may be sent only unchanged (`422` `read_only`). For administrators only; a
    stale `If-Match` is a `412`.

    Args:
        id (UUID):
        risk_id (UUID):
        if_match (str | Unset):
        body (RiskPatch): A merge patch of a risk: any subset of its writable fields. Example:
            {'likelihood': 2, 'reviewed_on': datetime.date(2026, 11, 28), 'status': 'mitigated'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | Risk | Written
    """

    return (
        await asyncio_detailed(
            id=id,
            risk_id=risk_id,
            client=client,
            body=body,
            if_match=if_match,
        )
    ).parsed
