"""`make wheel` is byte-reproducible: two fresh clones of HEAD give the same wheel, same sha256.

The clones differ in everything a build could leak: their path, when they were checked out, every file's mtime
(clone b's are moved to 2001), the umask (022 against 077, so file modes differ), and an ambient
SOURCE_DATE_EPOCH in one of them. Both run the real `make wheel`, with this venv (VENV=..., and -o so make never
rebuilds it): no build isolation, the locked hatchling, SOURCE_DATE_EPOCH set by the Makefile to HEAD's commit time.
The sdists (built the same way) must match too.

What is built is HEAD, not the working tree: commit first to test uncommitted changes.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import tarfile
import time
import zipfile
from pathlib import Path

import pytest

pytestmark = pytest.mark.wheel

REPO_ROOT = Path(__file__).resolve().parents[1]
VENV = Path(sys.prefix)
TIMEOUT_S = 300
OLD_MTIME = 978_307_200  # 2001-01-01


def _env(**extra: str) -> dict[str, str]:
    """No make state from an enclosing `make test` (jobserver, flags), no venv or epoch leaking in."""
    drop = {"MAKEFLAGS", "MFLAGS", "MAKELEVEL", "MAKEOVERRIDES", "VIRTUAL_ENV", "PYTHONPATH", "SOURCE_DATE_EPOCH"}
    return {**{k: v for k, v in os.environ.items() if k not in drop}, **extra}


def _run(cmd: list[str], cwd: Path, umask: int = 0o022, **env: str) -> str:
    result = subprocess.run(
        cmd, cwd=cwd, env=_env(**env), umask=umask, capture_output=True, text=True, timeout=TIMEOUT_S, check=False
    )
    assert result.returncode == 0, f"{' '.join(cmd)} failed ({result.returncode}):\n{result.stdout}\n{result.stderr}"
    return result.stdout


def _head() -> str:
    return _run(["git", "rev-parse", "HEAD"], REPO_ROOT).strip()


def _clone(dest: Path, commit: str, umask: int) -> Path:
    _run(["git", "clone", "--quiet", "--no-checkout", str(REPO_ROOT), str(dest)], REPO_ROOT, umask)
    _run(["git", "fetch", "--quiet", str(REPO_ROOT), "HEAD"], dest, umask)  # HEAD even when detached
    _run(["git", "checkout", "--quiet", "--detach", commit], dest, umask)
    assert _run(["git", "rev-parse", "HEAD"], dest).strip() == commit
    return dest


def _make_wheel(clone: Path, umask: int, **env: str) -> tuple[Path, str]:
    out = _run(["make", "--no-print-directory", "wheel", f"VENV={VENV}", "-o", f"{VENV}/.stamp"], clone, umask, **env)
    (wheel,) = sorted((clone / "dist").glob("*.whl"))
    printed = out.strip().splitlines()[-1].split()[0]  # `make wheel` ends with "<sha256> dist/<wheel>"
    return wheel, printed


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture(scope="module")
def clones(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    commit = _head()
    a = _clone(tmp_path_factory.mktemp("clone-a") / "repo", commit, umask=0o022)
    time.sleep(1.1)  # checkout times a second apart
    b = _clone(tmp_path_factory.mktemp("clone-b") / "repo", commit, umask=0o077)
    for root, _dirs, files in os.walk(b):
        if ".git" not in Path(root).relative_to(b).parts:
            for name in files:
                os.utime(Path(root) / name, (OLD_MTIME, OLD_MTIME))
    return a, b


def test_two_clones_make_byte_identical_wheels(clones: tuple[Path, Path]) -> None:
    a, b = clones
    wheel_a, printed_a = _make_wheel(a, 0o022, SOURCE_DATE_EPOCH="0")  # overridden by the Makefile
    wheel_b, printed_b = _make_wheel(b, 0o077)
    assert wheel_a.name == wheel_b.name
    assert ((a / "README.md").stat().st_mode & 0o777, (b / "README.md").stat().st_mode & 0o777) == (0o644, 0o600)
    assert printed_a == _sha256(wheel_a)
    assert printed_b == _sha256(wheel_b)
    assert _sha256(wheel_a) == _sha256(wheel_b), "two builds of one commit gave different wheels"
    print(f"both clones: {wheel_a.name} sha256 {_sha256(wheel_a)}")

    # Every member carries HEAD's commit time (zip keeps even seconds), and normalized permissions.
    epoch = int(_run(["git", "log", "-1", "--format=%ct"], a).strip())
    expected = (*time.gmtime(epoch)[:5], time.gmtime(epoch).tm_sec // 2 * 2)
    with zipfile.ZipFile(wheel_b) as archive:
        infos = archive.infolist()
    assert {i.date_time for i in infos} == {expected}
    assert {(i.external_attr >> 16) & 0o777 for i in infos} <= {0o644, 0o755}


def test_two_clones_build_byte_identical_sdists(clones: tuple[Path, Path]) -> None:
    digests = []
    for clone, umask in zip(clones, (0o022, 0o077), strict=True):
        epoch = _run(["git", "log", "-1", "--format=%ct"], clone).strip()
        out = clone / "sdist"
        _run(
            [str(VENV / "bin/python"), "-m", "build", "--sdist", "--no-isolation", "--outdir", str(out), "."],
            clone, umask, SOURCE_DATE_EPOCH=epoch,
        )  # fmt: skip
        (sdist,) = sorted(out.glob("*.tar.gz"))
        with tarfile.open(sdist) as archive:
            assert {m.mtime for m in archive.getmembers()} == {int(epoch)}
        digests.append(_sha256(sdist))
    assert digests[0] == digests[1], "two builds of one commit gave different sdists"
