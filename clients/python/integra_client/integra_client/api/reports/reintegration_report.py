import datetime
from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.age_band import AgeBand
from ...models.problem import Problem
from ...models.reintegration_report import ReintegrationReport
from ...models.sex import Sex
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    from_: datetime.date,
    to: datetime.date,
    programme_id: UUID | Unset = UNSET,
    region: str | Unset = UNSET,
    sex: Sex | Unset = UNSET,
    age_band: AgeBand | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_from_ = from_.isoformat()
    params["from"] = json_from_

    json_to = to.isoformat()
    params["to"] = json_to

    json_programme_id: str | Unset = UNSET
    if not isinstance(programme_id, Unset):
        json_programme_id = str(programme_id)
    params["programme_id"] = json_programme_id

    params["region"] = region

    json_sex: str | Unset = UNSET
    if not isinstance(sex, Unset):
        json_sex = sex.value

    params["sex"] = json_sex

    json_age_band: str | Unset = UNSET
    if not isinstance(age_band, Unset):
        json_age_band = age_band.value

    params["age_band"] = json_age_band

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/reports/reintegration",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | ReintegrationReport | None:
    if response.status_code == 200:
        response_200 = ReintegrationReport.from_dict(response.json())

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
) -> Response[Problem | ReintegrationReport]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    from_: datetime.date,
    to: datetime.date,
    programme_id: UUID | Unset = UNSET,
    region: str | Unset = UNSET,
    sex: Sex | Unset = UNSET,
    age_band: AgeBand | Unset = UNSET,
) -> Response[Problem | ReintegrationReport]:
    """Reads the reintegration report of a period.

     A funnel of distinct persons (reached, registered, screened, eligible, not eligible,
    assisted, not eligible and counselled), assistance by type (persons, persons involved,
    households, money committed and delivered) and returns by return type, over the period
    from `from` to `to` (both required).

    Case workers and employment counsellors count their organisation's records,
    administrators and monitors everyone's; monitors see every count from 1 to 4
    (and what would give one away by subtraction) as `null`, listed in
    `suppressed`. For callers who may read them, `links` names the records
    behind each figure. With `Accept: text/csv`: one row per figure.

    Args:
        from_ (datetime.date):
        to (datetime.date):
        programme_id (UUID | Unset):
        region (str | Unset):
        sex (Sex | Unset): Sex as recorded in the person's documents.
        age_band (AgeBand | Unset): An age band: age in whole years at the start of the report's
            period.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | ReintegrationReport]
    """

    kwargs = _get_kwargs(
        from_=from_,
        to=to,
        programme_id=programme_id,
        region=region,
        sex=sex,
        age_band=age_band,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    from_: datetime.date,
    to: datetime.date,
    programme_id: UUID | Unset = UNSET,
    region: str | Unset = UNSET,
    sex: Sex | Unset = UNSET,
    age_band: AgeBand | Unset = UNSET,
) -> Problem | ReintegrationReport | None:
    """Reads the reintegration report of a period.

     A funnel of distinct persons (reached, registered, screened, eligible, not eligible,
    assisted, not eligible and counselled), assistance by type (persons, persons involved,
    households, money committed and delivered) and returns by return type, over the period
    from `from` to `to` (both required).

    Case workers and employment counsellors count their organisation's records,
    administrators and monitors everyone's; monitors see every count from 1 to 4
    (and what would give one away by subtraction) as `null`, listed in
    `suppressed`. For callers who may read them, `links` names the records
    behind each figure. With `Accept: text/csv`: one row per figure.

    Args:
        from_ (datetime.date):
        to (datetime.date):
        programme_id (UUID | Unset):
        region (str | Unset):
        sex (Sex | Unset): Sex as recorded in the person's documents.
        age_band (AgeBand | Unset): An age band: age in whole years at the start of the report's
            period.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | ReintegrationReport
    """

    return sync_detailed(
        client=client,
        from_=from_,
        to=to,
        programme_id=programme_id,
        region=region,
        sex=sex,
        age_band=age_band,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    from_: datetime.date,
    to: datetime.date,
    programme_id: UUID | Unset = UNSET,
    region: str | Unset = UNSET,
    sex: Sex | Unset = UNSET,
    age_band: AgeBand | Unset = UNSET,
) -> Response[Problem | ReintegrationReport]:
    """Reads the reintegration report of a period.

     A funnel of distinct persons (reached, registered, screened, eligible, not eligible,
    assisted, not eligible and counselled), assistance by type (persons, persons involved,
    households, money committed and delivered) and returns by return type, over the period
    from `from` to `to` (both required).

    Case workers and employment counsellors count their organisation's records,
    administrators and monitors everyone's; monitors see every count from 1 to 4
    (and what would give one away by subtraction) as `null`, listed in
    `suppressed`. For callers who may read them, `links` names the records
    behind each figure. With `Accept: text/csv`: one row per figure.

    Args:
        from_ (datetime.date):
        to (datetime.date):
        programme_id (UUID | Unset):
        region (str | Unset):
        sex (Sex | Unset): Sex as recorded in the person's documents.
        age_band (AgeBand | Unset): An age band: age in whole years at the start of the report's
            period.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | ReintegrationReport]
    """

    kwargs = _get_kwargs(
        from_=from_,
        to=to,
        programme_id=programme_id,
        region=region,
        sex=sex,
        age_band=age_band,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    from_: datetime.date,
    to: datetime.date,
    programme_id: UUID | Unset = UNSET,
    region: str | Unset = UNSET,
    sex: Sex | Unset = UNSET,
    age_band: AgeBand | Unset = UNSET,
) -> Problem | ReintegrationReport | None:
    """Reads the reintegration report of a period.

     A funnel of distinct persons (reached, registered, screened, eligible, not eligible,
    assisted, not eligible and counselled), assistance by type (persons, persons involved,
    households, money committed and delivered) and returns by return type, over the period
    from `from` to `to` (both required).

    Case workers and employment counsellors count their organisation's records,
    administrators and monitors everyone's; monitors see every count from 1 to 4
    (and what would give one away by subtraction) as `null`, listed in
    `suppressed`. For callers who may read them, `links` names the records
    behind each figure. With `Accept: text/csv`: one row per figure.

    Args:
        from_ (datetime.date):
        to (datetime.date):
        programme_id (UUID | Unset):
        region (str | Unset):
        sex (Sex | Unset): Sex as recorded in the person's documents.
        age_band (AgeBand | Unset): An age band: age in whole years at the start of the report's
            period.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | ReintegrationReport
    """

    return (
        await asyncio_detailed(
            client=client,
            from_=from_,
            to=to,
            programme_id=programme_id,
            region=region,
            sex=sex,
            age_band=age_band,
        )
    ).parsed
