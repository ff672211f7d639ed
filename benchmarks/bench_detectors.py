"""Value-classification speed: the detector registry and profile_values against a bare regex baseline.

The baseline fullmatches one compiled regex per detector over every value and
validates nothing; the target is to stay within 2x of it. Both run in this
process, on the same values.  Run: python benchmarks/bench_detectors.py [N]
"""

from __future__ import annotations

import random
import sys
import time
import uuid
from collections.abc import Callable, Sequence
from pathlib import Path

from faker import Faker

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from engine.classify.detectors import DETECTORS, detect, hash_format
from engine.classify.profile import profile_values


def mixed_values(n: int, seed: int = 7) -> list[str]:
    """Faker-generated personal data in four locales, plus as many hard negatives."""
    Faker.seed(seed)
    fake = Faker(["zh_CN", "en_US", "de_DE", "fr_FR"])
    rng = random.Random(seed)
    zh, us = fake["zh_CN"], fake["en_US"]
    positives: list[Callable[[], object]] = [
        fake.email,
        zh.phone_number,
        zh.ssn,
        us.ssn,
        fake.credit_card_number,
        fake.iban,
        fake.ipv4,
        fake.ipv6,
        fake.mac_address,
        lambda: fake.date_of_birth().isoformat(),
        lambda: f"{fake.latitude()},{fake.longitude()}",
        zh.license_plate,
        lambda: fake.sha256(),
        lambda: f"备注：请联系 {zh.name()}，电话 {zh.phone_number()}",
    ]
    negatives: list[Callable[[], object]] = [
        lambda: str(rng.randrange(10**17, 10**18)),  # order ids / bad-checksum candidates
        lambda: f"SKU-{rng.randrange(10**6):06d}-{rng.choice('ABCXYZ')}",
        lambda: str(uuid.UUID(int=rng.getrandbits(128))),
        lambda: fake.date_time().isoformat(" "),
        lambda: f"{rng.randrange(10)}.{rng.randrange(20)}.{rng.randrange(50)}",
        lambda: str(1_400_000_000_000 + rng.randrange(10**11)),  # ms timestamps
        lambda: str(
            (rng.randrange(140_000_000_000, 550_000_000_000) << 22) | rng.getrandbits(22)
        ),  # snowflake
        fake.word,
        zh.name,
        lambda: f"{rng.random() * 1000:.2f}",
        fake.sentence,
        lambda: str(rng.randrange(1000)),
    ]
    makers = positives + negatives
    return [str(makers[i % len(makers)]()) for i in range(n)]


def baseline(values: Sequence[str]) -> int:
    """One compiled regex per detector, fullmatched over every value, no validation."""
    patterns = [d.pattern for d in DETECTORS]
    matched = 0
    for value in values:
        for pattern in patterns:
            if pattern.fullmatch(value) is not None:
                matched += 1
    return matched


def registry(values: Sequence[str]) -> int:
    """The detector registry: dispatch, compaction and full validation, plus hash formats."""
    matched = 0
    for value in values:
        found = detect(value)
        matched += len(found)
        if not found and hash_format(value):
            matched += 1
    return matched


def timed(run: Callable[[], object], repeat: int = 5) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        run()
        best = min(best, time.perf_counter() - start)
    return best


def main(n: int = 20_000) -> None:
    values = mixed_values(n)
    base = timed(lambda: baseline(values))
    reg = timed(lambda: registry(values))
    prof = timed(lambda: profile_values(values))
    print(f"{len(values)} mixed values (best of 5)")
    print(f"  baseline, bare regex per detector: {len(values) / base:>12,.0f} values/s")
    print(
        f"  detector registry, validated:      {len(values) / reg:>12,.0f} values/s ratio {reg / base:.2f}x"
    )
    print(
        f"  profile_values, text and entropy:  {len(values) / prof:>12,.0f} values/s ratio {prof / base:.2f}x"
    )


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 20_000)
