"""The models users receive and send: every model of openapi.yaml, plus the behaviour the spec cannot say.

The models come from the generated package (``talon_integration_generated.models``): typed attributes,
``None`` for absent optional fields, unknown fields kept in ``additional_properties`` and written back by
``to_dict()``, parsers that check every JSON type and name the failing field's path (``ResponseShapeError``).
Only ``IntegrationState`` is replaced, by its subclass with typed ``effects`` (``_state.py``); the clients
return that subclass wherever the spec returns an IntegrationState. A schema added to the spec is importable
from here after ``make generate``.
"""

from __future__ import annotations

from typing import Any

from talon_integration_generated import models as _generated
from talon_integration_generated.types import SchemaError as _SchemaError

from . import _state
from ._state import IntegrationState as IntegrationState

from talon_integration_generated.models import *  # type: ignore[assignment]  # noqa: F403  # isort: skip

IntegrationState = _state.IntegrationState  # type: ignore[misc]  # noqa: F811 - the star import rebound it

ResponseShapeError = _SchemaError
"""What the models' ``from_dict`` raise for JSON that does not match the schema (a ``ValueError``).

Its message starts with the path of the offending field (``.data[0].value: expected a string, got int``);
``path`` holds it as a tuple. The clients turn it into ``APIResponseValidationError``.
"""

__all__ = [*_generated.__all__, "ResponseShapeError", "result_class"]

# The generated result classes the clients replace with the subclasses of this package.
_RESULT_CLASSES: dict[type[Any], type[Any]] = {_generated.IntegrationState: IntegrationState}


def result_class(generated: type[Any]) -> type[Any]:
    """The public class for a generated result class: a subclass defined here, else the class itself."""
    return _RESULT_CLASSES.get(generated, generated)
