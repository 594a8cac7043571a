import datetime
from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.survey_aggregates import SurveyAggregates
from ...types import UNSET, Response


def _get_kwargs(
    id: UUID,
    *,
    from_: datetime.date,
    to: datetime.date,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_from_ = from_.isoformat()
    params["from"] = json_from_

    json_to = to.isoformat()
    params["to"] = json_to

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/questionnaires/{id}/aggregates".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | SurveyAggregates | None:
    if response.status_code == 200:
        response_200 = SurveyAggregates.from_dict(response.json())

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


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Problem | SurveyAggregates]:
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
    from_: datetime.date,
    to: datetime.date,
) -> Response[Problem | SurveyAggregates]:
    """Reads the aggregates per question of the responses collected in a period.

     The period is `from` to `to`, both required. The answer gives the responses; for each
    question how many answered it; counts per option (choice questions) and per point
    (scales); the mean of scales and numbers, and the quartiles and median of numbers (to
    one decimal). Text answers are counted, never shown.

    Case workers and employment counsellors count their organisation's
    responses, administrators and monitors everyone's; monitors see every
    count from 1 to 4 (and what would give one away by subtraction) as
    `null`, and the means and quartiles of one to four answers too, listed in
    `suppressed`. With `Accept: text/csv`: one row per figure, the
    definitions in the language of `Accept-Language`.

    Args:
        id (UUID):
        from_ (datetime.date):
        to (datetime.date):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | SurveyAggregates]
    """

    kwargs = _get_kwargs(
        id=id,
        from_=from_,
        to=to,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: UUID,
    *,
    client: AuthenticatedClient,
    from_: datetime.date,
    to: datetime.date,
) -> Problem | SurveyAggregates | None:
    """Reads the aggregates per question of the responses collected in a period.

     The period is `from` to `to`, both required. The answer gives the responses; for each
    question how many answered it; counts per option (choice questions) and per point
    (scales); the mean of scales and numbers, and the quartiles and median of numbers (to
    one decimal). Text answers are counted, never shown.

    Case workers and employment counsellors count their organisation's
    responses, administrators and monitors everyone's; monitors see every
    count from 1 to 4 (and what would give one away by subtraction) as
    `null`, and the means and quartiles of one to four answers too, listed in
    `suppressed`. With `Accept: text/csv`: one row per figure, the
    definitions in the language of `Accept-Language`.

    Args:
        id (UUID):
        from_ (datetime.date):
        to (datetime.date):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | SurveyAggregates
    """

    return sync_detailed(
        id=id,
        client=client,
        from_=from_,
        to=to,
    ).parsed


async def asyncio_detailed(
    id: UUID,
    *,
    client: AuthenticatedClient,
    from_: datetime.date,
    to: datetime.date,
) -> Response[Problem | SurveyAggregates]:
    """Reads the aggregates per question of the responses collected in a period.

     The period is `from` to `to`, both required. The answer gives the responses; for each
    question how many answered it; counts per option (choice questions) and per point
    (scales); the mean of scales and numbers, and the quartiles and median of numbers (to
    one decimal). Text answers are counted, never shown.

    Case workers and employment counsellors count their organisation's
    responses, administrators and monitors everyone's; monitors see every
    count from 1 to 4 (and what would give one away by subtraction) as
    `null`, and the means and quartiles of one to four answers too, listed in
    `suppressed`. With `Accept: text/csv`: one row per figure, the
    definitions in the language of `Accept-Language`.

    Args:
        id (UUID):
        from_ (datetime.date):
        to (datetime.date):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | SurveyAggregates]
    """

    kwargs = _get_kwargs(
        id=id,
        from_=from_,
        to=to,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: UUID,
    *,
    client: AuthenticatedClient,
    from_: datetime.date,
    to: datetime.date,
) -> Problem | SurveyAggregates | None:
    """Reads the aggregates per question of the responses collected in a period.

     The period is `from` to `to`, both required. The answer gives the responses; for each
    question how many answered it; counts per option (choice questions) and per point
    (scales); the mean of scales and numbers, and the quartiles and median of numbers (to
    one decimal). Text answers are counted, never shown.

    Case workers and employment counsellors count their organisation's
    responses, administrators and monitors everyone's; monitors see every
    count from 1 to 4 (and what would give one away by subtraction) as
    `null`, and the means and quartiles of one to four answers too, listed in
    `suppressed`. With `Accept: text/csv`: one row per figure, the
    definitions in the language of `Accept-Language`.

    Args:
        id (UUID):
        from_ (datetime.date):
        to (datetime.date):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | SurveyAggregates
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            from_=from_,
            to=to,
        )
    ).parsed
