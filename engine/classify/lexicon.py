"""Load engine/classify/lexicon.yaml into lookup tables (validated, cached).

The lexicon is data: names.py reads these tables and fuse.py the `values`
section. Loading fails closed: a schema error or a category key missing from
the taxonomy raises PolicyError.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import cache
from importlib.resources import files
from typing import Any

import jsonschema
import yaml

from engine.classify.taxonomy import FAST_LOADER, Taxonomy, load_taxonomy
from engine.errors import PolicyError
from engine.model import Location

LEXICON_FILE = "lexicon.yaml"
DEFAULT_STRENGTH = 0.85
DEFAULT_TYPES = ("text",)

Tokens = tuple[str, ...]


@dataclass(frozen=True)
class Term:
    """One way of naming a category: English tokens, pinyin or Chinese text."""

    category: str
    tokens: Tokens  # empty for Chinese terms
    zh: str  # Chinese text (or the gloss of a pinyin term)
    kind: str  # "en", "pinyin" or "zh"
    needs: str  # "none", "person", "person_or_place", "person_table" / "person_or_place_table" (not neutral)
    strength: float
    types: tuple[str, ...]
    length: tuple[int, int] | None
    dated: bool


@dataclass(frozen=True)
class ValueRules:
    weak_format: frozenset[str]
    password_hashes: frozenset[str]


@dataclass(frozen=True)
class PersonRecordRules:
    """How a record about one person holds data no term names (lexicon section person_records)."""

    free_text_heads: frozenset[str] = frozenset()  # "cover_letter", "rejection_reason": the person's text
    free_text_min_length: int = 200  # a varchar at least this long (or text/clob) holds free text
    assessment_heads: frozenset[str] = frozenset()  # "driver_rating", "score": an assessment of the person
    assessment_aspects: frozenset[str] = frozenset()  # "academic_rating": an aspect of the same person
    clinical_subjects: frozenset[str] = frozenset()  # "DrugName", "TestName": what a clinical record is about
    validity_words: frozenset[str] = frozenset()  # "expires_on" of a licence: the document's validity
    session_tables: frozenset[Tokens] = frozenset()  # a session table's own id is the session credential
    purchase_tables: frozenset[Tokens] = frozenset()  # an order's or invoice's text is about the goods
    document_words: frozenset[Tokens] = frozenset()  # licence, passport, permit: an identity document
    measure_kinds: frozenset[str] = frozenset()  # "rhythm_class", "flow_level" on a health record
    role_heads: frozenset[Tokens] = frozenset()  # "comment_author": a role naming the person (user.name)
    object_own: tuple[str, ...] = ()  # categories an object keeps as its own on a person's record ("name")


@dataclass(frozen=True)
class RecordTable:
    """A kind of domain record about one person: its content columns hold this category."""

    category: str
    tables: frozenset[Tokens]  # table-name words
    zh: tuple[str, ...]  # words of a Chinese table comment
    heads: frozenset[str] = frozenset()  # when set, only columns with one of these words hold the category
    ambiguous: frozenset[Tokens] = frozenset()  # table words that count only beside an unambiguous record


@dataclass(frozen=True)
class Lexicon:
    terms: tuple[Term, ...]  # English and pinyin terms (token sequences)
    zh_terms: tuple[Term, ...]  # Chinese terms (substrings)
    context: dict[str, frozenset[Tokens]]  # "person"/"organisation"/"object"/"place" -> token sequences
    zh_context: dict[str, tuple[str, ...]]
    suffixes: dict[Tokens, str]  # veto suffix tokens -> reason kind
    prefixes: frozenset[str]
    aggregates: frozenset[str]
    object_blocks: tuple[str, ...]
    veto_names: frozenset[Tokens]
    transparent: frozenset[str]
    postpositive: frozenset[str]  # qualifiers after their noun, skipped at the end of a name ("email_work")
    zh_suffixes: tuple[str, ...]
    zh_prefixes: tuple[str, ...]
    zh_names: frozenset[str]
    zh_transparent: tuple[str, ...]
    vocabulary: frozenset[str]  # single words used to split run-together names
    values: ValueRules
    record_tables: tuple[RecordTable, ...]
    zh_record_vetoes: tuple[str, ...]  # Chinese comment endings of a record's bookkeeping columns
    clinical_reference: frozenset[Tokens]
    coded_suffixes: tuple[Tokens, ...]  # longest first
    storage_key_suffixes: tuple[Tokens, ...]  # longest first: "object key", "key"
    media_words: frozenset[str]  # before a storage key: the key is the stored photo or document
    organisation_columns: frozenset[Tokens]
    person_name_columns: frozenset[Tokens]  # a person's own name: the table is about people
    organisation_comments: frozenset[str]  # Chinese comments of an organisation's own columns (单位名称)
    animal_columns: frozenset[Tokens]  # species, breed, microchip: the row is an animal's
    table_content: tuple[tuple[frozenset[Tokens], frozenset[Tokens], str], ...]  # (tables, words, category)
    log_tables: frozenset[Tokens]
    log_remap: dict[str, str]
    abbreviations: dict[str, str]  # name token -> the word it abbreviates ("nm" -> "name")
    sensitive_heads: dict[str, tuple[str, ...]]  # suffix kind -> categories whose terms survive it
    zh_coded_tails: tuple[str, ...]  # Chinese tails after which any term stands ("行政区划代码")
    zh_sensitive_tails: tuple[str, ...]  # Chinese tails after which only a sensitive term stands
    qualifiers: frozenset[str]  # words before a generic term that keep it the subject's ("primary_phone")
    descriptive_tails: frozenset[str] = frozenset()  # "description", "result": a sensitive term before keeps
    audit_key_words: frozenset[str] = frozenset()  # "create_user_id" keys the row to no person it is about
    prepositions: frozenset[str] = frozenset()  # "country_of_residence": the head comes before them
    configuration_tables: frozenset[str] = frozenset()  # last word of a settings table ("email_config")
    audit_actors: frozenset[str] = frozenset()  # before a name: who acted on the row ("creator_name")
    phrase_abbreviations: dict[Tokens, Tokens] = field(default_factory=dict)  # ("addr", "ln") -> address line
    animal_tables: frozenset[str] = frozenset()  # last word of a table of animals ("pets")
    person_records: PersonRecordRules = PersonRecordRules()
    # Indexes derived from the tables above (built once, for speed).
    term_index: dict[str, tuple[Term, ...]] = field(default_factory=dict)  # first (normalised) token -> terms
    context_index: dict[str, tuple[tuple[Tokens, str], ...]] = field(default_factory=dict)  # first token
    suffixes_by_last: dict[str, tuple[tuple[Tokens, str], ...]] = field(default_factory=dict)  # longest first
    zh_index: dict[str, tuple[tuple[int, Term], ...]] = field(default_factory=dict)  # first char -> terms
    zh_transparent_longest: tuple[str, ...] = ()
    category_types: dict[str, frozenset[str]] = field(default_factory=dict)
    category_lengths: dict[str, tuple[tuple[int, int], ...]] = field(default_factory=dict)


# Number words that mean the same in a name: "doc_no" is a "doc number", "mbr_num" a "member number".
NUMBER_WORDS = frozenset({"no", "num", "nbr", "nr"})


def normalise(token: str) -> str:
    """A token as terms are indexed: every spelling of "number" is "number"."""
    return "number" if token in NUMBER_WORDS else token


def _term_index(terms: list[Term]) -> dict[str, tuple[Term, ...]]:
    index: dict[str, list[Term]] = {}
    for term in terms:
        if term.tokens:
            index.setdefault(normalise(term.tokens[0]), []).append(term)
    return {k: tuple(v) for k, v in index.items()}


def _context_index(context: dict[str, frozenset[Tokens]]) -> dict[str, tuple[tuple[Tokens, str], ...]]:
    index: dict[str, list[tuple[Tokens, str]]] = {}
    for kind, seqs in context.items():
        for seq in sorted(seqs):
            index.setdefault(seq[0], []).append((seq, kind))
    return {k: tuple(v) for k, v in index.items()}


def _suffix_index(suffixes: dict[Tokens, str]) -> dict[str, tuple[tuple[Tokens, str], ...]]:
    index: dict[str, list[tuple[Tokens, str]]] = {}
    for seq, kind in sorted(suffixes.items(), key=lambda kv: -len(kv[0])):
        index.setdefault(seq[-1], []).append((seq, kind))
    return {k: tuple(v) for k, v in index.items()}


def _zh_index(zh_terms: list[Term]) -> dict[str, tuple[tuple[int, Term], ...]]:
    """Chinese terms by their first character, each with its position in the lexicon (for tie-breaks)."""
    index: dict[str, list[tuple[int, Term]]] = {}
    for order, term in enumerate(zh_terms):
        index.setdefault(term.zh[0], []).append((order, term))
    return {k: tuple(v) for k, v in index.items()}


def _category_tables(
    terms: list[Term],
) -> tuple[dict[str, frozenset[str]], dict[str, tuple[tuple[int, int], ...]]]:
    types: dict[str, set[str]] = {}
    lengths: dict[str, set[tuple[int, int]]] = {}
    for term in terms:
        types.setdefault(term.category, set()).update(term.types)
        if term.length:
            lengths.setdefault(term.category, set()).add(term.length)
    return {k: frozenset(v) for k, v in types.items()}, {k: tuple(sorted(v)) for k, v in lengths.items()}


def split_words(phrase: str) -> Tokens:
    """A lexicon phrase as tokens: "phone number" -> ("phone", "number")."""
    return tuple(re.split(r"\s+", phrase.strip().lower()))


def _schema() -> dict[str, Any]:
    text = (files("engine.classify") / "lexicon.schema.json").read_text(encoding="utf-8")
    schema: dict[str, Any] = json.loads(text)
    return schema


def _entry_terms(entry: dict[str, Any]) -> tuple[list[Term], list[Term]]:
    length = entry.get("length")
    common: dict[str, Any] = {
        "category": entry["category"],
        "needs": entry.get("needs", "none"),
        "strength": float(
            entry.get("strength", DEFAULT_STRENGTH if entry.get("needs", "none") == "none" else 0.7)
        ),
        "types": tuple(entry.get("types", DEFAULT_TYPES)),
        "length": (int(length[0]), int(length[1])) if length else None,
        "dated": bool(entry.get("dated", False)),
    }
    terms = [Term(tokens=split_words(w), zh="", kind="en", **common) for w in entry.get("en", [])]
    terms += [
        Term(tokens=split_words(p), zh=gloss, kind="pinyin", **common)
        for p, gloss in entry.get("pinyin", {}).items()
    ]
    zh_terms = [Term(tokens=(), zh=z, kind="zh", **common) for z in entry.get("zh", [])]
    return terms, zh_terms


def _check_categories(data: dict[str, Any], taxonomy: Taxonomy, source: str) -> None:
    keys = taxonomy.keys()
    used = [e["category"] for e in data["entries"]]
    values = data.get("values", {})
    used += values.get("weak_format", [])
    used += [t["category"] for t in data.get("table_content", [])]
    used += [r["category"] for r in data.get("record_tables", [])]
    used += [k for keys in data.get("sensitive_heads", {}).values() for k in keys]
    used += data["not_personal"].get("object_blocks", [])
    used += [k for pair in data.get("log_remap", {}).items() for k in pair]
    unknown = sorted({k for k in used if k not in keys})
    if unknown:
        raise PolicyError(
            f"lexicon uses categories missing from the taxonomy: {', '.join(unknown)}", Location(source)
        )


def _check_abbreviations(abbreviations: dict[str, str], phrase_tokens: set[str], source: str) -> None:
    """An abbreviation that is also a lexicon word would silently change what that word matches."""
    clash = sorted(a for a in abbreviations if a in phrase_tokens)
    if clash:
        raise PolicyError(
            f"lexicon abbreviations are also lexicon words: {', '.join(clash)}", Location(source)
        )


def _person_records(data: dict[str, Any]) -> PersonRecordRules:
    return PersonRecordRules(
        free_text_heads=frozenset(w.lower() for w in data.get("free_text_heads", [])),
        free_text_min_length=int(data.get("free_text_min_length", 200)),
        assessment_heads=frozenset(w.lower() for w in data.get("assessment_heads", [])),
        assessment_aspects=frozenset(w.lower() for w in data.get("assessment_aspects", [])),
        clinical_subjects=frozenset(w.lower() for w in data.get("clinical_subjects", [])),
        validity_words=frozenset(w.lower() for w in data.get("validity_words", [])),
        session_tables=frozenset(split_words(w) for w in data.get("session_tables", [])),
        purchase_tables=frozenset(split_words(w) for w in data.get("purchase_tables", [])),
        object_own=tuple(data.get("object_own", [])),
        role_heads=frozenset(split_words(w) for w in data.get("role_heads", [])),
        measure_kinds=frozenset(w.lower() for w in data.get("measure_kinds", [])),
        document_words=frozenset(split_words(w) for w in data.get("document_words", [])),
    )


def parse_lexicon(text: str, taxonomy: Taxonomy, source: str = LEXICON_FILE) -> Lexicon:
    """Parse and validate lexicon YAML text; raise PolicyError naming what is wrong."""
    try:
        data = yaml.load(text, Loader=FAST_LOADER)
    except yaml.YAMLError as exc:
        raise PolicyError(f"lexicon is not valid YAML: {exc}", Location(source)) from None
    return lexicon_from_data(data, taxonomy, source)


def lexicon_from_data(data: Any, taxonomy: Taxonomy, source: str = LEXICON_FILE) -> Lexicon:
    """Validate loaded lexicon data against the schema and the taxonomy, and index it."""
    errors = sorted(jsonschema.Draft202012Validator(_schema()).iter_errors(data), key=lambda e: list(e.path))
    if errors:
        where = "/".join(str(p) for p in errors[0].absolute_path) or "(top level)"
        raise PolicyError(f"lexicon schema error at {where}: {errors[0].message}", Location(source))
    _check_categories(data, taxonomy, source)

    terms: list[Term] = []
    zh_terms: list[Term] = []
    for entry in data["entries"]:
        en, zh = _entry_terms(entry)
        terms += en
        zh_terms += zh
    ctx = data["context"]
    context = {kind: frozenset(split_words(w) for w in ctx[kind]["en"]) for kind in ctx}
    zh_context = {kind: tuple(ctx[kind].get("zh", [])) for kind in ctx}
    veto = data["not_personal"]
    suffixes = {split_words(w): kind for kind, words in veto["suffixes"].items() for w in words}
    vocabulary = {t for term in terms for t in term.tokens}
    vocabulary |= {t for seqs in context.values() for seq in seqs for t in seq}
    vocabulary |= {t for seq in suffixes for t in seq}
    vocabulary |= set(veto["transparent"]) | set(veto.get("postpositive", []))
    vocabulary |= {w.lower() for w in data.get("split_words", [])}
    records = tuple(
        RecordTable(
            r["category"],
            frozenset(split_words(w) for w in r["en"]),
            tuple(r.get("zh", [])),
            frozenset(w.lower() for w in r.get("heads", [])),
            frozenset(split_words(w) for w in r.get("ambiguous", [])),
        )
        for r in data.get("record_tables", [])
    )
    table_content = tuple(
        (frozenset(map(split_words, t["table"])), frozenset(map(split_words, t["words"])), t["category"])
        for t in data.get("table_content", [])
    )
    log_tables = frozenset(split_words(w) for w in data.get("log_tables", []))
    extra = [
        data.get(k, [])
        for k in (
            "clinical_reference",
            "coded_suffixes",
            "storage_key_suffixes",
            "media_words",
            "organisation_columns",
            "person_name_columns",
            "animal_columns",
            "qualifiers",
        )
    ]
    for seqs in (
        *(r.tables for r in records),
        log_tables,
        *(frozenset(map(split_words, words)) for words in extra),
        *(t[0] | t[1] for t in table_content),
    ):
        vocabulary |= {t for seq in seqs for t in seq}
    vocabulary |= {h for r in records for h in r.heads} | set(data.get("descriptive_tails", []))
    vocabulary |= set(data.get("audit_key_words", []))
    person_records = _person_records(data.get("person_records", {}))
    vocabulary |= person_records.free_text_heads | person_records.assessment_heads
    vocabulary |= person_records.assessment_aspects | person_records.clinical_subjects
    vocabulary |= person_records.validity_words
    vocabulary |= {
        t
        for seq in person_records.session_tables
        | person_records.purchase_tables
        | person_records.document_words
        for t in seq
    }
    abbreviations = {k.lower(): v.lower() for k, v in data.get("abbreviations", {}).items()}
    _check_abbreviations(abbreviations, set(vocabulary), source)
    vocabulary |= set(abbreviations)
    values = data.get("values", {})
    category_types, category_lengths = _category_tables(terms + zh_terms)
    return Lexicon(
        terms=tuple(terms),
        zh_terms=tuple(zh_terms),
        context=context,
        zh_context=zh_context,
        suffixes=suffixes,
        prefixes=frozenset(veto["prefixes"]),
        aggregates=frozenset(veto.get("aggregates", [])),
        object_blocks=tuple(veto.get("object_blocks", [])),
        veto_names=frozenset(split_words(w) for w in veto["names"]),
        transparent=frozenset(veto["transparent"]),
        postpositive=frozenset(veto.get("postpositive", [])),
        zh_suffixes=tuple(veto["zh_suffixes"]),
        zh_prefixes=tuple(veto["zh_prefixes"]),
        zh_names=frozenset(veto["zh_names"]),
        zh_transparent=tuple(veto["zh_transparent"]),
        vocabulary=frozenset(vocabulary),
        values=ValueRules(
            weak_format=frozenset(values.get("weak_format", [])),
            password_hashes=frozenset(values.get("password_hashes", [])),
        ),
        record_tables=records,
        zh_record_vetoes=tuple(data.get("zh_record_vetoes", [])),
        clinical_reference=frozenset(split_words(w) for w in data.get("clinical_reference", [])),
        coded_suffixes=tuple(
            sorted((split_words(w) for w in data.get("coded_suffixes", [])), key=len, reverse=True)
        ),
        storage_key_suffixes=tuple(
            sorted((split_words(w) for w in data.get("storage_key_suffixes", [])), key=len, reverse=True)
        ),
        media_words=frozenset(data.get("media_words", [])),
        organisation_columns=frozenset(split_words(w) for w in data.get("organisation_columns", [])),
        person_name_columns=frozenset(split_words(w) for w in data.get("person_name_columns", [])),
        organisation_comments=frozenset(data.get("organisation_comments", [])),
        animal_columns=frozenset(split_words(w) for w in data.get("animal_columns", [])),
        table_content=table_content,
        log_tables=log_tables,
        log_remap=dict(data.get("log_remap", {})),
        abbreviations=abbreviations,
        sensitive_heads={k: tuple(v) for k, v in data.get("sensitive_heads", {}).items()},
        zh_coded_tails=tuple(data.get("zh_coded_tails", [])),
        zh_sensitive_tails=tuple(data.get("zh_sensitive_tails", [])),
        qualifiers=frozenset(data.get("qualifiers", [])),
        descriptive_tails=frozenset(data.get("descriptive_tails", [])),
        audit_key_words=frozenset(data.get("audit_key_words", [])),
        prepositions=frozenset(data.get("prepositions", [])),
        configuration_tables=frozenset(data.get("configuration_tables", [])),
        audit_actors=frozenset(data.get("audit_actors", [])),
        animal_tables=frozenset(data.get("animal_tables", [])),
        phrase_abbreviations={
            split_words(k): split_words(v) for k, v in data.get("phrase_abbreviations", {}).items()
        },
        person_records=person_records,
        term_index=_term_index(terms),
        context_index=_context_index(context),
        suffixes_by_last=_suffix_index(suffixes),
        zh_index=_zh_index(zh_terms),
        zh_transparent_longest=tuple(sorted(veto["zh_transparent"], key=len, reverse=True)),
        category_types=category_types,
        category_lengths=category_lengths,
    )


# Organisation-specific words, from privaudit.yaml `lexicon:` or --lexicon (see use_extensions).
_extensions: tuple[str, ...] = ()
EXTENSION_KEYS = frozenset({"entries", "abbreviations"})
STANDARDS_FILE = "lexicon_standards.yaml"  # shipped vocabulary from standards, in the extension format


@cache
def load_lexicon() -> Lexicon:
    """The shipped lexicon and its standards vocabulary plus any extensions, validated against the
    lexicon schema and the taxonomy."""
    package = files("engine.classify")
    sources = [f"engine/classify/{LEXICON_FILE}", f"engine/classify/{STANDARDS_FILE}", *_extensions]
    data = _load_yaml(package / LEXICON_FILE, sources[0])
    _merge(data, _load_yaml(package / STANDARDS_FILE, sources[1]), sources[1])
    for path in _extensions:
        _merge(data, _load_yaml(path, path), path)
    # The merged lexicon passes the same schema and taxonomy checks as the shipped one.
    return lexicon_from_data(data, load_taxonomy(), ", ".join(sources))


def _load_yaml(path: Any, where: str) -> Any:
    """A lexicon file's data: the shipped ones as package resources, extensions by path."""
    try:
        if isinstance(path, str):
            with open(path, encoding="utf-8") as handle:
                return yaml.load(handle, Loader=FAST_LOADER)
        return yaml.load(path.read_text(encoding="utf-8"), Loader=FAST_LOADER)
    except OSError as exc:
        raise PolicyError(f"cannot read lexicon extension: {exc.strerror}", Location(where)) from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        at = Location(where, mark.line + 1, mark.column + 1) if mark else Location(where)
        raise PolicyError(f"lexicon file is not valid YAML: {getattr(exc, 'problem', exc)}", at) from None


def _merge(data: dict[str, Any], extra: Any, where: str) -> None:
    """Add an extension's `entries` and `abbreviations` to the lexicon's."""
    if not isinstance(extra, dict) or not extra or set(extra) - EXTENSION_KEYS:
        unknown = sorted(set(extra) - EXTENSION_KEYS) if isinstance(extra, dict) else []
        raise PolicyError(
            "a lexicon extension holds only `entries` and `abbreviations`"
            + (f" (unknown: {', '.join(unknown)})" if unknown else ""),
            Location(where, 1, 1),
        )
    data["entries"] = [*data["entries"], *(extra.get("entries") or [])]
    data["abbreviations"] = {**data["abbreviations"], **(extra.get("abbreviations") or {})}


def current_extensions() -> tuple[str, ...]:
    return _extensions


def use_extensions(paths: tuple[str, ...]) -> None:
    """Classify with these lexicon extensions from now on (an empty tuple: the shipped lexicon only)."""
    global _extensions
    if tuple(paths) != _extensions:
        _extensions = tuple(paths)
        load_lexicon.cache_clear()
