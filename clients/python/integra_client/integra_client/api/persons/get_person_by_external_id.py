from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.person import Person
from ...models.problem import Problem
from ...types import Response


def _get_kwargs(
    system: str,
    value: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/persons/by-external-id/{system}/{value}".format(
            system=quote(str(system), safe=""),
            value=quote(str(value), safe=""),
        ),
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Person | Problem | None:
    if response.status_code == 200:
        response_200 = Person.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Problem.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = Problem.from_dict(response.json())

        return response_404

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Person | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    system: str,
    value: str,
    *,
    client: AuthenticatedClient,
) -> Response[Person | Problem]:
    """Reads the person known to `system` as `value`.

     For case workers, employment counsellors, administrators and service accounts with
    `persons:read`; the read is recorded in the audit log. No person with this id is a
    `404`; a `system` or `value` of the wrong form is a `422`.

    Args:
        system (str):
        value (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Person | Problem]
    """

    kwargs = _get_kwargs(
        system=system,
        value=value,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    system: str,
    value: str,
    *,
    client: AuthenticatedClient,
) -> Person | Problem | None:
    """Reads the person known to `system` as `value`.

     For case workers, employment counsellors, administrators and service accounts with
    `persons:read`; the read is recorded in the audit log. No person with this id is a
    `404`; a `system` or `value` of the wrong form is a `422`.

    Args:
        system (str):
        value (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Person | Problem
    """

    return sync_detailed(
        system=system,
        value=value,
        client=client,
    ).parsed


async def asyncio_detailed(
    system: str,
    value: str,
    *,
    client: AuthenticatedClient,
) -> Response[Person | Problem]:
    """Reads the person known to `system` as `value`.

     For case workers, employment counsellors, administrators and service accounts with
    `persons:read`; the read is recorded in the audit log. No person with this id is a
    `404`; a `system` or `value` of the wrong form is a `422`.

    Args:
        system (str):
        value (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Person | Problem]
    """

    kwargs = _get_kwargs(
        system=system,
        value=value,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    system: str,
    value: str,
    *,
    client: AuthenticatedClient,
) -> Person | Problem | None:
    """Reads the person known to `system` as `value`.

     For case workers, employment counsellors, administrators and service accounts with
    `persons:read`; the read is recorded in the audit log. No person with this id is a
    `404`; a `system` or `value` of the wrong form is a `422`.

    Args:
        system (str):
        value (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Person | Problem
    """

    return (
        await asyncio_detailed(
            system=system,
            value=value,
            client=client,
        )
    ).parsed
