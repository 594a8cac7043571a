from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.job_placement import JobPlacement
from ...models.placement_input import PlacementInput
from ...models.problem import Problem
from ...models.written import Written
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: PlacementInput,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/job-placements",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> JobPlacement | Written | Problem | None:
    if response.status_code == 201:

        def _parse_response_201(data: object) -> JobPlacement | Written:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_placement_answer_type_0 = JobPlacement.from_dict(data)

                return componentsschemas_placement_answer_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_placement_answer_type_1 = Written.from_dict(data)

            return componentsschemas_placement_answer_type_1

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
) -> Response[JobPlacement | Written | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: PlacementInput,
    idempotency_key: str | Unset = UNSET,
) -> Response[JobPlacement | Written | Problem]:
    """Records a job placement: a person placed in a job at home or abroad.

     For case workers and employment counsellors; the placement is their
    organisation's (the ministry's for an account without one).
    A job abroad needs a `country` other than `GE`; a person, employer or programme
    that does not exist is a `422`, a person whose data is erased a `409`.

    Args:
        idempotency_key (str | Unset):
        body (PlacementInput): A placement as a client sends it. Example: {'country': 'DE',
            'employer_organisation_id': '0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4f30', 'ends_on':
            datetime.date(2026, 5, 31), 'location': 'abroad', 'note': 'Seasonal harvest work',
            'person_id': '0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4e5f', 'programme_id': None, 'starts_on':
            datetime.date(2026, 3, 1), 'term': 'temporary'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[JobPlacement | Written | Problem]
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
    body: PlacementInput,
    idempotency_key: str | Unset = UNSET,
) -> JobPlacement | Written | Problem | None:
    """Records a job placement: a person placed in a job at home or abroad.

     For case workers and employment counsellors; the placement is their
    organisation's (the ministry's for an account without one).
    A job abroad needs a `country` other than `GE`; a person, employer or programme
    that does not exist is a `422`, a person whose data is erased a `409`.

    Args:
        idempotency_key (str | Unset):
        body (PlacementInput): A placement as a client sends it. Example: {'country': 'DE',
            'employer_organisation_id': '0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4f30', 'ends_on':
            datetime.date(2026, 5, 31), 'location': 'abroad', 'note': 'Seasonal harvest work',
            'person_id': '0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4e5f', 'programme_id': None, 'starts_on':
            datetime.date(2026, 3, 1), 'term': 'temporary'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        JobPlacement | Written | Problem
    """

    return sync_detailed(
        client=client,
        body=body,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: PlacementInput,
    idempotency_key: str | Unset = UNSET,
) -> Response[JobPlacement | Written | Problem]:
    """Records a job placement: a person placed in a job at home or abroad.

     For case workers and employment counsellors; the placement is their
    organisation's (the ministry's for an account without one).
    A job abroad needs a `country` other than `GE`; a person, employer or programme
    that does not exist is a `422`, a person whose data is erased a `409`.

    Args:
        idempotency_key (str | Unset):
        body (PlacementInput): A placement as a client sends it. Example: {'country': 'DE',
            'employer_organisation_id': '0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4f30', 'ends_on':
            datetime.date(2026, 5, 31), 'location': 'abroad', 'note': 'Seasonal harvest work',
            'person_id': '0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4e5f', 'programme_id': None, 'starts_on':
            datetime.date(2026, 3, 1), 'term': 'temporary'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[JobPlacement | Written | Problem]
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
    body: PlacementInput,
    idempotency_key: str | Unset = UNSET,
) -> JobPlacement | Written | Problem | None:
    """Records a job placement: a person placed in a job at home or abroad.

     For case workers and employment counsellors; the placement is their
    organisation's (the ministry's for an account without one).
    A job abroad needs a `country` other than `GE`; a person, employer or programme
    that does not exist is a `422`, a person whose data is erased a `409`.

    Args:
        idempotency_key (str | Unset):
        body (PlacementInput): A placement as a client sends it. Example: {'country': 'DE',
            'employer_organisation_id': '0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4f30', 'ends_on':
            datetime.date(2026, 5, 31), 'location': 'abroad', 'note': 'Seasonal harvest work',
            'person_id': '0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4e5f', 'programme_id': None, 'starts_on':
            datetime.date(2026, 3, 1), 'term': 'temporary'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        JobPlacement | Written | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            idempotency_key=idempotency_key,
        )
    ).parsed
