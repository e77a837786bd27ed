"""The article-extraction-benchmark metric (shingle precision/recall), as the dev set's README defines it.

Tokens are the matches of ``\\w+``; shingles are consecutive 4-token windows (a text of 1 to 3
tokens yields one shorter shingle, no tokens yield none). Per page the predicted and gold shingle
multisets give TP/FP/FN; precision and recall are averaged over pages and F1 is computed from
the two means. Accuracy is the share of pages whose token lists are exactly equal.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

__all__ = ["PageScore", "Summary", "score_page", "shingles", "summarise", "tokens"]

_TOKEN = re.compile(r"\w+")
N = 4


def tokens(text: str) -> list[str]:
    return _TOKEN.findall(text)


def shingles(toks: list[str]) -> Counter[tuple[str, ...]]:
    if not toks:
        return Counter()
    if len(toks) < N:
        return Counter([tuple(toks)])
    return Counter(tuple(toks[i : i + N]) for i in range(len(toks) - N + 1))


@dataclass(frozen=True)
class PageScore:
    precision: float
    recall: float
    exact: bool
    tp: int
    fp: int
    fn: int


def score_page(predicted: str, gold: str) -> PageScore:
    pt, gt = tokens(predicted), tokens(gold)
    ps, gs = shingles(pt), shingles(gt)
    tp = sum((ps & gs).values())
    fp = sum(ps.values()) - tp
    fn = sum(gs.values()) - tp
    if fp == 0 and fn == 0:
        p = r = 1.0
    else:
        p = 0.0 if tp + fp == 0 else tp / (tp + fp)
        r = 0.0 if tp + fn == 0 else tp / (tp + fn)
    return PageScore(p, r, pt == gt, tp, fp, fn)


@dataclass(frozen=True)
class Summary:
    f1: float
    precision: float
    recall: float
    accuracy: float
    pages: int


def summarise(scores: Iterable[PageScore]) -> Summary:
    items = list(scores)
    if not items:
        return Summary(0.0, 0.0, 0.0, 0.0, 0)
    p = sum(s.precision for s in items) / len(items)
    r = sum(s.recall for s in items) / len(items)
    f1 = 0.0 if p + r == 0 else 2 * p * r / (p + r)
    acc = sum(s.exact for s in items) / len(items)
    return Summary(f1, p, r, acc, len(items))
