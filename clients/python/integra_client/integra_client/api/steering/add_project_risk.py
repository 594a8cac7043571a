from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.risk import Risk
from ...models.risk_input import RiskInput
from ...models.written import Written
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: UUID,
    *,
    body: RiskInput,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/projects/{id}/risks".format(
            id=quote(str(id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | Risk | Written | None:
    if response.status_code == 201:

        def _parse_response_201(data: object) -> Risk | Written:
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

        response_201 = _parse_response_201(response.json())

        return response_201

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
    *,
    client: AuthenticatedClient,
    body: RiskInput,
    idempotency_key: str | Unset = UNSET,
) -> Response[Problem | Risk | Written]:
    """Records a risk of a project.

     Likelihood and impact run from 1 to 5 and the `score` is their product; the risk also
    names its owner organisation (`422` `not_found` when no organisation has the id), a
    mitigation, a status and when it was last reviewed (not in the future). For
    administrators only; `404` when the project does not exist.

    Args:
        id (UUID):
        idempotency_key (str | Unset):
        body (RiskInput): A risk as a client records it. Example: {'description': 'Staff trained
            leave the division within a year', 'impact': 4, 'likelihood': 3, 'mitigation': 'Training
            of trainers; handover notes kept in the case system', 'owner_organisation_id':
            '01900000-0000-7000-8000-000000000001', 'reviewed_on': datetime.date(2026, 11, 20),
            'status': 'open'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | Risk | Written]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
        idempotency_key=idempotency_key,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: UUID,
    *,
    client: AuthenticatedClient,
    body: RiskInput,
    idempotency_key: str | Unset = UNSET,
) -> Problem | Risk | Written | None:
    """Records a risk of a project.

     Likelihood and impact run from 1 to 5 and the `score` is their product; the risk also
    names its owner organisation (`422` `not_found` when no organisation has the id), a
    mitigation, a status and when it was last reviewed (not in the future). For
    administrators only; `404` when the project does not exist.

    Args:
        id (UUID):
        idempotency_key (str | Unset):
        body (RiskInput): A risk as a client records it. Example: {'description': 'Staff trained
            leave the division within a year', 'impact': 4, 'likelihood': 3, 'mitigation': 'Training
            of trainers; handover notes kept in the case system', 'owner_organisation_id':
            '01900000-0000-7000-8000-000000000001', 'reviewed_on': datetime.date(2026, 11, 20),
            'status': 'open'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | Risk | Written
    """

    return sync_detailed(
        id=id,
        client=client,
        body=body,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    id: UUID,
    *,
    client: AuthenticatedClient,
    body: RiskInput,
    idempotency_key: str | Unset = UNSET,
) -> Response[Problem | Risk | Written]:
    """Records a risk of a project.

     Likelihood and impact run from 1 to 5 and the `score` is their product; the risk also
    names its owner organisation (`422` `not_found` when no organisation has the id), a
    mitigation, a status and when it was last reviewed (not in the future). For
    administrators only; `404` when the project does not exist.

    Args:
        id (UUID):
        idempotency_key (str | Unset):
        body (RiskInput): A risk as a client records it. Example: {'description': 'Staff trained
            leave the division within a year', 'impact': 4, 'likelihood': 3, 'mitigation': 'Training
            of trainers; handover notes kept in the case system', 'owner_organisation_id':
            '01900000-0000-7000-8000-000000000001', 'reviewed_on': datetime.date(2026, 11, 20),
            'status': 'open'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | Risk | Written]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
        idempotency_key=idempotency_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: UUID,
    *,
    client: AuthenticatedClient,
    body: RiskInput,
    idempotency_key: str | Unset = UNSET,
) -> Problem | Risk | Written | None:
    """Records a risk of a project.

     Likelihood and impact run from 1 to 5 and the `score` is their product; the risk also
    names its owner organisation (`422` `not_found` when no organisation has the id), a
    mitigation, a status and when it was last reviewed (not in the future). For
    administrators only; `404` when the project does not exist.

    Args:
        id (UUID):
        idempotency_key (str | Unset):
        body (RiskInput): A risk as a client records it. Example: {'description': 'Staff trained
            leave the division within a year', 'impact': 4, 'likelihood': 3, 'mitigation': 'Training
            of trainers; handover notes kept in the case system', 'owner_organisation_id':
            '01900000-0000-7000-8000-000000000001', 'reviewed_on': datetime.date(2026, 11, 20),
            'status': 'open'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | Risk | Written
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
            idempotency_key=idempotency_key,
        )
    ).parsed
