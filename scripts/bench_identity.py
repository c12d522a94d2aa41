"""Time the cross-document matcher (canonical/) as the number of strategies grows.

    .venv/bin/python scripts/bench_identity.py [--documents 10 30 85] [--seed 1]

The corpus strategies' indicator wordings are copied into N synthetic documents; in each
copy a third of the wordings lose one random word, so the number of distinct forms grows
with N as it would with real regions' rewordings. Prints seconds, keys and peak RSS.
Every synthetic document holds the wordings of all three strategies, so keys and review
pairs are not what real documents give; the figures are for time and memory.
"""

from __future__ import annotations

import argparse
import random
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from canonical.cluster import Wording, group  # noqa: E402
from canonical.wording import Vocabulary  # noqa: E402
from extract.extraction import extract_file  # noqa: E402

CORPUS = [ROOT / "data" / "documents" / n for n in
          ("000_7142c9ccc9322ec3.txt", "002_3a8d6dee30197283.txt", "004_3829325a8a477fa3.txt")]


def corpus_wordings() -> tuple[list[str], list[str]]:
    names, regions = set(), []
    for path in CORPUS:
        extraction = extract_file(path)
        names |= {r["indicator_name"] for r in extraction.rows("strategy_indicators")}
        regions += [r["region"] for r in extraction.rows("documents")]
    return sorted(names), regions


def synthetic(names: list[str], documents: int, rng: random.Random) -> list[Wording]:
    out = []
    for d in range(documents):
        for name in names:
            words = name.split()
            if len(words) > 4 and rng.random() < 1 / 3:
                del words[rng.randrange(len(words))]
            out.append(Wording(" ".join(words), f"doc_{d:03d}"))
    return out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--documents", type=int, nargs="+", default=[10, 30, 85])
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    names, regions = corpus_wordings()
    vocabulary = Vocabulary.build(regions)
    for n in args.documents:
        wordings = synthetic(names, n, random.Random(args.seed))
        start = time.perf_counter()
        matches, review = group("indicator", wordings, vocabulary)
        seconds = time.perf_counter() - start
        rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"{n:4d} documents  {len(wordings):6d} wordings  "
              f"{len({m.key for m in matches}):5d} keys  {len(review):5d} to review  "
              f"{seconds:7.2f} s  peak RSS {rss:7.1f} MiB")


if __name__ == "__main__":
    main()
