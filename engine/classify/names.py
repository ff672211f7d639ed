"""Metadata evidence: what a column's name, comment, type and table say it holds.

Names are split into tokens (snake_case, camelCase, digits, run-together words)
and matched against lexicon.yaml; Chinese comments are matched as text. The
head of a name decides (``email_template`` is a template, ``password_changed_at``
a timestamp); modifiers and the table give context (``product_name`` is no
person's name, ``supplier.phone`` is organisation data).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache, lru_cache

from engine.classify.lexicon import Lexicon, RecordTable, Term, Tokens, load_lexicon, normalise
from engine.classify.taxonomy import related
from engine.model import Column, Table

_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")  # kana, hanzi/kanji, Hangul
_CAMEL = re.compile(r"[A-Z]+(?=[A-Z][a-z])|[A-Z]?[a-z]+|[A-Z]+|\d+")
_LETTERS_DIGITS = re.compile(r"[a-z]+|\d+")
_LABEL_END = re.compile(r"[:：,，;；(（\[【\s/|、.。或-]")
_KEY_TOKENS = frozenset(
    {"id", "ids", "no", "num", "number", "sn", "code", "seq", "serial", "key", "uuid", "guid"}
)
_ID_TOKENS = frozenset({"id", "uuid", "guid"})
# Two-letter pieces a run-together name may be split into ("custnm", "brthdt", "empno", "userid",
# "billtofirstname", "baseincomemo", "birthyr").
_SHORT_PIECES = frozenset(
    {"id", "ip", "no", "nm", "dt", "tm", "cd", "to", "of", "by", "at", "on", "mo", "yr", "ph"}
)  # fmt: skip
# Key tokens that name a coded or measured value rather than a row ("icd_code", "valuenum").
_VALUE_KEY_TOKENS = frozenset({"code"})
# Veto kinds that mean a clinical table's column describes the record, not the patient.
_RECORD_VETOES = frozenset({"key", "timestamp", "kind", "status", "operator"})
_TYPE_CLASSES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("bool", ("bool", "boolean", "bit")),
    ("inet", ("inet", "cidr", "macaddr")),
    ("geo", ("geometry", "geography", "point", "polygon")),
    ("datetime", ("datetime", "timestamp", "timestamptz", "time", "smalldatetime", "datetime2", "interval")),
    ("date", ("date", "year")),
    (
        "number",
        (
            "int", "integer", "bigint", "smallint", "tinyint", "mediumint",
            "serial", "bigserial", "smallserial",
            "numeric", "decimal", "float", "double", "real", "number", "money", "int2", "int4", "int8",
            "float4", "float8",
        ),
    ),
    ("binary", ("blob", "longblob", "mediumblob", "tinyblob", "bytea", "binary", "varbinary", "image")),
)  # fmt: skip


@dataclass(frozen=True)
class Evidence:
    """One piece of metadata evidence for a category."""

    category: str
    score: float  # 0..1
    reason: str
    source: str  # "name", "comment", "table" or "type"
    generic: bool = False  # a generic word ("name", "city"): an explicit comment overrides it
    dated: bool = False  # a date of what the category names (a licence's expiry): any date type fits


@dataclass(frozen=True)
class MetadataEvidence:
    """Everything the metadata says about one column."""

    candidates: tuple[Evidence, ...] = ()  # best first
    veto: str | None = None  # why the column is not personal content, when metadata says so
    key_like: bool = False  # named like a key, number or code: loose value formats do not count

    @property
    def best(self) -> Evidence | None:
        return self.candidates[0] if self.candidates else None


@dataclass(frozen=True)
class _Match:
    term: Term
    start: int
    end: int  # exclusive (token index, or character index for Chinese)


# ---- tokens -----------------------------------------------------------------


def _segment(word: str, vocabulary: frozenset[str]) -> Tokens:
    """Split a run-together word into the fewest vocabulary words. When that fails, split off a bookkeeping
    tail ("nurseassessid" -> "nurseassess", "id"; "culturetakenoffset" -> "culture", "taken", "offset") so
    a key or timestamp suffix is still seen; else keep the word whole."""
    whole = _segment_all(word, vocabulary)
    if whole is not None:
        return whole if len(whole) > 1 else (word,)
    if len(word) >= _TAIL_MIN_WORD:
        for tail in _BOOKKEEPING_TAILS:
            if word.endswith(tail) and len(word) - len(tail) >= _TAIL_MIN_HEAD:
                head = word[: -len(tail)]
                return (*(_segment_all(head, vocabulary) or (head,)), tail)
    return (word,)


_TAIL_MIN_WORD = 7  # shorter run-together names are often pinyin initials ("sfzh", "jzdz"): keep them
_TAIL_MIN_HEAD = 4
# longest first: "offset" before "set", "ids" before "id"
_BOOKKEEPING_TAILS = (
    "offset",
    "status",
    "count",
    "label",
    "path",
    "time",
    "date",
    "type",
    "code",
    "ids",
    "id",
)


def _segment_all(word: str, vocabulary: frozenset[str]) -> Tokens | None:
    """The fewest vocabulary words that make up the whole word, or None."""
    n = len(word)
    best: list[Tokens | None] = [None] * (n + 1)
    best[0] = ()
    for end in range(2, n + 1):
        for start in range(end - 2, -1, -1):
            prefix = best[start]
            piece = word[start:end]
            if prefix is None or piece not in vocabulary or (len(piece) < 3 and piece not in _SHORT_PIECES):
                continue
            candidate = (*prefix, piece)
            current = best[end]
            if current is None or len(candidate) < len(current):
                best[end] = candidate
    return best[n] or None


def _split_piece(piece: str, vocabulary: frozenset[str]) -> Tokens:
    low = piece.lower()
    if low in vocabulary or low.isdigit():
        return (low,)
    out: list[str] = []
    for part in _LETTERS_DIGITS.findall(low):
        out.extend((part,) if part.isdigit() else _segment(part, vocabulary))
    return tuple(out)


def tokenise(name: str, vocabulary: frozenset[str] | None = None) -> Tokens:
    """Lower-case word tokens of an identifier: "userMobileNo" -> ("user", "mobile", "no")."""
    if vocabulary is None:
        return _tokenise_shipped(name)
    return _tokenise(name, vocabulary)


@cache
def _tokenise_shipped(name: str) -> Tokens:
    """tokenise() with the shipped lexicon's vocabulary, cached: a name is split once per process."""
    return _tokenise(name, load_lexicon().vocabulary)


def _tokenise(name: str, vocab: frozenset[str]) -> Tokens:
    tokens: list[str] = []
    for chunk in re.split(r"[^A-Za-z0-9]+", name):
        if chunk.lower() in vocab:
            tokens.append(chunk.lower())
            continue
        for piece in _CAMEL.findall(chunk):
            tokens.extend(_split_piece(piece, vocab))
    return tuple(tokens)


def expand(tokens: Tokens, lex: Lexicon) -> Tokens:
    """Abbreviations spelled out: ("cust", "nm") -> ("customer", "name"); two-word ones first, where the
    pair decides ("addr", "ln") -> ("address", "line") while "ln" alone is a loan."""
    key = (id(lex), tokens)
    hit = _EXPANDED.get(key)
    if hit is None:
        if len(_EXPANDED) >= _CACHE_MAX * 8:
            _EXPANDED.clear()
        hit = _EXPANDED[key] = _expand(tokens, lex)
    return hit


_EXPANDED: dict[tuple[int, Tokens], Tokens] = {}


def _expand(tokens: Tokens, lex: Lexicon) -> Tokens:
    if lex.phrase_abbreviations and len(tokens) > 1:
        out: list[str] = []
        i = 0
        while i < len(tokens):
            pair = lex.phrase_abbreviations.get(tokens[i : i + 2]) if i + 1 < len(tokens) else None
            if pair is not None:
                out += pair
                i += 2
            else:
                out.append(lex.abbreviations.get(tokens[i], tokens[i]))
                i += 1
        return tuple(out)
    return tuple(lex.abbreviations.get(t, t) for t in tokens)


def type_class(column: Column) -> str | None:
    """The declared type's class ("text", "number", "date", ...), None when undeclared."""
    base = column.base_type
    if not base:
        return None
    if "tinyint" in base and column.length == 1:
        return "bool"
    first = base.split()[0]
    for cls, names in _TYPE_CLASSES:
        if first in names:
            return cls
    if first.endswith("int"):
        return "number"
    return "text"


# ---- context ----------------------------------------------------------------


def _contains(tokens: Tokens, seq: Tokens) -> bool:
    if not seq or seq[0] not in tokens:
        return not seq  # most phrases are ruled out by their first word, without slicing
    n = len(seq)
    return any(tokens[i : i + n] == seq for i in range(len(tokens) - n + 1))


def _context_spans(tokens: Tokens, lex: Lexicon) -> list[tuple[int, int, str]]:
    """(start, end, context kind) for every context phrase found in tokens (looked up by first token)."""
    found = []
    for i, token in enumerate(tokens):
        for seq, kind in lex.context_index.get(token, ()):
            if tokens[i : i + len(seq)] == seq:
                found.append((i, i + len(seq), kind))
    return found


def _context_of(tokens: Tokens, lex: Lexicon) -> list[tuple[int, str]]:
    """(end position, context kind) for every context phrase found in tokens."""
    return [(end, kind) for _, end, kind in _context_spans(tokens, lex)]


def _singular(token: str, vocabulary: frozenset[str]) -> str:
    """A plural table word as the lexicon spells it: "jobs" -> "job", "addresses" -> "address"."""
    if token in vocabulary:
        return token
    for plural, single in (("ies", "y"), ("es", ""), ("s", "")):
        if token.endswith(plural) and token[: -len(plural)] + single in vocabulary:
            return token[: -len(plural)] + single
    return token


def _zh_context_of(text: str, lex: Lexicon) -> list[tuple[int, str]]:
    """(end position, kind) of every Chinese context word in text, except words inside a longer one
    (快递 "express" in 快递员 "courier" is the courier's employer, not what the row is)."""
    spans = []
    for kind, words in lex.zh_context.items():
        for w in words:
            start = text.find(w)
            while start >= 0:
                spans.append((start, start + len(w), kind))
                start = text.find(w, start + 1)
    return [(end, kind) for start, end, kind in spans if not _inside_longer(start, end, spans)]


def _inside_longer(start: int, end: int, spans: list[tuple[int, int, str]]) -> bool:
    return any(s <= start and end <= e and e - s > end - start for s, e, _ in spans)


_TABLE_PRECEDENCE = ("organisation", "person", "place", "object")


@cache
def table_context(name: str, comment: str | None) -> str:
    """What a table is about: organisation, person, place, object or neutral."""
    lex = load_lexicon()
    tokens = tuple(_singular(t, lex.vocabulary) for t in expand(tokenise(name), lex))
    spans = _context_spans(tokens, lex)
    kinds = {k for _, _, k in spans}
    if "organisation" in kinds and _head_kind(spans) in ("person", "role"):
        return "person"  # "site_users", "store_customer": the people of an organisation, not its own row
    first = next((k for _, _, k in spans if k in ("person", "organisation")), None)
    org_last = any(k == "organisation" and end == len(tokens) for _, end, k in spans)
    if "organisation" in kinds and first == "person" and not org_last:
        return "person"  # Ed-Fi "StudentEducationOrganizationAssociation": the student's tie to a school
    if (
        "person" in kinds
        and _head_kind(spans) == "object"
        and spans[-1][0] > 0
        and _OBJECT_HEADS & set(tokens)
    ):
        return "object"  # "user_group", "user_rule", "member_level": a kind of thing people belong to
    if comment and not ("person" in kinds and "organisation" not in kinds):
        kinds |= {k for _, k in _zh_context_of(_label(comment), lex)}
    if "role" in kinds:
        kinds.add("person")
    return next((k for k in _TABLE_PRECEDENCE if k in kinds), "neutral")


# Heads that make a person-named table a catalogue of things people have or belong to.
_OBJECT_HEADS = frozenset({"group", "rule", "role", "level", "tag", "permission", "menu", "type", "category"})


def _head_kind(spans: list[tuple[int, int, str]]) -> str | None:
    """The context of the last (longest) context phrase of a table name: what its rows are
    ("site_users" are users, "mail_account" an organisation's mailbox)."""
    if not spans:
        return None
    return max(spans, key=lambda s: (s[1], s[1] - s[0]))[2]


@dataclass(frozen=True)
class CatalogContext:
    """What the other tables of a catalog say about a table's key columns (see catalog_context)."""

    people: frozenset[Tokens] = frozenset()  # tables about people or keyed to them, as table_key() words
    tables: frozenset[Tokens] = frozenset()  # every table, as table_key() words
    animals: frozenset[Tokens] = frozenset()  # tables whose rows are animals (species, breed columns)
    records: frozenset[str] = frozenset()  # categories of domain records some table names unambiguously


_NO_CATALOG = CatalogContext()


@dataclass(frozen=True)
class TableInfo:
    """What a table says about its columns, worked out once per table (not once per column)."""

    words: Tokens  # table-name words, abbreviations spelled out, singular ("jobs" -> "job")
    base: str  # table_context(): organisation, person, place, object or neutral
    ctx: str  # the context columns are judged in: base, "organisation" for a company's record, "record"
    record: RecordTable | None  # the domain record the table is (clinical, education, pay, loan...)
    person_keyed: bool  # a record about one person: keyed to a person (user_id, an FK to customers)
    is_log: bool


@dataclass(frozen=True)
class _Local:
    """What a table says on its own, before the rest of the catalog is known."""

    words: Tokens
    base: str
    ctx: str
    record: RecordTable | None
    is_log: bool
    about_person: bool  # a person table, or one holding a direct identifier or a key naming a person
    keys: tuple[Tokens, ...]  # words of its key columns that are not its own key ("policy" in PolicyID)
    refs: tuple[Tokens, ...]  # tables its declared foreign keys point at, as table_key() words
    content: tuple[
        tuple[frozenset[Tokens], str], ...
    ]  # the table_content entries (words, category) it matches
    record_ambiguous: bool = False  # named a record only by a word other domains use too ("transfers")
    configuration: bool = False  # a settings table of the system or an organisation ("tool_email_config")
    key_value: tuple[str, str] | None = None  # its (key, value) columns when it is a key/value table


_CACHE_MAX = 4096
_LOCAL: dict[int, tuple[Table, _Local]] = {}
_INFO: dict[tuple[int, CatalogContext], tuple[Table, TableInfo]] = {}


def table_info(table: Table, catalog: CatalogContext = _NO_CATALOG) -> TableInfo:
    """The table's TableInfo, cached by identity: a catalog's columns share their table object."""
    key = (id(table), catalog)
    hit = _INFO.get(key)
    if hit is not None and hit[0] is table:
        return hit[1]
    if len(_INFO) >= _CACHE_MAX:
        _INFO.clear()
    info = _with_catalog(_local(table), catalog)
    _INFO[key] = (table, info)
    return info


def _local(table: Table) -> _Local:
    hit = _LOCAL.get(id(table))
    if hit is not None and hit[0] is table:
        return hit[1]
    if len(_LOCAL) >= _CACHE_MAX:
        _LOCAL.clear()
    local = _local_info(table, load_lexicon())
    _LOCAL[id(table)] = (table, local)
    return local


def _local_info(table: Table, lex: Lexicon) -> _Local:
    words = _table_words(table, lex)
    base = table_context(table.name, table.comment)
    record = _record(table, words, lex)
    if base == "organisation" and _person_named(table):
        base = "person"  # a lettings "tenant" with a given and family name is a person, not a SaaS customer
    elif base in ("object", "neutral") and _demographic_pair(table, lex) and not _animal_record(table):
        base = "person"  # a form demo's "field" table with a name, a sex and a birthday holds people
    if _organisation_record(table):
        ctx = "organisation"
    elif base == "neutral" and record is not None and not record.heads:
        ctx = "record"  # its content columns are judged by the record rules, not by generic words
    else:
        ctx = base
    raw = tokenise(table.name)
    is_log = any(_contains(raw, t) for t in lex.log_tables) or "日志" in (table.comment or "")
    keys = _key_words(table, words, lex)
    refs = tuple(table_key(fk.ref_table) for fk in table.foreign_keys)
    about = (
        base == "person"
        or (base not in ("organisation", "object") and _holds_identifiers(table, lex))
        or any(_has_person_word(k, lex) for k in (*keys, *refs))
    )
    plain = tuple(w[:-1] if w.endswith("s") and w[:-1] in lex.vocabulary else w for w in words)
    content = tuple(
        (content_words, category)
        for tables, content_words, category in lex.table_content
        if any(_contains(words, t) or _contains(plain, t) for t in tables)
    )
    if ctx == "organisation" and content and not _organisation_record(table):
        base = ctx = "neutral"  # "site_comments", "shop_reviews": what people wrote there, not the site's own
    ambiguous = record is not None and _ambiguous_record(table, words, record)
    return _Local(
        words, base, ctx, record, is_log, about, keys, refs, content, ambiguous,
        _configuration_table(table, lex), _key_value_pair(table, lex),
    )  # fmt: skip


def _ambiguous_record(table: Table, words: Tokens, record: RecordTable) -> bool:
    """Whether the table names its record only by words other domains use too (MIMIC's "transfers" and
    "services" are a bank's transfers and a salon's services elsewhere)."""
    if not record.ambiguous or any(w in _label(table.comment or "") for w in record.zh):
        return False
    named = [t for t in record.tables if _contains(words, t)]
    return bool(named) and all(t in record.ambiguous for t in named)


def _with_catalog(local: _Local, catalog: CatalogContext) -> TableInfo:
    people = catalog.people
    keyed = local.about_person or any(r in people for r in local.refs)
    keyed = keyed or any(_names_table(k, p) for k in local.keys for p in people)
    ctx = local.ctx
    record = local.record
    if (
        local.record_ambiguous
        and record is not None
        and catalog.tables
        and record.category not in catalog.records
    ):
        # "transfers" in a payments schema: no clinical record without one the catalog names plainly
        local = replace(local, record=None, ctx=local.base if local.ctx == "record" else local.ctx)
        ctx = local.ctx
    if local.base == "object" and local.record is not None and keyed:
        ctx = "record" if not local.record.heads else "neutral"  # "daily_activity" of a user: no catalogue
    return TableInfo(local.words, local.base, ctx, local.record, keyed, local.is_log)


# Direct identifiers: a table with a column that names one is about the person it identifies.
_DIRECT_IDENTIFIERS = (
    "user.name",
    "user.contact.phone_number",
    "user.contact.email",
    "user.government_id.national_identification_number",
)


def _holds_identifiers(table: Table, lex: Lexicon) -> bool:
    """Whether a column is named (or commented in Chinese) as a person's name, phone, e-mail or ID number,
    by a term that needs no context ("baoxiuren" '报修人' with '联系电话': a repair request of a resident)."""
    for column in table.columns:
        tokens = expand(tokenise(column.name), lex)
        found = _find_terms(tokens, lex) if tokens else []
        if any(m.end == len(tokens) and _direct(m.term) for m in found):
            return True
        label = _label(column.comment or "")
        if (
            label
            and _CJK.search(label)
            and any(label.endswith(m.term.zh) and _direct(m.term) for m in _find_zh(label, lex))
        ):
            return True
    return False


def _direct(term: Term) -> bool:
    return term.needs == "none" and term.category in _DIRECT_IDENTIFIERS


def table_key(name: str) -> Tokens:
    """A table's name as words, the way a key column names it ("dbo.Policy" and "PolicyID" -> policy)."""
    lex = load_lexicon()
    return tuple(_singular(t, lex.vocabulary) for t in expand(tokenise(name.rsplit(".", 1)[-1]), lex))


def _names_table(key_words: Tokens, table_words: Tokens) -> bool:
    """Whether a key column's words name a table: equal, or the table's last words ("app_id" -> ln_app)."""
    n = len(key_words)
    return n > 0 and len(table_words) >= n and table_words[-n:] == key_words


def _key_words(table: Table, own: Tokens, lex: Lexicon) -> tuple[Tokens, ...]:
    """The words of the table's key columns that may name a person or another table (user_id, brw_id,
    PolicyholderID): not its own key, and not an audit stamp ("create_user_id")."""
    out = []
    for column in table.columns:
        tokens = tuple(_singular(t, lex.vocabulary) for t in expand(tokenise(column.name), lex))
        if len(tokens) < 2 or tokens[-1] not in _KEY_TOKENS or any(t in lex.audit_key_words for t in tokens):
            continue
        if tokens[:-1] != own:
            out.append(tokens[:-1])
    return tuple(out)


def _surrogate_key(column: Column, table: Table, tokens: Tokens, catalog: CatalogContext) -> bool:
    """An id-named column that is the table's own primary key, or names another table of the catalog
    (G2): "band_device.device_id", "heart_rate_sample.device_id" are keys, not the device's identifier."""
    if len(tokens) < 2 or tokens[-1] not in _ID_TOKENS:
        return False
    if table.primary_key == (column.name,):
        return not _session_token(column, tokens, table)
    lex = load_lexicon()
    coded = _strip_coded(tokens, lex)
    if coded != tokens and any(m.end == len(coded) for m in _find_terms(coded, lex)):
        return False  # Ed-Fi "SexDescriptorId" points at a code table, but the code is the person's sex
    words = tuple(_singular(t, lex.vocabulary) for t in tokens[:-1])
    own = table_info(table).words
    return any(_names_table(words, t) for t in catalog.tables if t != own)


def _has_person_word(tokens: Tokens, lex: Lexicon) -> bool:
    return any(kind == "person" for _, _, kind in _context_spans(tokens, lex))


def _table_ctx(table: Table, info: TableInfo | None = None) -> str:
    """The table's context (see TableInfo.ctx)."""
    return (info or table_info(table)).ctx


def _modifier_context(found: list[tuple[int, str]], start: int, end: int) -> str | None:
    """The context word nearest before a match (its modifier), else a person word inside it. A person word
    inside the match wins over an organisation before it: "site_contact_phone" is the site's contact
    person's phone."""
    near = [(e, kind) for e, kind in found if e <= start]
    inside = any(start < e <= end and kind == "person" for e, kind in found)
    if near:
        kind = max(near)[1]
        return "person" if inside and kind == "organisation" else kind
    return "person" if inside else None


def related_to_any(category: str, keys: tuple[str, ...]) -> bool:
    """Whether the category is one of the keys or below one of them."""
    return any(category == k or category.startswith(k + ".") for k in keys)


def _outside(spans: list[tuple[int, int, str]], head: int) -> list[tuple[int, str]]:
    """Context phrases that modify the head rather than being it: in "account_number" the word
    "account" names the thing itself and does not vouch for a person; in "nick_name" "nick" does."""
    return [(e, kind) for s, e, kind in spans if not s <= head < e]


# What an organisation's record cannot hold as personal data: its own phone, address, name, coordinates
# (G8: a store's latitude), and the logins and secrets of its service accounts (an SMTP mailbox and password).
_ORGANISATION_OWN = (
    "user.contact.",
    "user.account",
    "user.authorization.",
    "user.location.",
    "user.government_id.tax_id",
    "user.financial.income",  # an organisation's revenue (平台收入)
    "user.government_id.drivers_license_number",  # an agency's or a branch's licence is its permit
)


# Needs of generic words that count only in a table of people (or of places): a bare "name", "state".
_TABLE_NEEDS = frozenset({"person_table", "person_or_place_table"})


def _allowed(
    term: Term, modifier: str | None, table_ctx: str, person_words: bool, foreign: bool = False
) -> bool:
    """Whether a term counts in its context. A neutral table (not clearly about anything else) may be
    about people, so generic words count there unless a foreign noun modifies them ("room_name")."""
    if modifier == "role":
        # "billing", "shipping": the role of whoever the row is about, an organisation's on its record
        modifier = "organisation" if table_ctx == "organisation" else "person"
    if term.needs in _TABLE_NEEDS and foreign and not person_words:
        return False  # 部门名称, "device_name": the name of a thing, even in a table about people
    ctx = modifier or table_ctx
    if modifier == "place" and table_ctx == "organisation":
        ctx = table_ctx  # "location_address" of a church's locations: the premises' own
    if ctx == "organisation" and (term.needs != "none" or term.category.startswith(_ORGANISATION_OWN)):
        # An organisation's phone, address or name is not personal; its contact person's name is.
        return False
    if modifier == "organisation" and term.category.startswith("user.device."):
        return False  # "server_ip", "meter_mac": equipment of an organisation (a site's sessions are users')
    if ctx == "object" and not person_words and related_to_any(term.category, load_lexicon().object_blocks):
        return False  # a product's "gender" is its audience, a job's "salary" its pay scale
    if term.needs == "none" or ctx == "person" or person_words:
        return True
    if ctx == "neutral" and foreign:
        return False  # "room_name", "state_region": the name of a thing the table also holds
    if term.needs == "person_table":
        return False  # a bare "name" in a table not about people is a fund's, a fee's, a list's
    if term.needs == "person_or_place_table":
        return ctx == "place"  # a bare "state" of a message or a presence is its status
    if term.needs == "person":
        return ctx == "neutral"
    return ctx in ("place", "neutral")


# ---- name matching ----------------------------------------------------------


def _find_terms(tokens: Tokens, lex: Lexicon) -> list[_Match]:
    """Every term found in tokens, looked up by its first token; "no", "num" and "number" are one word, and
    a plural the lexicon does not know is read in the singular ("medical_conditions")."""
    norm = tuple(normalise(_singular(t, lex.vocabulary)) for t in tokens)
    single = tuple(normalise(_plural_of_term(t, lex.vocabulary)) for t in tokens)
    out = _matches(norm, lex)
    if single != norm:
        out += [m for m in _matches(single, lex) if m not in out]
    return out


def _matches(spelling: Tokens, lex: Lexicon) -> list[_Match]:
    """The terms that start at each token of one spelling of a name (each term once per position)."""
    out = []
    for i, token in enumerate(spelling):
        for term in lex.term_index.get(token, ()):
            n = len(term.tokens)
            if spelling[i : i + n] == _normalised(term.tokens):
                out.append(_Match(term, i, i + n))
    return out


def _plural_of_term(token: str, vocabulary: frozenset[str]) -> str:
    """A known word's plural read in the singular too ("guest_names" names guests): words of 5+ letters
    only, so that "gps" and "sms" stay themselves."""
    plural = len(token) >= 5 and token.endswith("s") and not token.endswith(("ss", "us", "is"))
    if plural and token[:-1] in vocabulary:
        return token[:-1]
    return token


@cache
def _normalised(tokens: Tokens) -> Tokens:
    return tuple(normalise(t) for t in tokens)


def _head_index(tokens: Tokens, lex: Lexicon) -> int:
    """Index of the head noun: the last token that is not transparent (a digit, "no", "hash"...) nor a
    qualifier written after its noun at the very end ("email_work")."""
    last = len(tokens) - 1
    for i in range(last, -1, -1):
        trailing = i == last and i > 0 and tokens[i] in lex.postpositive
        if tokens[i] not in lex.transparent and not tokens[i].isdigit() and not trailing:
            return i
    return len(tokens) - 1


def _suffix_veto(tokens: Tokens, head: int, lex: Lexicon) -> tuple[int, str] | None:
    """A bookkeeping suffix ending at the head ("count", "status", "created at"), with its start."""
    for seq, kind in lex.suffixes_by_last.get(tokens[head], ()) if 0 <= head < len(tokens) else ():
        start = head + 1 - len(seq)
        if start >= 0 and tokens[start : head + 1] == seq:
            return start, kind
    return None


_VETO_TEXT = {
    "key": "a key or surrogate identifier",
    "count": "a count",
    "flag": "a flag",
    "status": "a status",
    "timestamp": "a timestamp or period",
    "kind": "a type, setting or ordering field",
    "operator": "an audit stamp of the staff member who acted",
    "app_secret": "an application's own secret, not a person's credential",
}


def _term_label(term: Term, text: str) -> str:
    if term.kind == "pinyin":
        initials = not re.search(r"[aeiouv]", text)
        return f"{term.zh} (pinyin{' initials' if initials else ''})"
    return " ".join(term.tokens)


def _foreign_modifier(tokens: Tokens, start: int, found: list[tuple[int, str]], lex: Lexicon) -> bool:
    """Whether the word before a match is a noun of its own ("room" in "room_name"), not a person or
    place word, a qualifier ("primary", "home") or a transparent token."""
    if start == 0:
        return False
    word = tokens[start - 1]
    if word in lex.qualifiers or word in lex.transparent or word.isdigit():
        return False
    return not any(end == start and kind in ("person", "place", "role") for end, kind in found)


def _context_bonus(term: Term, ctx: str) -> float:
    """A person context adds confidence; a generic word in a neutral table loses some."""
    if ctx == "person":
        return 0.05
    if ctx == "neutral" and term.needs != "none":
        return -0.05
    return 0.0


def _context_text(ctx: str) -> str:
    if ctx in ("person", "role"):
        return "a person context"
    return "an address context" if ctx == "place" else "a neutral table that may be about people"


def _survives(term: Term, kind: str, lex: Lexicon) -> bool:
    """Whether a term keeps its category under a bookkeeping suffix of this kind."""
    if term.dated and kind == "timestamp":
        return True
    return term.needs == "none" and related_to_any(term.category, lex.sensitive_heads.get(kind, ()))


def _keeps(term: Term, kind: str, lex: Lexicon, person: bool) -> bool:
    """_survives(), and in a table about people also a sensitive word that needs a person ("SmokerFlag")."""
    if _survives(term, kind, lex):
        return True
    return (
        person and term.needs == "person" and related_to_any(term.category, lex.sensitive_heads.get(kind, ()))
    )


def _zh_sensitive_flag(rest: str, lex: Lexicon) -> bool:
    """Whether a Chinese yes/no question ends in a sensitive fact (有男男性行为, 未成年人, 有犯罪记录)."""
    sensitive = lex.sensitive_heads.get("flag", ())
    found = _find_zh(rest, lex)
    return any(
        not _strip_tail(rest[m.end :], lex) and related_to_any(m.term.category, sensitive)
        for m in found
    )  # fmt: skip


def _sensitive_rest(tokens: Tokens, kind: str, lex: Lexicon, person: bool = False) -> bool:
    """Whether the name after an aggregate or boolean prefix ends in a sensitive head ("avg_heart_rate",
    "is_minor"; in a table about people also "has_children")."""
    return any(
        _adjacent(tokens, m.end, len(tokens), lex) and _keeps(m.term, kind, lex, person)
        for m in _find_terms(tokens, lex)
    )


def _adjacent(tokens: Tokens, end: int, start: int, lex: Lexicon) -> bool:
    """Whether only transparent tokens lie between a term's end and what follows it ("consent_text_version":
    the version of the consent)."""
    return end <= start and all(t in lex.transparent or t.isdigit() for t in tokens[end:start])


def _head_matches(
    tokens: Tokens, found: list[_Match], lex: Lexicon
) -> tuple[int, list[_Match], tuple[int, str] | None, int | None]:
    """The head noun, the terms that name it, a bookkeeping suffix ending at it, and where a prepositional
    phrase after it starts. The head is the last word ("email_template" is a template), or the word before
    a prepositional phrase when the last word says nothing ("country_of_residence", "age_at_auth",
    "message_to_signers", "balance_after_txn")."""
    head = _head_index(tokens, lex)
    matches = _naming(tokens, head, found, lex)
    veto = _suffix_veto(tokens, head, lex)
    if matches or veto is not None:
        return head, matches, veto, None
    cut = next((i for i, t in enumerate(tokens[1:-1], 1) if t in lex.prepositions), None)
    if cut is None:
        return head, matches, veto, None
    inner = _head_index(tokens[:cut], lex)
    return inner, _naming(tokens, inner, found, lex), _suffix_veto(tokens[:cut], inner, lex), cut


def _naming(tokens: Tokens, head: int, found: list[_Match], lex: Lexicon) -> list[_Match]:
    """The terms that cover the head, or the sensitive matter a descriptive head describes."""
    matches = [m for m in found if m.start <= head < m.end]
    described = _described(tokens, head, found, lex)
    if described is not None and all(m.term.needs != "none" for m in matches):
        return [described]
    return matches


@dataclass(frozen=True)
class _NameResult:
    evidence: Evidence | None = None
    veto: str | None = None
    veto_kind: str | None = None  # the bookkeeping suffix kind ("key", "kind", ...) behind the veto
    denied: str | None = None  # a category the name names, ruled out by its context


def _described(tokens: Tokens, head: int, found: list[_Match], lex: Lexicon) -> _Match | None:
    """A sensitive term before a descriptive head: "injury_description" is health, "criminal_result" a
    criminal record, "drug_test_result" health; a description of a sensitive matter is that matter."""
    if tokens[head] not in lex.descriptive_tails:
        return None
    before = [m for m in found if _adjacent(tokens, m.end, head, lex) and _survives(m.term, "status", lex)]
    return max(before, key=lambda m: (m.end - m.start, m.term.strength), default=None)


# Categories that a record about one person holds whatever noun modifies them: the description or the
# location of a claim's loss, of a repair request, of a visit is about that person's matter.
_RECORD_OWN = ("user.content.", "user.location.")


def _record_allows(term: Term, info: TableInfo) -> bool:
    """Whether a word that needs a person counts in a domain record: one of the record's own category
    ("sport_type" in a workout), or a measure of the body on a record keyed to a person ("calories")."""
    if info.record is None:
        return False
    if related(term.category, info.record.category):
        return True
    if info.person_keyed and term.tokens[0] in _PREFERENCE_WORDS:
        return True  # "preferred_language" of a person's communication preferences is theirs
    return info.person_keyed and related_to_any(term.category, _BODY)


_PREFERENCE_WORDS = frozenset({"preferred", "preference"})


# What a person's body shows: counts on any record keyed to that person (a note's language does not).
_BODY = ("user.health_and_medical", "user.biometric")


def _name_evidence(
    column: Column, tokens: Tokens, table: Table, lex: Lexicon, info: TableInfo | None = None
) -> _NameResult:
    """Evidence from the column name, or the reason it is bookkeeping."""
    if not tokens:
        return _NameResult()
    if tokens in lex.veto_names:
        actor = info is not None and info.is_log and tokens in _LOG_ACTORS
        if actor and not _names_subject(table, column, lex):
            # the actor of an activity log entry is who the row is about (G6): "sys_log.creator"
            reason = f"name '{column.name}' is the actor of log table '{table.name}'"
            return _NameResult(Evidence(_USERNAME, 0.7, reason, "name", True))
        return _NameResult(
            veto=f"name '{column.name}' is bookkeeping, not personal content", veto_kind="name"
        )
    person = _table_ctx(table, info) == "person"
    if tokens[0] in lex.prefixes and len(tokens) > 1 and not _sensitive_rest(tokens[1:], "flag", lex, person):
        return _NameResult(veto=f"name '{column.name}' is a boolean flag", veto_kind="flag")
    if tokens[0] in lex.aggregates and len(tokens) > 1 and not _sensitive_rest(tokens[1:], "aggregate", lex):
        return _NameResult(
            veto=f"name '{column.name}' is a bound or aggregate, not one person's value", veto_kind="count"
        )
    found_terms = _find_terms(tokens, lex)
    head, matches, veto, cut = _head_matches(tokens, found_terms, lex)
    if veto is not None and matches and all(veto[0] < m.start for m in matches):
        matches = []  # "refund_error_message": the longer bookkeeping phrase names the head
    dated = False  # a sensitive term kept before a date suffix names the date of it ("dl_exp_dt")
    if veto is not None and not matches:
        start, kind = veto
        # A date of birth may carry a date suffix ("birthday_time"), a sensitive head a bookkeeping one
        # ("hiv_status" is health, "pep_flg" a special identity); "order_status" stays a status.
        matches = [
            m
            for m in found_terms
            if _adjacent(tokens, m.end, start, lex) and _keeps(m.term, kind, lex, person)
        ]
        if not matches:
            reason = f"name '{column.name}' is {_VETO_TEXT.get(kind, 'bookkeeping')}"
            return _NameResult(veto=reason, veto_kind=kind)
        dated = kind == "timestamp"
    if not matches:
        return _NameResult()
    match = max(matches, key=lambda m: (m.end, m.end - m.start, m.term.strength))
    if (
        match.start > 0
        and tokens[match.start - 1] in _PREMISES
        and match.term.category.startswith(("user.contact.address", "user.contact.fax_number"))
    ):
        # "work_street_address", "office_fax": the workplace's premises (G8); a work phone or mailbox is the
        # person's own
        reason = f"name '{column.name}' is the address or fax of a workplace"
        return _NameResult(veto=reason, veto_kind="name")
    if (
        match.start > 0
        and tokens[match.start - 1] in lex.audit_actors
        and match.term.category.startswith(("user.name", "user.account"))
        and not (info is not None and info.is_log)
    ):
        reason = f"name '{column.name}' is an audit stamp of the staff member who acted"  # creator_name (G6)
        return _NameResult(veto=reason, veto_kind="operator")
    spans = _context_spans(tokens, lex)
    found = _outside(spans, head)
    modifier = _modifier_context(found, match.start, match.end)
    if match.start > 0 and tokens[match.start - 1] in lex.qualifiers and modifier != "person":
        modifier = None  # "mail_city", "postal_zip": where the subject gets post, judged by the table
    if (
        modifier == "organisation"
        and match.start > 0
        and tokens[match.start - 1] in _PREMISES
        and match.term.category.startswith(_OWN_AT_WORK)
    ):
        modifier = None  # "office_email", "officemobilephone": reaches the person at work
    ctx = _table_ctx(table, info)
    person_words = any(kind == "person" for _, kind in found)
    label = _term_label(match.term, " ".join(tokens[match.start : match.end]))
    foreign = _foreign_modifier(tokens, match.start, found, lex)
    before = tokens[match.start - 1] if match.start > 0 else ""
    if (
        foreign
        and match.term.needs in _TABLE_NEEDS
        and (before not in lex.vocabulary or before in _NOT_NOUNS)
    ):
        foreign = False  # "subs_name", "ct_nm", "signed_by_name": no noun of a thing of its own
    after = -1 if cut is None or tokens[cut] != "of" else cut  # "country_of_origin": whose country?
    if after >= 0 and not any(start >= after and kind != "organisation" for start, _, kind in spans):
        foreign = True  # "country_of_origin": of a thing; "country_of_residence": of a person
    if foreign and info is not None and info.person_keyed and match.term.category.startswith(_RECORD_OWN):
        foreign = False
    if ctx == "record" and info is not None and _record_allows(match.term, info):
        ctx = "person"  # "sport_type" in a workout: the record's own kind of data
    if ctx == "object" and info is not None and _object_lifted(match.term, table, info, lex):
        ctx = "person"  # a user's "web_event.page_url", a job application's "offer_salary"
    if ctx == "object" and info is not None and info.is_log and match.term.category.startswith(_LOG_OWN):
        ctx = "neutral"  # "sys_log.city": where the actor of a log entry was (G7)
    if not _allowed(match.term, modifier, ctx, person_words, foreign):
        about = f"a {modifier} word in the name" if modifier else f"table '{table.name}' ({ctx})"
        reason = f"name '{column.name}' = {label}, but {about} makes it no person's data"
        return _NameResult(veto=reason, denied=match.term.category)
    score = match.term.strength + _context_bonus(match.term, modifier or ctx)
    where = f"name '{column.name}' = {label}"
    if match.term.needs != "none":
        where += f" in {_context_text(modifier or ctx)} ({modifier or 'table ' + repr(table.name)})"
    generic = match.term.needs != "none"
    return _NameResult(
        Evidence(match.term.category, round(min(score, 0.95), 3), where, "name", generic, dated)
    )


# ---- comment matching -------------------------------------------------------


def _label(comment: str) -> str:
    """The first clause of a comment: "性别：0->未知；1->男" -> "性别"."""
    text = comment.strip().strip("'\"")
    for piece in _LABEL_END.split(text):
        if piece:
            return piece
    return ""


# A unit or Latin tag after a Chinese term ("身高cm", "体重kg", "收缩压mmHg", "年龄岁") does not change it.
_LATIN_KEYS = frozenset({"id", "ids", "no", "sn", "uuid", "guid", "key", "code", "pk", "fk", "url"})
_ZH_UNIT_TAIL = re.compile(r"^(?:[A-Za-z0-9%°℃‰/^²³·.+\-]|岁|厘米|公斤|千克|毫米汞柱|次/分)+$")


def _strip_tail(rest: str, lex: Lexicon) -> str:
    changed = True
    while rest and changed:
        changed = False
        for t in lex.zh_transparent_longest:
            if rest.startswith(t):
                rest = rest[len(t) :]
                changed = True
                break
    if rest and _ZH_UNIT_TAIL.match(rest) and rest.lower() not in _LATIN_KEYS:
        return ""
    return rest


def _find_zh(label: str, lex: Lexicon) -> list[_Match]:
    """Every Chinese term in a label (looked up by first character), in lexicon order."""
    found = []
    for start, char in enumerate(label):
        for order, term in lex.zh_index.get(char, ()):
            if label.startswith(term.zh, start):
                found.append((order, start, _Match(term, start, start + len(term.zh))))
    return [m for _, _, m in sorted(found, key=lambda f: (f[0], f[1]))]


def _zh_tail_keeps(term: Term, rest: str, lex: Lexicon, person: bool = False) -> bool:
    """Whether a Chinese term keeps its category before this tail: a date of birth before 日期, any term
    before a code (行政区划代码), a sensitive term before a bookkeeping tail (医保类型, 离院方式), and on a
    record about one person also a sensitive word that needs a person (吸烟情况 on a follow-up visit)."""
    if term.dated and rest.endswith(("日期", "时间", "年月")):
        return True
    if rest in lex.zh_coded_tails:
        return True
    return rest in lex.zh_sensitive_tails and _keeps(term, "status", lex, person)


_ZH_QUALIFIERS = ("显示", "真实", "登录", "英文", "中文", "全", "曾用", "别")
_ZH_IMAGE_WORDS = ("照", "扫描", "复印", "影像", "图片", "截图", "图像")
_ZH_MEDIA = (
    "照片",
    "图片",
    "图像",
    "文件",
    "附件",
    "视频",
    "音频",
    "头像",
    "截图",
    "影像",
    "扫描件",
    "录音",
    # an address on the web, not a postal one: 访问地址, 回调地址, 下载地址
    "访问",
    "请求",
    "回调",
    "跳转",
    "下载",
    "接口",
    "服务",
    "存储",
    "网页",
    "页面",
    "资源",
    "通知",
    "推送",
    "重定向",
)
_DOCUMENT_IMAGE = "user.government_id.document_image"
_ZH_STAMP_TAILS = frozenset({"姓名", "名称", "名字", "账号", "帐号", "用户名", "昵称"})


_DENIED = re.compile(
    r"^comment '[^']*' names (\S+), but '"
)  # a word of the comment says whose, not the table


def _denies(veto: str, category: str) -> bool:
    """Whether a comment's veto names a term of this category and rules it out by its context."""
    found = _DENIED.match(veto)
    if found is None:
        return False
    lex = load_lexicon()
    return any(
        t.category == category for _, t in lex.zh_index.get(found.group(1)[0], ()) if t.zh == found.group(1)
    )


def _comment_evidence(
    column: Column, table: Table, lex: Lexicon, info: TableInfo | None = None
) -> tuple[Evidence | None, str | None]:
    """Evidence from a Chinese comment, or why it says not personal."""
    if not column.comment:
        return None, None
    label = _label(column.comment)
    if not label:
        return None, None
    if not _CJK.search(label):
        return None, None
    prefix = next((p for p in lex.zh_prefixes if label.startswith(p)), None)
    if (
        info is not None
        and info.is_log
        and label in _ZH_LOG_ACTORS
        and not _names_subject(table, column, lex)
    ):
        return Evidence(_USERNAME, 0.7, f"comment '{label}' names the actor of a log entry", "comment"), None
    if prefix is not None and _zh_sensitive_flag(label[len(prefix) :], lex):
        label = label[len(prefix) :]  # 是否有男男性行为, 是否未成年人: the flag is the sensitive fact itself
    elif label in lex.zh_names or prefix is not None:
        return None, f"comment '{label}' is bookkeeping or a flag"
    stamp = next(
        (
            n
            for n in lex.zh_names
            if n.endswith(("人", "者")) and label[len(n) :] in _ZH_STAMP_TAILS and label.startswith(n)
        ),
        None,
    )
    if stamp is not None and not (info is not None and info.is_log):
        return None, f"comment '{label}' names the {stamp} who acted on the row"  # 创建人姓名 (G6)
    best: tuple[_Match, str] | None = None
    about_person = _table_ctx(table, info) == "person" or (info is not None and info.person_keyed)
    for m in sorted(_find_zh(label, lex), key=lambda m: (-m.end, -(m.end - m.start))):
        if m.term.zh in ("地址", "链接") and label[: m.start].endswith(_ZH_MEDIA):
            continue  # 人脸照片地址, 头像图片地址: the address of a file, not a person's address
        rest = _strip_tail(label[m.end :], lex)
        if rest and not _zh_tail_keeps(m.term, rest, lex, about_person):
            continue
        best = (m, rest)
        break
    tail_veto = next((s for s in lex.zh_suffixes if label.endswith(s)), None)
    if best is None:
        if tail_veto:
            return None, f"comment '{label}' names a {tail_veto} field"
        return None, None
    match = best[0]
    found = _zh_context_of(label, lex)
    modifier = _modifier_context(found, match.start, match.start)
    ctx = _table_ctx(table, info)
    person_words = any(kind == "person" for _, kind in found)
    if modifier is None and any(kind == "person" for _, kind in _context_of(tokenise(column.name), lex)):
        modifier = "person"
    foreign = match.start > 0 and not any(
        end <= match.start and kind in ("person", "place", "role") for end, kind in found
    )
    if foreign and label[: match.start].endswith(_ZH_QUALIFIERS):
        foreign = False  # 显示名称, 真实名称: the subject's own name, shown or real
    if foreign and info is not None and info.person_keyed and match.term.category.startswith(_RECORD_OWN):
        foreign = False
    if not _allowed(match.term, modifier, ctx, person_words, foreign):
        about = f"'{label[: match.start]}'" if modifier else f"table '{table.name}' ({ctx})"
        return None, f"comment '{label}' names {match.term.zh}, but {about} makes it no person's data"
    score = match.term.strength + 0.05 + _context_bonus(match.term, modifier or ctx)
    generic = match.term.needs != "none"
    category = match.term.category
    if category.startswith(_GOVERNMENT_ID) and any(w in label[match.end :] for w in _ZH_IMAGE_WORDS):
        category = _DOCUMENT_IMAGE  # 身份证正面照, 驾驶证扫描件: an image of the document
    evidence = Evidence(category, round(min(score, 0.95), 3), f"comment '{label}'", "comment", generic)
    return evidence, None


_EN_COMMENT_MAX_TOKENS = 16
_EN_CLAUSE_END = re.compile(r"[|;:(（\[]")  # 'manual | address_book', 'GM note: what the player did'
_REFERENCE_WORDS = frozenset({"foreign", "reference", "references", "fk", "pk"})
_EN_COMMENT_DISCOUNT = 0.1


def _english_comment_evidence(column: Column, table: Table, lex: Lexicon, info: TableInfo) -> Evidence | None:
    """What an English comment names when the name says nothing: 'self-declared monthly income',
    'liveness-check selfie'. A sentence has no head to check, so the first term that is allowed in its
    context counts, context-free terms first, with less confidence than a name."""
    text = _EN_CLAUSE_END.split((column.comment or "").strip(), maxsplit=1)[0].strip()
    if not text or _CJK.search(text):
        return None
    tokens = expand(tokenise(text), lex)[:_EN_COMMENT_MAX_TOKENS]
    if any(t in _KEY_TOKENS or t in _REFERENCE_WORDS for t in tokens):
        return None  # "Foreign key to Address", "approval code of the card company": a reference
    found = _context_of(tokens, lex)
    kinds = {kind for _, kind in found}
    if "organisation" in kinds and "person" not in kinds:
        return None  # "Tax number 1 of the vendor": the organisation's own
    ctx = _table_ctx(table, info)
    person_words = "person" in kinds
    allowed = [
        m
        for m in _find_terms(tokens, lex)
        if _allowed(m.term, _modifier_context(found, m.start, m.end), ctx, person_words)
    ]
    if not allowed:
        return None
    match = min(allowed, key=lambda m: (m.term.needs != "none", m.start, -(m.end - m.start)))
    score = match.term.strength - _EN_COMMENT_DISCOUNT
    label = " ".join(match.term.tokens)
    return Evidence(match.term.category, round(score, 3), f"comment '{text}' names {label}", "comment", True)


# ---- type evidence and combination ------------------------------------------


def _type_fits(evidence: Evidence, column: Column, lex: Lexicon, coded: bool = False) -> bool:
    """Whether the declared type can hold the category; a coded attribute ("country_concept_id",
    "sex_cd") may be a number whatever it stands for."""
    cls = type_class(column)
    if cls is None or (coded and cls == "number") or (evidence.dated and cls in ("date", "datetime")):
        return True
    allowed = lex.category_types.get(evidence.category, frozenset())
    identifier = not evidence.category.startswith("user.content")
    if cls == "binary" and "text" in allowed and identifier and _short_binary(column):
        return True  # an encrypted SSN or account number (SQL Server Always Encrypted: VARBINARY(256))
    return cls in allowed or (cls == "datetime" and "date" in allowed)


def _short_binary(column: Column) -> bool:
    """A binary column of a declared length that fits an encrypted value, not a file (BLOB, IMAGE, MAX)."""
    match = re.search(r"\((\d+)\)", column.type)
    return match is not None and int(match.group(1)) <= 1024


def _length_bonus(category: str, column: Column, lex: Lexicon) -> tuple[float, str]:
    length = column.length
    spans = lex.category_lengths.get(category, ())
    if length is None or not spans:
        return 0.0, ""
    if any(lo <= length <= hi for lo, hi in spans):
        return 0.03, f"; declared {column.type} fits"
    return 0.0, ""


def _type_evidence(column: Column) -> Evidence | None:
    base = column.base_type
    if base in ("inet", "cidr"):
        return Evidence("user.device.ip_address", 0.7, f"declared type {base}", "type")
    if base in ("macaddr", "macaddr8"):
        return Evidence("user.device.mac_address", 0.7, f"declared type {base}", "type")
    return None


def _combine(name: Evidence | None, comment: Evidence | None) -> tuple[Evidence, ...]:
    if name and comment:
        if related(name.category, comment.category):
            category = max(name.category, comment.category, key=len)
            score = min(max(name.score, comment.score) + 0.1, 0.97)
            merged = Evidence(category, round(score, 3), f"{name.reason}; {comment.reason} agrees", "name")
            return (merged,)
        # Comments are written for people and usually say more than a terse name; a distinctive
        # name ("username") still beats a generic comment ("用户名称").
        return (comment, name) if comment.score >= name.score else (name, comment)
    return tuple(e for e in (comment, name) if e)


_KEY_ZH = ("ID", "id", "Id", "编号", "编码", "代码", "主键", "外键")


def _key_comment(column: Column, tokens: Tokens) -> bool:
    """A comment calling a non-key column an id or code ("行政区域表的省ID"): a coded attribute."""
    label = _label(column.comment or "")
    return label.endswith(_KEY_ZH) and not _is_key_like(tokens)


def _table_words(table: Table, lex: Lexicon) -> Tokens:
    return table_key(table.name)


def _content_evidence(
    column: Column, tokens: Tokens, table: Table, lex: Lexicon, whole: bool = False
) -> Evidence | None:
    """What the table says its free-text and keyword columns hold: reviews, search history, sent mail.
    ``whole``: the word must be the whole name (a device's "serial_number" is no key of the row)."""
    local = _local(table)
    if len(tokens) > 1 and tokens[0] in local.words + tuple(w.rstrip("s") for w in local.words):
        tokens = tokens[1:]  # WordPress "comment_type" of "site_comments": named by what follows the prefix
    norm = _normalised(tokens)
    if any(k == "organisation" for _, k in _context_of(tokens, lex)):
        return None  # a merchant's reply to a review is the business speaking
    for words, category in local.content:
        if any(norm == _normalised(w) if whole else _contains(tokens, w) for w in words):
            return Evidence(category, 0.7, f"'{column.name}' in table '{table.name}'", "table", True)
    return None


def _identifier_name(tokens: Tokens, lex: Lexicon) -> bool:
    """Named like a row or document identifier ("lot_number", "user_id"), not a coded or measured
    value ("icd_code", "valuenum": a value number)."""
    if not _is_key_like(tokens) or tokens[-1] in _VALUE_KEY_TOKENS:
        return False
    return any(t not in lex.transparent and not t.isdigit() for t in tokens)


def _record(table: Table, table_tokens: Tokens, lex: Lexicon) -> RecordTable | None:
    """The domain record about one person (clinical, education, payroll, loan) that the table's name
    or Chinese comment names, or None."""
    label = _label(table.comment or "")
    for record in lex.record_tables:
        if any(_contains(table_tokens, t) for t in record.tables) or any(w in label for w in record.zh):
            return record
    return None


def _measured_scale(tokens: Tokens, info: TableInfo, name: _NameResult, lex: Lexicon) -> bool:
    """A scale measured on a health record ("rhythm_class", "flow_level"), not the record's own kind: a
    kind suffix after words that are neither the record's own name ("note_class" of a note) nor a
    bookkeeping or code word."""
    record = info.record
    if record is None:
        return False
    if name.veto_kind != "kind" or not related(record.category, "user.health_and_medical"):
        return False
    if len(tokens) < 2 or tokens[-1] not in lex.person_records.measure_kinds:
        return False
    coded = {t for seq in lex.coded_suffixes for t in seq}
    return not any(t in lex.suffixes_by_last or t in coded or t in info.words for t in tokens[:-1])


def _record_content(column: Column, tokens: Tokens, lex: Lexicon, name: _NameResult, info: TableInfo) -> bool:
    """Whether a column of a record table is content about the subject, not its keys, dates, units,
    record types/statuses, or a column whose name says it is something else."""
    if _identifier_name(tokens, lex) or name.veto_kind == "name":
        return False
    if name.veto_kind in _RECORD_VETOES and not _measured_scale(tokens, info, name, lex):
        return False
    named = name.denied is not None and not name.denied.startswith(
        ("user.content.", "user.health_and_medical")
    )
    if named and not _clinical_subject(tokens, info, lex):
        return False  # "result_name", "note_title", "language": named, and not the patient's
    label = _label(column.comment or "")
    if label and label.endswith(lex.zh_record_vetoes):
        return False  # "建档日期", "总费用", "挂号序号": the record's own bookkeeping
    if type_class(column) in ("date", "datetime"):
        return False
    return not any(_contains(tokens, r) for r in lex.clinical_reference)


def _clinical_subject(tokens: Tokens, info: TableInfo, lex: Lexicon) -> bool:
    """The name of what a clinical record is about ("DrugName", "TestName", "procedure_name"): the
    patient's treatment, not a name of the record's own."""
    if info.record is None or not info.record.category.startswith("user.health_and_medical"):
        return False
    return any(t in lex.person_records.clinical_subjects for t in tokens[:-1])


def _head_content(
    column: Column, tokens: Tokens, record: RecordTable, lex: Lexicon, name: _NameResult
) -> bool:
    """Whether a column of a record with named heads holds one ("due_prin", "paid_amt" in a loan's
    repayment plan), and is no key, date or bookkeeping name."""
    if not any(t in record.heads for t in tokens) or _identifier_name(tokens, lex):
        return False
    return name.veto_kind not in ("key", "name", "operator", "flag") and type_class(column) not in (
        "date",
        "datetime",
    )


def _clinical_evidence(
    column: Column, tokens: Tokens, table: Table, lex: Lexicon, name: _NameResult, info: TableInfo
) -> Evidence | None:
    """A domain record's content columns are its subject's data of the record's category: a clinical
    table's are health data, a grade book's education records, a payslip's income, a loan's amounts.
    A record that is keyed to a person counts even when its name also names a thing ("ln_app")."""
    record = info.record
    if record is None or (info.base == "object" and not info.person_keyed):
        return None
    if record.heads:
        if not _head_content(column, tokens, record, lex, name):
            return None
    elif not _record_content(column, tokens, lex, name, info):
        return None
    return Evidence(record.category, 0.7, f"record table '{table.name}'", "table", True)


def _remap_for_logs(evidence: Evidence, table: Table, lex: Lexicon, info: TableInfo) -> Evidence:
    """A city or address in a login log is where the user was, not where they live."""
    if not info.is_log:
        return evidence
    for source, target in lex.log_remap.items():
        if related(evidence.category, source) and evidence.category.startswith(source):
            reason = f"{evidence.reason}, in log table '{table.name}'"
            return Evidence(target, evidence.score, reason, evidence.source, evidence.generic)
    return evidence


def _remap_for_records(evidence: Evidence, info: TableInfo) -> Evidence:
    """A point of a GPS track is a step of a trajectory, not one precise location."""
    record = info.record
    if record is None or not record.category.startswith("user.location."):
        return evidence
    if not evidence.category.startswith("user.location.") or evidence.category == record.category:
        return evidence
    reason = f"{evidence.reason}, in a record of one person's movement"
    return Evidence(record.category, evidence.score, reason, evidence.source, evidence.generic)


# A title that fits in a few characters is a courtesy title ("Mr", "Dr", "Rev"), not a job title.
_COURTESY_MAX_LENGTH = 16


def _courtesy_title(evidence: Evidence, column: Column, tokens: Tokens) -> Evidence:
    length = column.length
    if evidence.category != "user.job_title" or not tokens or tokens[-1] != "title":
        return evidence
    if length is None or length > _COURTESY_MAX_LENGTH:
        return evidence
    reason = f"{evidence.reason}; declared {column.type} only fits a courtesy title"
    return Evidence("user.name", evidence.score, reason, evidence.source, evidence.generic)


def _names_other_table(tokens: Tokens, table: Table, catalog: CatalogContext) -> bool:
    """Whether a record's column is named after another table of the catalog (Synthea's encounters.patient,
    medications.encounter): the reference to that row, not content."""
    if not tokens or not catalog.tables:
        return False
    own = tuple(_unplural(w) for w in table_key(table.name))
    key = tuple(_unplural(t) for t in tokens)
    return key != own and key in _singular_tables(catalog.tables)


@lru_cache(maxsize=64)
def _singular_tables(tables: frozenset[Tokens]) -> frozenset[Tokens]:
    """The catalog's table words in the singular, worked out once per catalog."""
    return frozenset(tuple(_unplural(w) for w in t) for t in tables)


def _unplural(word: str) -> str:
    """A table word in the singular, whatever the vocabulary knows ("patients" -> "patient")."""
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        return word[:-1]
    return word


def _configuration_table(table: Table, lex: Lexicon) -> bool:
    """A settings table of the system or an organisation ("tool_email_config", "sys_params"): its sender,
    password and private key are the organisation's (G3, G8). A person's ("user_settings") are not."""
    words = expand(tokenise(table.name), lex)
    if not words or _singular(words[-1], lex.vocabulary) not in lex.configuration_tables:
        return False
    return not any(kind in ("person", "role") for _, kind in _context_of(words, lex))


def _key_value_pair(table: Table, lex: Lexicon) -> tuple[str, str] | None:
    """The (key, value) columns of a key/value table ("usermeta": meta_key, meta_value; "user_has_metadata":
    name, value): the key names an attribute, the value holds it."""
    keys, values = [], []
    for column in table.columns:
        tokens = expand(tokenise(column.name), lex)
        if tokens and tokens[-1] in _KV_KEYS and len(tokens) <= 2:
            keys.append(column.name)
        elif tokens and tokens[-1] in _KV_VALUES and len(tokens) <= 2:
            values.append(column.name)
    return (keys[0], values[0]) if len(keys) == 1 and len(values) == 1 else None


_NOT_NOUNS = frozenset({"by", "on", "at", "of", "to", "for", "from", "signed", "given", "full", "real"})
_LOG_OWN = ("user.contact.address", "user.location")
_PREMISES = frozenset({"work", "office", "business", "workplace", "company"})
_OWN_AT_WORK = ("user.contact.phone_number", "user.contact.email")
_SETTING_WORDS = frozenset(
    {"settings", "config", "configs", "ucfg", "cfg", "preference", "preferences", "metadata", "meta"}
)
_KV_KEYS = frozenset({"key", "name", "attribute", "attr", "field", "property", "param"})
_KV_VALUES = frozenset({"value", "val"})


def _key_value_evidence(
    column: Column, table: Table, pair: tuple[str, str], info: TableInfo
) -> MetadataEvidence:
    if column.name == pair[0]:
        return MetadataEvidence(
            (), f"'{column.name}' names the attribute of key/value table '{table.name}'", False
        )
    lex = load_lexicon()
    about = _has_person_word(info.words, lex)
    about = about or (info.person_keyed and info.base not in ("organisation", "object"))
    if any(w in lex.configuration_tables or w in _SETTING_WORDS for w in info.words) or info.base == "object":
        about = False  # a user's configuration values (or a form's fields) are settings, not facts about them
    if not about:
        return MetadataEvidence(
            (), f"'{column.name}' holds the values of key/value table '{table.name}'", False
        )
    reason = f"'{column.name}' holds any attribute of the person in key/value table '{table.name}'"
    return MetadataEvidence((Evidence(_PROFILE, 0.6, reason, "table"),), None, False)


def _table_headed(
    column: Column, tokens: Tokens, table: Table, lex: Lexicon, info: TableInfo
) -> _NameResult | None:
    """A column named after the head of its table's name holds what the table is named for:
    "patient_phone_numbers.number" is a phone number, "user_emails.address" an e-mail."""
    words = tuple(_singular(t, lex.vocabulary) for t in expand(tokenise(table.name), lex))
    own = tuple(_singular(t, lex.vocabulary) for t in tokens)
    if not own or len(words) <= len(own) or words[-len(own) :] != own:
        return None
    found = _name_evidence(Column(table.name), words, table, lex, info)
    if found.evidence is None:
        return None
    ev = found.evidence
    reason = f"'{column.name}' of table '{table.name}' holds what the table is named for ({ev.reason})"
    return _NameResult(Evidence(ev.category, round(ev.score - 0.05, 3), reason, "name", ev.generic, ev.dated))


def _operator_stamp(tokens: Tokens, lex: Lexicon) -> bool:
    veto = _suffix_veto(tokens, len(tokens) - 1, lex) if tokens else None
    return veto is not None and veto[1] == "operator"


def _is_key_like(tokens: Tokens) -> bool:
    return bool(tokens) and tokens[-1] in _KEY_TOKENS


def _strip_storage_key(tokens: Tokens, lex: Lexicon) -> Tokens:
    """front_image_key -> front_image: the storage key of a photo or document is that photo or document."""
    for suffix in lex.storage_key_suffixes:
        n = len(suffix)
        if len(tokens) > n and tokens[-n:] == suffix and tokens[-n - 1] in lex.media_words:
            return tokens[:-n]
    return tokens


def _strip_coded(tokens: Tokens, lex: Lexicon) -> Tokens:
    """gender_concept_id -> gender: a code that stands for the attribute it names."""
    for suffix in lex.coded_suffixes:
        n = len(suffix)
        if len(tokens) > n and tokens[-n:] == suffix:
            return tokens[:-n]
    return tokens


_ZH_OWN_NAMES = frozenset({"姓名", "真实姓名"})  # a Chinese row's own person's name
_INITIAL_NAMES = frozenset({("f", "name"), ("l", "name")})
_LOG_ACTORS = frozenset({("creator",), ("create", "by"), ("created", "by"), ("operator",), ("oper", "name")})
_ZH_LOG_ACTORS = frozenset({"创建人", "创建者", "操作人", "操作者", "操作员"})


def _names_subject(table: Table, column: Column, lex: Lexicon) -> bool:
    """Whether another column of a log names whom the entry is about (user_id, member_id, oper_name): then
    the log's creator is only the audit stamp of who wrote it (G6)."""
    for other in table.columns:
        if other is column:
            continue
        tokens = expand(tokenise(other.name), lex)
        if any(t in lex.audit_actors for t in tokens):
            continue
        if _has_person_word(tokens, lex):
            return True
    return False


_USERNAME = "user.account.username"


def _organisation_record(table: Table) -> bool:
    """A table with a column only an organisation has (company name, legal name, VAT number, business
    licence, opening hours; Chinese 统一社会信用代码, 单位名称...) is an organisation's record (Northwind
    customers, a club, a service hall), unless its rows carry a person's own name (a CRM contact's
    "companyName" is the employer)."""
    lex = load_lexicon()
    names = [expand(tokenise(c.name), lex) for c in table.columns]
    labels = [_label(c.comment or "") for c in table.columns]
    own = any(n in lex.organisation_columns for n in names)
    own = own or any(label in lex.organisation_comments for label in labels)
    if not own and not _named_premises(table, names, lex):
        return False
    return not _person_named(table)


_PREMISES_TABLES = frozenset(
    {"location", "venue", "site", "premises", "branch", "office", "facility", "clinic", "depot", "publisher",
     "practice", "hospital", "store", "shop", "warehouse", "hotel", "restaurant", "gym", "library", "campus",
     "house"}
)  # fmt: skip


def _named_premises(table: Table, names: list[Tokens], lex: Lexicon) -> bool:
    """A locations or sites table whose rows carry a name of their own (a church's "locations" with
    location_name, a coworking "location" with name) lists an organisation's premises; a person's address
    has no name (OMOP "location")."""
    words = expand(tokenise(table.name), lex)
    last = words[-1] if words else ""
    head = _unplural(last) if _unplural(last) in _PREMISES_TABLES else last
    if head not in _PREMISES_TABLES:
        return False
    return any(n in (("name",), (head, "name"), (last, "name")) for n in names)


_PAIRED_DEMOGRAPHICS = ("user.name", "user.demographic.gender", "user.demographic.date_of_birth")


def _demographic_pair(table: Table, lex: Lexicon) -> bool:
    """Whether two of a person's name, sex and birth date are columns of the table: things have neither."""
    found = set()
    for column in table.columns:
        tokens = expand(tokenise(column.name), lex)
        head = _head_index(tokens, lex)
        for match in _find_terms(tokens, lex):
            category = match.term.category
            if match.end == head + 1 and category.startswith(_PAIRED_DEMOGRAPHICS) and len(tokens) <= 3:
                found.add(next(k for k in _PAIRED_DEMOGRAPHICS if category.startswith(k)))
        if _label(column.comment or "") in _ZH_OWN_NAMES:
            found.add("user.name")
    return len(found) >= 2


def _person_named(table: Table) -> bool:
    """Whether the table's rows carry a person's own name (first_name, family_name; Chinese 姓名)."""
    lex = load_lexicon()
    names = [expand(tokenise(c.name), lex) for c in table.columns]
    if any(n in lex.person_name_columns or n[:2] in lex.person_name_columns for n in names):
        return True  # first_name, or Kill Bill's first_name_length
    if any(len(n) > 2 and n[-2:] in _INITIAL_NAMES for n in names):
        return True  # a legacy prefix and an initial: "tntFName", "tntLName"
    return any(_label(c.comment or "") in _ZH_OWN_NAMES for c in table.columns)


def _animal_record(table: Table) -> bool:
    """A table with a species, breed or microchip column describes animals (a vet clinic's "patient"), and
    so does one named for animals ("pets")."""
    lex = load_lexicon()
    words = expand(tokenise(table.name), lex)
    if words and words[-1] in lex.animal_tables:
        return True
    return any(expand(tokenise(c.name), lex) in lex.animal_columns for c in table.columns)


def _about_animal(table: Table, catalog: CatalogContext) -> bool:
    """The table's rows are animals, or records of one (a visit of a pet: its foreign key or a key column
    names an animal table of the catalog)."""
    if _animal_record(table):
        return True
    local = _local(table)
    return any(r in catalog.animals for r in local.refs) or any(
        _names_table(k, a) for k in local.keys for a in catalog.animals
    )


_IDENTIFIER_ENDINGS = ("_id", "unique_id")


def _animal_evidence(evidence: Evidence, tokens: Tokens, lex: Lexicon) -> bool:
    """Whether evidence on an animal's record still describes a person: a column that names a person
    ("owner_comments"), or evidence that is neither a generic word, health nor demographics."""
    if _has_person_word(tokens, lex):
        return True
    if evidence.generic or evidence.source == "table":
        return False
    if evidence.category.endswith(_IDENTIFIER_ENDINGS):
        return True  # an insurance policy or a microchip number identifies the owner too
    return not evidence.category.startswith(("user.health_and_medical", "user.demographic", "user.name"))


_CONTENT_BLOCKING_VETOES = frozenset({"key", "timestamp", "flag", "count", "status", "operator", "name"})


def _table_evidence(
    column: Column, tokens: Tokens, table: Table, lex: Lexicon, name: _NameResult, info: TableInfo
) -> Evidence | None:
    """What the table alone makes of a column: clinical records, reviews, search history, sent mail."""
    if name.veto_kind not in _CONTENT_BLOCKING_VETOES or name.veto_kind == "key":
        content = _content_evidence(column, tokens, table, lex, whole=name.veto_kind == "key")
        if content:
            return content
    return _clinical_evidence(column, tokens, table, lex, name, info)


def _name_result(
    column: Column, table: Table, lex: Lexicon, info: TableInfo
) -> tuple[_NameResult, Tokens, bool]:
    """Name evidence, the tokens it was read from, and whether a code suffix was stripped.

    The whole name is read first ("person_source_value" is a record number); a coded attribute
    is read without its code suffix ("gender_concept_id" -> gender, "sex_cd" -> sex)."""
    full = _strip_storage_key(expand(tokenise(column.name), lex), lex)
    if _CJK.search(column.name):
        ev, veto = _comment_evidence(Column(column.name, comment=column.name), table, lex)
        return _NameResult(ev, veto), full, False
    result = _name_evidence(column, full, table, lex, info)
    stripped = _strip_coded(full, lex)
    if result.evidence is None and stripped != full:
        # "cause_concept_id" is no key: the suffix only says the cause is coded.
        return _name_evidence(column, stripped, table, lex, info), stripped, True
    return result, full, False


def metadata_evidence(
    column: Column, table: Table, catalog: CatalogContext = _NO_CATALOG
) -> MetadataEvidence:
    """What the name, comment, type and table of a column say about its content. ``catalog``: what the
    other tables say (catalog_context(); classify_catalog passes it)."""
    lex = load_lexicon()
    info = table_info(table, catalog)
    full = expand(tokenise(column.name), lex)
    if _session_token(column, full, table) and table.primary_key == (column.name,):
        ev = Evidence(
            _CREDENTIALS, 0.75, f"'{column.name}' is the own id of session table '{table.name}'", "table"
        )
        return MetadataEvidence((ev,), None, False)
    if _surrogate_key(column, table, full, catalog):
        return MetadataEvidence(
            (), f"name '{column.name}' is a key to a row of another table or its own", True
        )
    if info.record is not None and _names_other_table(full, table, catalog):
        return MetadataEvidence((), f"'{column.name}' refers to a row of table '{column.name}'s", True)
    local = _local(table)
    if local.configuration:
        return MetadataEvidence((), f"table '{table.name}' holds configuration, not data about people", False)
    pair = local.key_value if info.record is None else None  # a lab's test name and value
    if pair is not None and column.name in pair:
        return _key_value_evidence(column, table, pair, info)
    name, tokens, coded = _name_result(column, table, lex, info)
    if name.evidence is None and name.veto is None and not coded:
        name = _table_headed(column, tokens, table, lex, info) or name
    name_ev, name_veto = name.evidence, name.veto
    comment_ev, comment_veto = _comment_evidence(column, table, lex, info)
    if not (name_ev or name_veto or comment_ev or comment_veto):
        comment_ev = _english_comment_evidence(column, table, lex, info)
    if (
        name.veto_kind == "flag"
        and comment_ev
        and not related_to_any(comment_ev.category, lex.sensitive_heads.get("flag", ()))
    ):
        comment_ev = None  # "is_set_password" '设置密码' is a flag, not a password
    if name_veto and _operator_stamp(tokens, lex):
        comment_ev, comment_veto = None, None  # "receive_man" '收货人' stamps who acted on the row
    if name_ev and name_ev.generic and comment_veto and not comment_ev and not _key_comment(column, tokens):
        # An explicit comment ("商品名称", "创建时间") overrides a generic name.
        name_ev, name_veto = None, comment_veto
    elif name_ev and comment_veto and _denies(comment_veto, name_ev.category):
        # The comment names the same thing and says whose: 分诊台电话 is the triage desk's phone.
        name_ev, name_veto = None, comment_veto
    if name_ev is not None and name_ev.generic and name_ev.category.startswith("user.content."):
        # a review's or comment's "content" is what the table says it is (public), not a private note
        name_ev = _content_evidence(column, tokens, table, lex) or name_ev
    if name_ev is None and comment_ev is None:
        name_ev = _table_evidence(column, tokens, table, lex, name, info)
        name_ev = name_ev or _person_record_evidence(column, tokens, table, lex, name, info)
        name_ev = name_ev or _role_name(column, tokens, table, lex, name, info)
        if name_ev:
            name_veto = None
    combined = _combine(name_ev, comment_ev)
    candidates = [e for e in combined if _type_fits(e, column, lex, coded)]
    if not candidates and not (name_veto or comment_veto):
        type_ev = _type_evidence(column)
        candidates = [type_ev] if type_ev else []
    out = []
    for ev in candidates:
        bonus, note = _length_bonus(ev.category, column, lex)
        out.append(Evidence(ev.category, round(min(ev.score + bonus, 0.97), 3), ev.reason + note, ev.source))
    out = [_remap_for_records(_remap_for_logs(ev, table, lex, info), info) for ev in out]
    out = [_courtesy_title(ev, column, tokens) for ev in out]
    if out and _about_animal(table, catalog):
        out = [ev for ev in out if _animal_evidence(ev, full, lex)]
        if not out:
            return MetadataEvidence((), f"table '{table.name}' is about animals, not people", False)
    veto = name_veto or comment_veto
    if not out and len(combined) > len(candidates):
        veto = f"declared type {column.type} cannot hold what the name says"
    return MetadataEvidence(tuple(out), None if out else veto, _is_key_like(full) and not out)


# ---- round 4: records about one person ---------------------------------------

_CREDENTIALS = "user.authorization.credentials"
_PROFILE = "user.demographic.profile"
_LONG_TEXT_TYPES = ("text", "clob", "ntext", "longtext", "mediumtext", "nclob", "tinytext")
_FREE_TEXT_VETOES = frozenset({"key", "timestamp", "flag", "count", "operator", "name", "status", "period"})
_GOVERNMENT_ID = "user.government_id"


_TOKEN_MIN_LENGTH = 16  # a session token is a long random string; a numeric or short id is a counter


def _session_token(column: Column, tokens: Tokens, table: Table) -> bool:
    """A session table's own text "sessionId": the session token itself, a credential (a numeric
    "session_id" of a telecom or sleep session is a surrogate key)."""
    if not tokens or tokens[0] != "session" or type_class(column) != "text":
        return False
    if column.length is not None and 0 < column.length < _TOKEN_MIN_LENGTH:
        return False
    words = table_info(table).words
    return any(_names_table(t, words) for t in load_lexicon().person_records.session_tables)


def _about_one_person(info: TableInfo) -> bool:
    """A record about one person that is not an organisation's own row (object words do not veto it)."""
    return info.person_keyed and info.ctx != "organisation" and not info.is_log


def _object_lifted(term: Term, table: Table, info: TableInfo, lex: Lexicon) -> bool:
    """Whether an object word in the table's name does not veto a term: the table is a record about one
    person (keyed to them, no log, no review table), and the term is no name, contact or login that the
    object itself has ("api_token.name", a mail account's "password")."""
    if not _about_one_person(info) or _local(table).content:
        return False
    if term.tokens and term.tokens[-1] in _OBJECT_DESCRIBED:
        return False  # a course's or a task's description and language are the object's
    return not term.category.startswith(lex.person_records.object_own)


_OBJECT_DESCRIBED = frozenset({"description", "desc", "summary", "details", "detail", "language", "locale"})


def _purchase(info: TableInfo, lex: Lexicon) -> bool:
    """An order, invoice, cart or return of goods (G3): its text is about the goods, not the buyer."""
    return any(_contains(info.words, t) for t in lex.person_records.purchase_tables)


def _long_text(column: Column, min_length: int) -> bool:
    """Declared to hold free text: text/clob, or a varchar at least ``min_length`` long."""
    if type_class(column) != "text":
        return False
    base = (column.base_type or "").lower()
    if column.length is None:
        return base.startswith(_LONG_TEXT_TYPES) or "(max)" in column.type.lower().replace(" ", "")
    return column.length >= min_length or column.length < 0


def _free_text(tokens: Tokens, table: Table, lex: Lexicon, name: _NameResult) -> bool:
    """A column named as written content ("cover_letter", "rejection_reason", "bodyHtml")."""
    if name.veto_kind in _FREE_TEXT_VETOES or _is_key_like(tokens) or _local(table).content:
        return False
    if _purchase(table_info(table), lex):
        return False
    heads = lex.person_records.free_text_heads
    return tokens[-1] in heads or tokens[_head_index(tokens, lex)] in heads  # "parsed_text", "body_html"


def _assessment(column: Column, tokens: Tokens, table: Table, lex: Lexicon, name: _NameResult) -> bool:
    """A rating or score of the row's own person ("driver_rating" of a driver, "rating_avg", "score"): not
    a catalogue's, nor a review's single score, nor a score given by or of someone or something else
    ("rider_score" on a trip, "face_score", "csat_score")."""
    info = table_info(table)
    if info.base == "object" or _local(table).content:
        return False
    if name.veto_kind in ("key", "timestamp", "operator", "name", "flag"):
        return False
    head = _head_index(tokens, lex)
    if tokens[head] not in lex.person_records.assessment_heads or type_class(column) not in (
        "number",
        "text",
    ):
        return False
    if any(w in lex.person_records.assessment_heads for w in info.words):
        return False  # a rating table's "score": one rating given in one trade, not an assessment kept
    own = set(info.words) | lex.aggregates | lex.transparent | lex.person_records.assessment_aspects
    return all(t in own for i, t in enumerate(tokens) if i != head)


def _document_of(words: Tokens, lex: Lexicon) -> str | None:
    """The identity document (licence, passport, permit) that words name, as its category."""
    found = [m for m in _find_terms(words, lex) if m.term.category.startswith(_GOVERNMENT_ID)]
    return max(found, key=lambda m: (m.end - m.start, m.end)).term.category if found else None


def _validity_date(column: Column, tokens: Tokens, info: TableInfo, lex: Lexicon) -> str | None:
    """The issue or expiry date of an identity document: the document's category (GB/T 35273 A.1)."""
    if type_class(column) not in ("date", "datetime", "text") or not any(
        t in lex.person_records.validity_words for t in tokens
    ):
        return None
    found = _document_of(tokens, lex) or _document_of(info.words, lex)
    if found is not None:
        return found
    words = lex.person_records.document_words
    return _GOVERNMENT_ID if any(_contains(tokens, w) or _contains(info.words, w) for w in words) else None


_ROLE_NAME_MAX_LENGTH = 255  # a name, not a text about the person


def _role_name(
    column: Column, tokens: Tokens, table: Table, lex: Lexicon, name: _NameResult, info: TableInfo
) -> Evidence | None:
    """A text column named by a person's role alone ("comment_author", "consignee") holds their name."""
    if name.veto is not None or info.ctx in ("organisation", "object") or type_class(column) != "text":
        return None
    if column.length is not None and column.length > _ROLE_NAME_MAX_LENGTH:
        return None
    if not any(_names_table(r, tokens) for r in lex.person_records.role_heads):
        return None
    return Evidence("user.name", 0.7, f"name '{column.name}' names a person by their role", "name", True)


def _person_record_evidence(
    column: Column, tokens: Tokens, table: Table, lex: Lexicon, name: _NameResult, info: TableInfo
) -> Evidence | None:
    """What a record about one person holds that no term names: the person's free text, an assessment of
    them, the validity of their identity document."""
    if not tokens or not _about_one_person(info):
        return None
    where = f"'{column.name}' in table '{table.name}' (a record about one person)"
    document = _validity_date(column, tokens, info, lex)
    if document is not None:
        return Evidence(document, 0.7, f"{where}: validity of an identity document", "table", True, True)
    described = info.base == "object" and bool(tokens) and tokens[-1] in _OBJECT_DESCRIBED
    if (
        not described
        and _long_text(column, lex.person_records.free_text_min_length)
        and _free_text(tokens, table, lex, name)
    ):
        return Evidence("user.content.private", 0.7, f"{where}: the person's free text", "table", True)
    if _assessment(column, tokens, table, lex, name):
        return Evidence(_PROFILE, 0.65, f"{where}: an assessment of the person", "table", True)
    return None


def catalog_context(tables: tuple[Table, ...]) -> CatalogContext:
    """The catalog's tables, and those about people or keyed to a person by a column of their own (a
    policy of a policyholder): their rows, and the rows of tables keyed to them (its claims), are records
    about one person. Going further ("collection" of a "community" of an "eperson") found only things."""
    names = frozenset(table_key(t.name) for t in tables)
    animals = frozenset(table_key(t.name) for t in tables if _animal_record(t))
    locals_ = [_local(t) for t in tables]
    records = frozenset(
        loc.record.category for loc in locals_ if loc.record is not None and not loc.record_ambiguous
    )
    alone = CatalogContext(frozenset(), names, animals, records)
    people = frozenset(table_key(t.name) for t in tables if table_info(t, alone).person_keyed)
    return CatalogContext(people, names, animals, records)


def clear_caches() -> None:
    """Forget what was worked out with the previous lexicon (after lexicon.use_extensions)."""
    _tokenise_shipped.cache_clear()
    table_context.cache_clear()
    _EXPANDED.clear()
    _LOCAL.clear()
    _INFO.clear()
