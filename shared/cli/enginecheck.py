"""The rule engine over a question set, in-process: no HTTP, no LLM, SQLite only.

Each source is read, loaded and profiled with the API's own upload code (so the engine sees the
Schema that `POST /api/v1/ask` serves), every question is asked in conversation order, the SQL runs on
the loaded data and the gold SQL on the original, and shared.cli.evaluation.judge decides. One record per
question: status, intent, SQL, confidence, the words not understood, and whether it was right.

Used by the characterisation snapshot and the accuracy ratchet (tests/engine/test_engine_ratchet.py)
and by bench/engine_trust.py, which prints accuracy and "confidently wrong" per set and language.
"""

from __future__ import annotations

import json
import sqlite3
from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy.pool import StaticPool

from shared.ask.engines.base import DatasourceInfo, EngineAnswer, EngineRequest, asked_back
from shared.ask.engines.rules import RuleEngine
from shared.cli.evalharness import gold_database
from shared.cli.evaluation import judge
from shared.datasets.formats import open_tables
from shared.datasets.loader import clean_table_names, load_tables
from shared.datasets.profiling import build_schema
from shared.datasets.service import _table_rows, schema_of
from shared.semantic.schema import Schema, SemanticLayer
from shared.semantic.shipped import shipped_semantic
from shared.storage.models import Datasource

TODAY = date(2025, 6, 15)


@dataclass
class Record:
    id: str
    lang: str
    status: str
    sql: str | None
    confidence: float
    intent: dict[str, Any] | None
    unknown: list[str]
    correct: bool
    unanswerable: bool
    detail: str = ""

    @property
    def confidently_wrong(self) -> bool:
        return self.status == "ok" and not self.correct

    def snapshot(self) -> dict[str, Any]:
        return {
            "status": self.status,
            "sql": self.sql,
            "confidence": round(self.confidence, 2),
            "intent": _compact(self.intent),
        }


def _compact(intent: dict[str, Any] | None) -> dict[str, Any] | None:
    if intent is None:
        return None
    return {k: v for k, v in intent.items() if v not in (None, [], False, "", "and")}


def open_source(set_dir: Path, source: str) -> tuple[sqlite3.Connection, Schema]:
    """The source loaded and profiled as an upload is; tables keep their logical names."""
    path = set_dir / source
    conn = sqlite3.connect(":memory:", check_same_thread=False)
    engine = sa.create_engine("sqlite://", creator=lambda: conn, poolclass=StaticPool)
    sources = open_tables(path, path.name)
    loaded = load_tables(engine, sources, clean_table_names(s.name for s in sources))
    physical = {t.name: t.physical_name for t in loaded}
    profiled = build_schema(engine, physical)
    stored = Datasource(
        dialect=profiled.dialect, tables=_table_rows(profiled, physical, {t.name: t for t in loaded})
    )
    return conn, schema_of(stored)


def uploaded_as(source: str) -> DatasourceInfo:
    """The datasource a source file becomes on upload (`chatbi eval` uploads it so): named after the
    file's stem, as `upload_dataset` names a file uploaded without a name."""
    path = Path(source)
    return DatasourceInfo(name=path.stem, file_name=path.name)


def load_questions(set_dir: Path) -> list[dict[str, Any]]:
    with (set_dir / "questions.jsonl").open(encoding="utf-8") as file:
        return [json.loads(line) for line in file if line.strip()]


_SOURCES: dict[Path, tuple[sqlite3.Connection, Schema, sqlite3.Connection]] = {}


def _source(set_dir: Path, source: str) -> tuple[sqlite3.Connection, Schema, sqlite3.Connection]:
    """Loaded once per process: sets that share databases (spider_a, spider_a_join) share the load."""
    path = (set_dir / source).resolve()
    if path not in _SOURCES:
        conn, schema = open_source(path.parent, path.name)
        _SOURCES[path] = (conn, schema, gold_database(path.parent, path.name))
    return _SOURCES[path]


@cache
def _semantic(set_dir: Path, source: str) -> SemanticLayer:
    """The semantic layer shipped with the set for this source, as `chatbi eval` puts it on the upload."""
    return SemanticLayer.from_dict(shipped_semantic(set_dir, source))


def run_set(set_dir: Path, today: date = TODAY) -> list[Record]:
    engine = RuleEngine()
    questions = load_questions(set_dir)
    states: dict[str, dict[str, Any] | None] = {}
    records = []
    for q in sorted(questions, key=lambda q: (q.get("conversation") or q["id"], q.get("turn") or 0)):
        conn, schema, gold = _source(set_dir, q["source"])
        conv = q.get("conversation")
        request = EngineRequest(
            question=q["question"],
            schema=schema,
            semantic=_semantic(set_dir, q["source"]),
            state=states.get(conv) if conv else None,
            today=today,
            datasource=uploaded_as(q["source"]),
        )
        try:
            answer = engine.answer(request)
        except Exception as exc:  # noqa: BLE001 - a crash is recorded as a wrong answer
            answer = EngineAnswer(
                status="error", engine="rules", message=f"crash {type(exc).__name__}: {exc}"
            )
        if conv and answer.status == "ok":
            states[conv] = answer.state
        elif conv and answer.status == "clarify" and states.get(conv):
            states[conv] = asked_back(states[conv] or {}, q["question"])
        records.append(_judge(q, answer, conn, gold))
    return records


def _judge(
    q: dict[str, Any], answer: EngineAnswer, conn: sqlite3.Connection, gold: sqlite3.Connection
) -> Record:
    unanswerable = "unanswerable" in (q.get("tags") or [])
    correct, detail = False, ""
    if unanswerable:
        correct = answer.status != "ok"
    elif answer.status != "ok":
        detail = answer.message or ""
    else:
        try:
            cur = gold.execute(q["gold_sql"])
            gold_cols, gold_rows = [d[0] for d in cur.description], cur.fetchall()
            cur = conn.execute(answer.sql or "")
            ours_cols, ours_rows = [d[0] for d in cur.description], cur.fetchall()
            correct = judge(
                gold_cols,
                gold_rows,
                ours_cols,
                ours_rows,
                bool(q.get("ordered")),
                q.get("compare"),
                pct="pct" in (q.get("tags") or []),
            )
            detail = "" if correct else f"wrong result ({len(ours_rows)} rows vs {len(gold_rows)})"
        except sqlite3.Error as exc:
            detail = f"SQL error: {exc}"
    state = answer.state or {}
    return Record(
        id=q["id"],
        lang=q.get("lang") or "?",
        status=answer.status,
        sql=answer.sql,
        confidence=answer.confidence,
        intent=state.get("intent"),
        unknown=list(getattr(answer, "unknown_words", None) or []),
        correct=correct,
        unanswerable=unanswerable,
        detail=detail,
    )


def figures(records: list[Record]) -> dict[str, dict[str, float]]:
    """Accuracy, clarify rate and confidently wrong (ok but wrong), overall and per language."""
    groups: dict[str, list[Record]] = defaultdict(list)
    for r in records:
        groups["all"].append(r)
        groups[r.lang].append(r)
    out = {}
    for key, items in sorted(groups.items()):
        n = len(items)
        out[key] = {
            "n": n,
            "accuracy": sum(r.correct for r in items) / n,
            "clarify": sum(r.status != "ok" for r in items) / n,
            "confidently_wrong": sum(r.confidently_wrong for r in items) / n,
        }
    return out
