"""Throwaway helper: list (table, column, type, comment) from a corpus DDL file.

Only used to *see* the columns while hand-labelling; it assigns no labels.
Usage: python list_columns.py <corpus_file> [table-regex]
"""
import re
import sys
from pathlib import Path

CORPORA = Path("/work/shared/corpora")
SKIP = {"primary", "unique", "key", "index", "constraint", "foreign", "check",
        "fulltext", "exclude", "like"}


def strip_q(s: str) -> str:
    return s.strip().strip('`"[]')


def columns(text: str):
    out = {}
    order = []
    for m in re.finditer(r"create\s+(?:unlogged\s+)?table\s+(?:if\s+not\s+exists\s+)?([\w.`\"@]+)\s*\(",
                         text, re.I):
        tname = strip_q(m.group(1).split(".")[-1]).lower()
        i = m.end()
        depth = 1
        buf = ""
        parts = []
        in_str = None
        while i < len(text) and depth > 0:
            c = text[i]
            if in_str:
                buf += c
                if c == in_str and text[i - 1] != "\\":
                    in_str = None
            elif c in "'":
                in_str = c
                buf += c
            elif c == "-" and text[i:i + 2] == "--":
                j = text.find("\n", i)
                if buf.strip():
                    buf += " " + text[i:j]  # keep trailing comment text
                elif parts:
                    parts[-1] += " " + text[i:j]
                i = j
                continue
            elif c == "(":
                depth += 1
                buf += c
            elif c == ")":
                depth -= 1
                if depth:
                    buf += c
            elif c == "," and depth == 1:
                parts.append(buf)
                buf = ""
            else:
                buf += c
            i += 1
        parts.append(buf)
        for p in parts:
            p = p.strip()
            if not p:
                continue
            toks = p.split()
            name = strip_q(toks[0])
            if name.lower() in SKIP or name.startswith("--"):
                continue
            cm = re.search(r"comment\s+'((?:[^'\\]|\\.|'')*)'", p, re.I)
            comment = cm.group(1) if cm else ""
            lc = re.search(r"--\s*(.*)$", p)
            if not comment and lc:
                comment = "--" + lc.group(1)
            typ = toks[1] if len(toks) > 1 else ""
            key = (tname, name.lower())
            if key not in out:
                order.append(key)
            out[key] = [typ, comment]
    for m in re.finditer(r"comment\s+on\s+column\s+([\w.\"]+)\s+is\s+'((?:[^']|'')*)'", text, re.I):
        parts = [strip_q(x) for x in m.group(1).split(".")]
        key = (parts[-2].lower(), parts[-1].lower())
        if key in out:
            out[key][1] = m.group(2)
    return [(t, c, out[(t, c)][0], out[(t, c)][1]) for t, c in order]


if __name__ == "__main__":
    f = sys.argv[1]
    pat = re.compile(sys.argv[2]) if len(sys.argv) > 2 else None
    text = (CORPORA / f).read_text(encoding="utf-8", errors="replace")
    for t, c, ty, cm in columns(text):
        if pat is None or pat.fullmatch(t):
            print(f"{t}\t{c}\t{ty}\t{cm}")
