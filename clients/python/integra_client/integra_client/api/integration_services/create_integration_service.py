from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.integration_service import IntegrationService
from ...models.integration_service_input import IntegrationServiceInput
from ...models.problem import Problem
from ...models.written import Written
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: IntegrationServiceInput,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/integration-services",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> IntegrationService | Written | Problem | None:
    if response.status_code == 201:

        def _parse_response_201(data: object) -> IntegrationService | Written:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_integration_service_answer_type_0 = IntegrationService.from_dict(data)

                return componentsschemas_integration_service_answer_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_integration_service_answer_type_1 = Written.from_dict(data)

            return componentsschemas_integration_service_answer_type_1

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
) -> Response[IntegrationService | Written | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: IntegrationServiceInput,
    idempotency_key: str | Unset = UNSET,
) -> Response[IntegrationService | Written | Problem]:
    """Records an integration service delivered to a person.

     The `type` is a language course, civic orientation, legal or employment counselling,
    or another service.
    For case workers and employment counsellors; the record is their
    organisation's (the ministry's for an account without one).
    `ends_on` is required once the `outcome` is completed or discontinued and not
    allowed while ongoing; an unknown person or provider is a `422`, a person whose
    data is erased a `409`.

    Args:
        idempotency_key (str | Unset):
        body (IntegrationServiceInput): An integration service as a client sends it. Example:
            {'ends_on': datetime.date(2026, 3, 27), 'hours': 120, 'note': 'Georgian A2 course',
            'outcome': 'completed', 'person_id': '0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4e5f',
            'provider_organisation_id': '0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4f30', 'starts_on':
            datetime.date(2026, 1, 12), 'type': 'language'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[IntegrationService | Written | Problem]
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
    body: IntegrationServiceInput,
    idempotency_key: str | Unset = UNSET,
) -> IntegrationService | Written | Problem | None:
    """Records an integration service delivered to a person.

     The `type` is a language course, civic orientation, legal or employment counselling,
    or another service.
    For case workers and employment counsellors; the record is their
    organisation's (the ministry's for an account without one).
    `ends_on` is required once the `outcome` is completed or discontinued and not
    allowed while ongoing; an unknown person or provider is a `422`, a person whose
    data is erased a `409`.

    Args:
        idempotency_key (str | Unset):
        body (IntegrationServiceInput): An integration service as a client sends it. Example:
            {'ends_on': datetime.date(2026, 3, 27), 'hours': 120, 'note': 'Georgian A2 course',
            'outcome': 'completed', 'person_id': '0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4e5f',
            'provider_organisation_id': '0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4f30', 'starts_on':
            datetime.date(2026, 1, 12), 'type': 'language'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        IntegrationService | Written | Problem
    """

    return sync_detailed(
        client=client,
        body=body,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: IntegrationServiceInput,
    idempotency_key: str | Unset = UNSET,
) -> Response[IntegrationService | Written | Problem]:
    """Records an integration service delivered to a person.

     The `type` is a language course, civic orientation, legal or employment counselling,
    or another service.
    For case workers and employment counsellors; the record is their
    organisation's (the ministry's for an account without one).
    `ends_on` is required once the `outcome` is completed or discontinued and not
    allowed while ongoing; an unknown person or provider is a `422`, a person whose
    data is erased a `409`.

    Args:
        idempotency_key (str | Unset):
        body (IntegrationServiceInput): An integration service as a client sends it. Example:
            {'ends_on': datetime.date(2026, 3, 27), 'hours': 120, 'note': 'Georgian A2 course',
            'outcome': 'completed', 'person_id': '0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4e5f',
            'provider_organisation_id': '0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4f30', 'starts_on':
            datetime.date(2026, 1, 12), 'type': 'language'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[IntegrationService | Written | Problem]
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
    body: IntegrationServiceInput,
    idempotency_key: str | Unset = UNSET,
) -> IntegrationService | Written | Problem | None:
    """Records an integration service delivered to a person.

     The `type` is a language course, civic orientation, legal or employment counselling,
    or another service.
    For case workers and employment counsellors; the record is their
    organisation's (the ministry's for an account without one).
    `ends_on` is required once the `outcome` is completed or discontinued and not
    allowed while ongoing; an unknown person or provider is a `422`, a person whose
    data is erased a `409`.

    Args:
        idempotency_key (str | Unset):
        body (IntegrationServiceInput): An integration service as a client sends it. Example:
            {'ends_on': datetime.date(2026, 3, 27), 'hours': 120, 'note': 'Georgian A2 course',
            'outcome': 'completed', 'person_id': '0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4e5f',
            'provider_organisation_id': '0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4f30', 'starts_on':
            datetime.date(2026, 1, 12), 'type': 'language'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        IntegrationService | Written | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            idempotency_key=idempotency_key,
        )
    ).parsed
