"""Hatch metadata hook: records what the package was built from in the wheel's and sdist's core metadata.

``SPEC_VERSION`` (openapi.yaml ``info.version``) and ``GENERATOR_VERSION`` (the pinned openapi-python-client)
are read from ``overlays/talon_integration/_version.py``, the same file the version comes from, and appended
to ``Keywords`` as ``openapi-spec=<version>`` and ``openapi-python-client=<version>``:

    Keywords: talon.one,openapi,api-client,openapi-spec=1.0.0,openapi-python-client=0.29.1

Core metadata has no free-form key/value field; Keywords is the one free-form list that every tool keeps and
shows (``importlib.metadata.metadata(...)["Keywords"]``, PyPI). Installed or vendored code can read the same
values from ``talon_integration._version``. ``make version-check`` keeps the constants in step with the files.

``build_version()`` is the wheel's and sdist's version (pyproject.toml: ``[tool.hatch.version] source = "code"``).
``__version__`` of ``_version.py`` stays the one version source; a build that is not a release marks it, so a
wheel built after a spec change without a version bump never has the same version as the last one (pip would
keep the old code), as setuptools-scm does:

- a release: ``make release`` (``TALON_RELEASE_BUILD=1``, a clean tree) or a clean tree whose HEAD is tagged
  ``v<__version__>``: ``0.1.0``;
- a clean tree at an untagged commit: ``0.1.0.dev0+g<12 hex of HEAD>``: the same for every build of that commit,
  so builds stay byte-reproducible;
- a tree with uncommitted changes (untracked files included): ``0.1.0.dev0+g<HEAD>.dirty.<8 hex of the changes>``
  (``0.1.0+g<HEAD>.dirty.<...>`` on a tagged commit): two different edits never share a version;
- an sdist (its ``PKG-INFO``): the version it was built with, so its wheel has the same;
- no git at all (an exported tree): ``__version__`` as it is.
"""

from __future__ import annotations

import ast
import hashlib
import os
import subprocess
from email.parser import Parser
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


RELEASE_ENV = "TALON_RELEASE_BUILD"


def _git(root: Path, *args: str) -> bytes | None:
    try:
        done = subprocess.run(["git", *args], cwd=root, capture_output=True, check=False, timeout=60)
    except OSError:
        return None
    return done.stdout if done.returncode == 0 else None


def _changes_digest(root: Path) -> str | None:
    """A digest of what differs from HEAD (tracked changes and untracked, not ignored, files), None if nothing."""
    diff = _git(root, "diff", "HEAD", "--binary", "--no-ext-diff", "--no-textconv") or b""
    untracked = (_git(root, "ls-files", "--others", "--exclude-standard", "-z") or b"").split(b"\0")
    if not diff and not any(untracked):
        return None
    digest = hashlib.sha256(diff)
    for name in sorted(n for n in untracked if n):
        path = root / os.fsdecode(name)
        digest.update(name + b"\0" + (path.read_bytes() if path.is_file() else b"") + b"\0")
    return digest.hexdigest()[:8]


def build_version(root: Path | None = None) -> str:
    """The version a build of ``root`` carries (see the module's docstring)."""
    root = Path(__file__).resolve().parent if root is None else root
    base = _constants(root / VERSION_FILE)["__version__"]
    pkg_info = root / "PKG-INFO"
    if pkg_info.is_file() and not (root / ".git").exists():  # an unpacked sdist
        return str(Parser().parsestr(pkg_info.read_text(encoding="utf-8"))["Version"])
    head = _git(root, "rev-parse", "--verify", "HEAD")
    if head is None:
        return base
    sha = head.decode().strip()[:12]
    changes = _changes_digest(root)
    if os.environ.get(RELEASE_ENV) == "1":
        if changes is not None:
            raise ValueError(f"{RELEASE_ENV}=1, but the tree has uncommitted changes: commit them first")
        return base
    tagged = (_git(root, "rev-parse", "--verify", "--quiet", f"refs/tags/v{base}^{{commit}}") or b"").strip()
    on_tag = tagged.decode() == head.decode().strip()
    if changes is None:
        return base if on_tag else f"{base}.dev0+g{sha}"
    return f"{base}{'' if on_tag else '.dev0'}+g{sha}.dirty.{changes}"


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
