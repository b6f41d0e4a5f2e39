"""Instructions per word of the whole extraction, counted with valgrind's callgrind (repeatable).

Wall-clock words/s on this shared 2-core machine vary by a factor of two from run to run; instruction
counts do not. The script runs the extraction under callgrind twice — loading only, then loading plus
one pass over the 19 texts of corpus/samples and ../shared/corpus — and reports the difference per
word. Compare two revisions by running it in a checkout of each (PYTHONPATH=<checkout>).

Usage: python tests/bench/bench_instructions.py [--root CHECKOUT]   (needs valgrind; takes ~10 minutes)
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CHILD = """
import sys
from pathlib import Path
from nlp.extract import extract_batch
from nlp.pipeline import load_pipeline
root, reps, shared = Path(sys.argv[1]), int(sys.argv[2]), Path(sys.argv[3])
files = sorted((root / "corpus" / "samples").glob("*.txt")) + sorted((shared / "corpus").glob("*.txt"))
texts = [f.read_text(encoding="utf-8") for f in files]
nlp = load_pipeline()
list(extract_batch([(None, texts[0])], nlp=nlp))
for _ in range(reps):
    for _facts in extract_batch([(None, t) for t in texts], nlp=nlp):
        pass
print(sum(len(t.split()) for t in texts))
"""


def instructions(root: Path, reps: int, shared: Path = ROOT.parent / "shared") -> tuple[int, int]:
    with tempfile.TemporaryDirectory() as tmp:
        script = Path(tmp) / "child.py"
        script.write_text(CHILD, encoding="utf-8")
        env = {**os.environ, "PYTHONPATH": str(root), "OMP_NUM_THREADS": "1", "OPENBLAS_NUM_THREADS": "1"}
        out = subprocess.run(
            [
                "valgrind",
                "--tool=callgrind",
                f"--callgrind-out-file={tmp}/cg.out",
                sys.executable,
                str(script),
                str(root),
                str(reps),
                str(shared),
            ],
            capture_output=True,
            text=True,
            env=env,
            check=True,
        )
    refs = re.search(r"I\s+refs:\s+([\d,]+)", out.stderr)
    if refs is None:
        raise SystemExit(f"no instruction count in valgrind's output:\n{out.stderr[-2000:]}")
    return int(refs.group(1).replace(",", "")), int(out.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--root", type=Path, default=ROOT, help="the checkout to measure")
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared", help="../shared")
    args = parser.parse_args()
    load, _ = instructions(args.root, 0, args.shared)
    total, words = instructions(args.root, 1, args.shared)
    print(
        f"{args.root}: {(total - load) / words:,.0f} instructions per word ({words} words; loading {load:,})"
    )


if __name__ == "__main__":
    main()
