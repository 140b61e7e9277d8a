"""The operations as methods: ``SyncOperations``, ``AsyncOperations`` and their raw-response twins.

Generated from openapi.yaml by a custom template (``templates/client.py.jinja``); do not edit. A subclass
provides ``_request(operation, path, body, options)``; ``talon_integration``'s clients do.
"""

from __future__ import annotations

import datetime
from collections.abc import Mapping, Sequence
from decimal import Decimal
from typing import Any, Generic, TypeVar, Unpack

from . import types as _t
from .api.integration import create_coupon_reservation as _create_coupon_reservation
from .api.integration import create_referral as _create_referral
from .api.integration import delete_coupon_reservation as _delete_coupon_reservation
from .api.integration import delete_customer_data as _delete_customer_data
from .api.integration import get_reserved_coupons as _get_reserved_coupons
from .api.integration import get_reserved_customers as _get_reserved_customers
from .api.integration import track_event as _track_event
from .api.integration import update_customer_profile as _update_customer_profile
from .api.integration import update_customer_session as _update_customer_session
from .models import *

__all__ = ["AsyncOperations", "AsyncRawOperations", "SyncOperations", "SyncRawOperations"]

_IntegrationState = TypeVar("_IntegrationState", bound=IntegrationState)


class SyncOperations(Generic[_IntegrationState]):
    """Every operation as a method that returns its typed result (sync)."""

    __slots__ = ()

    def _invalid_input(self, error: _t.InputError) -> Exception:
        """The exception to raise for an argument the spec does not allow (a subclass may translate it)."""
        return error

    def _request(
        self, operation: _t.Operation[Any], path: str, body: dict[str, Any] | None, options: _t.RequestOptions
    ) -> Any:
        raise NotImplementedError

    def update_customer_profile(
        self, integration_id: str, *, attributes: Mapping[str, Any] | None = None, **options: Unpack[_t.RequestOptions]
    ) -> _IntegrationState:
        """Create or update a customer profile.

        Creates the profile with this integration ID if it does not exist yet, and merges the given
        attributes into it. The answer is the profile's integration state after the rule engine ran.

        Sends ``PUT /v1/customer_profiles/{integrationId}`` (updateCustomerProfile).
        Idempotent: retried as the retry policy says (README "Retries"), up to the client's ``max_retries``.

        Args:
            integration_id: The shop's own ID of the customer profile, free text sent as one path segment.
            attributes: Profile attributes defined in the Application, by name.
            timeout: Per-call option: seconds (or an ``httpx.Timeout``) for each wait of one attempt, instead of the
                client's.
            deadline: Per-call option: seconds for the whole call, all attempts and waits included (``None``: none),
                instead of the client's.
            extra_headers: Per-call option: headers to add (a mapping of names to values; never credentials).
            extra_body: Per-call option: fields merged into the JSON body before it is signed, for fields the spec does
                not have yet.

        Returns:
            ``IntegrationState``: The profile's integration state.

        Raises:
            InvalidInputError: An argument the spec does not allow (a required one missing, a wrong type, a value
                outside its length, bounds or choices), or a bad per-call option; raised before any I/O.
            APIStatusError: An error status, once the retries are used up: the subclass for its status (see
                ``talon_integration.errors``), with ``status_code``, ``message``, ``errors`` and ``request_id``.
                The spec documents 400, 401, 404, 409, 429 for this operation.
            APIConnectionError: The service could not be reached, or the connection dropped before the answer.
            APITimeoutError: A timeout or the call's deadline passed (an ``APIConnectionError``).
            APIResponseValidationError: The success answer is not JSON or does not match the schema
                (``ResponseTooLargeError``: it exceeds the client's ``max_response_bytes``).
            ClientClosedError: The client was closed before or during the call.

        Example:
            ```python
            integration_state = client.update_customer_profile("<integrationId>", attributes={"<name>": "<value>"})
            ```
        """
        try:
            path, body = _update_customer_profile.build(
                integration_id,
                attributes=attributes,
            )
        except _t.InputError as exc:
            raise self._invalid_input(exc) from None
        result: _IntegrationState = self._request(_update_customer_profile.OPERATION, path, body, options)
        return result

    def update_customer_session(
        self,
        customer_session_id: str,
        *,
        profile_id: str | None = None,
        coupon: str | None = None,
        referral: str | None = None,
        state: CustomerSessionState | None = None,
        cart_items: Sequence[CartItem | CartItemDict] | None = None,
        identifiers: Sequence[str] | None = None,
        total: float | Decimal | None = None,
        attributes: Mapping[str, Any] | None = None,
        **options: Unpack[_t.RequestOptions],
    ) -> _IntegrationState:
        """Create or update a customer session.

        Creates the session (and its profile) on first use and replaces the given fields: the cart,
        coupon and referral codes, attributes and state. Setting the state to `closed` records a
        purchase; `cancelled` undoes it. The rule engine evaluates the session and returns effects.

        Sends ``PUT /v1/customer_sessions/{customerSessionId}`` (updateCustomerSession).
        Idempotent: retried as the retry policy says (README "Retries"), up to the client's ``max_retries``.

        Args:
            customer_session_id: The shop's own ID of the session, free text sent as one path segment.
            profile_id: The integration ID of the customer's profile; empty or absent for an anonymous session.
            coupon: A coupon code entered by the customer.
            referral: A referral code entered by the customer.
            state: The state of a customer session: `open` (the default when never set), `closed` (a purchase:
                coupons are redeemed, the profile's totals grow), `partially_returned` (some items of a closed
                session were returned) or `cancelled` (a purchase undone). Allowed changes: open→closed,
                open→cancelled, closed→cancelled, closed→partially_returned, partially_returned→cancelled.
            cart_items: The full cart; it replaces the session's cart.
            identifiers: Identifiers of the customer's device or account, usable in limits and rules (e.g. to detect fraud).
            total: The session total before discounts.
            attributes: Session attributes defined in the Application, by name.
            timeout: Per-call option: seconds (or an ``httpx.Timeout``) for each wait of one attempt, instead of the
                client's.
            deadline: Per-call option: seconds for the whole call, all attempts and waits included (``None``: none),
                instead of the client's.
            extra_headers: Per-call option: headers to add (a mapping of names to values; never credentials).
            extra_body: Per-call option: fields merged into the JSON body before it is signed, for fields the spec does
                not have yet.

        Returns:
            ``IntegrationState``: The session's integration state, with the effects of the rules that fired.

        Raises:
            InvalidInputError: An argument the spec does not allow (a required one missing, a wrong type, a value
                outside its length, bounds or choices), or a bad per-call option; raised before any I/O.
            APIStatusError: An error status, once the retries are used up: the subclass for its status (see
                ``talon_integration.errors``), with ``status_code``, ``message``, ``errors`` and ``request_id``.
                The spec documents 400, 401, 404, 409, 429 for this operation.
            APIConnectionError: The service could not be reached, or the connection dropped before the answer.
            APITimeoutError: A timeout or the call's deadline passed (an ``APIConnectionError``).
            APIResponseValidationError: The success answer is not JSON or does not match the schema
                (``ResponseTooLargeError``: it exceeds the client's ``max_response_bytes``).
            ClientClosedError: The client was closed before or during the call.

        Example:
            ```python
            integration_state = client.update_customer_session("<customerSessionId>", profile_id="<profileId>")
            ```
        """
        try:
            path, body = _update_customer_session.build(
                customer_session_id,
                profile_id=profile_id,
                coupon=coupon,
                referral=referral,
                state=state,
                cart_items=cart_items,
                identifiers=identifiers,
                total=total,
                attributes=attributes,
            )
        except _t.InputError as exc:
            raise self._invalid_input(exc) from None
        result: _IntegrationState = self._request(_update_customer_session.OPERATION, path, body, options)
        return result

    def track_event(
        self,
        *,
        session_id: str,
        type: str,
        attributes: Mapping[str, Any] | None = None,
        profile_id: str | None = None,
        store_integration_id: str | None = None,
        **options: Unpack[_t.RequestOptions],
    ) -> _IntegrationState:
        """Track a custom event.

        Records an event of a type defined in the Application on a session (created on first use).
        Not idempotent: sending it twice records two events.

        Sends ``POST /v1/events`` (trackEvent).
        Not idempotent: retried only where the retry policy knows the request was not applied (README "Retries"), up
        to the client's ``max_retries``.

        Args:
            session_id: The session the event belongs to; created on first use. Required.
            type: An event type defined in the Application; not a reserved event name. Required.
            attributes: The event's attributes, as defined for its type.
            profile_id: The integration ID of the customer's profile.
            store_integration_id: The integration ID of the store the event happened in, as chosen when the store was created.
            timeout: Per-call option: seconds (or an ``httpx.Timeout``) for each wait of one attempt, instead of the
                client's.
            deadline: Per-call option: seconds for the whole call, all attempts and waits included (``None``: none),
                instead of the client's.
            extra_headers: Per-call option: headers to add (a mapping of names to values; never credentials).
            extra_body: Per-call option: fields merged into the JSON body before it is signed, for fields the spec does
                not have yet.

        Returns:
            ``IntegrationState``: The integration state after the event was recorded.

        Raises:
            InvalidInputError: An argument the spec does not allow (a required one missing, a wrong type, a value
                outside its length, bounds or choices), or a bad per-call option; raised before any I/O.
            APIStatusError: An error status, once the retries are used up: the subclass for its status (see
                ``talon_integration.errors``), with ``status_code``, ``message``, ``errors`` and ``request_id``.
                The spec documents 400, 401, 404, 409, 429 for this operation.
            APIConnectionError: The service could not be reached, or the connection dropped before the answer.
            APITimeoutError: A timeout or the call's deadline passed (an ``APIConnectionError``).
            APIResponseValidationError: The success answer is not JSON or does not match the schema
                (``ResponseTooLargeError``: it exceeds the client's ``max_response_bytes``).
            ClientClosedError: The client was closed before or during the call.

        Example:
            ```python
            integration_state = client.track_event(session_id="<sessionId>", type="<type>")
            ```
        """
        try:
            path, body = _track_event.build(
                session_id=session_id,
                type=type,
                attributes=attributes,
                profile_id=profile_id,
                store_integration_id=store_integration_id,
            )
        except _t.InputError as exc:
            raise self._invalid_input(exc) from None
        result: _IntegrationState = self._request(_track_event.OPERATION, path, body, options)
        return result

    def create_referral(
        self,
        *,
        campaign_id: int,
        advocate_profile_integration_id: str,
        friend_profile_integration_id: str | None = None,
        start_date: datetime.datetime | str | None = None,
        expiry_date: datetime.datetime | str | None = None,
        usage_limit: int | None = None,
        attributes: Mapping[str, Any] | None = None,
        **options: Unpack[_t.RequestOptions],
    ) -> Referral:
        """Create a referral code for an advocate.

        Creates a referral code in a referral campaign for the advocate's profile; the service chooses
        the code. Not idempotent: sending it twice creates two codes.

        Sends ``POST /v1/referrals`` (createReferral).
        Not idempotent: retried only where the retry policy knows the request was not applied (README "Retries"), up
        to the client's ``max_retries``.

        Args:
            campaign_id: The referral campaign the code belongs to. Required.
            advocate_profile_integration_id: The integration ID of the advocate's profile. Required.
            friend_profile_integration_id: The integration ID of the friend's profile, when the code is for one friend only.
            start_date: When the code becomes valid.
            expiry_date: When the code stops being valid; never, when absent.
            usage_limit: How many times the code may be used; 0 means no limit (campaign limits still apply).
            attributes: Referral attributes defined in the Application, by name.
            timeout: Per-call option: seconds (or an ``httpx.Timeout``) for each wait of one attempt, instead of the
                client's.
            deadline: Per-call option: seconds for the whole call, all attempts and waits included (``None``: none),
                instead of the client's.
            extra_headers: Per-call option: headers to add (a mapping of names to values; never credentials).
            extra_body: Per-call option: fields merged into the JSON body before it is signed, for fields the spec does
                not have yet.

        Returns:
            ``Referral``: The new referral with its code.

        Raises:
            InvalidInputError: An argument the spec does not allow (a required one missing, a wrong type, a value
                outside its length, bounds or choices), or a bad per-call option; raised before any I/O.
            APIStatusError: An error status, once the retries are used up: the subclass for its status (see
                ``talon_integration.errors``), with ``status_code``, ``message``, ``errors`` and ``request_id``.
                The spec documents 400, 401, 404, 409, 429 for this operation.
            APIConnectionError: The service could not be reached, or the connection dropped before the answer.
            APITimeoutError: A timeout or the call's deadline passed (an ``APIConnectionError``).
            APIResponseValidationError: The success answer is not JSON or does not match the schema
                (``ResponseTooLargeError``: it exceeds the client's ``max_response_bytes``).
            ClientClosedError: The client was closed before or during the call.

        Example:
            ```python
            referral = client.create_referral(campaign_id=1, advocate_profile_integration_id="<advocateProfileIntegrationId>")
            ```
        """
        try:
            path, body = _create_referral.build(
                campaign_id=campaign_id,
                advocate_profile_integration_id=advocate_profile_integration_id,
                friend_profile_integration_id=friend_profile_integration_id,
                start_date=start_date,
                expiry_date=expiry_date,
                usage_limit=usage_limit,
                attributes=attributes,
            )
        except _t.InputError as exc:
            raise self._invalid_input(exc) from None
        result: Referral = self._request(_create_referral.OPERATION, path, body, options)
        return result

    def delete_customer_data(self, integration_id: str, **options: Unpack[_t.RequestOptions]) -> None:
        """Delete a customer's personal data.

        Deletes the attributes of the profile and of everything that references it; history such as
        redemptions is kept but unlinked, and the profile cannot be read afterwards.

        Sends ``DELETE /v1/customer_data/{integrationId}`` (deleteCustomerData).
        Idempotent: retried as the retry policy says (README "Retries"), up to the client's ``max_retries``.

        Args:
            integration_id: The shop's own ID of the customer profile, free text sent as one path segment.
            timeout: Per-call option: seconds (or an ``httpx.Timeout``) for each wait of one attempt, instead of the
                client's.
            deadline: Per-call option: seconds for the whole call, all attempts and waits included (``None``: none),
                instead of the client's.
            extra_headers: Per-call option: headers to add (a mapping of names to values; never credentials).
            extra_body: Per-call option: fields merged into the JSON body before it is signed, for fields the spec does
                not have yet.

        Returns:
            ``None``: The data was deleted.

        Raises:
            InvalidInputError: An argument the spec does not allow (a required one missing, a wrong type, a value
                outside its length, bounds or choices), or a bad per-call option; raised before any I/O.
            APIStatusError: An error status, once the retries are used up: the subclass for its status (see
                ``talon_integration.errors``), with ``status_code``, ``message``, ``errors`` and ``request_id``.
                The spec documents 400, 401, 404, 409, 429 for this operation.
            APIConnectionError: The service could not be reached, or the connection dropped before the answer.
            APITimeoutError: A timeout or the call's deadline passed (an ``APIConnectionError``).
            ResponseTooLargeError: The success answer exceeds the client's ``max_response_bytes``.
            ClientClosedError: The client was closed before or during the call.

        Example:
            ```python
            client.delete_customer_data("<integrationId>")
            ```
        """
        try:
            path, body = _delete_customer_data.build(
                integration_id,
            )
        except _t.InputError as exc:
            raise self._invalid_input(exc) from None
        result: None = self._request(_delete_customer_data.OPERATION, path, body, options)
        return result

    def create_coupon_reservation(
        self, coupon_value: str, *, integration_ids: Sequence[str], **options: Unpack[_t.RequestOptions]
    ) -> Coupon:
        """Reserve a coupon for customer profiles.

        Reserves the coupon for every listed profile. Reserving again for the same profile changes
        nothing, so the call is safe to retry. Coupons made for one recipient cannot be reserved.

        Sends ``POST /v1/coupon_reservations/{couponValue}`` (createCouponReservation).
        Idempotent: retried as the retry policy says (README "Retries"), up to the client's ``max_retries``.

        Args:
            coupon_value: The coupon code, free text sent as one path segment.
            integration_ids: Integration IDs of customer profiles (at most 1000 per request). Required.
            timeout: Per-call option: seconds (or an ``httpx.Timeout``) for each wait of one attempt, instead of the
                client's.
            deadline: Per-call option: seconds for the whole call, all attempts and waits included (``None``: none),
                instead of the client's.
            extra_headers: Per-call option: headers to add (a mapping of names to values; never credentials).
            extra_body: Per-call option: fields merged into the JSON body before it is signed, for fields the spec does
                not have yet.

        Returns:
            ``Coupon``: The reserved coupon.

        Raises:
            InvalidInputError: An argument the spec does not allow (a required one missing, a wrong type, a value
                outside its length, bounds or choices), or a bad per-call option; raised before any I/O.
            APIStatusError: An error status, once the retries are used up: the subclass for its status (see
                ``talon_integration.errors``), with ``status_code``, ``message``, ``errors`` and ``request_id``.
                The spec documents 400, 401, 404, 409, 429 for this operation.
            APIConnectionError: The service could not be reached, or the connection dropped before the answer.
            APITimeoutError: A timeout or the call's deadline passed (an ``APIConnectionError``).
            APIResponseValidationError: The success answer is not JSON or does not match the schema
                (``ResponseTooLargeError``: it exceeds the client's ``max_response_bytes``).
            ClientClosedError: The client was closed before or during the call.

        Example:
            ```python
            coupon = client.create_coupon_reservation("<couponValue>", integration_ids=["<integrationIDs>"])
            ```
        """
        try:
            path, body = _create_coupon_reservation.build(
                coupon_value,
                integration_ids=integration_ids,
            )
        except _t.InputError as exc:
            raise self._invalid_input(exc) from None
        result: Coupon = self._request(_create_coupon_reservation.OPERATION, path, body, options)
        return result

    def delete_coupon_reservation(
        self, coupon_value: str, *, integration_ids: Sequence[str], **options: Unpack[_t.RequestOptions]
    ) -> None:
        """Remove a coupon's reservations.

        Removes the coupon's reservation for every listed profile. This DELETE carries a JSON body.

        Sends ``DELETE /v1/coupon_reservations/{couponValue}`` (deleteCouponReservation).
        Idempotent: retried as the retry policy says (README "Retries"), up to the client's ``max_retries``.

        Args:
            coupon_value: The coupon code, free text sent as one path segment.
            integration_ids: Integration IDs of customer profiles (at most 1000 per request). Required.
            timeout: Per-call option: seconds (or an ``httpx.Timeout``) for each wait of one attempt, instead of the
                client's.
            deadline: Per-call option: seconds for the whole call, all attempts and waits included (``None``: none),
                instead of the client's.
            extra_headers: Per-call option: headers to add (a mapping of names to values; never credentials).
            extra_body: Per-call option: fields merged into the JSON body before it is signed, for fields the spec does
                not have yet.

        Returns:
            ``None``: The reservations were removed.

        Raises:
            InvalidInputError: An argument the spec does not allow (a required one missing, a wrong type, a value
                outside its length, bounds or choices), or a bad per-call option; raised before any I/O.
            APIStatusError: An error status, once the retries are used up: the subclass for its status (see
                ``talon_integration.errors``), with ``status_code``, ``message``, ``errors`` and ``request_id``.
                The spec documents 400, 401, 404, 409, 429 for this operation.
            APIConnectionError: The service could not be reached, or the connection dropped before the answer.
            APITimeoutError: A timeout or the call's deadline passed (an ``APIConnectionError``).
            ResponseTooLargeError: The success answer exceeds the client's ``max_response_bytes``.
            ClientClosedError: The client was closed before or during the call.

        Example:
            ```python
            client.delete_coupon_reservation("<couponValue>", integration_ids=["<integrationIDs>"])
            ```
        """
        try:
            path, body = _delete_coupon_reservation.build(
                coupon_value,
                integration_ids=integration_ids,
            )
        except _t.InputError as exc:
            raise self._invalid_input(exc) from None
        result: None = self._request(_delete_coupon_reservation.OPERATION, path, body, options)
        return result

    def get_reserved_customers(self, coupon_value: str, **options: Unpack[_t.RequestOptions]) -> ReservedCustomers:
        """List the profiles that reserved a coupon.

        Sends ``GET /v1/coupon_reservations/customerprofiles/{couponValue}`` (getReservedCustomers).
        Idempotent: retried as the retry policy says (README "Retries"), up to the client's ``max_retries``.

        Args:
            coupon_value: The coupon code, free text sent as one path segment.
            timeout: Per-call option: seconds (or an ``httpx.Timeout``) for each wait of one attempt, instead of the
                client's.
            deadline: Per-call option: seconds for the whole call, all attempts and waits included (``None``: none),
                instead of the client's.
            extra_headers: Per-call option: headers to add (a mapping of names to values; never credentials).
            extra_body: Per-call option: fields merged into the JSON body before it is signed, for fields the spec does
                not have yet.

        Returns:
            ``ReservedCustomers``: The profiles holding a reservation of the coupon.

        Raises:
            InvalidInputError: An argument the spec does not allow (a required one missing, a wrong type, a value
                outside its length, bounds or choices), or a bad per-call option; raised before any I/O.
            APIStatusError: An error status, once the retries are used up: the subclass for its status (see
                ``talon_integration.errors``), with ``status_code``, ``message``, ``errors`` and ``request_id``.
                The spec documents 400, 401, 404, 409, 429 for this operation.
            APIConnectionError: The service could not be reached, or the connection dropped before the answer.
            APITimeoutError: A timeout or the call's deadline passed (an ``APIConnectionError``).
            APIResponseValidationError: The success answer is not JSON or does not match the schema
                (``ResponseTooLargeError``: it exceeds the client's ``max_response_bytes``).
            ClientClosedError: The client was closed before or during the call.

        Example:
            ```python
            reserved_customers = client.get_reserved_customers("<couponValue>")
            ```
        """
        try:
            path, body = _get_reserved_customers.build(
                coupon_value,
            )
        except _t.InputError as exc:
            raise self._invalid_input(exc) from None
        result: ReservedCustomers = self._request(_get_reserved_customers.OPERATION, path, body, options)
        return result

    def get_reserved_coupons(self, integration_id: str, **options: Unpack[_t.RequestOptions]) -> ReservedCoupons:
        """List a profile's reserved coupons that are still usable.

        Only coupons that are started, not expired and under their usage limit are listed.

        Sends ``GET /v1/coupon_reservations/coupons/{integrationId}`` (getReservedCoupons).
        Idempotent: retried as the retry policy says (README "Retries"), up to the client's ``max_retries``.

        Args:
            integration_id: The shop's own ID of the customer profile, free text sent as one path segment.
            timeout: Per-call option: seconds (or an ``httpx.Timeout``) for each wait of one attempt, instead of the
                client's.
            deadline: Per-call option: seconds for the whole call, all attempts and waits included (``None``: none),
                instead of the client's.
            extra_headers: Per-call option: headers to add (a mapping of names to values; never credentials).
            extra_body: Per-call option: fields merged into the JSON body before it is signed, for fields the spec does
                not have yet.

        Returns:
            ``ReservedCoupons``: The profile's reserved, still valid coupons.

        Raises:
            InvalidInputError: An argument the spec does not allow (a required one missing, a wrong type, a value
                outside its length, bounds or choices), or a bad per-call option; raised before any I/O.
            APIStatusError: An error status, once the retries are used up: the subclass for its status (see
                ``talon_integration.errors``), with ``status_code``, ``message``, ``errors`` and ``request_id``.
                The spec documents 400, 401, 404, 409, 429 for this operation.
            APIConnectionError: The service could not be reached, or the connection dropped before the answer.
            APITimeoutError: A timeout or the call's deadline passed (an ``APIConnectionError``).
            APIResponseValidationError: The success answer is not JSON or does not match the schema
                (``ResponseTooLargeError``: it exceeds the client's ``max_response_bytes``).
            ClientClosedError: The client was closed before or during the call.

        Example:
            ```python
            reserved_coupons = client.get_reserved_coupons("<integrationId>")
            ```
        """
        try:
            path, body = _get_reserved_coupons.build(
                integration_id,
            )
        except _t.InputError as exc:
            raise self._invalid_input(exc) from None
        result: ReservedCoupons = self._request(_get_reserved_coupons.OPERATION, path, body, options)
        return result


class AsyncOperations(Generic[_IntegrationState]):
    """Every operation as a coroutine method that returns its typed result (async)."""

    __slots__ = ()

    def _invalid_input(self, error: _t.InputError) -> Exception:
        """The exception to raise for an argument the spec does not allow (a subclass may translate it)."""
        return error

    async def _request(
        self, operation: _t.Operation[Any], path: str, body: dict[str, Any] | None, options: _t.RequestOptions
    ) -> Any:
        raise NotImplementedError

    async def update_customer_profile(
        self, integration_id: str, *, attributes: Mapping[str, Any] | None = None, **options: Unpack[_t.RequestOptions]
    ) -> _IntegrationState:
        """Create or update a customer profile, awaited: the async twin of ``SyncOperations.update_customer_profile``
        (the sync client's method), with the same arguments and errors; returns the ``IntegrationState``."""
        try:
            path, body = _update_customer_profile.build(
                integration_id,
                attributes=attributes,
            )
        except _t.InputError as exc:
            raise self._invalid_input(exc) from None
        result: _IntegrationState = await self._request(_update_customer_profile.OPERATION, path, body, options)
        return result

    async def update_customer_session(
        self,
        customer_session_id: str,
        *,
        profile_id: str | None = None,
        coupon: str | None = None,
        referral: str | None = None,
        state: CustomerSessionState | None = None,
        cart_items: Sequence[CartItem | CartItemDict] | None = None,
        identifiers: Sequence[str] | None = None,
        total: float | Decimal | None = None,
        attributes: Mapping[str, Any] | None = None,
        **options: Unpack[_t.RequestOptions],
    ) -> _IntegrationState:
        """Create or update a customer session, awaited: the async twin of ``SyncOperations.update_customer_session``
        (the sync client's method), with the same arguments and errors; returns the ``IntegrationState``."""
        try:
            path, body = _update_customer_session.build(
                customer_session_id,
                profile_id=profile_id,
                coupon=coupon,
                referral=referral,
                state=state,
                cart_items=cart_items,
                identifiers=identifiers,
                total=total,
                attributes=attributes,
            )
        except _t.InputError as exc:
            raise self._invalid_input(exc) from None
        result: _IntegrationState = await self._request(_update_customer_session.OPERATION, path, body, options)
        return result

    async def track_event(
        self,
        *,
        session_id: str,
        type: str,
        attributes: Mapping[str, Any] | None = None,
        profile_id: str | None = None,
        store_integration_id: str | None = None,
        **options: Unpack[_t.RequestOptions],
    ) -> _IntegrationState:
        """Track a custom event, awaited: the async twin of ``SyncOperations.track_event`` (the sync client's method),
        with the same arguments and errors; returns the ``IntegrationState``."""
        try:
            path, body = _track_event.build(
                session_id=session_id,
                type=type,
                attributes=attributes,
                profile_id=profile_id,
                store_integration_id=store_integration_id,
            )
        except _t.InputError as exc:
            raise self._invalid_input(exc) from None
        result: _IntegrationState = await self._request(_track_event.OPERATION, path, body, options)
        return result

    async def create_referral(
        self,
        *,
        campaign_id: int,
        advocate_profile_integration_id: str,
        friend_profile_integration_id: str | None = None,
        start_date: datetime.datetime | str | None = None,
        expiry_date: datetime.datetime | str | None = None,
        usage_limit: int | None = None,
        attributes: Mapping[str, Any] | None = None,
        **options: Unpack[_t.RequestOptions],
    ) -> Referral:
        """Create a referral code for an advocate, awaited: the async twin of ``SyncOperations.create_referral`` (the
        sync client's method), with the same arguments and errors; returns the ``Referral``."""
        try:
            path, body = _create_referral.build(
                campaign_id=campaign_id,
                advocate_profile_integration_id=advocate_profile_integration_id,
                friend_profile_integration_id=friend_profile_integration_id,
                start_date=start_date,
                expiry_date=expiry_date,
                usage_limit=usage_limit,
                attributes=attributes,
            )
        except _t.InputError as exc:
            raise self._invalid_input(exc) from None
        result: Referral = await self._request(_create_referral.OPERATION, path, body, options)
        return result

    async def delete_customer_data(self, integration_id: str, **options: Unpack[_t.RequestOptions]) -> None:
        """Delete a customer's personal data, awaited: the async twin of ``SyncOperations.delete_customer_data`` (the
        sync client's method), with the same arguments and errors; returns ``None``."""
        try:
            path, body = _delete_customer_data.build(
                integration_id,
            )
        except _t.InputError as exc:
            raise self._invalid_input(exc) from None
        result: None = await self._request(_delete_customer_data.OPERATION, path, body, options)
        return result

    async def create_coupon_reservation(
        self, coupon_value: str, *, integration_ids: Sequence[str], **options: Unpack[_t.RequestOptions]
    ) -> Coupon:
        """Reserve a coupon for customer profiles, awaited: the async twin of
        ``SyncOperations.create_coupon_reservation`` (the sync client's method), with the same arguments and errors;
        returns the ``Coupon``."""
        try:
            path, body = _create_coupon_reservation.build(
                coupon_value,
                integration_ids=integration_ids,
            )
        except _t.InputError as exc:
            raise self._invalid_input(exc) from None
        result: Coupon = await self._request(_create_coupon_reservation.OPERATION, path, body, options)
        return result

    async def delete_coupon_reservation(
        self, coupon_value: str, *, integration_ids: Sequence[str], **options: Unpack[_t.RequestOptions]
    ) -> None:
        """Remove a coupon's reservations, awaited: the async twin of ``SyncOperations.delete_coupon_reservation`` (the
        sync client's method), with the same arguments and errors; returns ``None``."""
        try:
            path, body = _delete_coupon_reservation.build(
                coupon_value,
                integration_ids=integration_ids,
            )
        except _t.InputError as exc:
            raise self._invalid_input(exc) from None
        result: None = await self._request(_delete_coupon_reservation.OPERATION, path, body, options)
        return result

    async def get_reserved_customers(
        self, coupon_value: str, **options: Unpack[_t.RequestOptions]
    ) -> ReservedCustomers:
        """List the profiles that reserved a coupon, awaited: the async twin of
        ``SyncOperations.get_reserved_customers`` (the sync client's method), with the same arguments and errors;
        returns the ``ReservedCustomers``."""
        try:
            path, body = _get_reserved_customers.build(
                coupon_value,
            )
        except _t.InputError as exc:
            raise self._invalid_input(exc) from None
        result: ReservedCustomers = await self._request(_get_reserved_customers.OPERATION, path, body, options)
        return result

    async def get_reserved_coupons(self, integration_id: str, **options: Unpack[_t.RequestOptions]) -> ReservedCoupons:
        """List a profile's reserved coupons that are still usable, awaited: the async twin of
        ``SyncOperations.get_reserved_coupons`` (the sync client's method), with the same arguments and errors;
        returns the ``ReservedCoupons``."""
        try:
            path, body = _get_reserved_coupons.build(
                integration_id,
            )
        except _t.InputError as exc:
            raise self._invalid_input(exc) from None
        result: ReservedCoupons = await self._request(_get_reserved_coupons.OPERATION, path, body, options)
        return result


class SyncRawOperations(Generic[_IntegrationState]):
    """Every operation as a method that returns the raw HTTP answer (``RawResponse``; ``parse()`` for the result)."""

    __slots__ = ()

    def _invalid_input(self, error: _t.InputError) -> Exception:
        """The exception to raise for an argument the spec does not allow (a subclass may translate it)."""
        return error

    def _request(
        self, operation: _t.Operation[Any], path: str, body: dict[str, Any] | None, options: _t.RequestOptions
    ) -> Any:
        raise NotImplementedError

    def update_customer_profile(
        self, integration_id: str, *, attributes: Mapping[str, Any] | None = None, **options: Unpack[_t.RequestOptions]
    ) -> _t.RawResponse[_IntegrationState]:
        """Create or update a customer profile, answered raw: the raw-response twin of
        ``SyncOperations.update_customer_profile`` (the sync client's method), with the same arguments; returns a
        ``RawResponse`` (the HTTP answer) whose ``parse()`` gives the ``IntegrationState``. It raises as that method
        does, except that parsing, and its ``APIResponseValidationError``, waits for ``parse()``."""
        try:
            path, body = _update_customer_profile.build(
                integration_id,
                attributes=attributes,
            )
        except _t.InputError as exc:
            raise self._invalid_input(exc) from None
        result: _t.RawResponse[_IntegrationState] = self._request(
            _update_customer_profile.OPERATION, path, body, options
        )
        return result

    def update_customer_session(
        self,
        customer_session_id: str,
        *,
        profile_id: str | None = None,
        coupon: str | None = None,
        referral: str | None = None,
        state: CustomerSessionState | None = None,
        cart_items: Sequence[CartItem | CartItemDict] | None = None,
        identifiers: Sequence[str] | None = None,
        total: float | Decimal | None = None,
        attributes: Mapping[str, Any] | None = None,
        **options: Unpack[_t.RequestOptions],
    ) -> _t.RawResponse[_IntegrationState]:
        """Create or update a customer session, answered raw: the raw-response twin of
        ``SyncOperations.update_customer_session`` (the sync client's method), with the same arguments; returns a
        ``RawResponse`` (the HTTP answer) whose ``parse()`` gives the ``IntegrationState``. It raises as that method
        does, except that parsing, and its ``APIResponseValidationError``, waits for ``parse()``."""
        try:
            path, body = _update_customer_session.build(
                customer_session_id,
                profile_id=profile_id,
                coupon=coupon,
                referral=referral,
                state=state,
                cart_items=cart_items,
                identifiers=identifiers,
                total=total,
                attributes=attributes,
            )
        except _t.InputError as exc:
            raise self._invalid_input(exc) from None
        result: _t.RawResponse[_IntegrationState] = self._request(
            _update_customer_session.OPERATION, path, body, options
        )
        return result

    def track_event(
        self,
        *,
        session_id: str,
        type: str,
        attributes: Mapping[str, Any] | None = None,
        profile_id: str | None = None,
        store_integration_id: str | None = None,
        **options: Unpack[_t.RequestOptions],
    ) -> _t.RawResponse[_IntegrationState]:
        """Track a custom event, answered raw: the raw-response twin of ``SyncOperations.track_event`` (the sync
        client's method), with the same arguments; returns a ``RawResponse`` (the HTTP answer) whose ``parse()``
        gives the ``IntegrationState``. It raises as that method does, except that parsing, and its
        ``APIResponseValidationError``, waits for ``parse()``."""
        try:
            path, body = _track_event.build(
                session_id=session_id,
                type=type,
                attributes=attributes,
                profile_id=profile_id,
                store_integration_id=store_integration_id,
            )
        except _t.InputError as exc:
            raise self._invalid_input(exc) from None
        result: _t.RawResponse[_IntegrationState] = self._request(_track_event.OPERATION, path, body, options)
        return result

    def create_referral(
        self,
        *,
        campaign_id: int,
        advocate_profile_integration_id: str,
        friend_profile_integration_id: str | None = None,
        start_date: datetime.datetime | str | None = None,
        expiry_date: datetime.datetime | str | None = None,
        usage_limit: int | None = None,
        attributes: Mapping[str, Any] | None = None,
        **options: Unpack[_t.RequestOptions],
    ) -> _t.RawResponse[Referral]:
        """Create a referral code for an advocate, answered raw: the raw-response twin of
        ``SyncOperations.create_referral`` (the sync client's method), with the same arguments; returns a
        ``RawResponse`` (the HTTP answer) whose ``parse()`` gives the ``Referral``. It raises as that method does,
        except that parsing, and its ``APIResponseValidationError``, waits for ``parse()``."""
        try:
            path, body = _create_referral.build(
                campaign_id=campaign_id,
                advocate_profile_integration_id=advocate_profile_integration_id,
                friend_profile_integration_id=friend_profile_integration_id,
                start_date=start_date,
                expiry_date=expiry_date,
                usage_limit=usage_limit,
                attributes=attributes,
            )
        except _t.InputError as exc:
            raise self._invalid_input(exc) from None
        result: _t.RawResponse[Referral] = self._request(_create_referral.OPERATION, path, body, options)
        return result

    def delete_customer_data(self, integration_id: str, **options: Unpack[_t.RequestOptions]) -> _t.RawResponse[None]:
        """Delete a customer's personal data, answered raw: the raw-response twin of
        ``SyncOperations.delete_customer_data`` (the sync client's method), with the same arguments; returns a
        ``RawResponse`` (the HTTP answer) whose ``parse()`` gives ``None``. It raises as that method does."""
        try:
            path, body = _delete_customer_data.build(
                integration_id,
            )
        except _t.InputError as exc:
            raise self._invalid_input(exc) from None
        result: _t.RawResponse[None] = self._request(_delete_customer_data.OPERATION, path, body, options)
        return result

    def create_coupon_reservation(
        self, coupon_value: str, *, integration_ids: Sequence[str], **options: Unpack[_t.RequestOptions]
    ) -> _t.RawResponse[Coupon]:
        """Reserve a coupon for customer profiles, answered raw: the raw-response twin of
        ``SyncOperations.create_coupon_reservation`` (the sync client's method), with the same arguments; returns a
        ``RawResponse`` (the HTTP answer) whose ``parse()`` gives the ``Coupon``. It raises as that method does,
        except that parsing, and its ``APIResponseValidationError``, waits for ``parse()``."""
        try:
            path, body = _create_coupon_reservation.build(
                coupon_value,
                integration_ids=integration_ids,
            )
        except _t.InputError as exc:
            raise self._invalid_input(exc) from None
        result: _t.RawResponse[Coupon] = self._request(_create_coupon_reservation.OPERATION, path, body, options)
        return result

    def delete_coupon_reservation(
        self, coupon_value: str, *, integration_ids: Sequence[str], **options: Unpack[_t.RequestOptions]
    ) -> _t.RawResponse[None]:
        """Remove a coupon's reservations, answered raw: the raw-response twin of
        ``SyncOperations.delete_coupon_reservation`` (the sync client's method), with the same arguments; returns a
        ``RawResponse`` (the HTTP answer) whose ``parse()`` gives ``None``. It raises as that method does."""
        try:
            path, body = _delete_coupon_reservation.build(
                coupon_value,
                integration_ids=integration_ids,
            )
        except _t.InputError as exc:
            raise self._invalid_input(exc) from None
        result: _t.RawResponse[None] = self._request(_delete_coupon_reservation.OPERATION, path, body, options)
        return result

    def get_reserved_customers(
        self, coupon_value: str, **options: Unpack[_t.RequestOptions]
    ) -> _t.RawResponse[ReservedCustomers]:
        """List the profiles that reserved a coupon, answered raw: the raw-response twin of
        ``SyncOperations.get_reserved_customers`` (the sync client's method), with the same arguments; returns a
        ``RawResponse`` (the HTTP answer) whose ``parse()`` gives the ``ReservedCustomers``. It raises as that method
        does, except that parsing, and its ``APIResponseValidationError``, waits for ``parse()``."""
        try:
            path, body = _get_reserved_customers.build(
                coupon_value,
            )
        except _t.InputError as exc:
            raise self._invalid_input(exc) from None
        result: _t.RawResponse[ReservedCustomers] = self._request(
            _get_reserved_customers.OPERATION, path, body, options
        )
        return result

    def get_reserved_coupons(
        self, integration_id: str, **options: Unpack[_t.RequestOptions]
    ) -> _t.RawResponse[ReservedCoupons]:
        """List a profile's reserved coupons that are still usable, answered raw: the raw-response twin of
        ``SyncOperations.get_reserved_coupons`` (the sync client's method), with the same arguments; returns a
        ``RawResponse`` (the HTTP answer) whose ``parse()`` gives the ``ReservedCoupons``. It raises as that method
        does, except that parsing, and its ``APIResponseValidationError``, waits for ``parse()``."""
        try:
            path, body = _get_reserved_coupons.build(
                integration_id,
            )
        except _t.InputError as exc:
            raise self._invalid_input(exc) from None
        result: _t.RawResponse[ReservedCoupons] = self._request(_get_reserved_coupons.OPERATION, path, body, options)
        return result


class AsyncRawOperations(Generic[_IntegrationState]):
    """Every operation as a coroutine method that returns the raw HTTP answer (``RawResponse``)."""

    __slots__ = ()

    def _invalid_input(self, error: _t.InputError) -> Exception:
        """The exception to raise for an argument the spec does not allow (a subclass may translate it)."""
        return error

    async def _request(
        self, operation: _t.Operation[Any], path: str, body: dict[str, Any] | None, options: _t.RequestOptions
    ) -> Any:
        raise NotImplementedError

    async def update_customer_profile(
        self, integration_id: str, *, attributes: Mapping[str, Any] | None = None, **options: Unpack[_t.RequestOptions]
    ) -> _t.RawResponse[_IntegrationState]:
        """Create or update a customer profile, answered raw: the async raw-response twin of
        ``SyncOperations.update_customer_profile`` (the sync client's method), with the same arguments, awaited;
        returns a ``RawResponse`` (the HTTP answer) whose ``parse()`` gives the ``IntegrationState``. It raises as
        that method does, except that parsing, and its ``APIResponseValidationError``, waits for ``parse()``."""
        try:
            path, body = _update_customer_profile.build(
                integration_id,
                attributes=attributes,
            )
        except _t.InputError as exc:
            raise self._invalid_input(exc) from None
        result: _t.RawResponse[_IntegrationState] = await self._request(
            _update_customer_profile.OPERATION, path, body, options
        )
        return result

    async def update_customer_session(
        self,
        customer_session_id: str,
        *,
        profile_id: str | None = None,
        coupon: str | None = None,
        referral: str | None = None,
        state: CustomerSessionState | None = None,
        cart_items: Sequence[CartItem | CartItemDict] | None = None,
        identifiers: Sequence[str] | None = None,
        total: float | Decimal | None = None,
        attributes: Mapping[str, Any] | None = None,
        **options: Unpack[_t.RequestOptions],
    ) -> _t.RawResponse[_IntegrationState]:
        """Create or update a customer session, answered raw: the async raw-response twin of
        ``SyncOperations.update_customer_session`` (the sync client's method), with the same arguments, awaited;
        returns a ``RawResponse`` (the HTTP answer) whose ``parse()`` gives the ``IntegrationState``. It raises as
        that method does, except that parsing, and its ``APIResponseValidationError``, waits for ``parse()``."""
        try:
            path, body = _update_customer_session.build(
                customer_session_id,
                profile_id=profile_id,
                coupon=coupon,
                referral=referral,
                state=state,
                cart_items=cart_items,
                identifiers=identifiers,
                total=total,
                attributes=attributes,
            )
        except _t.InputError as exc:
            raise self._invalid_input(exc) from None
        result: _t.RawResponse[_IntegrationState] = await self._request(
            _update_customer_session.OPERATION, path, body, options
        )
        return result

    async def track_event(
        self,
        *,
        session_id: str,
        type: str,
        attributes: Mapping[str, Any] | None = None,
        profile_id: str | None = None,
        store_integration_id: str | None = None,
        **options: Unpack[_t.RequestOptions],
    ) -> _t.RawResponse[_IntegrationState]:
        """Track a custom event, answered raw: the async raw-response twin of ``SyncOperations.track_event`` (the sync
        client's method), with the same arguments, awaited; returns a ``RawResponse`` (the HTTP answer) whose
        ``parse()`` gives the ``IntegrationState``. It raises as that method does, except that parsing, and its
        ``APIResponseValidationError``, waits for ``parse()``."""
        try:
            path, body = _track_event.build(
                session_id=session_id,
                type=type,
                attributes=attributes,
                profile_id=profile_id,
                store_integration_id=store_integration_id,
            )
        except _t.InputError as exc:
            raise self._invalid_input(exc) from None
        result: _t.RawResponse[_IntegrationState] = await self._request(_track_event.OPERATION, path, body, options)
        return result

    async def create_referral(
        self,
        *,
        campaign_id: int,
        advocate_profile_integration_id: str,
        friend_profile_integration_id: str | None = None,
        start_date: datetime.datetime | str | None = None,
        expiry_date: datetime.datetime | str | None = None,
        usage_limit: int | None = None,
        attributes: Mapping[str, Any] | None = None,
        **options: Unpack[_t.RequestOptions],
    ) -> _t.RawResponse[Referral]:
        """Create a referral code for an advocate, answered raw: the async raw-response twin of
        ``SyncOperations.create_referral`` (the sync client's method), with the same arguments, awaited; returns a
        ``RawResponse`` (the HTTP answer) whose ``parse()`` gives the ``Referral``. It raises as that method does,
        except that parsing, and its ``APIResponseValidationError``, waits for ``parse()``."""
        try:
            path, body = _create_referral.build(
                campaign_id=campaign_id,
                advocate_profile_integration_id=advocate_profile_integration_id,
                friend_profile_integration_id=friend_profile_integration_id,
                start_date=start_date,
                expiry_date=expiry_date,
                usage_limit=usage_limit,
                attributes=attributes,
            )
        except _t.InputError as exc:
            raise self._invalid_input(exc) from None
        result: _t.RawResponse[Referral] = await self._request(_create_referral.OPERATION, path, body, options)
        return result

    async def delete_customer_data(
        self, integration_id: str, **options: Unpack[_t.RequestOptions]
    ) -> _t.RawResponse[None]:
        """Delete a customer's personal data, answered raw: the async raw-response twin of
        ``SyncOperations.delete_customer_data`` (the sync client's method), with the same arguments, awaited; returns
        a ``RawResponse`` (the HTTP answer) whose ``parse()`` gives ``None``. It raises as that method does."""
        try:
            path, body = _delete_customer_data.build(
                integration_id,
            )
        except _t.InputError as exc:
            raise self._invalid_input(exc) from None
        result: _t.RawResponse[None] = await self._request(_delete_customer_data.OPERATION, path, body, options)
        return result

    async def create_coupon_reservation(
        self, coupon_value: str, *, integration_ids: Sequence[str], **options: Unpack[_t.RequestOptions]
    ) -> _t.RawResponse[Coupon]:
        """Reserve a coupon for customer profiles, answered raw: the async raw-response twin of
        ``SyncOperations.create_coupon_reservation`` (the sync client's method), with the same arguments, awaited;
        returns a ``RawResponse`` (the HTTP answer) whose ``parse()`` gives the ``Coupon``. It raises as that method
        does, except that parsing, and its ``APIResponseValidationError``, waits for ``parse()``."""
        try:
            path, body = _create_coupon_reservation.build(
                coupon_value,
                integration_ids=integration_ids,
            )
        except _t.InputError as exc:
            raise self._invalid_input(exc) from None
        result: _t.RawResponse[Coupon] = await self._request(_create_coupon_reservation.OPERATION, path, body, options)
        return result

    async def delete_coupon_reservation(
        self, coupon_value: str, *, integration_ids: Sequence[str], **options: Unpack[_t.RequestOptions]
    ) -> _t.RawResponse[None]:
        """Remove a coupon's reservations, answered raw: the async raw-response twin of
        ``SyncOperations.delete_coupon_reservation`` (the sync client's method), with the same arguments, awaited;
        returns a ``RawResponse`` (the HTTP answer) whose ``parse()`` gives ``None``. It raises as that method does."""
        try:
            path, body = _delete_coupon_reservation.build(
                coupon_value,
                integration_ids=integration_ids,
            )
        except _t.InputError as exc:
            raise self._invalid_input(exc) from None
        result: _t.RawResponse[None] = await self._request(_delete_coupon_reservation.OPERATION, path, body, options)
        return result

    async def get_reserved_customers(
        self, coupon_value: str, **options: Unpack[_t.RequestOptions]
    ) -> _t.RawResponse[ReservedCustomers]:
        """List the profiles that reserved a coupon, answered raw: the async raw-response twin of
        ``SyncOperations.get_reserved_customers`` (the sync client's method), with the same arguments, awaited;
        returns a ``RawResponse`` (the HTTP answer) whose ``parse()`` gives the ``ReservedCustomers``. It raises as
        that method does, except that parsing, and its ``APIResponseValidationError``, waits for ``parse()``."""
        try:
            path, body = _get_reserved_customers.build(
                coupon_value,
            )
        except _t.InputError as exc:
            raise self._invalid_input(exc) from None
        result: _t.RawResponse[ReservedCustomers] = await self._request(
            _get_reserved_customers.OPERATION, path, body, options
        )
        return result

    async def get_reserved_coupons(
        self, integration_id: str, **options: Unpack[_t.RequestOptions]
    ) -> _t.RawResponse[ReservedCoupons]:
        """List a profile's reserved coupons that are still usable, answered raw: the async raw-response twin of
        ``SyncOperations.get_reserved_coupons`` (the sync client's method), with the same arguments, awaited; returns
        a ``RawResponse`` (the HTTP answer) whose ``parse()`` gives the ``ReservedCoupons``. It raises as that method
        does, except that parsing, and its ``APIResponseValidationError``, waits for ``parse()``."""
        try:
            path, body = _get_reserved_coupons.build(
                integration_id,
            )
        except _t.InputError as exc:
            raise self._invalid_input(exc) from None
        result: _t.RawResponse[ReservedCoupons] = await self._request(
            _get_reserved_coupons.OPERATION, path, body, options
        )
        return result
