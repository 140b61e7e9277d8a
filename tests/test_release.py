"""tools/release_check.py (`make release`): its checks catch what they should, and a full run passes.

The end-to-end test builds into a temporary folder (not dist/), installs the wheel into a new venv with its
dependencies from the package index (or pip's cache), like tests/test_wheel.py, and runs the sandbox smoke call.
"""

from __future__ import annotations

import io
import os
import subprocess
import sys
import tarfile
import zipfile
from email.message import Message
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO_ROOT / "tools"))
import release_check as rc  # noqa: E402  (tools/ is a folder of scripts, not a package)


def _zip(path: Path, files: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in files.items():
            archive.writestr(name, data)
    return path


def _tar(path: Path, names: list[str]) -> Path:
    with tarfile.open(path, "w:gz") as archive:
        for name in names:
            info = tarfile.TarInfo(name)
            info.size = 1
            archive.addfile(info, io.BytesIO(b"x"))
    return path


GOOD_WHEEL = {
    "talon_integration/__init__.py": b"",
    "talon_integration/py.typed": b"",
    "talon_integration_generated/__init__.py": b"",
    "talon_integration_generated/py.typed": b"",
    "talon_integration_client-0.1.0.dist-info/METADATA": b"",
    "talon_integration_client-0.1.0.dist-info/entry_points.txt": b"",
    "talon_integration_client-0.1.0.dist-info/licenses/LICENSE": b"MIT License",
}


def test_compare_wheels_names_every_difference(tmp_path: Path) -> None:
    a = _zip(tmp_path / "a.whl", {"x.py": b"1", "y.py": b"2", "z.py": b"3"})
    b = _zip(tmp_path / "b.whl", {"x.py": b"1", "y.py": b"changed", "w.py": b"4"})
    assert rc.compare_wheels(a, a) == []
    assert rc.compare_wheels(a, b) == [
        "only in a.whl from the sdist: z.py",
        "only in the wheel from the source tree: w.py",
        "differs: y.py",
    ]


def test_wheel_contents(tmp_path: Path) -> None:
    assert rc.check_wheel_contents(_zip(tmp_path / "good.whl", GOOD_WHEEL)) == []
    bad = dict(GOOD_WHEEL)
    del bad["talon_integration_generated/py.typed"]
    del bad["talon_integration_client-0.1.0.dist-info/licenses/LICENSE"]
    bad["talon_integration/__pycache__/x.cpython-311.pyc"] = b""
    bad["tests/test_x.py"] = b""
    problems = rc.check_wheel_contents(_zip(tmp_path / "bad.whl", bad))
    assert problems == [
        "wheel holds talon_integration/__pycache__/x.cpython-311.pyc",
        "wheel holds tests/test_x.py",
        "wheel holds unexpected top-level entries ['tests']",
        "wheel lacks talon_integration_generated/py.typed",
        "wheel lacks LICENSE (.dist-info/licenses/)",
    ]


def test_sdist_contents(tmp_path: Path) -> None:
    good = [f"pkg-0.1.0/{name}" for name in rc.SDIST_REQUIRED]
    assert rc.check_sdist_contents(_tar(tmp_path / "good.tar.gz", good)) == []
    bad = [*good[1:], "pkg-0.1.0/tests/test_x.py", "pkg-0.1.0/tools/spec_diff.py"]
    assert rc.check_sdist_contents(_tar(tmp_path / "bad.tar.gz", bad)) == [
        "sdist holds tests/test_x.py",
        "sdist holds tools/spec_diff.py",
        f"sdist lacks {rc.SDIST_REQUIRED[0]}",
    ]


def _metadata(**fields: str | list[str]) -> Message:
    message = Message()
    for key, value in fields.items():
        for item in value if isinstance(value, list) else [value]:
            message[key.replace("_", "-")] = item
    message.set_payload("# README\n")
    return message


def test_metadata_checks() -> None:
    good = _metadata(
        Name="talon_integration_client",
        Version="0.1.0",
        Requires_Dist=["httpx<0.29,>=0.27", "attrs>=22.2", "python-dateutil>=2.8", "ruff==1; extra == 'dev'"],
        Keywords="openapi,openapi-spec=1.0.0,openapi-python-client=0.29.1",
        License_Expression="MIT",
        License_File="LICENSE",
        Author="the talon-integration-client authors",
        Description_Content_Type="text/markdown",
    )
    assert rc.check_metadata(good, "0.1.0", "1.0.0", "0.29.1") == []
    bad = _metadata(
        Name="other", Version="0.2.0", Requires_Dist=["httpx", "requests"], Keywords="openapi", License="MIT"
    )
    assert rc.check_metadata(bad, "0.1.0", "1.0.0", "0.29.1") == [
        "Name is 'other', expected talon-integration-client",
        "Version is '0.2.0', expected 0.1.0 (_version.py)",
        "runtime Requires-Dist is ['httpx', 'requests'], expected exactly ['attrs', 'httpx', 'python-dateutil']",
        "Keywords ['openapi'] lack 'openapi-spec=1.0.0'",
        "Keywords ['openapi'] lack 'openapi-python-client=0.29.1'",
        "License-Expression is None, expected 'MIT'",
        "License-File does not name LICENSE",
        "Author is missing",
        "Description-Content-Type is not text/markdown",
    ]


def test_release_end_to_end(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k not in {"PYTHONPATH", "VIRTUAL_ENV"}}
    result = subprocess.run(
        [sys.executable, str(REPO_ROOT / "tools/release_check.py"), "--dist", str(tmp_path / "dist")],
        cwd=REPO_ROOT, env=env, capture_output=True, text=True, timeout=600, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr
    assert "release: 7/7" in result.stdout
    assert "'effects': ['AcceptCoupon', 'SetDiscount']" in result.stdout
    built = sorted(p.name for p in (tmp_path / "dist").iterdir())
    version = rc.version_policy.read_version_constants(REPO_ROOT / rc.version_policy.VERSION_FILE)["__version__"]
    assert built == [
        f"talon_integration_client-{version}-py3-none-any.whl",
        f"talon_integration_client-{version}.tar.gz",
    ]


def test_smoke_script_without_the_sandbox() -> None:
    """The canned-answer path `make release` takes for a wheel that ships no talon_integration.testing."""
    result = subprocess.run(
        [sys.executable, "-c", rc.SMOKE, "mock"], capture_output=True, text=True, timeout=60, check=False
    )
    assert result.returncode == 0, result.stderr
    assert '"effects": ["AcceptCoupon", "SetDiscount"]' in result.stdout
