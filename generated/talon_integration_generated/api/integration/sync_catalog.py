"""syncCatalog: Sync cart item catalog.

Generated from openapi.yaml by a custom template (``templates/endpoint_module.py.jinja``); do not edit.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from ... import types as _t
from ...deprecations import DEPRECATED as _DEPRECATED
from ...models import *
from ...parameter_limits import LIMITS as _LIMITS

__all__ = ["OPERATION", "build"]

# The spec's constraints on each path and query parameter (tools/parameter_limits.py reads them from openapi.yaml).
_LIMITS_catalog_id = _LIMITS[("syncCatalog", "catalogId")]


def build(
    catalog_id: int,
    *,
    actions: Sequence[CatalogAction | CatalogActionDict],
    version: int | None = None,
) -> tuple[str, dict[str, Any] | None]:
    """The path (with its query) and the JSON body of syncCatalog, checked as the spec states.

    Raises ``InputError`` naming the first argument the spec does not allow; does no I/O.
    """
    path = (
        "/v1/catalogs/"
        + _t.path_segment("catalog_id", str(_t.input_parameter("catalog_id", catalog_id, "int", _LIMITS_catalog_id)))
        + "/sync"
    )
    body = CatalogSyncRequest.to_request(
        {
            "actions": actions,
            "version": version,
        }
    )
    return path, body


OPERATION: _t.Operation[Catalog] = _t.Operation(
    operation_id="syncCatalog",
    name="sync_catalog",
    method="PUT",
    path="/v1/catalogs/{catalogId}/sync",
    path_parameter="catalogId",
    path_parameters=("catalogId",),
    result=Catalog,
    parse=Catalog.from_dict,
    success_status=200,
    empty_success=False,
    idempotent=True,
    body=CatalogSyncRequest,
    signed_empty_body=False,
    parameters=(
        _t.Parameter(
            "catalog_id",
            "catalogId",
            "path",
            "int",
            True,
            description="The ID of the catalog. You can find the ID in the Campaign Manager in **Account** > **Tools** > **Cart item catalogs**.",
        ),
        _t.Parameter("actions", "actions", "body", "list", True, item_kind="model", model=CatalogAction),
        _t.Parameter(
            "version",
            "version",
            "body",
            "int",
            False,
            description="The version number of the catalog to apply the actions on.",
        ),
    ),
    summary="Sync cart item catalog",
    description="Perform the following actions for a given cart item catalog: - Add an item to the catalog. - Add multiple items to the catalog. - Update the attributes of an item in the catalog. - Update the attributes of multiple items in the catalog. - Remove an item from the catalog. - Remove multiple items from the catalog. You can either add, update, or delete up to 1000 cart items in a single request.",
    deprecated=_DEPRECATED.get("syncCatalog"),
)
