from __future__ import annotations

import pytest

from cleanse.docgen import PAGES

from .conftest import ROOT


@pytest.mark.parametrize("rel", sorted(PAGES))
def test_generated_docs_current(rel: str) -> None:
    path = ROOT / rel
    assert path.exists(), f"{rel} missing: run python -m cleanse.docgen"
    assert path.read_text(encoding="utf-8") == PAGES[rel](), f"{rel} is stale: run python -m cleanse.docgen"


def test_readme_commands_match_ci() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "pip install -e . && cleanse seeds/000_1df48a8ff55d4118.txt" in readme
    test_cmd = "python -m pytest"
    assert f"\n{test_cmd}\n" in readme
    assert f"\n{test_cmd}" in ci
