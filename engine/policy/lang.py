"""Parse, type-check and compile conditions of the policy language.

A condition is parsed with lark, checked against the typed attributes and
functions of engine.policy.types, and compiled to nested closures. Nothing is
ever eval'ed; regexes are compiled once, at load time.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from lark import Lark, Token, Tree
from lark.exceptions import UnexpectedCharacters, UnexpectedEOF, UnexpectedInput, UnexpectedToken

from engine.policy.types import (
    ANY,
    ATTRIBUTES,
    BOOL,
    FUNCTIONS,
    NULL,
    NUM,
    STR,
    Runtime,
    Type,
    list_of,
)

MAX_LENGTH = 4000  # characters in one condition
MAX_DEPTH = 48  # nesting of the parse tree
RESERVED = {"and", "or", "not", "in", "matches", "true", "false", "null", "any", "all", "count"}

Env = dict[str, Any]
Compiled = Callable[[Env], Any]


class ConditionError(Exception):
    """A condition that does not parse or type-check; offset is into the condition text."""

    def __init__(self, message: str, offset: int = 0):
        super().__init__(message)
        self.message = message
        self.offset = offset


@dataclass(frozen=True)
class Define:
    """A named, typed predicate shared between rules and packs (`define:` in a pack)."""

    name: str
    params: tuple[tuple[str, Type], ...]
    returns: Type
    body: Compiled
    origin: str  # where it was defined, for messages


@dataclass(frozen=True)
class Condition:
    source: str
    type: Type
    fn: Compiled

    def evaluate(self, env: Env) -> Any:
        return self.fn(env)


@cache
def _parser() -> Lark:
    grammar = resources.files("engine.policy").joinpath("condition.lark").read_text(encoding="utf-8")
    return Lark(grammar, parser="lalr", propagate_positions=True, maybe_placeholders=False)


def parse(source: str) -> Tree:
    if len(source) > MAX_LENGTH:
        raise ConditionError(f"condition too long ({len(source)} characters, at most {MAX_LENGTH})")
    depth = 0
    for index, char in enumerate(source):
        if char in "([":
            depth += 1
        elif char in ")]":
            depth -= 1
        if depth > MAX_DEPTH:
            raise ConditionError(f"condition nested too deeply (more than {MAX_DEPTH} levels)", index)
    try:
        tree = _parser().parse(source)
    except UnexpectedCharacters as exc:
        pos = exc.pos_in_stream or 0
        char = source[pos] if pos < len(source) else "end"
        raise ConditionError(f"unexpected character {char!r}", pos) from None
    except UnexpectedEOF:
        raise ConditionError("condition ends too early", len(source)) from None
    except UnexpectedToken as exc:
        token = exc.token
        if token.type == "$END":
            raise ConditionError("condition ends too early", len(source)) from None
        expected = sorted(_pretty_terminal(t) for t in exc.accepts or exc.expected)
        hint = f" (expected {', '.join(expected[:6])})" if expected else ""
        raise ConditionError(f"unexpected {token.value!r}{hint}", token.start_pos or 0) from None
    except UnexpectedInput as exc:  # pragma: no cover - other lark input errors
        raise ConditionError(f"syntax error: {exc}", getattr(exc, "pos_in_stream", 0) or 0) from None
    _check_depth(tree)
    return tree


def _pretty_terminal(name: str) -> str:
    names = {
        "RPAR": "')'",
        "LPAR": "'('",
        "RSQB": "']'",
        "LSQB": "'['",
        "COMMA": "','",
        "COLON": "':'",
        "DOT": "'.'",
        "NAME": "a name",
        "STRING": "a string",
        "NUMBER": "a number",
        "COMP_OP": "a comparison",
    }
    return names.get(name, name.lower().lstrip("_"))


def _check_depth(tree: Tree) -> None:
    stack: list[tuple[Tree | Token, int]] = [(tree, 1)]
    while stack:
        node, depth = stack.pop()
        if depth > MAX_DEPTH:
            raise ConditionError(f"condition nested too deeply (more than {MAX_DEPTH} levels)", _offset(node))
        if isinstance(node, Tree):
            stack.extend((child, depth + 1) for child in _kids(node) if child is not None)


def _offset(node: Tree | Token | None) -> int:
    if isinstance(node, Token):
        return node.start_pos or 0
    if isinstance(node, Tree):
        pos = getattr(node.meta, "start_pos", None)
        if pos is not None:
            return int(pos)
        for child in _kids(node):
            if child is not None:
                return _offset(child)
    return 0


def _kids(node: Any) -> list[Any]:
    """A parse tree's children, untyped: the grammar, not mypy, knows their kinds."""
    children: list[Any] = node.children
    return children


def _unquote(token: Token) -> str:
    body = token.value[1:-1]
    return re.sub(r"\\(.)", lambda m: {"n": "\n", "t": "\t"}.get(m.group(1), m.group(1)), body)


class Checker:
    """Type-checks a parse tree and compiles it, in one pass."""

    def __init__(
        self,
        scope: Mapping[str, Type],
        defines: Mapping[str, Define],
        literal_checks: Mapping[str, Callable[[int, Any], str | None]] | None = None,
    ):
        self.scope = dict(scope)
        self.defines = defines
        self.literal_checks = literal_checks or {}

    def compile(self, node: Tree | Token) -> tuple[Type, Compiled]:
        if isinstance(node, Token):  # pragma: no cover - the grammar wraps tokens
            raise ConditionError(f"unexpected {node.value!r}", _offset(node))
        method = getattr(self, f"_{node.data}", None)
        if method is None:  # pragma: no cover - grammar and checker out of step
            raise ConditionError(f"unsupported construct {node.data}", _offset(node))
        result: tuple[Type, Compiled] = method(node)
        return result

    # literals
    def _string(self, node: Tree) -> tuple[Type, Compiled]:
        value = _unquote(_kids(node)[0])
        return STR, lambda env: value

    def _number(self, node: Tree) -> tuple[Type, Compiled]:
        text = _kids(node)[0].value
        value = float(text) if "." in text else int(text)
        return NUM, lambda env: value

    def _true(self, node: Tree) -> tuple[Type, Compiled]:
        return BOOL, lambda env: True

    def _false(self, node: Tree) -> tuple[Type, Compiled]:
        return BOOL, lambda env: False

    def _null(self, node: Tree) -> tuple[Type, Compiled]:
        return NULL, lambda env: None

    def _list(self, node: Tree) -> tuple[Type, Compiled]:
        items = [self.compile(child) for child in _kids(node) if child is not None]
        if not items:
            return list_of(ANY), lambda env: []
        item_type = items[0][0]
        for (typ, _), child in zip(items, _kids(node), strict=False):
            if not (item_type.accepts(typ) or typ.accepts(item_type)):
                raise ConditionError(f"list mixes {item_type} and {typ}", _offset(child))
        fns = [fn for _, fn in items]
        return list_of(item_type.non_null()), lambda env: [fn(env) for fn in fns]

    # names and attributes
    def _path(self, node: Tree) -> tuple[Type, Compiled]:
        first, *rest = _kids(node)
        name = first.value
        if name not in self.scope:
            known = ", ".join(sorted(self.scope)) or "none"
            raise ConditionError(f"unknown name {name!r} (in scope here: {known})", _offset(first))
        typ = self.scope[name]
        fn: Compiled = _variable(name)
        for token in rest:
            attrs = ATTRIBUTES.get(typ.name)
            if attrs is None:
                raise ConditionError(f"{typ} has no attributes (asked for {token.value!r})", _offset(token))
            attr = attrs.get(token.value)
            if attr is None:
                known = ", ".join(sorted(attrs))
                raise ConditionError(
                    f"unknown attribute {token.value!r} of {typ.name} (known: {known})", _offset(token)
                )
            getter = attr.get
            fn = _chain(fn, getter)
            typ = attr.type
        return typ, fn

    # operators
    def _bool_operand(self, child: Tree | Token, op: str) -> Compiled:
        typ, fn = self.compile(child)
        if typ.name not in ("bool", "any"):
            raise ConditionError(f"'{op}' needs true/false on both sides, got {typ}", _offset(child))
        return fn

    def _and_(self, node: Tree) -> tuple[Type, Compiled]:
        left, right = (self._bool_operand(c, "and") for c in _kids(node))
        return BOOL, lambda env: bool(left(env)) and bool(right(env))

    def _or_(self, node: Tree) -> tuple[Type, Compiled]:
        left, right = (self._bool_operand(c, "or") for c in _kids(node))
        return BOOL, lambda env: bool(left(env)) or bool(right(env))

    def _not_(self, node: Tree) -> tuple[Type, Compiled]:
        inner = self._bool_operand(_kids(node)[0], "not")
        return BOOL, lambda env: not inner(env)

    def _compare(self, node: Tree) -> tuple[Type, Compiled]:
        left_node, op_token, right_node = _kids(node)
        op = op_token.value
        lt, left = self.compile(left_node)
        rt, right = self.compile(right_node)
        if not (lt.accepts(rt) or rt.accepts(lt)):
            raise ConditionError(f"cannot compare {lt} with {rt}", _offset(op_token))
        if op in ("==", "!="):
            equal = op == "=="
            return BOOL, lambda env: (left(env) == right(env)) == equal
        if lt.name not in ("num", "str", "any"):
            raise ConditionError(f"'{op}' compares numbers or text, not {lt}", _offset(op_token))
        compare = {
            "<": lambda a, b: a < b,
            "<=": lambda a, b: a <= b,
            ">": lambda a, b: a > b,
            ">=": lambda a, b: a >= b,
        }[op]

        def ordered(env: Env) -> bool:
            a, b = left(env), right(env)
            return a is not None and b is not None and compare(a, b)

        return BOOL, ordered

    def _membership(self, node: Tree) -> tuple[Type, Compiled]:
        left_node, right_node = _kids(node)
        lt, left = self.compile(left_node)
        rt, right = self.compile(right_node)
        if rt.name == "list":
            assert rt.item is not None
            if not (rt.item.accepts(lt) or lt.accepts(rt.item)):
                raise ConditionError(f"cannot look for {lt} in {rt}", _offset(right_node))
            return BOOL, lambda env: left(env) in right(env)
        if rt.name == "str" and lt.name in ("str", "any"):
            return BOOL, lambda env: (left(env) or "") in (right(env) or "") and left(env) is not None
        raise ConditionError(f"'in' needs a list or text on the right, got {rt}", _offset(right_node))

    def _in_(self, node: Tree) -> tuple[Type, Compiled]:
        return self._membership(node)

    def _not_in(self, node: Tree) -> tuple[Type, Compiled]:
        typ, fn = self._membership(node)
        return typ, lambda env: not fn(env)

    def _matches(self, node: Tree) -> tuple[Type, Compiled]:
        left_node, right_node = _kids(node)
        lt, left = self.compile(left_node)
        if lt.name not in ("str", "any"):
            raise ConditionError(f"'matches' needs text on the left, got {lt}", _offset(left_node))
        if not (isinstance(right_node, Tree) and right_node.data == "string"):
            raise ConditionError("'matches' needs a regular expression in quotes", _offset(right_node))
        pattern = _unquote(_kids(right_node)[0])
        try:
            regex = re.compile(pattern)
        except re.error as exc:
            offset = _offset(right_node) + 1 + (exc.pos or 0)
            raise ConditionError(f"bad regular expression: {exc.msg}", offset) from None

        def search(env: Env) -> bool:
            text = left(env)
            return text is not None and regex.search(text) is not None

        return BOOL, search

    # quantifiers and calls
    def _quantifier(self, node: Tree) -> tuple[Type, Compiled]:
        kind_token, var_token, coll_node, body_node = _kids(node)
        kind = kind_token.value
        var = var_token.value
        if var in RESERVED:
            raise ConditionError(f"{var!r} is a reserved word", _offset(var_token))
        coll_type, coll = self.compile(coll_node)
        if coll_type.name != "list":
            raise ConditionError(f"{kind}(...) needs a list after 'in', got {coll_type}", _offset(coll_node))
        assert coll_type.item is not None
        inner = Checker({**self.scope, var: coll_type.item}, self.defines, self.literal_checks)
        body_type, body = inner.compile(body_node)
        if body_type.name not in ("bool", "any"):
            raise ConditionError(
                f"{kind}(...) needs a true/false condition, got {body_type}", _offset(body_node)
            )

        def items(env: Env) -> Any:
            scoped = dict(env)
            for item in coll(env) or ():
                scoped[var] = item
                yield body(scoped)

        if kind == "any":
            return BOOL, lambda env: any(items(env))
        if kind == "all":
            return BOOL, lambda env: all(items(env))
        return NUM, lambda env: sum(1 for hit in items(env) if hit)

    def _call(self, node: Tree) -> tuple[Type, Compiled]:
        name_token, *arg_nodes = _kids(node)
        arg_nodes = [a for a in arg_nodes if a is not None]
        name = name_token.value
        compiled = [self.compile(a) for a in arg_nodes]
        if name in self.defines:
            define = self.defines[name]
            self._check_arity(name, len(define.params), arg_nodes, name_token)
            for (pname, ptype), (atype, _), anode in zip(define.params, compiled, arg_nodes, strict=True):
                if not ptype.accepts(atype):
                    raise ConditionError(
                        f"{name}(): parameter {pname!r} takes {ptype}, got {atype}", _offset(anode)
                    )
            return define.returns, _define_call(define, [fn for _, fn in compiled])
        func = FUNCTIONS.get(name)
        if func is None:
            known = ", ".join(sorted({*FUNCTIONS, *self.defines}))
            raise ConditionError(f"unknown function {name!r} (known: {known})", _offset(name_token))
        self._check_arity(name, len(func.params), arg_nodes, name_token)
        for index, ((atype, _), accepted, anode) in enumerate(
            zip(compiled, func.params, arg_nodes, strict=True)
        ):
            if not any(p.accepts(atype) for p in accepted):
                wanted = " or ".join(str(p) for p in accepted)
                raise ConditionError(
                    f"{name}(): argument {index + 1} must be {wanted}, got {atype}", _offset(anode)
                )
            check = self.literal_checks.get(name)
            if check and isinstance(anode, Tree) and anode.data == "string":
                problem = check(index, _unquote(_kids(anode)[0]))
                if problem:
                    raise ConditionError(f"{name}(): {problem}", _offset(anode))
        fns = [fn for _, fn in compiled]
        impl = func.impl
        return func.returns, lambda env: impl(env["$rt"], *(f(env) for f in fns))

    @staticmethod
    def _check_arity(name: str, wanted: int, args: list[Any], token: Token) -> None:
        if len(args) != wanted:
            raise ConditionError(f"{name}() takes {wanted} argument(s), got {len(args)}", _offset(token))


_MISS = object()
_MODEL_TYPES = {"column", "table", "dataset"}


def _define_call(define: Define, fns: list[Compiled]) -> Compiled:
    """Call a shared predicate. When every argument is a model object, the result is
    memoised for the run (env["$cache"]): the three law packs ask the same questions
    of every column, and dataset-wide predicates would otherwise cost tables × columns."""
    names = [p for p, _ in define.params]
    cacheable = bool(names) and all(t.name in _MODEL_TYPES for _, t in define.params)
    body = define.body

    def call(env: Env) -> Any:
        args = [f(env) for f in fns]
        cache = env.get("$cache") if cacheable else None
        key = (define.name, *map(id, args))
        if cache is not None:
            hit = cache.get(key, _MISS)
            if hit is not _MISS:
                return hit
        result = body({"$rt": env.get("$rt"), **dict(zip(names, args, strict=True))})
        if cache is not None:
            cache[key] = result
        return result

    return call


def _variable(name: str) -> Compiled:
    return lambda env: env[name]


def _chain(fn: Compiled, getter: Callable[[Any, Runtime], Any]) -> Compiled:
    def get(env: Env) -> Any:
        value = fn(env)
        return None if value is None else getter(value, env["$rt"])

    return get


def compile_condition(
    source: str,
    scope: Mapping[str, Type],
    defines: Mapping[str, Define] | None = None,
    *,
    expect: Type | None = BOOL,
    literal_checks: Mapping[str, Callable[[int, Any], str | None]] | None = None,
) -> Condition:
    """Parse, type-check and compile; raise ConditionError with an offset into source."""
    tree = parse(source)
    typ, fn = Checker(scope, defines or {}, literal_checks).compile(tree)
    if expect is not None and not expect.accepts(typ):
        raise ConditionError(f"condition must be {expect}, but this is {typ}", 0)
    return Condition(source, typ, fn)


def compile_path(source: str, scope: Mapping[str, Type]) -> Condition:
    """A template placeholder: an attribute path only (no calls or operators)."""
    tree = parse(source)
    if not (isinstance(tree, Tree) and tree.data == "path"):
        raise ConditionError("a placeholder must be a name or attribute path like table.name", 0)
    typ, fn = Checker(scope, {}).compile(tree)
    return Condition(source, typ, fn)
