"""The sandbox's cart item catalogs: ``syncCatalog`` adds, edits and removes items (``SandboxState.catalogs``).

One catalog is seeded: id 1, ``Products``, empty, version 1. Rules of the sandbox, after the service's
documentation of the actions (a ``payload`` per ``type``):

- ``ADD``: ``{"sku", "price"?, "attributes"?, "replaceIfExists"?}``; a SKU the catalog has is a 409 unless
  ``replaceIfExists``. ``PATCH``: ``{"sku", "price"?, "attributes"?, "createIfNotExists"?}``, attributes merged;
  an unknown SKU is a 404 unless ``createIfNotExists``. ``REMOVE``: ``{"sku"}``, an unknown SKU a 404.
  ``PATCH_MANY`` / ``REMOVE_MANY``: ``{"filters": [{"attr", "op", "value"}], "attributes"?}``, the items whose
  attribute (or ``sku`` / ``price``) equals the value (``op`` ``EQ``; other operators are a 400).
  ``ADD_PRICE_ADJUSTMENT``: ``{"sku", "adjustments": [{"priceType", "referenceId", "price"?, ...}]}`` (Talon.One's
  AddPriceAdjustmentCatalogAction), kept on the item (an unknown SKU is a 404); ``price`` is a number or null
  (the price type no longer applies). Sessions do not read them (see below).
- A request is applied whole or not at all; each refusal points at its action (``/actions/0/payload/sku``).
  ``version``, when given, must be the catalog's current one (else a 409); each sync adds 1 to it.
- An unknown catalog is a 404 naming ``catalogId``. Dry runs do not touch catalogs.
- Sessions do not take catalog prices: the spec makes ``CartItem.price`` required and says that it overrides
  the catalog price, so an item's own price is always the one the rules see.
"""

from __future__ import annotations

import copy
from typing import Any

from talon_integration_generated.models import Catalog, CatalogAction, CatalogSyncRequest

from ._records_today import CatalogRecord
from ._replies import Refused, not_found, pointer, refuse
from ._rules import Answer, Call, Rule
from ._state import ACCOUNT_ID, SandboxState, stamp

__all__ = ["CATALOG_RULES", "catalog_model"]

_ACTIONS = pointer(CatalogSyncRequest, "actions")
_PAYLOAD = pointer(CatalogAction, "payload")


def catalog_model(catalog: CatalogRecord) -> Catalog:
    """The catalog as the spec's ``Catalog``."""
    return Catalog(
        id=catalog.id, created=stamp(catalog.created), account_id=ACCOUNT_ID, modified=stamp(catalog.modified),
        name=catalog.name, description="", version=catalog.version, created_by=1, subscribed_applications_ids=[],
    )  # fmt: skip


def _bad(at: str, details: str, status: int = 400) -> Refused:
    return refuse("Invalid catalog action", details, pointer=at, status=status)


def _sku(payload: dict[str, Any], at: str) -> str:
    sku = payload.get("sku")
    if not isinstance(sku, str) or not sku:
        raise _bad(at + "/sku", "sku must be a non-empty string")
    return sku


def _fields(payload: dict[str, Any], at: str) -> dict[str, Any]:
    """The item fields a payload sets: ``price`` (a number) and ``attributes`` (an object)."""
    fields: dict[str, Any] = {}
    if "price" in payload:
        price = payload["price"]
        if isinstance(price, bool) or not isinstance(price, int | float) or price < 0:
            raise _bad(at + "/price", "price must be a number of at least 0")
        fields["price"] = float(price)
    if "attributes" in payload:
        if not isinstance(payload["attributes"], dict):
            raise _bad(at + "/attributes", "attributes must be an object")
        fields["attributes"] = copy.deepcopy(payload["attributes"])
    return fields


def _matching(items: dict[str, dict[str, Any]], payload: dict[str, Any], at: str) -> list[str]:
    """The SKUs whose every filtered attribute (or ``sku`` / ``price``) equals the filter's value."""
    filters = payload.get("filters")
    if not isinstance(filters, list) or not filters:
        raise _bad(at + "/filters", "filters must be a non-empty array of {attr, op, value}")
    for index, item in enumerate(filters):
        if not isinstance(item, dict) or not isinstance(item.get("attr"), str) or item.get("op") != "EQ":
            raise _bad(f"{at}/filters/{index}", "each filter is {attr, op: EQ, value} in the sandbox")

    def value(sku: str, attr: str) -> Any:
        item = items[sku]
        return sku if attr == "sku" else item["price"] if attr == "price" else item["attributes"].get(attr)

    return [sku for sku in items if all(value(sku, f["attr"]) == f.get("value") for f in filters)]


def _adjustments(payload: dict[str, Any], at: str) -> list[dict[str, Any]]:
    """The price adjustments of an ADD_PRICE_ADJUSTMENT payload: each names its price type and reference."""
    adjustments = payload.get("adjustments")
    if not isinstance(adjustments, list) or not adjustments:
        raise _bad(at + "/adjustments", "adjustments must be a non-empty array")
    for index, item in enumerate(adjustments):
        where = f"{at}/adjustments/{index}"
        if not isinstance(item, dict):
            raise _bad(where, "each adjustment is an object")
        for name in ("priceType", "referenceId"):
            if not isinstance(item.get(name), str) or not item[name]:
                raise _bad(f"{where}/{name}", f"{name} must be a non-empty string")
        price = item.get("price")
        if price is not None and (isinstance(price, bool) or not isinstance(price, int | float) or price < 0):
            raise _bad(f"{where}/price", "price must be a number of at least 0, or null")
    return copy.deepcopy(adjustments)


def _apply(items: dict[str, dict[str, Any]], action: CatalogAction, at: str) -> None:
    payload, kind = action.payload, action.type
    where = at + _PAYLOAD
    if kind in ("ADD", "PATCH", "REMOVE"):
        sku = _sku(payload, where)
        exists = sku in items
        if kind == "ADD":
            if exists and payload.get("replaceIfExists") is not True:
                raise _bad(where + "/sku", f"The catalog has an item {sku!r} (replaceIfExists is not true)", 409)
            items[sku] = {"price": None, "attributes": {}, **_fields(payload, where)}
        elif kind == "PATCH":
            if not exists and payload.get("createIfNotExists") is not True:
                raise _bad(where + "/sku", f"The catalog has no item {sku!r}", 404)
            item = items.setdefault(sku, {"price": None, "attributes": {}})
            fields = _fields(payload, where)
            item["attributes"].update(fields.pop("attributes", {}))
            item.update(fields)
        else:
            if not exists:
                raise _bad(where + "/sku", f"The catalog has no item {sku!r}", 404)
            del items[sku]
    elif kind == "PATCH_MANY":
        attributes = _fields(payload, where).get("attributes", {})
        for sku in _matching(items, payload, where):
            items[sku]["attributes"].update(copy.deepcopy(attributes))
    elif kind == "REMOVE_MANY":
        for sku in _matching(items, payload, where):
            del items[sku]
    elif kind == "ADD_PRICE_ADJUSTMENT":
        sku = _sku(payload, where)
        if sku not in items:
            raise _bad(where + "/sku", f"The catalog has no item {sku!r}", 404)
        items[sku].setdefault("adjustments", []).extend(_adjustments(payload, where))
    else:
        raise _bad(at + pointer(CatalogAction, "type"), f"The sandbox does not model {kind} actions")


def sync_catalog(state: SandboxState, call: Call) -> Answer:
    """Apply the actions in order, all or none; the catalog's version goes up by one."""
    body = call.parsed(CatalogSyncRequest)
    catalog = state.catalogs.get(int(call.param)) if call.param.isdigit() else None
    if catalog is None:
        raise not_found("Catalog", "catalogId", call.param)
    if body.version is not None and body.version != catalog.version:
        raise _bad(
            pointer(CatalogSyncRequest, "version"),
            f"The catalog is at version {catalog.version}, not {body.version}",
            409,
        )
    items = copy.deepcopy(catalog.items)
    for index, action in enumerate(body.actions):
        _apply(items, action, f"{_ACTIONS}/{index}")
    catalog.items = items
    catalog.version += 1
    catalog.modified = state.clock()
    return 200, catalog_model(catalog)


CATALOG_RULES: dict[str, Rule] = {sync_catalog.__name__: sync_catalog}
"""The catalog operations the sandbox models, by operation name."""
