from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.risk_list import RiskList
from ...models.risk_status import RiskStatus
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: UUID,
    *,
    status: RiskStatus | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status.value

    params["status"] = json_status

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/projects/{id}/risks".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Problem | RiskList | None:
    if response.status_code == 200:
        response_200 = RiskList.from_dict(response.json())

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Problem | RiskList]:
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
    status: RiskStatus | Unset = UNSET,
) -> Response[Problem | RiskList]:
    """Lists a project's risks, highest score first (then in the order recorded).

     `status` keeps only the risks of that status. For monitors (committee members) and
    administrators; the risks come in one page (`next_cursor` is always `null`). `404`
    when the project does not exist.

    Args:
        id (UUID):
        status (RiskStatus | Unset): Where a risk stands.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | RiskList]
    """

    kwargs = _get_kwargs(
        id=id,
        status=status,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: UUID,
    *,
    client: AuthenticatedClient,
    status: RiskStatus | Unset = UNSET,
) -> Problem | RiskList | None:
    """Lists a project's risks, highest score first (then in the order recorded).

     `status` keeps only the risks of that status. For monitors (committee members) and
    administrators; the risks come in one page (`next_cursor` is always `null`). `404`
    when the project does not exist.

    Args:
        id (UUID):
        status (RiskStatus | Unset): Where a risk stands.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | RiskList
    """

    return sync_detailed(
        id=id,
        client=client,
        status=status,
    ).parsed


async def asyncio_detailed(
    id: UUID,
    *,
    client: AuthenticatedClient,
    status: RiskStatus | Unset = UNSET,
) -> Response[Problem | RiskList]:
    """Lists a project's risks, highest score first (then in the order recorded).

     `status` keeps only the risks of that status. For monitors (committee members) and
    administrators; the risks come in one page (`next_cursor` is always `null`). `404`
    when the project does not exist.

    Args:
        id (UUID):
        status (RiskStatus | Unset): Where a risk stands.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | RiskList]
    """

    kwargs = _get_kwargs(
        id=id,
        status=status,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: UUID,
    *,
    client: AuthenticatedClient,
    status: RiskStatus | Unset = UNSET,
) -> Problem | RiskList | None:
    """Lists a project's risks, highest score first (then in the order recorded).

     `status` keeps only the risks of that status. For monitors (committee members) and
    administrators; the risks come in one page (`next_cursor` is always `null`). `404`
    when the project does not exist.

    Args:
        id (UUID):
        status (RiskStatus | Unset): Where a risk stands.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | RiskList
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            status=status,
        )
    ).parsed
