"""Data-driven cases from tests/cases/*.json, recognised by their shape.

Every file holds a JSON list of objects. Two shapes:

- must not change: ``{"name", "text"}`` -- story content that cleaning must keep byte for
  byte: alone, at the tail of an article, at its head (before the first paragraph and
  right after the headline).
- removal: ``{"name", "input", "expected", "rule_ids"}`` -- ``cleanse.explain(input)`` gives
  exactly ``expected`` and ``rule_ids()`` (rule ids in document order, no repeats).

Both take optional ``"options"`` (``Config`` fields, e.g. ``{"keep_title": false}``) and
``"xfail": "reason"`` (a known bug: the case is kept and reported, not weakened).
Add cases to any file in tests/cases/; new files are picked up automatically.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

import cleanse

from .articles import ARTICLE, TITLE

CASES_DIR = Path(__file__).resolve().parent / "cases"


def _load() -> tuple[list[Any], list[Any]]:
    keep: list[Any] = []
    removal: list[Any] = []
    names: set[str] = set()
    for path in sorted(CASES_DIR.glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        assert isinstance(data, list), f"{path.name}: expected a JSON list"
        for i, case in enumerate(data):
            name = case.get("name") or f"{i}"
            uid = f"{path.stem}:{name}"
            assert uid not in names, f"duplicate case name {uid}"
            names.add(uid)
            marks = [pytest.mark.xfail(reason=case["xfail"], strict=True)] if case.get("xfail") else []
            if "text" in case:
                keep.append(pytest.param(case, id=uid, marks=marks))
            elif {"input", "expected", "rule_ids"} <= case.keys():
                removal.append(pytest.param(case, id=uid, marks=marks))
            else:
                raise AssertionError(f"{uid}: unknown case shape {sorted(case)}")
    return keep, removal


KEEP, REMOVAL = _load()


def _placements(text: str) -> dict[str, str]:
    return {
        "alone": text,
        "tail": f"{TITLE}\n\n{ARTICLE}\n\n{text}",
        "head": f"{text}\n\n{ARTICLE}",
        "after-title": f"{TITLE}\n\n{text}\n\n{ARTICLE}",
    }


def test_case_files_present() -> None:
    assert len(KEEP) >= 60
    assert len(REMOVAL) >= 10


@pytest.mark.parametrize("case", KEEP)
def test_must_not_change(case: dict[str, Any]) -> None:
    options = case.get("options", {})
    failures = []
    for where, doc in _placements(case["text"]).items():
        result = cleanse.explain(doc, **options)
        if result.text != doc:
            removed = [(r.rule_id, r.text) for r in result.removals]
            failures.append(f"{where}: removed {removed}, fixes {[f.name for f in result.fixes]}")
    assert not failures, "\n".join(failures)


@pytest.mark.parametrize("case", REMOVAL)
def test_removal(case: dict[str, Any]) -> None:
    result = cleanse.explain(case["input"], **case.get("options", {}))
    assert result.text == case["expected"]
    assert result.rule_ids() == case["rule_ids"]
    # The cleaned text is clean: cleaning it again changes nothing.
    assert cleanse.clean(result.text, **case.get("options", {})) == result.text
