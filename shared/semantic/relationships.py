"""Relationships between a datasource's tables: declared foreign keys, and keys inferred from names + data.

A relationship points from the "many" side (`from_table.from_columns`) at a unique key of the "one"
side (`to_table.to_columns`). Declared ones come from the database's foreign keys (SQLite, MySQL /
MariaDB and PostgreSQL all reflect them into `Table.foreign_keys`). Inferred ones pair a key-like
column with a unique column of another table whose name is the same or nearly so (客户编号 ~ 客户编号,
state_code ~ State_Code, customer_id ~ customers.id), and are kept only when the data agrees: every
value of the many side is found in the one side (a query when a database is at hand, the profiles
otherwise). Cardinality comes from uniqueness in the profiles. A table made only of keys to two others
is a many-to-many bridge (student <- has_pet -> pets).

Pure functions over `Schema`, plus `containment_check` that asks a database.
"""

from __future__ import annotations

import re
import threading
from collections import OrderedDict
from collections.abc import Callable
from typing import Any

from shared.semantic.schema import Column, ForeignKey, Relationship, Schema, SemanticLayer, Table
from shared.semantic.vocabulary.bilingual import base, english_for

KEY_SUFFIXES = ("id", "code", "key", "no", "num", "number", "编号", "代码", "编码", "工号", "号", "id号")
GENERIC_KEYS = frozenset(
    {"id", "code", "key", "no", "num", "number", "编号", "代码", "编码", "号", "序号", "uuid"}
)
# Inferred keys must be confirmed by the data: at most this share of the many side's values may be absent.
MAX_ORPHAN_SHARE = 0.0

Contained = Callable[[Table, Column, Table, Column], bool]


def _norm(name: str) -> str:
    return re.sub(r"[\W_]+", "", name.lower())


def _singular(name: str) -> str:
    n = _norm(name)
    for suffix, repl in (("ies", "y"), ("sses", "ss"), ("ses", "s"), ("s", "")):
        if n.endswith(suffix) and len(n) > len(suffix) + 1:
            return n[: -len(suffix)] + repl
    return n


def _key_like(name: str) -> bool:
    n = name.lower()
    return n.endswith(KEY_SUFFIXES) or _norm(name) in ("id", "code", "key")


def is_unique(table: Table, column: str) -> bool:
    """The column identifies a row: the whole primary key, or no repeats and no NULLs in the profile."""
    if table.primary_key and [c.lower() for c in table.primary_key] == [column.lower()]:
        return True
    col = table.column(column)
    prof = col.profile if col else None
    if prof is None or not table.row_count:
        return False
    return prof.null_share == 0 and prof.distinct_count >= table.row_count


def _column(table: Table, name: str) -> Column | None:
    col = table.column(name)
    if col is None:
        col = next((c for c in table.columns if c.name.lower() == name.lower()), None)
    return col


def declared(schema: Schema) -> list[Relationship]:
    """The database's foreign keys, under the tables' and columns' own spelling, with cardinality."""
    out: list[Relationship] = []
    for table in schema.tables:
        for fk in table.foreign_keys:
            rel = _declared_one(schema, table, fk)
            if rel is not None and not any(_same(rel, r) for r in out):
                out.append(rel)
    return out


def _declared_one(schema: Schema, table: Table, fk: ForeignKey) -> Relationship | None:
    """One foreign key as a relationship, or None when its columns are not all there."""
    target = schema.table(fk.ref_table)
    if target is None or not fk.columns:
        return None
    src = [_column(table, c) for c in fk.columns]
    dst = [_column(target, c) for c in (fk.ref_columns or list(target.primary_key))]
    from_cols = [c.name for c in src if c is not None]
    to_cols = [c.name for c in dst if c is not None]
    if len(from_cols) != len(src) or len(to_cols) != len(dst) or len(src) != len(dst):
        return None
    if target.name == table.name and from_cols == to_cols:
        return None
    one = len(from_cols) == 1 and is_unique(table, from_cols[0])
    return Relationship(
        table.name, from_cols, target.name, to_cols, "one_to_one" if one else "many_to_one", "declared"
    )


def _same(a: Relationship, b: Relationship) -> bool:
    def key(r: Relationship) -> tuple[Any, ...]:
        return (
            r.from_table.lower(),
            tuple(c.lower() for c in r.from_columns),
            r.to_table.lower(),
            tuple(c.lower() for c in r.to_columns),
        )

    return key(a) == key(b) or (
        a.cardinality == "one_to_one"
        and b.cardinality == "one_to_one"
        and key(a) == (key(b)[2], key(b)[3], key(b)[0], key(b)[1])
    )


def _names_match(col: Column, target: Table, key: Column) -> bool:
    """客户编号 ~ 客户编号, state_code ~ State_Code, customer_id ~ customers.id, custid ~ customer.cust_id."""
    a, b = _norm(col.name), _norm(key.name)
    if not a or not b:
        return False
    if a == b:  # the same name, when it says whose key it is (客户编号, state_code; not a bare "id")
        return (_key_like(col.name) or _key_like(key.name)) and a not in GENERIC_KEYS
    if not _key_like(key.name) and key.name.lower() not in ("id",):
        return False
    stems = {_norm(target.name), _singular(target.name)}
    if any(a == stem + b or a == stem + "id" and b == "id" for stem in stems if stem):
        return True
    return _key_like(col.name) and _across_languages(_stem(col.name), _stem(key.name))


def _stem(name: str) -> str:
    """A key's name without its key suffix: 区域编号 -> 区域, region_id -> region, 订单号 -> 订单."""
    n = _norm(name)
    for suffix in sorted((_norm(s) for s in KEY_SUFFIXES), key=len, reverse=True):
        if n.endswith(suffix) and len(n) > len(suffix):
            return n[: -len(suffix)]
    return n


def _across_languages(a: str, b: str) -> bool:
    """区域 ~ region, 订单 ~ order: a Chinese key stem whose dictionary English is the other key's stem
    (a workbook's 区域编号 pointing at regions.region_id). The data must still confirm the key."""
    cjk = re.compile(r"^[\u4e00-\u9fff]+$")
    latin = re.compile(r"^[a-z]+$")
    if cjk.match(b) and latin.match(a):
        a, b = b, a
    if not (cjk.match(a) and latin.match(b)):
        return False

    return base(b) in {base(w) for w in english_for(a) if " " not in w}


def _compatible(a: Column, b: Column) -> bool:
    return a.is_numeric == b.is_numeric or a.type == "text" and b.type == "text"


def profile_contained(child: Table, col: Column, parent: Table, key: Column) -> bool:
    """Evidence from the profiles alone: no more distinct values than the key, inside its range / values."""
    cp, kp = col.profile, key.profile
    if cp is None or kp is None:
        return False
    if cp.distinct_count == 0 or cp.distinct_count > kp.distinct_count:
        return False
    if cp.min is not None and kp.min is not None:
        try:
            if cp.min < kp.min or cp.max > kp.max:
                return False
        except TypeError:
            return False
    if cp.values is not None and kp.values is not None:
        keys = {str(v[0]) for v in kp.values}
        return all(str(v[0]) in keys for v in cp.values)
    return True


def inferred(schema: Schema, contained: Contained | None = None) -> list[Relationship]:
    """Key-name matches between tables that the data confirms (`contained`, profiles by default)."""
    check = contained or profile_contained
    out: list[Relationship] = []
    for parent in schema.tables:
        keys = [c for c in parent.columns if is_unique(parent, c.name)]
        for key in keys:
            for child in schema.tables:
                if child is parent:
                    continue
                for col in child.columns:
                    if not _names_match(col, parent, key) or not _compatible(col, key):
                        continue
                    child_unique = is_unique(child, col.name)
                    # both sides unique under one name: one-to-one, pointing from the later table
                    same = child_unique and _norm(col.name) == _norm(key.name)
                    if same and schema.tables.index(child) < schema.tables.index(parent):
                        continue
                    if not check(child, col, parent, key):
                        continue
                    card = "one_to_one" if child_unique else "many_to_one"
                    out.append(
                        Relationship(child.name, [col.name], parent.name, [key.name], card, "inferred")
                    )
    return out


def derive(schema: Schema, contained: Contained | None = None) -> list[Relationship]:
    """Declared foreign keys, then inferred keys not already declared (one per column pair)."""
    rels = declared(schema)
    for rel in inferred(schema, contained):
        taken = any(
            r.from_table == rel.from_table
            and [c.lower() for c in r.from_columns] == [c.lower() for c in rel.from_columns]
            for r in rels
        )
        if not taken and not any(_same(rel, r) for r in rels):
            rels.append(rel)
    return rels


def bridges(schema: Schema, rels: list[Relationship]) -> dict[str, list[str]]:
    """Association tables: two or more keys to other tables and little else (student <- has_pet -> pets)."""
    out: dict[str, list[str]] = {}
    for table in schema.tables:
        outgoing = [r for r in rels if r.from_table == table.name]
        targets = sorted({r.to_table for r in outgoing})
        if len(targets) < 2:
            continue
        key_cols = {c.lower() for r in outgoing for c in r.from_columns}
        rest = [c for c in table.columns if c.name.lower() not in key_cols]
        if len(rest) <= 1:
            out[table.name] = targets
    return out


def validate(rels: list[Relationship], schema: Schema) -> None:
    """Raise ValueError naming what to fix when a relationship names a table or column that does not exist."""
    for rel in rels:
        if rel.cardinality not in ("many_to_one", "one_to_one"):
            raise ValueError(
                f"relationship cardinality must be many_to_one or one_to_one, not '{rel.cardinality}'"
            )
        if not rel.from_columns or len(rel.from_columns) != len(rel.to_columns):
            raise ValueError(
                f"relationship {rel.from_table} -> {rel.to_table} needs as many 'to' as 'from' columns"
            )
        for tname, cols in ((rel.from_table, rel.from_columns), (rel.to_table, rel.to_columns)):
            table = schema.table(tname)
            if table is None:
                raise ValueError(f"relationship names table '{tname}', which this datasource does not have")
            for c in cols:
                if table.column(c) is None:
                    raise ValueError(f"relationship names column '{tname}.{c}', which does not exist")


def describe(rel: Relationship) -> str:
    left = ", ".join(f"{rel.from_table}.{c}" for c in rel.from_columns)
    right = ", ".join(f"{rel.to_table}.{c}" for c in rel.to_columns)
    return f"{left} = {right}"


_CACHE: OrderedDict[Any, list[Relationship]] = OrderedDict()
_LOCK = threading.Lock()


def _schema_key(schema: Schema) -> Any:
    parts: list[Any] = [schema.dialect]
    for t in schema.tables:
        fks = tuple((tuple(fk.columns), fk.ref_table, tuple(fk.ref_columns)) for fk in t.foreign_keys)
        cols = tuple(
            (
                c.name,
                c.type,
                c.profile.distinct_count if c.profile else None,
                c.profile.null_share if c.profile else None,
            )
            for c in t.columns
        )
        parts.append((t.name, t.row_count, tuple(t.primary_key), fks, cols))
    return hash(tuple(parts))


def effective(schema: Schema, semantic: SemanticLayer | None) -> list[Relationship]:
    """The relationships the engines use: the stored ones, or (never stored) derived from the schema."""
    if semantic is not None and semantic.relationships is not None:
        return [r for r in semantic.relationships if schema.table(r.from_table) and schema.table(r.to_table)]
    if len(schema.tables) < 2:
        return []
    key = _schema_key(schema)
    with _LOCK:
        hit = _CACHE.get(key)
        if hit is not None:
            return hit
    rels = derive(schema)
    with _LOCK:
        _CACHE[key] = rels
        while len(_CACHE) > 64:
            _CACHE.popitem(last=False)
    return rels


def containment_check(engine: Any, physical: dict[str, str]) -> Contained:
    """`contained` that asks the database: no value of the many side is missing from the one side."""

    def check(child: Table, col: Column, parent: Table, key: Column) -> bool:
        if not profile_contained(child, col, parent, key) and (
            col.profile and col.profile.values is not None
        ):
            return False
        quote = engine.dialect.identifier_preparer.quote
        c_tab, p_tab = (
            quote(physical.get(child.name, child.name)),
            quote(physical.get(parent.name, parent.name)),
        )
        c_col, p_col = quote(col.name), quote(key.name)
        sql = (
            f"SELECT COUNT(*) FROM {c_tab} c WHERE c.{c_col} IS NOT NULL AND c.{c_col} <> '' "
            f"AND NOT EXISTS (SELECT 1 FROM {p_tab} p WHERE p.{p_col} = c.{c_col})"
        )
        if col.is_numeric:
            sql = sql.replace(f" AND c.{c_col} <> ''", "")
        try:
            with engine.connect() as conn:
                orphans = int(conn.exec_driver_sql(sql).scalar() or 0)
        except Exception:  # noqa: BLE001 - a type mismatch the database refuses means "not a key"
            return False
        total = child.row_count or 1
        return orphans / total <= MAX_ORPHAN_SHARE

    return check
