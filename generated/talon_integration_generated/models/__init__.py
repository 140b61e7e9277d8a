"""Contains all the data models used in inputs/outputs"""

from .cart_item import CartItem
from .cart_item_adjustment import CartItemAdjustment
from .cart_item_attributes import CartItemAttributes
from .coupon import Coupon
from .coupon_attributes import CouponAttributes
from .coupon_rejection_reason import CouponRejectionReason
from .coupon_rejection_reason_code import CouponRejectionReasonCode
from .coupon_reservations import CouponReservations
from .customer_profile import CustomerProfile
from .customer_profile_attributes import CustomerProfileAttributes
from .customer_session import CustomerSession
from .customer_session_attributes import CustomerSessionAttributes
from .customer_session_discounts import CustomerSessionDiscounts
from .customer_session_state import CustomerSessionState
from .empty_body import EmptyBody
from .error_item import ErrorItem
from .error_response import ErrorResponse
from .error_source import ErrorSource
from .event import Event
from .event_attributes import EventAttributes
from .integration_state import IntegrationState
from .ledger_entry import LedgerEntry
from .loyalty import Loyalty
from .loyalty_membership import LoyaltyMembership
from .loyalty_program_balance import LoyaltyProgramBalance
from .loyalty_program_ledgers import LoyaltyProgramLedgers
from .loyalty_program_ledgers_sub_ledgers import LoyaltyProgramLedgersSubLedgers
from .loyalty_programs import LoyaltyPrograms
from .meta import Meta
from .meta_campaigns import MetaCampaigns
from .meta_coupons import MetaCoupons
from .meta_warnings import MetaWarnings
from .new_customer_profile import NewCustomerProfile
from .new_customer_profile_attributes import NewCustomerProfileAttributes
from .new_customer_session import NewCustomerSession
from .new_customer_session_attributes import NewCustomerSessionAttributes
from .new_event import NewEvent
from .new_event_attributes import NewEventAttributes
from .new_referral import NewReferral
from .referral import Referral
from .reserved_coupons import ReservedCoupons
from .reserved_customers import ReservedCustomers

__all__ = (
    "CartItem",
    "CartItemAdjustment",
    "CartItemAttributes",
    "Coupon",
    "CouponAttributes",
    "CouponRejectionReason",
    "CouponRejectionReasonCode",
    "CouponReservations",
    "CustomerProfile",
    "CustomerProfileAttributes",
    "CustomerSession",
    "CustomerSessionAttributes",
    "CustomerSessionDiscounts",
    "CustomerSessionState",
    "EmptyBody",
    "ErrorItem",
    "ErrorResponse",
    "ErrorSource",
    "Event",
    "EventAttributes",
    "IntegrationState",
    "LedgerEntry",
    "Loyalty",
    "LoyaltyMembership",
    "LoyaltyProgramBalance",
    "LoyaltyProgramLedgers",
    "LoyaltyProgramLedgersSubLedgers",
    "LoyaltyPrograms",
    "Meta",
    "MetaCampaigns",
    "MetaCoupons",
    "MetaWarnings",
    "NewCustomerProfile",
    "NewCustomerProfileAttributes",
    "NewCustomerSession",
    "NewCustomerSessionAttributes",
    "NewEvent",
    "NewEventAttributes",
    "NewReferral",
    "Referral",
    "ReservedCoupons",
    "ReservedCustomers",
)
