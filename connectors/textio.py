"""Read a text source whatever its encoding: UTF-8 (with or without BOM), GBK/GB18030 and the rest.

Chinese dumps are often GBK; a wrong guess would turn every comment into mojibake and
the classifier would lose its best evidence, so decoding is strict and failures are
reported as Diagnostics, never raised.
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass
from pathlib import Path

from charset_normalizer import from_bytes

from engine.model import Diagnostic, Location

# Bytes of a file's start inspected for NUL bytes: binary files show them early.
_BINARY_PROBE = 8192
_MIN_COHERENCE = 0.1
_MAX_CHAOS = 0.1


@dataclass(frozen=True)
class DecodedText:
    """The text of a source, the encoding it was read with, and what went wrong (if anything)."""

    text: str | None  # None when the file could not be read at all
    encoding: str | None
    diagnostics: tuple[Diagnostic, ...] = ()


def read_text(path: str | Path, encoding: str | None = None) -> DecodedText:
    """Read and decode a file; `encoding` forces a codec, otherwise it is detected."""
    where = Location(str(path))
    try:
        data = Path(path).read_bytes()
    except FileNotFoundError:
        return _failed(where, "file not found")
    except IsADirectoryError:
        return _failed(where, "is a directory, expected a file")
    except OSError as err:
        return _failed(where, f"cannot read file: {err.strerror or err}")
    return decode_bytes(data, str(path), encoding)


def decode_bytes(data: bytes, source: str, encoding: str | None = None) -> DecodedText:
    """Decode bytes read from `source` (a name for diagnostics only)."""
    where = Location(source)
    if b"\x00" in data[:_BINARY_PROBE]:
        return _failed(where, "binary file (NUL bytes), not SQL text")
    if encoding is not None:
        return _decode_forced(data, where, encoding)
    if data.startswith(codecs.BOM_UTF8):
        return _decode_strict(data[len(codecs.BOM_UTF8) :], where, "utf-8")
    try:
        return DecodedText(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError as err:
        utf8_error = err
    guessed = _guess_encoding(data)
    if guessed is None:
        line = data.count(b"\n", 0, utf8_error.start) + 1
        return _failed(Location(source, line), "not valid UTF-8 and no other encoding fits; use --encoding")
    decoded = _decode_strict(data, where, guessed)
    if decoded.text is None:
        return decoded
    note = Diagnostic(where, f"not UTF-8; read as {guessed}", level="warning")
    return DecodedText(decoded.text, guessed, (note,))


def _guess_encoding(data: bytes) -> str | None:
    """The most likely non-UTF-8 encoding, preferring GB18030 for Chinese text."""
    # GB18030 is a superset of GBK and GB2312 and decodes almost any byte soup, so it is
    # only trusted when most non-ASCII characters it yields are CJK ideographs or punctuation.
    try:
        text = data.decode("gb18030")
    except UnicodeDecodeError:
        text = None
    if text is not None and _mostly_chinese(text):
        return "gb18030"
    best = from_bytes(data).best()
    if best is None or best.encoding in {"utf_8", "ascii"}:
        return None
    # Any byte soup decodes in some single-byte code page; only trust a guess whose text
    # reads like a language (coherence) without much noise (chaos), else ask for --encoding.
    if best.coherence < _MIN_COHERENCE or best.chaos > _MAX_CHAOS:
        return None
    return str(best.encoding)


def _mostly_chinese(text: str) -> bool:
    non_ascii = [ch for ch in text if ord(ch) > 127]
    if not non_ascii:
        return False
    chinese = sum(1 for ch in non_ascii if "\u4e00" <= ch <= "\u9fff" or "\u3000" <= ch <= "\u303f")
    chinese += sum(1 for ch in non_ascii if "\uff00" <= ch <= "\uffef")
    return chinese >= 0.9 * len(non_ascii)


def _decode_forced(data: bytes, where: Location, encoding: str) -> DecodedText:
    try:
        codecs.lookup(encoding)
    except LookupError:
        return _failed(where, f"unknown encoding {encoding!r}")
    if encoding.lower().replace("_", "-") in {"utf-8", "utf8"} and data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8) :]
    return _decode_strict(data, where, encoding)


def _decode_strict(data: bytes, where: Location, encoding: str) -> DecodedText:
    try:
        return DecodedText(data.decode(encoding), encoding)
    except UnicodeDecodeError as err:
        line = data.count(b"\n", 0, err.start) + 1
        return _failed(Location(where.file, line), f"cannot decode as {encoding}: {err.reason}")


def _failed(where: Location, message: str) -> DecodedText:
    return DecodedText(None, None, (Diagnostic(where, message),))
