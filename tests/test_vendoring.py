"""Both packages work when copied into another project's ``vendor/`` folder, without installed metadata.

A throwaway project gets ``vendor/talon_integration`` and ``vendor/talon_integration_generated`` (plain
copies). A child interpreter runs with ``-I -S`` (no site-packages, no ``.pth`` files, so the editable
install of this repo cannot shadow the copies), its ``sys.path`` is the vendor folder plus a mirror of
this venv's site-packages *without* any ``talon*`` entry, and ``importlib.metadata.version`` is made to
fail for good measure. It imports the packages from ``vendor/``, checks importing had no side effects,
makes a call through ``httpx.MockTransport`` and prints the version from ``_version.py``.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

import talon_integration
import talon_integration_generated

REPO = Path(__file__).resolve().parents[1]

CHILD = r"""
import importlib.metadata, json, logging, sys, warnings
vendor, deps = sys.argv[1], sys.argv[2]
sys.path[:0] = [vendor, deps]

def _no_metadata(*args, **kwargs):
    raise importlib.metadata.PackageNotFoundError("vendored: no metadata")

try:
    importlib.metadata.distribution("talon-integration-client")
    dist_found = True
except importlib.metadata.PackageNotFoundError:
    dist_found = False
importlib.metadata.version = _no_metadata
importlib.metadata.distribution = _no_metadata

import httpx
import talon_integration
from talon_integration import IntegrationClient, AsyncIntegrationClient, effects, errors
import talon_integration_generated.models

handlers = list(logging.getLogger("talon_integration").handlers)
lazy = ("talon_integration.testing", "talon_integration.cli", "talon_integration._demo")
lazy_loaded = sorted(m for m in sys.modules if m.startswith(lazy))

def handler(request):
    return httpx.Response(200, json={"totalResultSize": 1, "data": [{
        "id": 1, "created": "2026-11-01T08:00:00Z", "campaignId": 59, "value": "XMAS-2026",
        "usageLimit": 0, "usageCounter": 0}]})

with IntegrationClient("https://acme.example", api_key="k", transport=httpx.MockTransport(handler)) as c:
    with warnings.catch_warnings(record=True) as caught:  # a deprecated v1 operation, called on purpose
        warnings.simplefilter("always")
        coupons = c.get_reserved_coupons("user 42")
    assert [w.category for w in caught] == [DeprecationWarning], caught
    request_ua = c._headers["User-Agent"]

print(json.dumps({
    "talon_integration": talon_integration.__file__,
    "generated": talon_integration_generated.models.__file__,
    "httpx": httpx.__file__,
    "version": talon_integration.__version__,
    "user_agent": request_ua,
    "coupon": coupons.data[0].value,
    "total": coupons.total_result_size,
    "dist_found": dist_found,
    "handlers": len(handlers),
    "lazy_loaded": lazy_loaded,
}))
"""


def _mirror_site_packages(target: Path) -> None:
    """Symlink every entry of this venv's site-packages into ``target`` except this project's own."""
    site = Path(sysconfig.get_paths()["purelib"])
    target.mkdir()
    for entry in site.iterdir():
        name = entry.name.lower()
        if "talon" in name or name.startswith("__editable__") or name.endswith(".pth"):
            continue
        (target / entry.name).symlink_to(entry)


def test_vendored_copy_works_without_metadata(tmp_path: Path) -> None:
    project = tmp_path / "shop"
    vendor = project / "vendor"
    vendor.mkdir(parents=True)
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc")
    shutil.copytree(Path(talon_integration.__file__).parent, vendor / "talon_integration", ignore=ignore)
    shutil.copytree(
        Path(talon_integration_generated.__file__).parent, vendor / "talon_integration_generated", ignore=ignore
    )
    deps = tmp_path / "deps"
    _mirror_site_packages(deps)
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "TALON_"))}
    completed = subprocess.run(
        [sys.executable, "-I", "-S", "-c", CHILD, str(vendor), str(deps)],
        cwd=project,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert completed.returncode == 0, completed.stderr
    report = json.loads(completed.stdout)
    assert Path(report["talon_integration"]).is_relative_to(vendor)
    assert Path(report["generated"]).is_relative_to(vendor)
    assert not Path(report["talon_integration"]).is_relative_to(REPO)
    assert Path(report["httpx"]).is_relative_to(deps)
    assert report["dist_found"] is False
    version_file = (REPO / "overlays" / "talon_integration" / "_version.py").read_text()
    assert f'__version__ = "{report["version"]}"' in version_file
    assert report["version"] == talon_integration.__version__
    assert report["user_agent"].startswith(f"talon-integration-client/{report['version']} python/")
    assert report["coupon"] == "XMAS-2026"
    assert report["total"] == 1
    assert report["handlers"] == 0  # importing configured no logging
    assert report["lazy_loaded"] == []  # sandbox / CLI load only when used
    assert completed.stderr == ""


def test_a_copy_below_the_import_root_fails_as_the_readme_says(tmp_path: Path) -> None:
    """The README's rule: the vendor folder is an import root; nested in a package the copies cannot find each other."""
    package = tmp_path / "myshop" / "_vendor"
    package.mkdir(parents=True)
    (tmp_path / "myshop" / "__init__.py").write_text("")
    (package / "__init__.py").write_text("")
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc")
    shutil.copytree(Path(talon_integration.__file__).parent, package / "talon_integration", ignore=ignore)
    shutil.copytree(
        Path(talon_integration_generated.__file__).parent, package / "talon_integration_generated", ignore=ignore
    )
    deps = tmp_path / "deps"
    _mirror_site_packages(deps)
    code = (
        "import sys; sys.path[:0] = [sys.argv[1], sys.argv[2]]\n"
        "from myshop._vendor.talon_integration import IntegrationClient\n"
        "IntegrationClient('https://acme.example', api_key='k')\n"
    )
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "TALON_"))}
    completed = subprocess.run(
        [sys.executable, "-I", "-S", "-c", code, str(tmp_path), str(deps)],
        env=env, capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip
    assert completed.returncode == 1
    assert "ModuleNotFoundError: No module named 'talon_integration_generated'" in completed.stderr
    readme = " ".join((REPO / "README.md").read_text(encoding="utf-8").split())
    assert "ModuleNotFoundError: No module named 'talon_integration_generated'" in readme  # what it tells users
