from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.application import Application
from ...models.application_input import ApplicationInput
from ...models.problem import Problem
from ...models.written import Written
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: ApplicationInput,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/applications",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Application | Written | Problem | None:
    if response.status_code == 201:

        def _parse_response_201(data: object) -> Application | Written:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_application_answer_type_0 = Application.from_dict(data)

                return componentsschemas_application_answer_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_application_answer_type_1 = Written.from_dict(data)

            return componentsschemas_application_answer_type_1

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
) -> Response[Application | Written | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: ApplicationInput,
    idempotency_key: str | Unset = UNSET,
) -> Response[Application | Written | Problem]:
    """Applies a jobseeker to a labour migration scheme (`applied`).

     Optionally for one of the scheme's vacancies. `applied_on` may not be in the future
    (today when absent); the application is recorded for the caller's organisation. For
    administrators, case workers and employment counsellors; a jobseeker whose person's
    data is erased is a `409` `erased`.

    The scheme must take applications on `applied_on` (409 `not_open`), the
    vacancy be open and under the scheme (409 `vacancy_closed`, 422
    `other_scheme`); one open application of a jobseeker to a scheme at a time
    (409 `already_applied` names it).

    Args:
        idempotency_key (str | Unset):
        body (ApplicationInput): An application as a client sends it. Example: {'applied_on':
            datetime.date(2026, 12, 1), 'jobseeker_id': '0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4fc0',
            'note': None, 'scheme_id': '00000000-0000-7000-8000-000000000402', 'vacancy_id': None}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Application | Written | Problem]
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
    body: ApplicationInput,
    idempotency_key: str | Unset = UNSET,
) -> Application | Written | Problem | None:
    """Applies a jobseeker to a labour migration scheme (`applied`).

     Optionally for one of the scheme's vacancies. `applied_on` may not be in the future
    (today when absent); the application is recorded for the caller's organisation. For
    administrators, case workers and employment counsellors; a jobseeker whose person's
    data is erased is a `409` `erased`.

    The scheme must take applications on `applied_on` (409 `not_open`), the
    vacancy be open and under the scheme (409 `vacancy_closed`, 422
    `other_scheme`); one open application of a jobseeker to a scheme at a time
    (409 `already_applied` names it).

    Args:
        idempotency_key (str | Unset):
        body (ApplicationInput): An application as a client sends it. Example: {'applied_on':
            datetime.date(2026, 12, 1), 'jobseeker_id': '0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4fc0',
            'note': None, 'scheme_id': '00000000-0000-7000-8000-000000000402', 'vacancy_id': None}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Application | Written | Problem
    """

    return sync_detailed(
        client=client,
        body=body,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: ApplicationInput,
    idempotency_key: str | Unset = UNSET,
) -> Response[Application | Written | Problem]:
    """Applies a jobseeker to a labour migration scheme (`applied`).

     Optionally for one of the scheme's vacancies. `applied_on` may not be in the future
    (today when absent); the application is recorded for the caller's organisation. For
    administrators, case workers and employment counsellors; a jobseeker whose person's
    data is erased is a `409` `erased`.

    The scheme must take applications on `applied_on` (409 `not_open`), the
    vacancy be open and under the scheme (409 `vacancy_closed`, 422
    `other_scheme`); one open application of a jobseeker to a scheme at a time
    (409 `already_applied` names it).

    Args:
        idempotency_key (str | Unset):
        body (ApplicationInput): An application as a client sends it. Example: {'applied_on':
            datetime.date(2026, 12, 1), 'jobseeker_id': '0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4fc0',
            'note': None, 'scheme_id': '00000000-0000-7000-8000-000000000402', 'vacancy_id': None}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Application | Written | Problem]
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
    body: ApplicationInput,
    idempotency_key: str | Unset = UNSET,
) -> Application | Written | Problem | None:
    """Applies a jobseeker to a labour migration scheme (`applied`).

     Optionally for one of the scheme's vacancies. `applied_on` may not be in the future
    (today when absent); the application is recorded for the caller's organisation. For
    administrators, case workers and employment counsellors; a jobseeker whose person's
    data is erased is a `409` `erased`.

    The scheme must take applications on `applied_on` (409 `not_open`), the
    vacancy be open and under the scheme (409 `vacancy_closed`, 422
    `other_scheme`); one open application of a jobseeker to a scheme at a time
    (409 `already_applied` names it).

    Args:
        idempotency_key (str | Unset):
        body (ApplicationInput): An application as a client sends it. Example: {'applied_on':
            datetime.date(2026, 12, 1), 'jobseeker_id': '0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4fc0',
            'note': None, 'scheme_id': '00000000-0000-7000-8000-000000000402', 'vacancy_id': None}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Application | Written | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            idempotency_key=idempotency_key,
        )
    ).parsed
