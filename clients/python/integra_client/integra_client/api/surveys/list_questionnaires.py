from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.questionnaire_page import QuestionnairePage
from ...models.questionnaire_status import QuestionnaireStatus
from ...models.study import Study
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    code: str | Unset = UNSET,
    study: Study | Unset = UNSET,
    status: QuestionnaireStatus | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["code"] = code

    json_study: str | Unset = UNSET
    if not isinstance(study, Unset):
        json_study = study.value

    params["study"] = json_study

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status.value

    params["status"] = json_status

    params["limit"] = limit

    params["cursor"] = cursor

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/questionnaires",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | QuestionnairePage | None:
    if response.status_code == 200:
        response_200 = QuestionnairePage.from_dict(response.json())

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
) -> Response[Problem | QuestionnairePage]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    code: str | Unset = UNSET,
    study: Study | Unset = UNSET,
    status: QuestionnaireStatus | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> Response[Problem | QuestionnairePage]:
    """Lists questionnaires, every edition, in id order.

     For case workers, committee members (monitors) and administrators. The
    three field studies have a questionnaire each from the start
    (`reintegration-sustainability`, `integration-experience`,
    `labour-migration-attitudes`).

    Filters by `code` (every edition of it), `study` and `status`; pages with `limit` (1
    to 500, 50 when absent) and `cursor`. Questionnaires name nobody, so the list is not
    recorded in the audit log.

    Args:
        code (str | Unset):
        study (Study | Unset): The field study a questionnaire serves.
        status (QuestionnaireStatus | Unset): A draft is changed; a published questionnaire takes
            responses and never changes.
        limit (int | Unset):
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | QuestionnairePage]
    """

    kwargs = _get_kwargs(
        code=code,
        study=study,
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
    code: str | Unset = UNSET,
    study: Study | Unset = UNSET,
    status: QuestionnaireStatus | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> Problem | QuestionnairePage | None:
    """Lists questionnaires, every edition, in id order.

     For case workers, committee members (monitors) and administrators. The
    three field studies have a questionnaire each from the start
    (`reintegration-sustainability`, `integration-experience`,
    `labour-migration-attitudes`).

    Filters by `code` (every edition of it), `study` and `status`; pages with `limit` (1
    to 500, 50 when absent) and `cursor`. Questionnaires name nobody, so the list is not
    recorded in the audit log.

    Args:
        code (str | Unset):
        study (Study | Unset): The field study a questionnaire serves.
        status (QuestionnaireStatus | Unset): A draft is changed; a published questionnaire takes
            responses and never changes.
        limit (int | Unset):
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | QuestionnairePage
    """

    return sync_detailed(
        client=client,
        code=code,
        study=study,
        status=status,
        limit=limit,
        cursor=cursor,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    code: str | Unset = UNSET,
    study: Study | Unset = UNSET,
    status: QuestionnaireStatus | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> Response[Problem | QuestionnairePage]:
    """Lists questionnaires, every edition, in id order.

     For case workers, committee members (monitors) and administrators. The
    three field studies have a questionnaire each from the start
    (`reintegration-sustainability`, `integration-experience`,
    `labour-migration-attitudes`).

    Filters by `code` (every edition of it), `study` and `status`; pages with `limit` (1
    to 500, 50 when absent) and `cursor`. Questionnaires name nobody, so the list is not
    recorded in the audit log.

    Args:
        code (str | Unset):
        study (Study | Unset): The field study a questionnaire serves.
        status (QuestionnaireStatus | Unset): A draft is changed; a published questionnaire takes
            responses and never changes.
        limit (int | Unset):
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | QuestionnairePage]
    """

    kwargs = _get_kwargs(
        code=code,
        study=study,
        status=status,
        limit=limit,
        cursor=cursor,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    code: str | Unset = UNSET,
    study: Study | Unset = UNSET,
    status: QuestionnaireStatus | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> Problem | QuestionnairePage | None:
    """Lists questionnaires, every edition, in id order.

     For case workers, committee members (monitors) and administrators. The
    three field studies have a questionnaire each from the start
    (`reintegration-sustainability`, `integration-experience`,
    `labour-migration-attitudes`).

    Filters by `code` (every edition of it), `study` and `status`; pages with `limit` (1
    to 500, 50 when absent) and `cursor`. Questionnaires name nobody, so the list is not
    recorded in the audit log.

    Args:
        code (str | Unset):
        study (Study | Unset): The field study a questionnaire serves.
        status (QuestionnaireStatus | Unset): A draft is changed; a published questionnaire takes
            responses and never changes.
        limit (int | Unset):
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | QuestionnairePage
    """

    return (
        await asyncio_detailed(
            client=client,
            code=code,
            study=study,
            status=status,
            limit=limit,
            cursor=cursor,
        )
    ).parsed
