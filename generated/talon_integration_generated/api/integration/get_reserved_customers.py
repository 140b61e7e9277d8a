from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.reserved_customers import ReservedCustomers
from ...types import Response


def _get_kwargs(
    coupon_value: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/coupon_reservations/customerprofiles/{coupon_value}".format(
            coupon_value=quote(str(coupon_value), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | ReservedCustomers:
    if response.status_code == 200:
        response_200 = ReservedCustomers.from_dict(response.json())

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
) -> Response[ErrorResponse | ReservedCustomers]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    coupon_value: str,
    *,
    client: AuthenticatedClient,
) -> Response[ErrorResponse | ReservedCustomers]:
    """List the profiles that reserved a coupon

    Args:
        coupon_value (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ReservedCustomers]
    """

    kwargs = _get_kwargs(
        coupon_value=coupon_value,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    coupon_value: str,
    *,
    client: AuthenticatedClient,
) -> ErrorResponse | ReservedCustomers | None:
    """List the profiles that reserved a coupon

    Args:
        coupon_value (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ReservedCustomers
    """

    return sync_detailed(
        coupon_value=coupon_value,
        client=client,
    ).parsed


async def asyncio_detailed(
    coupon_value: str,
    *,
    client: AuthenticatedClient,
) -> Response[ErrorResponse | ReservedCustomers]:
    """List the profiles that reserved a coupon

    Args:
        coupon_value (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ReservedCustomers]
    """

    kwargs = _get_kwargs(
        coupon_value=coupon_value,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    coupon_value: str,
    *,
    client: AuthenticatedClient,
) -> ErrorResponse | ReservedCustomers | None:
    """List the profiles that reserved a coupon

    Args:
        coupon_value (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ReservedCustomers
    """

    return (
        await asyncio_detailed(
            coupon_value=coupon_value,
            client=client,
        )
    ).parsed
