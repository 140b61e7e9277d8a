from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.coupon import Coupon
from ...models.coupon_reservations import CouponReservations
from ...models.error_response import ErrorResponse
from ...types import Response


def _get_kwargs(
    coupon_value: str,
    *,
    body: CouponReservations,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/coupon_reservations/{coupon_value}".format(
            coupon_value=quote(str(coupon_value), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Coupon | ErrorResponse:
    if response.status_code == 201:
        response_201 = Coupon.from_dict(response.json())

        return response_201

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
) -> Response[Coupon | ErrorResponse]:
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
    body: CouponReservations,
) -> Response[Coupon | ErrorResponse]:
    """Reserve a coupon for customer profiles

     Reserves the coupon for every listed profile. Reserving again for the same profile changes
    nothing, so the call is safe to retry. Coupons made for one recipient cannot be reserved.

    Args:
        coupon_value (str):
        body (CouponReservations): The customer profiles a reservation is for.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Coupon | ErrorResponse]
    """

    kwargs = _get_kwargs(
        coupon_value=coupon_value,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    coupon_value: str,
    *,
    client: AuthenticatedClient,
    body: CouponReservations,
) -> Coupon | ErrorResponse | None:
    """Reserve a coupon for customer profiles

     Reserves the coupon for every listed profile. Reserving again for the same profile changes
    nothing, so the call is safe to retry. Coupons made for one recipient cannot be reserved.

    Args:
        coupon_value (str):
        body (CouponReservations): The customer profiles a reservation is for.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Coupon | ErrorResponse
    """

    return sync_detailed(
        coupon_value=coupon_value,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    coupon_value: str,
    *,
    client: AuthenticatedClient,
    body: CouponReservations,
) -> Response[Coupon | ErrorResponse]:
    """Reserve a coupon for customer profiles

     Reserves the coupon for every listed profile. Reserving again for the same profile changes
    nothing, so the call is safe to retry. Coupons made for one recipient cannot be reserved.

    Args:
        coupon_value (str):
        body (CouponReservations): The customer profiles a reservation is for.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Coupon | ErrorResponse]
    """

    kwargs = _get_kwargs(
        coupon_value=coupon_value,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    coupon_value: str,
    *,
    client: AuthenticatedClient,
    body: CouponReservations,
) -> Coupon | ErrorResponse | None:
    """Reserve a coupon for customer profiles

     Reserves the coupon for every listed profile. Reserving again for the same profile changes
    nothing, so the call is safe to retry. Coupons made for one recipient cannot be reserved.

    Args:
        coupon_value (str):
        body (CouponReservations): The customer profiles a reservation is for.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Coupon | ErrorResponse
    """

    return (
        await asyncio_detailed(
            coupon_value=coupon_value,
            client=client,
            body=body,
        )
    ).parsed
