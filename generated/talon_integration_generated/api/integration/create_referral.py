from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.new_referral import NewReferral
from ...models.referral import Referral
from ...types import Response


def _get_kwargs(
    *,
    body: NewReferral,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/referrals",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ErrorResponse | Referral:
    if response.status_code == 201:
        response_201 = Referral.from_dict(response.json())

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
) -> Response[ErrorResponse | Referral]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: NewReferral,
) -> Response[ErrorResponse | Referral]:
    """Create a referral code for an advocate

     Creates a referral code in a referral campaign for the advocate's profile; the service chooses
    the code. Not idempotent: sending it twice creates two codes.

    Args:
        body (NewReferral): A referral code to create for an advocate.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | Referral]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: NewReferral,
) -> ErrorResponse | Referral | None:
    """Create a referral code for an advocate

     Creates a referral code in a referral campaign for the advocate's profile; the service chooses
    the code. Not idempotent: sending it twice creates two codes.

    Args:
        body (NewReferral): A referral code to create for an advocate.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | Referral
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: NewReferral,
) -> Response[ErrorResponse | Referral]:
    """Create a referral code for an advocate

     Creates a referral code in a referral campaign for the advocate's profile; the service chooses
    the code. Not idempotent: sending it twice creates two codes.

    Args:
        body (NewReferral): A referral code to create for an advocate.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | Referral]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: NewReferral,
) -> ErrorResponse | Referral | None:
    """Create a referral code for an advocate

     Creates a referral code in a referral campaign for the advocate's profile; the service chooses
    the code. Not idempotent: sending it twice creates two codes.

    Args:
        body (NewReferral): A referral code to create for an advocate.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | Referral
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
