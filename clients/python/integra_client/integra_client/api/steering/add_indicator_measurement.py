from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.measurement import Measurement
from ...models.measurement_input import MeasurementInput
from ...models.problem import Problem
from ...models.written import Written
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: UUID,
    indicator_id: UUID,
    *,
    body: MeasurementInput,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/projects/{id}/indicators/{indicator_id}/measurements".format(
            id=quote(str(id), safe=""),
            indicator_id=quote(str(indicator_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Measurement | Written | Problem | None:
    if response.status_code == 201:

        def _parse_response_201(data: object) -> Measurement | Written:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_measurement_answer_type_0 = Measurement.from_dict(data)

                return componentsschemas_measurement_answer_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_measurement_answer_type_1 = Written.from_dict(data)

            return componentsschemas_measurement_answer_type_1

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
) -> Response[Measurement | Written | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    id: UUID,
    indicator_id: UUID,
    *,
    client: AuthenticatedClient,
    body: MeasurementInput,
    idempotency_key: str | Unset = UNSET,
) -> Response[Measurement | Written | Problem]:
    """Records a measurement of an indicator measured by hand.

     `measured_on` may not be in the future; the latest measurement up to a day is the
    indicator's actual value on that day. An indicator bound to a report figure is a `409`
    `bound_to_figure`. For administrators only.

    Args:
        id (UUID):
        indicator_id (UUID):
        idempotency_key (str | Unset):
        body (MeasurementInput): A measurement of an indicator measured by hand. Example:
            {'measured_on': datetime.date(2026, 11, 15), 'note': 'Returnees still in business after a
            year', 'source': 'Sustainability survey, wave 2', 'value': 64.5}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Measurement | Written | Problem]
    """

    kwargs = _get_kwargs(
        id=id,
        indicator_id=indicator_id,
        body=body,
        idempotency_key=idempotency_key,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: UUID,
    indicator_id: UUID,
    *,
    client: AuthenticatedClient,
    body: MeasurementInput,
    idempotency_key: str | Unset = UNSET,
) -> Measurement | Written | Problem | None:
    """Records a measurement of an indicator measured by hand.

     `measured_on` may not be in the future; the latest measurement up to a day is the
    indicator's actual value on that day. An indicator bound to a report figure is a `409`
    `bound_to_figure`. For administrators only.

    Args:
        id (UUID):
        indicator_id (UUID):
        idempotency_key (str | Unset):
        body (MeasurementInput): A measurement of an indicator measured by hand. Example:
            {'measured_on': datetime.date(2026, 11, 15), 'note': 'Returnees still in business after a
            year', 'source': 'Sustainability survey, wave 2', 'value': 64.5}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Measurement | Written | Problem
    """

    return sync_detailed(
        id=id,
        indicator_id=indicator_id,
        client=client,
        body=body,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    id: UUID,
    indicator_id: UUID,
    *,
    client: AuthenticatedClient,
    body: MeasurementInput,
    idempotency_key: str | Unset = UNSET,
) -> Response[Measurement | Written | Problem]:
    """Records a measurement of an indicator measured by hand.

     `measured_on` may not be in the future; the latest measurement up to a day is the
    indicator's actual value on that day. An indicator bound to a report figure is a `409`
    `bound_to_figure`. For administrators only.

    Args:
        id (UUID):
        indicator_id (UUID):
        idempotency_key (str | Unset):
        body (MeasurementInput): A measurement of an indicator measured by hand. Example:
            {'measured_on': datetime.date(2026, 11, 15), 'note': 'Returnees still in business after a
            year', 'source': 'Sustainability survey, wave 2', 'value': 64.5}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Measurement | Written | Problem]
    """

    kwargs = _get_kwargs(
        id=id,
        indicator_id=indicator_id,
        body=body,
        idempotency_key=idempotency_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: UUID,
    indicator_id: UUID,
    *,
    client: AuthenticatedClient,
    body: MeasurementInput,
    idempotency_key: str | Unset = UNSET,
) -> Measurement | Written | Problem | None:
    """Records a measurement of an indicator measured by hand.

     `measured_on` may not be in the future; the latest measurement up to a day is the
    indicator's actual value on that day. An indicator bound to a report figure is a `409`
    `bound_to_figure`. For administrators only.

    Args:
        id (UUID):
        indicator_id (UUID):
        idempotency_key (str | Unset):
        body (MeasurementInput): A measurement of an indicator measured by hand. Example:
            {'measured_on': datetime.date(2026, 11, 15), 'note': 'Returnees still in business after a
            year', 'source': 'Sustainability survey, wave 2', 'value': 64.5}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Measurement | Written | Problem
    """

    return (
        await asyncio_detailed(
            id=id,
            indicator_id=indicator_id,
            client=client,
            body=body,
            idempotency_key=idempotency_key,
        )
    ).parsed
