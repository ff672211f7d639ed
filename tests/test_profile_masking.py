"""Masking keeps only what recognises a format, and at most a quarter of anything else."""

from __future__ import annotations

import pytest

from engine.classify.masking import mask


@pytest.mark.parametrize(
    ("value", "detector", "masked"),
    [
        ("13812345678", "cn_mobile", "138****5678"),
        ("+86 138 1234 5678", "text:cn_mobile", "+86*******5678"),
        ("john@example.com", "email", "j***@example.com"),
        ("j@example.com", "email", "***@example.com"),
        ("11010119900307123X", "cn_resident_id", "1101**********123X"),
        ("6222 0210 0112 3456", "payment_card", "6222********3456"),
        ("536-90-4399", "us_ssn", "***-**-4399"),
        ("张三", "name", "张*"),
        ("张", "name", "*"),
        ("98.95.1.237", "ipv4", "98.*.*.*"),
        ("31.230416,121.473701", "gps_pair", "31.2*,121.4*"),
        ("粤B73662", "cn_vehicle_plate", "粤B*****"),
        ("abc", None, "***"),
    ],
)
def test_mask(value: str, detector: str | None, masked: str) -> None:
    assert mask(value, detector) == masked


@pytest.mark.parametrize("value", ["secret-value-123", "a" * 7, "请勿外传的备注内容很长很长", "x" * 200])
def test_generic_keeps_at_most_a_quarter(value: str) -> None:
    masked = mask(value)
    kept = [ch for ch in masked if ch != "*"]
    assert len(kept) <= len(value) // 4
    assert masked != value
