"""The wheel: it builds, it holds both packages (typed), and it installs and imports in a fresh venv.

The wheel is built with ``python -m build --wheel`` (build isolation on, so ``[build-system]`` in
pyproject.toml is tested too) and installed with pip, with its dependencies, into a new venv without
system site-packages. Everything the packages import must therefore come from the declared runtime
dependencies. Needs the package index (or pip's cache), like ``make`` itself.

Marked ``wheel`` (registered in conftest.py): part of ``make test``; deselect locally with ``-m "not wheel"``.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile
from email.parser import Parser
from pathlib import Path
from typing import Any, NamedTuple

import pytest
from hatch_build import build_version
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name
from packaging.version import Version

from talon_integration_generated.api import OPERATIONS

pytestmark = pytest.mark.wheel

REPO_ROOT = Path(__file__).resolve().parents[1]

DIST_NAME = "talon-integration-client"
PACKAGES = ("talon_integration", "talon_integration_generated")
ALLOWED_RUNTIME_DEPS = frozenset({"httpx", "attrs", "python-dateutil"})
NEEDED_RUNTIME_DEPS = frozenset({"httpx", "attrs"})  # imported by the generated client itself
SUBPROCESS_TIMEOUT_S = 300

# Runs inside the fresh venv as `python -I -c PROBE <dist> <package>...`: imports every module of the
# packages and reports where they came from, the installed metadata and the console scripts' status.
PROBE = """
import importlib, importlib.metadata as md, json, pkgutil, sys
dist_name, packages = sys.argv[1], sys.argv[2:]
out = {"prefix": sys.prefix, "files": {}, "modules": [], "errors": {}, "entry_point_errors": {}}
def onerror(name):
    out["errors"][name] = repr(sys.exc_info()[1])
for name in packages:
    package = importlib.import_module(name)
    out["files"][name] = package.__file__
    for info in pkgutil.walk_packages(package.__path__, name + ".", onerror=onerror):
        try:
            importlib.import_module(info.name)
            out["modules"].append(info.name)
        except Exception as exc:
            out["errors"][info.name] = repr(exc)
dist = md.distribution(dist_name)
out["requires"] = dist.requires or []
out["version"] = dist.version
out["package_version"] = getattr(importlib.import_module(packages[0]), "__version__", None)
for ep in dist.entry_points:
    try:
        ep.load()
    except Exception as exc:
        out["entry_point_errors"][ep.name + " = " + ep.value] = repr(exc)
print(json.dumps(out))
"""


def _env() -> dict[str, str]:
    """The current environment without anything that would leak this venv or the repo into the new one."""
    return {k: v for k, v in os.environ.items() if k not in {"PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV"}}


def _run(cmd: list[str], cwd: Path) -> str:
    result = subprocess.run(
        cmd, cwd=cwd, env=_env(), capture_output=True, text=True, timeout=SUBPROCESS_TIMEOUT_S, check=False
    )
    assert result.returncode == 0, f"{' '.join(cmd)} failed ({result.returncode}):\n{result.stdout}\n{result.stderr}"
    return result.stdout


class Installed(NamedTuple):
    venv: Path
    probe: dict[str, Any]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("dist")
    _run([sys.executable, "-m", "build", "--wheel", "--outdir", str(out), str(REPO_ROOT)], cwd=REPO_ROOT)
    wheels = sorted(out.glob("*.whl"))
    assert len(wheels) == 1, wheels
    return wheels[0]


@pytest.fixture(scope="module")
def installed(wheel: Path, tmp_path_factory: pytest.TempPathFactory) -> Installed:
    work = tmp_path_factory.mktemp("fresh")
    venv = work / "venv"
    _run([sys.executable, "-m", "venv", "--without-pip", str(venv)], cwd=work)
    python = venv / "bin" / "python"
    # This venv's pip installs into the new one (pip >= 22.3), with the wheel's dependencies from the index.
    pip = [sys.executable, "-m", "pip", "--python", str(python), "install", "--no-input", "--progress-bar", "off"]
    _run([*pip, str(wheel)], cwd=work)
    probe: dict[str, Any] = json.loads(_run([str(python), "-I", "-c", PROBE, DIST_NAME, *PACKAGES], cwd=work))
    return Installed(venv, probe)


def _runtime_requirements(requires: list[str]) -> set[str]:
    """Canonical names of the requirements that apply without extras (``extra == "dev"`` ones dropped)."""
    names: set[str] = set()
    for line in requires:
        requirement = Requirement(line)
        if requirement.marker is None or requirement.marker.evaluate({"extra": ""}):
            names.add(canonicalize_name(requirement.name))
    return names


# --- the wheel file ------------------------------------------------------------------------------------


def test_wheel_layout(wheel: Path) -> None:
    with zipfile.ZipFile(wheel) as archive:
        names = archive.namelist()
    top_level = {name.split("/", 1)[0] for name in names}
    dist_info = {name for name in top_level if name.endswith(".dist-info")}
    assert len(dist_info) == 1
    assert top_level - dist_info == set(PACKAGES)
    for package in PACKAGES:
        assert f"{package}/py.typed" in names, f"{package} is not marked as typed"
        assert f"{package}/__init__.py" in names
    assert [n for n in names if "__pycache__" in n or n.endswith(".pyc")] == []
    (license_file,) = [n for n in names if n.endswith(".dist-info/licenses/LICENSE")]
    with zipfile.ZipFile(wheel) as archive:
        assert archive.read(license_file) == (REPO_ROOT / "LICENSE").read_bytes()
    assert "talon_integration_generated/api/integration/update_customer_session.py" in names
    assert "talon_integration_generated/models/integration_state.py" in names


def test_wheel_metadata(wheel: Path) -> None:
    with zipfile.ZipFile(wheel) as archive:
        (metadata_name,) = [n for n in archive.namelist() if n.endswith(".dist-info/METADATA")]
        metadata = Parser().parsestr(archive.read(metadata_name).decode())
    assert canonicalize_name(metadata["Name"]) == DIST_NAME
    assert metadata["Requires-Python"] == ">=3.11"
    assert metadata["License-Expression"] == "MIT"
    assert metadata.get_all("License-File") == ["LICENSE"]
    assert metadata["Author"] == "the talon-integration-client authors"
    classifiers = metadata.get_all("Classifier") or []
    assert "Typing :: Typed" in classifiers
    # Only the Python versions CI really runs (3.11); no deprecated "License ::" classifier beside the expression.
    assert [c for c in classifiers if c.startswith("Programming Language :: Python :: 3.")] == [
        "Programming Language :: Python :: 3.11"
    ]
    assert [c for c in classifiers if c.startswith("License ::")] == []
    assert metadata.get_all("Project-URL") is None, "no project URLs until there is a public home to point to"
    runtime = _runtime_requirements(metadata.get_all("Requires-Dist") or [])
    assert runtime <= ALLOWED_RUNTIME_DEPS
    assert runtime >= NEEDED_RUNTIME_DEPS


# --- installed into a fresh venv -------------------------------------------------------------------------


def test_both_packages_import_from_the_fresh_venv(installed: Installed) -> None:
    probe = installed.probe
    assert Path(probe["prefix"]).resolve() == installed.venv.resolve()
    for package in PACKAGES:
        assert Path(probe["files"][package]).resolve().is_relative_to(installed.venv.resolve()), package
    errors = dict(probe["errors"])
    # The opt-in pytest plugin is loaded only by pytest, so it may need pytest; nothing else may need more.
    plugin_error = errors.pop("talon_integration.testing.pytest_plugin", None)
    assert plugin_error is None or "No module named 'pytest'" in plugin_error
    assert errors == {}, "modules that fail to import with only the declared dependencies"
    generated_api = {m for m in probe["modules"] if m.startswith("talon_integration_generated.api.integration.")}
    assert len(generated_api) == len(OPERATIONS)  # one module per operation of the spec


def test_installed_requires_dist_is_only_the_runtime_dependencies(installed: Installed) -> None:
    runtime = _runtime_requirements(installed.probe["requires"])
    assert runtime <= ALLOWED_RUNTIME_DEPS, f"unexpected runtime dependencies: {sorted(runtime - ALLOWED_RUNTIME_DEPS)}"
    assert runtime >= NEEDED_RUNTIME_DEPS


def test_installed_version_matches_package(installed: Installed) -> None:
    """The package's ``__version__`` (``_version.py``, what vendored copies read) is the wheel's version, which a
    build of anything but a tagged release marks as a development build (``.dev0+g<commit>``, hatch_build.py)."""
    version = Version(installed.probe["version"])
    assert version.base_version == installed.probe["package_version"]
    assert str(version) == build_version(REPO_ROOT)


def test_console_scripts_resolve(installed: Installed) -> None:
    assert installed.probe["entry_point_errors"] == {}
