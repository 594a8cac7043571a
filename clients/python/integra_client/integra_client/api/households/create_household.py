from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.household import Household
from ...models.household_input import HouseholdInput
from ...models.problem import Problem
from ...models.written import Written
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: HouseholdInput,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/households",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Household | Written | Problem | None:
    if response.status_code == 201:

        def _parse_response_201(data: object) -> Household | Written:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_household_answer_type_0 = Household.from_dict(data)

                return componentsschemas_household_answer_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_household_answer_type_1 = Written.from_dict(data)

            return componentsschemas_household_answer_type_1

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
) -> Response[Household | Written | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: HouseholdInput,
    idempotency_key: str | Unset = UNSET,
) -> Response[Household | Written | Problem]:
    """Creates an empty household.

     Takes an optional `name` and `region`; members are added afterwards through
    `POST /households/{id}/members`. For administrators, case workers and service
    accounts with `persons:write`; the answer is the household to a caller who may read
    persons, else only its `id` and `version`.

    Args:
        idempotency_key (str | Unset):
        body (HouseholdInput): A household as a client sends it. Example: {'name': 'Beridze
            household, Kutaisi', 'region': 'GE-IM'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Household | Written | Problem]
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
    body: HouseholdInput,
    idempotency_key: str | Unset = UNSET,
) -> Household | Written | Problem | None:
    """Creates an empty household.

     Takes an optional `name` and `region`; members are added afterwards through
    `POST /households/{id}/members`. For administrators, case workers and service
    accounts with `persons:write`; the answer is the household to a caller who may read
    persons, else only its `id` and `version`.

    Args:
        idempotency_key (str | Unset):
        body (HouseholdInput): A household as a client sends it. Example: {'name': 'Beridze
            household, Kutaisi', 'region': 'GE-IM'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Household | Written | Problem
    """

    return sync_detailed(
        client=client,
        body=body,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: HouseholdInput,
    idempotency_key: str | Unset = UNSET,
) -> Response[Household | Written | Problem]:
    """Creates an empty household.

     Takes an optional `name` and `region`; members are added afterwards through
    `POST /households/{id}/members`. For administrators, case workers and service
    accounts with `persons:write`; the answer is the household to a caller who may read
    persons, else only its `id` and `version`.

    Args:
        idempotency_key (str | Unset):
        body (HouseholdInput): A household as a client sends it. Example: {'name': 'Beridze
            household, Kutaisi', 'region': 'GE-IM'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Household | Written | Problem]
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
    body: HouseholdInput,
    idempotency_key: str | Unset = UNSET,
) -> Household | Written | Problem | None:
    """Creates an empty household.

     Takes an optional `name` and `region`; members are added afterwards through
    `POST /households/{id}/members`. For administrators, case workers and service
    accounts with `persons:write`; the answer is the household to a caller who may read
    persons, else only its `id` and `version`.

    Args:
        idempotency_key (str | Unset):
        body (HouseholdInput): A household as a client sends it. Example: {'name': 'Beridze
            household, Kutaisi', 'region': 'GE-IM'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Household | Written | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            idempotency_key=idempotency_key,
        )
    ).parsed
