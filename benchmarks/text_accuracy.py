"""Accuracy of cleanse on the text path of the AEB dev set, with the benchmark's own metric.

    python benchmarks/text_accuracy.py [EVAL_DIR] [--leftovers FILE] [--removed FILE] [--worst N] [--gap N]

EVAL_DIR defaults to ../shared/eval (relative to the repo root); pages are read from
EVAL_DIR/aeb/docs/<id>/{extracted.txt,page.txt,gold.txt}. For each input (extracted.txt,
page.txt) it prints F1 / P / R / accuracy with no cleaning and with cleanse (keep_title False,
the gold has no headline, and True; and keep_dateline False), cleanse's docs/s and MB/s, and ftfy.fix_text alone on the
same texts in the same run. Then the documents where cleanse lost the most recall, with the
removed snippets and rule ids, and, for each input, the precision its F1 target needs and
the documents that lose the most of it, with their largest leftover lines.

--leftovers FILE: lines of the cleaned extracted.txt whose tokens are not in the gold
(boilerplate left over), grouped by normalised line text, most frequent first.
--removed FILE: every removal on extracted.txt (doc id, rule id, text), flagged when its
tokens appear in the gold (possibly content removed by mistake).
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import ftfy

sys.path.insert(0, str(Path(__file__).resolve().parent))
from metric import PageScore, Summary, score_page, summarise, tokens

import cleanse

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_EVAL = ROOT.parent / "shared" / "eval"
INPUTS = ("extracted.txt", "page.txt")
#: The issue's F1 targets on the development set.
TARGETS = {"extracted.txt": 0.970, "page.txt": 0.85}


@dataclass(frozen=True)
class Doc:
    id: str
    gold: str
    inputs: dict[str, str]


def load(eval_dir: Path) -> list[Doc]:
    docs_dir = eval_dir / "aeb" / "docs"
    if not docs_dir.is_dir():
        raise SystemExit(f"no pages under {docs_dir}")
    out = []
    for d in sorted(p for p in docs_dir.iterdir() if p.is_dir()):
        gold = d / "gold.txt"
        if not gold.exists():
            continue
        inputs = {name: (d / name).read_text(encoding="utf-8") for name in INPUTS if (d / name).exists()}
        out.append(Doc(d.name, gold.read_text(encoding="utf-8"), inputs))
    return out


def fmt(s: Summary) -> str:
    return f"{s.f1:.4f} | {s.precision:.4f} | {s.recall:.4f} | {s.accuracy:.3f}"


def timed(fn: Callable[[str], object], texts: Sequence[str]) -> float:
    t0 = time.perf_counter()
    for t in texts:
        fn(t)
    return time.perf_counter() - t0


class Gold:
    """The gold text of one page as a lower-cased token sequence, for "is this text gold?"."""

    def __init__(self, gold: str) -> None:
        self.seq = " " + " ".join(t.lower() for t in tokens(gold)) + " "

    def contains(self, text: str) -> bool:
        """True when the text looks like gold content.

        Texts of 1-3 tokens count when they occur as a contiguous token run in the gold;
        longer ones when at least half of their 4-token shingles do.
        """
        toks = [t.lower() for t in tokens(text)]
        if not toks:
            return False
        if len(toks) < 4:
            return " " + " ".join(toks) + " " in self.seq
        windows = len(toks) - 3
        hits = sum(1 for i in range(windows) if " " + " ".join(toks[i : i + 4]) + " " in self.seq)
        return hits * 2 >= windows


_NUM = re.compile(r"\d+")
_WS = re.compile(r"\s+")


def normalise_line(line: str) -> str:
    """Group key for leftovers: digits -> 0, whitespace collapsed, case-folded, trimmed."""
    return _WS.sub(" ", _NUM.sub("0", line)).strip().casefold()[:200]


def snippet(text: str, width: int = 110) -> str:
    one = _WS.sub(" ", text).strip()
    return one if len(one) <= width else one[: width - 1] + "…"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("eval_dir", nargs="?", type=Path, default=DEFAULT_EVAL)
    ap.add_argument("--leftovers", type=Path, help="write leftover boilerplate candidates here")
    ap.add_argument("--removed", type=Path, help="write every removal here")
    ap.add_argument("--worst", type=int, default=10, help="documents listed by recall lost")
    ap.add_argument("--gap", type=int, default=10, help="documents listed by precision short of the target")
    args = ap.parse_args()

    docs = load(args.eval_dir)
    print(f"{len(docs)} pages from {args.eval_dir}\n")
    body = cleanse.Cleaner(cleanse.Config(keep_title=False))
    titled = cleanse.Cleaner(cleanse.Config(keep_title=True))
    undated = cleanse.Cleaner(cleanse.Config(keep_title=False, keep_dateline=False))

    print("| input | method | F1 | P | R | accuracy |")
    print("|---|---|---|---|---|---|")
    speed_rows = []
    per_doc: dict[str, dict[str, PageScore]] = defaultdict(dict)
    for name in INPUTS:
        pages = [d for d in docs if name in d.inputs]
        texts = [d.inputs[name] for d in pages]
        raw = [score_page(t, d.gold) for t, d in zip(texts, pages, strict=True)]
        print(f"| {name} | no cleaning | {fmt(summarise(raw))} |")
        for label, cleaner in (
            ("cleanse", body),
            ("cleanse keep_title=True", titled),
            ("cleanse keep_dateline=False", undated),
        ):
            cleaned = [cleaner.clean(t) for t in texts]
            scores = [score_page(c, d.gold) for c, d in zip(cleaned, pages, strict=True)]
            print(f"| {name} | {label} | {fmt(summarise(scores))} |")
            if cleaner is body:
                for d, r, s in zip(pages, raw, scores, strict=True):
                    per_doc[name][d.id + ":raw"] = r
                    per_doc[name][d.id] = s
        mb = sum(len(t.encode("utf-8")) for t in texts) / 1e6
        t_clean = min(timed(body.clean, texts) for _ in range(2))
        t_ftfy = min(timed(ftfy.fix_text, texts) for _ in range(2))
        speed_rows.append((name, len(texts), mb, t_clean, t_ftfy))

    print("\n| input | docs | MB | cleanse docs/s | cleanse MB/s | ftfy.fix_text MB/s | ratio cleanse/ftfy |")
    print("|---|---|---|---|---|---|---|")
    for name, n, mb, tc, tf in speed_rows:
        print(f"| {name} | {n} | {mb:.2f} | {n / tc:.0f} | {mb / tc:.2f} | {mb / tf:.2f} | {tf / tc:.2f} |")

    # Documents where cleanse lost the most recall on extracted.txt.
    name = "extracted.txt"
    pages = [d for d in docs if name in d.inputs]
    losses = sorted(
        ((per_doc[name][d.id + ":raw"].recall - per_doc[name][d.id].recall, d) for d in pages),
        key=lambda x: -x[0],
    )
    print(f"\nTop {args.worst} recall losses on {name} (cleanse vs no cleaning):")
    for loss, d in losses[: args.worst]:
        if loss <= 0:
            print("  (no other document lost recall)")
            break
        before, after = per_doc[name][d.id + ":raw"].recall, per_doc[name][d.id].recall
        print(f"- {d.id}: recall {before:.3f} -> {after:.3f}")
        res = body.explain(d.inputs[name])
        if res.guard_fired:
            print(f"    guard fired: {res.guard_reason}")
        gold = Gold(d.gold)
        for rem in res.removals:
            flag = " [IN GOLD?]" if gold.contains(rem.text) else ""
            print(f"    {rem.rule_id}{flag}: {snippet(rem.text)}")

    for name, target in TARGETS.items():
        pages = [d for d in docs if name in d.inputs]
        print_gap(name, target, pages, {d.id: per_doc[name][d.id] for d in pages}, body, args.gap)

    name = "extracted.txt"
    if args.leftovers:
        write_leftovers(args.leftovers, pages, body, name)
    if args.removed:
        write_removed(args.removed, pages, body, name)


def print_gap(
    name: str, target: float, pages: list[Doc], scores: dict[str, PageScore], cleaner: cleanse.Cleaner, n: int
) -> None:
    """The documents that keep F1 from ``target``: the precision they lose (precision is a
    mean over pages, so each page's share is (1 - P) / pages), with their largest leftover
    lines that are not in the gold."""
    s = summarise(scores.values())
    needed = target * s.recall / (2 * s.recall - target) if 2 * s.recall > target else float("inf")
    print(
        f"\nF1 target {target} on {name}: at recall {s.recall:.4f} it needs precision {needed:.4f}, "
        f"{needed - s.precision:+.4f} from {s.precision:.4f}. Top {n} precision losses "
        "(share of mean precision lost; F1 if this and the documents above were at precision 1; "
        "largest leftover lines not in the gold):"
    )
    cum = 0.0
    for d in sorted(pages, key=lambda d: scores[d.id].precision)[:n]:
        sc = scores[d.id]
        share = (1 - sc.precision) / len(pages)
        cum += share
        p = s.precision + cum
        print(
            f"- {d.id}: P {sc.precision:.3f} R {sc.recall:.3f}, {share:.4f} of mean P, F1 {2 * p * s.recall / (p + s.recall):.4f}"
        )
        gold = Gold(d.gold)
        left = [
            ln for ln in cleaner.clean(d.inputs[name]).split("\n") if tokens(ln) and not gold.contains(ln)
        ]
        for line in sorted(left, key=lambda ln: -len(tokens(ln)))[:3]:
            print(f"    [{len(tokens(line))} tokens] {snippet(line)}")


def write_leftovers(path: Path, pages: list[Doc], cleaner: cleanse.Cleaner, name: str) -> None:
    """Cleaned lines not in the gold, grouped by normalised text and by their first two words.

    Each group shows where its lines sit in the cleaned text: H (first 5 lines),
    T (last 5 lines), M (between), and up to three example doc ids.
    """
    groups: Counter[str] = Counter()
    prefixes: Counter[str] = Counter()
    where: dict[str, Counter[str]] = defaultdict(Counter)
    examples: dict[str, list[str]] = defaultdict(list)
    for d in pages:
        gold = Gold(d.gold)
        lines = [ln for ln in cleaner.clean(d.inputs[name]).split("\n") if ln.strip()]
        for i, line in enumerate(lines):
            if not tokens(line) or gold.contains(line):
                continue
            key = normalise_line(line)
            groups[key] += 1
            prefixes[" ".join(key.split()[:2])] += 1
            where[key]["H" if i < 5 else "T" if i >= len(lines) - 5 else "M"] += 1
            if len(examples[key]) < 3 and d.id not in examples[key]:
                examples[key].append(d.id)
    with path.open("w", encoding="utf-8") as f:
        f.write(f"# leftover lines of cleanse({name}) not in gold\n")
        f.write("# count<TAB>position H/M/T counts<TAB>example docs<TAB>normalised line (digits -> 0)\n")
        for key, n in groups.most_common():
            pos = " ".join(f"{k}{v}" for k, v in sorted(where[key].items()))
            f.write(f"{n}\t{pos}\t{','.join(examples[key])}\t{key}\n")
        f.write("\n# families: first two words of leftover lines, count >= 2\n")
        for key, n in prefixes.most_common():
            if n < 2:
                break
            f.write(f"{n}\t{key}\n")
    print(f"\nwrote {len(groups)} leftover line groups ({sum(groups.values())} lines) to {path}")


def write_removed(path: Path, pages: list[Doc], cleaner: cleanse.Cleaner, name: str) -> None:
    count = flagged = 0
    with path.open("w", encoding="utf-8") as f:
        f.write("# every removal: doc<TAB>rule id<TAB>IN_GOLD? (tokens found in gold)<TAB>text\n")
        for d in pages:
            gold = Gold(d.gold)
            for r in cleaner.explain(d.inputs[name]).removals:
                hit = gold.contains(r.text)
                count += 1
                flagged += hit
                f.write(f"{d.id}\t{r.rule_id}\t{'IN_GOLD' if hit else '-'}\t{snippet(r.text, 300)}\n")
    print(f"wrote {count} removals ({flagged} flagged IN_GOLD) to {path}")


if __name__ == "__main__":
    main()
