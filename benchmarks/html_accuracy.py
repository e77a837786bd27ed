"""Article extraction accuracy and speed on the AEB dev pages: cleanse vs trafilatura and readability-lxml.

    python benchmarks/html_accuracy.py [EVAL_DIR] [--tools cleanse,trafilatura,readability] [--losses 8]
                                       [--warmup N] [--rounds N]

EVAL_DIR defaults to ../shared/eval (the folder holding aeb/). Every tool gets the same input,
the page's HTML already decoded to str, in the same process, one page at a time. Prints one
table (F1 / precision / recall / exact-token accuracy / pages per second / pages that raised)
and, for cleanse, the pages with the lowest recall and the lowest precision. Speed is given
as wall-clock and as CPU time of the process (``time.process_time``: steadier on a shared
machine); with ``--rounds N`` the tools take turns N times and each keeps its best round,
so a burst of load on the machine hits one round of one tool, not the ratio. The metric is
benchmarks/metric.py (the benchmark's own definition). Peers come from the ``bench`` extra:
``pip install -e '.[bench]'``.
"""

from __future__ import annotations

import argparse
import gzip
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from metric import PageScore, score_page, summarise

ROOT = Path(__file__).resolve().parent.parent


def load(eval_dir: Path) -> list[tuple[str, str, str]]:
    docs = eval_dir / "aeb" / "docs"
    if not docs.is_dir():
        docs = eval_dir / "docs"
    pages = []
    for d in sorted(docs.iterdir()):
        page = d / "page.html.gz"
        if not page.exists():
            continue
        html = gzip.decompress(page.read_bytes()).decode("utf-8", "replace")
        pages.append((d.name, html, (d / "gold.txt").read_text(encoding="utf-8")))
    return pages


def _cleanse() -> Callable[[str], str]:
    import cleanse

    cleanse.clean_html("<p>warm up</p>")
    return cleanse.clean_html


def _trafilatura() -> Callable[[str], str]:
    import trafilatura

    def run(html: str) -> str:
        return trafilatura.extract(html, include_comments=False) or ""

    return run


def _readability() -> Callable[[str], str]:
    import lxml.html
    from readability import Document

    def run(html: str) -> str:
        summary = Document(html).summary(html_partial=True)
        return " ".join(lxml.html.fromstring(summary).itertext()) if summary.strip() else ""

    return run


TOOLS: dict[str, Callable[[], Callable[[str], str]]] = {
    "cleanse": _cleanse,
    "trafilatura": _trafilatura,
    "readability": _readability,
}


def run_tool(
    fn: Callable[[str], str], pages: list[tuple[str, str, str]]
) -> tuple[list[PageScore], float, float, list[str]]:
    """Scores, wall-clock seconds, CPU seconds and the pages that raised."""
    outputs: list[str] = []
    errors: list[str] = []
    elapsed = cpu = 0.0
    for pid, html, _gold in pages:
        t0, c0 = time.perf_counter(), time.process_time()
        try:
            out = fn(html)
        except Exception as exc:  # a raising page is a finding, not a crash of the benchmark
            out = ""
            errors.append(f"{pid}: {type(exc).__name__}: {exc}")
        elapsed += time.perf_counter() - t0
        cpu += time.process_time() - c0
        outputs.append(out)
    scores = [score_page(out, gold) for out, (_p, _h, gold) in zip(outputs, pages, strict=False)]
    return scores, elapsed, cpu, errors


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("eval_dir", nargs="?", default=str(ROOT.parent / "shared" / "eval"))
    ap.add_argument("--tools", default="cleanse,trafilatura,readability")
    ap.add_argument("--losses", type=int, default=8, help="pages listed per loss kind (cleanse)")
    ap.add_argument(
        "--warmup",
        type=int,
        default=0,
        help="run every tool untimed over the first N pages first (steady-state speed: one-time "
        "setup such as lazily compiled patterns is not counted); default 0 counts it",
    )
    ap.add_argument(
        "--rounds",
        type=int,
        default=1,
        help="time every tool N times, taking turns, and keep each tool's best round (default 1)",
    )
    args = ap.parse_args()
    pages = load(Path(args.eval_dir))
    warm = f", each tool warmed up on {args.warmup} pages untimed" if args.warmup else ", cold start"
    rounds = f", best of {args.rounds} rounds" if args.rounds > 1 else ""
    print(f"{len(pages)} pages from {args.eval_dir}{warm}{rounds}\n")
    tools: dict[str, Callable[[str], str]] = {}
    for name in args.tools.split(","):
        try:
            tools[name] = TOOLS[name]()
        except ImportError as exc:
            print(f"({name} not installed: {exc}; pip install -e '.[bench]')")
    best: dict[str, tuple[list[PageScore], float, float, list[str]]] = {}
    for round_no in range(max(args.rounds, 1)):
        for name, fn in tools.items():
            if args.warmup and round_no == 0:
                run_tool(fn, pages[: args.warmup])
            result = run_tool(fn, pages)
            if name not in best:
                best[name] = result
            else:  # scores and errors of the first round, the best times of all
                first = best[name]
                best[name] = (first[0], min(first[1], result[1]), min(first[2], result[2]), first[3])
    rows = []
    cleanse_scores: list[PageScore] = []
    for name, (scores, elapsed, cpu, errors) in best.items():
        s = summarise(scores)
        rows.append(
            (
                name,
                s.f1,
                s.precision,
                s.recall,
                s.accuracy,
                len(pages) / elapsed,
                len(pages) / cpu,
                len(errors),
            )
        )
        for e in errors:
            print(f"  {name} raised on {e}")
        if name == "cleanse":
            cleanse_scores = scores
    print("| tool | F1 | precision | recall | accuracy | pages/s (wall) | pages/s (CPU) | raised |")
    print("|---|---|---|---|---|---|---|---|")
    for name, f1, p, r, acc, pps, cps, nerr in rows:
        print(f"| {name} | {f1:.3f} | {p:.3f} | {r:.3f} | {acc:.3f} | {pps:.0f} | {cps:.0f} | {nerr} |")
    speeds = {row[0]: (row[5], row[6]) for row in rows}
    if "cleanse" in speeds and "trafilatura" in speeds:
        wall = speeds["cleanse"][0] / speeds["trafilatura"][0]
        cpu_ratio = speeds["cleanse"][1] / speeds["trafilatura"][1]
        print(f"\ncleanse pages/s = {wall:.1f}x trafilatura's (wall), {cpu_ratio:.1f}x (CPU time)")
    if cleanse_scores and args.losses:
        ids = [p[0] for p in pages]
        ranked = sorted(range(len(ids)), key=lambda i: cleanse_scores[i].recall)
        print("\ncleanse, lowest recall:")
        for i in ranked[: args.losses]:
            sc = cleanse_scores[i]
            print(f"  {ids[i]}  R={sc.recall:.3f} P={sc.precision:.3f}  missed {sc.fn} shingles")
        ranked = sorted(range(len(ids)), key=lambda i: cleanse_scores[i].precision)
        print("cleanse, lowest precision:")
        for i in ranked[: args.losses]:
            sc = cleanse_scores[i]
            print(f"  {ids[i]}  P={sc.precision:.3f} R={sc.recall:.3f}  extra {sc.fp} shingles")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
