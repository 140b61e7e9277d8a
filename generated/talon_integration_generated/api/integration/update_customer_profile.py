from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.integration_state import IntegrationState
from ...models.new_customer_profile import NewCustomerProfile
from ...types import Response


def _get_kwargs(
    integration_id: str,
    *,
    body: NewCustomerProfile,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/v1/customer_profiles/{integration_id}".format(
            integration_id=quote(str(integration_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | IntegrationState:
    if response.status_code == 200:
        response_200 = IntegrationState.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = ErrorResponse.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = ErrorResponse.from_dict(response.json())

        return response_409

    if response.status_code == 429:
        response_429 = ErrorResponse.from_dict(response.json())

        return response_429

    response_default = ErrorResponse.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | IntegrationState]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    integration_id: str,
    *,
    client: AuthenticatedClient,
    body: NewCustomerProfile,
) -> Response[ErrorResponse | IntegrationState]:
    """Create or update a customer profile

     Creates the profile with this integration ID if it does not exist yet, and merges the given
    attributes into it. The answer is the profile's integration state after the rule engine ran.

    Args:
        integration_id (str):
        body (NewCustomerProfile): The attributes to merge into a customer profile.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | IntegrationState]
    """

    kwargs = _get_kwargs(
        integration_id=integration_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    integration_id: str,
    *,
    client: AuthenticatedClient,
    body: NewCustomerProfile,
) -> ErrorResponse | IntegrationState | None:
    """Create or update a customer profile

     Creates the profile with this integration ID if it does not exist yet, and merges the given
    attributes into it. The answer is the profile's integration state after the rule engine ran.

    Args:
        integration_id (str):
        body (NewCustomerProfile): The attributes to merge into a customer profile.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | IntegrationState
    """

    return sync_detailed(
        integration_id=integration_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    integration_id: str,
    *,
    client: AuthenticatedClient,
    body: NewCustomerProfile,
) -> Response[ErrorResponse | IntegrationState]:
    """Create or update a customer profile

     Creates the profile with this integration ID if it does not exist yet, and merges the given
    attributes into it. The answer is the profile's integration state after the rule engine ran.

    Args:
        integration_id (str):
        body (NewCustomerProfile): The attributes to merge into a customer profile.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | IntegrationState]
    """

    kwargs = _get_kwargs(
        integration_id=integration_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    integration_id: str,
    *,
    client: AuthenticatedClient,
    body: NewCustomerProfile,
) -> ErrorResponse | IntegrationState | None:
    """Create or update a customer profile

     Creates the profile with this integration ID if it does not exist yet, and merges the given
    attributes into it. The answer is the profile's integration state after the rule engine ran.

    Args:
        integration_id (str):
        body (NewCustomerProfile): The attributes to merge into a customer profile.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | IntegrationState
    """

    return (
        await asyncio_detailed(
            integration_id=integration_id,
            client=client,
            body=body,
        )
    ).parsed
