from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.activity import Activity
from ...models.activity_input import ActivityInput
from ...models.problem import Problem
from ...models.written import Written
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: UUID,
    *,
    body: ActivityInput,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/projects/{id}/activities".format(
            id=quote(str(id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Activity | Written | Problem | None:
    if response.status_code == 201:

        def _parse_response_201(data: object) -> Activity | Written:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_activity_answer_type_0 = Activity.from_dict(data)

                return componentsschemas_activity_answer_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_activity_answer_type_1 = Written.from_dict(data)

            return componentsschemas_activity_answer_type_1

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
) -> Response[Activity | Written | Problem]:
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
    body: ActivityInput,
    idempotency_key: str | Unset = UNSET,
) -> Response[Activity | Written | Problem]:
    """Records an activity of a project's work plan.

     It names the organisation responsible, the planned (and actual) start and end, a
    status and the outputs of the project's logic it serves. Actual dates may not be in
    the future, a `completed` activity needs an `actual_end`, and an organisation or
    output that is not found is a `422`. For administrators only.

    Args:
        id (UUID):
        idempotency_key (str | Unset):
        body (ActivityInput): An activity as a client records it. Example: {'actual_end': None,
            'actual_start': datetime.date(2026, 2, 10), 'output_ids':
            ['0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4fc2'], 'planned_end': datetime.date(2026, 4, 30),
            'planned_start': datetime.date(2026, 2, 1), 'responsible_organisation_id':
            '01900000-0000-7000-8000-000000000001', 'status': 'ongoing', 'title': "Train the
            division's counsellors in case management"}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Activity | Written | Problem]
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
    body: ActivityInput,
    idempotency_key: str | Unset = UNSET,
) -> Activity | Written | Problem | None:
    """Records an activity of a project's work plan.

     It names the organisation responsible, the planned (and actual) start and end, a
    status and the outputs of the project's logic it serves. Actual dates may not be in
    the future, a `completed` activity needs an `actual_end`, and an organisation or
    output that is not found is a `422`. For administrators only.

    Args:
        id (UUID):
        idempotency_key (str | Unset):
        body (ActivityInput): An activity as a client records it. Example: {'actual_end': None,
            'actual_start': datetime.date(2026, 2, 10), 'output_ids':
            ['0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4fc2'], 'planned_end': datetime.date(2026, 4, 30),
            'planned_start': datetime.date(2026, 2, 1), 'responsible_organisation_id':
            '01900000-0000-7000-8000-000000000001', 'status': 'ongoing', 'title': "Train the
            division's counsellors in case management"}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Activity | Written | Problem
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
    body: ActivityInput,
    idempotency_key: str | Unset = UNSET,
) -> Response[Activity | Written | Problem]:
    """Records an activity of a project's work plan.

     It names the organisation responsible, the planned (and actual) start and end, a
    status and the outputs of the project's logic it serves. Actual dates may not be in
    the future, a `completed` activity needs an `actual_end`, and an organisation or
    output that is not found is a `422`. For administrators only.

    Args:
        id (UUID):
        idempotency_key (str | Unset):
        body (ActivityInput): An activity as a client records it. Example: {'actual_end': None,
            'actual_start': datetime.date(2026, 2, 10), 'output_ids':
            ['0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4fc2'], 'planned_end': datetime.date(2026, 4, 30),
            'planned_start': datetime.date(2026, 2, 1), 'responsible_organisation_id':
            '01900000-0000-7000-8000-000000000001', 'status': 'ongoing', 'title': "Train the
            division's counsellors in case management"}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Activity | Written | Problem]
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
    body: ActivityInput,
    idempotency_key: str | Unset = UNSET,
) -> Activity | Written | Problem | None:
    """Records an activity of a project's work plan.

     It names the organisation responsible, the planned (and actual) start and end, a
    status and the outputs of the project's logic it serves. Actual dates may not be in
    the future, a `completed` activity needs an `actual_end`, and an organisation or
    output that is not found is a `422`. For administrators only.

    Args:
        id (UUID):
        idempotency_key (str | Unset):
        body (ActivityInput): An activity as a client records it. Example: {'actual_end': None,
            'actual_start': datetime.date(2026, 2, 10), 'output_ids':
            ['0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4fc2'], 'planned_end': datetime.date(2026, 4, 30),
            'planned_start': datetime.date(2026, 2, 1), 'responsible_organisation_id':
            '01900000-0000-7000-8000-000000000001', 'status': 'ongoing', 'title': "Train the
            division's counsellors in case management"}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Activity | Written | Problem
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
            idempotency_key=idempotency_key,
        )
    ).parsed
