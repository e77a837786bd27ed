from __future__ import annotations

import subprocess
import sys

import cleanse

from .conftest import SEEDS

SEED = (SEEDS / "000_1df48a8ff55d4118.txt").read_text(encoding="utf-8")
EXPECTED = (SEEDS / "000_1df48a8ff55d4118.expected.txt").read_text(encoding="utf-8")


def test_seed_cleans_exactly() -> None:
    assert cleanse.clean(SEED).rstrip() == EXPECTED.rstrip()


def test_seed_explained() -> None:
    result = cleanse.explain(SEED)
    cats = [r.category for r in result.removals]
    assert cats == ["chrome", "disclaimer", "comments"]
    assert result.removals[0].text.strip() == "Deep News10-17"
    assert result.removals[1].text.strip().startswith("Disclaimer: Investing carries risk.")
    assert result.removals[2].text.startswith("Comments")
    assert result.removals[2].text.rstrip().endswith("Leave a comment")
    assert dict(result.metadata) == {"source": "Deep News", "date": "10-17"}
    assert not result.guard_fired
    assert cleanse.apply_removals(result.reference, result.removals) == result.text


def test_seed_body_mentions_stay() -> None:
    text = cleanse.clean(SEED)
    assert "Radchenko commented." in text
    assert "Orban posted on social media platform X (formerly Twitter)" in text


def test_command_prints_expected() -> None:
    out = subprocess.run(
        [sys.executable, "-m", "cleanse.cli", str(SEEDS / "000_1df48a8ff55d4118.txt")],
        capture_output=True,
        text=True,
        check=True,
        encoding="utf-8",
    ).stdout
    assert out.rstrip() == EXPECTED.rstrip()


def test_command_explain_lists_rule_ids() -> None:
    out = subprocess.run(
        [sys.executable, "-m", "cleanse.cli", "--explain", str(SEEDS / "000_1df48a8ff55d4118.txt")],
        capture_output=True,
        text=True,
        check=True,
        encoding="utf-8",
    ).stdout
    ids = [line.split("\t")[0] for line in out.splitlines()]
    assert ids == [r.rule_id for r in cleanse.explain(SEED).removals]
