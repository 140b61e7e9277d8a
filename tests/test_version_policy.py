"""tools/version_policy.py: bump rules, CHANGELOG format, release-tag scenarios in scratch git repositories, and
the spec/generator versions in the wheel's metadata (hatch_build.py)."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
import version_policy as vp
import yaml
from build.util import project_wheel_metadata
from packaging.version import Version

REPO_ROOT = Path(__file__).resolve().parents[1]

VERSION_FILE = REPO_ROOT / vp.VERSION_FILE


# --- the rules ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("last", "verdict", "allowed"),
    [
        ((0, 1, 0), "breaking", [(0, 2, 0), (1, 0, 0)]),  # minor while 0.x
        ((0, 1, 0), "compatible", [(0, 2, 0), (1, 0, 0)]),
        ((0, 1, 0), "none", [(0, 1, 1), (0, 2, 0), (1, 0, 0)]),
        ((1, 4, 2), "breaking", [(2, 0, 0)]),
        ((1, 4, 2), "compatible", [(1, 5, 0), (2, 0, 0)]),
        ((1, 4, 2), "none", [(1, 4, 3), (1, 5, 0), (2, 0, 0)]),
    ],
)
def test_allowed_versions(last: vp.Version, verdict: str, allowed: list[vp.Version]) -> None:
    assert vp.next_versions(last, vp.required_level(verdict, last)) == allowed


def test_version_constants_match_the_spec_and_the_generator_pin() -> None:
    constants = vp.read_version_constants(VERSION_FILE)
    spec = yaml.safe_load((REPO_ROOT / "openapi.yaml").read_text(encoding="utf-8"))
    assert constants["SPEC_VERSION"] == spec["info"]["version"]
    assert constants["GENERATOR_VERSION"] == vp.pinned_generator_version(REPO_ROOT / "pyproject.toml")
    assert re.fullmatch(r"\d+\.\d+\.\d+", constants["__version__"])


def test_the_repository_passes_the_policy() -> None:
    report = vp.check(REPO_ROOT)
    assert report.problems == []


def test_the_changelog_is_keep_a_changelog() -> None:
    log = vp.parse_changelog((REPO_ROOT / "CHANGELOG.md").read_text(encoding="utf-8"))
    assert log.problems == []
    assert log.versions[0] == "Unreleased"


GOOD_LOG = """# Changelog

Intro.

## [Unreleased]

## [0.2.0] - 2027-01-05

### Removed
- `Coupon.usageCounter`.

## [0.1.0]

### Added
- Foundation.
"""


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        (GOOD_LOG.replace("## [Unreleased]\n", ""), "the first entry must be '## [Unreleased]'"),
        (GOOD_LOG.replace("# Changelog", "# Changes"), "must start with '# Changelog'"),
        (GOOD_LOG.replace("### Removed", "### Breaking"), "subsections are Added, Changed"),
        (GOOD_LOG.replace("[0.2.0] - 2027-01-05", "[0.0.9]"), "newest first"),
        (GOOD_LOG.replace("[0.2.0] - 2027-01-05", "[0.1.0]"), "a second entry for [0.1.0]"),
        (GOOD_LOG.replace("[0.2.0] - 2027-01-05", "[0.2]"), "'0.2' is not a version X.Y.Z"),
        (GOOD_LOG.replace("## [0.2.0] - 2027-01-05", "## 0.2.0 (2027-01-05)"), "is not '## [X.Y.Z]'"),
    ],
)
def test_changelog_format_problems(text: str, problem: str) -> None:
    assert vp.parse_changelog(GOOD_LOG).problems == []
    problems = vp.parse_changelog(text).problems
    assert any(problem in p for p in problems), problems


# --- against a release tag, in scratch repositories -------------------------------------------------------------


class Scratch:
    """A minimal copy of the repository (what the policy reads) in its own git repository."""

    FILES = ("openapi.yaml", "pyproject.toml", "generator-config.yml", "CHANGELOG.md", str(vp.VERSION_FILE))

    def __init__(self, root: Path) -> None:
        self.root = root
        self.uncommitted_entry: str | None = None  # the CHANGELOG entry set_version added since the last commit
        for name in self.FILES:
            (root / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(REPO_ROOT / name, root / name)
        self.git("init", "-q")
        self.commit("initial")

    def git(self, *args: str) -> None:
        subprocess.run(
            ["git", "-c", "user.name=t", "-c", "user.email=t@example.invalid", "-c", "commit.gpgsign=false",
             "-c", "tag.gpgsign=false", *args],
            cwd=self.root, check=True, capture_output=True,
        )  # fmt: skip

    def commit(self, message: str) -> None:
        self.git("add", "-A")
        self.git("commit", "-q", "--allow-empty", "-m", message)
        self.uncommitted_entry = None

    def set_version(self, version: str, changelog_entry: str | None = "- Something.") -> None:
        path = self.root / vp.VERSION_FILE
        text = path.read_text(encoding="utf-8")
        path.write_text(re.sub(r'__version__ = "[^"]*"', f'__version__ = "{version}"', text), encoding="utf-8")
        if changelog_entry is not None:
            # A second bump before committing replaces the first one's entry: that version never shipped.
            log = self.root / "CHANGELOG.md"
            text = log.read_text(encoding="utf-8")
            if self.uncommitted_entry is not None:
                text = text.replace(self.uncommitted_entry, "", 1)
            self.uncommitted_entry = f"\n## [{version}]\n\n### Changed\n{changelog_entry}\n"
            log.write_text(text.replace("## [Unreleased]\n", "## [Unreleased]\n" + self.uncommitted_entry, 1))

    def edit_spec(self, edit: object) -> None:
        path = self.root / "openapi.yaml"
        spec = yaml.safe_load(path.read_text(encoding="utf-8"))
        edit(spec)  # type: ignore[operator]
        path.write_text(yaml.safe_dump(spec, sort_keys=False), encoding="utf-8")

    def problems(self) -> list[str]:
        return vp.check(self.root).problems


@pytest.fixture
def released(tmp_path: Path) -> Scratch:
    """A scratch repository whose version 0.1.0 is released (tagged v0.1.0)."""
    scratch = Scratch(tmp_path)
    scratch.git("tag", "v0.1.0")
    return scratch


def _add_response_field(spec: dict) -> None:  # type: ignore[type-arg]
    spec["components"]["schemas"]["Coupon"]["properties"]["discountLabel"] = {"type": "string"}


def _remove_usage_counter(spec: dict) -> None:  # type: ignore[type-arg]
    coupon = spec["components"]["schemas"]["Coupon"]
    del coupon["properties"]["usageCounter"]
    coupon["required"].remove("usageCounter")


def test_before_the_first_release_the_version_is_the_changelogs_first(tmp_path: Path) -> None:
    scratch = Scratch(tmp_path)
    scratch.edit_spec(_remove_usage_counter)
    assert scratch.problems() == []  # 0.1.0, the only CHANGELOG version, not released: nothing to compare with
    scratch.set_version("0.1.1", changelog_entry=None)
    problems = scratch.problems()
    assert "CHANGELOG.md has no entry '## [0.1.1]' for the version in " + str(vp.VERSION_FILE) in problems
    assert any(p.startswith("CHANGELOG.md lists 0.1.0 before 0.1.1, but there is no tag v0.1.0") for p in problems)


def test_a_release_without_a_tag_is_refused_and_its_tag_is_the_baseline(tmp_path: Path) -> None:
    """0.1.0 shipped untagged, then a breaking change went out as 0.1.1: no baseline, so the check cannot pass;
    tagging the commit 0.1.0 came from gives it one, and then the bump is too small."""
    scratch = Scratch(tmp_path)  # the commit 0.1.0 was built from
    scratch.edit_spec(_remove_usage_counter)
    scratch.set_version("0.1.1", changelog_entry="- Removed `Coupon.usageCounter`.")
    (problem,) = scratch.problems()
    assert problem.startswith("CHANGELOG.md lists 0.1.0 before 0.1.1, but there is no tag v0.1.0")
    assert "`git tag -a v0.1.0 <commit>`" in problem
    scratch.commit("0.1.1")
    scratch.git("tag", "v0.1.0", "HEAD~1")
    (problem,) = scratch.problems()
    assert "breaking" in problem and "must be 0.2.0 or 1.0.0 (minor bump), not 0.1.1" in problem


def test_a_changelog_entry_newer_than_the_version_is_refused(tmp_path: Path) -> None:
    scratch = Scratch(tmp_path)
    log = scratch.root / "CHANGELOG.md"
    log.write_text(log.read_text().replace("## [Unreleased]\n", "## [Unreleased]\n\n## [0.2.0]\n\n- Next.\n", 1))
    assert scratch.problems() == [
        f"CHANGELOG.md has entries newer than __version__ 0.1.0: 0.2.0: set __version__ in {vp.VERSION_FILE}"
    ]


def test_nothing_shipped_changed_keeps_the_version(released: Scratch) -> None:
    (released.root / "README.md").write_text("docs only\n", encoding="utf-8")
    released.commit("docs")
    assert released.problems() == []


def test_an_overlay_change_needs_a_patch(released: Scratch) -> None:
    (released.root / "overlays/talon_integration/new.py").write_text("X = 1\n", encoding="utf-8")  # untracked counts
    (problem,) = released.problems()
    assert "spec change since v0.1.0: none" in problem
    assert "must be 0.1.1 or 0.2.0 or 1.0.0 (patch bump), not 0.1.0" in problem
    released.set_version("0.1.1")
    assert released.problems() == []
    released.set_version("0.1.3")
    assert any("not 0.1.3" in p for p in released.problems())  # skipping versions is refused


def test_a_compatible_spec_change_needs_a_minor(released: Scratch) -> None:
    released.edit_spec(_add_response_field)
    released.set_version("0.1.1")
    (problem,) = released.problems()
    assert "compatible (0 breaking, 1 compatible), so the version must be 0.2.0 or 1.0.0 (minor bump)" in problem
    released.set_version("0.2.0")
    assert released.problems() == []


def test_a_breaking_change_needs_a_minor_while_0x_and_a_changelog_naming_it(released: Scratch) -> None:
    released.edit_spec(_remove_usage_counter)
    released.set_version("0.2.0", changelog_entry="- Coupons no longer carry a usage counter.")
    (problem,) = released.problems()
    assert "does not name the breaking change `Coupon.usageCounter`" in problem
    released.set_version("0.2.0", changelog_entry=None)
    log = released.root / "CHANGELOG.md"
    log.write_text(log.read_text().replace("usage counter.", "usage counter (`Coupon.usageCounter`)."))
    assert released.problems() == []


def test_a_breaking_change_after_1_0_needs_a_major(released: Scratch) -> None:
    released.set_version("1.0.0")
    released.commit("1.0.0")
    released.git("tag", "v1.0.0")
    released.edit_spec(_remove_usage_counter)
    released.set_version("1.1.0", changelog_entry="- Removed `Coupon.usageCounter`.")
    assert any("must be 2.0.0 (major bump), not 1.1.0" in p for p in released.problems())
    released.set_version("2.0.0", changelog_entry="- Removed `Coupon.usageCounter`.")
    assert released.problems() == []


def test_constants_out_of_step_are_reported(tmp_path: Path) -> None:
    scratch = Scratch(tmp_path)
    recorded = vp.read_version_constants(VERSION_FILE)["SPEC_VERSION"]
    scratch.edit_spec(lambda spec: spec["info"].update(version="7.7.7"))
    pyproject = scratch.root / "pyproject.toml"
    pyproject.write_text(pyproject.read_text().replace("openapi-python-client==", "openapi-python-client==9"))
    problems = scratch.problems()
    expected = f"SPEC_VERSION = '{recorded}', but openapi.yaml info.version is '7.7.7'"
    assert any(expected in p for p in problems), problems
    assert any("GENERATOR_VERSION" in p and "set GENERATOR_VERSION = '9" in p for p in problems), problems


def test_cli_exit_codes(capsys: pytest.CaptureFixture[str]) -> None:
    assert vp.main([]) == 0
    assert "version-check: OK" in capsys.readouterr().out
    assert vp.main(["--base", "main"]) == 1
    assert "not a release tag" in capsys.readouterr().err


# --- the wheel's metadata -------------------------------------------------------------------------------------


def test_wheel_metadata_records_the_spec_and_generator_versions() -> None:
    """hatch_build.py, through the real build backend in an isolated environment (as `make release` builds)."""
    constants = vp.read_version_constants(VERSION_FILE)
    metadata = project_wheel_metadata(REPO_ROOT, isolated=True)
    # __version__, marked as a development build unless HEAD is the tagged release (hatch_build.build_version).
    assert Version(metadata["Version"]).base_version == constants["__version__"]
    keywords = set(metadata["Keywords"].split(","))
    assert f"openapi-spec={constants['SPEC_VERSION']}" in keywords
    assert f"openapi-python-client={constants['GENERATOR_VERSION']}" in keywords
