"""tools/docs.py (`make docs`, inside `make test`): the checks that fail the API reference, on small packages.

The real reference is built and checked by `make docs` itself; these tests show that each check fails when
it should: a warning of pdoc's, a name of ``__all__`` or a class member left out of the pages, a public
function without a docstring. And that the clients' generated operation methods are on the clients' page.
"""

from __future__ import annotations

import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import docs
import pytest

REPO_ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def package(tmp_path: Path) -> Iterator[Path]:
    """An importable folder for throwaway packages (removed from sys.path and sys.modules afterwards)."""
    sys.path.insert(0, str(tmp_path))
    before = set(sys.modules)
    try:
        yield tmp_path
    finally:
        sys.path.remove(str(tmp_path))
        for name in set(sys.modules) - before:
            if name.startswith("docdemo"):
                del sys.modules[name]


def _write(root: Path, name: str, source: str) -> None:
    (root / name).mkdir()
    (root / name / "__init__.py").write_text(textwrap.dedent(source), encoding="utf-8")


def _reference(root: Path, name: str) -> list[str]:
    out = root / "_build"
    warnings = docs.build(out, [name])
    return [f"pdoc {w}" for w in warnings] + docs.check(out, [name], ours=[name])


def test_a_documented_package_passes(package: Path) -> None:
    _write(
        package,
        "docdemo_ok",
        '''
        """A package."""

        __all__ = ["Thing", "make"]


        class Thing:
            """A thing."""

            def use(self) -> int:
                """Use it."""
                return 1


        def make() -> Thing:
            """Make one."""
            return Thing()
    ''',
    )
    assert _reference(package, "docdemo_ok") == []


def test_each_gap_fails(package: Path) -> None:
    _write(
        package,
        "docdemo_gaps",
        '''
        """A package with gaps."""

        __all__ = ["Thing", "undocumented", "hidden", "Missing"]


        class Thing:
            """A thing."""

            def use(self) -> int:
                return 1

            def secret(self) -> int:
                """@private: pdoc leaves it out."""
                return 2


        def undocumented() -> None:
            pass


        def hidden() -> None:
            """@private"""
    ''',
    )
    problems = _reference(package, "docdemo_gaps")
    assert problems == [
        "pdoc UserWarning: Found 'Missing' in docdemo_gaps.__all__, but it does not resolve: "
        "Error importing docdemo_gaps.Missing",
        "docdemo_gaps: Thing.secret is public but not in the reference",
        "docdemo_gaps: hidden is in __all__ but not in the reference",
        "docdemo_gaps: Thing.use has no docstring",
        "docdemo_gaps: undocumented has no docstring",
    ]


def test_a_lazy_export_is_resolved_before_pdoc_reads_the_module(package: Path) -> None:
    _write(
        package,
        "docdemo_lazy",
        '''
        """A package whose names load on first use, as talon_integration's do."""

        __all__ = ["answer"]


        def __getattr__(name: str):
            if name == "answer":
                from ._impl import answer

                globals()["answer"] = answer
                return answer
            raise AttributeError(name)
    ''',
    )
    (package / "docdemo_lazy" / "_impl.py").write_text('def answer() -> int:\n    """42."""\n    return 42\n')
    assert _reference(package, "docdemo_lazy") == []


def test_members_inherited_from_the_generated_package_are_on_the_class_page(tmp_path: Path) -> None:
    out = tmp_path / "_build"
    assert docs.build(out, ["talon_integration"]) == []
    page = (out / "talon_integration.html").read_text(encoding="utf-8")
    anchors = docs._anchors(page)
    for method in ("update_customer_session", "track_event", "get_reserved_coupons"):  # generated, inherited
        assert f"IntegrationClient.{method}" in anchors
        assert f"AsyncIntegrationClient.{method}" in anchors
    assert "IntegrationState.session" in anchors  # a field of the generated model the overlay extends
    assert "Sends <code>PUT /v1/customer_sessions/{customerSessionId}</code>" in page
