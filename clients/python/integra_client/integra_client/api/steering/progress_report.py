import datetime
from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.progress_report import ProgressReport
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    project_id: UUID,
    as_of: datetime.date | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_project_id = str(project_id)
    params["project_id"] = json_project_id

    json_as_of: str | Unset = UNSET
    if not isinstance(as_of, Unset):
        json_as_of = as_of.isoformat()
    params["as_of"] = json_as_of

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/steering/progress-report",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | ProgressReport | None:
    if response.status_code == 200:
        response_200 = ProgressReport.from_dict(response.json())

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
) -> Response[Problem | ProgressReport]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    project_id: UUID,
    as_of: datetime.date | Unset = UNSET,
) -> Response[Problem | ProgressReport]:
    """Reads the progress report of a project on a day, for the steering committee.

     The project is `project_id` (required: `422` without it, `404` when no project has it)
    and the day `as_of` (today when absent). The report gives the objective's indicators
    and every outcome and output with its indicators (baseline, target, actual on the day,
    and a status from the share of the target reached against the share of time elapsed:
    `on_track` when at least as far, `at_risk` when at least three quarters as far,
    `off_track` below, `not_measured` without a value), the assumptions, the risks by
    score, the activities late against the plan, the overdue action items, and the
    decisions since the committee last met. For monitors (committee members) and
    administrators; a monitor sees a small cell of a report figure as `null`.

    With `Accept: text/html`: the same report as a self-contained printable
    page for the committee's papers (inline CSS and SVG bar charts of each
    indicator's actual value against its target; no scripts, nothing loaded
    from elsewhere), in Georgian or English by `Accept-Language`.

    Args:
        project_id (UUID):
        as_of (datetime.date | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | ProgressReport]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        as_of=as_of,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    project_id: UUID,
    as_of: datetime.date | Unset = UNSET,
) -> Problem | ProgressReport | None:
    """Reads the progress report of a project on a day, for the steering committee.

     The project is `project_id` (required: `422` without it, `404` when no project has it)
    and the day `as_of` (today when absent). The report gives the objective's indicators
    and every outcome and output with its indicators (baseline, target, actual on the day,
    and a status from the share of the target reached against the share of time elapsed:
    `on_track` when at least as far, `at_risk` when at least three quarters as far,
    `off_track` below, `not_measured` without a value), the assumptions, the risks by
    score, the activities late against the plan, the overdue action items, and the
    decisions since the committee last met. For monitors (committee members) and
    administrators; a monitor sees a small cell of a report figure as `null`.

    With `Accept: text/html`: the same report as a self-contained printable
    page for the committee's papers (inline CSS and SVG bar charts of each
    indicator's actual value against its target; no scripts, nothing loaded
    from elsewhere), in Georgian or English by `Accept-Language`.

    Args:
        project_id (UUID):
        as_of (datetime.date | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | ProgressReport
    """

    return sync_detailed(
        client=client,
        project_id=project_id,
        as_of=as_of,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    project_id: UUID,
    as_of: datetime.date | Unset = UNSET,
) -> Response[Problem | ProgressReport]:
    """Reads the progress report of a project on a day, for the steering committee.

     The project is `project_id` (required: `422` without it, `404` when no project has it)
    and the day `as_of` (today when absent). The report gives the objective's indicators
    and every outcome and output with its indicators (baseline, target, actual on the day,
    and a status from the share of the target reached against the share of time elapsed:
    `on_track` when at least as far, `at_risk` when at least three quarters as far,
    `off_track` below, `not_measured` without a value), the assumptions, the risks by
    score, the activities late against the plan, the overdue action items, and the
    decisions since the committee last met. For monitors (committee members) and
    administrators; a monitor sees a small cell of a report figure as `null`.

    With `Accept: text/html`: the same report as a self-contained printable
    page for the committee's papers (inline CSS and SVG bar charts of each
    indicator's actual value against its target; no scripts, nothing loaded
    from elsewhere), in Georgian or English by `Accept-Language`.

    Args:
        project_id (UUID):
        as_of (datetime.date | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | ProgressReport]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        as_of=as_of,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    project_id: UUID,
    as_of: datetime.date | Unset = UNSET,
) -> Problem | ProgressReport | None:
    """Reads the progress report of a project on a day, for the steering committee.

     The project is `project_id` (required: `422` without it, `404` when no project has it)
    and the day `as_of` (today when absent). The report gives the objective's indicators
    and every outcome and output with its indicators (baseline, target, actual on the day,
    and a status from the share of the target reached against the share of time elapsed:
    `on_track` when at least as far, `at_risk` when at least three quarters as far,
    `off_track` below, `not_measured` without a value), the assumptions, the risks by
    score, the activities late against the plan, the overdue action items, and the
    decisions since the committee last met. For monitors (committee members) and
    administrators; a monitor sees a small cell of a report figure as `null`.

    With `Accept: text/html`: the same report as a self-contained printable
    page for the committee's papers (inline CSS and SVG bar charts of each
    indicator's actual value against its target; no scripts, nothing loaded
    from elsewhere), in Georgian or English by `Accept-Language`.

    Args:
        project_id (UUID):
        as_of (datetime.date | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | ProgressReport
    """

    return (
        await asyncio_detailed(
            client=client,
            project_id=project_id,
            as_of=as_of,
        )
    ).parsed
