"""``make release``: release HEAD once: refuse what must not be released, build and check it, then tag it.

    python tools/release_check.py [--dist DIR] [--repo DIR] [--no-tag]
    python tools/release_check.py --tree-state | --record-tested STATE [--repo DIR]   (used by `make test`)

Steps, each of which stops the release with a message naming what is wrong:
0. The gates, all reported at once:
   - the tree is clean: no tracked change, staged or not, and no untracked file that .gitignore does not ignore
     (a wheel must be what a commit holds, nothing else);
   - the tag ``v<version>`` does not exist yet (one version, one build: the same version twice is refused);
   - HEAD passed ``make test``: a ``make test`` run that started and ended on this same clean commit wrote its
     id to ``.venv/tested-commit`` (``--tree-state`` before the steps, ``--record-tested`` after them). The
     release reuses that run instead of repeating it; a run on a dirty tree or another commit does not count.
1. The version policy (``tools/version_policy.py``).
2. ``python -m build``: the sdist, then the wheel built *from that sdist*, into dist/ (build isolation on, so
   ``[build-system]`` is what builds). Every build gets ``SOURCE_DATE_EPOCH`` = HEAD's commit time, as
   ``make wheel`` does, and ``TALON_RELEASE_BUILD=1``, so the version is the plain ``__version__`` (hatch_build.py;
   other builds of an untagged commit carry ``.dev0+g<commit>``): the wheel in dist/ is the one ``make wheel``
   builds from this commit once it is tagged.
3. The sdist rebuilds the same wheel: a second wheel built straight from the source tree must have the same
   files with the same bytes, and be the same file byte for byte (same sha256).
4. ``twine check --strict``: the metadata is complete and the long description (README.md) renders.
5. Metadata: name, version = ``__version__``, runtime ``Requires-Dist`` exactly httpx, attrs, python-dateutil,
   ``Keywords`` carrying ``openapi-spec=<SPEC_VERSION>`` and ``openapi-python-client=<GENERATOR_VERSION>``,
   ``License-Expression: MIT`` with ``License-File: LICENSE``, an author.
6. Contents: both packages with ``py.typed``, the LICENSE; no tests, tools, benchmarks, caches or ``.pyc`` files;
   the sdist holds what is needed to rebuild (spec, generator config, overlays, generated, pyproject,
   hatch_build.py) and the LICENSE.
7. The wheel installs into a new venv (dependencies from the package index) and a smoke call runs there: a
   session update with a coupon against the embedded sandbox (``talon_integration.testing.Sandbox``), or, for a
   wheel without the sandbox package, against a canned answer (``httpx.MockTransport``).
8. HEAD and the tree are still as they were, and the annotated tag ``v<version>`` is created on HEAD (not with
   ``--no-tag``). That tag is the baseline of the next ``make version-check``. Nothing is pushed or uploaded:
   push the tag and publish dist/ yourself.

``--repo DIR`` releases another checkout (the tests use scratch clones); the default is this script's repository.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import tarfile
import tempfile
import zipfile
from email.message import Message
from email.parser import Parser
from pathlib import Path

import version_policy  # a sibling script
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

REPO_ROOT = Path(__file__).resolve().parents[1]
# Written by a `make test` that started and ended on the same clean commit: that commit's id.
TESTED_STAMP = Path(".venv/tested-commit")
_COMMIT = re.compile(r"^[0-9a-f]{40}(?:[0-9a-f]{24})?$")  # sha1 or sha256 object names
DIST_NAME = "talon-integration-client"
PACKAGES = ("talon_integration", "talon_integration_generated")
RUNTIME_DEPS = frozenset({"httpx", "attrs", "python-dateutil"})
LICENSE_EXPRESSION = "MIT"
LICENSE_FILE = "LICENSE"
FORBIDDEN_PARTS = frozenset({"tests", "tools", "bench", "__pycache__", ".venv", "node_modules", ".git", "dist"})
SDIST_REQUIRED = (
    "PKG-INFO",
    "pyproject.toml",
    "hatch_build.py",
    "README.md",
    "CHANGELOG.md",
    "LICENSE",
    "openapi.yaml",
    "generator-config.yml",
    "overlays/talon_integration/__init__.py",
    "overlays/talon_integration/py.typed",
    "generated/talon_integration_generated/__init__.py",
    "generated/talon_integration_generated/py.typed",
)
TIMEOUT_S = 600

# Runs in the fresh venv as `python -I -c SMOKE sandbox|mock`: a session update with a coupon through the installed
# package, against the embedded sandbox when the wheel ships it (talon_integration.testing), else a canned answer.
SMOKE = """
import json, sys
import httpx
import talon_integration
from talon_integration import IntegrationClient, effects
from talon_integration._version import GENERATOR_VERSION, SPEC_VERSION

cart = [{"sku": "shoe-1", "name": "Red shoe", "quantity": 1, "price": 50.0}]
if sys.argv[1] == "sandbox":
    from talon_integration.testing import Sandbox

    sandbox = Sandbox()
    sandbox.add_coupon_campaign("Smoke 10%", coupons=["SMOKE-2026"], discount_percent=10)
    client = sandbox.client()
else:
    def answer(request):
        body = json.loads(request.content)
        session = {"integrationId": "smoke-1", "created": "2026-11-25T10:00:00Z", "applicationId": 1,
                   "profileId": body["profileId"], "coupon": body["coupon"], "referral": "", "state": "open",
                   "cartItems": body["cartItems"], "total": body["total"], "attributes": {}, "firstSession": True,
                   "discounts": {"Smoke 10%": 5.0}, "updated": "2026-11-25T10:00:00Z"}
        profile = {"id": 1, "integrationId": body["profileId"], "created": "2026-11-25T10:00:00Z", "attributes": {},
                   "accountId": 1, "closedSessions": 0, "totalSales": 0, "loyaltyMemberships": [],
                   "lastActivity": "2026-11-25T10:00:00Z"}
        event = {"id": 1, "created": "2026-11-25T10:00:00Z", "applicationId": 1, "sessionId": "smoke-1",
                 "type": "talon_session_updated", "attributes": {}, "ledgerEntries": [],
                 "effects": [[1, 1, 0, ["acceptCoupon", "SMOKE-2026"]], [1, 1, 0, ["setDiscount", "Smoke 10%", 5.0]]]}
        return httpx.Response(200, json={"session": session, "profile": profile, "event": event})

    client = IntegrationClient(base_url="https://smoke.invalid", api_key="k", transport=httpx.MockTransport(answer))
with client:
    assert isinstance(client, IntegrationClient)
    state = client.update_customer_session(
        "smoke-1", profile_id="smoke-user", coupon="SMOKE-2026", cart_items=cart, total=50.0
    )
kinds = [type(e).__name__ for e in state.effects]
assert any(isinstance(e, effects.AcceptCoupon) for e in state.effects), kinds
assert any(isinstance(e, effects.SetDiscount) for e in state.effects), kinds
print(json.dumps({"via": sys.argv[1], "file": talon_integration.__file__, "version": talon_integration.__version__,
                  "spec": SPEC_VERSION, "generator": GENERATOR_VERSION, "effects": kinds,
                  "discounts": state.session.discounts}))
"""


class ReleaseError(Exception):
    pass


def _env(**extra: str) -> dict[str, str]:
    """This environment without what would leak the dev venv or the repo into a build or the fresh venv."""
    env = {k: v for k, v in os.environ.items() if k not in {"PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV"}}
    return {**env, **extra}


def _run(cmd: list[str], cwd: Path, **env: str) -> str:
    result = subprocess.run(
        cmd, cwd=cwd, env=_env(**env), capture_output=True, text=True, timeout=TIMEOUT_S, check=False
    )
    if result.returncode != 0:
        raise ReleaseError(f"{' '.join(cmd)} failed ({result.returncode}):\n{result.stdout}\n{result.stderr}")
    return result.stdout


def _say(message: str) -> None:
    sys.stdout.write(f"release: {message}\n")
    sys.stdout.flush()


def _git(repo: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["git", *args], cwd=repo, capture_output=True, text=True, timeout=60, check=False)


def head_commit(repo: Path) -> str:
    result = _git(repo, "rev-parse", "--verify", "--quiet", "HEAD^{commit}")
    if result.returncode != 0:
        raise ReleaseError(f"{repo} is not a git checkout with a commit")
    return result.stdout.strip()


def uncommitted(repo: Path) -> list[str]:
    """``git status`` lines: tracked changes (staged or not) and untracked files that .gitignore does not ignore."""
    result = _git(repo, "status", "--porcelain=v1", "--untracked-files=all")
    if result.returncode != 0:
        raise ReleaseError(f"git status failed in {repo}: {result.stderr.strip()}")
    return [line for line in result.stdout.splitlines() if line.strip()]


def tag_commit(repo: Path, tag: str) -> str | None:
    result = _git(repo, "rev-parse", "--verify", "--quiet", f"refs/tags/{tag}^{{commit}}")
    return result.stdout.strip() if result.returncode == 0 else None


def tree_state(repo: Path) -> str:
    """HEAD's commit id if the tree is clean, else ``dirty`` (``--tree-state``, before `make test`'s steps)."""
    try:
        commit = head_commit(repo)
        return "dirty" if uncommitted(repo) else commit
    except ReleaseError:
        return "dirty"


def record_tested(repo: Path, start: str) -> str:
    """After `make test`'s steps passed: record HEAD as tested if the run started and ended on it, clean."""
    now = tree_state(repo)
    if not _COMMIT.match(start):
        return "make test passed on a tree with uncommitted changes: not recorded as tested for `make release`"
    if now != start:
        return (
            f"make test passed, but the tree changed while it ran (started on {start[:12]}, now "
            f"{now if now == 'dirty' else now[:12]}): not recorded as tested for `make release`"
        )
    stamp = repo / TESTED_STAMP
    stamp.parent.mkdir(parents=True, exist_ok=True)
    stamp.write_text(start + "\n", encoding="utf-8")
    return f"make test passed on clean commit {start[:12]}: recorded in {TESTED_STAMP} for `make release`"


def release_gates(repo: Path, version: str) -> list[str]:
    """What forbids releasing HEAD as ``version``: a dirty tree, an existing tag, no passing `make test`."""
    problems = []
    commit = head_commit(repo)
    changes = uncommitted(repo)
    if changes:
        shown = "\n    ".join(changes[:10]) + ("\n    ..." if len(changes) > 10 else "")
        problems.append(
            f"the tree is not clean ({len(changes)} uncommitted change(s)); a release is built from a commit and "
            f"nothing else: commit or stash them (untracked files count unless .gitignore ignores them):\n    {shown}"
        )
    tag = f"v{version}"
    tagged = tag_commit(repo, tag)
    if tagged is not None:
        problems.append(
            f"{tag} is already tagged (at {tagged[:12]}): {version} was released, and a second, different {version} "
            f"must not be built. Bump __version__ in {version_policy.VERSION_FILE} and add its CHANGELOG.md entry"
        )
    stamp = repo / TESTED_STAMP
    tested = stamp.read_text(encoding="utf-8").strip() if stamp.is_file() else None
    if tested != commit:
        why = f"it last passed on {tested[:12]}" if tested else f"no {TESTED_STAMP}"
        problems.append(
            f"HEAD {commit[:12]} has not passed `make test` on a clean tree ({why}): run `make test`, then "
            f"`make release` again"
        )
    return problems


def commit_time(repo: Path, commit: str) -> str:
    """The commit's time in seconds since the epoch: the SOURCE_DATE_EPOCH `make wheel` builds with."""
    return _git(repo, "log", "-1", "--format=%ct", commit).stdout.strip()


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _one(directory: Path, pattern: str) -> Path:
    found = sorted(directory.glob(pattern))
    if len(found) != 1:
        raise ReleaseError(f"expected one {pattern} in {directory}, found {[p.name for p in found]}")
    return found[0]


def wheel_digest(path: Path) -> dict[str, str]:
    """Member name -> sha256 of its bytes."""
    with zipfile.ZipFile(path) as archive:
        return {name: hashlib.sha256(archive.read(name)).hexdigest() for name in archive.namelist()}


def compare_wheels(a: Path, b: Path) -> list[str]:
    da, db = wheel_digest(a), wheel_digest(b)
    problems = [f"only in {a.name} from the sdist: {n}" for n in sorted(da.keys() - db.keys())]
    problems += [f"only in the wheel from the source tree: {n}" for n in sorted(db.keys() - da.keys())]
    problems += [f"differs: {n}" for n in sorted(da.keys() & db.keys()) if da[n] != db[n]]
    return problems


def _forbidden(name: str) -> bool:
    parts = name.split("/")
    return bool(FORBIDDEN_PARTS & set(parts)) or name.endswith((".pyc", ".pyo"))


def wheel_metadata(path: Path) -> Message:
    with zipfile.ZipFile(path) as archive:
        (name,) = [n for n in archive.namelist() if n.endswith(".dist-info/METADATA")]
        return Parser().parsestr(archive.read(name).decode("utf-8"))


def check_metadata(metadata: Message, version: str, spec_version: str, generator_version: str) -> list[str]:
    problems = []
    if canonicalize_name(metadata.get("Name", "")) != DIST_NAME:
        problems.append(f"Name is {metadata.get('Name')!r}, expected {DIST_NAME}")
    if metadata.get("Version") != version:
        problems.append(f"Version is {metadata.get('Version')!r}, expected {version} (_version.py)")
    runtime = set()
    for line in metadata.get_all("Requires-Dist") or []:
        requirement = Requirement(line)
        if requirement.marker is None or requirement.marker.evaluate({"extra": ""}):
            runtime.add(canonicalize_name(requirement.name))
    if runtime != RUNTIME_DEPS:
        problems.append(f"runtime Requires-Dist is {sorted(runtime)}, expected exactly {sorted(RUNTIME_DEPS)}")
    keywords = {k.strip() for k in (metadata.get("Keywords") or "").split(",")}
    for expected in (f"openapi-spec={spec_version}", f"openapi-python-client={generator_version}"):
        if expected not in keywords:
            problems.append(f"Keywords {sorted(keywords)} lack {expected!r}")
    license_expression = metadata.get("License-Expression")
    if license_expression != LICENSE_EXPRESSION:
        problems.append(f"License-Expression is {license_expression!r}, expected {LICENSE_EXPRESSION!r}")
    if LICENSE_FILE not in (metadata.get_all("License-File") or []):
        problems.append(f"License-File does not name {LICENSE_FILE}")
    if not metadata.get("Author"):
        problems.append("Author is missing")
    if metadata.get("Description-Content-Type") != "text/markdown":
        problems.append("Description-Content-Type is not text/markdown")
    if not (metadata.get_payload() or "").strip():
        problems.append("the long description (README.md) is empty")
    return problems


def check_wheel_contents(path: Path) -> list[str]:
    with zipfile.ZipFile(path) as archive:
        names = archive.namelist()
    problems = [f"wheel holds {n}" for n in names if _forbidden(n)]
    top = {n.split("/", 1)[0] for n in names}
    extra = {t for t in top if not t.endswith(".dist-info")} - set(PACKAGES)
    if extra:
        problems.append(f"wheel holds unexpected top-level entries {sorted(extra)}")
    for package in PACKAGES:
        for required in (f"{package}/__init__.py", f"{package}/py.typed"):
            if required not in names:
                problems.append(f"wheel lacks {required}")
    if not any(n.endswith(f".dist-info/licenses/{LICENSE_FILE}") for n in names):
        problems.append(f"wheel lacks {LICENSE_FILE} (.dist-info/licenses/)")
    if not any(n.endswith(".dist-info/entry_points.txt") for n in names):
        problems.append("wheel lacks entry_points.txt (the talon-integration console script)")
    return problems


def check_sdist_contents(path: Path) -> list[str]:
    with tarfile.open(path) as archive:
        names = [m.name for m in archive.getmembers() if m.isfile()]
    roots = {n.split("/", 1)[0] for n in names}
    if len(roots) != 1:
        return [f"sdist has several top-level folders: {sorted(roots)}"]
    inner = [n.split("/", 1)[1] for n in names if "/" in n]
    problems = [f"sdist holds {n}" for n in inner if _forbidden(n)]
    problems += [f"sdist lacks {r}" for r in SDIST_REQUIRED if r not in inner]
    return problems


def _shown(path: Path, repo: Path) -> Path:
    return path.relative_to(repo) if path.is_relative_to(repo) else path


def release(dist: Path, repo: Path = REPO_ROOT, *, tag: bool = True) -> None:
    constants = version_policy.read_version_constants(repo / version_policy.VERSION_FILE)
    version = constants["__version__"]

    _say(f"0/8 gates: clean tree, v{version} not tagged yet, HEAD passed make test")
    commit = head_commit(repo)
    problems = release_gates(repo, version)
    if problems:
        raise ReleaseError(f"refusing to release {version} from {commit[:12]}:\n  " + "\n  ".join(problems))
    epoch = commit_time(repo, commit)

    _say("1/8 version policy")
    report = version_policy.check(repo)
    if report.problems:
        raise ReleaseError("version policy:\n  " + "\n  ".join(report.problems))

    _say(f"2/8 building the sdist and, from it, the wheel into {dist}/ (SOURCE_DATE_EPOCH={epoch})")
    shutil.rmtree(dist, ignore_errors=True)
    # TALON_RELEASE_BUILD: hatch_build.py gives the release its plain version (the tag comes only at the end).
    _run([sys.executable, "-m", "build", "--outdir", str(dist), str(repo)], cwd=repo, SOURCE_DATE_EPOCH=epoch,
         TALON_RELEASE_BUILD="1")  # fmt: skip
    wheel = _one(dist, "*.whl")
    sdist = _one(dist, "*.tar.gz")

    with tempfile.TemporaryDirectory(prefix="talon-release-") as tmp_name:
        tmp = Path(tmp_name)
        _say("3/8 the sdist rebuilds the same wheel")
        _run(
            [sys.executable, "-m", "build", "--wheel", "--outdir", str(tmp / "tree"), str(repo)],
            cwd=repo, SOURCE_DATE_EPOCH=epoch, TALON_RELEASE_BUILD="1",
        )  # fmt: skip
        tree_wheel = _one(tmp / "tree", "*.whl")
        problems = compare_wheels(wheel, tree_wheel)
        if not problems and _sha256(wheel) != _sha256(tree_wheel):
            problems = [f"same files, but not the same wheel file: {_sha256(wheel)} != {_sha256(tree_wheel)}"]
        if problems:
            raise ReleaseError(
                "the wheel built from the sdist differs from the source tree's:\n  " + "\n  ".join(problems)
            )

        _say("4/8 twine check --strict")
        _run([sys.executable, "-m", "twine", "check", "--strict", str(wheel), str(sdist)], cwd=repo)

        _say("5/8 metadata")
        problems = check_metadata(
            wheel_metadata(wheel), version, constants["SPEC_VERSION"], constants["GENERATOR_VERSION"]
        )
        with tarfile.open(sdist) as archive:
            (pkg_info,) = [m for m in archive.getmembers() if m.name.count("/") == 1 and m.name.endswith("/PKG-INFO")]
            extracted = archive.extractfile(pkg_info)
            assert extracted is not None
            sdist_meta = Parser().parsestr(extracted.read().decode("utf-8"))
        problems += [
            f"sdist PKG-INFO: {p}"
            for p in check_metadata(sdist_meta, version, constants["SPEC_VERSION"], constants["GENERATOR_VERSION"])
        ]
        if problems:
            raise ReleaseError("metadata:\n  " + "\n  ".join(problems))

        _say("6/8 contents")
        problems = check_wheel_contents(wheel) + check_sdist_contents(sdist)
        if problems:
            raise ReleaseError("contents:\n  " + "\n  ".join(problems))

        _say("7/8 installing the wheel into a new venv and running the sandbox smoke call")
        venv = tmp / "venv"
        _run([sys.executable, "-m", "venv", "--without-pip", str(venv)], cwd=tmp)
        python = venv / "bin" / "python"
        pip = [sys.executable, "-m", "pip", "--python", str(python), "install", "--no-input", "--progress-bar", "off"]
        _run([*pip, str(wheel)], cwd=tmp)
        with zipfile.ZipFile(wheel) as archive:
            via = "sandbox" if "talon_integration/testing/__init__.py" in archive.namelist() else "mock"
        result = json.loads(_run([str(python), "-I", "-c", SMOKE, via], cwd=tmp).strip().splitlines()[-1])
        if not Path(result.pop("file")).resolve().is_relative_to(venv.resolve()):
            raise ReleaseError(f"the smoke call imported talon_integration from outside the new venv: {result}")
        _say(f"   smoke: {result}")

    _say(f"OK: {_shown(wheel, repo)} sha256 {_sha256(wheel)}")
    _say(f"OK: {_shown(sdist, repo)} sha256 {_sha256(sdist)}")

    name = f"v{version}"
    if not tag:
        _say(f"8/8 not tagged (--no-tag): {name} would go on {commit[:12]}")
        return
    _say(f"8/8 tagging {commit[:12]} as {name}")
    if head_commit(repo) != commit or uncommitted(repo):
        raise ReleaseError(f"HEAD or the tree changed during the release (was {commit[:12]}, clean): not tagged")
    created = _git(repo, "tag", "--annotate", "--message", f"talon-integration-client {version}", name, commit)
    if created.returncode != 0:
        raise ReleaseError(f"git tag {name} failed: {created.stderr.strip()}")
    _say(f"tagged {name} at {commit[:12]} (annotated): the baseline of the next `make version-check`")
    _say(f"next: publish {_shown(dist, repo)}/ and push the tag (git push <remote> {name})")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--repo", type=Path, default=REPO_ROOT, help="the checkout to release (default: this one)")
    parser.add_argument("--dist", type=Path, help="output folder, emptied first (default: <repo>/dist)")
    parser.add_argument("--no-tag", action="store_true", help="run every check, but create no tag")
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument("--tree-state", action="store_true", help="print HEAD's id if the tree is clean, else dirty")
    mode.add_argument("--record-tested", metavar="STATE", help="after make test passed: record HEAD if it is STATE")
    args = parser.parse_args(argv)
    repo = args.repo.resolve()
    if args.tree_state:
        sys.stdout.write(tree_state(repo) + "\n")
        return 0
    if args.record_tested is not None:
        sys.stdout.write(record_tested(repo, args.record_tested) + "\n")
        return 0
    try:
        release((args.dist or repo / "dist").resolve(), repo, tag=not args.no_tag)
    except ReleaseError as exc:
        sys.stderr.write(f"release: FAILED: {exc}\n")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
