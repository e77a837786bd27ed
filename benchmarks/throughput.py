"""Throughput of cleanse.clean against ftfy.fix_text alone, on the same text, same run.

    python benchmarks/throughput.py [--sizes 1,10] [--repeat 3]

Builds documents by repeating the seed to each size (MB) and prints MB/s for both and
their ratio. The ratio is what to compare across machines: absolute figures are noisy.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable
from pathlib import Path

import ftfy

import cleanse

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_1df48a8ff55d4118.txt"


def best_time(fn: Callable[[str], object], text: str, repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn(text)
        best = min(best, time.perf_counter() - t0)
    return best


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--sizes", default="1,10", help="document sizes in MB, comma-separated")
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    seed = SEED.read_text(encoding="utf-8")
    cleaner = cleanse.Cleaner()
    print("| input | MB | cleanse MB/s | ftfy.fix_text MB/s | ratio cleanse/ftfy |")
    print("|---|---|---|---|---|")
    for size in (float(s) for s in args.sizes.split(",")):
        target = int(size * 1_000_000)
        text = (seed + "\n\n") * (target // (len(seed.encode()) + 2) + 1)
        mb = len(text.encode("utf-8")) / 1e6
        t_clean = best_time(cleaner.clean, text, args.repeat)
        t_ftfy = best_time(ftfy.fix_text, text, args.repeat)
        copies = text.count("Deep News10-17")
        print(
            f"| seed x{copies}, one document | {mb:.1f} | {mb / t_clean:.1f} | "
            f"{mb / t_ftfy:.1f} | {t_ftfy / t_clean:.1f}x |"
        )
        docs = [seed] * copies

        t_clean = best_time(lambda _, docs=docs: [cleaner.clean(d) for d in docs], "", args.repeat)
        t_ftfy = best_time(lambda _, docs=docs: [ftfy.fix_text(d) for d in docs], "", args.repeat)
        print(
            f"| seed x{copies}, separate documents | {mb:.1f} | {mb / t_clean:.1f} | "
            f"{mb / t_ftfy:.1f} | {t_ftfy / t_clean:.1f}x |"
        )


if __name__ == "__main__":
    main()
