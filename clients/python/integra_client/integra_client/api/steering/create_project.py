from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.project import Project
from ...models.project_input import ProjectInput
from ...models.written import Written
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: ProjectInput,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/projects",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | Project | Written | None:
    if response.status_code == 201:

        def _parse_response_201(data: object) -> Project | Written:
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
) -> Response[Problem | Project | Written]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: ProjectInput,
    idempotency_key: str | Unset = UNSET,
) -> Response[Problem | Project | Written]:
    """Records a project steered by the committee: its name, objective and dates.

     For administrators; monitors (committee members) read projects and risks.
    `ends_on` may not be before `starts_on` (`422` `before_start`). Answers `201` with the
    project, its `Location` and its `ETag`.

    Args:
        idempotency_key (str | Unset):
        body (ProjectInput): A project as a client records it. Example: {'ends_on':
            datetime.date(2027, 12, 31), 'name': 'Strengthening the Migration Division', 'objective':
            'Returning migrants and immigrants are served by one division with trained staff',
            'starts_on': datetime.date(2025, 1, 1)}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | Project | Written]
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
    body: ProjectInput,
    idempotency_key: str | Unset = UNSET,
) -> Problem | Project | Written | None:
    """Records a project steered by the committee: its name, objective and dates.

     For administrators; monitors (committee members) read projects and risks.
    `ends_on` may not be before `starts_on` (`422` `before_start`). Answers `201` with the
    project, its `Location` and its `ETag`.

    Args:
        idempotency_key (str | Unset):
        body (ProjectInput): A project as a client records it. Example: {'ends_on':
            datetime.date(2027, 12, 31), 'name': 'Strengthening the Migration Division', 'objective':
            'Returning migrants and immigrants are served by one division with trained staff',
            'starts_on': datetime.date(2025, 1, 1)}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | Project | Written
    """

    return sync_detailed(
        client=client,
        body=body,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: ProjectInput,
    idempotency_key: str | Unset = UNSET,
) -> Response[Problem | Project | Written]:
    """Records a project steered by the committee: its name, objective and dates.

     For administrators; monitors (committee members) read projects and risks.
    `ends_on` may not be before `starts_on` (`422` `before_start`). Answers `201` with the
    project, its `Location` and its `ETag`.

    Args:
        idempotency_key (str | Unset):
        body (ProjectInput): A project as a client records it. Example: {'ends_on':
            datetime.date(2027, 12, 31), 'name': 'Strengthening the Migration Division', 'objective':
            'Returning migrants and immigrants are served by one division with trained staff',
            'starts_on': datetime.date(2025, 1, 1)}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | Project | Written]
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
    body: ProjectInput,
    idempotency_key: str | Unset = UNSET,
) -> Problem | Project | Written | None:
    """Records a project steered by the committee: its name, objective and dates.

     For administrators; monitors (committee members) read projects and risks.
    `ends_on` may not be before `starts_on` (`422` `before_start`). Answers `201` with the
    project, its `Location` and its `ETag`.

    Args:
        idempotency_key (str | Unset):
        body (ProjectInput): A project as a client records it. Example: {'ends_on':
            datetime.date(2027, 12, 31), 'name': 'Strengthening the Migration Division', 'objective':
            'Returning migrants and immigrants are served by one division with trained staff',
            'starts_on': datetime.date(2025, 1, 1)}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | Project | Written
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            idempotency_key=idempotency_key,
        )
    ).parsed
