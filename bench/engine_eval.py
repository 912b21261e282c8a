"""Offline accuracy of the rule engine on an eval set: no HTTP, no LLM, SQLite only.

Usage: .venv/bin/python bench/engine_eval.py [bi_dev|spider_a|PATH] [--show-failures] [--lang zh|en]

Loads the set's sources into SQLite (CSV with typed columns, .sqlite opened directly), builds a
profiled Schema, asks every question in conversation order, runs the SQL, judges it with
shared.evaluation.judge and prints accuracy by language and tag.
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sqlite3
import sys
import time
from collections import defaultdict
from datetime import date
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from shared.engines.base import EngineRequest  # noqa: E402
from shared.engines.rules import RuleEngine  # noqa: E402
from shared.evaluation import judge  # noqa: E402
from shared.schema import Column, ColumnProfile, Schema, Table  # noqa: E402

EVAL_ROOT = Path("/work/shared/eval")
MAX_PROFILE_VALUES = 1000
DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
DATETIME_RE = re.compile(r"^\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}(:\d{2})?")


def infer_csv_type(values: list[str]) -> str:
    """The narrowest type every non-empty value fits."""
    present = [v for v in values if v != ""]
    if not present:
        return "text"
    for kind, test in (
        ("integer", lambda v: re.fullmatch(r"-?\d+", v) is not None),
        ("float", lambda v: re.fullmatch(r"-?\d+(\.\d+)?([eE]-?\d+)?", v) is not None),
        ("date", lambda v: DATE_RE.match(v) is not None),
        ("datetime", lambda v: DATETIME_RE.match(v) is not None),
    ):
        if all(test(v) for v in present):
            return kind
    return "text"


def load_csv(conn: sqlite3.Connection, path: Path) -> dict[str, str]:
    """Loads one CSV as a typed table named after the file stem; returns column -> type."""
    with path.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    header, body = rows[0], rows[1:]
    types = {name: infer_csv_type([r[i] for r in body]) for i, name in enumerate(header)}
    sql_types = {
        "integer": "INTEGER",
        "float": "REAL",
        "date": "DATE",
        "datetime": "DATETIME",
        "text": "TEXT",
    }
    cols = ", ".join(f'"{n}" {sql_types[types[n]]}' for n in header)
    conn.execute(f'CREATE TABLE "{path.stem}" ({cols})')

    def cast(value: str, kind: str) -> Any:
        if value == "":
            return None
        if kind == "integer":
            return int(value)
        if kind == "float":
            return float(value)
        return value

    conn.executemany(
        f'INSERT INTO "{path.stem}" VALUES ({", ".join("?" for _ in header)})',
        [[cast(v, types[n]) for v, n in zip(r, header, strict=False)] for r in body],
    )
    return types


def declared_type(decl: str) -> str:
    decl = decl.lower()
    if "int" in decl:
        return "integer"
    if any(k in decl for k in ("real", "float", "double", "numeric", "decimal", "number")):
        return "float"
    if "datetime" in decl or "timestamp" in decl:
        return "datetime"
    if "date" in decl:
        return "date"
    if "bool" in decl or "bit" in decl:
        return "boolean"
    return "text"


def build_schema(conn: sqlite3.Connection, csv_types: dict[str, dict[str, str]] | None = None) -> Schema:
    """Introspects every table into a profiled Schema (what shared.datasets does for uploads)."""
    csv_types = csv_types or {}
    tables = []
    names = [
        r[0]
        for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'"
        )
    ]
    for tname in names:
        info = conn.execute(f'PRAGMA table_info("{tname}")').fetchall()
        row_count = conn.execute(f'SELECT COUNT(*) FROM "{tname}"').fetchone()[0]
        cols = []
        for _, cname, decl, notnull, _default, _pk in info:
            kind = csv_types.get(tname, {}).get(cname) or declared_type(decl or "")
            q = f'"{cname}"'
            distinct, nulls, lo, hi = conn.execute(
                f'SELECT COUNT(DISTINCT {q}), SUM({q} IS NULL), MIN({q}), MAX({q}) FROM "{tname}"'
            ).fetchone()
            values = None
            profiled = kind in ("text", "boolean") or (kind == "integer" and distinct <= 2)
            if profiled and distinct <= MAX_PROFILE_VALUES:
                values = [
                    [v, n]
                    for v, n in conn.execute(
                        f'SELECT {q}, COUNT(*) FROM "{tname}" WHERE {q} IS NOT NULL '
                        f"GROUP BY {q} ORDER BY COUNT(*) DESC"
                    )
                ]
            profile = ColumnProfile(
                null_share=(nulls or 0) / row_count if row_count else 0.0,
                distinct_count=distinct,
                min=lo,
                max=hi,
                values=values,
            )
            cols.append(Column(name=cname, type=kind, nullable=not notnull, profile=profile))  # type: ignore[arg-type]
        tables.append(Table(name=tname, columns=cols, row_count=row_count))
    return Schema(tables=tables, dialect="sqlite")


def open_source(set_dir: Path, source: str) -> tuple[sqlite3.Connection, Schema]:
    path = set_dir / source
    if path.suffix == ".sqlite":
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        conn.text_factory = lambda b: b.decode("utf-8", "replace")
        return conn, build_schema(conn)
    conn = sqlite3.connect(":memory:")
    types = load_csv(conn, path)
    return conn, build_schema(conn, {path.stem: types})


def run(set_name: str, show_failures: bool, lang_filter: str | None, today: date) -> dict[str, Any]:
    set_dir = Path(set_name) if "/" in set_name else EVAL_ROOT / set_name
    questions = [json.loads(line) for line in (set_dir / "questions.jsonl").open(encoding="utf-8")]
    if lang_filter:
        questions = [q for q in questions if q["lang"] == lang_filter]
    sources: dict[str, tuple[sqlite3.Connection, Schema]] = {}
    engine = RuleEngine()
    states: dict[str, dict[str, Any] | None] = {}
    by_lang: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    by_tag: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    failures = []
    started = time.perf_counter()
    for q in sorted(questions, key=lambda q: (q.get("conversation") or q["id"], q.get("turn", 0))):
        if q["source"] not in sources:
            sources[q["source"]] = open_source(set_dir, q["source"])
        conn, schema = sources[q["source"]]
        conv = q.get("conversation")
        state = states.get(conv) if conv else None
        try:
            ans = engine.answer(
                EngineRequest(question=q["question"], schema=schema, state=state, today=today)
            )
        except Exception as exc:  # noqa: BLE001 - the bench reports crashes as failures
            ans = None
            err = f"CRASH {type(exc).__name__}: {exc}"
        else:
            err = ""
        if conv and ans is not None and ans.status == "ok":
            states[conv] = ans.state
        unanswerable = "unanswerable" in q["tags"]
        ok = False
        if ans is None:
            pass
        elif unanswerable:
            ok = ans.status != "ok"
            if not ok:
                err = "should clarify"
        elif ans.status != "ok":
            err = f"{ans.status}: {ans.message}"
        else:
            try:
                cur = conn.execute(q["gold_sql"])
                gold_cols = [d[0] for d in cur.description]
                gold_rows = cur.fetchall()
                cur = conn.execute(ans.sql or "")
                ans_cols = [d[0] for d in cur.description]
                ans_rows = cur.fetchall()
                ok = judge(gold_cols, gold_rows, ans_cols, ans_rows, q["ordered"], q["compare"])
                if not ok:
                    err = f"wrong result ({len(ans_rows)} rows vs {len(gold_rows)})"
            except sqlite3.Error as exc:
                err = f"SQL error: {exc}"
        for bucket in (by_lang[q["lang"]], by_lang["all"]):
            bucket[0] += ok
            bucket[1] += 1
        for tag in q["tags"]:
            by_tag[tag][0] += ok
            by_tag[tag][1] += 1
        if not ok:
            failures.append((q, ans, err))
    elapsed = time.perf_counter() - started
    print(f"== {set_name}: {len(questions)} questions in {elapsed:.2f}s")
    for lang, (good, total) in sorted(by_lang.items()):
        print(f"  {lang:4s} {good}/{total} = {100 * good / max(total, 1):.1f}%")
    print("  by tag: " + ", ".join(f"{t} {g}/{n}" for t, (g, n) in sorted(by_tag.items())))
    if show_failures:
        for q, ans, err in failures:
            print(f"-- {q['id']} [{q['lang']}] {q['question']}")
            print(f"   gold: {q['gold_sql']}")
            if ans is not None:
                print(f"   ours: {ans.sql}  ({err}; conf {ans.confidence:.2f})")
                print(f"   interp: {ans.interpretation}")
            else:
                print(f"   {err}")
    return {lang: good / max(total, 1) for lang, (good, total) in by_lang.items()}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("sets", nargs="*", default=["bi_dev", "spider_a"])
    parser.add_argument("--show-failures", "-f", action="store_true")
    parser.add_argument("--lang")
    parser.add_argument("--today", default="2025-06-15")
    args = parser.parse_args()
    for name in args.sets:
        run(name, args.show_failures, args.lang, date.fromisoformat(args.today))


if __name__ == "__main__":
    main()
