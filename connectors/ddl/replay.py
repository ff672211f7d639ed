"""Replay parsed DDL statements, in order, into the final schema.

State is mutable while statements are applied (an ALTER changes a table in place) and
frozen into `engine.model` objects only at the end. Every change records the Location
of the statement that made it, so a finding points at the migration that caused it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlglot import exp
from sqlglot.dialects.dialect import Dialect

from engine.model import Column, Diagnostic, ForeignKey, Location, Table


@dataclass
class _ColumnState:
    """A Column while statements still change it: the same fields, mutable."""

    name: str
    type: str = ""
    nullable: bool = True
    default: str | None = None
    comment: str | None = None
    primary_key: bool = False
    unique: bool = False
    location: Location | None = None

    def freeze(self) -> Column:
        return Column(**vars(self))


@dataclass
class _TableState:
    name: str
    schema: str | None
    serial: int  # creation order: the catalog lists tables in the order they were created
    kind: str = "table"
    location: Location | None = None
    comment: str | None = None
    columns: dict[str, _ColumnState] = field(default_factory=dict)  # lower-case name -> column
    primary_key: list[str] = field(default_factory=list)
    foreign_keys: list[ForeignKey] = field(default_factory=list)

    def column(self, name: str) -> _ColumnState | None:
        return self.columns.get(name.lower())

    def put_column(self, column: _ColumnState) -> None:
        self.columns[column.name.lower()] = column

    def set_primary_key(self, names: list[str]) -> None:
        self.primary_key = []
        for name in names:
            col = self.column(name)
            if col is not None:
                col.primary_key, col.nullable = True, False
                self.primary_key.append(col.name)
            else:
                self.primary_key.append(name)

    def freeze(self) -> Table:
        return Table(
            name=self.name,
            schema=self.schema,
            columns=tuple(col.freeze() for col in self.columns.values()),
            comment=self.comment,
            kind=self.kind,
            location=self.location,
            primary_key=tuple(self.primary_key),
            foreign_keys=tuple(self.foreign_keys),
        )


@dataclass(frozen=True)
class TableName:
    name: str
    schema: str | None = None

    def __str__(self) -> str:
        return f"{self.schema}.{self.name}" if self.schema else self.name


class SchemaState:
    """The schema as replayed so far; `apply` one parsed statement at a time, then `freeze`."""

    def __init__(self) -> None:
        self._tables: dict[tuple[str, str], _TableState] = {}
        self._serial = 0
        self.diagnostics: list[Diagnostic] = []

    # -- lookups -------------------------------------------------------------------

    def find(self, ref: TableName) -> _TableState | None:
        """The table `ref` names; a name without schema (or with an unknown one) matches a unique table."""
        exact = self._tables.get(_key(ref))
        if exact is not None:
            return exact
        same_name = [t for (_, name), t in self._tables.items() if name == ref.name.lower()]
        if len(same_name) == 1 and (ref.schema is None or same_name[0].schema is None):
            return same_name[0]
        return None

    def freeze(self) -> tuple[Table, ...]:
        return tuple(t.freeze() for t in sorted(self._tables.values(), key=lambda t: t.serial))

    # -- changes -------------------------------------------------------------------

    def create(self, ref: TableName, location: Location, kind: str = "table") -> _TableState:
        self._serial += 1
        state = _TableState(ref.name, ref.schema, self._serial, kind=kind, location=location)
        self._tables[_key(ref)] = state
        return state

    def drop(self, ref: TableName) -> bool:
        state = self.find(ref)
        if state is None:
            return False
        del self._tables[_key(TableName(state.name, state.schema))]
        return True

    def rename(self, state: _TableState, new: TableName) -> None:
        del self._tables[_key(TableName(state.name, state.schema))]
        state.name = new.name
        state.schema = new.schema if new.schema is not None else state.schema
        self._tables[_key(TableName(state.name, state.schema))] = state

    def warn(self, location: Location, message: str) -> None:
        self.diagnostics.append(Diagnostic(location, message, level="warning"))

    def error(self, location: Location, message: str) -> None:
        self.diagnostics.append(Diagnostic(location, message))


def _key(ref: TableName) -> tuple[str, str]:
    return ((ref.schema or "").lower(), ref.name.lower())


@dataclass(frozen=True)
class Naming:
    """How the source dialect spells names and types."""

    dialect: str | None
    fold_lower: bool  # PostgreSQL folds unquoted identifiers to lower case
    _generator: Dialect = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        # Looked up once: resolving the dialect by name on every render costs more than the render.
        object.__setattr__(self, "_generator", Dialect.get_or_raise(self.dialect))

    def ident(self, node: exp.Expression | None) -> str:
        if node is None:
            return ""
        ident = node if isinstance(node, exp.Identifier) else node.args.get("this")
        if not isinstance(ident, exp.Identifier):
            return node.name
        return ident.this.lower() if self.fold_lower and not ident.quoted else ident.this

    def table(self, node: exp.Expression) -> TableName:
        db = node.args.get("db")
        # A template placeholder such as OMOP's @cdmDatabaseSchema is not a real schema.
        schema = self.ident(db) if isinstance(db, exp.Identifier) else None
        return TableName(self.ident(node), schema or None)

    def render(self, node: exp.Expression) -> str:
        """The node as the source dialect writes it (the tree is not reused, so no defensive copy)."""
        return self._generator.generate(node, copy=False)


# -- statements ----------------------------------------------------------------------


def apply_statement(state: SchemaState, tree: exp.Expression, location: Location, naming: Naming) -> None:
    """Apply one parsed statement; anything that cannot be applied becomes a diagnostic."""
    if isinstance(tree, exp.Create):
        _apply_create(state, tree, location, naming)
    elif isinstance(tree, exp.Alter):
        _apply_alter(state, tree, location, naming)
    elif isinstance(tree, exp.Drop):
        _apply_drop(state, tree, location, naming)
    elif isinstance(tree, exp.Comment):
        _apply_comment(state, tree, location, naming)


def _apply_create(state: SchemaState, tree: exp.Create, location: Location, naming: Naming) -> None:
    kind = (tree.args.get("kind") or "").upper()
    if kind not in {"TABLE", "VIEW"}:
        return
    target = tree.this
    table_node = target.this if isinstance(target, exp.Schema) else target
    if not isinstance(table_node, exp.Table):
        return
    ref = naming.table(table_node)
    existing = state.find(ref)
    if existing is not None:
        if tree.args.get("exists"):
            return  # IF NOT EXISTS: the earlier definition stands
        if not tree.args.get("replace"):
            state.warn(location, f"{ref} created again; the earlier definition is replaced")
        state.drop(ref)
    table = state.create(ref, location, kind="view" if kind == "VIEW" else "table")
    if kind == "VIEW":
        _fill_view(state, table, tree, location, naming)
        return
    elements = target.expressions if isinstance(target, exp.Schema) else []
    for element in elements:
        _apply_table_element(state, table, element, location, naming)
    for prop in _properties(tree):
        if isinstance(prop, exp.SchemaCommentProperty):
            table.comment = _text(prop.this)
        elif isinstance(prop, exp.LikeProperty):
            _copy_like(state, table, prop, location, naming)
    select = tree.args.get("expression")
    if isinstance(select, exp.Query):
        _fill_from_query(state, table, select, location, naming, names=[])


def _properties(tree: exp.Create) -> list[exp.Expression]:
    props = tree.args.get("properties")
    return list(props.expressions) if isinstance(props, exp.Properties) else []


def _apply_table_element(
    state: SchemaState, table: _TableState, element: exp.Expression, location: Location, naming: Naming
) -> None:
    if isinstance(element, exp.ColumnDef) and _inline_index(element):
        return  # SQL Server's INDEX ix [NON]CLUSTERED (col) inside CREATE TABLE: an index, not a column
    if isinstance(element, exp.ColumnDef):
        _add_column(table, element, location, naming)
    elif isinstance(element, exp.LikeProperty):
        _copy_like(state, table, element, location, naming)
    else:
        _apply_constraint(table, element, naming)


def _inline_index(cdef: exp.ColumnDef) -> bool:
    """sqlglot's T-SQL reading of an inline index: a column named (unquoted) INDEX whose "type" is the
    index's name, followed by its column list."""
    name = cdef.this
    kind = cdef.args.get("kind")
    return (
        isinstance(name, exp.Identifier)
        and not name.quoted
        and name.this.upper() == "INDEX"
        and isinstance(kind, exp.DataType)
        and kind.this == exp.DataType.Type.USERDEFINED
    )


def _add_column(table: _TableState, cdef: exp.ColumnDef, location: Location, naming: Naming) -> _ColumnState:
    column = column_from_def(cdef, location, naming)
    old = table.column(column.name)
    if old is not None and old.primary_key:
        column.primary_key, column.nullable = True, False
    table.put_column(column)
    for constraint in cdef.args.get("constraints") or []:
        kind = constraint.args.get("kind")
        if isinstance(kind, exp.PrimaryKeyColumnConstraint):
            table.set_primary_key([column.name])
        elif isinstance(kind, exp.Reference):
            fk = _foreign_key([column.name], kind, naming)
            if fk is not None:
                table.foreign_keys.append(fk)
    return column


def column_from_def(cdef: exp.ColumnDef, location: Location, naming: Naming) -> _ColumnState:
    """A column as its definition declares it (constraints that live on the table excepted)."""
    kind = cdef.args.get("kind")
    column = _ColumnState(naming.ident(cdef.this), naming.render(kind) if kind else "", location=location)
    for constraint in cdef.args.get("constraints") or []:
        _apply_column_constraint(column, constraint.args.get("kind"), naming)
    if column.comment is None:
        # Dialects without COMMENT (SQL Server, SQLite, plain SQL) document columns with a trailing
        # `-- text` on the same line; sqlglot keeps it on the definition. A real COMMENT wins.
        notes = [c.strip() for node in cdef.walk() for c in (node.comments or ()) if c.strip()]
        column.comment = " ".join(notes) or None
    return column


def _apply_column_constraint(column: _ColumnState, kind: exp.Expression | None, naming: Naming) -> None:
    if isinstance(kind, exp.NotNullColumnConstraint):
        column.nullable = bool(kind.args.get("allow_null"))  # an explicit NULL parses as allow_null
    elif isinstance(kind, exp.PrimaryKeyColumnConstraint):
        column.primary_key, column.nullable = True, False
    elif isinstance(kind, exp.UniqueColumnConstraint):
        column.unique = True
    elif isinstance(kind, exp.DefaultColumnConstraint):
        column.default = naming.render(kind.this)
    elif isinstance(kind, exp.CommentColumnConstraint):
        column.comment = _text(kind.this)


def _apply_constraint(table: _TableState, element: exp.Expression, naming: Naming) -> None:
    """Table-level constraints: PRIMARY KEY (...), UNIQUE (...), FOREIGN KEY (...) REFERENCES ..."""
    if isinstance(element, exp.Constraint):
        clustered = _clustered_key(element, naming)
        if clustered is not None:
            table.set_primary_key(clustered)  # SQL Server: PRIMARY KEY CLUSTERED ([id] ASC)
            return
        for inner in element.expressions:
            _apply_constraint(table, inner, naming)
    elif isinstance(element, exp.PrimaryKey):
        table.set_primary_key([naming.ident(e) for e in element.expressions])
    elif isinstance(element, exp.UniqueColumnConstraint):
        schema = element.this
        names = [naming.ident(e) for e in schema.expressions] if isinstance(schema, exp.Schema) else []
        if len(names) == 1:  # only a single-column UNIQUE makes that column unique by itself
            column = table.column(names[0])
            if column is not None:
                column.unique = True
    elif isinstance(element, exp.ForeignKey):
        reference = element.args.get("reference")
        if isinstance(reference, exp.Reference):
            fk = _foreign_key([naming.ident(e) for e in element.expressions], reference, naming)
            if fk is not None:
                table.foreign_keys.append(fk)


def _clustered_key(element: exp.Constraint, naming: Naming) -> list[str] | None:
    """The columns of `CONSTRAINT pk PRIMARY KEY [NON]CLUSTERED (a ASC, b)`, which sqlglot reads as a
    primary-key marker followed by a clustered-index constraint holding the column list."""
    kinds = element.expressions
    if not any(isinstance(k, exp.PrimaryKeyColumnConstraint) for k in kinds):
        return None
    for kind in kinds:
        if isinstance(kind, (exp.ClusteredColumnConstraint, exp.NonClusteredColumnConstraint)):
            columns = kind.this if isinstance(kind.this, list) else [kind.this]
            bare = [c.this if isinstance(c, exp.Ordered) else c for c in columns if c is not None]
            return [naming.ident(c) for c in bare] or None
    return None


def _foreign_key(columns: list[str], reference: exp.Reference, naming: Naming) -> ForeignKey | None:
    target = reference.this
    table_node = target.this if isinstance(target, exp.Schema) else target
    if not isinstance(table_node, exp.Table):
        return None
    ref_columns = [naming.ident(e) for e in target.expressions] if isinstance(target, exp.Schema) else []
    return ForeignKey(tuple(columns), str(naming.table(table_node)), tuple(ref_columns))


def _copy_like(
    state: SchemaState, table: _TableState, like: exp.LikeProperty, location: Location, naming: Naming
) -> None:
    source = state.find(naming.table(like.this)) if isinstance(like.this, exp.Table) else None
    if source is None:
        state.warn(location, f"LIKE {naming.render(like.this)}: unknown table, its columns are missing")
        return
    for column in source.columns.values():
        table.put_column(_ColumnState(**{**column.__dict__, "location": location}))
    table.primary_key = list(source.primary_key)


def _fill_view(
    state: SchemaState, table: _TableState, tree: exp.Create, location: Location, naming: Naming
) -> None:
    target = tree.this
    names = [naming.ident(e) for e in target.expressions] if isinstance(target, exp.Schema) else []
    query = tree.args.get("expression")
    if isinstance(query, exp.Query):
        _fill_from_query(state, table, query, location, naming, names)
    else:
        for name in names:
            table.put_column(_ColumnState(name, location=location))


def _fill_from_query(
    state: SchemaState,
    table: _TableState,
    query: exp.Query,
    location: Location,
    naming: Naming,
    names: list[str],
) -> None:
    """Columns of a view or CREATE TABLE AS: the select list, typed when it is a known table's column."""
    sources = _query_sources(state, query, naming)
    selects = query.selects if isinstance(query, exp.Query) else []
    for index, projection in enumerate(selects):
        if isinstance(projection, exp.Star) or (
            isinstance(projection, exp.Column) and isinstance(projection.this, exp.Star)
        ):
            for column in _star_columns(projection, sources):
                if table.column(column.name) is None:
                    table.put_column(
                        _ColumnState(column.name, column.type, comment=column.comment, location=location)
                    )
            continue
        name = names[index] if index < len(names) else _projection_name(projection, naming)
        if not name:
            continue
        column = _ColumnState(name, location=location)
        origin = _origin_column(projection, sources, naming)
        if origin is not None:
            column.type, column.comment = origin.type, origin.comment
        table.put_column(column)


def _star_columns(projection: exp.Expression, sources: dict[str, _TableState]) -> list[_ColumnState]:
    """Columns a `*` or `t.*` stands for, when its source is a single known table."""
    qualifier = projection.table.lower() if isinstance(projection, exp.Column) else ""
    if qualifier:
        source = sources.get(qualifier)
        return list(source.columns.values()) if source is not None else []
    distinct = list({id(t): t for t in sources.values()}.values())
    return list(distinct[0].columns.values()) if len(distinct) == 1 else []


def _projection_name(projection: exp.Expression, naming: Naming) -> str:
    if isinstance(projection, exp.Alias):
        return naming.ident(projection.args.get("alias"))
    if isinstance(projection, exp.Column):
        return naming.ident(projection)
    return projection.alias_or_name


def _query_sources(state: SchemaState, query: exp.Query, naming: Naming) -> dict[str, _TableState]:
    """Tables in the query's FROM/JOIN that are known, by alias and by name."""
    found: dict[str, _TableState] = {}
    select = query if isinstance(query, exp.Select) else query.find(exp.Select)
    if select is None:
        return found
    for node in select.find_all(exp.Table):
        source = state.find(naming.table(node))
        if source is not None:
            found[source.name.lower()] = source
            if node.alias:
                found[node.alias.lower()] = source
    return found


def _origin_column(
    projection: exp.Expression, sources: dict[str, _TableState], naming: Naming
) -> _ColumnState | None:
    inner = projection.this if isinstance(projection, exp.Alias) else projection
    if not isinstance(inner, exp.Column):
        return None
    name = naming.ident(inner)
    qualifier = inner.table.lower()
    if qualifier:
        source = sources.get(qualifier)
        return source.column(name) if source is not None else None
    candidates = {id(t): t for t in sources.values()}.values()
    matches = [c for t in candidates if (c := t.column(name)) is not None]
    return matches[0] if len(matches) == 1 else None


def _apply_alter(state: SchemaState, tree: exp.Alter, location: Location, naming: Naming) -> None:
    if (tree.args.get("kind") or "").upper() != "TABLE" or not isinstance(tree.this, exp.Table):
        return
    ref = naming.table(tree.this)
    table = state.find(ref)
    if table is None:
        if not tree.args.get("exists"):
            state.warn(location, f"ALTER TABLE {ref}: no such table so far; statement ignored")
        return
    for action in tree.args.get("actions") or []:
        _apply_alter_action(state, table, action, location, naming)


def _apply_alter_action(
    state: SchemaState, table: _TableState, action: exp.Expression, location: Location, naming: Naming
) -> None:
    if isinstance(action, exp.ColumnDef):
        _add_column(table, action, location, naming)
    elif isinstance(action, exp.Drop) and (action.args.get("kind") or "").upper() == "COLUMN":
        for node in action.args.get("tables") or []:
            _drop_column(state, table, naming.ident(node), location, bool(action.args.get("exists")))
    elif isinstance(action, exp.ModifyColumn):
        _modify_column(state, table, action, location, naming)
    elif isinstance(action, exp.AlterColumn):
        _alter_column(state, table, action, location, naming)
    elif isinstance(action, exp.RenameColumn):
        _rename_column(state, table, naming.ident(action.this), naming.ident(action.args.get("to")), location)
    elif isinstance(action, exp.AlterRename) and isinstance(action.this, exp.Table):
        state.rename(table, naming.table(action.this))
    elif isinstance(action, exp.AddConstraint):
        for element in action.expressions:
            _apply_constraint(table, element, naming)


def _drop_column(
    state: SchemaState, table: _TableState, name: str, location: Location, if_exists: bool
) -> None:
    if table.columns.pop(name.lower(), None) is None:
        if not if_exists:
            state.warn(location, f"{table.name}.{name}: no such column to drop")
        return
    table.primary_key = [n for n in table.primary_key if n.lower() != name.lower()]


def _modify_column(
    state: SchemaState, table: _TableState, action: exp.ModifyColumn, location: Location, naming: Naming
) -> None:
    """MySQL MODIFY / CHANGE: the new definition replaces the old one entirely (as MySQL does)."""
    cdef = action.this
    if not isinstance(cdef, exp.ColumnDef):
        return
    new = column_from_def(cdef, location, naming)
    old_name = naming.ident(action.args.get("rename_from")) or new.name
    old = table.column(old_name)
    if old is None:
        state.warn(location, f"{table.name}.{old_name}: no such column to change")
        table.put_column(new)
        return
    new.primary_key = new.primary_key or old.primary_key
    new.nullable = new.nullable and not new.primary_key
    _replace_column(table, old.name, new)


def _alter_column(
    state: SchemaState, table: _TableState, action: exp.AlterColumn, location: Location, naming: Naming
) -> None:
    name = naming.ident(action.this)
    column = table.column(name)
    if column is None:
        state.warn(location, f"{table.name}.{name}: no such column to alter")
        return
    args = action.args
    if args.get("dtype") is not None:
        column.type = naming.render(args["dtype"])
    if args.get("default") is not None:
        column.default = naming.render(args["default"])
    elif args.get("drop") and "allow_null" not in args:
        column.default = None  # ALTER COLUMN x DROP DEFAULT
    if "allow_null" in args and args["allow_null"] is not None:
        column.nullable = bool(args["allow_null"])
    if args.get("comment") is not None:
        column.comment = _text(args["comment"])
    column.location = location


def _rename_column(state: SchemaState, table: _TableState, old: str, new: str, location: Location) -> None:
    column = table.column(old)
    if column is None or not new:
        state.warn(location, f"{table.name}.{old}: no such column to rename")
        return
    renamed = _ColumnState(**{**column.__dict__, "name": new, "location": location})
    _replace_column(table, column.name, renamed)


def _replace_column(table: _TableState, old_name: str, new: _ColumnState) -> None:
    """Swap a column in place so renamed and changed columns keep their position."""
    table.columns = {
        (new.name.lower() if key == old_name.lower() else key): (new if key == old_name.lower() else col)
        for key, col in table.columns.items()
    }
    table.primary_key = [new.name if n.lower() == old_name.lower() else n for n in table.primary_key]


def _apply_drop(state: SchemaState, tree: exp.Drop, location: Location, naming: Naming) -> None:
    if (tree.args.get("kind") or "").upper() not in {"TABLE", "VIEW"}:
        return
    for node in tree.args.get("tables") or []:
        if isinstance(node, exp.Table):
            ref = naming.table(node)
            if not state.drop(ref) and not tree.args.get("exists"):
                state.warn(location, f"DROP {ref}: no such table so far")


def _apply_comment(state: SchemaState, tree: exp.Comment, location: Location, naming: Naming) -> None:
    kind = (tree.args.get("kind") or "").upper()
    text = _text(tree.args.get("expression")) or None  # IS NULL / IS '' removes the comment
    target = tree.this
    if kind in {"TABLE", "VIEW", "MATERIALIZED VIEW"} and isinstance(target, exp.Table):
        table = state.find(naming.table(target))
        if table is None:
            state.warn(location, f"COMMENT ON {kind} {naming.table(target)}: no such table")
            return
        table.comment = text
    elif kind == "COLUMN" and isinstance(target, exp.Column):
        db = target.args.get("db")
        ref = TableName(
            naming.ident(target.args.get("table")),
            naming.ident(db) if isinstance(db, exp.Identifier) else None,
        )
        table = state.find(ref)
        column = table.column(naming.ident(target)) if table is not None else None
        if column is None:
            state.warn(location, f"COMMENT ON COLUMN {ref}.{naming.ident(target)}: no such column")
            return
        column.comment = text
        column.location = location


def rename_table(state: SchemaState, old: TableName, new: TableName, location: Location) -> None:
    """MySQL RENAME TABLE a TO b (sqlglot reads it only as an opaque command)."""
    table = state.find(old)
    if table is None:
        state.warn(location, f"RENAME TABLE {old}: no such table so far")
        return
    state.rename(table, new)


def _text(node: exp.Expression | None) -> str:
    if node is None:
        return ""
    if isinstance(node, exp.Literal):
        return str(node.this)
    return node.name
