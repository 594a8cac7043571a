import datetime
from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.counselling_session_page import CounsellingSessionPage
from ...models.counselling_topic import CounsellingTopic
from ...models.problem import Problem
from ...models.stream import Stream
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    from_: datetime.date | Unset = UNSET,
    to: datetime.date | Unset = UNSET,
    stream: Stream | Unset = UNSET,
    topic: CounsellingTopic | Unset = UNSET,
    person_id: UUID | Unset = UNSET,
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

    json_stream: str | Unset = UNSET
    if not isinstance(stream, Unset):
        json_stream = stream.value

    params["stream"] = json_stream

    json_topic: str | Unset = UNSET
    if not isinstance(topic, Unset):
        json_topic = topic.value

    params["topic"] = json_topic

    json_person_id: str | Unset = UNSET
    if not isinstance(person_id, Unset):
        json_person_id = str(person_id)
    params["person_id"] = json_person_id

    json_programme_id: str | Unset = UNSET
    if not isinstance(programme_id, Unset):
        json_programme_id = str(programme_id)
    params["programme_id"] = json_programme_id

    params["limit"] = limit

    params["cursor"] = cursor

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/counselling-sessions",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CounsellingSessionPage | Problem | None:
    if response.status_code == 200:
        response_200 = CounsellingSessionPage.from_dict(response.json())

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
) -> Response[CounsellingSessionPage | Problem]:
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
    stream: Stream | Unset = UNSET,
    topic: CounsellingTopic | Unset = UNSET,
    person_id: UUID | Unset = UNSET,
    programme_id: UUID | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> Response[CounsellingSessionPage | Problem]:
    """Lists the counselling sessions of the caller's organisation.

     Returns one page in the order recorded (every organisation's, for an administrator),
    filtered by `from`/`to` (day held), `stream`, `topic`, `person_id` and `programme_id`,
    with cursor paging (`limit`, `cursor`). For case workers and employment counsellors;
    each listed session with a person is an audited read.

    Args:
        from_ (datetime.date | Unset):
        to (datetime.date | Unset):
        stream (Stream | Unset): The stream of work a programme belongs to.
        topic (CounsellingTopic | Unset): What a counselling session was about.
        person_id (UUID | Unset):
        programme_id (UUID | Unset):
        limit (int | Unset):
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CounsellingSessionPage | Problem]
    """

    kwargs = _get_kwargs(
        from_=from_,
        to=to,
        stream=stream,
        topic=topic,
        person_id=person_id,
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
    stream: Stream | Unset = UNSET,
    topic: CounsellingTopic | Unset = UNSET,
    person_id: UUID | Unset = UNSET,
    programme_id: UUID | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> CounsellingSessionPage | Problem | None:
    """Lists the counselling sessions of the caller's organisation.

     Returns one page in the order recorded (every organisation's, for an administrator),
    filtered by `from`/`to` (day held), `stream`, `topic`, `person_id` and `programme_id`,
    with cursor paging (`limit`, `cursor`). For case workers and employment counsellors;
    each listed session with a person is an audited read.

    Args:
        from_ (datetime.date | Unset):
        to (datetime.date | Unset):
        stream (Stream | Unset): The stream of work a programme belongs to.
        topic (CounsellingTopic | Unset): What a counselling session was about.
        person_id (UUID | Unset):
        programme_id (UUID | Unset):
        limit (int | Unset):
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CounsellingSessionPage | Problem
    """

    return sync_detailed(
        client=client,
        from_=from_,
        to=to,
        stream=stream,
        topic=topic,
        person_id=person_id,
        programme_id=programme_id,
        limit=limit,
        cursor=cursor,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    from_: datetime.date | Unset = UNSET,
    to: datetime.date | Unset = UNSET,
    stream: Stream | Unset = UNSET,
    topic: CounsellingTopic | Unset = UNSET,
    person_id: UUID | Unset = UNSET,
    programme_id: UUID | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> Response[CounsellingSessionPage | Problem]:
    """Lists the counselling sessions of the caller's organisation.

     Returns one page in the order recorded (every organisation's, for an administrator),
    filtered by `from`/`to` (day held), `stream`, `topic`, `person_id` and `programme_id`,
    with cursor paging (`limit`, `cursor`). For case workers and employment counsellors;
    each listed session with a person is an audited read.

    Args:
        from_ (datetime.date | Unset):
        to (datetime.date | Unset):
        stream (Stream | Unset): The stream of work a programme belongs to.
        topic (CounsellingTopic | Unset): What a counselling session was about.
        person_id (UUID | Unset):
        programme_id (UUID | Unset):
        limit (int | Unset):
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CounsellingSessionPage | Problem]
    """

    kwargs = _get_kwargs(
        from_=from_,
        to=to,
        stream=stream,
        topic=topic,
        person_id=person_id,
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
    stream: Stream | Unset = UNSET,
    topic: CounsellingTopic | Unset = UNSET,
    person_id: UUID | Unset = UNSET,
    programme_id: UUID | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> CounsellingSessionPage | Problem | None:
    """Lists the counselling sessions of the caller's organisation.

     Returns one page in the order recorded (every organisation's, for an administrator),
    filtered by `from`/`to` (day held), `stream`, `topic`, `person_id` and `programme_id`,
    with cursor paging (`limit`, `cursor`). For case workers and employment counsellors;
    each listed session with a person is an audited read.

    Args:
        from_ (datetime.date | Unset):
        to (datetime.date | Unset):
        stream (Stream | Unset): The stream of work a programme belongs to.
        topic (CounsellingTopic | Unset): What a counselling session was about.
        person_id (UUID | Unset):
        programme_id (UUID | Unset):
        limit (int | Unset):
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CounsellingSessionPage | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            from_=from_,
            to=to,
            stream=stream,
            topic=topic,
            person_id=person_id,
            programme_id=programme_id,
            limit=limit,
            cursor=cursor,
        )
    ).parsed
