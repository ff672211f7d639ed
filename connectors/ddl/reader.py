"""read_ddl: SQL files and migration folders -> Catalog.

Each file is split by hand, statements that cannot change the schema are skipped by
their first keywords (a dump is mostly INSERTs), and only the rest goes through sqlglot,
one statement at a time, so a statement sqlglot rejects costs only itself.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import sqlglot
from sqlglot import exp
from sqlglot.errors import SqlglotError

from connectors.ddl.dialect import detect_dialect
from connectors.ddl.extprop import is_extended_property, read_description
from connectors.ddl.replay import Naming, SchemaState, TableName, apply_statement, rename_table
from connectors.ddl.salvage import salvage_create_table
from connectors.ddl.sources import SqlFile, expand_paths
from connectors.ddl.splitter import POSTGRES_LIKE, Statement, mask_literals, split_statements, top_level_spans
from connectors.textio import read_text
from engine.errors import SourceError
from engine.model import Catalog, Diagnostic, Location

# Statements that can change the schema, recognised by their first keywords.
_RELEVANT = re.compile(
    r"""(?:
      CREATE\s+(?:OR\s+REPLACE\s+)?(?:(?:GLOBAL|LOCAL)\s+)?(?:TEMP(?:ORARY)?\s+|UNLOGGED\s+)?TABLE\b
    | CREATE\s+(?:OR\s+REPLACE\s+)?(?:ALGORITHM\s*=\s*\w+\s+)?(?:DEFINER\s*=\s*\S+\s+)?
        (?:SQL\s+SECURITY\s+\w+\s+)?(?:MATERIALIZED\s+|RECURSIVE\s+|TEMP(?:ORARY)?\s+)?VIEW\b
    | ALTER\s+TABLE\b
    | DROP\s+(?:TABLE|VIEW|MATERIALIZED\s+VIEW)\b
    | COMMENT\s+ON\s+(?:TABLE|COLUMN|VIEW|MATERIALIZED\s+VIEW)\b
    )""",
    re.I | re.X,
)
# ALTER TABLE actions that touch storage, ownership or partitions, never columns.
_ALTER_NOISE = re.compile(
    r"""ALTER\s+TABLE\s+(?:IF\s+EXISTS\s+)?(?:ONLY\s+)?(?:"[^"]*"|`[^`]*`|[^\s(])+\s+(?:
      OWNER\s+TO | ATTACH\s+PARTITION | DETACH\s+PARTITION | ENABLE\b | DISABLE\b | CLUSTER\s+ON
    | (?:WITH\s+(?:NO)?CHECK\s+)?(?:NO)?CHECK\s+CONSTRAINT\b
    | REPLICA\s+IDENTITY | SET\s+(?:TABLESPACE|WITH|WITHOUT|LOGGED|UNLOGGED|ACCESS\s+METHOD)\b | RESET\b
    | INHERIT\b | NO\s+INHERIT | FORCE\b | NO\s+FORCE | VALIDATE\s+CONSTRAINT | ENGINE\b | AUTO_INCREMENT\b
    | (?:DEFAULT\s+)?(?:CHARSET|CHARACTER\s+SET)\b | CONVERT\s+TO\b
    )""",
    re.I | re.X,
)
_CREATE_SCHEMA = re.compile(
    r"CREATE\s+SCHEMA\s+(?:IF\s+NOT\s+EXISTS\s+)?(?P<name>\"(?:[^\"]|\"\")+\"|`[^`]+`|[\w$]+)", re.I
)
_NESTED_CREATE = re.compile(r"\bCREATE\s+(?:TABLE|VIEW|INDEX|SEQUENCE|TRIGGER)\b", re.I)
_RENAME_TABLE = re.compile(r"RENAME\s+TABLES?\s+(?P<pairs>.+)$", re.I | re.S)
_RENAME_PAIR = re.compile(r"^\s*(?P<old>.+?)\s+TO\s+(?P<new>.+?)\s*$", re.I | re.S)
_COMMENT_IS_NULL = re.compile(r"\bIS\s+NULL\s*$", re.I)
# Oracle constraint states after a column or constraint (SQL Developer and exp write them everywhere); they
# say whether Oracle enforces the constraint, not what the column is.
_CONSTRAINT_STATE = re.compile(
    r"\s+(?:ENABLE|DISABLE)(?:\s+(?:NO)?VALIDATE)?(?:\s+(?:NO)?RELY)?(?=\s*[,)])", re.I
)
# SQL Server's index kind after a column's own PRIMARY KEY or UNIQUE (not before a column list, which
# sqlglot reads): how the index is stored, not what the column is.
_INLINE_CLUSTERED = re.compile(r"\b(PRIMARY\s+KEY|UNIQUE)\s+(?:NON)?CLUSTERED\b(?!\s*\()", re.I)
# What SSMS's "Script Table as CREATE" adds that says how SQL Server stores the table, not what it holds:
# ROWGUIDCOL on a uniqueidentifier, index options after a key, and the filegroups of the table and its LOBs.
_ROWGUIDCOL = re.compile(r"\s+ROWGUIDCOL\b", re.I)
_INDEX_OPTIONS = re.compile(r"(?<=\))\s*WITH\s*\((?:[^()]|\([^()]*\))*\)(?:\s*ON\s+\[[^\]]+\])?", re.I)
_FILEGROUPS = re.compile(
    r"\s+(?:ON|TEXTIMAGE_ON|FILESTREAM_ON)\s+\[[^\]]+\](?=(?:\s+\w+_ON\s+\[[^\]]+\])*\s*$)", re.I
)
# SSMS writes a column's default as its own statement: ALTER TABLE t ADD CONSTRAINT df DEFAULT (x) FOR [c]
_DEFAULT_FOR = re.compile(
    r"ALTER\s+TABLE\s+(?P<table>(?:\[[^\]]+\]|\w+)(?:\s*\.\s*(?:\[[^\]]+\]|\w+))*)\s+ADD\s+"
    r"(?:CONSTRAINT\s+(?:\[[^\]]+\]|\w+)\s+)?DEFAULT\s+(?P<value>.+?)\s+FOR\s+(?P<column>\[[^\]]+\]|\w+)\s*;?\s*$",
    re.I | re.S,
)
# A collation qualified by its schema, as Navicat and pg_dump write it (COLLATE "pg_catalog"."default"):
# sqlglot reads the bare collation name, and which collation sorts a column does not change what it holds.
_QUALIFIED_COLLATE = re.compile(r'COLLATE\s+(?:"[^"]+"|\w+)\s*\.\s*("[^"]+"|\w+)', re.I)
_COLLATE_KEYWORD = re.compile(r"\bCOLLATE\b", re.I)
_WITH_DATA = re.compile(r"\s+WITH\s+(?:NO\s+)?DATA\s*$", re.I)
_CREATE_TABLE = re.compile(
    r"CREATE\s+(?:(?:GLOBAL|LOCAL)\s+)?(?:TEMP(?:ORARY)?\s+|UNLOGGED\s+)?TABLE\b", re.I
)


@dataclass(frozen=True)
class _FileContext:
    file: str
    dialect: str | None
    naming: Naming


def read_ddl(paths: Sequence[str | Path], dialect: str | None = None, encoding: str | None = None) -> Catalog:
    """Replay the DDL in `paths` (files or migration folders, applied in the order given).

    `dialect` is a sqlglot dialect name; None detects MySQL or PostgreSQL per file.
    `encoding` forces a codec; None detects UTF-8 (with or without BOM) and GBK/GB18030.
    Problems come back as Catalog.diagnostics. Raises SourceError only when no source
    could be read at all (every path missing, unreadable, binary or undecodable).
    """
    expanded = expand_paths(list(paths))
    diagnostics = list(expanded.diagnostics)
    state = SchemaState()
    sources: list[str] = []
    with _quiet_sqlglot():
        for source in expanded.files:
            text, notes = _read_source(source, encoding)
            diagnostics += notes
            if text is None:
                continue
            sources.append(source.display)
            _replay_text(state, text, source.display, dialect)
    diagnostics += state.diagnostics
    if not sources:
        raise SourceError(_nothing_read(paths, diagnostics), diagnostics[0].location if diagnostics else None)
    return Catalog(tables=state.freeze(), diagnostics=tuple(diagnostics), sources=tuple(sources))


def _nothing_read(paths: Sequence[str | Path], diagnostics: list[Diagnostic]) -> str:
    if not paths:
        return "no DDL source given"
    errors = [d for d in diagnostics if d.level == "error"]
    if len(errors) == 1:  # the error's location is the SourceError's: do not repeat it
        return f"no DDL source could be read: {errors[0].message}"
    reasons = "; ".join(f"{d.location}: {d.message}" for d in errors)
    return f"no DDL source could be read ({reasons or 'nothing to read'})"


def _read_source(source: SqlFile, encoding: str | None) -> tuple[str | None, list[Diagnostic]]:
    decoded = read_text(source.path, encoding)
    notes = [
        Diagnostic(Location(source.display, d.location.line), d.message, d.level) for d in decoded.diagnostics
    ]
    if decoded.text is not None and not decoded.text.strip():
        notes.append(Diagnostic(Location(source.display), "empty file: no statements", "warning"))
    return decoded.text, notes


def file_dialect(text: str, dialect: str | None) -> str | None:
    return dialect if dialect is not None else detect_dialect(text)


def _replay_text(state: SchemaState, text: str, file: str, dialect: str | None) -> None:
    used = file_dialect(text, dialect)
    context = _FileContext(file, used, Naming(used, fold_lower=used in POSTGRES_LIKE))
    for statement in split_statements(text, used):
        _replay_statement(state, statement, context)


# First words of SQL statements: a CREATE TABLE inside one of them (a function body) is no loss.
_SQL_VERBS = frozenset(
    {
        "CREATE",
        "ALTER",
        "DROP",
        "INSERT",
        "UPDATE",
        "DELETE",
        "MERGE",
        "UPSERT",
        "REPLACE",
        "SELECT",
        "WITH",
        "VALUES",
        "GRANT",
        "REVOKE",
        "COMMENT",
        "SET",
        "RESET",
        "BEGIN",
        "START",
        "COMMIT",
        "ROLLBACK",
        "SAVEPOINT",
        "RELEASE",
        "END",
        "DECLARE",
        "DO",
        "IF",
        "WHILE",
        "EXEC",
        "EXECUTE",
        "CALL",
        "COPY",
        "USE",
        "LOCK",
        "UNLOCK",
        "ANALYZE",
        "ANALYSE",
        "VACUUM",
        "REFRESH",
        "TRUNCATE",
        "PRAGMA",
        "REINDEX",
        "CLUSTER",
        "SHOW",
        "DESCRIBE",
        "EXPLAIN",
        "LOAD",
        "SOURCE",
        "PREPARE",
        "DEALLOCATE",
        "LISTEN",
        "NOTIFY",
        "DISCARD",
        "CHECKPOINT",
        "SECURITY",
        "PRINT",
        "RAISERROR",
        "THROW",
        "RETURN",
        "GO",
        "OPTIMIZE",
        "FLUSH",
        "RENAME",
    }
)
_BURIED_CREATE_TABLE = re.compile(
    r"^\s*CREATE\s+(?:GLOBAL\s+TEMPORARY\s+|TEMP(?:ORARY)?\s+)?TABLE\b", re.I | re.M
)


def _replay_statement(state: SchemaState, statement: Statement, context: _FileContext) -> None:
    sql = statement.text
    location = Location(context.file, statement.line, statement.column)
    schema = _CREATE_SCHEMA.match(sql)
    if schema:
        owner = _schema_identifier(schema["name"])
        for nested, nested_location in _schema_elements(sql, location):
            if _RELEVANT.match(nested):
                _replay_statement_text(state, nested, nested_location, context, owner)
        return
    if _RENAME_TABLE.match(sql):
        _replay_rename(state, sql, location, context)
        return
    if is_extended_property(sql):
        _replay_description(state, sql, location)
        return
    default = _DEFAULT_FOR.match(sql)
    if default:
        _replay_default(state, default, location)
        return
    if not _RELEVANT.match(sql):
        if _BURIED_CREATE_TABLE.search(sql) and sql.split(None, 1)[0].upper() not in _SQL_VERBS:
            # a client command or stray text before it ("rem ...", "go 5x"): the table would be lost silently
            state.error(location, f"statement not understood, schema change lost: {_head(sql)}")
        return
    if _ALTER_NOISE.match(sql):
        return
    _replay_statement_text(state, sql, location, context)


def _replay_default(state: SchemaState, match: re.Match[str], location: Location) -> None:
    """SQL Server's ALTER TABLE t ADD CONSTRAINT df DEFAULT (x) FOR [c]: the column's default."""
    parts = [p.strip().strip("[]") for p in re.split(r"\s*\.\s*", match["table"])]
    ref = TableName(parts[-1], parts[-2] if len(parts) > 1 else None)
    table = state.find(ref)
    name = match["column"].strip("[]")
    column = table.column(name) if table is not None else None
    if column is None:
        state.warn(location, f"ALTER TABLE {ref} ADD DEFAULT FOR {name}: no such column")
        return
    column.default = match["value"].strip()


def _replay_description(state: SchemaState, sql: str, location: Location) -> None:
    """SQL Server's MS_Description extended property: the table's or the column's comment."""
    description = read_description(sql)
    if description is None:
        return  # another extended property (a caption, a mask): nothing about what the column holds
    table = state.find(TableName(description.table, description.schema))
    if table is None:
        state.warn(location, f"sp_addextendedproperty on {description.table}: no such table")
        return
    if description.column is None:
        table.comment = description.text or None
        return
    column = table.column(description.column)
    if column is None:
        where = f"{description.table}.{description.column}"
        state.warn(location, f"sp_addextendedproperty on {where}: no such column")
        return
    column.comment = description.text or None


def _replay_statement_text(
    state: SchemaState,
    sql: str,
    location: Location,
    context: _FileContext,
    schema: exp.Identifier | None = None,
) -> None:
    tree = parse_statement(sql, context.dialect)
    if isinstance(tree, str) and _CREATE_TABLE.match(sql):
        salvaged = salvage_create_table(sql, context.dialect)
        if salvaged is not None:
            tree = salvaged.tree
            for loss in salvaged.losses:
                where = offset_location(sql, loss.offset, location)
                state.diagnostics.append(Diagnostic(where, loss.message, loss.level))
    if schema is not None and isinstance(tree, exp.Create):
        _default_schema(tree, schema)
    if isinstance(tree, str):
        state.error(location, f"statement not understood, schema change lost: {tree}")
    elif isinstance(tree, exp.Command):
        state.error(location, f"statement not understood, schema change lost: {_head(sql)}")
    else:
        apply_statement(state, tree, location, context.naming)


def _outside_literals(pattern: re.Pattern[str], sql: str) -> str:
    """`sql` without the matches of `pattern` that are code, not inside a string or a comment."""
    if not pattern.search(sql):
        return sql
    masked = mask_literals(sql)
    return pattern.sub(lambda m: "" if masked[m.start() : m.end()] == m.group() else m.group(), sql)


def _unqualified_collations(sql: str) -> str:
    """`sql` with each schema-qualified collation reduced to its name; literals are left alone."""
    if "collate" not in sql.lower():
        return sql
    parts: list[str] = []
    last = 0
    for keyword in _COLLATE_KEYWORD.finditer(mask_literals(sql)):
        qualified = _QUALIFIED_COLLATE.match(sql, keyword.start())
        if qualified is not None:
            parts += [sql[last : keyword.start()], f"COLLATE {qualified.group(1)}"]
            last = qualified.end()
    return "".join(parts) + sql[last:]


def parse_statement(sql: str, dialect: str | None) -> exp.Expression | str:
    """The parsed statement, or a short reason why sqlglot rejected it."""
    if _COMMENT_IS_NULL.search(sql) and sql[:7].upper() == "COMMENT":
        sql = _COMMENT_IS_NULL.sub("IS ''", sql)  # sqlglot wants a string; '' means "no comment"
    sql = _WITH_DATA.sub("", sql)  # materialized views: whether rows are loaded does not change columns
    sql = _CONSTRAINT_STATE.sub("", sql)  # Oracle's "NOT NULL ENABLE", "PRIMARY KEY (id) ENABLE NOVALIDATE"
    sql = _INLINE_CLUSTERED.sub(r"\1", sql)  # SQL Server's column-level "PRIMARY KEY CLUSTERED"
    if _CREATE_TABLE.match(sql):
        sql = _outside_literals(_ROWGUIDCOL, sql)
        sql = _INDEX_OPTIONS.sub("", sql)
        sql = _FILEGROUPS.sub("", sql)
    sql = _unqualified_collations(sql)  # PostgreSQL's COLLATE "pg_catalog"."default"
    try:
        tree = sqlglot.parse_one(sql, read=dialect)
    except SqlglotError as err:
        return _short_reason(err)
    except (ValueError, TypeError, KeyError, IndexError, AttributeError, RecursionError) as err:
        # sqlglot occasionally fails with a plain exception on input it does not expect.
        return f"{type(err).__name__} in the SQL parser"
    return tree


def _short_reason(err: SqlglotError) -> str:
    first = str(err).splitlines()[0] if str(err) else type(err).__name__
    first = re.sub(r"\x1b\[[0-9;]*m", "", first)  # sqlglot underlines the culprit with ANSI codes
    return first[:200]


def _head(sql: str) -> str:
    return " ".join(sql.split()[:4])[:80]


def _schema_elements(sql: str, location: Location) -> Iterator[tuple[str, Location]]:
    """The CREATE TABLE/VIEW/... statements nested in `CREATE SCHEMA x CREATE TABLE ...`.

    sqlglot reads such a statement as an opaque command, so it is cut at each nested
    CREATE that lies outside strings and comments; each piece keeps its own position.
    """
    starts = [m.start() for m in _NESTED_CREATE.finditer(mask_literals(sql))]
    for index, start in enumerate(starts):
        end = starts[index + 1] if index + 1 < len(starts) else len(sql)
        yield sql[start:end].strip(), offset_location(sql, start, location)


def offset_location(sql: str, offset: int, location: Location) -> Location:
    """Location of `offset` inside a statement that starts at `location`."""
    line = location.line + sql.count("\n", 0, offset)
    line_start = sql.rfind("\n", 0, offset) + 1
    column = (location.column + offset) if line_start == 0 else offset - line_start + 1
    return Location(location.file, line, column)


def _schema_identifier(text: str) -> exp.Identifier:
    if text[0] in '"`':
        return exp.to_identifier(text[1:-1].replace(text[0] * 2, text[0]), quoted=True)
    return exp.to_identifier(text)


def _default_schema(tree: exp.Create, schema: exp.Identifier) -> None:
    """A table created inside CREATE SCHEMA belongs to that schema unless it names another."""
    table = tree.this.this if isinstance(tree.this, exp.Schema) else tree.this
    if isinstance(table, exp.Table) and not table.args.get("db"):
        table.set("db", schema.copy())


def _replay_rename(state: SchemaState, sql: str, location: Location, context: _FileContext) -> None:
    """MySQL `RENAME TABLE a TO b, c TO d`, which sqlglot keeps as an opaque command."""
    pairs = _RENAME_TABLE.match(sql)["pairs"]  # type: ignore[index]
    for pair in _split_top_level_commas(pairs):
        match = _RENAME_PAIR.match(pair)
        old = _parse_table_name(match["old"], context) if match else None
        new = _parse_table_name(match["new"], context) if match else None
        if old is None or new is None:
            state.error(location, f"RENAME TABLE not understood: {pair.strip()[:80]}")
            continue
        rename_table(state, old, new, location)


def _parse_table_name(text: str, context: _FileContext) -> TableName | None:
    try:
        node = sqlglot.parse_one(text, into=exp.Table, read=context.dialect)
    except SqlglotError:
        return None
    return context.naming.table(node) if isinstance(node, exp.Table) else None


def _split_top_level_commas(text: str) -> list[str]:
    return [text[start:end] for start, end in top_level_spans(mask_literals(text), 0, len(text))]


@contextmanager
def _quiet_sqlglot() -> Iterator[None]:
    """sqlglot logs a warning for every statement it falls back on; those become Diagnostics here."""
    logger = logging.getLogger("sqlglot")
    previous = logger.level
    logger.setLevel(logging.CRITICAL)
    try:
        yield
    finally:
        logger.setLevel(previous)
