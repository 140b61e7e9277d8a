"""tools/release_check.py (`make release`): its checks catch what they should, its gates refuse what must not be
released, and a full run releases and tags.

Everything that touches git runs in scratch repositories: tiny ones for the gates, fresh clones of HEAD for the
command line and the end-to-end run (which builds into a temporary folder, installs the wheel into a new venv with
its dependencies from the package index or pip's cache, like tests/test_wheel.py, runs the sandbox smoke call and
tags the clone). The repository itself is never tagged.
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

import pytest
import release_check as rc

REPO_ROOT = Path(__file__).resolve().parents[1]

VERSION = rc.version_policy.read_version_constants(REPO_ROOT / rc.version_policy.VERSION_FILE)["__version__"]
# A known identity and no signing, whatever the machine's git config says (tags need a tagger).
GIT_ENV = {
    "GIT_AUTHOR_NAME": "t",
    "GIT_AUTHOR_EMAIL": "t@example.invalid",
    "GIT_COMMITTER_NAME": "t",
    "GIT_COMMITTER_EMAIL": "t@example.invalid",
    "GIT_CONFIG_COUNT": "2",
    "GIT_CONFIG_KEY_0": "tag.gpgSign",
    "GIT_CONFIG_VALUE_0": "false",
    "GIT_CONFIG_KEY_1": "commit.gpgSign",
    "GIT_CONFIG_VALUE_1": "false",
}


@pytest.fixture(autouse=True)
def _git_identity(monkeypatch: pytest.MonkeyPatch) -> None:
    for key, value in GIT_ENV.items():
        monkeypatch.setenv(key, value)


def git(repo: Path, *args: str) -> str:
    return subprocess.run(["git", *args], cwd=repo, capture_output=True, text=True, check=True).stdout.strip()


def commit_all(repo: Path, message: str) -> str:
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "--allow-empty", "-m", message)
    return git(repo, "rev-parse", "HEAD")


def mark_tested(repo: Path) -> None:
    """What a passing `make test` on the clean tree leaves behind."""
    assert rc.record_tested(repo, rc.tree_state(repo)).startswith("make test passed on clean commit")


def clone_head(dest: Path) -> Path:
    """A fresh clone of HEAD (the committed state, not the working tree)."""
    git(REPO_ROOT, "clone", "--quiet", "--no-checkout", str(REPO_ROOT), str(dest))
    git(dest, "fetch", "--quiet", str(REPO_ROOT), "HEAD")
    git(dest, "checkout", "--quiet", "--detach", "FETCH_HEAD")
    return dest


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


# --- the gates, in tiny scratch repositories -------------------------------------------------------------------


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    """A clean, committed repository with an ignored folder, as `make test` would leave it: tested."""
    root = tmp_path / "repo"
    root.mkdir()
    git(root, "init", "-q")
    (root / ".gitignore").write_text(".venv/\nignored/\n", encoding="utf-8")
    (root / "a.txt").write_text("a\n", encoding="utf-8")
    commit_all(root, "initial")
    mark_tested(root)
    return root


def test_a_clean_tested_untagged_commit_passes_the_gates(repo: Path) -> None:
    (repo / "ignored").mkdir()
    (repo / "ignored" / "build.log").write_text("ignored files do not count\n", encoding="utf-8")
    assert rc.release_gates(repo, "0.1.0") == []


@pytest.mark.parametrize(
    ("change", "status"),
    [
        (lambda r: (r / "a.txt").write_text("changed\n", encoding="utf-8"), " M a.txt"),
        (lambda r: ((r / "a.txt").write_text("staged\n", encoding="utf-8"), git(r, "add", "a.txt")), "M  a.txt"),
        (lambda r: (r / "a.txt").unlink(), " D a.txt"),
        (lambda r: (r / "new.py").write_text("X = 1\n", encoding="utf-8"), "?? new.py"),
    ],
    ids=["modified", "staged", "deleted", "untracked"],
)
def test_a_dirty_tree_is_refused(repo: Path, change: object, status: str) -> None:
    change(repo)  # type: ignore[operator]
    (problem,) = rc.release_gates(repo, "0.1.0")
    assert "the tree is not clean (1 uncommitted change(s))" in problem
    assert problem.endswith(status)


@pytest.mark.parametrize("annotated", [True, False])
def test_a_version_already_tagged_is_refused(repo: Path, annotated: bool) -> None:
    git(repo, "tag", *(["-a", "-m", "0.1.0"] if annotated else []), "v0.1.0")
    commit_all(repo, "later")  # even when the tag is on another commit than HEAD
    mark_tested(repo)
    (problem,) = rc.release_gates(repo, "0.1.0")
    assert problem.startswith("v0.1.0 is already tagged (at ")
    assert "a second, different 0.1.0 must not be built" in problem
    assert rc.release_gates(repo, "0.1.1") == []


def test_an_untested_commit_is_refused(repo: Path) -> None:
    (repo / rc.TESTED_STAMP).unlink()
    (problem,) = rc.release_gates(repo, "0.1.0")
    assert "has not passed `make test` on a clean tree (no .venv/tested-commit)" in problem
    tested = git(repo, "rev-parse", "HEAD")
    mark_tested(repo)
    commit_all(repo, "a commit make test never saw")
    (problem,) = rc.release_gates(repo, "0.1.0")
    assert f"it last passed on {tested[:12]}" in problem


def test_make_test_records_only_a_run_that_started_and_ended_on_one_clean_commit(repo: Path) -> None:
    stamp = repo / rc.TESTED_STAMP
    stamp.unlink()
    (repo / "a.txt").write_text("dirty\n", encoding="utf-8")
    start = rc.tree_state(repo)
    assert start == "dirty"
    git(repo, "checkout", "a.txt")  # clean again by the end: the run still saw a dirty tree
    assert "not recorded" in rc.record_tested(repo, start)
    assert not stamp.exists()

    start = rc.tree_state(repo)
    commit_all(repo, "committed while the tests ran")
    assert "the tree changed while it ran" in rc.record_tested(repo, start)
    assert not stamp.exists()

    start = rc.tree_state(repo)
    assert start == git(repo, "rev-parse", "HEAD")
    assert "recorded in .venv/tested-commit" in rc.record_tested(repo, start)
    assert stamp.read_text(encoding="utf-8").strip() == start


# --- the command line, on fresh clones of HEAD ------------------------------------------------------------------


def _release(repo: Path, dist: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in {"PYTHONPATH", "VIRTUAL_ENV"}}
    return subprocess.run(
        [sys.executable, str(REPO_ROOT / "tools/release_check.py"), "--repo", str(repo), "--dist", str(dist), *extra],
        cwd=repo, env=env, capture_output=True, text=True, timeout=900, check=False,
    )  # fmt: skip


@pytest.mark.parametrize("refusal", ["dirty", "tagged", "untested"])
def test_make_release_refuses_before_building(tmp_path: Path, refusal: str) -> None:
    clone = clone_head(tmp_path / "clone")
    mark_tested(clone)
    if refusal == "dirty":
        (clone / "overlays/talon_integration/_extra.py").write_text("X = 1\n", encoding="utf-8")
        expected = "the tree is not clean"
    elif refusal == "tagged":
        git(clone, "tag", "-a", "-m", "released before", f"v{VERSION}")
        expected = f"v{VERSION} is already tagged"
    else:
        (clone / rc.TESTED_STAMP).unlink()
        expected = "has not passed `make test`"
    result = _release(clone, tmp_path / "dist")
    assert result.returncode == 1, result.stdout + result.stderr
    assert f"release: FAILED: refusing to release {VERSION} from" in result.stderr
    assert expected in result.stderr
    assert "1/8" not in result.stdout
    assert not (tmp_path / "dist").exists(), "nothing is built"
    assert git(clone, "tag", "--list") == ("" if refusal != "tagged" else f"v{VERSION}")


def test_release_end_to_end_tags_and_the_version_policy_then_bites(tmp_path: Path) -> None:
    clone = clone_head(tmp_path / "clone")
    head = git(clone, "rev-parse", "HEAD")
    mark_tested(clone)
    result = _release(clone, tmp_path / "dist")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "release: 7/8" in result.stdout
    assert "'effects': ['AcceptCoupon', 'SetDiscount']" in result.stdout
    assert f"release: tagged v{VERSION} at {head[:12]} (annotated)" in result.stdout
    built = sorted(p.name for p in (tmp_path / "dist").iterdir())
    assert built == [
        f"talon_integration_client-{VERSION}-py3-none-any.whl",
        f"talon_integration_client-{VERSION}.tar.gz",
    ]
    assert git(clone, "cat-file", "-t", f"v{VERSION}") == "tag"
    assert git(clone, "rev-parse", f"v{VERSION}^{{commit}}") == head

    # The released wheel (isolated build from the sdist) is the very file `make wheel` builds from this commit.
    venv = Path(sys.prefix)
    env = {k: v for k, v in os.environ.items() if k not in {"MAKEFLAGS", "MFLAGS", "MAKELEVEL", "VIRTUAL_ENV"}}
    subprocess.run(
        ["make", "--no-print-directory", "wheel", f"VENV={venv}", "-o", f"{venv}/.stamp"],
        cwd=clone, env=env, capture_output=True, text=True, timeout=300, check=True,
    )  # fmt: skip
    (released,) = (tmp_path / "dist").glob("*.whl")
    assert (clone / "dist" / released.name).read_bytes() == released.read_bytes()

    # The same version again: refused at once, whatever else is right.
    again = _release(clone, tmp_path / "dist2")
    assert again.returncode == 1
    assert f"v{VERSION} is already tagged (at {head[:12]})" in again.stderr

    # From the first release on, a shipped change needs a bump: the tag is the baseline.
    assert rc.version_policy.check(clone).problems == []
    (clone / "overlays/talon_integration/_extra.py").write_text("X = 1\n", encoding="utf-8")
    commit_all(clone, "an overlay change after the release")
    (problem,) = rc.version_policy.check(clone).problems
    assert f"spec change since v{VERSION}: none" in problem
    assert f"not {VERSION}" in problem


def test_no_tag_still_gates_and_every_gate_is_reported_at_once(tmp_path: Path) -> None:
    clone = clone_head(tmp_path / "clone")
    (clone / "stray.txt").write_text("x\n", encoding="utf-8")
    result = _release(clone, tmp_path / "dist", "--no-tag")
    assert result.returncode == 1
    assert "the tree is not clean" in result.stderr
    assert "has not passed `make test`" in result.stderr  # every gate is reported at once


def test_smoke_script_without_the_sandbox() -> None:
    """The canned-answer path `make release` takes for a wheel that ships no talon_integration.testing."""
    result = subprocess.run(
        [sys.executable, "-c", rc.SMOKE, "mock"], capture_output=True, text=True, timeout=60, check=False
    )
    assert result.returncode == 0, result.stderr
    assert '"effects": ["AcceptCoupon", "SetDiscount"]' in result.stdout
