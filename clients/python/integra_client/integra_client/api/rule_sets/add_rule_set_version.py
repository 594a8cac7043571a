from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.document_input import DocumentInput
from ...models.problem import Problem
from ...models.rule_set_version import RuleSetVersion
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: UUID,
    *,
    body: DocumentInput,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/rule-sets/{id}/versions".format(
            id=quote(str(id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | RuleSetVersion | None:
    if response.status_code == 201:
        response_201 = RuleSetVersion.from_dict(response.json())

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
) -> Response[Problem | RuleSetVersion]:
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
    body: DocumentInput,
    idempotency_key: str | Unset = UNSET,
) -> Response[Problem | RuleSetVersion]:
    """Adds a new draft version to a rule set.

     For administrators. The version takes the next number after the last one; an invalid
    document is a `422` whose errors name the fields under `document.`. The `ETag` is the
    rule set's new version.

    Args:
        id (UUID):
        idempotency_key (str | Unset):
        body (DocumentInput): The document of a new or changed draft version. Example:
            {'document': {'rules': [{'condition': {'fact': 'age_years', 'op': 'ge', 'value': 18},
            'id': 'adult', 'name': {'en': 'Adult', 'ka': 'სრულწლოვანი'}, 'reasons': {'failed': {'en':
            'The person is under 18.', 'ka': 'პირი არასრულწლოვანია.'}, 'not_evaluable': {'en': 'The
            age is not known.', 'ka': 'ასაკი უცნობია.'}, 'passed': {'en': 'The person is 18 or
            older.', 'ka': 'პირი სრულწლოვანია.'}}, 'required': True}]}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | RuleSetVersion]
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
    body: DocumentInput,
    idempotency_key: str | Unset = UNSET,
) -> Problem | RuleSetVersion | None:
    """Adds a new draft version to a rule set.

     For administrators. The version takes the next number after the last one; an invalid
    document is a `422` whose errors name the fields under `document.`. The `ETag` is the
    rule set's new version.

    Args:
        id (UUID):
        idempotency_key (str | Unset):
        body (DocumentInput): The document of a new or changed draft version. Example:
            {'document': {'rules': [{'condition': {'fact': 'age_years', 'op': 'ge', 'value': 18},
            'id': 'adult', 'name': {'en': 'Adult', 'ka': 'სრულწლოვანი'}, 'reasons': {'failed': {'en':
            'The person is under 18.', 'ka': 'პირი არასრულწლოვანია.'}, 'not_evaluable': {'en': 'The
            age is not known.', 'ka': 'ასაკი უცნობია.'}, 'passed': {'en': 'The person is 18 or
            older.', 'ka': 'პირი სრულწლოვანია.'}}, 'required': True}]}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | RuleSetVersion
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
    body: DocumentInput,
    idempotency_key: str | Unset = UNSET,
) -> Response[Problem | RuleSetVersion]:
    """Adds a new draft version to a rule set.

     For administrators. The version takes the next number after the last one; an invalid
    document is a `422` whose errors name the fields under `document.`. The `ETag` is the
    rule set's new version.

    Args:
        id (UUID):
        idempotency_key (str | Unset):
        body (DocumentInput): The document of a new or changed draft version. Example:
            {'document': {'rules': [{'condition': {'fact': 'age_years', 'op': 'ge', 'value': 18},
            'id': 'adult', 'name': {'en': 'Adult', 'ka': 'სრულწლოვანი'}, 'reasons': {'failed': {'en':
            'The person is under 18.', 'ka': 'პირი არასრულწლოვანია.'}, 'not_evaluable': {'en': 'The
            age is not known.', 'ka': 'ასაკი უცნობია.'}, 'passed': {'en': 'The person is 18 or
            older.', 'ka': 'პირი სრულწლოვანია.'}}, 'required': True}]}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | RuleSetVersion]
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
    body: DocumentInput,
    idempotency_key: str | Unset = UNSET,
) -> Problem | RuleSetVersion | None:
    """Adds a new draft version to a rule set.

     For administrators. The version takes the next number after the last one; an invalid
    document is a `422` whose errors name the fields under `document.`. The `ETag` is the
    rule set's new version.

    Args:
        id (UUID):
        idempotency_key (str | Unset):
        body (DocumentInput): The document of a new or changed draft version. Example:
            {'document': {'rules': [{'condition': {'fact': 'age_years', 'op': 'ge', 'value': 18},
            'id': 'adult', 'name': {'en': 'Adult', 'ka': 'სრულწლოვანი'}, 'reasons': {'failed': {'en':
            'The person is under 18.', 'ka': 'პირი არასრულწლოვანია.'}, 'not_evaluable': {'en': 'The
            age is not known.', 'ka': 'ასაკი უცნობია.'}, 'passed': {'en': 'The person is 18 or
            older.', 'ka': 'პირი სრულწლოვანია.'}}, 'required': True}]}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | RuleSetVersion
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
            idempotency_key=idempotency_key,
        )
    ).parsed
