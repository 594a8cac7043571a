from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.case_input import CaseInput
from ...models.case_view import CaseView
from ...models.problem import Problem
from ...models.written import Written
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: CaseInput,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/cases",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CaseView | Written | Problem | None:
    if response.status_code == 201:

        def _parse_response_201(data: object) -> CaseView | Written:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_case_answer_type_0 = CaseView.from_dict(data)

                return componentsschemas_case_answer_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_case_answer_type_1 = Written.from_dict(data)

            return componentsschemas_case_answer_type_1

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
) -> Response[CaseView | Written | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: CaseInput,
    idempotency_key: str | Unset = UNSET,
) -> Response[CaseView | Written | Problem]:
    """Opens a case for a person in a programme.

     A person has at most one open case per programme: a second is a `409` whose
    `existing` is the path of the first.
    For case workers and administrators; the case starts `registered` and belongs to the
    caller's organisation (the ministry's for an account without one). `registered_on`
    is today when absent, never in the future; an unknown person or programme is a `422`.

    Args:
        idempotency_key (str | Unset):
        body (CaseInput): A case as a client opens it. Example: {'person_id':
            '0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4e5f', 'programme_id':
            '0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4e80', 'registered_on': datetime.date(2026, 1, 31)}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CaseView | Written | Problem]
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
    body: CaseInput,
    idempotency_key: str | Unset = UNSET,
) -> CaseView | Written | Problem | None:
    """Opens a case for a person in a programme.

     A person has at most one open case per programme: a second is a `409` whose
    `existing` is the path of the first.
    For case workers and administrators; the case starts `registered` and belongs to the
    caller's organisation (the ministry's for an account without one). `registered_on`
    is today when absent, never in the future; an unknown person or programme is a `422`.

    Args:
        idempotency_key (str | Unset):
        body (CaseInput): A case as a client opens it. Example: {'person_id':
            '0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4e5f', 'programme_id':
            '0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4e80', 'registered_on': datetime.date(2026, 1, 31)}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CaseView | Written | Problem
    """

    return sync_detailed(
        client=client,
        body=body,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: CaseInput,
    idempotency_key: str | Unset = UNSET,
) -> Response[CaseView | Written | Problem]:
    """Opens a case for a person in a programme.

     A person has at most one open case per programme: a second is a `409` whose
    `existing` is the path of the first.
    For case workers and administrators; the case starts `registered` and belongs to the
    caller's organisation (the ministry's for an account without one). `registered_on`
    is today when absent, never in the future; an unknown person or programme is a `422`.

    Args:
        idempotency_key (str | Unset):
        body (CaseInput): A case as a client opens it. Example: {'person_id':
            '0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4e5f', 'programme_id':
            '0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4e80', 'registered_on': datetime.date(2026, 1, 31)}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CaseView | Written | Problem]
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
    body: CaseInput,
    idempotency_key: str | Unset = UNSET,
) -> CaseView | Written | Problem | None:
    """Opens a case for a person in a programme.

     A person has at most one open case per programme: a second is a `409` whose
    `existing` is the path of the first.
    For case workers and administrators; the case starts `registered` and belongs to the
    caller's organisation (the ministry's for an account without one). `registered_on`
    is today when absent, never in the future; an unknown person or programme is a `422`.

    Args:
        idempotency_key (str | Unset):
        body (CaseInput): A case as a client opens it. Example: {'person_id':
            '0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4e5f', 'programme_id':
            '0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4e80', 'registered_on': datetime.date(2026, 1, 31)}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CaseView | Written | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            idempotency_key=idempotency_key,
        )
    ).parsed
