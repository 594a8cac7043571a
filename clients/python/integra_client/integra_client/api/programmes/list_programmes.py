from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.programme_page import ProgrammePage
from ...models.programme_status import ProgrammeStatus
from ...models.stream import Stream
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    stream: Stream | Unset = UNSET,
    status: ProgrammeStatus | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_stream: str | Unset = UNSET
    if not isinstance(stream, Unset):
        json_stream = stream.value

    params["stream"] = json_stream

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status.value

    params["status"] = json_status

    params["limit"] = limit

    params["cursor"] = cursor

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/programmes",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | ProgrammePage | None:
    if response.status_code == 200:
        response_200 = ProgrammePage.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Problem.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Problem.from_dict(response.json())

        return response_403

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
) -> Response[Problem | ProgrammePage]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    stream: Stream | Unset = UNSET,
    status: ProgrammeStatus | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> Response[Problem | ProgrammePage]:
    """Lists programmes, oldest first.

     Returns one page of programmes, optionally filtered by `stream` and `status`, with
    cursor paging (`limit`, `cursor`). Open to administrators, case workers and
    employment counsellors; programmes hold no personal data and reads are not audited.

    Args:
        stream (Stream | Unset): The stream of work a programme belongs to.
        status (ProgrammeStatus | Unset): Where a programme is in its life: `draft` -> `open` ->
            `closed`.
        limit (int | Unset):
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | ProgrammePage]
    """

    kwargs = _get_kwargs(
        stream=stream,
        status=status,
        limit=limit,
        cursor=cursor,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    stream: Stream | Unset = UNSET,
    status: ProgrammeStatus | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> Problem | ProgrammePage | None:
    """Lists programmes, oldest first.

     Returns one page of programmes, optionally filtered by `stream` and `status`, with
    cursor paging (`limit`, `cursor`). Open to administrators, case workers and
    employment counsellors; programmes hold no personal data and reads are not audited.

    Args:
        stream (Stream | Unset): The stream of work a programme belongs to.
        status (ProgrammeStatus | Unset): Where a programme is in its life: `draft` -> `open` ->
            `closed`.
        limit (int | Unset):
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | ProgrammePage
    """

    return sync_detailed(
        client=client,
        stream=stream,
        status=status,
        limit=limit,
        cursor=cursor,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    stream: Stream | Unset = UNSET,
    status: ProgrammeStatus | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> Response[Problem | ProgrammePage]:
    """Lists programmes, oldest first.

     Returns one page of programmes, optionally filtered by `stream` and `status`, with
    cursor paging (`limit`, `cursor`). Open to administrators, case workers and
    employment counsellors; programmes hold no personal data and reads are not audited.

    Args:
        stream (Stream | Unset): The stream of work a programme belongs to.
        status (ProgrammeStatus | Unset): Where a programme is in its life: `draft` -> `open` ->
            `closed`.
        limit (int | Unset):
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | ProgrammePage]
    """

    kwargs = _get_kwargs(
        stream=stream,
        status=status,
        limit=limit,
        cursor=cursor,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    stream: Stream | Unset = UNSET,
    status: ProgrammeStatus | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> Problem | ProgrammePage | None:
    """Lists programmes, oldest first.

     Returns one page of programmes, optionally filtered by `stream` and `status`, with
    cursor paging (`limit`, `cursor`). Open to administrators, case workers and
    employment counsellors; programmes hold no personal data and reads are not audited.

    Args:
        stream (Stream | Unset): The stream of work a programme belongs to.
        status (ProgrammeStatus | Unset): Where a programme is in its life: `draft` -> `open` ->
            `closed`.
        limit (int | Unset):
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | ProgrammePage
    """

    return (
        await asyncio_detailed(
            client=client,
            stream=stream,
            status=status,
            limit=limit,
            cursor=cursor,
        )
    ).parsed
