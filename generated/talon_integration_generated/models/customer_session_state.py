from typing import Literal

CustomerSessionState = Literal["cancelled", "closed", "open"]

CUSTOMER_SESSION_STATE_VALUES: set[CustomerSessionState] = {
    "cancelled",
    "closed",
    "open",
}


def check_customer_session_state(value: str) -> CustomerSessionState:
    if value in CUSTOMER_SESSION_STATE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CUSTOMER_SESSION_STATE_VALUES!r}")
