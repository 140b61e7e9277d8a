"""Hatch metadata hook: records what the package was built from in the wheel's and sdist's core metadata.

``SPEC_VERSION`` (openapi.yaml ``info.version``) and ``GENERATOR_VERSION`` (the pinned openapi-python-client)
are read from ``overlays/talon_integration/_version.py``, the same file the version comes from, and appended
to ``Keywords`` as ``openapi-spec=<version>`` and ``openapi-python-client=<version>``:

    Keywords: talon.one,openapi,api-client,openapi-spec=1.0.0,openapi-python-client=0.29.1

Core metadata has no free-form key/value field; Keywords is the one free-form list that every tool keeps and
shows (``importlib.metadata.metadata(...)["Keywords"]``, PyPI). Installed or vendored code can read the same
values from ``talon_integration._version``. ``make version-check`` keeps the constants in step with the files.
"""

from __future__ import annotations

import ast
from pathlib import Path
from typing import Any

from hatchling.metadata.plugin.interface import MetadataHookInterface

VERSION_FILE = "overlays/talon_integration/_version.py"


def _constants(path: Path) -> dict[str, str]:
    out: dict[str, str] = {}
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.Assign) and isinstance(node.value, ast.Constant) and isinstance(node.value.value, str):
            out.update({t.id: node.value.value for t in node.targets if isinstance(t, ast.Name)})
    return out


class BuiltFromMetadataHook(MetadataHookInterface):
    def update(self, metadata: dict[str, Any]) -> None:
        constants = _constants(Path(self.root) / VERSION_FILE)
        missing = {"SPEC_VERSION", "GENERATOR_VERSION"} - constants.keys()
        if missing:
            raise ValueError(f"{VERSION_FILE} lacks {', '.join(sorted(missing))}")
        metadata["keywords"] = [
            *self.config.get("keywords", []),
            f"openapi-spec={constants['SPEC_VERSION']}",
            f"openapi-python-client={constants['GENERATOR_VERSION']}",
        ]
