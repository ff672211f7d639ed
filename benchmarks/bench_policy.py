"""Loading and compiling every shipped policy pack, against a bare YAML parse of the same files.

Run: python benchmarks/bench_policy.py [--repeat N]

Prints, measured in one run: a cold start in a fresh interpreter (imports,
grammar, schema, taxonomy, all packs), the warm cost of load_packs() in this
process, and a bare yaml.safe_load of the same pack files, with the ratio.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from engine.cli.pipeline import load_packs  # noqa: E402
from engine.policy.loader import shipped_pack_files  # noqa: E402

COLD = (
    "import time; t=time.perf_counter(); "
    "from engine.cli.pipeline import load_packs; p=load_packs(); "
    "print(time.perf_counter()-t, len(p.rules))"
)


def best(fn, repeat: int) -> tuple[float, float]:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times), statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=10)
    args = parser.parse_args()

    cold = []
    for _ in range(max(3, args.repeat // 3)):
        cmd = [sys.executable, "-c", COLD]
        out = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, check=True)
        seconds, rules = out.stdout.split()
        cold.append(float(seconds))
    texts = [source.read_text(encoding="utf-8") for source, _ in shipped_pack_files()]
    warm_best, warm_median = best(load_packs, args.repeat)
    yaml_best, yaml_median = best(lambda: [yaml.safe_load(t) for t in texts], args.repeat)

    print(f"shipped packs: {len(texts)} files, {rules} rules")
    print(f"{'what':<44} {'best s':>8} {'median s':>9} {'x yaml':>7}")
    rows = [
        ("cold start: imports + load + compile", min(cold), statistics.median(cold)),
        ("load_packs() warm (validate, compile all)", warm_best, warm_median),
        ("bare yaml.safe_load of the same files", yaml_best, yaml_median),
    ]
    for name, b, m in rows:
        print(f"{name:<44} {b:8.4f} {m:9.4f} {b / yaml_best:7.1f}")


if __name__ == "__main__":
    main()
