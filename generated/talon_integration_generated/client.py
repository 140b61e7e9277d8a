"""The operations as methods: ``SyncOperations``, ``AsyncOperations`` and their raw-response twins.

Generated from openapi.yaml by a custom template (``templates/client.py.jinja``); do not edit. A subclass
provides ``_request(operation, path, body, options)`` and, for the ``iter_...`` methods of the paged operations,
``_pages(page, page_size, skip, max_pages)``; ``talon_integration``'s clients do.
"""

from __future__ import annotations

import datetime
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Mapping, Sequence
from decimal import Decimal
from typing import Any, Generic, TypeVar, Unpack

from . import types as _t
from .api.integration import create_audience_v2 as _create_audience_v2
from .api.integration import create_coupon_reservation as _create_coupon_reservation
from .api.integration import create_referral as _create_referral
from .api.integration import create_referrals_for_multiple_advocates as _create_referrals_for_multiple_advocates
from .api.integration import delete_audience_memberships_v2 as _delete_audience_memberships_v2
from .api.integration import delete_audience_v2 as _delete_audience_v2
from .api.integration import delete_coupon_reservation as _delete_coupon_reservation
from .api.integration import delete_customer_data as _delete_customer_data
from .api.integration import generate_loyalty_card as _generate_loyalty_card
from .api.integration import get_customer_achievement_history as _get_customer_achievement_history
from .api.integration import get_customer_achievements as _get_customer_achievements
from .api.integration import get_customer_inventory as _get_customer_inventory
from .api.integration import get_customer_session as _get_customer_session
from .api.integration import get_loyalty_balances as _get_loyalty_balances
from .api.integration import get_loyalty_card_balances as _get_loyalty_card_balances
from .api.integration import get_loyalty_card_points as _get_loyalty_card_points
from .api.integration import get_loyalty_card_transactions as _get_loyalty_card_transactions
from .api.integration import get_loyalty_program_profile_points as _get_loyalty_program_profile_points
from .api.integration import get_loyalty_program_profile_transactions as _get_loyalty_program_profile_transactions
from .api.integration import get_reserved_coupons as _get_reserved_coupons
from .api.integration import get_reserved_customers as _get_reserved_customers
from .api.integration import link_loyalty_card_to_profile as _link_loyalty_card_to_profile
from .api.integration import reopen_customer_session as _reopen_customer_session
from .api.integration import return_cart_items as _return_cart_items
from .api.integration import sync_catalog as _sync_catalog
from .api.integration import track_event as _track_event
from .api.integration import track_event_v2 as _track_event_v2
from .api.integration import update_audience_customers_attributes as _update_audience_customers_attributes
from .api.integration import update_audience_v2 as _update_audience_v2
from .api.integration import update_customer_profile as _update_customer_profile
from .api.integration import update_customer_profile_audiences as _update_customer_profile_audiences
from .api.integration import update_customer_profile_v2 as _update_customer_profile_v2
from .api.integration import update_customer_profiles_v2 as _update_customer_profiles_v2
from .api.integration import update_customer_session as _update_customer_session
from .api.integration import update_customer_session_v2 as _update_customer_session_v2
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

    def _pages(
        self, page: Callable[[int], Any], page_size: int | None, skip: int | None, max_pages: int | None
    ) -> Iterator[Any]:
        """The items of every page, lazily: ``page(skip)`` is one call of the paged operation."""
        raise NotImplementedError

    def update_customer_profile(
        self, integration_id: str, *, attributes: Mapping[str, Any] | None = None, **options: Unpack[_t.RequestOptions]
    ) -> _IntegrationState:
        """Create or update a customer profile.

        Creates the profile with this integration ID if it does not exist yet, and merges the given
        attributes into it. The answer is the profile's integration state after the rule engine ran.
        Deprecated: Talon.One's current SDK (9.0.0) no longer has this v1 call; use `updateCustomerProfileV2`
        instead.

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
        Deprecated: Talon.One's current SDK (9.0.0) no longer has this v1 call; use `updateCustomerSessionV2`
        instead.

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
        Deprecated: Talon.One's current SDK (9.0.0) no longer has this v1 call; use `trackEventV2` instead.

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
        Deprecated: Talon.One's current SDK (9.0.0) no longer has this v1 call; use `getCustomerInventory` with
        `coupons=true` instead.

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

    def create_audience_v2(
        self,
        *,
        name: str,
        sandbox: bool | None = None,
        description: str | None = None,
        integration: str | None = None,
        integration_id: str | None = None,
        created_in_3_rd_party: bool | None = None,
        last_update: datetime.datetime | str | None = None,
        **options: Unpack[_t.RequestOptions],
    ) -> Audience:
        """Create audience.

        Create an audience. The audience can be created directly from scratch or can come from third party
        platforms. **Note:** Audiences can also be created from scratch via the Campaign Manager. See the docs. To
        create an audience from an existing audience from a technology partner: 1. Set the `integration` property to
        `mparticle`, `segment` etc., depending on a third-party platform. 1.

        Sends ``POST /v2/audiences`` (createAudienceV2).
        Not idempotent: retried only where the retry policy knows the request was not applied (README "Retries"), up
        to the client's ``max_retries``.

        Args:
            name: The human-friendly display name for this audience. Required.
            sandbox: Indicates if this is a live or sandbox Application.
            description: A description of the audience.
            integration: The Talon.One-supported [3rd-party platform](https://docs.talon.one/docs/dev/technology-
                partners/overview) that this audience was created in. For example, `mParticle`, `Segment`,
                `Shopify`, `Braze`, or `Iterable`.
            integration_id: The ID of this audience in the third-party integration. **Note:** To create an audience that doesn't
                come from a 3rd party platform, do not use this property.
            created_in_3_rd_party: Determines if this audience is a 3rd party audience or not.
            last_update: The last time that the audience memberships changed.
            timeout: Per-call option: seconds (or an ``httpx.Timeout``) for each wait of one attempt, instead of the
                client's.
            deadline: Per-call option: seconds for the whole call, all attempts and waits included (``None``: none),
                instead of the client's.
            extra_headers: Per-call option: headers to add (a mapping of names to values; never credentials).
            extra_body: Per-call option: fields merged into the JSON body before it is signed, for fields the spec does
                not have yet.

        Returns:
            ``Audience``: The Audience.

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
            audience = client.create_audience_v2(name="<name>")
            ```
        """
        try:
            path, body = _create_audience_v2.build(
                name=name,
                sandbox=sandbox,
                description=description,
                integration=integration,
                integration_id=integration_id,
                created_in_3_rd_party=created_in_3_rd_party,
                last_update=last_update,
            )
        except _t.InputError as exc:
            raise self._invalid_input(exc) from None
        result: Audience = self._request(_create_audience_v2.OPERATION, path, body, options)
        return result

    def update_audience_v2(self, audience_id: int, *, name: str, **options: Unpack[_t.RequestOptions]) -> Audience:
        """Update audience name.

        Update the name of the given audience created by a third-party integration. Sending a request to this
        endpoint does **not** trigger the Rule Engine. To update the audience's members, use the Update customer
        profile endpoint.

        Sends ``PUT /v2/audiences/{audienceId}`` (updateAudienceV2).
        Idempotent: retried as the retry policy says (README "Retries"), up to the client's ``max_retries``.

        Args:
            audience_id: The ID of the audience.
            name: The human-friendly display name for this audience. Required.
            timeout: Per-call option: seconds (or an ``httpx.Timeout``) for each wait of one attempt, instead of the
                client's.
            deadline: Per-call option: seconds for the whole call, all attempts and waits included (``None``: none),
                instead of the client's.
            extra_headers: Per-call option: headers to add (a mapping of names to values; never credentials).
            extra_body: Per-call option: fields merged into the JSON body before it is signed, for fields the spec does
                not have yet.

        Returns:
            ``Audience``: The Audience.

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
            audience = client.update_audience_v2("<audienceId>", name="<name>")
            ```
        """
        try:
            path, body = _update_audience_v2.build(
                audience_id,
                name=name,
            )
        except _t.InputError as exc:
            raise self._invalid_input(exc) from None
        result: Audience = self._request(_update_audience_v2.OPERATION, path, body, options)
        return result

    def delete_audience_v2(self, audience_id: int, **options: Unpack[_t.RequestOptions]) -> None:
        """Delete audience.

        Delete an audience created by a third-party integration. **Warning:** This endpoint also removes any
        associations recorded between a customer profile and this audience. **Note:** Audiences can also be deleted
        via the Campaign Manager. See the docs.

        Sends ``DELETE /v2/audiences/{audienceId}`` (deleteAudienceV2).
        Idempotent: retried as the retry policy says (README "Retries"), up to the client's ``max_retries``.

        Args:
            audience_id: The ID of the audience.
            timeout: Per-call option: seconds (or an ``httpx.Timeout``) for each wait of one attempt, instead of the
                client's.
            deadline: Per-call option: seconds for the whole call, all attempts and waits included (``None``: none),
                instead of the client's.
            extra_headers: Per-call option: headers to add (a mapping of names to values; never credentials).
            extra_body: Per-call option: fields merged into the JSON body before it is signed, for fields the spec does
                not have yet.

        Returns:
            ``None``: Done.

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
            client.delete_audience_v2("<audienceId>")
            ```
        """
        try:
            path, body = _delete_audience_v2.build(
                audience_id,
            )
        except _t.InputError as exc:
            raise self._invalid_input(exc) from None
        result: None = self._request(_delete_audience_v2.OPERATION, path, body, options)
        return result

    def delete_audience_memberships_v2(self, audience_id: int, **options: Unpack[_t.RequestOptions]) -> None:
        """Delete audience memberships.

        Remove all members from this audience.

        Sends ``DELETE /v2/audiences/{audienceId}/memberships`` (deleteAudienceMembershipsV2).
        Idempotent: retried as the retry policy says (README "Retries"), up to the client's ``max_retries``.

        Args:
            audience_id: The ID of the audience.
            timeout: Per-call option: seconds (or an ``httpx.Timeout``) for each wait of one attempt, instead of the
                client's.
            deadline: Per-call option: seconds for the whole call, all attempts and waits included (``None``: none),
                instead of the client's.
            extra_headers: Per-call option: headers to add (a mapping of names to values; never credentials).
            extra_body: Per-call option: fields merged into the JSON body before it is signed, for fields the spec does
                not have yet.

        Returns:
            ``None``: Done.

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
            client.delete_audience_memberships_v2("<audienceId>")
            ```
        """
        try:
            path, body = _delete_audience_memberships_v2.build(
                audience_id,
            )
        except _t.InputError as exc:
            raise self._invalid_input(exc) from None
        result: None = self._request(_delete_audience_memberships_v2.OPERATION, path, body, options)
        return result

    def update_audience_customers_attributes(
        self, audience_id: int, *, body: Mapping[str, Any], **options: Unpack[_t.RequestOptions]
    ) -> None:
        """Update profile attributes for all customers in audience.

        Update the specified profile attributes to the provided values for all customers in the specified audience.

        Sends ``PUT /v2/audience_customers/{audienceId}/attributes`` (updateAudienceCustomersAttributes).
        Idempotent: retried as the retry policy says (README "Retries"), up to the client's ``max_retries``.

        Args:
            audience_id: The ID of the audience.
            body: The request body, a JSON object: a mapping of names to values, sent as it is. Required.
            timeout: Per-call option: seconds (or an ``httpx.Timeout``) for each wait of one attempt, instead of the
                client's.
            deadline: Per-call option: seconds for the whole call, all attempts and waits included (``None``: none),
                instead of the client's.
            extra_headers: Per-call option: headers to add (a mapping of names to values; never credentials).
            extra_body: Per-call option: fields merged into the JSON body before it is signed, for fields the spec does
                not have yet.

        Returns:
            ``None``: Done.

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
            client.update_audience_customers_attributes("<audienceId>", body={"<name>": "<value>"})
            ```
        """
        try:
            path, body = _update_audience_customers_attributes.build(
                audience_id,
                body=body,
            )
        except _t.InputError as exc:
            raise self._invalid_input(exc) from None
        result: None = self._request(_update_audience_customers_attributes.OPERATION, path, body, options)
        return result

    def update_customer_profile_audiences(
        self,
        *,
        data: Sequence[CustomerProfileAudienceRequestItem | CustomerProfileAudienceRequestItemDict] | None = None,
        **options: Unpack[_t.RequestOptions],
    ) -> None:
        """Update multiple customer profiles' audiences.

        Add customer profiles to or remove them from an audience. The endpoint supports 1000 audience actions (`add`
        or `remove`) per request. **Note:** You can also do this using the Update audience effect.

        Sends ``POST /v2/customer_audiences`` (updateCustomerProfileAudiences).
        Not idempotent: retried only where the retry policy knows the request was not applied (README "Retries"), up
        to the client's ``max_retries``.

        Args:
            data: The data field of the request body.
            timeout: Per-call option: seconds (or an ``httpx.Timeout``) for each wait of one attempt, instead of the
                client's.
            deadline: Per-call option: seconds for the whole call, all attempts and waits included (``None``: none),
                instead of the client's.
            extra_headers: Per-call option: headers to add (a mapping of names to values; never credentials).
            extra_body: Per-call option: fields merged into the JSON body before it is signed, for fields the spec does
                not have yet.

        Returns:
            ``None``: Done.

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
            client.update_customer_profile_audiences()
            ```
        """
        try:
            path, body = _update_customer_profile_audiences.build(
                data=data,
            )
        except _t.InputError as exc:
            raise self._invalid_input(exc) from None
        result: None = self._request(_update_customer_profile_audiences.OPERATION, path, body, options)
        return result

    def get_customer_session(
        self, customer_session_id: str, **options: Unpack[_t.RequestOptions]
    ) -> IntegrationCustomerSessionResponse:
        """Get customer session.

        Get the details of the given customer session. You can get the same data via other endpoints that also apply
        changes, which can help you save requests and increase performance. See: - Update customer session - Update
        customer profile

        Sends ``GET /v2/customer_sessions/{customerSessionId}`` (getCustomerSession).
        Idempotent: retried as the retry policy says (README "Retries"), up to the client's ``max_retries``.

        Args:
            customer_session_id: The `integration ID` of the customer session. You set this ID when you create a customer session.
            timeout: Per-call option: seconds (or an ``httpx.Timeout``) for each wait of one attempt, instead of the
                client's.
            deadline: Per-call option: seconds for the whole call, all attempts and waits included (``None``: none),
                instead of the client's.
            extra_headers: Per-call option: headers to add (a mapping of names to values; never credentials).
            extra_body: Per-call option: fields merged into the JSON body before it is signed, for fields the spec does
                not have yet.

        Returns:
            ``IntegrationCustomerSessionResponse``: The IntegrationCustomerSessionResponse.

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
            integration_customer_session_response = client.get_customer_session("<customerSessionId>")
            ```
        """
        try:
            path, body = _get_customer_session.build(
                customer_session_id,
            )
        except _t.InputError as exc:
            raise self._invalid_input(exc) from None
        result: IntegrationCustomerSessionResponse = self._request(_get_customer_session.OPERATION, path, body, options)
        return result

    def update_customer_session_v2(
        self,
        customer_session_id: str,
        *,
        customer_session: NewCustomerSessionV2 | NewCustomerSessionV2Dict,
        response_content: Sequence[SessionResponseContent] | None = None,
        dry: bool | None = None,
        now: datetime.datetime | str | None = None,
        **options: Unpack[_t.RequestOptions],
    ) -> IntegrationStateV2:
        """Update customer session.

        Update or create a customer session. The endpoint responds with the potential promotion rule effects that
        match the current cart. For example, use this endpoint to share the contents of a customer's cart with
        Talon.One. **Note:** - The currency for the session and the cart items in it is the currency set for the
        Application linked to this session.

        Sends ``PUT /v2/customer_sessions/{customerSessionId}`` (updateCustomerSessionV2).
        Idempotent: retried as the retry policy says (README "Retries"), up to the client's ``max_retries``.

        Args:
            customer_session_id: The `integration ID` of the customer session. You set this ID when you create a customer session.
            customer_session: NewCustomerSessionV2 (Talon.One Integration API; SDK 9 model NewCustomerSessionV2). Required.
            response_content: Extends the response with the chosen data entities. Use this property to get as much data as you
                need in one _Update customer session_ request instead of sending extra requests to other endpoints.
            dry: Indicates whether to persist the changes. Changes are ignored when `dry=true`. When set to `true`: -
                The endpoint considers **only** the payload that you pass when **closing** the session. When you do
                not use the `dry` parameter, the endpoint behaves as a typical PUT endpoint.
            now: A timestamp value of a future date that acts as a current date when included in the query. Use this
                parameter, for example, to test campaigns that would be evaluated for this customer session in the
                future (say, scheduled campaigns). **Note:** - It must be an RFC3339 timestamp string.
            timeout: Per-call option: seconds (or an ``httpx.Timeout``) for each wait of one attempt, instead of the
                client's.
            deadline: Per-call option: seconds for the whole call, all attempts and waits included (``None``: none),
                instead of the client's.
            extra_headers: Per-call option: headers to add (a mapping of names to values; never credentials).
            extra_body: Per-call option: fields merged into the JSON body before it is signed, for fields the spec does
                not have yet.

        Returns:
            ``IntegrationStateV2``: The IntegrationStateV2.

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
            integration_state_v2 = client.update_customer_session_v2("<customerSessionId>", customer_session="<customerSession>")
            ```
        """
        try:
            path, body = _update_customer_session_v2.build(
                customer_session_id,
                customer_session=customer_session,
                response_content=response_content,
                dry=dry,
                now=now,
            )
        except _t.InputError as exc:
            raise self._invalid_input(exc) from None
        result: IntegrationStateV2 = self._request(_update_customer_session_v2.OPERATION, path, body, options)
        return result

    def reopen_customer_session(
        self, customer_session_id: str, **options: Unpack[_t.RequestOptions]
    ) -> ReopenSessionResponse:
        """Reopen customer session.

        Reopen a closed customer session. For example, if a session has been completed but still needs to be edited,
        you can reopen it with this endpoint. A reopen session is treated like a standard open session. When
        reopening a session: - The `talon_session_reopened` event is triggered. You can see it in the **Events**
        view in the Campaign Manager. - The session state is updated to `open`.

        Sends ``PUT /v2/customer_sessions/{customerSessionId}/reopen`` (reopenCustomerSession).
        Idempotent: retried as the retry policy says (README "Retries"), up to the client's ``max_retries``.

        Args:
            customer_session_id: The `integration ID` of the customer session. You set this ID when you create a customer session.
            timeout: Per-call option: seconds (or an ``httpx.Timeout``) for each wait of one attempt, instead of the
                client's.
            deadline: Per-call option: seconds for the whole call, all attempts and waits included (``None``: none),
                instead of the client's.
            extra_headers: Per-call option: headers to add (a mapping of names to values; never credentials).
            extra_body: Per-call option: fields merged into the JSON body before it is signed, for fields the spec does
                not have yet.

        Returns:
            ``ReopenSessionResponse``: The ReopenSessionResponse.

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
            reopen_session_response = client.reopen_customer_session("<customerSessionId>")
            ```
        """
        try:
            path, body = _reopen_customer_session.build(
                customer_session_id,
            )
        except _t.InputError as exc:
            raise self._invalid_input(exc) from None
        result: ReopenSessionResponse = self._request(_reopen_customer_session.OPERATION, path, body, options)
        return result

    def return_cart_items(
        self,
        customer_session_id: str,
        *,
        return_: NewReturn | NewReturnDict,
        response_content: Sequence[ReturnResponseContent] | None = None,
        dry: bool | None = None,
        **options: Unpack[_t.RequestOptions],
    ) -> IntegrationStateV2:
        """Return cart items.

        Create a new return request for the specified cart items. This endpoint automatically changes the session
        state from `closed` to `partially_returned`. **Note:** This will roll back any effects associated with these
        cart items. For more information, see our documentation on session states and this tutorial.

        Sends ``POST /v2/customer_sessions/{customerSessionId}/returns`` (returnCartItems).
        Not idempotent: retried only where the retry policy knows the request was not applied (README "Retries"), up
        to the client's ``max_retries``.

        Args:
            customer_session_id: The `integration ID` of the customer session. You set this ID when you create a customer session.
            return_: NewReturn (Talon.One Integration API; SDK 9 model NewReturn). Required.
            response_content: Extends the response with the chosen data entities. Use this property to get as much data as you
                need in one _Update customer session_ request instead of sending extra requests to other endpoints.
            dry: Indicates whether to persist the changes. Changes are ignored when `dry=true`.
            timeout: Per-call option: seconds (or an ``httpx.Timeout``) for each wait of one attempt, instead of the
                client's.
            deadline: Per-call option: seconds for the whole call, all attempts and waits included (``None``: none),
                instead of the client's.
            extra_headers: Per-call option: headers to add (a mapping of names to values; never credentials).
            extra_body: Per-call option: fields merged into the JSON body before it is signed, for fields the spec does
                not have yet.

        Returns:
            ``IntegrationStateV2``: The IntegrationStateV2.

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
            integration_state_v2 = client.return_cart_items("<customerSessionId>", return_="<return>")
            ```
        """
        try:
            path, body = _return_cart_items.build(
                customer_session_id,
                return_=return_,
                response_content=response_content,
                dry=dry,
            )
        except _t.InputError as exc:
            raise self._invalid_input(exc) from None
        result: IntegrationStateV2 = self._request(_return_cart_items.OPERATION, path, body, options)
        return result

    def update_customer_profile_v2(
        self,
        integration_id: str,
        *,
        attributes: Mapping[str, Any] | None = None,
        evaluable_campaign_ids: Sequence[int] | None = None,
        audiences_changes: ProfileAudiencesChanges | ProfileAudiencesChangesDict | None = None,
        response_content: Sequence[ProfileResponseContent] | None = None,
        run_rule_engine: bool | None = None,
        dry: bool | None = None,
        **options: Unpack[_t.RequestOptions],
    ) -> CustomerProfileIntegrationResponseV2:
        """Update customer profile.

        Update or create a Customer Profile. This endpoint triggers the Rule Builder. You can use this endpoint to:
        - Set attributes on the given customer profile. Ensure you create the attributes in the Campaign Manager,
        first. - Modify the audience the customer profile is a member of. **Note:** Archived campaigns are not
        considered in rule evaluation when `runRuleEngine` is `true`.

        Sends ``PUT /v2/customer_profiles/{integrationId}`` (updateCustomerProfileV2).
        Idempotent: retried as the retry policy says (README "Retries"), up to the client's ``max_retries``.

        Args:
            integration_id: The integration identifier for this customer profile. Must be: - Unique within the deployment. -
                Stable for the customer. Do not use an ID that the customer can update themselves.
            attributes: Arbitrary properties associated with this item.
            evaluable_campaign_ids: When using the `dry` query parameter, use this property to list the campaign to be evaluated by the
                Rule Engine. These campaigns will be evaluated, even if they are disabled, allowing you to test
                specific campaigns before activating them.
            audiences_changes: ProfileAudiencesChanges (Talon.One Integration API; SDK 9 model ProfileAudiencesChanges).
            response_content: Extends the response with the chosen data entities. Use this property to get as much data as you
                need in one _Update customer profile_ request instead of sending extra requests to other endpoints.
            run_rule_engine: Indicates whether to run the Rule Engine. If `true`, the response includes: - The effects generated
                by the triggered campaigns are returned in the `effects` property. - The created coupons and
                referral objects. If `false`: - The rules are not executed and the `effects` property is always
                empty.
            dry: (Only works when `runRuleEngine=true`) Indicates whether to persist the changes. Changes are ignored
                when `dry=true`. When set to `true`, you can use the `evaluableCampaignIds` body property to select
                specific campaigns to run.
            timeout: Per-call option: seconds (or an ``httpx.Timeout``) for each wait of one attempt, instead of the
                client's.
            deadline: Per-call option: seconds for the whole call, all attempts and waits included (``None``: none),
                instead of the client's.
            extra_headers: Per-call option: headers to add (a mapping of names to values; never credentials).
            extra_body: Per-call option: fields merged into the JSON body before it is signed, for fields the spec does
                not have yet.

        Returns:
            ``CustomerProfileIntegrationResponseV2``: The CustomerProfileIntegrationResponseV2.

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
            customer_profile_integration_response_v2 = client.update_customer_profile_v2("<integrationId>", attributes={"<name>": "<value>"})
            ```
        """
        try:
            path, body = _update_customer_profile_v2.build(
                integration_id,
                attributes=attributes,
                evaluable_campaign_ids=evaluable_campaign_ids,
                audiences_changes=audiences_changes,
                response_content=response_content,
                run_rule_engine=run_rule_engine,
                dry=dry,
            )
        except _t.InputError as exc:
            raise self._invalid_input(exc) from None
        result: CustomerProfileIntegrationResponseV2 = self._request(
            _update_customer_profile_v2.OPERATION, path, body, options
        )
        return result

    def update_customer_profiles_v2(
        self,
        *,
        customer_profiles: Sequence[
            MultipleCustomerProfileIntegrationRequestItem | MultipleCustomerProfileIntegrationRequestItemDict
        ]
        | None = None,
        silent: UpdateCustomerProfilesV2Silent | None = None,
        **options: Unpack[_t.RequestOptions],
    ) -> MultipleCustomerProfileIntegrationResponseV2 | None:
        """Update multiple customer profiles.

        Update (or create) up to 1000 customer profiles in 1 request. The `integrationId` must be any identifier
        that remains stable for the customer. Do not use an ID that the customer can update themselves. For example,
        you can use a database ID. A customer profile can be linked to one or more sessions. **Note:** This endpoint
        does not trigger the Rule Engine.

        Sends ``PUT /v2/customer_profiles`` (updateCustomerProfilesV2).
        Idempotent: retried as the retry policy says (README "Retries"), up to the client's ``max_retries``.

        Args:
            customer_profiles: The customerProfiles field of the request body.
            silent: Possible values: `yes` or `no`. - `yes`: Increases the performance of the API call by returning a
                204 response. - `no`: Returns a 200 response that contains the updated customer profiles.
            timeout: Per-call option: seconds (or an ``httpx.Timeout``) for each wait of one attempt, instead of the
                client's.
            deadline: Per-call option: seconds for the whole call, all attempts and waits included (``None``: none),
                instead of the client's.
            extra_headers: Per-call option: headers to add (a mapping of names to values; never credentials).
            extra_body: Per-call option: fields merged into the JSON body before it is signed, for fields the spec does
                not have yet.

        Returns:
            ``MultipleCustomerProfileIntegrationResponseV2``: The MultipleCustomerProfileIntegrationResponseV2.

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
            multiple_customer_profile_integration_response_v2 = client.update_customer_profiles_v2()
            ```
        """
        try:
            path, body = _update_customer_profiles_v2.build(
                customer_profiles=customer_profiles,
                silent=silent,
            )
        except _t.InputError as exc:
            raise self._invalid_input(exc) from None
        result: MultipleCustomerProfileIntegrationResponseV2 | None = self._request(
            _update_customer_profiles_v2.OPERATION, path, body, options
        )
        return result

    def track_event_v2(
        self,
        *,
        type: str,
        profile_id: str | None = None,
        store_integration_id: str | None = None,
        evaluable_campaign_ids: Sequence[int] | None = None,
        attributes: Mapping[str, Any] | None = None,
        loyalty_cards: Sequence[str] | None = None,
        response_content: Sequence[ProfileResponseContent] | None = None,
        silent: TrackEventV2Silent | None = None,
        dry: bool | None = None,
        force_complete_evaluation: bool | None = None,
        **options: Unpack[_t.RequestOptions],
    ) -> TrackEventV2Response:
        """Track event.

        Triggers a custom event. To use this endpoint: 1. Define a custom event in the Campaign Manager. 1. Update
        or create a rule to check for this event. 1. Trigger the event with this endpoint. After you have
        successfully sent an event to Talon.One, you can list the received events in the **Events** view in the
        Campaign Manager. Talon.One also offers a set of built-in events.

        Sends ``POST /v2/events`` (trackEventV2).
        Not idempotent: retried only where the retry policy knows the request was not applied (README "Retries"), up
        to the client's ``max_retries``.

        Args:
            type: A string representing the event name. Must not be a reserved event name. You create this value when
                you [create an attribute](https://docs.talon.one/docs/dev/concepts/entities/events#creating-a-
                custom-event) of type `event` in the Campaign... Required.
            profile_id: ID of the customer profile set by your integration layer. **Note:** If the customer does not yet
                have a known `profileId`, we recommend you use a guest `profileId`.
            store_integration_id: The integration ID of the store. You choose this ID when you create a store.
            evaluable_campaign_ids: When using the `dry` query parameter, use this property to list the campaign to be evaluated by the
                Rule Engine. These campaigns will be evaluated, even if they are disabled, allowing you to test
                specific campaigns before activating them.
            attributes: Arbitrary additional JSON properties associated with the event. They must be created in the Campaign
                Manager before setting them with this property.
            loyalty_cards: Identifier of the loyalty card used during this event.
            response_content: Optional list of requested information to be present on the response related to the tracking custom
                event.
            silent: Possible values: `yes` or `no`. - `yes`: Increases the performance of the API call by returning a
                204 response. - `no`: Returns a 200 response that contains the updated customer profiles.
            dry: Indicates whether to persist the changes. Changes are ignored when `dry=true`.
            force_complete_evaluation: Forces evaluation for all matching campaigns regardless of the campaign evaluation mode. Requires
                `dry=true`.
            timeout: Per-call option: seconds (or an ``httpx.Timeout``) for each wait of one attempt, instead of the
                client's.
            deadline: Per-call option: seconds for the whole call, all attempts and waits included (``None``: none),
                instead of the client's.
            extra_headers: Per-call option: headers to add (a mapping of names to values; never credentials).
            extra_body: Per-call option: fields merged into the JSON body before it is signed, for fields the spec does
                not have yet.

        Returns:
            ``TrackEventV2Response``: The TrackEventV2Response.

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
            track_event_v2_response = client.track_event_v2(type="<type>")
            ```
        """
        try:
            path, body = _track_event_v2.build(
                type=type,
                profile_id=profile_id,
                store_integration_id=store_integration_id,
                evaluable_campaign_ids=evaluable_campaign_ids,
                attributes=attributes,
                loyalty_cards=loyalty_cards,
                response_content=response_content,
                silent=silent,
                dry=dry,
                force_complete_evaluation=force_complete_evaluation,
            )
        except _t.InputError as exc:
            raise self._invalid_input(exc) from None
        result: TrackEventV2Response = self._request(_track_event_v2.OPERATION, path, body, options)
        return result

    def get_customer_inventory(
        self,
        integration_id: str,
        *,
        profile: bool | None = None,
        referrals: bool | None = None,
        coupons: bool | None = None,
        loyalty: bool | None = None,
        giveaways: bool | None = None,
        achievements: bool | None = None,
        **options: Unpack[_t.RequestOptions],
    ) -> CustomerInventory:
        """List customer data.

        Return the customer inventory regarding entities referencing this customer profile's `integrationId`.
        Typical entities returned are: customer profile information, referral codes, loyalty points, loyalty cards
        and reserved coupons. Reserved coupons also include redeemed coupons.

        Sends ``GET /v1/customer_profiles/{integrationId}/inventory`` (getCustomerInventory).
        Idempotent: retried as the retry policy says (README "Retries"), up to the client's ``max_retries``.

        Args:
            integration_id: The integration ID of the customer profile. You can get the `integrationId` of a profile using: - A
                customer session integration ID with the Update customer session endpoint.
            profile: Set to `true` to include customer profile information in the response.
            referrals: Set to `true` to include referral information in the response.
            coupons: Set to `true` to include coupon information in the response.
            loyalty: Set to `true` to include loyalty information in the response.
            giveaways: Set to `true` to include giveaways information in the response.
            achievements: Set to `true` to include achievement information in the response.
            timeout: Per-call option: seconds (or an ``httpx.Timeout``) for each wait of one attempt, instead of the
                client's.
            deadline: Per-call option: seconds for the whole call, all attempts and waits included (``None``: none),
                instead of the client's.
            extra_headers: Per-call option: headers to add (a mapping of names to values; never credentials).
            extra_body: Per-call option: fields merged into the JSON body before it is signed, for fields the spec does
                not have yet.

        Returns:
            ``CustomerInventory``: The CustomerInventory.

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
            customer_inventory = client.get_customer_inventory("<integrationId>")
            ```
        """
        try:
            path, body = _get_customer_inventory.build(
                integration_id,
                profile=profile,
                referrals=referrals,
                coupons=coupons,
                loyalty=loyalty,
                giveaways=giveaways,
                achievements=achievements,
            )
        except _t.InputError as exc:
            raise self._invalid_input(exc) from None
        result: CustomerInventory = self._request(_get_customer_inventory.OPERATION, path, body, options)
        return result

    def get_customer_achievements(
        self,
        integration_id: str,
        *,
        campaign_ids: Sequence[str] | None = None,
        achievement_ids: Sequence[str] | None = None,
        achievement_status: Sequence[str] | None = None,
        current_progress_status: Sequence[str] | None = None,
        page_size: int | None = None,
        skip: int | None = None,
        **options: Unpack[_t.RequestOptions],
    ) -> CustomerAchievements:
        """List customer's available achievements.

        Retrieve all the achievements available to a given customer and their progress in them.

        Sends ``GET /v1/customer_profiles/{integrationId}/achievements`` (getCustomerAchievements).
        Idempotent: retried as the retry policy says (README "Retries"), up to the client's ``max_retries``.

        Args:
            integration_id: The integration identifier for this customer profile. Must be: - Unique within the deployment. -
                Stable for the customer. Do not use an ID that the customer can update themselves.
            campaign_ids: Filter by one or more Campaign IDs, separated by a comma. **Note:** If no campaigns are specified,
                data for all the campaigns in the Application is returned.
            achievement_ids: Filter by one or more Achievement IDs, separated by a comma. **Note:** If no achievements are
                specified, data for all the achievements in the Application is returned.
            achievement_status: Filter by status of the achievement. **Note:** If the achievement status is not specified, only data
                for all active achievements in the Application is returned.
            current_progress_status: Filter by customer progress status in the achievement.
            page_size: The number of items in the response.
            skip: The number of items to skip when paging through large result sets.
            timeout: Per-call option: seconds (or an ``httpx.Timeout``) for each wait of one attempt, instead of the
                client's.
            deadline: Per-call option: seconds for the whole call, all attempts and waits included (``None``: none),
                instead of the client's.
            extra_headers: Per-call option: headers to add (a mapping of names to values; never credentials).
            extra_body: Per-call option: fields merged into the JSON body before it is signed, for fields the spec does
                not have yet.

        Returns:
            ``CustomerAchievements``: The CustomerAchievements.

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
            customer_achievements = client.get_customer_achievements("<integrationId>")
            ```
        """
        try:
            path, body = _get_customer_achievements.build(
                integration_id,
                campaign_ids=campaign_ids,
                achievement_ids=achievement_ids,
                achievement_status=achievement_status,
                current_progress_status=current_progress_status,
                page_size=page_size,
                skip=skip,
            )
        except _t.InputError as exc:
            raise self._invalid_input(exc) from None
        result: CustomerAchievements = self._request(_get_customer_achievements.OPERATION, path, body, options)
        return result

    def iter_customer_achievements(
        self,
        integration_id: str,
        *,
        campaign_ids: Sequence[str] | None = None,
        achievement_ids: Sequence[str] | None = None,
        achievement_status: Sequence[str] | None = None,
        current_progress_status: Sequence[str] | None = None,
        page_size: int | None = None,
        skip: int | None = None,
        max_pages: int | None = None,
        **options: Unpack[_t.RequestOptions],
    ) -> Iterator[AchievementStatusEntry]:
        """Every item of List customer's available achievements, page after page: ``get_customer_achievements`` walked
        lazily.

        Returns an iterator of ``AchievementStatusEntry``. No request is sent until it is first advanced, and each
        next page is asked for only when the items of the page before are used up. Each page is one call of
        ``get_customer_achievements`` with these arguments and per-call options, so it has that method's retries,
        timeout, deadline (per page), size limit and tolerant parsing; ``skip`` advances by the items received. The
        walk ends on ``hasMore`` false, on an empty page, after ``max_pages`` pages, and, for an answer without
        ``hasMore``, when ``skip`` reaches ``totalResultSize`` or a page is shorter than ``page_size``.

        Args:
            integration_id: The integration identifier for this customer profile. Must be: - Unique within the deployment. -
                Stable for the customer. Do not use an ID that the customer can update themselves.
            campaign_ids: Filter by one or more Campaign IDs, separated by a comma. **Note:** If no campaigns are specified,
                data for all the campaigns in the Application is returned.
            achievement_ids: Filter by one or more Achievement IDs, separated by a comma. **Note:** If no achievements are
                specified, data for all the achievements in the Application is returned.
            achievement_status: Filter by status of the achievement. **Note:** If the achievement status is not specified, only data
                for all active achievements in the Application is returned.
            current_progress_status: Filter by customer progress status in the achievement.
            page_size: The items per page, sent as ``pageSize`` on every page (``None``: the service's default).
            skip: The items to skip before the first page (``None``: none); each next page skips what came before.
            max_pages: The most pages to fetch (``None``, the default: no cap); a positive integer.
            timeout: Per-call option for each page request: seconds (or an ``httpx.Timeout``) for each wait of one attempt.
            deadline: Per-call option for each page request: seconds for that page's call, all attempts included.
            extra_headers: Per-call option: headers added to each page request (never credentials).
            extra_body: Per-call option, as for ``get_customer_achievements`` (which sends no JSON body when it is a GET).

        Returns:
            ``Iterator[AchievementStatusEntry]``: the items of every page, in the service's order.

        Raises:
            InvalidInputError: An argument the spec does not allow, or a bad ``max_pages``; raised by this call, before
                any I/O.
            TalonError: While iterating, what ``get_customer_achievements`` raises for a page (``APIStatusError``,
                ``APIConnectionError``, ``APITimeoutError``, ``APIResponseValidationError``, ...), once that page's retries
                are used up; the items of the pages before it have been yielded.

        Example:
            ```python
            for item in client.iter_customer_achievements("<integrationId>", page_size=50):
                print(item)
            ```
        """
        try:  # the arguments are checked now, before any page is asked for
            _get_customer_achievements.build(
                integration_id,
                campaign_ids=campaign_ids,
                achievement_ids=achievement_ids,
                achievement_status=achievement_status,
                current_progress_status=current_progress_status,
                page_size=page_size,
                skip=skip,
            )
        except _t.InputError as exc:
            raise self._invalid_input(exc) from None

        def page(skip: int) -> CustomerAchievements:
            return self.get_customer_achievements(
                integration_id,
                campaign_ids=campaign_ids,
                achievement_ids=achievement_ids,
                achievement_status=achievement_status,
                current_progress_status=current_progress_status,
                page_size=page_size,
                skip=skip,
                **options,
            )

        return self._pages(page, page_size, skip, max_pages)

    def get_customer_achievement_history(
        self,
        integration_id: str,
        achievement_id: int,
        *,
        progress_status: Sequence[str] | None = None,
        start_date: datetime.datetime | str | None = None,
        end_date: datetime.datetime | str | None = None,
        page_size: int | None = None,
        skip: int | None = None,
        **options: Unpack[_t.RequestOptions],
    ) -> CustomerAchievementHistory:
        """List customer's achievement history.

        Retrieve all progress history of a given customer in the given achievement.

        Sends ``GET /v1/customer_profiles/{integrationId}/achievements/{achievementId}`` (getCustomerAchievementHistory).
        Idempotent: retried as the retry policy says (README "Retries"), up to the client's ``max_retries``.

        Args:
            integration_id: The integration identifier for this customer profile. Must be: - Unique within the deployment. -
                Stable for the customer. Do not use an ID that the customer can update themselves.
            achievement_id: The achievement identifier.
            progress_status: Filter by customer progress status in the achievement.
            start_date: Timestamp that filters the results to only contain achievements created on or after the start date.
            end_date: Timestamp that filters the results to only contain achievements created before or on the end date.
            page_size: The number of items in the response.
            skip: The number of items to skip when paging through large result sets.
            timeout: Per-call option: seconds (or an ``httpx.Timeout``) for each wait of one attempt, instead of the
                client's.
            deadline: Per-call option: seconds for the whole call, all attempts and waits included (``None``: none),
                instead of the client's.
            extra_headers: Per-call option: headers to add (a mapping of names to values; never credentials).
            extra_body: Per-call option: fields merged into the JSON body before it is signed, for fields the spec does
                not have yet.

        Returns:
            ``CustomerAchievementHistory``: The CustomerAchievementHistory.

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
            customer_achievement_history = client.get_customer_achievement_history("<integrationId>", "<achievementId>")
            ```
        """
        try:
            path, body = _get_customer_achievement_history.build(
                integration_id,
                achievement_id,
                progress_status=progress_status,
                start_date=start_date,
                end_date=end_date,
                page_size=page_size,
                skip=skip,
            )
        except _t.InputError as exc:
            raise self._invalid_input(exc) from None
        result: CustomerAchievementHistory = self._request(
            _get_customer_achievement_history.OPERATION, path, body, options
        )
        return result

    def iter_customer_achievement_history(
        self,
        integration_id: str,
        achievement_id: int,
        *,
        progress_status: Sequence[str] | None = None,
        start_date: datetime.datetime | str | None = None,
        end_date: datetime.datetime | str | None = None,
        page_size: int | None = None,
        skip: int | None = None,
        max_pages: int | None = None,
        **options: Unpack[_t.RequestOptions],
    ) -> Iterator[AchievementProgress]:
        """Every item of List customer's achievement history, page after page: ``get_customer_achievement_history``
        walked lazily.

        Returns an iterator of ``AchievementProgress``. No request is sent until it is first advanced, and each next
        page is asked for only when the items of the page before are used up. Each page is one call of
        ``get_customer_achievement_history`` with these arguments and per-call options, so it has that method's
        retries, timeout, deadline (per page), size limit and tolerant parsing; ``skip`` advances by the items
        received. The walk ends on ``hasMore`` false, on an empty page, after ``max_pages`` pages, and, for an
        answer without ``hasMore``, when ``skip`` reaches ``totalResultSize`` or a page is shorter than
        ``page_size``.

        Args:
            integration_id: The integration identifier for this customer profile. Must be: - Unique within the deployment. -
                Stable for the customer. Do not use an ID that the customer can update themselves.
            achievement_id: The achievement identifier.
            progress_status: Filter by customer progress status in the achievement.
            start_date: Timestamp that filters the results to only contain achievements created on or after the start date.
            end_date: Timestamp that filters the results to only contain achievements created before or on the end date.
            page_size: The items per page, sent as ``pageSize`` on every page (``None``: the service's default).
            skip: The items to skip before the first page (``None``: none); each next page skips what came before.
            max_pages: The most pages to fetch (``None``, the default: no cap); a positive integer.
            timeout: Per-call option for each page request: seconds (or an ``httpx.Timeout``) for each wait of one attempt.
            deadline: Per-call option for each page request: seconds for that page's call, all attempts included.
            extra_headers: Per-call option: headers added to each page request (never credentials).
            extra_body: Per-call option, as for ``get_customer_achievement_history`` (which sends no JSON body when it is a GET).

        Returns:
            ``Iterator[AchievementProgress]``: the items of every page, in the service's order.

        Raises:
            InvalidInputError: An argument the spec does not allow, or a bad ``max_pages``; raised by this call, before
                any I/O.
            TalonError: While iterating, what ``get_customer_achievement_history`` raises for a page (``APIStatusError``,
                ``APIConnectionError``, ``APITimeoutError``, ``APIResponseValidationError``, ...), once that page's retries
                are used up; the items of the pages before it have been yielded.

        Example:
            ```python
            for item in client.iter_customer_achievement_history("<integrationId>", "<achievementId>", page_size=50):
                print(item)
            ```
        """
        try:  # the arguments are checked now, before any page is asked for
            _get_customer_achievement_history.build(
                integration_id,
                achievement_id,
                progress_status=progress_status,
                start_date=start_date,
                end_date=end_date,
                page_size=page_size,
                skip=skip,
            )
        except _t.InputError as exc:
            raise self._invalid_input(exc) from None

        def page(skip: int) -> CustomerAchievementHistory:
            return self.get_customer_achievement_history(
                integration_id,
                achievement_id,
                progress_status=progress_status,
                start_date=start_date,
                end_date=end_date,
                page_size=page_size,
                skip=skip,
                **options,
            )

        return self._pages(page, page_size, skip, max_pages)

    def generate_loyalty_card(
        self,
        loyalty_program_id: int,
        *,
        status: LoyaltyCardStatus | None = None,
        customer_profile_ids: Sequence[str] | None = None,
        card_identifier: str | None = None,
        **options: Unpack[_t.RequestOptions],
    ) -> LoyaltyCard:
        """Generate loyalty card.

        Generate a loyalty card in a specified card-based loyalty program. To link the card to one or more customer
        profiles, use the `customerProfileIds` parameter in the request body. **Note:** - The number of customer
        profiles linked to the loyalty card cannot exceed the loyalty program's `usersPerCardLimit`. To find the
        program's limit, use the Get loyalty program endpoint.

        Sends ``POST /v1/loyalty_programs/{loyaltyProgramId}/cards`` (generateLoyaltyCard).
        Not idempotent: retried only where the retry policy knows the request was not applied (README "Retries"), up
        to the client's ``max_retries``.

        Args:
            loyalty_program_id: Identifier of the card-based loyalty program containing the loyalty card. You can get the ID with
                the List loyalty programs endpoint.
            status: The known values of LoyaltyCardStatus.
            customer_profile_ids: Integration IDs of the customer profiles linked to the card.
            card_identifier: The alphanumeric identifier of the loyalty card.
            timeout: Per-call option: seconds (or an ``httpx.Timeout``) for each wait of one attempt, instead of the
                client's.
            deadline: Per-call option: seconds for the whole call, all attempts and waits included (``None``: none),
                instead of the client's.
            extra_headers: Per-call option: headers to add (a mapping of names to values; never credentials).
            extra_body: Per-call option: fields merged into the JSON body before it is signed, for fields the spec does
                not have yet.

        Returns:
            ``LoyaltyCard``: The LoyaltyCard.

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
            loyalty_card = client.generate_loyalty_card("<loyaltyProgramId>", card_identifier="<cardIdentifier>")
            ```
        """
        try:
            path, body = _generate_loyalty_card.build(
                loyalty_program_id,
                status=status,
                customer_profile_ids=customer_profile_ids,
                card_identifier=card_identifier,
            )
        except _t.InputError as exc:
            raise self._invalid_input(exc) from None
        result: LoyaltyCard = self._request(_generate_loyalty_card.OPERATION, path, body, options)
        return result

    def link_loyalty_card_to_profile(
        self,
        loyalty_program_id: int,
        loyalty_card_id: str,
        *,
        integration_id: str,
        **options: Unpack[_t.RequestOptions],
    ) -> LoyaltyCard:
        """Link customer profile to card.

        Loyalty cards allow customers to collect and spend loyalty points within a card-based loyalty program. They
        are useful to gamify loyalty programs and can be used with or without customer profiles linked to them. Link
        a customer profile to a given loyalty card for the card to be set as **Registered**. This affects how it can
        be used. See the docs.

        Sends ``POST /v2/loyalty_programs/{loyaltyProgramId}/cards/{loyaltyCardId}/link_profile`` (linkLoyaltyCardToProfile).
        Not idempotent: retried only where the retry policy knows the request was not applied (README "Retries"), up
        to the client's ``max_retries``.

        Args:
            loyalty_program_id: Identifier of the card-based loyalty program containing the loyalty card. You can get the ID with
                the List loyalty programs endpoint.
            loyalty_card_id: Identifier of the loyalty card. You can get the identifier with the List loyalty cards endpoint.
            integration_id: The integrationId of the customer profile. Required.
            timeout: Per-call option: seconds (or an ``httpx.Timeout``) for each wait of one attempt, instead of the
                client's.
            deadline: Per-call option: seconds for the whole call, all attempts and waits included (``None``: none),
                instead of the client's.
            extra_headers: Per-call option: headers to add (a mapping of names to values; never credentials).
            extra_body: Per-call option: fields merged into the JSON body before it is signed, for fields the spec does
                not have yet.

        Returns:
            ``LoyaltyCard``: The LoyaltyCard.

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
            loyalty_card = client.link_loyalty_card_to_profile("<loyaltyProgramId>", "<loyaltyCardId>", integration_id="<integrationId>")
            ```
        """
        try:
            path, body = _link_loyalty_card_to_profile.build(
                loyalty_program_id,
                loyalty_card_id,
                integration_id=integration_id,
            )
        except _t.InputError as exc:
            raise self._invalid_input(exc) from None
        result: LoyaltyCard = self._request(_link_loyalty_card_to_profile.OPERATION, path, body, options)
        return result

    def get_loyalty_card_balances(
        self,
        loyalty_program_id: int,
        loyalty_card_id: str,
        *,
        end_date: datetime.datetime | str | None = None,
        subledger_id: Sequence[str] | None = None,
        **options: Unpack[_t.RequestOptions],
    ) -> LoyaltyCardBalances:
        """Get card's point balances.

        Retrieve loyalty balances for the given loyalty card in the specified loyalty program with filtering options
        applied. If no filtering options are applied, all loyalty balances for the given loyalty card are returned.

        Sends ``GET /v1/loyalty_programs/{loyaltyProgramId}/cards/{loyaltyCardId}/balances`` (getLoyaltyCardBalances).
        Idempotent: retried as the retry policy says (README "Retries"), up to the client's ``max_retries``.

        Args:
            loyalty_program_id: Identifier of the card-based loyalty program containing the loyalty card. You can get the ID with
                the List loyalty programs endpoint.
            loyalty_card_id: Identifier of the loyalty card. You can get the identifier with the List loyalty cards endpoint.
            end_date: Used to return expired, active, and pending loyalty balances before this timestamp. You can enter
                any past, present, or future timestamp value. **Note:** - It must be an RFC3339 timestamp string.
            subledger_id: Filter results by one or more subledger IDs. Must be exact match.
            timeout: Per-call option: seconds (or an ``httpx.Timeout``) for each wait of one attempt, instead of the
                client's.
            deadline: Per-call option: seconds for the whole call, all attempts and waits included (``None``: none),
                instead of the client's.
            extra_headers: Per-call option: headers to add (a mapping of names to values; never credentials).
            extra_body: Per-call option: fields merged into the JSON body before it is signed, for fields the spec does
                not have yet.

        Returns:
            ``LoyaltyCardBalances``: The LoyaltyCardBalances.

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
            loyalty_card_balances = client.get_loyalty_card_balances("<loyaltyProgramId>", "<loyaltyCardId>")
            ```
        """
        try:
            path, body = _get_loyalty_card_balances.build(
                loyalty_program_id,
                loyalty_card_id,
                end_date=end_date,
                subledger_id=subledger_id,
            )
        except _t.InputError as exc:
            raise self._invalid_input(exc) from None
        result: LoyaltyCardBalances = self._request(_get_loyalty_card_balances.OPERATION, path, body, options)
        return result

    def get_loyalty_card_points(
        self,
        loyalty_program_id: int,
        loyalty_card_id: str,
        *,
        status: str | None = None,
        subledger_id: Sequence[str] | None = None,
        page_size: int | None = None,
        skip: int | None = None,
        **options: Unpack[_t.RequestOptions],
    ) -> LoyaltyCardPoints:
        """List card's unused loyalty points.

        Get paginated results of loyalty points for a given loyalty card identifier in a card-based loyalty program.
        This endpoint returns only the balances of unused points on a loyalty card. You can filter points by status:
        - `active`: Points ready to be redeemed. - `pending`: Points with a start date in the future. - `expired`:
        Points with an expiration date in the past.

        Sends ``GET /v1/loyalty_programs/{loyaltyProgramId}/cards/{loyaltyCardId}/points`` (getLoyaltyCardPoints).
        Idempotent: retried as the retry policy says (README "Retries"), up to the client's ``max_retries``.

        Args:
            loyalty_program_id: Identifier of the card-based loyalty program containing the loyalty card. You can get the ID with
                the List loyalty programs endpoint.
            loyalty_card_id: Identifier of the loyalty card. You can get the identifier with the List loyalty cards endpoint.
            status: Filter points based on their status.
            subledger_id: Filter results by one or more subledger IDs. Must be exact match.
            page_size: The number of items in the response.
            skip: The number of items to skip when paging through large result sets.
            timeout: Per-call option: seconds (or an ``httpx.Timeout``) for each wait of one attempt, instead of the
                client's.
            deadline: Per-call option: seconds for the whole call, all attempts and waits included (``None``: none),
                instead of the client's.
            extra_headers: Per-call option: headers to add (a mapping of names to values; never credentials).
            extra_body: Per-call option: fields merged into the JSON body before it is signed, for fields the spec does
                not have yet.

        Returns:
            ``LoyaltyCardPoints``: The LoyaltyCardPoints.

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
            loyalty_card_points = client.get_loyalty_card_points("<loyaltyProgramId>", "<loyaltyCardId>")
            ```
        """
        try:
            path, body = _get_loyalty_card_points.build(
                loyalty_program_id,
                loyalty_card_id,
                status=status,
                subledger_id=subledger_id,
                page_size=page_size,
                skip=skip,
            )
        except _t.InputError as exc:
            raise self._invalid_input(exc) from None
        result: LoyaltyCardPoints = self._request(_get_loyalty_card_points.OPERATION, path, body, options)
        return result

    def iter_loyalty_card_points(
        self,
        loyalty_program_id: int,
        loyalty_card_id: str,
        *,
        status: str | None = None,
        subledger_id: Sequence[str] | None = None,
        page_size: int | None = None,
        skip: int | None = None,
        max_pages: int | None = None,
        **options: Unpack[_t.RequestOptions],
    ) -> Iterator[CardLedgerPointsEntryIntegrationAPI]:
        """Every item of List card's unused loyalty points, page after page: ``get_loyalty_card_points`` walked lazily.

        Returns an iterator of ``CardLedgerPointsEntryIntegrationAPI``. No request is sent until it is first
        advanced, and each next page is asked for only when the items of the page before are used up. Each page is
        one call of ``get_loyalty_card_points`` with these arguments and per-call options, so it has that method's
        retries, timeout, deadline (per page), size limit and tolerant parsing; ``skip`` advances by the items
        received. The walk ends on ``hasMore`` false, on an empty page, after ``max_pages`` pages, and, for an
        answer without ``hasMore``, when ``skip`` reaches ``totalResultSize`` or a page is shorter than
        ``page_size``.

        Args:
            loyalty_program_id: Identifier of the card-based loyalty program containing the loyalty card. You can get the ID with
                the List loyalty programs endpoint.
            loyalty_card_id: Identifier of the loyalty card. You can get the identifier with the List loyalty cards endpoint.
            status: Filter points based on their status.
            subledger_id: Filter results by one or more subledger IDs. Must be exact match.
            page_size: The items per page, sent as ``pageSize`` on every page (``None``: the service's default).
            skip: The items to skip before the first page (``None``: none); each next page skips what came before.
            max_pages: The most pages to fetch (``None``, the default: no cap); a positive integer.
            timeout: Per-call option for each page request: seconds (or an ``httpx.Timeout``) for each wait of one attempt.
            deadline: Per-call option for each page request: seconds for that page's call, all attempts included.
            extra_headers: Per-call option: headers added to each page request (never credentials).
            extra_body: Per-call option, as for ``get_loyalty_card_points`` (which sends no JSON body when it is a GET).

        Returns:
            ``Iterator[CardLedgerPointsEntryIntegrationAPI]``: the items of every page, in the service's order.

        Raises:
            InvalidInputError: An argument the spec does not allow, or a bad ``max_pages``; raised by this call, before
                any I/O.
            TalonError: While iterating, what ``get_loyalty_card_points`` raises for a page (``APIStatusError``,
                ``APIConnectionError``, ``APITimeoutError``, ``APIResponseValidationError``, ...), once that page's retries
                are used up; the items of the pages before it have been yielded.

        Example:
            ```python
            for item in client.iter_loyalty_card_points("<loyaltyProgramId>", "<loyaltyCardId>", page_size=50):
                print(item)
            ```
        """
        try:  # the arguments are checked now, before any page is asked for
            _get_loyalty_card_points.build(
                loyalty_program_id,
                loyalty_card_id,
                status=status,
                subledger_id=subledger_id,
                page_size=page_size,
                skip=skip,
            )
        except _t.InputError as exc:
            raise self._invalid_input(exc) from None

        def page(skip: int) -> LoyaltyCardPoints:
            return self.get_loyalty_card_points(
                loyalty_program_id,
                loyalty_card_id,
                status=status,
                subledger_id=subledger_id,
                page_size=page_size,
                skip=skip,
                **options,
            )

        return self._pages(page, page_size, skip, max_pages)

    def get_loyalty_card_transactions(
        self,
        loyalty_program_id: int,
        loyalty_card_id: str,
        *,
        subledger_id: Sequence[str] | None = None,
        loyalty_transaction_type: GetLoyaltyCardTransactionsLoyaltyTransactionType | None = None,
        start_date: datetime.datetime | str | None = None,
        end_date: datetime.datetime | str | None = None,
        page_size: int | None = None,
        skip: int | None = None,
        **options: Unpack[_t.RequestOptions],
    ) -> LoyaltyCardTransactions:
        """List card's transactions.

        Retrieve loyalty transaction logs for the given loyalty card in the specified loyalty program with filtering
        options applied. If no filtering options are applied, the last 50 loyalty transactions for the given loyalty
        card are returned.

        Sends ``GET /v1/loyalty_programs/{loyaltyProgramId}/cards/{loyaltyCardId}/transactions`` (getLoyaltyCardTransactions).
        Idempotent: retried as the retry policy says (README "Retries"), up to the client's ``max_retries``.

        Args:
            loyalty_program_id: Identifier of the card-based loyalty program containing the loyalty card. You can get the ID with
                the List loyalty programs endpoint.
            loyalty_card_id: Identifier of the loyalty card. You can get the identifier with the List loyalty cards endpoint.
            subledger_id: Filter results by one or more subledger IDs. Must be exact match.
            loyalty_transaction_type: Filter results by loyalty transaction type: - `manual`: Loyalty transaction that was done manually.
                - `session`: Loyalty transaction that resulted from a customer session. - `import`: Loyalty
                transaction that was imported from a CSV file.
            start_date: Date and time from which results are returned. Results are filtered by transaction creation date.
                **Note:** - It must be an RFC3339 timestamp string. - You can include a time component in your
                string, for example, `T23:59:59` to specify the end of the day. The time zone setting considered is
                `UTC`.
            end_date: Date and time by which results are returned. Results are filtered by transaction creation date.
                **Note:** - It must be an RFC3339 timestamp string. - You can include a time component in your
                string, for example, `T23:59:59` to specify the end of the day. The time zone setting considered is
                `UTC`.
            page_size: The number of items in the response.
            skip: The number of items to skip when paging through large result sets.
            timeout: Per-call option: seconds (or an ``httpx.Timeout``) for each wait of one attempt, instead of the
                client's.
            deadline: Per-call option: seconds for the whole call, all attempts and waits included (``None``: none),
                instead of the client's.
            extra_headers: Per-call option: headers to add (a mapping of names to values; never credentials).
            extra_body: Per-call option: fields merged into the JSON body before it is signed, for fields the spec does
                not have yet.

        Returns:
            ``LoyaltyCardTransactions``: The LoyaltyCardTransactions.

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
            loyalty_card_transactions = client.get_loyalty_card_transactions("<loyaltyProgramId>", "<loyaltyCardId>")
            ```
        """
        try:
            path, body = _get_loyalty_card_transactions.build(
                loyalty_program_id,
                loyalty_card_id,
                subledger_id=subledger_id,
                loyalty_transaction_type=loyalty_transaction_type,
                start_date=start_date,
                end_date=end_date,
                page_size=page_size,
                skip=skip,
            )
        except _t.InputError as exc:
            raise self._invalid_input(exc) from None
        result: LoyaltyCardTransactions = self._request(_get_loyalty_card_transactions.OPERATION, path, body, options)
        return result

    def iter_loyalty_card_transactions(
        self,
        loyalty_program_id: int,
        loyalty_card_id: str,
        *,
        subledger_id: Sequence[str] | None = None,
        loyalty_transaction_type: GetLoyaltyCardTransactionsLoyaltyTransactionType | None = None,
        start_date: datetime.datetime | str | None = None,
        end_date: datetime.datetime | str | None = None,
        page_size: int | None = None,
        skip: int | None = None,
        max_pages: int | None = None,
        **options: Unpack[_t.RequestOptions],
    ) -> Iterator[CardLedgerTransactionLogEntryIntegrationAPI]:
        """Every item of List card's transactions, page after page: ``get_loyalty_card_transactions`` walked lazily.

        Returns an iterator of ``CardLedgerTransactionLogEntryIntegrationAPI``. No request is sent until it is first
        advanced, and each next page is asked for only when the items of the page before are used up. Each page is
        one call of ``get_loyalty_card_transactions`` with these arguments and per-call options, so it has that
        method's retries, timeout, deadline (per page), size limit and tolerant parsing; ``skip`` advances by the
        items received. The walk ends on ``hasMore`` false, on an empty page, after ``max_pages`` pages, and, for an
        answer without ``hasMore``, when ``skip`` reaches ``totalResultSize`` or a page is shorter than
        ``page_size``.

        Args:
            loyalty_program_id: Identifier of the card-based loyalty program containing the loyalty card. You can get the ID with
                the List loyalty programs endpoint.
            loyalty_card_id: Identifier of the loyalty card. You can get the identifier with the List loyalty cards endpoint.
            subledger_id: Filter results by one or more subledger IDs. Must be exact match.
            loyalty_transaction_type: Filter results by loyalty transaction type: - `manual`: Loyalty transaction that was done manually.
                - `session`: Loyalty transaction that resulted from a customer session. - `import`: Loyalty
                transaction that was imported from a CSV file.
            start_date: Date and time from which results are returned. Results are filtered by transaction creation date.
                **Note:** - It must be an RFC3339 timestamp string. - You can include a time component in your
                string, for example, `T23:59:59` to specify the end of the day. The time zone setting considered is
                `UTC`.
            end_date: Date and time by which results are returned. Results are filtered by transaction creation date.
                **Note:** - It must be an RFC3339 timestamp string. - You can include a time component in your
                string, for example, `T23:59:59` to specify the end of the day. The time zone setting considered is
                `UTC`.
            page_size: The items per page, sent as ``pageSize`` on every page (``None``: the service's default).
            skip: The items to skip before the first page (``None``: none); each next page skips what came before.
            max_pages: The most pages to fetch (``None``, the default: no cap); a positive integer.
            timeout: Per-call option for each page request: seconds (or an ``httpx.Timeout``) for each wait of one attempt.
            deadline: Per-call option for each page request: seconds for that page's call, all attempts included.
            extra_headers: Per-call option: headers added to each page request (never credentials).
            extra_body: Per-call option, as for ``get_loyalty_card_transactions`` (which sends no JSON body when it is a GET).

        Returns:
            ``Iterator[CardLedgerTransactionLogEntryIntegrationAPI]``: the items of every page, in the service's order.

        Raises:
            InvalidInputError: An argument the spec does not allow, or a bad ``max_pages``; raised by this call, before
                any I/O.
            TalonError: While iterating, what ``get_loyalty_card_transactions`` raises for a page (``APIStatusError``,
                ``APIConnectionError``, ``APITimeoutError``, ``APIResponseValidationError``, ...), once that page's retries
                are used up; the items of the pages before it have been yielded.

        Example:
            ```python
            for item in client.iter_loyalty_card_transactions("<loyaltyProgramId>", "<loyaltyCardId>", page_size=50):
                print(item)
            ```
        """
        try:  # the arguments are checked now, before any page is asked for
            _get_loyalty_card_transactions.build(
                loyalty_program_id,
                loyalty_card_id,
                subledger_id=subledger_id,
                loyalty_transaction_type=loyalty_transaction_type,
                start_date=start_date,
                end_date=end_date,
                page_size=page_size,
                skip=skip,
            )
        except _t.InputError as exc:
            raise self._invalid_input(exc) from None

        def page(skip: int) -> LoyaltyCardTransactions:
            return self.get_loyalty_card_transactions(
                loyalty_program_id,
                loyalty_card_id,
                subledger_id=subledger_id,
                loyalty_transaction_type=loyalty_transaction_type,
                start_date=start_date,
                end_date=end_date,
                page_size=page_size,
                skip=skip,
                **options,
            )

        return self._pages(page, page_size, skip, max_pages)

    def get_loyalty_balances(
        self,
        loyalty_program_id: int,
        integration_id: str,
        *,
        end_date: datetime.datetime | str | None = None,
        subledger_id: str | None = None,
        include_tiers: bool | None = None,
        include_projected_tier: bool | None = None,
        **options: Unpack[_t.RequestOptions],
    ) -> LoyaltyBalancesWithTiers:
        """Get customer's loyalty balances.

        Retrieve loyalty ledger balances for the given Integration ID in the specified loyalty program. You can
        filter balances by date and subledger ID, and include tier-related information in the response. **Note**: If
        no filtering options are applied, you retrieve all loyalty balances on the current date for the given
        integration ID.

        Sends ``GET /v1/loyalty_programs/{loyaltyProgramId}/profile/{integrationId}/balances`` (getLoyaltyBalances).
        Idempotent: retried as the retry policy says (README "Retries"), up to the client's ``max_retries``.

        Args:
            loyalty_program_id: Identifier of the profile-based loyalty program. You can get the ID with the List loyalty programs
                endpoint.
            integration_id: The integration identifier for this customer profile. Must be: - Unique within the deployment. -
                Stable for the customer. Do not use an ID that the customer can update themselves.
            end_date: Used to return expired, active, and pending loyalty balances before this timestamp. You can enter
                any past, present, or future timestamp value. **Note:** - It must be an RFC3339 timestamp string.
            subledger_id: The ID of the subledger by which we filter the data.
            include_tiers: Indicates whether tier information is included in the response. When set to `true`, the response
                includes information about the current tier and the number of points required to move to next tier.
            include_projected_tier: Indicates whether the customer's projected tier information is included in the response. When set to
                `true`, the response includes information about the customer's active points and the name of the
                projected tier. **Note** We recommend filtering by `subledgerId` for better performance.
            timeout: Per-call option: seconds (or an ``httpx.Timeout``) for each wait of one attempt, instead of the
                client's.
            deadline: Per-call option: seconds for the whole call, all attempts and waits included (``None``: none),
                instead of the client's.
            extra_headers: Per-call option: headers to add (a mapping of names to values; never credentials).
            extra_body: Per-call option: fields merged into the JSON body before it is signed, for fields the spec does
                not have yet.

        Returns:
            ``LoyaltyBalancesWithTiers``: The LoyaltyBalancesWithTiers.

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
            loyalty_balances_with_tiers = client.get_loyalty_balances("<loyaltyProgramId>", "<integrationId>")
            ```
        """
        try:
            path, body = _get_loyalty_balances.build(
                loyalty_program_id,
                integration_id,
                end_date=end_date,
                subledger_id=subledger_id,
                include_tiers=include_tiers,
                include_projected_tier=include_projected_tier,
            )
        except _t.InputError as exc:
            raise self._invalid_input(exc) from None
        result: LoyaltyBalancesWithTiers = self._request(_get_loyalty_balances.OPERATION, path, body, options)
        return result

    def get_loyalty_program_profile_points(
        self,
        loyalty_program_id: int,
        integration_id: str,
        *,
        status: str | None = None,
        subledger_id: str | None = None,
        page_size: int | None = None,
        skip: int | None = None,
        **options: Unpack[_t.RequestOptions],
    ) -> LoyaltyProgramProfilePoints:
        """List customer's unused loyalty points.

        Get paginated results of loyalty points for a given Integration ID in the specified profile-based loyalty
        program. This endpoint returns only the balances of unused points linked to a customer profile. You can
        filter points by status: - `active`: Points ready to be redeemed. - `pending`: Points with a start date in
        the future. - `expired`: Points with an expiration date in the past.

        Sends ``GET /v1/loyalty_programs/{loyaltyProgramId}/profile/{integrationId}/points`` (getLoyaltyProgramProfilePoints).
        Idempotent: retried as the retry policy says (README "Retries"), up to the client's ``max_retries``.

        Args:
            loyalty_program_id: Identifier of the profile-based loyalty program. You can get the ID with the List loyalty programs
                endpoint.
            integration_id: The integration identifier for this customer profile. Must be: - Unique within the deployment. -
                Stable for the customer. Do not use an ID that the customer can update themselves.
            status: Filter points based on their status.
            subledger_id: The ID of the subledger by which we filter the data.
            page_size: The number of items in the response.
            skip: The number of items to skip when paging through large result sets.
            timeout: Per-call option: seconds (or an ``httpx.Timeout``) for each wait of one attempt, instead of the
                client's.
            deadline: Per-call option: seconds for the whole call, all attempts and waits included (``None``: none),
                instead of the client's.
            extra_headers: Per-call option: headers to add (a mapping of names to values; never credentials).
            extra_body: Per-call option: fields merged into the JSON body before it is signed, for fields the spec does
                not have yet.

        Returns:
            ``LoyaltyProgramProfilePoints``: The LoyaltyProgramProfilePoints.

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
            loyalty_program_profile_points = client.get_loyalty_program_profile_points("<loyaltyProgramId>", "<integrationId>")
            ```
        """
        try:
            path, body = _get_loyalty_program_profile_points.build(
                loyalty_program_id,
                integration_id,
                status=status,
                subledger_id=subledger_id,
                page_size=page_size,
                skip=skip,
            )
        except _t.InputError as exc:
            raise self._invalid_input(exc) from None
        result: LoyaltyProgramProfilePoints = self._request(
            _get_loyalty_program_profile_points.OPERATION, path, body, options
        )
        return result

    def iter_loyalty_program_profile_points(
        self,
        loyalty_program_id: int,
        integration_id: str,
        *,
        status: str | None = None,
        subledger_id: str | None = None,
        page_size: int | None = None,
        skip: int | None = None,
        max_pages: int | None = None,
        **options: Unpack[_t.RequestOptions],
    ) -> Iterator[LedgerPointsEntryIntegrationAPI]:
        """Every item of List customer's unused loyalty points, page after page: ``get_loyalty_program_profile_points``
        walked lazily.

        Returns an iterator of ``LedgerPointsEntryIntegrationAPI``. No request is sent until it is first advanced,
        and each next page is asked for only when the items of the page before are used up. Each page is one call of
        ``get_loyalty_program_profile_points`` with these arguments and per-call options, so it has that method's
        retries, timeout, deadline (per page), size limit and tolerant parsing; ``skip`` advances by the items
        received. The walk ends on ``hasMore`` false, on an empty page, after ``max_pages`` pages, and, for an
        answer without ``hasMore``, when ``skip`` reaches ``totalResultSize`` or a page is shorter than
        ``page_size``.

        Args:
            loyalty_program_id: Identifier of the profile-based loyalty program. You can get the ID with the List loyalty programs
                endpoint.
            integration_id: The integration identifier for this customer profile. Must be: - Unique within the deployment. -
                Stable for the customer. Do not use an ID that the customer can update themselves.
            status: Filter points based on their status.
            subledger_id: The ID of the subledger by which we filter the data.
            page_size: The items per page, sent as ``pageSize`` on every page (``None``: the service's default).
            skip: The items to skip before the first page (``None``: none); each next page skips what came before.
            max_pages: The most pages to fetch (``None``, the default: no cap); a positive integer.
            timeout: Per-call option for each page request: seconds (or an ``httpx.Timeout``) for each wait of one attempt.
            deadline: Per-call option for each page request: seconds for that page's call, all attempts included.
            extra_headers: Per-call option: headers added to each page request (never credentials).
            extra_body: Per-call option, as for ``get_loyalty_program_profile_points`` (which sends no JSON body when it is a GET).

        Returns:
            ``Iterator[LedgerPointsEntryIntegrationAPI]``: the items of every page, in the service's order.

        Raises:
            InvalidInputError: An argument the spec does not allow, or a bad ``max_pages``; raised by this call, before
                any I/O.
            TalonError: While iterating, what ``get_loyalty_program_profile_points`` raises for a page (``APIStatusError``,
                ``APIConnectionError``, ``APITimeoutError``, ``APIResponseValidationError``, ...), once that page's retries
                are used up; the items of the pages before it have been yielded.

        Example:
            ```python
            for item in client.iter_loyalty_program_profile_points("<loyaltyProgramId>", "<integrationId>", page_size=50):
                print(item)
            ```
        """
        try:  # the arguments are checked now, before any page is asked for
            _get_loyalty_program_profile_points.build(
                loyalty_program_id,
                integration_id,
                status=status,
                subledger_id=subledger_id,
                page_size=page_size,
                skip=skip,
            )
        except _t.InputError as exc:
            raise self._invalid_input(exc) from None

        def page(skip: int) -> LoyaltyProgramProfilePoints:
            return self.get_loyalty_program_profile_points(
                loyalty_program_id,
                integration_id,
                status=status,
                subledger_id=subledger_id,
                page_size=page_size,
                skip=skip,
                **options,
            )

        return self._pages(page, page_size, skip, max_pages)

    def get_loyalty_program_profile_transactions(
        self,
        loyalty_program_id: int,
        integration_id: str,
        *,
        subledger_id: str | None = None,
        loyalty_transaction_type: GetLoyaltyProgramProfileTransactionsLoyaltyTransactionType | None = None,
        start_date: datetime.datetime | str | None = None,
        end_date: datetime.datetime | str | None = None,
        page_size: int | None = None,
        skip: int | None = None,
        **options: Unpack[_t.RequestOptions],
    ) -> LoyaltyProgramProfileTransactions:
        """List customer's loyalty transactions.

        Retrieve paginated results of loyalty transaction logs for the given Integration ID in the specified loyalty
        program. You can filter transactions by date. If no filters are applied, the last 50 loyalty transactions
        for the given integration ID are returned. **Note:** To retrieve all loyalty program transaction logs in a
        given loyalty program, use the List loyalty program transactions endpoint.

        Sends ``GET /v1/loyalty_programs/{loyaltyProgramId}/profile/{integrationId}/transactions`` (getLoyaltyProgramProfileTransactions).
        Idempotent: retried as the retry policy says (README "Retries"), up to the client's ``max_retries``.

        Args:
            loyalty_program_id: Identifier of the profile-based loyalty program. You can get the ID with the List loyalty programs
                endpoint.
            integration_id: The integration identifier for this customer profile. Must be: - Unique within the deployment. -
                Stable for the customer. Do not use an ID that the customer can update themselves.
            subledger_id: The ID of the subledger by which we filter the data.
            loyalty_transaction_type: Filter results by loyalty transaction type: - `manual`: Loyalty transaction that was done manually.
                - `session`: Loyalty transaction that resulted from a customer session. - `import`: Loyalty
                transaction that was imported from a CSV file.
            start_date: Date and time from which results are returned. Results are filtered by transaction creation date.
                **Note:** - It must be an RFC3339 timestamp string. - You can include a time component in your
                string, for example, `T23:59:59` to specify the end of the day. The time zone setting considered is
                `UTC`.
            end_date: Date and time by which results are returned. Results are filtered by transaction creation date.
                **Note:** - It must be an RFC3339 timestamp string. - You can include a time component in your
                string, for example, `T23:59:59` to specify the end of the day. The time zone setting considered is
                `UTC`.
            page_size: The number of items in the response.
            skip: The number of items to skip when paging through large result sets.
            timeout: Per-call option: seconds (or an ``httpx.Timeout``) for each wait of one attempt, instead of the
                client's.
            deadline: Per-call option: seconds for the whole call, all attempts and waits included (``None``: none),
                instead of the client's.
            extra_headers: Per-call option: headers to add (a mapping of names to values; never credentials).
            extra_body: Per-call option: fields merged into the JSON body before it is signed, for fields the spec does
                not have yet.

        Returns:
            ``LoyaltyProgramProfileTransactions``: The LoyaltyProgramProfileTransactions.

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
            loyalty_program_profile_transactions = client.get_loyalty_program_profile_transactions("<loyaltyProgramId>", "<integrationId>")
            ```
        """
        try:
            path, body = _get_loyalty_program_profile_transactions.build(
                loyalty_program_id,
                integration_id,
                subledger_id=subledger_id,
                loyalty_transaction_type=loyalty_transaction_type,
                start_date=start_date,
                end_date=end_date,
                page_size=page_size,
                skip=skip,
            )
        except _t.InputError as exc:
            raise self._invalid_input(exc) from None
        result: LoyaltyProgramProfileTransactions = self._request(
            _get_loyalty_program_profile_transactions.OPERATION, path, body, options
        )
        return result

    def iter_loyalty_program_profile_transactions(
        self,
        loyalty_program_id: int,
        integration_id: str,
        *,
        subledger_id: str | None = None,
        loyalty_transaction_type: GetLoyaltyProgramProfileTransactionsLoyaltyTransactionType | None = None,
        start_date: datetime.datetime | str | None = None,
        end_date: datetime.datetime | str | None = None,
        page_size: int | None = None,
        skip: int | None = None,
        max_pages: int | None = None,
        **options: Unpack[_t.RequestOptions],
    ) -> Iterator[LedgerTransactionLogEntryIntegrationAPI]:
        """Every item of List customer's loyalty transactions, page after page:
        ``get_loyalty_program_profile_transactions`` walked lazily.

        Returns an iterator of ``LedgerTransactionLogEntryIntegrationAPI``. No request is sent until it is first
        advanced, and each next page is asked for only when the items of the page before are used up. Each page is
        one call of ``get_loyalty_program_profile_transactions`` with these arguments and per-call options, so it
        has that method's retries, timeout, deadline (per page), size limit and tolerant parsing; ``skip`` advances
        by the items received. The walk ends on ``hasMore`` false, on an empty page, after ``max_pages`` pages, and,
        for an answer without ``hasMore``, when ``skip`` reaches ``totalResultSize`` or a page is shorter than
        ``page_size``.

        Args:
            loyalty_program_id: Identifier of the profile-based loyalty program. You can get the ID with the List loyalty programs
                endpoint.
            integration_id: The integration identifier for this customer profile. Must be: - Unique within the deployment. -
                Stable for the customer. Do not use an ID that the customer can update themselves.
            subledger_id: The ID of the subledger by which we filter the data.
            loyalty_transaction_type: Filter results by loyalty transaction type: - `manual`: Loyalty transaction that was done manually.
                - `session`: Loyalty transaction that resulted from a customer session. - `import`: Loyalty
                transaction that was imported from a CSV file.
            start_date: Date and time from which results are returned. Results are filtered by transaction creation date.
                **Note:** - It must be an RFC3339 timestamp string. - You can include a time component in your
                string, for example, `T23:59:59` to specify the end of the day. The time zone setting considered is
                `UTC`.
            end_date: Date and time by which results are returned. Results are filtered by transaction creation date.
                **Note:** - It must be an RFC3339 timestamp string. - You can include a time component in your
                string, for example, `T23:59:59` to specify the end of the day. The time zone setting considered is
                `UTC`.
            page_size: The items per page, sent as ``pageSize`` on every page (``None``: the service's default).
            skip: The items to skip before the first page (``None``: none); each next page skips what came before.
            max_pages: The most pages to fetch (``None``, the default: no cap); a positive integer.
            timeout: Per-call option for each page request: seconds (or an ``httpx.Timeout``) for each wait of one attempt.
            deadline: Per-call option for each page request: seconds for that page's call, all attempts included.
            extra_headers: Per-call option: headers added to each page request (never credentials).
            extra_body: Per-call option, as for ``get_loyalty_program_profile_transactions`` (which sends no JSON body when it is a GET).

        Returns:
            ``Iterator[LedgerTransactionLogEntryIntegrationAPI]``: the items of every page, in the service's order.

        Raises:
            InvalidInputError: An argument the spec does not allow, or a bad ``max_pages``; raised by this call, before
                any I/O.
            TalonError: While iterating, what ``get_loyalty_program_profile_transactions`` raises for a page (``APIStatusError``,
                ``APIConnectionError``, ``APITimeoutError``, ``APIResponseValidationError``, ...), once that page's retries
                are used up; the items of the pages before it have been yielded.

        Example:
            ```python
            for item in client.iter_loyalty_program_profile_transactions("<loyaltyProgramId>", "<integrationId>", page_size=50):
                print(item)
            ```
        """
        try:  # the arguments are checked now, before any page is asked for
            _get_loyalty_program_profile_transactions.build(
                loyalty_program_id,
                integration_id,
                subledger_id=subledger_id,
                loyalty_transaction_type=loyalty_transaction_type,
                start_date=start_date,
                end_date=end_date,
                page_size=page_size,
                skip=skip,
            )
        except _t.InputError as exc:
            raise self._invalid_input(exc) from None

        def page(skip: int) -> LoyaltyProgramProfileTransactions:
            return self.get_loyalty_program_profile_transactions(
                loyalty_program_id,
                integration_id,
                subledger_id=subledger_id,
                loyalty_transaction_type=loyalty_transaction_type,
                start_date=start_date,
                end_date=end_date,
                page_size=page_size,
                skip=skip,
                **options,
            )

        return self._pages(page, page_size, skip, max_pages)

    def create_referrals_for_multiple_advocates(
        self,
        *,
        usage_limit: int,
        campaign_id: int,
        advocate_profile_integration_ids: Sequence[str],
        start_date: datetime.datetime | str | None = None,
        expiry_date: datetime.datetime | str | None = None,
        attributes: Mapping[str, Any] | None = None,
        valid_characters: Sequence[str] | None = None,
        referral_pattern: str | None = None,
        silent: CreateReferralsForMultipleAdvocatesSilent | None = None,
        **options: Unpack[_t.RequestOptions],
    ) -> CreatedReferrals | None:
        """Create referral codes for multiple advocates.

        Creates unique referral codes for multiple advocates. The code will be valid for the referral campaign for
        which it is created, indicated in the `campaignId` parameter, and one referral code will be associated with
        one advocate using the profile specified in the `advocateProfileIntegrationId` parameter as the advocate's
        profile.

        Sends ``POST /v1/referrals_for_multiple_advocates`` (createReferralsForMultipleAdvocates).
        Not idempotent: retried only where the retry policy knows the request was not applied (README "Retries"), up
        to the client's ``max_retries``.

        Args:
            usage_limit: The number of times a referral code can be used. `0` means no limit but any campaign usage limits
                will still apply. Required.
            campaign_id: The ID of the campaign from which the referral received the referral code. Required.
            advocate_profile_integration_ids: An array containing all the respective advocate profiles. Required.
            start_date: Timestamp at which point the referral code becomes valid.
            expiry_date: Expiration date of the referral code. Referral never expires if this is omitted.
            attributes: Arbitrary properties associated with this referral code.
            valid_characters: List of characters used to generate the random parts of a code. By default, the list of characters
                is equivalent to the `[A-Z, 0-9]` regular expression.
            referral_pattern: The pattern used to generate referrals. The character `#` is a placeholder and is replaced by a
                random character from the `validCharacters` set.
            silent: Possible values: `yes` or `no`. - `yes`: Increases the performance of the API call by returning a
                204 response. - `no`: Returns a 200 response that contains the updated customer profiles.
            timeout: Per-call option: seconds (or an ``httpx.Timeout``) for each wait of one attempt, instead of the
                client's.
            deadline: Per-call option: seconds for the whole call, all attempts and waits included (``None``: none),
                instead of the client's.
            extra_headers: Per-call option: headers to add (a mapping of names to values; never credentials).
            extra_body: Per-call option: fields merged into the JSON body before it is signed, for fields the spec does
                not have yet.

        Returns:
            ``CreatedReferrals``: The CreatedReferrals.

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
            created_referrals = client.create_referrals_for_multiple_advocates(usage_limit=1, campaign_id=1, advocate_profile_integration_ids=["<advocateProfileIntegrationIds>"])
            ```
        """
        try:
            path, body = _create_referrals_for_multiple_advocates.build(
                usage_limit=usage_limit,
                campaign_id=campaign_id,
                advocate_profile_integration_ids=advocate_profile_integration_ids,
                start_date=start_date,
                expiry_date=expiry_date,
                attributes=attributes,
                valid_characters=valid_characters,
                referral_pattern=referral_pattern,
                silent=silent,
            )
        except _t.InputError as exc:
            raise self._invalid_input(exc) from None
        result: CreatedReferrals | None = self._request(
            _create_referrals_for_multiple_advocates.OPERATION, path, body, options
        )
        return result

    def sync_catalog(
        self,
        catalog_id: int,
        *,
        actions: Sequence[CatalogAction | CatalogActionDict],
        version: int | None = None,
        **options: Unpack[_t.RequestOptions],
    ) -> Catalog:
        """Sync cart item catalog.

        Perform the following actions for a given cart item catalog: - Add an item to the catalog. - Add multiple
        items to the catalog. - Update the attributes of an item in the catalog. - Update the attributes of multiple
        items in the catalog. - Remove an item from the catalog. - Remove multiple items from the catalog. You can
        either add, update, or delete up to 1000 cart items in a single request.

        Sends ``PUT /v1/catalogs/{catalogId}/sync`` (syncCatalog).
        Idempotent: retried as the retry policy says (README "Retries"), up to the client's ``max_retries``.

        Args:
            catalog_id: The ID of the catalog. You can find the ID in the Campaign Manager in **Account** > **Tools** >
                **Cart item catalogs**.
            actions: The actions field of the request body. Required.
            version: The version number of the catalog to apply the actions on.
            timeout: Per-call option: seconds (or an ``httpx.Timeout``) for each wait of one attempt, instead of the
                client's.
            deadline: Per-call option: seconds for the whole call, all attempts and waits included (``None``: none),
                instead of the client's.
            extra_headers: Per-call option: headers to add (a mapping of names to values; never credentials).
            extra_body: Per-call option: fields merged into the JSON body before it is signed, for fields the spec does
                not have yet.

        Returns:
            ``Catalog``: The Catalog.

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
            catalog = client.sync_catalog("<catalogId>", actions=["<actions>"])
            ```
        """
        try:
            path, body = _sync_catalog.build(
                catalog_id,
                actions=actions,
                version=version,
            )
        except _t.InputError as exc:
            raise self._invalid_input(exc) from None
        result: Catalog = self._request(_sync_catalog.OPERATION, path, body, options)
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

    def _pages(
        self, page: Callable[[int], Awaitable[Any]], page_size: int | None, skip: int | None, max_pages: int | None
    ) -> AsyncIterator[Any]:
        """The items of every page, lazily: ``await page(skip)`` is one call of the paged operation."""
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

    async def create_audience_v2(
        self,
        *,
        name: str,
        sandbox: bool | None = None,
        description: str | None = None,
        integration: str | None = None,
        integration_id: str | None = None,
        created_in_3_rd_party: bool | None = None,
        last_update: datetime.datetime | str | None = None,
        **options: Unpack[_t.RequestOptions],
    ) -> Audience:
        """Create audience, awaited: the async twin of ``SyncOperations.create_audience_v2`` (the sync client's method),
        with the same arguments and errors; returns the ``Audience``."""
        try:
            path, body = _create_audience_v2.build(
                name=name,
                sandbox=sandbox,
                description=description,
                integration=integration,
                integration_id=integration_id,
                created_in_3_rd_party=created_in_3_rd_party,
                last_update=last_update,
            )
        except _t.InputError as exc:
            raise self._invalid_input(exc) from None
        result: Audience = await self._request(_create_audience_v2.OPERATION, path, body, options)
        return result

    async def update_audience_v2(
        self, audience_id: int, *, name: str, **options: Unpack[_t.RequestOptions]
    ) -> Audience:
        """Update audience name, awaited: the async twin of ``SyncOperations.update_audience_v2`` (the sync client's
        method), with the same arguments and errors; returns the ``Audience``."""
        try:
            path, body = _update_audience_v2.build(
                audience_id,
                name=name,
            )
        except _t.InputError as exc:
            raise self._invalid_input(exc) from None
        result: Audience = await self._request(_update_audience_v2.OPERATION, path, body, options)
        return result

    async def delete_audience_v2(self, audience_id: int, **options: Unpack[_t.RequestOptions]) -> None:
        """Delete audience, awaited: the async twin of ``SyncOperations.delete_audience_v2`` (the sync client's method),
        with the same arguments and errors; returns ``None``."""
        try:
            path, body = _delete_audience_v2.build(
                audience_id,
            )
        except _t.InputError as exc:
            raise self._invalid_input(exc) from None
        result: None = await self._request(_delete_audience_v2.OPERATION, path, body, options)
        return result

    async def delete_audience_memberships_v2(self, audience_id: int, **options: Unpack[_t.RequestOptions]) -> None:
        """Delete audience memberships, awaited: the async twin of ``SyncOperations.delete_audience_memberships_v2``
        (the sync client's method), with the same arguments and errors; returns ``None``."""
        try:
            path, body = _delete_audience_memberships_v2.build(
                audience_id,
            )
        except _t.InputError as exc:
            raise self._invalid_input(exc) from None
        result: None = await self._request(_delete_audience_memberships_v2.OPERATION, path, body, options)
        return result

    async def update_audience_customers_attributes(
        self, audience_id: int, *, body: Mapping[str, Any], **options: Unpack[_t.RequestOptions]
    ) -> None:
        """Update profile attributes for all customers in audience, awaited: the async twin of
        ``SyncOperations.update_audience_customers_attributes`` (the sync client's method), with the same arguments
        and errors; returns ``None``."""
        try:
            path, body = _update_audience_customers_attributes.build(
                audience_id,
                body=body,
            )
        except _t.InputError as exc:
            raise self._invalid_input(exc) from None
        result: None = await self._request(_update_audience_customers_attributes.OPERATION, path, body, options)
        return result

    async def update_customer_profile_audiences(
        self,
        *,
        data: Sequence[CustomerProfileAudienceRequestItem | CustomerProfileAudienceRequestItemDict] | None = None,
        **options: Unpack[_t.RequestOptions],
    ) -> None:
        """Update multiple customer profiles' audiences, awaited: the async twin of
        ``SyncOperations.update_customer_profile_audiences`` (the sync client's method), with the same arguments and
        errors; returns ``None``."""
        try:
            path, body = _update_customer_profile_audiences.build(
                data=data,
            )
        except _t.InputError as exc:
            raise self._invalid_input(exc) from None
        result: None = await self._request(_update_customer_profile_audiences.OPERATION, path, body, options)
        return result

    async def get_customer_session(
        self, customer_session_id: str, **options: Unpack[_t.RequestOptions]
    ) -> IntegrationCustomerSessionResponse:
        """Get customer session, awaited: the async twin of ``SyncOperations.get_customer_session`` (the sync client's
        method), with the same arguments and errors; returns the ``IntegrationCustomerSessionResponse``."""
        try:
            path, body = _get_customer_session.build(
                customer_session_id,
            )
        except _t.InputError as exc:
            raise self._invalid_input(exc) from None
        result: IntegrationCustomerSessionResponse = await self._request(
            _get_customer_session.OPERATION, path, body, options
        )
        return result

    async def update_customer_session_v2(
        self,
        customer_session_id: str,
        *,
        customer_session: NewCustomerSessionV2 | NewCustomerSessionV2Dict,
        response_content: Sequence[SessionResponseContent] | None = None,
        dry: bool | None = None,
        now: datetime.datetime | str | None = None,
        **options: Unpack[_t.RequestOptions],
    ) -> IntegrationStateV2:
        """Update customer session, awaited: the async twin of ``SyncOperations.update_customer_session_v2`` (the sync
        client's method), with the same arguments and errors; returns the ``IntegrationStateV2``."""
        try:
            path, body = _update_customer_session_v2.build(
                customer_session_id,
                customer_session=customer_session,
                response_content=response_content,
                dry=dry,
                now=now,
            )
        except _t.InputError as exc:
            raise self._invalid_input(exc) from None
        result: IntegrationStateV2 = await self._request(_update_customer_session_v2.OPERATION, path, body, options)
        return result

    async def reopen_customer_session(
        self, customer_session_id: str, **options: Unpack[_t.RequestOptions]
    ) -> ReopenSessionResponse:
        """Reopen customer session, awaited: the async twin of ``SyncOperations.reopen_customer_session`` (the sync
        client's method), with the same arguments and errors; returns the ``ReopenSessionResponse``."""
        try:
            path, body = _reopen_customer_session.build(
                customer_session_id,
            )
        except _t.InputError as exc:
            raise self._invalid_input(exc) from None
        result: ReopenSessionResponse = await self._request(_reopen_customer_session.OPERATION, path, body, options)
        return result

    async def return_cart_items(
        self,
        customer_session_id: str,
        *,
        return_: NewReturn | NewReturnDict,
        response_content: Sequence[ReturnResponseContent] | None = None,
        dry: bool | None = None,
        **options: Unpack[_t.RequestOptions],
    ) -> IntegrationStateV2:
        """Return cart items, awaited: the async twin of ``SyncOperations.return_cart_items`` (the sync client's
        method), with the same arguments and errors; returns the ``IntegrationStateV2``."""
        try:
            path, body = _return_cart_items.build(
                customer_session_id,
                return_=return_,
                response_content=response_content,
                dry=dry,
            )
        except _t.InputError as exc:
            raise self._invalid_input(exc) from None
        result: IntegrationStateV2 = await self._request(_return_cart_items.OPERATION, path, body, options)
        return result

    async def update_customer_profile_v2(
        self,
        integration_id: str,
        *,
        attributes: Mapping[str, Any] | None = None,
        evaluable_campaign_ids: Sequence[int] | None = None,
        audiences_changes: ProfileAudiencesChanges | ProfileAudiencesChangesDict | None = None,
        response_content: Sequence[ProfileResponseContent] | None = None,
        run_rule_engine: bool | None = None,
        dry: bool | None = None,
        **options: Unpack[_t.RequestOptions],
    ) -> CustomerProfileIntegrationResponseV2:
        """Update customer profile, awaited: the async twin of ``SyncOperations.update_customer_profile_v2`` (the sync
        client's method), with the same arguments and errors; returns the ``CustomerProfileIntegrationResponseV2``."""
        try:
            path, body = _update_customer_profile_v2.build(
                integration_id,
                attributes=attributes,
                evaluable_campaign_ids=evaluable_campaign_ids,
                audiences_changes=audiences_changes,
                response_content=response_content,
                run_rule_engine=run_rule_engine,
                dry=dry,
            )
        except _t.InputError as exc:
            raise self._invalid_input(exc) from None
        result: CustomerProfileIntegrationResponseV2 = await self._request(
            _update_customer_profile_v2.OPERATION, path, body, options
        )
        return result

    async def update_customer_profiles_v2(
        self,
        *,
        customer_profiles: Sequence[
            MultipleCustomerProfileIntegrationRequestItem | MultipleCustomerProfileIntegrationRequestItemDict
        ]
        | None = None,
        silent: UpdateCustomerProfilesV2Silent | None = None,
        **options: Unpack[_t.RequestOptions],
    ) -> MultipleCustomerProfileIntegrationResponseV2 | None:
        """Update multiple customer profiles, awaited: the async twin of ``SyncOperations.update_customer_profiles_v2``
        (the sync client's method), with the same arguments and errors; returns the
        ``MultipleCustomerProfileIntegrationResponseV2``."""
        try:
            path, body = _update_customer_profiles_v2.build(
                customer_profiles=customer_profiles,
                silent=silent,
            )
        except _t.InputError as exc:
            raise self._invalid_input(exc) from None
        result: MultipleCustomerProfileIntegrationResponseV2 | None = await self._request(
            _update_customer_profiles_v2.OPERATION, path, body, options
        )
        return result

    async def track_event_v2(
        self,
        *,
        type: str,
        profile_id: str | None = None,
        store_integration_id: str | None = None,
        evaluable_campaign_ids: Sequence[int] | None = None,
        attributes: Mapping[str, Any] | None = None,
        loyalty_cards: Sequence[str] | None = None,
        response_content: Sequence[ProfileResponseContent] | None = None,
        silent: TrackEventV2Silent | None = None,
        dry: bool | None = None,
        force_complete_evaluation: bool | None = None,
        **options: Unpack[_t.RequestOptions],
    ) -> TrackEventV2Response:
        """Track event, awaited: the async twin of ``SyncOperations.track_event_v2`` (the sync client's method), with
        the same arguments and errors; returns the ``TrackEventV2Response``."""
        try:
            path, body = _track_event_v2.build(
                type=type,
                profile_id=profile_id,
                store_integration_id=store_integration_id,
                evaluable_campaign_ids=evaluable_campaign_ids,
                attributes=attributes,
                loyalty_cards=loyalty_cards,
                response_content=response_content,
                silent=silent,
                dry=dry,
                force_complete_evaluation=force_complete_evaluation,
            )
        except _t.InputError as exc:
            raise self._invalid_input(exc) from None
        result: TrackEventV2Response = await self._request(_track_event_v2.OPERATION, path, body, options)
        return result

    async def get_customer_inventory(
        self,
        integration_id: str,
        *,
        profile: bool | None = None,
        referrals: bool | None = None,
        coupons: bool | None = None,
        loyalty: bool | None = None,
        giveaways: bool | None = None,
        achievements: bool | None = None,
        **options: Unpack[_t.RequestOptions],
    ) -> CustomerInventory:
        """List customer data, awaited: the async twin of ``SyncOperations.get_customer_inventory`` (the sync client's
        method), with the same arguments and errors; returns the ``CustomerInventory``."""
        try:
            path, body = _get_customer_inventory.build(
                integration_id,
                profile=profile,
                referrals=referrals,
                coupons=coupons,
                loyalty=loyalty,
                giveaways=giveaways,
                achievements=achievements,
            )
        except _t.InputError as exc:
            raise self._invalid_input(exc) from None
        result: CustomerInventory = await self._request(_get_customer_inventory.OPERATION, path, body, options)
        return result

    async def get_customer_achievements(
        self,
        integration_id: str,
        *,
        campaign_ids: Sequence[str] | None = None,
        achievement_ids: Sequence[str] | None = None,
        achievement_status: Sequence[str] | None = None,
        current_progress_status: Sequence[str] | None = None,
        page_size: int | None = None,
        skip: int | None = None,
        **options: Unpack[_t.RequestOptions],
    ) -> CustomerAchievements:
        """List customer's available achievements, awaited: the async twin of
        ``SyncOperations.get_customer_achievements`` (the sync client's method), with the same arguments and errors;
        returns the ``CustomerAchievements``."""
        try:
            path, body = _get_customer_achievements.build(
                integration_id,
                campaign_ids=campaign_ids,
                achievement_ids=achievement_ids,
                achievement_status=achievement_status,
                current_progress_status=current_progress_status,
                page_size=page_size,
                skip=skip,
            )
        except _t.InputError as exc:
            raise self._invalid_input(exc) from None
        result: CustomerAchievements = await self._request(_get_customer_achievements.OPERATION, path, body, options)
        return result

    def iter_customer_achievements(
        self,
        integration_id: str,
        *,
        campaign_ids: Sequence[str] | None = None,
        achievement_ids: Sequence[str] | None = None,
        achievement_status: Sequence[str] | None = None,
        current_progress_status: Sequence[str] | None = None,
        page_size: int | None = None,
        skip: int | None = None,
        max_pages: int | None = None,
        **options: Unpack[_t.RequestOptions],
    ) -> AsyncIterator[AchievementStatusEntry]:
        """List customer's available achievements, every item, page after page: the async twin of
        ``SyncOperations.iter_customer_achievements`` (the sync client's method), with the same arguments and errors;
        returns an ``AsyncIterator[AchievementStatusEntry]`` (``async for``, no ``await`` before it) whose pages are
        awaited calls of ``get_customer_achievements``."""
        try:  # the arguments are checked now, before any page is asked for
            _get_customer_achievements.build(
                integration_id,
                campaign_ids=campaign_ids,
                achievement_ids=achievement_ids,
                achievement_status=achievement_status,
                current_progress_status=current_progress_status,
                page_size=page_size,
                skip=skip,
            )
        except _t.InputError as exc:
            raise self._invalid_input(exc) from None

        async def page(skip: int) -> CustomerAchievements:
            return await self.get_customer_achievements(
                integration_id,
                campaign_ids=campaign_ids,
                achievement_ids=achievement_ids,
                achievement_status=achievement_status,
                current_progress_status=current_progress_status,
                page_size=page_size,
                skip=skip,
                **options,
            )

        return self._pages(page, page_size, skip, max_pages)

    async def get_customer_achievement_history(
        self,
        integration_id: str,
        achievement_id: int,
        *,
        progress_status: Sequence[str] | None = None,
        start_date: datetime.datetime | str | None = None,
        end_date: datetime.datetime | str | None = None,
        page_size: int | None = None,
        skip: int | None = None,
        **options: Unpack[_t.RequestOptions],
    ) -> CustomerAchievementHistory:
        """List customer's achievement history, awaited: the async twin of
        ``SyncOperations.get_customer_achievement_history`` (the sync client's method), with the same arguments and
        errors; returns the ``CustomerAchievementHistory``."""
        try:
            path, body = _get_customer_achievement_history.build(
                integration_id,
                achievement_id,
                progress_status=progress_status,
                start_date=start_date,
                end_date=end_date,
                page_size=page_size,
                skip=skip,
            )
        except _t.InputError as exc:
            raise self._invalid_input(exc) from None
        result: CustomerAchievementHistory = await self._request(
            _get_customer_achievement_history.OPERATION, path, body, options
        )
        return result

    def iter_customer_achievement_history(
        self,
        integration_id: str,
        achievement_id: int,
        *,
        progress_status: Sequence[str] | None = None,
        start_date: datetime.datetime | str | None = None,
        end_date: datetime.datetime | str | None = None,
        page_size: int | None = None,
        skip: int | None = None,
        max_pages: int | None = None,
        **options: Unpack[_t.RequestOptions],
    ) -> AsyncIterator[AchievementProgress]:
        """List customer's achievement history, every item, page after page: the async twin of
        ``SyncOperations.iter_customer_achievement_history`` (the sync client's method), with the same arguments and
        errors; returns an ``AsyncIterator[AchievementProgress]`` (``async for``, no ``await`` before it) whose pages
        are awaited calls of ``get_customer_achievement_history``."""
        try:  # the arguments are checked now, before any page is asked for
            _get_customer_achievement_history.build(
                integration_id,
                achievement_id,
                progress_status=progress_status,
                start_date=start_date,
                end_date=end_date,
                page_size=page_size,
                skip=skip,
            )
        except _t.InputError as exc:
            raise self._invalid_input(exc) from None

        async def page(skip: int) -> CustomerAchievementHistory:
            return await self.get_customer_achievement_history(
                integration_id,
                achievement_id,
                progress_status=progress_status,
                start_date=start_date,
                end_date=end_date,
                page_size=page_size,
                skip=skip,
                **options,
            )

        return self._pages(page, page_size, skip, max_pages)

    async def generate_loyalty_card(
        self,
        loyalty_program_id: int,
        *,
        status: LoyaltyCardStatus | None = None,
        customer_profile_ids: Sequence[str] | None = None,
        card_identifier: str | None = None,
        **options: Unpack[_t.RequestOptions],
    ) -> LoyaltyCard:
        """Generate loyalty card, awaited: the async twin of ``SyncOperations.generate_loyalty_card`` (the sync client's
        method), with the same arguments and errors; returns the ``LoyaltyCard``."""
        try:
            path, body = _generate_loyalty_card.build(
                loyalty_program_id,
                status=status,
                customer_profile_ids=customer_profile_ids,
                card_identifier=card_identifier,
            )
        except _t.InputError as exc:
            raise self._invalid_input(exc) from None
        result: LoyaltyCard = await self._request(_generate_loyalty_card.OPERATION, path, body, options)
        return result

    async def link_loyalty_card_to_profile(
        self,
        loyalty_program_id: int,
        loyalty_card_id: str,
        *,
        integration_id: str,
        **options: Unpack[_t.RequestOptions],
    ) -> LoyaltyCard:
        """Link customer profile to card, awaited: the async twin of ``SyncOperations.link_loyalty_card_to_profile``
        (the sync client's method), with the same arguments and errors; returns the ``LoyaltyCard``."""
        try:
            path, body = _link_loyalty_card_to_profile.build(
                loyalty_program_id,
                loyalty_card_id,
                integration_id=integration_id,
            )
        except _t.InputError as exc:
            raise self._invalid_input(exc) from None
        result: LoyaltyCard = await self._request(_link_loyalty_card_to_profile.OPERATION, path, body, options)
        return result

    async def get_loyalty_card_balances(
        self,
        loyalty_program_id: int,
        loyalty_card_id: str,
        *,
        end_date: datetime.datetime | str | None = None,
        subledger_id: Sequence[str] | None = None,
        **options: Unpack[_t.RequestOptions],
    ) -> LoyaltyCardBalances:
        """Get card's point balances, awaited: the async twin of ``SyncOperations.get_loyalty_card_balances`` (the sync
        client's method), with the same arguments and errors; returns the ``LoyaltyCardBalances``."""
        try:
            path, body = _get_loyalty_card_balances.build(
                loyalty_program_id,
                loyalty_card_id,
                end_date=end_date,
                subledger_id=subledger_id,
            )
        except _t.InputError as exc:
            raise self._invalid_input(exc) from None
        result: LoyaltyCardBalances = await self._request(_get_loyalty_card_balances.OPERATION, path, body, options)
        return result

    async def get_loyalty_card_points(
        self,
        loyalty_program_id: int,
        loyalty_card_id: str,
        *,
        status: str | None = None,
        subledger_id: Sequence[str] | None = None,
        page_size: int | None = None,
        skip: int | None = None,
        **options: Unpack[_t.RequestOptions],
    ) -> LoyaltyCardPoints:
        """List card's unused loyalty points, awaited: the async twin of ``SyncOperations.get_loyalty_card_points`` (the
        sync client's method), with the same arguments and errors; returns the ``LoyaltyCardPoints``."""
        try:
            path, body = _get_loyalty_card_points.build(
                loyalty_program_id,
                loyalty_card_id,
                status=status,
                subledger_id=subledger_id,
                page_size=page_size,
                skip=skip,
            )
        except _t.InputError as exc:
            raise self._invalid_input(exc) from None
        result: LoyaltyCardPoints = await self._request(_get_loyalty_card_points.OPERATION, path, body, options)
        return result

    def iter_loyalty_card_points(
        self,
        loyalty_program_id: int,
        loyalty_card_id: str,
        *,
        status: str | None = None,
        subledger_id: Sequence[str] | None = None,
        page_size: int | None = None,
        skip: int | None = None,
        max_pages: int | None = None,
        **options: Unpack[_t.RequestOptions],
    ) -> AsyncIterator[CardLedgerPointsEntryIntegrationAPI]:
        """List card's unused loyalty points, every item, page after page: the async twin of
        ``SyncOperations.iter_loyalty_card_points`` (the sync client's method), with the same arguments and errors;
        returns an ``AsyncIterator[CardLedgerPointsEntryIntegrationAPI]`` (``async for``, no ``await`` before it)
        whose pages are awaited calls of ``get_loyalty_card_points``."""
        try:  # the arguments are checked now, before any page is asked for
            _get_loyalty_card_points.build(
                loyalty_program_id,
                loyalty_card_id,
                status=status,
                subledger_id=subledger_id,
                page_size=page_size,
                skip=skip,
            )
        except _t.InputError as exc:
            raise self._invalid_input(exc) from None

        async def page(skip: int) -> LoyaltyCardPoints:
            return await self.get_loyalty_card_points(
                loyalty_program_id,
                loyalty_card_id,
                status=status,
                subledger_id=subledger_id,
                page_size=page_size,
                skip=skip,
                **options,
            )

        return self._pages(page, page_size, skip, max_pages)

    async def get_loyalty_card_transactions(
        self,
        loyalty_program_id: int,
        loyalty_card_id: str,
        *,
        subledger_id: Sequence[str] | None = None,
        loyalty_transaction_type: GetLoyaltyCardTransactionsLoyaltyTransactionType | None = None,
        start_date: datetime.datetime | str | None = None,
        end_date: datetime.datetime | str | None = None,
        page_size: int | None = None,
        skip: int | None = None,
        **options: Unpack[_t.RequestOptions],
    ) -> LoyaltyCardTransactions:
        """List card's transactions, awaited: the async twin of ``SyncOperations.get_loyalty_card_transactions`` (the
        sync client's method), with the same arguments and errors; returns the ``LoyaltyCardTransactions``."""
        try:
            path, body = _get_loyalty_card_transactions.build(
                loyalty_program_id,
                loyalty_card_id,
                subledger_id=subledger_id,
                loyalty_transaction_type=loyalty_transaction_type,
                start_date=start_date,
                end_date=end_date,
                page_size=page_size,
                skip=skip,
            )
        except _t.InputError as exc:
            raise self._invalid_input(exc) from None
        result: LoyaltyCardTransactions = await self._request(
            _get_loyalty_card_transactions.OPERATION, path, body, options
        )
        return result

    def iter_loyalty_card_transactions(
        self,
        loyalty_program_id: int,
        loyalty_card_id: str,
        *,
        subledger_id: Sequence[str] | None = None,
        loyalty_transaction_type: GetLoyaltyCardTransactionsLoyaltyTransactionType | None = None,
        start_date: datetime.datetime | str | None = None,
        end_date: datetime.datetime | str | None = None,
        page_size: int | None = None,
        skip: int | None = None,
        max_pages: int | None = None,
        **options: Unpack[_t.RequestOptions],
    ) -> AsyncIterator[CardLedgerTransactionLogEntryIntegrationAPI]:
        """List card's transactions, every item, page after page: the async twin of
        ``SyncOperations.iter_loyalty_card_transactions`` (the sync client's method), with the same arguments and
        errors; returns an ``AsyncIterator[CardLedgerTransactionLogEntryIntegrationAPI]`` (``async for``, no
        ``await`` before it) whose pages are awaited calls of ``get_loyalty_card_transactions``."""
        try:  # the arguments are checked now, before any page is asked for
            _get_loyalty_card_transactions.build(
                loyalty_program_id,
                loyalty_card_id,
                subledger_id=subledger_id,
                loyalty_transaction_type=loyalty_transaction_type,
                start_date=start_date,
                end_date=end_date,
                page_size=page_size,
                skip=skip,
            )
        except _t.InputError as exc:
            raise self._invalid_input(exc) from None

        async def page(skip: int) -> LoyaltyCardTransactions:
            return await self.get_loyalty_card_transactions(
                loyalty_program_id,
                loyalty_card_id,
                subledger_id=subledger_id,
                loyalty_transaction_type=loyalty_transaction_type,
                start_date=start_date,
                end_date=end_date,
                page_size=page_size,
                skip=skip,
                **options,
            )

        return self._pages(page, page_size, skip, max_pages)

    async def get_loyalty_balances(
        self,
        loyalty_program_id: int,
        integration_id: str,
        *,
        end_date: datetime.datetime | str | None = None,
        subledger_id: str | None = None,
        include_tiers: bool | None = None,
        include_projected_tier: bool | None = None,
        **options: Unpack[_t.RequestOptions],
    ) -> LoyaltyBalancesWithTiers:
        """Get customer's loyalty balances, awaited: the async twin of ``SyncOperations.get_loyalty_balances`` (the sync
        client's method), with the same arguments and errors; returns the ``LoyaltyBalancesWithTiers``."""
        try:
            path, body = _get_loyalty_balances.build(
                loyalty_program_id,
                integration_id,
                end_date=end_date,
                subledger_id=subledger_id,
                include_tiers=include_tiers,
                include_projected_tier=include_projected_tier,
            )
        except _t.InputError as exc:
            raise self._invalid_input(exc) from None
        result: LoyaltyBalancesWithTiers = await self._request(_get_loyalty_balances.OPERATION, path, body, options)
        return result

    async def get_loyalty_program_profile_points(
        self,
        loyalty_program_id: int,
        integration_id: str,
        *,
        status: str | None = None,
        subledger_id: str | None = None,
        page_size: int | None = None,
        skip: int | None = None,
        **options: Unpack[_t.RequestOptions],
    ) -> LoyaltyProgramProfilePoints:
        """List customer's unused loyalty points, awaited: the async twin of
        ``SyncOperations.get_loyalty_program_profile_points`` (the sync client's method), with the same arguments and
        errors; returns the ``LoyaltyProgramProfilePoints``."""
        try:
            path, body = _get_loyalty_program_profile_points.build(
                loyalty_program_id,
                integration_id,
                status=status,
                subledger_id=subledger_id,
                page_size=page_size,
                skip=skip,
            )
        except _t.InputError as exc:
            raise self._invalid_input(exc) from None
        result: LoyaltyProgramProfilePoints = await self._request(
            _get_loyalty_program_profile_points.OPERATION, path, body, options
        )
        return result

    def iter_loyalty_program_profile_points(
        self,
        loyalty_program_id: int,
        integration_id: str,
        *,
        status: str | None = None,
        subledger_id: str | None = None,
        page_size: int | None = None,
        skip: int | None = None,
        max_pages: int | None = None,
        **options: Unpack[_t.RequestOptions],
    ) -> AsyncIterator[LedgerPointsEntryIntegrationAPI]:
        """List customer's unused loyalty points, every item, page after page: the async twin of
        ``SyncOperations.iter_loyalty_program_profile_points`` (the sync client's method), with the same arguments
        and errors; returns an ``AsyncIterator[LedgerPointsEntryIntegrationAPI]`` (``async for``, no ``await`` before
        it) whose pages are awaited calls of ``get_loyalty_program_profile_points``."""
        try:  # the arguments are checked now, before any page is asked for
            _get_loyalty_program_profile_points.build(
                loyalty_program_id,
                integration_id,
                status=status,
                subledger_id=subledger_id,
                page_size=page_size,
                skip=skip,
            )
        except _t.InputError as exc:
            raise self._invalid_input(exc) from None

        async def page(skip: int) -> LoyaltyProgramProfilePoints:
            return await self.get_loyalty_program_profile_points(
                loyalty_program_id,
                integration_id,
                status=status,
                subledger_id=subledger_id,
                page_size=page_size,
                skip=skip,
                **options,
            )

        return self._pages(page, page_size, skip, max_pages)

    async def get_loyalty_program_profile_transactions(
        self,
        loyalty_program_id: int,
        integration_id: str,
        *,
        subledger_id: str | None = None,
        loyalty_transaction_type: GetLoyaltyProgramProfileTransactionsLoyaltyTransactionType | None = None,
        start_date: datetime.datetime | str | None = None,
        end_date: datetime.datetime | str | None = None,
        page_size: int | None = None,
        skip: int | None = None,
        **options: Unpack[_t.RequestOptions],
    ) -> LoyaltyProgramProfileTransactions:
        """List customer's loyalty transactions, awaited: the async twin of
        ``SyncOperations.get_loyalty_program_profile_transactions`` (the sync client's method), with the same
        arguments and errors; returns the ``LoyaltyProgramProfileTransactions``."""
        try:
            path, body = _get_loyalty_program_profile_transactions.build(
                loyalty_program_id,
                integration_id,
                subledger_id=subledger_id,
                loyalty_transaction_type=loyalty_transaction_type,
                start_date=start_date,
                end_date=end_date,
                page_size=page_size,
                skip=skip,
            )
        except _t.InputError as exc:
            raise self._invalid_input(exc) from None
        result: LoyaltyProgramProfileTransactions = await self._request(
            _get_loyalty_program_profile_transactions.OPERATION, path, body, options
        )
        return result

    def iter_loyalty_program_profile_transactions(
        self,
        loyalty_program_id: int,
        integration_id: str,
        *,
        subledger_id: str | None = None,
        loyalty_transaction_type: GetLoyaltyProgramProfileTransactionsLoyaltyTransactionType | None = None,
        start_date: datetime.datetime | str | None = None,
        end_date: datetime.datetime | str | None = None,
        page_size: int | None = None,
        skip: int | None = None,
        max_pages: int | None = None,
        **options: Unpack[_t.RequestOptions],
    ) -> AsyncIterator[LedgerTransactionLogEntryIntegrationAPI]:
        """List customer's loyalty transactions, every item, page after page: the async twin of
        ``SyncOperations.iter_loyalty_program_profile_transactions`` (the sync client's method), with the same
        arguments and errors; returns an ``AsyncIterator[LedgerTransactionLogEntryIntegrationAPI]`` (``async for``,
        no ``await`` before it) whose pages are awaited calls of ``get_loyalty_program_profile_transactions``."""
        try:  # the arguments are checked now, before any page is asked for
            _get_loyalty_program_profile_transactions.build(
                loyalty_program_id,
                integration_id,
                subledger_id=subledger_id,
                loyalty_transaction_type=loyalty_transaction_type,
                start_date=start_date,
                end_date=end_date,
                page_size=page_size,
                skip=skip,
            )
        except _t.InputError as exc:
            raise self._invalid_input(exc) from None

        async def page(skip: int) -> LoyaltyProgramProfileTransactions:
            return await self.get_loyalty_program_profile_transactions(
                loyalty_program_id,
                integration_id,
                subledger_id=subledger_id,
                loyalty_transaction_type=loyalty_transaction_type,
                start_date=start_date,
                end_date=end_date,
                page_size=page_size,
                skip=skip,
                **options,
            )

        return self._pages(page, page_size, skip, max_pages)

    async def create_referrals_for_multiple_advocates(
        self,
        *,
        usage_limit: int,
        campaign_id: int,
        advocate_profile_integration_ids: Sequence[str],
        start_date: datetime.datetime | str | None = None,
        expiry_date: datetime.datetime | str | None = None,
        attributes: Mapping[str, Any] | None = None,
        valid_characters: Sequence[str] | None = None,
        referral_pattern: str | None = None,
        silent: CreateReferralsForMultipleAdvocatesSilent | None = None,
        **options: Unpack[_t.RequestOptions],
    ) -> CreatedReferrals | None:
        """Create referral codes for multiple advocates, awaited: the async twin of
        ``SyncOperations.create_referrals_for_multiple_advocates`` (the sync client's method), with the same
        arguments and errors; returns the ``CreatedReferrals``."""
        try:
            path, body = _create_referrals_for_multiple_advocates.build(
                usage_limit=usage_limit,
                campaign_id=campaign_id,
                advocate_profile_integration_ids=advocate_profile_integration_ids,
                start_date=start_date,
                expiry_date=expiry_date,
                attributes=attributes,
                valid_characters=valid_characters,
                referral_pattern=referral_pattern,
                silent=silent,
            )
        except _t.InputError as exc:
            raise self._invalid_input(exc) from None
        result: CreatedReferrals | None = await self._request(
            _create_referrals_for_multiple_advocates.OPERATION, path, body, options
        )
        return result

    async def sync_catalog(
        self,
        catalog_id: int,
        *,
        actions: Sequence[CatalogAction | CatalogActionDict],
        version: int | None = None,
        **options: Unpack[_t.RequestOptions],
    ) -> Catalog:
        """Sync cart item catalog, awaited: the async twin of ``SyncOperations.sync_catalog`` (the sync client's
        method), with the same arguments and errors; returns the ``Catalog``."""
        try:
            path, body = _sync_catalog.build(
                catalog_id,
                actions=actions,
                version=version,
            )
        except _t.InputError as exc:
            raise self._invalid_input(exc) from None
        result: Catalog = await self._request(_sync_catalog.OPERATION, path, body, options)
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

    def create_audience_v2(
        self,
        *,
        name: str,
        sandbox: bool | None = None,
        description: str | None = None,
        integration: str | None = None,
        integration_id: str | None = None,
        created_in_3_rd_party: bool | None = None,
        last_update: datetime.datetime | str | None = None,
        **options: Unpack[_t.RequestOptions],
    ) -> _t.RawResponse[Audience]:
        """Create audience, answered raw: the raw-response twin of ``SyncOperations.create_audience_v2`` (the sync
        client's method), with the same arguments; returns a ``RawResponse`` (the HTTP answer) whose ``parse()``
        gives the ``Audience``. It raises as that method does, except that parsing, and its
        ``APIResponseValidationError``, waits for ``parse()``."""
        try:
            path, body = _create_audience_v2.build(
                name=name,
                sandbox=sandbox,
                description=description,
                integration=integration,
                integration_id=integration_id,
                created_in_3_rd_party=created_in_3_rd_party,
                last_update=last_update,
            )
        except _t.InputError as exc:
            raise self._invalid_input(exc) from None
        result: _t.RawResponse[Audience] = self._request(_create_audience_v2.OPERATION, path, body, options)
        return result

    def update_audience_v2(
        self, audience_id: int, *, name: str, **options: Unpack[_t.RequestOptions]
    ) -> _t.RawResponse[Audience]:
        """Update audience name, answered raw: the raw-response twin of ``SyncOperations.update_audience_v2`` (the sync
        client's method), with the same arguments; returns a ``RawResponse`` (the HTTP answer) whose ``parse()``
        gives the ``Audience``. It raises as that method does, except that parsing, and its
        ``APIResponseValidationError``, waits for ``parse()``."""
        try:
            path, body = _update_audience_v2.build(
                audience_id,
                name=name,
            )
        except _t.InputError as exc:
            raise self._invalid_input(exc) from None
        result: _t.RawResponse[Audience] = self._request(_update_audience_v2.OPERATION, path, body, options)
        return result

    def delete_audience_v2(self, audience_id: int, **options: Unpack[_t.RequestOptions]) -> _t.RawResponse[None]:
        """Delete audience, answered raw: the raw-response twin of ``SyncOperations.delete_audience_v2`` (the sync
        client's method), with the same arguments; returns a ``RawResponse`` (the HTTP answer) whose ``parse()``
        gives ``None``. It raises as that method does."""
        try:
            path, body = _delete_audience_v2.build(
                audience_id,
            )
        except _t.InputError as exc:
            raise self._invalid_input(exc) from None
        result: _t.RawResponse[None] = self._request(_delete_audience_v2.OPERATION, path, body, options)
        return result

    def delete_audience_memberships_v2(
        self, audience_id: int, **options: Unpack[_t.RequestOptions]
    ) -> _t.RawResponse[None]:
        """Delete audience memberships, answered raw: the raw-response twin of
        ``SyncOperations.delete_audience_memberships_v2`` (the sync client's method), with the same arguments;
        returns a ``RawResponse`` (the HTTP answer) whose ``parse()`` gives ``None``. It raises as that method does."""
        try:
            path, body = _delete_audience_memberships_v2.build(
                audience_id,
            )
        except _t.InputError as exc:
            raise self._invalid_input(exc) from None
        result: _t.RawResponse[None] = self._request(_delete_audience_memberships_v2.OPERATION, path, body, options)
        return result

    def update_audience_customers_attributes(
        self, audience_id: int, *, body: Mapping[str, Any], **options: Unpack[_t.RequestOptions]
    ) -> _t.RawResponse[None]:
        """Update profile attributes for all customers in audience, answered raw: the raw-response twin of
        ``SyncOperations.update_audience_customers_attributes`` (the sync client's method), with the same arguments;
        returns a ``RawResponse`` (the HTTP answer) whose ``parse()`` gives ``None``. It raises as that method does."""
        try:
            path, body = _update_audience_customers_attributes.build(
                audience_id,
                body=body,
            )
        except _t.InputError as exc:
            raise self._invalid_input(exc) from None
        result: _t.RawResponse[None] = self._request(
            _update_audience_customers_attributes.OPERATION, path, body, options
        )
        return result

    def update_customer_profile_audiences(
        self,
        *,
        data: Sequence[CustomerProfileAudienceRequestItem | CustomerProfileAudienceRequestItemDict] | None = None,
        **options: Unpack[_t.RequestOptions],
    ) -> _t.RawResponse[None]:
        """Update multiple customer profiles' audiences, answered raw: the raw-response twin of
        ``SyncOperations.update_customer_profile_audiences`` (the sync client's method), with the same arguments;
        returns a ``RawResponse`` (the HTTP answer) whose ``parse()`` gives ``None``. It raises as that method does."""
        try:
            path, body = _update_customer_profile_audiences.build(
                data=data,
            )
        except _t.InputError as exc:
            raise self._invalid_input(exc) from None
        result: _t.RawResponse[None] = self._request(_update_customer_profile_audiences.OPERATION, path, body, options)
        return result

    def get_customer_session(
        self, customer_session_id: str, **options: Unpack[_t.RequestOptions]
    ) -> _t.RawResponse[IntegrationCustomerSessionResponse]:
        """Get customer session, answered raw: the raw-response twin of ``SyncOperations.get_customer_session`` (the
        sync client's method), with the same arguments; returns a ``RawResponse`` (the HTTP answer) whose ``parse()``
        gives the ``IntegrationCustomerSessionResponse``. It raises as that method does, except that parsing, and its
        ``APIResponseValidationError``, waits for ``parse()``."""
        try:
            path, body = _get_customer_session.build(
                customer_session_id,
            )
        except _t.InputError as exc:
            raise self._invalid_input(exc) from None
        result: _t.RawResponse[IntegrationCustomerSessionResponse] = self._request(
            _get_customer_session.OPERATION, path, body, options
        )
        return result

    def update_customer_session_v2(
        self,
        customer_session_id: str,
        *,
        customer_session: NewCustomerSessionV2 | NewCustomerSessionV2Dict,
        response_content: Sequence[SessionResponseContent] | None = None,
        dry: bool | None = None,
        now: datetime.datetime | str | None = None,
        **options: Unpack[_t.RequestOptions],
    ) -> _t.RawResponse[IntegrationStateV2]:
        """Update customer session, answered raw: the raw-response twin of ``SyncOperations.update_customer_session_v2``
        (the sync client's method), with the same arguments; returns a ``RawResponse`` (the HTTP answer) whose
        ``parse()`` gives the ``IntegrationStateV2``. It raises as that method does, except that parsing, and its
        ``APIResponseValidationError``, waits for ``parse()``."""
        try:
            path, body = _update_customer_session_v2.build(
                customer_session_id,
                customer_session=customer_session,
                response_content=response_content,
                dry=dry,
                now=now,
            )
        except _t.InputError as exc:
            raise self._invalid_input(exc) from None
        result: _t.RawResponse[IntegrationStateV2] = self._request(
            _update_customer_session_v2.OPERATION, path, body, options
        )
        return result

    def reopen_customer_session(
        self, customer_session_id: str, **options: Unpack[_t.RequestOptions]
    ) -> _t.RawResponse[ReopenSessionResponse]:
        """Reopen customer session, answered raw: the raw-response twin of ``SyncOperations.reopen_customer_session``
        (the sync client's method), with the same arguments; returns a ``RawResponse`` (the HTTP answer) whose
        ``parse()`` gives the ``ReopenSessionResponse``. It raises as that method does, except that parsing, and its
        ``APIResponseValidationError``, waits for ``parse()``."""
        try:
            path, body = _reopen_customer_session.build(
                customer_session_id,
            )
        except _t.InputError as exc:
            raise self._invalid_input(exc) from None
        result: _t.RawResponse[ReopenSessionResponse] = self._request(
            _reopen_customer_session.OPERATION, path, body, options
        )
        return result

    def return_cart_items(
        self,
        customer_session_id: str,
        *,
        return_: NewReturn | NewReturnDict,
        response_content: Sequence[ReturnResponseContent] | None = None,
        dry: bool | None = None,
        **options: Unpack[_t.RequestOptions],
    ) -> _t.RawResponse[IntegrationStateV2]:
        """Return cart items, answered raw: the raw-response twin of ``SyncOperations.return_cart_items`` (the sync
        client's method), with the same arguments; returns a ``RawResponse`` (the HTTP answer) whose ``parse()``
        gives the ``IntegrationStateV2``. It raises as that method does, except that parsing, and its
        ``APIResponseValidationError``, waits for ``parse()``."""
        try:
            path, body = _return_cart_items.build(
                customer_session_id,
                return_=return_,
                response_content=response_content,
                dry=dry,
            )
        except _t.InputError as exc:
            raise self._invalid_input(exc) from None
        result: _t.RawResponse[IntegrationStateV2] = self._request(_return_cart_items.OPERATION, path, body, options)
        return result

    def update_customer_profile_v2(
        self,
        integration_id: str,
        *,
        attributes: Mapping[str, Any] | None = None,
        evaluable_campaign_ids: Sequence[int] | None = None,
        audiences_changes: ProfileAudiencesChanges | ProfileAudiencesChangesDict | None = None,
        response_content: Sequence[ProfileResponseContent] | None = None,
        run_rule_engine: bool | None = None,
        dry: bool | None = None,
        **options: Unpack[_t.RequestOptions],
    ) -> _t.RawResponse[CustomerProfileIntegrationResponseV2]:
        """Update customer profile, answered raw: the raw-response twin of ``SyncOperations.update_customer_profile_v2``
        (the sync client's method), with the same arguments; returns a ``RawResponse`` (the HTTP answer) whose
        ``parse()`` gives the ``CustomerProfileIntegrationResponseV2``. It raises as that method does, except that
        parsing, and its ``APIResponseValidationError``, waits for ``parse()``."""
        try:
            path, body = _update_customer_profile_v2.build(
                integration_id,
                attributes=attributes,
                evaluable_campaign_ids=evaluable_campaign_ids,
                audiences_changes=audiences_changes,
                response_content=response_content,
                run_rule_engine=run_rule_engine,
                dry=dry,
            )
        except _t.InputError as exc:
            raise self._invalid_input(exc) from None
        result: _t.RawResponse[CustomerProfileIntegrationResponseV2] = self._request(
            _update_customer_profile_v2.OPERATION, path, body, options
        )
        return result

    def update_customer_profiles_v2(
        self,
        *,
        customer_profiles: Sequence[
            MultipleCustomerProfileIntegrationRequestItem | MultipleCustomerProfileIntegrationRequestItemDict
        ]
        | None = None,
        silent: UpdateCustomerProfilesV2Silent | None = None,
        **options: Unpack[_t.RequestOptions],
    ) -> _t.RawResponse[MultipleCustomerProfileIntegrationResponseV2 | None]:
        """Update multiple customer profiles, answered raw: the raw-response twin of
        ``SyncOperations.update_customer_profiles_v2`` (the sync client's method), with the same arguments; returns a
        ``RawResponse`` (the HTTP answer) whose ``parse()`` gives the
        ``MultipleCustomerProfileIntegrationResponseV2``. It raises as that method does, except that parsing, and its
        ``APIResponseValidationError``, waits for ``parse()``."""
        try:
            path, body = _update_customer_profiles_v2.build(
                customer_profiles=customer_profiles,
                silent=silent,
            )
        except _t.InputError as exc:
            raise self._invalid_input(exc) from None
        result: _t.RawResponse[MultipleCustomerProfileIntegrationResponseV2 | None] = self._request(
            _update_customer_profiles_v2.OPERATION, path, body, options
        )
        return result

    def track_event_v2(
        self,
        *,
        type: str,
        profile_id: str | None = None,
        store_integration_id: str | None = None,
        evaluable_campaign_ids: Sequence[int] | None = None,
        attributes: Mapping[str, Any] | None = None,
        loyalty_cards: Sequence[str] | None = None,
        response_content: Sequence[ProfileResponseContent] | None = None,
        silent: TrackEventV2Silent | None = None,
        dry: bool | None = None,
        force_complete_evaluation: bool | None = None,
        **options: Unpack[_t.RequestOptions],
    ) -> _t.RawResponse[TrackEventV2Response]:
        """Track event, answered raw: the raw-response twin of ``SyncOperations.track_event_v2`` (the sync client's
        method), with the same arguments; returns a ``RawResponse`` (the HTTP answer) whose ``parse()`` gives the
        ``TrackEventV2Response``. It raises as that method does, except that parsing, and its
        ``APIResponseValidationError``, waits for ``parse()``."""
        try:
            path, body = _track_event_v2.build(
                type=type,
                profile_id=profile_id,
                store_integration_id=store_integration_id,
                evaluable_campaign_ids=evaluable_campaign_ids,
                attributes=attributes,
                loyalty_cards=loyalty_cards,
                response_content=response_content,
                silent=silent,
                dry=dry,
                force_complete_evaluation=force_complete_evaluation,
            )
        except _t.InputError as exc:
            raise self._invalid_input(exc) from None
        result: _t.RawResponse[TrackEventV2Response] = self._request(_track_event_v2.OPERATION, path, body, options)
        return result

    def get_customer_inventory(
        self,
        integration_id: str,
        *,
        profile: bool | None = None,
        referrals: bool | None = None,
        coupons: bool | None = None,
        loyalty: bool | None = None,
        giveaways: bool | None = None,
        achievements: bool | None = None,
        **options: Unpack[_t.RequestOptions],
    ) -> _t.RawResponse[CustomerInventory]:
        """List customer data, answered raw: the raw-response twin of ``SyncOperations.get_customer_inventory`` (the
        sync client's method), with the same arguments; returns a ``RawResponse`` (the HTTP answer) whose ``parse()``
        gives the ``CustomerInventory``. It raises as that method does, except that parsing, and its
        ``APIResponseValidationError``, waits for ``parse()``."""
        try:
            path, body = _get_customer_inventory.build(
                integration_id,
                profile=profile,
                referrals=referrals,
                coupons=coupons,
                loyalty=loyalty,
                giveaways=giveaways,
                achievements=achievements,
            )
        except _t.InputError as exc:
            raise self._invalid_input(exc) from None
        result: _t.RawResponse[CustomerInventory] = self._request(
            _get_customer_inventory.OPERATION, path, body, options
        )
        return result

    def get_customer_achievements(
        self,
        integration_id: str,
        *,
        campaign_ids: Sequence[str] | None = None,
        achievement_ids: Sequence[str] | None = None,
        achievement_status: Sequence[str] | None = None,
        current_progress_status: Sequence[str] | None = None,
        page_size: int | None = None,
        skip: int | None = None,
        **options: Unpack[_t.RequestOptions],
    ) -> _t.RawResponse[CustomerAchievements]:
        """List customer's available achievements, answered raw: the raw-response twin of
        ``SyncOperations.get_customer_achievements`` (the sync client's method), with the same arguments; returns a
        ``RawResponse`` (the HTTP answer) whose ``parse()`` gives the ``CustomerAchievements``. It raises as that
        method does, except that parsing, and its ``APIResponseValidationError``, waits for ``parse()``."""
        try:
            path, body = _get_customer_achievements.build(
                integration_id,
                campaign_ids=campaign_ids,
                achievement_ids=achievement_ids,
                achievement_status=achievement_status,
                current_progress_status=current_progress_status,
                page_size=page_size,
                skip=skip,
            )
        except _t.InputError as exc:
            raise self._invalid_input(exc) from None
        result: _t.RawResponse[CustomerAchievements] = self._request(
            _get_customer_achievements.OPERATION, path, body, options
        )
        return result

    def get_customer_achievement_history(
        self,
        integration_id: str,
        achievement_id: int,
        *,
        progress_status: Sequence[str] | None = None,
        start_date: datetime.datetime | str | None = None,
        end_date: datetime.datetime | str | None = None,
        page_size: int | None = None,
        skip: int | None = None,
        **options: Unpack[_t.RequestOptions],
    ) -> _t.RawResponse[CustomerAchievementHistory]:
        """List customer's achievement history, answered raw: the raw-response twin of
        ``SyncOperations.get_customer_achievement_history`` (the sync client's method), with the same arguments;
        returns a ``RawResponse`` (the HTTP answer) whose ``parse()`` gives the ``CustomerAchievementHistory``. It
        raises as that method does, except that parsing, and its ``APIResponseValidationError``, waits for
        ``parse()``."""
        try:
            path, body = _get_customer_achievement_history.build(
                integration_id,
                achievement_id,
                progress_status=progress_status,
                start_date=start_date,
                end_date=end_date,
                page_size=page_size,
                skip=skip,
            )
        except _t.InputError as exc:
            raise self._invalid_input(exc) from None
        result: _t.RawResponse[CustomerAchievementHistory] = self._request(
            _get_customer_achievement_history.OPERATION, path, body, options
        )
        return result

    def generate_loyalty_card(
        self,
        loyalty_program_id: int,
        *,
        status: LoyaltyCardStatus | None = None,
        customer_profile_ids: Sequence[str] | None = None,
        card_identifier: str | None = None,
        **options: Unpack[_t.RequestOptions],
    ) -> _t.RawResponse[LoyaltyCard]:
        """Generate loyalty card, answered raw: the raw-response twin of ``SyncOperations.generate_loyalty_card`` (the
        sync client's method), with the same arguments; returns a ``RawResponse`` (the HTTP answer) whose ``parse()``
        gives the ``LoyaltyCard``. It raises as that method does, except that parsing, and its
        ``APIResponseValidationError``, waits for ``parse()``."""
        try:
            path, body = _generate_loyalty_card.build(
                loyalty_program_id,
                status=status,
                customer_profile_ids=customer_profile_ids,
                card_identifier=card_identifier,
            )
        except _t.InputError as exc:
            raise self._invalid_input(exc) from None
        result: _t.RawResponse[LoyaltyCard] = self._request(_generate_loyalty_card.OPERATION, path, body, options)
        return result

    def link_loyalty_card_to_profile(
        self,
        loyalty_program_id: int,
        loyalty_card_id: str,
        *,
        integration_id: str,
        **options: Unpack[_t.RequestOptions],
    ) -> _t.RawResponse[LoyaltyCard]:
        """Link customer profile to card, answered raw: the raw-response twin of
        ``SyncOperations.link_loyalty_card_to_profile`` (the sync client's method), with the same arguments; returns
        a ``RawResponse`` (the HTTP answer) whose ``parse()`` gives the ``LoyaltyCard``. It raises as that method
        does, except that parsing, and its ``APIResponseValidationError``, waits for ``parse()``."""
        try:
            path, body = _link_loyalty_card_to_profile.build(
                loyalty_program_id,
                loyalty_card_id,
                integration_id=integration_id,
            )
        except _t.InputError as exc:
            raise self._invalid_input(exc) from None
        result: _t.RawResponse[LoyaltyCard] = self._request(
            _link_loyalty_card_to_profile.OPERATION, path, body, options
        )
        return result

    def get_loyalty_card_balances(
        self,
        loyalty_program_id: int,
        loyalty_card_id: str,
        *,
        end_date: datetime.datetime | str | None = None,
        subledger_id: Sequence[str] | None = None,
        **options: Unpack[_t.RequestOptions],
    ) -> _t.RawResponse[LoyaltyCardBalances]:
        """Get card's point balances, answered raw: the raw-response twin of
        ``SyncOperations.get_loyalty_card_balances`` (the sync client's method), with the same arguments; returns a
        ``RawResponse`` (the HTTP answer) whose ``parse()`` gives the ``LoyaltyCardBalances``. It raises as that
        method does, except that parsing, and its ``APIResponseValidationError``, waits for ``parse()``."""
        try:
            path, body = _get_loyalty_card_balances.build(
                loyalty_program_id,
                loyalty_card_id,
                end_date=end_date,
                subledger_id=subledger_id,
            )
        except _t.InputError as exc:
            raise self._invalid_input(exc) from None
        result: _t.RawResponse[LoyaltyCardBalances] = self._request(
            _get_loyalty_card_balances.OPERATION, path, body, options
        )
        return result

    def get_loyalty_card_points(
        self,
        loyalty_program_id: int,
        loyalty_card_id: str,
        *,
        status: str | None = None,
        subledger_id: Sequence[str] | None = None,
        page_size: int | None = None,
        skip: int | None = None,
        **options: Unpack[_t.RequestOptions],
    ) -> _t.RawResponse[LoyaltyCardPoints]:
        """List card's unused loyalty points, answered raw: the raw-response twin of
        ``SyncOperations.get_loyalty_card_points`` (the sync client's method), with the same arguments; returns a
        ``RawResponse`` (the HTTP answer) whose ``parse()`` gives the ``LoyaltyCardPoints``. It raises as that method
        does, except that parsing, and its ``APIResponseValidationError``, waits for ``parse()``."""
        try:
            path, body = _get_loyalty_card_points.build(
                loyalty_program_id,
                loyalty_card_id,
                status=status,
                subledger_id=subledger_id,
                page_size=page_size,
                skip=skip,
            )
        except _t.InputError as exc:
            raise self._invalid_input(exc) from None
        result: _t.RawResponse[LoyaltyCardPoints] = self._request(
            _get_loyalty_card_points.OPERATION, path, body, options
        )
        return result

    def get_loyalty_card_transactions(
        self,
        loyalty_program_id: int,
        loyalty_card_id: str,
        *,
        subledger_id: Sequence[str] | None = None,
        loyalty_transaction_type: GetLoyaltyCardTransactionsLoyaltyTransactionType | None = None,
        start_date: datetime.datetime | str | None = None,
        end_date: datetime.datetime | str | None = None,
        page_size: int | None = None,
        skip: int | None = None,
        **options: Unpack[_t.RequestOptions],
    ) -> _t.RawResponse[LoyaltyCardTransactions]:
        """List card's transactions, answered raw: the raw-response twin of
        ``SyncOperations.get_loyalty_card_transactions`` (the sync client's method), with the same arguments; returns
        a ``RawResponse`` (the HTTP answer) whose ``parse()`` gives the ``LoyaltyCardTransactions``. It raises as
        that method does, except that parsing, and its ``APIResponseValidationError``, waits for ``parse()``."""
        try:
            path, body = _get_loyalty_card_transactions.build(
                loyalty_program_id,
                loyalty_card_id,
                subledger_id=subledger_id,
                loyalty_transaction_type=loyalty_transaction_type,
                start_date=start_date,
                end_date=end_date,
                page_size=page_size,
                skip=skip,
            )
        except _t.InputError as exc:
            raise self._invalid_input(exc) from None
        result: _t.RawResponse[LoyaltyCardTransactions] = self._request(
            _get_loyalty_card_transactions.OPERATION, path, body, options
        )
        return result

    def get_loyalty_balances(
        self,
        loyalty_program_id: int,
        integration_id: str,
        *,
        end_date: datetime.datetime | str | None = None,
        subledger_id: str | None = None,
        include_tiers: bool | None = None,
        include_projected_tier: bool | None = None,
        **options: Unpack[_t.RequestOptions],
    ) -> _t.RawResponse[LoyaltyBalancesWithTiers]:
        """Get customer's loyalty balances, answered raw: the raw-response twin of
        ``SyncOperations.get_loyalty_balances`` (the sync client's method), with the same arguments; returns a
        ``RawResponse`` (the HTTP answer) whose ``parse()`` gives the ``LoyaltyBalancesWithTiers``. It raises as that
        method does, except that parsing, and its ``APIResponseValidationError``, waits for ``parse()``."""
        try:
            path, body = _get_loyalty_balances.build(
                loyalty_program_id,
                integration_id,
                end_date=end_date,
                subledger_id=subledger_id,
                include_tiers=include_tiers,
                include_projected_tier=include_projected_tier,
            )
        except _t.InputError as exc:
            raise self._invalid_input(exc) from None
        result: _t.RawResponse[LoyaltyBalancesWithTiers] = self._request(
            _get_loyalty_balances.OPERATION, path, body, options
        )
        return result

    def get_loyalty_program_profile_points(
        self,
        loyalty_program_id: int,
        integration_id: str,
        *,
        status: str | None = None,
        subledger_id: str | None = None,
        page_size: int | None = None,
        skip: int | None = None,
        **options: Unpack[_t.RequestOptions],
    ) -> _t.RawResponse[LoyaltyProgramProfilePoints]:
        """List customer's unused loyalty points, answered raw: the raw-response twin of
        ``SyncOperations.get_loyalty_program_profile_points`` (the sync client's method), with the same arguments;
        returns a ``RawResponse`` (the HTTP answer) whose ``parse()`` gives the ``LoyaltyProgramProfilePoints``. It
        raises as that method does, except that parsing, and its ``APIResponseValidationError``, waits for
        ``parse()``."""
        try:
            path, body = _get_loyalty_program_profile_points.build(
                loyalty_program_id,
                integration_id,
                status=status,
                subledger_id=subledger_id,
                page_size=page_size,
                skip=skip,
            )
        except _t.InputError as exc:
            raise self._invalid_input(exc) from None
        result: _t.RawResponse[LoyaltyProgramProfilePoints] = self._request(
            _get_loyalty_program_profile_points.OPERATION, path, body, options
        )
        return result

    def get_loyalty_program_profile_transactions(
        self,
        loyalty_program_id: int,
        integration_id: str,
        *,
        subledger_id: str | None = None,
        loyalty_transaction_type: GetLoyaltyProgramProfileTransactionsLoyaltyTransactionType | None = None,
        start_date: datetime.datetime | str | None = None,
        end_date: datetime.datetime | str | None = None,
        page_size: int | None = None,
        skip: int | None = None,
        **options: Unpack[_t.RequestOptions],
    ) -> _t.RawResponse[LoyaltyProgramProfileTransactions]:
        """List customer's loyalty transactions, answered raw: the raw-response twin of
        ``SyncOperations.get_loyalty_program_profile_transactions`` (the sync client's method), with the same
        arguments; returns a ``RawResponse`` (the HTTP answer) whose ``parse()`` gives the
        ``LoyaltyProgramProfileTransactions``. It raises as that method does, except that parsing, and its
        ``APIResponseValidationError``, waits for ``parse()``."""
        try:
            path, body = _get_loyalty_program_profile_transactions.build(
                loyalty_program_id,
                integration_id,
                subledger_id=subledger_id,
                loyalty_transaction_type=loyalty_transaction_type,
                start_date=start_date,
                end_date=end_date,
                page_size=page_size,
                skip=skip,
            )
        except _t.InputError as exc:
            raise self._invalid_input(exc) from None
        result: _t.RawResponse[LoyaltyProgramProfileTransactions] = self._request(
            _get_loyalty_program_profile_transactions.OPERATION, path, body, options
        )
        return result

    def create_referrals_for_multiple_advocates(
        self,
        *,
        usage_limit: int,
        campaign_id: int,
        advocate_profile_integration_ids: Sequence[str],
        start_date: datetime.datetime | str | None = None,
        expiry_date: datetime.datetime | str | None = None,
        attributes: Mapping[str, Any] | None = None,
        valid_characters: Sequence[str] | None = None,
        referral_pattern: str | None = None,
        silent: CreateReferralsForMultipleAdvocatesSilent | None = None,
        **options: Unpack[_t.RequestOptions],
    ) -> _t.RawResponse[CreatedReferrals | None]:
        """Create referral codes for multiple advocates, answered raw: the raw-response twin of
        ``SyncOperations.create_referrals_for_multiple_advocates`` (the sync client's method), with the same
        arguments; returns a ``RawResponse`` (the HTTP answer) whose ``parse()`` gives the ``CreatedReferrals``. It
        raises as that method does, except that parsing, and its ``APIResponseValidationError``, waits for
        ``parse()``."""
        try:
            path, body = _create_referrals_for_multiple_advocates.build(
                usage_limit=usage_limit,
                campaign_id=campaign_id,
                advocate_profile_integration_ids=advocate_profile_integration_ids,
                start_date=start_date,
                expiry_date=expiry_date,
                attributes=attributes,
                valid_characters=valid_characters,
                referral_pattern=referral_pattern,
                silent=silent,
            )
        except _t.InputError as exc:
            raise self._invalid_input(exc) from None
        result: _t.RawResponse[CreatedReferrals | None] = self._request(
            _create_referrals_for_multiple_advocates.OPERATION, path, body, options
        )
        return result

    def sync_catalog(
        self,
        catalog_id: int,
        *,
        actions: Sequence[CatalogAction | CatalogActionDict],
        version: int | None = None,
        **options: Unpack[_t.RequestOptions],
    ) -> _t.RawResponse[Catalog]:
        """Sync cart item catalog, answered raw: the raw-response twin of ``SyncOperations.sync_catalog`` (the sync
        client's method), with the same arguments; returns a ``RawResponse`` (the HTTP answer) whose ``parse()``
        gives the ``Catalog``. It raises as that method does, except that parsing, and its
        ``APIResponseValidationError``, waits for ``parse()``."""
        try:
            path, body = _sync_catalog.build(
                catalog_id,
                actions=actions,
                version=version,
            )
        except _t.InputError as exc:
            raise self._invalid_input(exc) from None
        result: _t.RawResponse[Catalog] = self._request(_sync_catalog.OPERATION, path, body, options)
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

    async def create_audience_v2(
        self,
        *,
        name: str,
        sandbox: bool | None = None,
        description: str | None = None,
        integration: str | None = None,
        integration_id: str | None = None,
        created_in_3_rd_party: bool | None = None,
        last_update: datetime.datetime | str | None = None,
        **options: Unpack[_t.RequestOptions],
    ) -> _t.RawResponse[Audience]:
        """Create audience, answered raw: the async raw-response twin of ``SyncOperations.create_audience_v2`` (the sync
        client's method), with the same arguments, awaited; returns a ``RawResponse`` (the HTTP answer) whose
        ``parse()`` gives the ``Audience``. It raises as that method does, except that parsing, and its
        ``APIResponseValidationError``, waits for ``parse()``."""
        try:
            path, body = _create_audience_v2.build(
                name=name,
                sandbox=sandbox,
                description=description,
                integration=integration,
                integration_id=integration_id,
                created_in_3_rd_party=created_in_3_rd_party,
                last_update=last_update,
            )
        except _t.InputError as exc:
            raise self._invalid_input(exc) from None
        result: _t.RawResponse[Audience] = await self._request(_create_audience_v2.OPERATION, path, body, options)
        return result

    async def update_audience_v2(
        self, audience_id: int, *, name: str, **options: Unpack[_t.RequestOptions]
    ) -> _t.RawResponse[Audience]:
        """Update audience name, answered raw: the async raw-response twin of ``SyncOperations.update_audience_v2`` (the
        sync client's method), with the same arguments, awaited; returns a ``RawResponse`` (the HTTP answer) whose
        ``parse()`` gives the ``Audience``. It raises as that method does, except that parsing, and its
        ``APIResponseValidationError``, waits for ``parse()``."""
        try:
            path, body = _update_audience_v2.build(
                audience_id,
                name=name,
            )
        except _t.InputError as exc:
            raise self._invalid_input(exc) from None
        result: _t.RawResponse[Audience] = await self._request(_update_audience_v2.OPERATION, path, body, options)
        return result

    async def delete_audience_v2(self, audience_id: int, **options: Unpack[_t.RequestOptions]) -> _t.RawResponse[None]:
        """Delete audience, answered raw: the async raw-response twin of ``SyncOperations.delete_audience_v2`` (the sync
        client's method), with the same arguments, awaited; returns a ``RawResponse`` (the HTTP answer) whose
        ``parse()`` gives ``None``. It raises as that method does."""
        try:
            path, body = _delete_audience_v2.build(
                audience_id,
            )
        except _t.InputError as exc:
            raise self._invalid_input(exc) from None
        result: _t.RawResponse[None] = await self._request(_delete_audience_v2.OPERATION, path, body, options)
        return result

    async def delete_audience_memberships_v2(
        self, audience_id: int, **options: Unpack[_t.RequestOptions]
    ) -> _t.RawResponse[None]:
        """Delete audience memberships, answered raw: the async raw-response twin of
        ``SyncOperations.delete_audience_memberships_v2`` (the sync client's method), with the same arguments,
        awaited; returns a ``RawResponse`` (the HTTP answer) whose ``parse()`` gives ``None``. It raises as that
        method does."""
        try:
            path, body = _delete_audience_memberships_v2.build(
                audience_id,
            )
        except _t.InputError as exc:
            raise self._invalid_input(exc) from None
        result: _t.RawResponse[None] = await self._request(
            _delete_audience_memberships_v2.OPERATION, path, body, options
        )
        return result

    async def update_audience_customers_attributes(
        self, audience_id: int, *, body: Mapping[str, Any], **options: Unpack[_t.RequestOptions]
    ) -> _t.RawResponse[None]:
        """Update profile attributes for all customers in audience, answered raw: the async raw-response twin of
        ``SyncOperations.update_audience_customers_attributes`` (the sync client's method), with the same arguments,
        awaited; returns a ``RawResponse`` (the HTTP answer) whose ``parse()`` gives ``None``. It raises as that
        method does."""
        try:
            path, body = _update_audience_customers_attributes.build(
                audience_id,
                body=body,
            )
        except _t.InputError as exc:
            raise self._invalid_input(exc) from None
        result: _t.RawResponse[None] = await self._request(
            _update_audience_customers_attributes.OPERATION, path, body, options
        )
        return result

    async def update_customer_profile_audiences(
        self,
        *,
        data: Sequence[CustomerProfileAudienceRequestItem | CustomerProfileAudienceRequestItemDict] | None = None,
        **options: Unpack[_t.RequestOptions],
    ) -> _t.RawResponse[None]:
        """Update multiple customer profiles' audiences, answered raw: the async raw-response twin of
        ``SyncOperations.update_customer_profile_audiences`` (the sync client's method), with the same arguments,
        awaited; returns a ``RawResponse`` (the HTTP answer) whose ``parse()`` gives ``None``. It raises as that
        method does."""
        try:
            path, body = _update_customer_profile_audiences.build(
                data=data,
            )
        except _t.InputError as exc:
            raise self._invalid_input(exc) from None
        result: _t.RawResponse[None] = await self._request(
            _update_customer_profile_audiences.OPERATION, path, body, options
        )
        return result

    async def get_customer_session(
        self, customer_session_id: str, **options: Unpack[_t.RequestOptions]
    ) -> _t.RawResponse[IntegrationCustomerSessionResponse]:
        """Get customer session, answered raw: the async raw-response twin of ``SyncOperations.get_customer_session``
        (the sync client's method), with the same arguments, awaited; returns a ``RawResponse`` (the HTTP answer)
        whose ``parse()`` gives the ``IntegrationCustomerSessionResponse``. It raises as that method does, except
        that parsing, and its ``APIResponseValidationError``, waits for ``parse()``."""
        try:
            path, body = _get_customer_session.build(
                customer_session_id,
            )
        except _t.InputError as exc:
            raise self._invalid_input(exc) from None
        result: _t.RawResponse[IntegrationCustomerSessionResponse] = await self._request(
            _get_customer_session.OPERATION, path, body, options
        )
        return result

    async def update_customer_session_v2(
        self,
        customer_session_id: str,
        *,
        customer_session: NewCustomerSessionV2 | NewCustomerSessionV2Dict,
        response_content: Sequence[SessionResponseContent] | None = None,
        dry: bool | None = None,
        now: datetime.datetime | str | None = None,
        **options: Unpack[_t.RequestOptions],
    ) -> _t.RawResponse[IntegrationStateV2]:
        """Update customer session, answered raw: the async raw-response twin of
        ``SyncOperations.update_customer_session_v2`` (the sync client's method), with the same arguments, awaited;
        returns a ``RawResponse`` (the HTTP answer) whose ``parse()`` gives the ``IntegrationStateV2``. It raises as
        that method does, except that parsing, and its ``APIResponseValidationError``, waits for ``parse()``."""
        try:
            path, body = _update_customer_session_v2.build(
                customer_session_id,
                customer_session=customer_session,
                response_content=response_content,
                dry=dry,
                now=now,
            )
        except _t.InputError as exc:
            raise self._invalid_input(exc) from None
        result: _t.RawResponse[IntegrationStateV2] = await self._request(
            _update_customer_session_v2.OPERATION, path, body, options
        )
        return result

    async def reopen_customer_session(
        self, customer_session_id: str, **options: Unpack[_t.RequestOptions]
    ) -> _t.RawResponse[ReopenSessionResponse]:
        """Reopen customer session, answered raw: the async raw-response twin of
        ``SyncOperations.reopen_customer_session`` (the sync client's method), with the same arguments, awaited;
        returns a ``RawResponse`` (the HTTP answer) whose ``parse()`` gives the ``ReopenSessionResponse``. It raises
        as that method does, except that parsing, and its ``APIResponseValidationError``, waits for ``parse()``."""
        try:
            path, body = _reopen_customer_session.build(
                customer_session_id,
            )
        except _t.InputError as exc:
            raise self._invalid_input(exc) from None
        result: _t.RawResponse[ReopenSessionResponse] = await self._request(
            _reopen_customer_session.OPERATION, path, body, options
        )
        return result

    async def return_cart_items(
        self,
        customer_session_id: str,
        *,
        return_: NewReturn | NewReturnDict,
        response_content: Sequence[ReturnResponseContent] | None = None,
        dry: bool | None = None,
        **options: Unpack[_t.RequestOptions],
    ) -> _t.RawResponse[IntegrationStateV2]:
        """Return cart items, answered raw: the async raw-response twin of ``SyncOperations.return_cart_items`` (the
        sync client's method), with the same arguments, awaited; returns a ``RawResponse`` (the HTTP answer) whose
        ``parse()`` gives the ``IntegrationStateV2``. It raises as that method does, except that parsing, and its
        ``APIResponseValidationError``, waits for ``parse()``."""
        try:
            path, body = _return_cart_items.build(
                customer_session_id,
                return_=return_,
                response_content=response_content,
                dry=dry,
            )
        except _t.InputError as exc:
            raise self._invalid_input(exc) from None
        result: _t.RawResponse[IntegrationStateV2] = await self._request(
            _return_cart_items.OPERATION, path, body, options
        )
        return result

    async def update_customer_profile_v2(
        self,
        integration_id: str,
        *,
        attributes: Mapping[str, Any] | None = None,
        evaluable_campaign_ids: Sequence[int] | None = None,
        audiences_changes: ProfileAudiencesChanges | ProfileAudiencesChangesDict | None = None,
        response_content: Sequence[ProfileResponseContent] | None = None,
        run_rule_engine: bool | None = None,
        dry: bool | None = None,
        **options: Unpack[_t.RequestOptions],
    ) -> _t.RawResponse[CustomerProfileIntegrationResponseV2]:
        """Update customer profile, answered raw: the async raw-response twin of
        ``SyncOperations.update_customer_profile_v2`` (the sync client's method), with the same arguments, awaited;
        returns a ``RawResponse`` (the HTTP answer) whose ``parse()`` gives the
        ``CustomerProfileIntegrationResponseV2``. It raises as that method does, except that parsing, and its
        ``APIResponseValidationError``, waits for ``parse()``."""
        try:
            path, body = _update_customer_profile_v2.build(
                integration_id,
                attributes=attributes,
                evaluable_campaign_ids=evaluable_campaign_ids,
                audiences_changes=audiences_changes,
                response_content=response_content,
                run_rule_engine=run_rule_engine,
                dry=dry,
            )
        except _t.InputError as exc:
            raise self._invalid_input(exc) from None
        result: _t.RawResponse[CustomerProfileIntegrationResponseV2] = await self._request(
            _update_customer_profile_v2.OPERATION, path, body, options
        )
        return result

    async def update_customer_profiles_v2(
        self,
        *,
        customer_profiles: Sequence[
            MultipleCustomerProfileIntegrationRequestItem | MultipleCustomerProfileIntegrationRequestItemDict
        ]
        | None = None,
        silent: UpdateCustomerProfilesV2Silent | None = None,
        **options: Unpack[_t.RequestOptions],
    ) -> _t.RawResponse[MultipleCustomerProfileIntegrationResponseV2 | None]:
        """Update multiple customer profiles, answered raw: the async raw-response twin of
        ``SyncOperations.update_customer_profiles_v2`` (the sync client's method), with the same arguments, awaited;
        returns a ``RawResponse`` (the HTTP answer) whose ``parse()`` gives the
        ``MultipleCustomerProfileIntegrationResponseV2``. It raises as that method does, except that parsing, and its
        ``APIResponseValidationError``, waits for ``parse()``."""
        try:
            path, body = _update_customer_profiles_v2.build(
                customer_profiles=customer_profiles,
                silent=silent,
            )
        except _t.InputError as exc:
            raise self._invalid_input(exc) from None
        result: _t.RawResponse[MultipleCustomerProfileIntegrationResponseV2 | None] = await self._request(
            _update_customer_profiles_v2.OPERATION, path, body, options
        )
        return result

    async def track_event_v2(
        self,
        *,
        type: str,
        profile_id: str | None = None,
        store_integration_id: str | None = None,
        evaluable_campaign_ids: Sequence[int] | None = None,
        attributes: Mapping[str, Any] | None = None,
        loyalty_cards: Sequence[str] | None = None,
        response_content: Sequence[ProfileResponseContent] | None = None,
        silent: TrackEventV2Silent | None = None,
        dry: bool | None = None,
        force_complete_evaluation: bool | None = None,
        **options: Unpack[_t.RequestOptions],
    ) -> _t.RawResponse[TrackEventV2Response]:
        """Track event, answered raw: the async raw-response twin of ``SyncOperations.track_event_v2`` (the sync
        client's method), with the same arguments, awaited; returns a ``RawResponse`` (the HTTP answer) whose
        ``parse()`` gives the ``TrackEventV2Response``. It raises as that method does, except that parsing, and its
        ``APIResponseValidationError``, waits for ``parse()``."""
        try:
            path, body = _track_event_v2.build(
                type=type,
                profile_id=profile_id,
                store_integration_id=store_integration_id,
                evaluable_campaign_ids=evaluable_campaign_ids,
                attributes=attributes,
                loyalty_cards=loyalty_cards,
                response_content=response_content,
                silent=silent,
                dry=dry,
                force_complete_evaluation=force_complete_evaluation,
            )
        except _t.InputError as exc:
            raise self._invalid_input(exc) from None
        result: _t.RawResponse[TrackEventV2Response] = await self._request(
            _track_event_v2.OPERATION, path, body, options
        )
        return result

    async def get_customer_inventory(
        self,
        integration_id: str,
        *,
        profile: bool | None = None,
        referrals: bool | None = None,
        coupons: bool | None = None,
        loyalty: bool | None = None,
        giveaways: bool | None = None,
        achievements: bool | None = None,
        **options: Unpack[_t.RequestOptions],
    ) -> _t.RawResponse[CustomerInventory]:
        """List customer data, answered raw: the async raw-response twin of ``SyncOperations.get_customer_inventory``
        (the sync client's method), with the same arguments, awaited; returns a ``RawResponse`` (the HTTP answer)
        whose ``parse()`` gives the ``CustomerInventory``. It raises as that method does, except that parsing, and
        its ``APIResponseValidationError``, waits for ``parse()``."""
        try:
            path, body = _get_customer_inventory.build(
                integration_id,
                profile=profile,
                referrals=referrals,
                coupons=coupons,
                loyalty=loyalty,
                giveaways=giveaways,
                achievements=achievements,
            )
        except _t.InputError as exc:
            raise self._invalid_input(exc) from None
        result: _t.RawResponse[CustomerInventory] = await self._request(
            _get_customer_inventory.OPERATION, path, body, options
        )
        return result

    async def get_customer_achievements(
        self,
        integration_id: str,
        *,
        campaign_ids: Sequence[str] | None = None,
        achievement_ids: Sequence[str] | None = None,
        achievement_status: Sequence[str] | None = None,
        current_progress_status: Sequence[str] | None = None,
        page_size: int | None = None,
        skip: int | None = None,
        **options: Unpack[_t.RequestOptions],
    ) -> _t.RawResponse[CustomerAchievements]:
        """List customer's available achievements, answered raw: the async raw-response twin of
        ``SyncOperations.get_customer_achievements`` (the sync client's method), with the same arguments, awaited;
        returns a ``RawResponse`` (the HTTP answer) whose ``parse()`` gives the ``CustomerAchievements``. It raises
        as that method does, except that parsing, and its ``APIResponseValidationError``, waits for ``parse()``."""
        try:
            path, body = _get_customer_achievements.build(
                integration_id,
                campaign_ids=campaign_ids,
                achievement_ids=achievement_ids,
                achievement_status=achievement_status,
                current_progress_status=current_progress_status,
                page_size=page_size,
                skip=skip,
            )
        except _t.InputError as exc:
            raise self._invalid_input(exc) from None
        result: _t.RawResponse[CustomerAchievements] = await self._request(
            _get_customer_achievements.OPERATION, path, body, options
        )
        return result

    async def get_customer_achievement_history(
        self,
        integration_id: str,
        achievement_id: int,
        *,
        progress_status: Sequence[str] | None = None,
        start_date: datetime.datetime | str | None = None,
        end_date: datetime.datetime | str | None = None,
        page_size: int | None = None,
        skip: int | None = None,
        **options: Unpack[_t.RequestOptions],
    ) -> _t.RawResponse[CustomerAchievementHistory]:
        """List customer's achievement history, answered raw: the async raw-response twin of
        ``SyncOperations.get_customer_achievement_history`` (the sync client's method), with the same arguments,
        awaited; returns a ``RawResponse`` (the HTTP answer) whose ``parse()`` gives the
        ``CustomerAchievementHistory``. It raises as that method does, except that parsing, and its
        ``APIResponseValidationError``, waits for ``parse()``."""
        try:
            path, body = _get_customer_achievement_history.build(
                integration_id,
                achievement_id,
                progress_status=progress_status,
                start_date=start_date,
                end_date=end_date,
                page_size=page_size,
                skip=skip,
            )
        except _t.InputError as exc:
            raise self._invalid_input(exc) from None
        result: _t.RawResponse[CustomerAchievementHistory] = await self._request(
            _get_customer_achievement_history.OPERATION, path, body, options
        )
        return result

    async def generate_loyalty_card(
        self,
        loyalty_program_id: int,
        *,
        status: LoyaltyCardStatus | None = None,
        customer_profile_ids: Sequence[str] | None = None,
        card_identifier: str | None = None,
        **options: Unpack[_t.RequestOptions],
    ) -> _t.RawResponse[LoyaltyCard]:
        """Generate loyalty card, answered raw: the async raw-response twin of ``SyncOperations.generate_loyalty_card``
        (the sync client's method), with the same arguments, awaited; returns a ``RawResponse`` (the HTTP answer)
        whose ``parse()`` gives the ``LoyaltyCard``. It raises as that method does, except that parsing, and its
        ``APIResponseValidationError``, waits for ``parse()``."""
        try:
            path, body = _generate_loyalty_card.build(
                loyalty_program_id,
                status=status,
                customer_profile_ids=customer_profile_ids,
                card_identifier=card_identifier,
            )
        except _t.InputError as exc:
            raise self._invalid_input(exc) from None
        result: _t.RawResponse[LoyaltyCard] = await self._request(_generate_loyalty_card.OPERATION, path, body, options)
        return result

    async def link_loyalty_card_to_profile(
        self,
        loyalty_program_id: int,
        loyalty_card_id: str,
        *,
        integration_id: str,
        **options: Unpack[_t.RequestOptions],
    ) -> _t.RawResponse[LoyaltyCard]:
        """Link customer profile to card, answered raw: the async raw-response twin of
        ``SyncOperations.link_loyalty_card_to_profile`` (the sync client's method), with the same arguments, awaited;
        returns a ``RawResponse`` (the HTTP answer) whose ``parse()`` gives the ``LoyaltyCard``. It raises as that
        method does, except that parsing, and its ``APIResponseValidationError``, waits for ``parse()``."""
        try:
            path, body = _link_loyalty_card_to_profile.build(
                loyalty_program_id,
                loyalty_card_id,
                integration_id=integration_id,
            )
        except _t.InputError as exc:
            raise self._invalid_input(exc) from None
        result: _t.RawResponse[LoyaltyCard] = await self._request(
            _link_loyalty_card_to_profile.OPERATION, path, body, options
        )
        return result

    async def get_loyalty_card_balances(
        self,
        loyalty_program_id: int,
        loyalty_card_id: str,
        *,
        end_date: datetime.datetime | str | None = None,
        subledger_id: Sequence[str] | None = None,
        **options: Unpack[_t.RequestOptions],
    ) -> _t.RawResponse[LoyaltyCardBalances]:
        """Get card's point balances, answered raw: the async raw-response twin of
        ``SyncOperations.get_loyalty_card_balances`` (the sync client's method), with the same arguments, awaited;
        returns a ``RawResponse`` (the HTTP answer) whose ``parse()`` gives the ``LoyaltyCardBalances``. It raises as
        that method does, except that parsing, and its ``APIResponseValidationError``, waits for ``parse()``."""
        try:
            path, body = _get_loyalty_card_balances.build(
                loyalty_program_id,
                loyalty_card_id,
                end_date=end_date,
                subledger_id=subledger_id,
            )
        except _t.InputError as exc:
            raise self._invalid_input(exc) from None
        result: _t.RawResponse[LoyaltyCardBalances] = await self._request(
            _get_loyalty_card_balances.OPERATION, path, body, options
        )
        return result

    async def get_loyalty_card_points(
        self,
        loyalty_program_id: int,
        loyalty_card_id: str,
        *,
        status: str | None = None,
        subledger_id: Sequence[str] | None = None,
        page_size: int | None = None,
        skip: int | None = None,
        **options: Unpack[_t.RequestOptions],
    ) -> _t.RawResponse[LoyaltyCardPoints]:
        """List card's unused loyalty points, answered raw: the async raw-response twin of
        ``SyncOperations.get_loyalty_card_points`` (the sync client's method), with the same arguments, awaited;
        returns a ``RawResponse`` (the HTTP answer) whose ``parse()`` gives the ``LoyaltyCardPoints``. It raises as
        that method does, except that parsing, and its ``APIResponseValidationError``, waits for ``parse()``."""
        try:
            path, body = _get_loyalty_card_points.build(
                loyalty_program_id,
                loyalty_card_id,
                status=status,
                subledger_id=subledger_id,
                page_size=page_size,
                skip=skip,
            )
        except _t.InputError as exc:
            raise self._invalid_input(exc) from None
        result: _t.RawResponse[LoyaltyCardPoints] = await self._request(
            _get_loyalty_card_points.OPERATION, path, body, options
        )
        return result

    async def get_loyalty_card_transactions(
        self,
        loyalty_program_id: int,
        loyalty_card_id: str,
        *,
        subledger_id: Sequence[str] | None = None,
        loyalty_transaction_type: GetLoyaltyCardTransactionsLoyaltyTransactionType | None = None,
        start_date: datetime.datetime | str | None = None,
        end_date: datetime.datetime | str | None = None,
        page_size: int | None = None,
        skip: int | None = None,
        **options: Unpack[_t.RequestOptions],
    ) -> _t.RawResponse[LoyaltyCardTransactions]:
        """List card's transactions, answered raw: the async raw-response twin of
        ``SyncOperations.get_loyalty_card_transactions`` (the sync client's method), with the same arguments,
        awaited; returns a ``RawResponse`` (the HTTP answer) whose ``parse()`` gives the ``LoyaltyCardTransactions``.
        It raises as that method does, except that parsing, and its ``APIResponseValidationError``, waits for
        ``parse()``."""
        try:
            path, body = _get_loyalty_card_transactions.build(
                loyalty_program_id,
                loyalty_card_id,
                subledger_id=subledger_id,
                loyalty_transaction_type=loyalty_transaction_type,
                start_date=start_date,
                end_date=end_date,
                page_size=page_size,
                skip=skip,
            )
        except _t.InputError as exc:
            raise self._invalid_input(exc) from None
        result: _t.RawResponse[LoyaltyCardTransactions] = await self._request(
            _get_loyalty_card_transactions.OPERATION, path, body, options
        )
        return result

    async def get_loyalty_balances(
        self,
        loyalty_program_id: int,
        integration_id: str,
        *,
        end_date: datetime.datetime | str | None = None,
        subledger_id: str | None = None,
        include_tiers: bool | None = None,
        include_projected_tier: bool | None = None,
        **options: Unpack[_t.RequestOptions],
    ) -> _t.RawResponse[LoyaltyBalancesWithTiers]:
        """Get customer's loyalty balances, answered raw: the async raw-response twin of
        ``SyncOperations.get_loyalty_balances`` (the sync client's method), with the same arguments, awaited; returns
        a ``RawResponse`` (the HTTP answer) whose ``parse()`` gives the ``LoyaltyBalancesWithTiers``. It raises as
        that method does, except that parsing, and its ``APIResponseValidationError``, waits for ``parse()``."""
        try:
            path, body = _get_loyalty_balances.build(
                loyalty_program_id,
                integration_id,
                end_date=end_date,
                subledger_id=subledger_id,
                include_tiers=include_tiers,
                include_projected_tier=include_projected_tier,
            )
        except _t.InputError as exc:
            raise self._invalid_input(exc) from None
        result: _t.RawResponse[LoyaltyBalancesWithTiers] = await self._request(
            _get_loyalty_balances.OPERATION, path, body, options
        )
        return result

    async def get_loyalty_program_profile_points(
        self,
        loyalty_program_id: int,
        integration_id: str,
        *,
        status: str | None = None,
        subledger_id: str | None = None,
        page_size: int | None = None,
        skip: int | None = None,
        **options: Unpack[_t.RequestOptions],
    ) -> _t.RawResponse[LoyaltyProgramProfilePoints]:
        """List customer's unused loyalty points, answered raw: the async raw-response twin of
        ``SyncOperations.get_loyalty_program_profile_points`` (the sync client's method), with the same arguments,
        awaited; returns a ``RawResponse`` (the HTTP answer) whose ``parse()`` gives the
        ``LoyaltyProgramProfilePoints``. It raises as that method does, except that parsing, and its
        ``APIResponseValidationError``, waits for ``parse()``."""
        try:
            path, body = _get_loyalty_program_profile_points.build(
                loyalty_program_id,
                integration_id,
                status=status,
                subledger_id=subledger_id,
                page_size=page_size,
                skip=skip,
            )
        except _t.InputError as exc:
            raise self._invalid_input(exc) from None
        result: _t.RawResponse[LoyaltyProgramProfilePoints] = await self._request(
            _get_loyalty_program_profile_points.OPERATION, path, body, options
        )
        return result

    async def get_loyalty_program_profile_transactions(
        self,
        loyalty_program_id: int,
        integration_id: str,
        *,
        subledger_id: str | None = None,
        loyalty_transaction_type: GetLoyaltyProgramProfileTransactionsLoyaltyTransactionType | None = None,
        start_date: datetime.datetime | str | None = None,
        end_date: datetime.datetime | str | None = None,
        page_size: int | None = None,
        skip: int | None = None,
        **options: Unpack[_t.RequestOptions],
    ) -> _t.RawResponse[LoyaltyProgramProfileTransactions]:
        """List customer's loyalty transactions, answered raw: the async raw-response twin of
        ``SyncOperations.get_loyalty_program_profile_transactions`` (the sync client's method), with the same
        arguments, awaited; returns a ``RawResponse`` (the HTTP answer) whose ``parse()`` gives the
        ``LoyaltyProgramProfileTransactions``. It raises as that method does, except that parsing, and its
        ``APIResponseValidationError``, waits for ``parse()``."""
        try:
            path, body = _get_loyalty_program_profile_transactions.build(
                loyalty_program_id,
                integration_id,
                subledger_id=subledger_id,
                loyalty_transaction_type=loyalty_transaction_type,
                start_date=start_date,
                end_date=end_date,
                page_size=page_size,
                skip=skip,
            )
        except _t.InputError as exc:
            raise self._invalid_input(exc) from None
        result: _t.RawResponse[LoyaltyProgramProfileTransactions] = await self._request(
            _get_loyalty_program_profile_transactions.OPERATION, path, body, options
        )
        return result

    async def create_referrals_for_multiple_advocates(
        self,
        *,
        usage_limit: int,
        campaign_id: int,
        advocate_profile_integration_ids: Sequence[str],
        start_date: datetime.datetime | str | None = None,
        expiry_date: datetime.datetime | str | None = None,
        attributes: Mapping[str, Any] | None = None,
        valid_characters: Sequence[str] | None = None,
        referral_pattern: str | None = None,
        silent: CreateReferralsForMultipleAdvocatesSilent | None = None,
        **options: Unpack[_t.RequestOptions],
    ) -> _t.RawResponse[CreatedReferrals | None]:
        """Create referral codes for multiple advocates, answered raw: the async raw-response twin of
        ``SyncOperations.create_referrals_for_multiple_advocates`` (the sync client's method), with the same
        arguments, awaited; returns a ``RawResponse`` (the HTTP answer) whose ``parse()`` gives the
        ``CreatedReferrals``. It raises as that method does, except that parsing, and its
        ``APIResponseValidationError``, waits for ``parse()``."""
        try:
            path, body = _create_referrals_for_multiple_advocates.build(
                usage_limit=usage_limit,
                campaign_id=campaign_id,
                advocate_profile_integration_ids=advocate_profile_integration_ids,
                start_date=start_date,
                expiry_date=expiry_date,
                attributes=attributes,
                valid_characters=valid_characters,
                referral_pattern=referral_pattern,
                silent=silent,
            )
        except _t.InputError as exc:
            raise self._invalid_input(exc) from None
        result: _t.RawResponse[CreatedReferrals | None] = await self._request(
            _create_referrals_for_multiple_advocates.OPERATION, path, body, options
        )
        return result

    async def sync_catalog(
        self,
        catalog_id: int,
        *,
        actions: Sequence[CatalogAction | CatalogActionDict],
        version: int | None = None,
        **options: Unpack[_t.RequestOptions],
    ) -> _t.RawResponse[Catalog]:
        """Sync cart item catalog, answered raw: the async raw-response twin of ``SyncOperations.sync_catalog`` (the
        sync client's method), with the same arguments, awaited; returns a ``RawResponse`` (the HTTP answer) whose
        ``parse()`` gives the ``Catalog``. It raises as that method does, except that parsing, and its
        ``APIResponseValidationError``, waits for ``parse()``."""
        try:
            path, body = _sync_catalog.build(
                catalog_id,
                actions=actions,
                version=version,
            )
        except _t.InputError as exc:
            raise self._invalid_input(exc) from None
        result: _t.RawResponse[Catalog] = await self._request(_sync_catalog.OPERATION, path, body, options)
        return result
