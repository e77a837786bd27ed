from __future__ import annotations

import pickle
from concurrent.futures import ThreadPoolExecutor

import pytest

import cleanse
from cleanse import Cleaner, Config

from .articles import ARTICLE, TITLE
from .test_seed import EXPECTED, SEED


@pytest.mark.parametrize("bad", [None, 1, 1.5, b"bytes", bytearray(b"x"), ["list"], object()])
def test_wrong_types_raise_type_error(bad: object) -> None:
    with pytest.raises(TypeError, match="str"):
        cleanse.clean(bad)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="str"):
        cleanse.explain(bad)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "text", ["", " ", "\n\n\n", "\x00\x01", "\ud800", "a" * 200_000, "Comments", "\u202e\u200b", "\r\r\n"]
)
def test_any_str_returns(text: str) -> None:
    result = cleanse.explain(text)
    assert isinstance(result.text, str)
    assert cleanse.apply_removals(result.reference, result.removals) == result.text


def test_cleaner_is_picklable_and_equivalent() -> None:
    cleaner = Cleaner(Config(keep_title=False))
    clone = pickle.loads(pickle.dumps(cleaner))
    assert clone.config == cleaner.config
    assert clone.clean(SEED) == cleaner.clean(SEED)
    result = cleaner.explain(SEED)
    assert pickle.loads(pickle.dumps(result)) == result


def test_cleaner_shared_between_threads() -> None:
    cleaner = Cleaner()
    docs = [SEED, ARTICLE, f"{TITLE}\n\nAdvertisement\n\n{ARTICLE}"] * 30
    with ThreadPoolExecutor(max_workers=4) as pool:
        got = list(pool.map(cleaner.clean, docs))
    assert got == [cleaner.clean(d) for d in docs]
    assert got[0].rstrip() == EXPECTED.rstrip()


def test_config_is_immutable_and_validated() -> None:
    config = Config()
    with pytest.raises(AttributeError):
        config.chrome = False  # type: ignore[misc]
    with pytest.raises(ValueError):
        Config(guard_threshold=0)
    with pytest.raises(TypeError):
        Config(extra_rules=("not a rule",))  # type: ignore[arg-type]
    assert config.replace(chrome=False).chrome is False


def test_keep_title_off_drops_headline() -> None:
    doc = f"{TITLE}\n\n{ARTICLE}"
    assert cleanse.clean(doc) == doc
    result = cleanse.explain(doc, keep_title=False)
    assert result.text == ARTICLE
    assert result.rule_ids() == ["chrome.title"]


@pytest.mark.parametrize(
    ("dateline", "sentence"),
    [
        ("NEW YORK, March 4 (Reuters) - ", "Oil prices fell 2% on Tuesday as stockpiles rose."),
        ("新华社北京5月9日电（记者 樊曦）", "5月9日，国家铁路局发布数据显示，铁路客运量同比增长。"),
    ],
)
def test_keep_dateline_off_cuts_the_dateline_keeps_the_sentence(dateline: str, sentence: str) -> None:
    doc = f"{TITLE}\n\n{dateline}{sentence}\n\n{ARTICLE}"
    assert cleanse.clean(doc) == doc  # kept by default, with its sentence
    result = cleanse.explain(doc, keep_dateline=False)
    assert result.text == f"{TITLE}\n\n{sentence}\n\n{ARTICLE}"
    assert result.rule_ids() == ["chrome.dateline-lead"]
    assert [r.text.strip() for r in result.removals] == [dateline.strip()]
    assert cleanse.clean(result.text, keep_dateline=False) == result.text  # idempotent
    # A dateline deeper in the story, or a headline shaped like one, stays.
    deep = f"{TITLE}\n\n{ARTICLE}\n\n{dateline}{sentence}"
    assert cleanse.clean(deep, keep_dateline=False) == deep


def test_guard_fires_and_removes_nothing() -> None:
    doc = "A short note.\n\nComments\n\nLeave a comment\nBe the first to comment\nJoin the conversation"
    result = cleanse.explain(doc)
    assert result.guard_fired
    assert result.removals == ()
    assert result.text == result.reference
    assert "guard" in result.guard_reason
    relaxed = cleanse.explain(doc, guard_threshold=1.0)
    assert not relaxed.guard_fired
    assert relaxed.text == "A short note."


def test_fixes_reported() -> None:
    result = cleanse.explain("caf\u00c3\u00a9 &amp; bar\r\n")
    assert result.text == "café & bar"
    assert [f.name for f in result.fixes] == [
        "unescape_html",
        "fix_encoding",
        "fix_line_breaks",
        "normalize_whitespace",
    ]
    assert cleanse.explain("a\u200bb").fixes[0].name == "remove_invisible"
    assert cleanse.explain("plain text").fixes == ()


def test_result_json_view() -> None:
    view = cleanse.explain(SEED).to_dict()
    assert [r["rule_id"] for r in view["removals"]] == [  # type: ignore[index]
        "chrome.source-date",
        "disclaimer.labelled",
        "comments.section",
    ]


def test_apply_removals_rejects_overlap() -> None:
    result = cleanse.explain(SEED)
    with pytest.raises(ValueError):
        cleanse.apply_removals(result.reference, tuple(reversed(result.removals)))
