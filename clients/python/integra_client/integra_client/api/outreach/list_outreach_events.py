import datetime
from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.outreach_event_page import OutreachEventPage
from ...models.outreach_kind import OutreachKind
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    from_: datetime.date | Unset = UNSET,
    to: datetime.date | Unset = UNSET,
    region: str | Unset = UNSET,
    kind: OutreachKind | Unset = UNSET,
    programme_id: UUID | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_from_: str | Unset = UNSET
    if not isinstance(from_, Unset):
        json_from_ = from_.isoformat()
    params["from"] = json_from_

    json_to: str | Unset = UNSET
    if not isinstance(to, Unset):
        json_to = to.isoformat()
    params["to"] = json_to

    params["region"] = region

    json_kind: str | Unset = UNSET
    if not isinstance(kind, Unset):
        json_kind = kind.value

    params["kind"] = json_kind

    json_programme_id: str | Unset = UNSET
    if not isinstance(programme_id, Unset):
        json_programme_id = str(programme_id)
    params["programme_id"] = json_programme_id

    params["limit"] = limit

    params["cursor"] = cursor

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/outreach-events",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> OutreachEventPage | Problem | None:
    if response.status_code == 200:
        response_200 = OutreachEventPage.from_dict(response.json())

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
) -> Response[OutreachEventPage | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    from_: datetime.date | Unset = UNSET,
    to: datetime.date | Unset = UNSET,
    region: str | Unset = UNSET,
    kind: OutreachKind | Unset = UNSET,
    programme_id: UUID | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> Response[OutreachEventPage | Problem]:
    """Lists the outreach events of the caller's organisation.

     Returns one page in the order recorded (every organisation's, for an administrator),
    filtered by `from`/`to` (day held), `region`, `kind` and `programme_id`, with cursor
    paging (`limit`, `cursor`). For case workers and employment counsellors; events
    hold no personal data, so reads are not audited.

    Args:
        from_ (datetime.date | Unset):
        to (datetime.date | Unset):
        region (str | Unset):
        kind (OutreachKind | Unset): What kind of outreach an event was.
        programme_id (UUID | Unset):
        limit (int | Unset):
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OutreachEventPage | Problem]
    """

    kwargs = _get_kwargs(
        from_=from_,
        to=to,
        region=region,
        kind=kind,
        programme_id=programme_id,
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
    from_: datetime.date | Unset = UNSET,
    to: datetime.date | Unset = UNSET,
    region: str | Unset = UNSET,
    kind: OutreachKind | Unset = UNSET,
    programme_id: UUID | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> OutreachEventPage | Problem | None:
    """Lists the outreach events of the caller's organisation.

     Returns one page in the order recorded (every organisation's, for an administrator),
    filtered by `from`/`to` (day held), `region`, `kind` and `programme_id`, with cursor
    paging (`limit`, `cursor`). For case workers and employment counsellors; events
    hold no personal data, so reads are not audited.

    Args:
        from_ (datetime.date | Unset):
        to (datetime.date | Unset):
        region (str | Unset):
        kind (OutreachKind | Unset): What kind of outreach an event was.
        programme_id (UUID | Unset):
        limit (int | Unset):
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OutreachEventPage | Problem
    """

    return sync_detailed(
        client=client,
        from_=from_,
        to=to,
        region=region,
        kind=kind,
        programme_id=programme_id,
        limit=limit,
        cursor=cursor,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    from_: datetime.date | Unset = UNSET,
    to: datetime.date | Unset = UNSET,
    region: str | Unset = UNSET,
    kind: OutreachKind | Unset = UNSET,
    programme_id: UUID | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> Response[OutreachEventPage | Problem]:
    """Lists the outreach events of the caller's organisation.

     Returns one page in the order recorded (every organisation's, for an administrator),
    filtered by `from`/`to` (day held), `region`, `kind` and `programme_id`, with cursor
    paging (`limit`, `cursor`). For case workers and employment counsellors; events
    hold no personal data, so reads are not audited.

    Args:
        from_ (datetime.date | Unset):
        to (datetime.date | Unset):
        region (str | Unset):
        kind (OutreachKind | Unset): What kind of outreach an event was.
        programme_id (UUID | Unset):
        limit (int | Unset):
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OutreachEventPage | Problem]
    """

    kwargs = _get_kwargs(
        from_=from_,
        to=to,
        region=region,
        kind=kind,
        programme_id=programme_id,
        limit=limit,
        cursor=cursor,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    from_: datetime.date | Unset = UNSET,
    to: datetime.date | Unset = UNSET,
    region: str | Unset = UNSET,
    kind: OutreachKind | Unset = UNSET,
    programme_id: UUID | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> OutreachEventPage | Problem | None:
    """Lists the outreach events of the caller's organisation.

     Returns one page in the order recorded (every organisation's, for an administrator),
    filtered by `from`/`to` (day held), `region`, `kind` and `programme_id`, with cursor
    paging (`limit`, `cursor`). For case workers and employment counsellors; events
    hold no personal data, so reads are not audited.

    Args:
        from_ (datetime.date | Unset):
        to (datetime.date | Unset):
        region (str | Unset):
        kind (OutreachKind | Unset): What kind of outreach an event was.
        programme_id (UUID | Unset):
        limit (int | Unset):
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OutreachEventPage | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            from_=from_,
            to=to,
            region=region,
            kind=kind,
            programme_id=programme_id,
            limit=limit,
            cursor=cursor,
        )
    ).parsed
