"""requirements/*.lock: the dev/test environment is locked with hashes, in step with pyproject.toml, and is the one
this venv was built from (the Makefile installs pip from pip.lock, then everything from dev.lock, hash-checked).

`make lock` rewrites the locks; these tests say when someone forgot to.
"""

from __future__ import annotations

import importlib.metadata
import re
import subprocess
import tomllib
from pathlib import Path

import pytest
from packaging.markers import Marker
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name
from packaging.version import Version

REPO_ROOT = Path(__file__).resolve().parents[1]
REQUIREMENTS = REPO_ROOT / "requirements"
LOCKS = ("pip.lock", "lock-tool.lock", "dev.lock")
PYPROJECT = tomllib.loads((REPO_ROOT / "pyproject.toml").read_text(encoding="utf-8"))

# `name==version [; marker] \` followed by `    --hash=sha256:<64 hex>` lines (what `uv pip compile` writes).
_ENTRY = re.compile(r"^(?P<name>[A-Za-z0-9][A-Za-z0-9._-]*)==(?P<version>\S+)(?: ; (?P<marker>[^\\]+?))? \\$")
_HASH = re.compile(r"^    --hash=sha256:[0-9a-f]{64}( \\)?$")


class Pin:
    def __init__(self, name: str, version: str, marker: str | None) -> None:
        self.name = canonicalize_name(name)
        self.version = Version(version)
        self.marker = Marker(marker) if marker else None
        self.hashes = 0


def read_lock(path: Path) -> dict[str, Pin]:
    pins: dict[str, Pin] = {}
    current: Pin | None = None
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        if match := _ENTRY.match(line):
            current = Pin(match["name"], match["version"], match["marker"])
            assert current.name not in pins, f"{path.name}:{number}: {current.name} pinned twice"
            pins[current.name] = current
        elif _HASH.match(line) and current is not None:
            current.hashes += 1
        else:
            pytest.fail(f"{path.name}:{number}: not a pinned, hashed requirement line: {line!r}")
    return pins


@pytest.mark.parametrize("name", LOCKS)
def test_every_lock_pins_every_package_exactly_with_hashes(name: str) -> None:
    text = (REQUIREMENTS / name).read_text(encoding="utf-8")
    assert "#    make lock" in text.splitlines()[1], "written by `make lock`"
    pins = read_lock(REQUIREMENTS / name)
    assert pins
    assert [p.name for p in pins.values() if p.hashes == 0] == []
    assert "--index-url" not in text and "--find-links" not in text, "no machine-specific sources in a lock"


def _direct_requirements() -> list[Requirement]:
    project = PYPROJECT["project"]
    return [Requirement(r) for r in [*project["dependencies"], *project["optional-dependencies"]["dev"]]]


def test_the_dev_lock_satisfies_pyproject() -> None:
    """Every runtime dependency and every `dev` pin is in the lock at a version pyproject.toml allows."""
    pins = read_lock(REQUIREMENTS / "dev.lock")
    problems = []
    for requirement in _direct_requirements():
        pin = pins.get(canonicalize_name(requirement.name))
        if pin is None:
            problems.append(f"{requirement} is not in requirements/dev.lock")
        elif not requirement.specifier.contains(pin.version, prereleases=True):
            problems.append(f"{requirement}: the lock has {pin.version}")
    assert problems == [], "run `make lock`:\n" + "\n".join(problems)


def test_the_build_backend_is_pinned_once_everywhere() -> None:
    """[build-system] pins hatchling exactly, the dev extra and the lock pin the same version (`make wheel` builds
    without isolation from the venv, `make release` with isolation from [build-system]: the same backend)."""
    (backend,) = [Requirement(r) for r in PYPROJECT["build-system"]["requires"]]
    assert backend.name == "hatchling"
    (spec,) = backend.specifier
    assert spec.operator == "==", f"the build backend floats: {backend}"
    dev = {canonicalize_name(r.name): r for r in _direct_requirements()}
    assert str(dev["hatchling"].specifier) == str(backend.specifier)
    assert str(read_lock(REQUIREMENTS / "dev.lock")["hatchling"].version) == spec.version


@pytest.mark.parametrize(("lock", "source"), [("pip.lock", "pip.in"), ("lock-tool.lock", "lock-tool.in")])
def test_tool_locks_follow_their_pins(lock: str, source: str) -> None:
    wanted = [
        Requirement(line)
        for line in (REQUIREMENTS / source).read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    ]
    pins = read_lock(REQUIREMENTS / lock)
    for requirement in wanted:
        assert "==" in str(requirement.specifier), f"{source}: {requirement} is not pinned exactly"
        assert requirement.specifier.contains(pins[canonicalize_name(requirement.name)].version)


def test_this_venv_was_built_from_the_lock() -> None:
    """What is installed here is what dev.lock says, package for package (a venv from an older lock fails)."""
    pins = read_lock(REQUIREMENTS / "dev.lock")
    pins.update(read_lock(REQUIREMENTS / "pip.lock"))
    expected = {n: p.version for n, p in pins.items() if p.marker is None or p.marker.evaluate()}
    installed = {
        canonicalize_name(d.metadata["Name"]): Version(d.version)
        for d in importlib.metadata.distributions()
        if canonicalize_name(d.metadata["Name"]) != "talon-integration-client"
    }
    assert {n: v for n, v in installed.items() if expected.get(n) != v} == {}, "rebuild the venv: make .venv/.stamp"
    assert sorted(expected.keys() - installed.keys()) == []


@pytest.mark.parametrize("changed", ["pyproject.toml", "requirements/dev.lock", "requirements/pip.lock"])
def test_the_venv_is_rebuilt_when_a_lock_changes(changed: str) -> None:
    """`make -n -W <file>`: what make would run if the file were new (nothing is run)."""
    result = subprocess.run(
        ["make", "--no-print-directory", "-n", "-W", changed, ".venv/.stamp"],
        cwd=REPO_ROOT, capture_output=True, text=True, timeout=60, check=True,
    )  # fmt: skip
    assert "python3 -m venv --clear .venv" in result.stdout
    assert "--require-hashes -r requirements/dev.lock" in result.stdout
    assert "--no-deps --no-build-isolation -e ." in result.stdout
