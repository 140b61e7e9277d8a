"""CatalogActionType: the values the spec lists. The known values of CatalogActionType.
Generated from openapi.yaml by a custom template (``templates/literal_enum.py.jinja``); do not edit.
"""

from typing import Literal

__all__ = ["CATALOG_ACTION_TYPE_VALUES", "CatalogActionType"]

CatalogActionType = Literal["ADD", "ADD_PRICE_ADJUSTMENT", "PATCH", "PATCH_MANY", "REMOVE", "REMOVE_MANY"]

CATALOG_ACTION_TYPE_VALUES: tuple[CatalogActionType, ...] = (
    "ADD",
    "ADD_PRICE_ADJUSTMENT",
    "PATCH",
    "PATCH_MANY",
    "REMOVE",
    "REMOVE_MANY",
)
