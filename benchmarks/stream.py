"""Streaming and adversarial-input benchmarks.

    python benchmarks/stream.py [--mb 100] [--workers 2] [--shared ../shared]

1. Memory of a long stream: writes a JSON Lines file of about ``--mb`` megabytes from the real
   news in ``../shared/bench`` (records repeated with new ids), runs
   ``python -m newskit parse FILE --input-format jsonl --format jsonl`` on it in a child process
   and reports the child's peak resident memory and throughput. Memory must stay flat: it should
   not grow with the file.
2. Adversarial inputs: long runs of capitals, quotes, digits, periods and one 10 MB line, each
   parsed in-process; throughput is reported beside that of normal text.
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

import newskit

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent


def news_records(shared: Path) -> list[dict[str, str]]:
    records = []
    with (shared / "bench" / "tbaq.jsonl").open(encoding="utf-8") as f:
        for line in f:
            doc = json.loads(line)
            records.append({"text": doc["text"], "published": doc["dct"]})
    return records


def stream_memory(shared: Path, megabytes: int, workers: int) -> dict[str, float]:
    records = news_records(shared)
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "big.jsonl"
        size = 0
        n = 0
        with source.open("w", encoding="utf-8") as f:
            while size < megabytes * 2**20:
                record = dict(records[n % len(records)], id=f"r{n}", split=False)
                line = json.dumps(record) + "\n"
                f.write(line)
                size += len(line.encode("utf-8"))
                n += 1
        start = time.perf_counter()
        subprocess.run(
            [
                sys.executable,
                "-m",
                "newskit",
                "parse",
                str(source),
                "--input-format",
                "jsonl",
                "--format",
                "jsonl",
                "-o",
                str(Path(tmp) / "out.jsonl"),
                "--workers",
                str(workers),
            ],
            check=True,
            stderr=subprocess.DEVNULL,
        )
        seconds = time.perf_counter() - start
    peak_kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss  # the largest child (Linux: KiB)
    return {
        "input_mb": round(size / 2**20, 1),
        "records": n,
        "seconds": round(seconds, 1),
        "chars_per_s": round(size / seconds),
        "peak_rss_mb_largest_process": round(peak_kb / 1024, 1),
    }


ADVERSARIAL = {
    "capitals": "ABCDEFGH " * 20_000,
    "capitalised words": "The United Nations Security Council Resolution " * 4_000,
    "quotes": "“" * 50_000 + "\"'" * 50_000,
    "digits": "1234567890 " * 20_000 + "9" * 100_000,
    "periods": "U.S. Dr. a.m. " * 15_000,
    "one 10 MB line": ("Officials said on Monday that talks in Kabul would continue, " * 170_000)[:10_000_000],
}


def adversarial(shared: Path) -> list[dict[str, object]]:
    pm = newskit.get_plugin_manager(entry_points=False)
    normal = "\n\n".join(r["text"] for r in news_records(shared)[:40])
    rows = []
    for name, text in {"normal news": normal, **ADVERSARIAL}.items():
        start = time.perf_counter()
        newskit.parse(text, published="2025-01-09", split=False, plugin_manager=pm)
        seconds = time.perf_counter() - start
        rows.append(
            {"input": name, "chars": len(text), "seconds": round(seconds, 3), "chars_per_s": round(len(text) / seconds)}
        )
    base = rows[0]["chars_per_s"]
    for row in rows:
        row["vs_normal"] = round(row["chars_per_s"] / base, 2)  # type: ignore[operator]
    return rows


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--mb", type=int, default=100)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--skip-stream", action="store_true")
    ap.add_argument("--out", type=Path, default=HERE / "results" / "stream.json")
    args = ap.parse_args()
    result: dict[str, object] = {}
    if not args.skip_stream:
        # first: a child's peak memory counts the image of the parent it was forked from, and the
        # in-process adversarial runs below grow this process (one 10 MB article is ~1 GB)
        result["stream"] = stream_memory(args.shared, args.mb, args.workers)
        print("stream:", result["stream"])
    result["adversarial"] = adversarial(args.shared)
    for row in result["adversarial"]:  # type: ignore[attr-defined]
        print(
            f"{row['input']:20s} {row['chars']:>11,d} chars {row['seconds']:>8.3f} s "
            f"{row['chars_per_s']:>11,d} chars/s  x{row['vs_normal']}"
        )
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
