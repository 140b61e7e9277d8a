"""A wheel built from anything but a tagged release carries a development version (issue 17, item 5).

A wheel built after a spec change without a version bump had the same version as the last one, so pip kept the old
code. hatch_build.build_version() (pyproject.toml's version source) now marks such builds as setuptools-scm does:
``X.Y.Z.dev0+g<commit>`` for a clean untagged commit (the same for every build of it: builds stay reproducible),
``...+g<commit>.dirty.<digest of the changes>`` for a modified tree, the plain ``X.Y.Z`` for a clean tree tagged
``vX.Y.Z`` and for ``make release`` (``TALON_RELEASE_BUILD=1``). ``_version.py`` stays the one version source.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import hatch_build
import pytest
from build.util import project_wheel_metadata
from packaging.version import Version

REPO_ROOT = Path(__file__).resolve().parents[1]

VERSION = hatch_build._constants(REPO_ROOT / hatch_build.VERSION_FILE)["__version__"]
GIT = ["git", "-c", "user.name=t", "-c", "user.email=t@example.invalid", "-c", "commit.gpgsign=false",
       "-c", "tag.gpgsign=false"]  # fmt: skip


def git(repo: Path, *args: str) -> str:
    return subprocess.run([*GIT, *args], cwd=repo, capture_output=True, text=True, check=True).stdout.strip()


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A small git repository with the version file, one commit, untagged."""
    monkeypatch.delenv(hatch_build.RELEASE_ENV, raising=False)
    root = tmp_path / "repo"
    (root / hatch_build.VERSION_FILE).parent.mkdir(parents=True)
    shutil.copy(REPO_ROOT / hatch_build.VERSION_FILE, root / hatch_build.VERSION_FILE)
    (root / "openapi.yaml").write_text("openapi: 3.0.3\n", encoding="utf-8")
    (root / ".gitignore").write_text("dist/\n", encoding="utf-8")
    git(root, "init", "--quiet")
    git(root, "add", "-A")
    git(root, "commit", "--quiet", "-m", "one")
    return root


def test_a_clean_untagged_commit_is_a_dev_build_named_by_its_commit(repo: Path) -> None:
    head = git(repo, "rev-parse", "HEAD")
    version = hatch_build.build_version(repo)
    assert version == f"{VERSION}.dev0+g{head[:12]}"
    assert Version(version).base_version == VERSION
    assert hatch_build.build_version(repo) == version  # the same commit, the same version: reproducible
    (repo / "dist").mkdir()
    (repo / "dist" / "x.whl").write_bytes(b"ignored files do not count")
    assert hatch_build.build_version(repo) == version


def test_a_spec_change_without_a_version_bump_gets_a_new_version(repo: Path) -> None:
    clean = hatch_build.build_version(repo)
    spec = repo / "openapi.yaml"
    spec.write_text("openapi: 3.0.3\n# a new field\n", encoding="utf-8")
    first = hatch_build.build_version(repo)
    assert first.startswith(f"{VERSION}.dev0+g{git(repo, 'rev-parse', 'HEAD')[:12]}.dirty.")
    spec.write_text("openapi: 3.0.3\n# another field\n", encoding="utf-8")
    second = hatch_build.build_version(repo)
    assert len({clean, first, second}) == 3  # pip installs each over the other
    (repo / "new_file.py").write_text("X = 1\n", encoding="utf-8")  # untracked files count too
    assert hatch_build.build_version(repo) not in {clean, first, second}
    git(repo, "add", "-A")
    git(repo, "commit", "--quiet", "-m", "two")
    assert hatch_build.build_version(repo) == f"{VERSION}.dev0+g{git(repo, 'rev-parse', 'HEAD')[:12]}"
    for version in (clean, first, second):
        Version(version)  # all PEP 440


def test_a_clean_tree_tagged_with_the_version_is_the_release(repo: Path) -> None:
    git(repo, "tag", "-a", "-m", "release", f"v{VERSION}")
    assert hatch_build.build_version(repo) == VERSION
    (repo / "openapi.yaml").write_text("openapi: 3.0.3\n# edited after the release\n", encoding="utf-8")
    assert hatch_build.build_version(repo).startswith(f"{VERSION}+g")
    assert ".dirty." in hatch_build.build_version(repo)


def test_a_tag_of_another_version_does_not_make_a_release(repo: Path) -> None:
    git(repo, "tag", "-a", "-m", "old", "v0.0.1")
    assert hatch_build.build_version(repo).startswith(f"{VERSION}.dev0+g")


def test_make_release_builds_the_plain_version_from_a_clean_tree_only(
    repo: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(hatch_build.RELEASE_ENV, "1")
    assert hatch_build.build_version(repo) == VERSION
    (repo / "openapi.yaml").write_text("openapi: 3.0.3\n# not committed\n", encoding="utf-8")
    with pytest.raises(ValueError, match="uncommitted changes"):
        hatch_build.build_version(repo)


def test_an_sdist_keeps_the_version_it_was_built_with(tmp_path: Path) -> None:
    root = tmp_path / "sdist"
    (root / hatch_build.VERSION_FILE).parent.mkdir(parents=True)
    shutil.copy(REPO_ROOT / hatch_build.VERSION_FILE, root / hatch_build.VERSION_FILE)
    (root / "PKG-INFO").write_text(f"Metadata-Version: 2.4\nName: x\nVersion: {VERSION}.dev0+gabc\n", encoding="utf-8")
    assert hatch_build.build_version(root) == f"{VERSION}.dev0+gabc"
    (root / "PKG-INFO").unlink()
    assert hatch_build.build_version(root) == VERSION  # no git, no PKG-INFO: the version file as it is


def test_the_build_backend_uses_it(repo: Path) -> None:
    """The real backend (this venv's hatchling, pyproject.toml's version source) on a clone of HEAD (commit first)."""
    clone = repo.parent / "clone"
    subprocess.run([*GIT, "clone", "--quiet", "--no-hardlinks", str(REPO_ROOT), str(clone)], check=True)
    head = git(clone, "rev-parse", "HEAD")
    assert project_wheel_metadata(clone, isolated=False)["Version"] == f"{VERSION}.dev0+g{head[:12]}"
    (clone / "openapi.yaml").write_text((clone / "openapi.yaml").read_text() + "# a change\n", encoding="utf-8")
    changed = project_wheel_metadata(clone, isolated=False)["Version"]
    assert changed.startswith(f"{VERSION}.dev0+g{head[:12]}.dirty.")
