from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.rule_set_input import RuleSetInput
from ...models.rule_set_view import RuleSetView
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: RuleSetInput,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/rule-sets",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Problem | RuleSetView | None:
    if response.status_code == 201:
        response_201 = RuleSetView.from_dict(response.json())

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
) -> Response[Problem | RuleSetView]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: RuleSetInput,
    idempotency_key: str | Unset = UNSET,
) -> Response[Problem | RuleSetView]:
    """Creates a rule set with its first version, a draft.

     For administrators. The answer is the rule set with its versions; its `version` (the
    `ETag`) changes with every new, changed or published version.

    An invalid document is a `422` whose errors name the fields under `document.`.

    Args:
        idempotency_key (str | Unset):
        body (RuleSetInput): A new rule set: its name and the document of its first (draft)
            version. Example: {'document': {'rules': [{'condition': {'fact': 'age_years', 'op': 'ge',
            'value': 18}, 'id': 'adult', 'name': {'en': 'Adult', 'ka': 'სრულწლოვანი'}, 'reasons':
            {'failed': {'en': 'The person is under 18.', 'ka': 'პირი არასრულწლოვანია.'},
            'not_evaluable': {'en': 'The age is not known.', 'ka': 'ასაკი უცნობია.'}, 'passed': {'en':
            'The person is 18 or older.', 'ka': 'პირი სრულწლოვანია.'}}, 'required': True}]}, 'name':
            'State reintegration programme rules'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | RuleSetView]
    """

    kwargs = _get_kwargs(
        body=body,
        idempotency_key=idempotency_key,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: RuleSetInput,
    idempotency_key: str | Unset = UNSET,
) -> Problem | RuleSetView | None:
    """Creates a rule set with its first version, a draft.

     For administrators. The answer is the rule set with its versions; its `version` (the
    `ETag`) changes with every new, changed or published version.

    An invalid document is a `422` whose errors name the fields under `document.`.

    Args:
        idempotency_key (str | Unset):
        body (RuleSetInput): A new rule set: its name and the document of its first (draft)
            version. Example: {'document': {'rules': [{'condition': {'fact': 'age_years', 'op': 'ge',
            'value': 18}, 'id': 'adult', 'name': {'en': 'Adult', 'ka': 'სრულწლოვანი'}, 'reasons':
            {'failed': {'en': 'The person is under 18.', 'ka': 'პირი არასრულწლოვანია.'},
            'not_evaluable': {'en': 'The age is not known.', 'ka': 'ასაკი უცნობია.'}, 'passed': {'en':
            'The person is 18 or older.', 'ka': 'პირი სრულწლოვანია.'}}, 'required': True}]}, 'name':
            'State reintegration programme rules'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | RuleSetView
    """

    return sync_detailed(
        client=client,
        body=body,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: RuleSetInput,
    idempotency_key: str | Unset = UNSET,
) -> Response[Problem | RuleSetView]:
    """Creates a rule set with its first version, a draft.

     For administrators. The answer is the rule set with its versions; its `version` (the
    `ETag`) changes with every new, changed or published version.

    An invalid document is a `422` whose errors name the fields under `document.`.

    Args:
        idempotency_key (str | Unset):
        body (RuleSetInput): A new rule set: its name and the document of its first (draft)
            version. Example: {'document': {'rules': [{'condition': {'fact': 'age_years', 'op': 'ge',
            'value': 18}, 'id': 'adult', 'name': {'en': 'Adult', 'ka': 'სრულწლოვანი'}, 'reasons':
            {'failed': {'en': 'The person is under 18.', 'ka': 'პირი არასრულწლოვანია.'},
            'not_evaluable': {'en': 'The age is not known.', 'ka': 'ასაკი უცნობია.'}, 'passed': {'en':
            'The person is 18 or older.', 'ka': 'პირი სრულწლოვანია.'}}, 'required': True}]}, 'name':
            'State reintegration programme rules'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | RuleSetView]
    """

    kwargs = _get_kwargs(
        body=body,
        idempotency_key=idempotency_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: RuleSetInput,
    idempotency_key: str | Unset = UNSET,
) -> Problem | RuleSetView | None:
    """Creates a rule set with its first version, a draft.

     For administrators. The answer is the rule set with its versions; its `version` (the
    `ETag`) changes with every new, changed or published version.

    An invalid document is a `422` whose errors name the fields under `document.`.

    Args:
        idempotency_key (str | Unset):
        body (RuleSetInput): A new rule set: its name and the document of its first (draft)
            version. Example: {'document': {'rules': [{'condition': {'fact': 'age_years', 'op': 'ge',
            'value': 18}, 'id': 'adult', 'name': {'en': 'Adult', 'ka': 'სრულწლოვანი'}, 'reasons':
            {'failed': {'en': 'The person is under 18.', 'ka': 'პირი არასრულწლოვანია.'},
            'not_evaluable': {'en': 'The age is not known.', 'ka': 'ასაკი უცნობია.'}, 'passed': {'en':
            'The person is 18 or older.', 'ka': 'პირი სრულწლოვანია.'}}, 'required': True}]}, 'name':
            'State reintegration programme rules'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | RuleSetView
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            idempotency_key=idempotency_key,
        )
    ).parsed
