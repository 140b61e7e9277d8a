"""The one table of the sandbox's rules, by operation name: the 2019 operations' and today's checkout.

``_rules.V1_RULES`` (the nine of 2019), ``_rules_v2.V2_RULES`` (v2 sessions, returns, reopen, profiles, events),
``_rules_audiences.AUDIENCE_RULES`` (audiences, batch profiles, referrals for many advocates), ``_loyalty_reads``,
``_cards``, ``_catalog`` and ``_achievements`` (profile loyalty reads, loyalty cards, catalog sync, achievements
and inventory) feed ``RULES``; the dispatcher answers 501 for an operation of the spec that has no rule here.
"""

from __future__ import annotations

from talon_integration_generated.api import BY_NAME

from ._achievements import INVENTORY_RULES
from ._cards import CARD_RULES
from ._catalog import CATALOG_RULES
from ._loyalty_reads import LOYALTY_READ_RULES
from ._rules import V1_RULES, Rule
from ._rules_audiences import AUDIENCE_RULES
from ._rules_v2 import V2_RULES

__all__ = ["RULES"]

RULES: dict[str, Rule] = {
    **V1_RULES,
    **V2_RULES,  # after V1_RULES: its update_customer_session (v1's rule with today's loyalty) takes the place of v1's
    **AUDIENCE_RULES,
    **LOYALTY_READ_RULES,
    **CARD_RULES,
    **CATALOG_RULES,
    **INVENTORY_RULES,
}
"""The modelled operations, by the operation's ``name`` in the generated table (the rule's own name)."""

_UNKNOWN = RULES.keys() - BY_NAME.keys()
if _UNKNOWN:  # a rule whose operation left the spec (or a typo): fail loudly, not with a silent 501
    raise ImportError(f"sandbox rules for operations the spec does not have: {sorted(_UNKNOWN)}")
