"""The version policy, run by ``make version-check`` (a prerequisite of ``make test``) and ``make release``.

    python tools/version_policy.py [--base TAG]

The version has one source, ``__version__`` in ``overlays/talon_integration/_version.py`` (hatch reads it for the
wheel). Beside it, ``SPEC_VERSION`` and ``GENERATOR_VERSION`` record what the package was built from; the
wheel's ``Keywords`` metadata carries them too (``hatch_build.py``).

Always checked:
1. ``__version__`` is ``X.Y.Z``; ``SPEC_VERSION`` equals ``info.version`` of openapi.yaml; ``GENERATOR_VERSION``
   equals the ``openapi-python-client==`` pin of the ``dev`` extra in pyproject.toml.
2. CHANGELOG.md follows Keep a Changelog: ``# Changelog``, then ``## [Unreleased]``, then one
   ``## [X.Y.Z]`` (optionally `` - YYYY-MM-DD``) per version, newest first, no duplicates, subsections only
   ``### Added|Changed|Deprecated|Removed|Fixed|Security``; and it has a non-empty entry for ``__version__``.

Releases are the tags ``vX.Y.Z``; ``make release`` (tools/release_check.py) creates one for every release, so
the policy bites from the first release on:
3. Every CHANGELOG version older than ``__version__`` was released, so it has its tag ``vX.Y.Z``: a release
   without one would leave this check with no baseline. Before the first release (no tag yet) that means the
   version is the CHANGELOG's first and only version (0.1.0 here), and nothing is compared: it is the first.
   Once ``make release`` has tagged it, every later shipped change needs a bump (4.). No CHANGELOG entry is
   newer than ``__version__``.

Checked against the last release, the newest tag ``vX.Y.Z`` reachable from HEAD (``--base`` overrides it), once
there is one:
4. The required bump. If nothing the package is built from changed since the tag (``openapi.yaml``,
   ``generator-config.yml``, ``pyproject.toml``, ``hatch_build.py``, ``overlays/``, ``generated/``), the version
   may stay. Otherwise
   ``tools/spec_diff.py`` classifies the spec change and the version must be the *next* version at that level
   or a higher one: breaking -> next major (next minor while 0.x), compatible -> next minor, none -> next
   patch. From 1.4.2 a compatible change allows 1.5.0 or 2.0.0, nothing else.
5. Every breaking change's id (``Coupon.usageCounter``, ``createReferral``, ``CustomerSessionState=cancelled``)
   appears in the CHANGELOG entry of ``__version__``.

Changes to the overlay's own API are not classified automatically: choose the bump by hand (at least the one
this check requires) and name them in the CHANGELOG.
"""

from __future__ import annotations

import argparse
import ast
import re
import subprocess
import sys
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

import spec_diff  # a sibling script
import yaml

SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when present: 10x faster
REPO_ROOT = Path(__file__).resolve().parents[1]
VERSION_FILE = Path("overlays/talon_integration/_version.py")
GENERATOR = "openapi-python-client"
# What the wheel and sdist are built from: a change here since the last release needs a new version.
SHIPPED_PATHS = ("openapi.yaml", "generator-config.yml", "pyproject.toml", "hatch_build.py", "overlays", "generated")
CHANGE_TYPES = ("Added", "Changed", "Deprecated", "Removed", "Fixed", "Security")

Version = tuple[int, int, int]
_SEMVER = re.compile(r"^(\d+)\.(\d+)\.(\d+)$")
_HEADING = re.compile(r"^## \[(?P<name>[^\]]+)\](?: - (?P<date>\d{4}-\d{2}-\d{2}))?\s*$")


def parse_version(text: str) -> Version:
    match = _SEMVER.match(text)
    if not match:
        raise ValueError(f"{text!r} is not a version X.Y.Z")
    return (int(match[1]), int(match[2]), int(match[3]))


def show(version: Version) -> str:
    return ".".join(map(str, version))


def next_versions(last: Version, level: str) -> list[Version]:
    """The versions that satisfy a required bump level after ``last``, smallest first."""
    major, minor, patch = last
    bumps = {"patch": (major, minor, patch + 1), "minor": (major, minor + 1, 0), "major": (major + 1, 0, 0)}
    order = ["patch", "minor", "major"]
    return [bumps[name] for name in order[order.index(level) :]]


def required_level(verdict: str, last: Version) -> str:
    """breaking -> major (minor while 0.x), compatible -> minor, none -> patch."""
    if verdict == spec_diff.BREAKING:
        return "major" if last[0] >= 1 else "minor"
    if verdict == spec_diff.COMPATIBLE:
        return "minor"
    return "patch"


def read_version_constants(path: Path) -> dict[str, str]:
    """The string constants assigned at the top level of ``_version.py``, read without importing it."""
    constants: dict[str, str] = {}
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.Assign) and isinstance(node.value, ast.Constant) and isinstance(node.value.value, str):
            for target in node.targets:
                if isinstance(target, ast.Name):
                    constants[target.id] = node.value.value
    return constants


def pinned_generator_version(pyproject: Path) -> str | None:
    dev = (
        tomllib.loads(pyproject.read_text(encoding="utf-8"))["project"].get("optional-dependencies", {}).get("dev", [])
    )
    for requirement in dev:
        name, sep, version = requirement.partition("==")
        if sep and name.strip().lower() == GENERATOR:
            return version.strip()
    return None


@dataclass
class Changelog:
    versions: list[str] = field(default_factory=list)  # headings in file order, "Unreleased" included
    entries: dict[str, str] = field(default_factory=dict)  # heading -> body text
    problems: list[str] = field(default_factory=list)


def parse_changelog(text: str) -> Changelog:
    log = Changelog()
    lines = text.splitlines()
    if not lines or lines[0].strip() != "# Changelog":
        log.problems.append("CHANGELOG.md must start with '# Changelog'")
    current: str | None = None
    body: list[str] = []

    def close() -> None:
        if current is not None:
            log.entries[current] = "\n".join(body).strip()

    for number, line in enumerate(lines, 1):
        if line.startswith("## "):
            close()
            body = []
            match = _HEADING.match(line)
            if not match:
                log.problems.append(f"CHANGELOG.md:{number}: '{line}' is not '## [X.Y.Z]', '## [X.Y.Z] - YYYY-MM-DD'")
                current = None
                continue
            current = match["name"]
            if current != "Unreleased" and not _SEMVER.match(current):
                log.problems.append(f"CHANGELOG.md:{number}: '{current}' is not a version X.Y.Z")
            elif current in log.versions:
                log.problems.append(f"CHANGELOG.md:{number}: a second entry for [{current}]")
            log.versions.append(current)
        elif line.startswith("### ") and line[4:].strip() not in CHANGE_TYPES:
            log.problems.append(f"CHANGELOG.md:{number}: '{line}': subsections are {', '.join(CHANGE_TYPES)}")
            body.append(line)
        elif line.startswith("#") and not line.startswith("# Changelog") and not line.startswith("###"):
            log.problems.append(f"CHANGELOG.md:{number}: unexpected heading '{line}'")
        else:
            body.append(line)
    close()
    if not log.versions or log.versions[0] != "Unreleased":
        log.problems.append("CHANGELOG.md: the first entry must be '## [Unreleased]'")
    released = [parse_version(v) for v in log.versions if _SEMVER.match(v)]
    if released != sorted(set(released), reverse=True):
        log.problems.append("CHANGELOG.md: version entries must be newest first, each once")
    return log


def _git(repo: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["git", *args], cwd=repo, capture_output=True, text=True, check=False)


def shipped_files_changed(repo: Path, tag: str) -> bool:
    """Whether anything the package is built from differs between the tag and the working tree."""
    if _git(repo, "diff", "--quiet", tag, "--", *SHIPPED_PATHS).returncode != 0:
        return True
    untracked = _git(repo, "ls-files", "--others", "--exclude-standard", "--", *SHIPPED_PATHS).stdout
    return any(not part.endswith(".pyc") and "__pycache__" not in part for part in untracked.split())


@dataclass
class Report:
    problems: list[str] = field(default_factory=list)
    info: list[str] = field(default_factory=list)


def check(repo: Path = REPO_ROOT, base: str | None = None) -> Report:
    report = Report()
    constants = read_version_constants(repo / VERSION_FILE)
    version_text = constants.get("__version__", "")
    try:
        version = parse_version(version_text)
    except ValueError as exc:
        report.problems.append(f"{VERSION_FILE}: __version__: {exc}")
        return report

    spec_version = str(
        (yaml.load((repo / "openapi.yaml").read_text(encoding="utf-8"), Loader=SAFE_LOADER).get("info") or {}).get(
            "version"
        )
    )
    if constants.get("SPEC_VERSION") != spec_version:
        report.problems.append(
            f"{VERSION_FILE}: SPEC_VERSION = {constants.get('SPEC_VERSION')!r}, but openapi.yaml info.version is "
            f"{spec_version!r}: set SPEC_VERSION = {spec_version!r}"
        )
    pinned = pinned_generator_version(repo / "pyproject.toml")
    if constants.get("GENERATOR_VERSION") != pinned:
        report.problems.append(
            f"{VERSION_FILE}: GENERATOR_VERSION = {constants.get('GENERATOR_VERSION')!r}, but pyproject.toml pins "
            f"{GENERATOR}=={pinned}: set GENERATOR_VERSION = {pinned!r}"
        )

    log = parse_changelog((repo / "CHANGELOG.md").read_text(encoding="utf-8"))
    report.problems.extend(log.problems)
    entry = log.entries.get(version_text)
    if entry is None:
        report.problems.append(f"CHANGELOG.md has no entry '## [{version_text}]' for the version in {VERSION_FILE}")
    elif not re.search(r"^\s*[-*] \S", entry, re.MULTILINE):
        report.problems.append(f"CHANGELOG.md: the entry [{version_text}] lists no change ('- ...')")

    listed = [v for v in log.versions if _SEMVER.match(v)]
    all_tags = set(_git(repo, "tag", "--list", "v*").stdout.split())
    untagged = [v for v in listed if parse_version(v) < version and f"v{v}" not in all_tags]
    if untagged:
        report.problems.append(
            f"CHANGELOG.md lists {', '.join(untagged)} before {version_text}, but there is no tag "
            f"{', '.join('v' + v for v in untagged)}: every release is tagged (`make release` does it), and the tag "
            f"is what this check compares with. Tag the commit it was released from (`git tag -a v{untagged[0]} "
            f"<commit>`), or, if it never shipped, fold its entry into [{version_text}]"
        )
    newer = [v for v in listed if parse_version(v) > version]
    if newer:
        report.problems.append(
            f"CHANGELOG.md has entries newer than __version__ {version_text}: {', '.join(newer)}: "
            f"set __version__ in {VERSION_FILE}"
        )

    if base is None:
        tags = spec_diff.release_tags(repo)
        if not tags:
            if not untagged:
                report.info.append(
                    f"version {version_text}: not released yet and the CHANGELOG's first version, so no bump is "
                    f"required; `make release` tags it v{version_text}, the baseline of every later check"
                )
            return report
        base = tags[-1][1]
    match = spec_diff.RELEASE_TAG.match(base)
    if not match:
        report.problems.append(f"--base {base!r} is not a release tag vX.Y.Z")
        return report
    last = (int(match[1]), int(match[2]), int(match[3]))

    if not shipped_files_changed(repo, base):
        if version < last:
            report.problems.append(f"version {version_text} is lower than the last release {base}")
        else:
            report.info.append(f"version {version_text}: nothing shipped changed since {base}")
        return report

    diff = spec_diff.diff_specs(spec_diff.load_spec_at(base, repo), spec_diff.load_spec_file(repo / "openapi.yaml"))
    level = required_level(diff.verdict, last)
    allowed = next_versions(last, level)
    summary = (
        f"spec change since {base}: {diff.verdict} ({len(diff.breaking)} breaking, {len(diff.compatible)} compatible)"
    )
    if version not in allowed:
        report.problems.append(
            f"{summary}, so the version must be {' or '.join(show(v) for v in allowed)} ({level} bump), "
            f"not {version_text}: set __version__ in {VERSION_FILE} and add its CHANGELOG.md entry "
            f"(see `make spec-diff BASE={base}`)"
        )
    else:
        report.info.append(f"{summary}; version {version_text} is a {level} bump or more")
    if entry is not None:
        missing = [c for c in diff.breaking if c.id not in entry]
        for change in missing:
            report.problems.append(
                f"CHANGELOG.md [{version_text}] does not name the breaking change `{change.id}` ({change.message})"
            )
    return report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--base", help="the release tag to compare with (default: the newest vX.Y.Z tag)")
    args = parser.parse_args(argv)
    report = check(REPO_ROOT, args.base)
    for line in report.info:
        sys.stdout.write(f"version-check: {line}\n")
    for problem in report.problems:
        sys.stderr.write(f"version-check: FAIL: {problem}\n")
    if report.problems:
        return 1
    sys.stdout.write("version-check: OK\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
