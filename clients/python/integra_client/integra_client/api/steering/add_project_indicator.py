from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.indicator import Indicator
from ...models.indicator_input import IndicatorInput
from ...models.problem import Problem
from ...models.written import Written
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: UUID,
    *,
    body: IndicatorInput,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/projects/{id}/indicators".format(
            id=quote(str(id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Indicator | Written | Problem | None:
    if response.status_code == 201:

        def _parse_response_201(data: object) -> Indicator | Written:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_indicator_answer_type_0 = Indicator.from_dict(data)

                return componentsschemas_indicator_answer_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_indicator_answer_type_1 = Written.from_dict(data)

            return componentsschemas_indicator_answer_type_1

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
) -> Response[Indicator | Written | Problem]:
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
    body: IndicatorInput,
    idempotency_key: str | Unset = UNSET,
) -> Response[Indicator | Written | Problem]:
    """Records an indicator on a project's objective or one of its elements.

     It is bound to a report figure (`figure`: the report, the figure's id and the report's
    filters) or measured by hand (no `figure`). A figure the report does not publish is a
    `422` `unknown_figure`, an `element_id` that is no element of the project a `422`
    `not_found`, and a `target` equal to the `baseline` a `422` `same_as_baseline`. For
    administrators only; the answer carries the indicator's actual value today.

    A bound indicator's actual value on a day is the figure over the project's
    days up to then (its end at the latest), counted over everyone's records.

    Args:
        id (UUID):
        idempotency_key (str | Unset):
        body (IndicatorInput): An indicator as a client records it. Example: {'baseline': 0,
            'element_id': None, 'figure': {'figure': 'persons_assisted', 'report': 'overview'},
            'name': 'Persons given reintegration assistance', 'target': 1200, 'target_date':
            datetime.date(2027, 12, 31), 'unit': 'persons'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Indicator | Written | Problem]
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
    body: IndicatorInput,
    idempotency_key: str | Unset = UNSET,
) -> Indicator | Written | Problem | None:
    """Records an indicator on a project's objective or one of its elements.

     It is bound to a report figure (`figure`: the report, the figure's id and the report's
    filters) or measured by hand (no `figure`). A figure the report does not publish is a
    `422` `unknown_figure`, an `element_id` that is no element of the project a `422`
    `not_found`, and a `target` equal to the `baseline` a `422` `same_as_baseline`. For
    administrators only; the answer carries the indicator's actual value today.

    A bound indicator's actual value on a day is the figure over the project's
    days up to then (its end at the latest), counted over everyone's records.

    Args:
        id (UUID):
        idempotency_key (str | Unset):
        body (IndicatorInput): An indicator as a client records it. Example: {'baseline': 0,
            'element_id': None, 'figure': {'figure': 'persons_assisted', 'report': 'overview'},
            'name': 'Persons given reintegration assistance', 'target': 1200, 'target_date':
            datetime.date(2027, 12, 31), 'unit': 'persons'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Indicator | Written | Problem
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
    body: IndicatorInput,
    idempotency_key: str | Unset = UNSET,
) -> Response[Indicator | Written | Problem]:
    """Records an indicator on a project's objective or one of its elements.

     It is bound to a report figure (`figure`: the report, the figure's id and the report's
    filters) or measured by hand (no `figure`). A figure the report does not publish is a
    `422` `unknown_figure`, an `element_id` that is no element of the project a `422`
    `not_found`, and a `target` equal to the `baseline` a `422` `same_as_baseline`. For
    administrators only; the answer carries the indicator's actual value today.

    A bound indicator's actual value on a day is the figure over the project's
    days up to then (its end at the latest), counted over everyone's records.

    Args:
        id (UUID):
        idempotency_key (str | Unset):
        body (IndicatorInput): An indicator as a client records it. Example: {'baseline': 0,
            'element_id': None, 'figure': {'figure': 'persons_assisted', 'report': 'overview'},
            'name': 'Persons given reintegration assistance', 'target': 1200, 'target_date':
            datetime.date(2027, 12, 31), 'unit': 'persons'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Indicator | Written | Problem]
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
    body: IndicatorInput,
    idempotency_key: str | Unset = UNSET,
) -> Indicator | Written | Problem | None:
    """Records an indicator on a project's objective or one of its elements.

     It is bound to a report figure (`figure`: the report, the figure's id and the report's
    filters) or measured by hand (no `figure`). A figure the report does not publish is a
    `422` `unknown_figure`, an `element_id` that is no element of the project a `422`
    `not_found`, and a `target` equal to the `baseline` a `422` `same_as_baseline`. For
    administrators only; the answer carries the indicator's actual value today.

    A bound indicator's actual value on a day is the figure over the project's
    days up to then (its end at the latest), counted over everyone's records.

    Args:
        id (UUID):
        idempotency_key (str | Unset):
        body (IndicatorInput): An indicator as a client records it. Example: {'baseline': 0,
            'element_id': None, 'figure': {'figure': 'persons_assisted', 'report': 'overview'},
            'name': 'Persons given reintegration assistance', 'target': 1200, 'target_date':
            datetime.date(2027, 12, 31), 'unit': 'persons'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Indicator | Written | Problem
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
            idempotency_key=idempotency_key,
        )
    ).parsed
