"""The ``cleanse clean`` command on a generated JSONL corpus: speed and peak memory.

    python benchmarks/cli_bench.py [SHARED_EVAL_DIR] [--records 50000,200000] [--workers 1,2]

Builds JSONL files of N records from the development texts
(``SHARED_EVAL_DIR/aeb/docs/*/extracted.txt``, default ``../shared/eval``), each record
``{"id": ..., "url": ..., "text": ...}`` cycling through the texts, in a temporary
directory; runs ``python -m cleanse.cli clean IN -o OUT --workers W -q`` on each; prints
records/s, MB/s (of input) and peak memory. Peak memory is the largest sum of the resident
set sizes of the whole process tree (the command and its workers), sampled every 20 ms
from /proc, and the largest single process (``ru_maxrss`` of the children). Memory must
not grow with the input: the command streams, with a bounded number of chunks in flight.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LIMIT_MB = 300


def make_corpus(texts: list[str], n: int, path: Path) -> int:
    with open(path, "w", encoding="utf-8") as fh:
        for i in range(n):
            text = texts[i % len(texts)]
            fh.write(
                json.dumps({"id": i, "url": f"https://example.com/{i}", "text": text}, ensure_ascii=False)
            )
            fh.write("\n")
    return path.stat().st_size


def _rss_kb(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/status", encoding="ascii", errors="replace") as fh:
            for line in fh:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def _children(pid: int) -> list[int]:
    out = []
    for p in Path("/proc").iterdir():
        if not p.name.isdigit():
            continue
        try:
            stat = (p / "stat").read_text()
        except OSError:
            continue
        if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
            out.append(int(p.name))
    return out


def run(cmd: list[str]) -> tuple[float, float, int]:
    """Wall seconds, peak tree RSS (MB), exit status."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    peak = 0
    children: list[int] = []
    last_scan = 0.0
    while proc.poll() is None:
        now = time.perf_counter()
        if now - last_scan > 0.5:  # workers start once; rescan now and then
            children = _children(proc.pid)
            last_scan = now
        peak = max(peak, _rss_kb(proc.pid) + sum(_rss_kb(c) for c in children))
        time.sleep(0.02)
    seconds = time.perf_counter() - start
    err = proc.stderr.read().decode() if proc.stderr else ""
    if proc.returncode:
        print(err, file=sys.stderr)
    return seconds, peak / 1024, proc.returncode


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("shared", nargs="?", default=str(ROOT.parent / "shared" / "eval"))
    ap.add_argument("--records", default="50000,200000", help="corpus sizes, comma-separated")
    ap.add_argument("--workers", default="1,2", help="worker counts, comma-separated")
    args = ap.parse_args()
    paths = sorted(Path(args.shared).glob("aeb/docs/*/extracted.txt"))
    if not paths:
        print(f"no development texts under {args.shared}/aeb/docs", file=sys.stderr)
        return 2
    texts = [p.read_text(encoding="utf-8") for p in paths]
    print(f"{len(texts)} development texts, mean {sum(map(len, texts)) // len(texts):,} characters")
    print()
    print(
        "| records | input MB | workers | seconds | records/s | MB/s | peak RSS, process tree | largest process |"
    )
    print("|---:|---:|---:|---:|---:|---:|---:|---:|")
    worst = 0.0
    failed = False
    with tempfile.TemporaryDirectory(prefix="cleanse-bench-") as tmp:
        for n in (int(x) for x in args.records.split(",")):
            src = Path(tmp) / f"in-{n}.jsonl"
            size = make_corpus(texts, n, src)
            mb = size / 1e6
            for w in (int(x) for x in args.workers.split(",")):
                out = Path(tmp) / "out.jsonl"
                before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
                cmd = [
                    sys.executable,
                    "-m",
                    "cleanse.cli",
                    "clean",
                    str(src),
                    "-o",
                    str(out),
                    "--workers",
                    str(w),
                    "-q",
                ]
                seconds, peak, status = run(cmd)
                largest = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
                largest_txt = f"{largest / 1024:.0f} MB" if largest > before else "(≤ earlier run)"
                if status != 0:
                    failed = True
                    print(f"| {n:,} | {mb:,.0f} | {w} | failed (exit {status}) | | | | |", flush=True)
                    continue
                worst = max(worst, peak)
                print(
                    f"| {n:,} | {mb:,.0f} | {w} | {seconds:.1f} | {n / seconds:,.0f} | {mb / seconds:.1f} | "
                    f"{peak:.0f} MB | {largest_txt} |",
                    flush=True,
                )
                out.unlink(missing_ok=True)
            src.unlink()
    print()
    verdict = "OK" if worst < LIMIT_MB else "OVER"
    print(f"peak memory {worst:.0f} MB, limit {LIMIT_MB} MB: {verdict}")
    return 1 if failed or worst >= LIMIT_MB else 0


if __name__ == "__main__":
    raise SystemExit(main())
