"""`chatbi eval`: run a question set (format of shared/eval/README.md) through the HTTP API.

Uploads each source, asks every question in its conversation (follow-ups in turn order),
judges by execution accuracy against the gold SQL run on the same data, and reports accuracy
by language and tag, the failures with the SQL produced, and latency percentiles. It talks
HTTP to `--base` or, without it, to an in-process app on a throwaway embedded data dir.
"""

from __future__ import annotations

import csv
import json
import os
import sqlite3
import statistics
import tempfile
import time
from collections import defaultdict
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from shared.cli.evaluation import judge
from shared.identity import users
from shared.semantic.shipped import shipped_semantic
from shared.settings import clear_caches
from shared.storage import migrate
from shared.storage.db import dispose_engines, session_scope


@dataclass
class Outcome:
    item: dict[str, Any]
    correct: bool
    status: str
    sql: str | None
    latency_ms: float
    detail: str = ""


def is_confidently_wrong(outcome: Outcome) -> bool:
    """Answered with status ok and judged wrong; for an `unanswerable` line, answered at all."""
    return outcome.status == "ok" and not outcome.correct


@dataclass(frozen=True)
class Figures:
    """The three figures of shared/eval/README.md for one group of answers."""

    questions: int
    correct: int
    clarified: int
    confidently_wrong: int

    @staticmethod
    def of(outcomes: list[Outcome]) -> Figures:
        return Figures(
            questions=len(outcomes),
            correct=sum(o.correct for o in outcomes),
            clarified=sum(o.status == "clarify" for o in outcomes),
            confidently_wrong=sum(is_confidently_wrong(o) for o in outcomes),
        )

    def _share(self, count: int) -> float | None:
        return count / self.questions if self.questions else None

    @property
    def accuracy(self) -> float | None:
        return self._share(self.correct)

    @property
    def clarify_rate(self) -> float | None:
        return self._share(self.clarified)

    @property
    def confidently_wrong_rate(self) -> float | None:
        return self._share(self.confidently_wrong)

    def to_json(self) -> dict[str, Any]:
        return {
            "questions": self.questions,
            "correct": self.correct,
            "clarified": self.clarified,
            "confidently_wrong": self.confidently_wrong,
            "accuracy": self.accuracy,
            "clarify_rate": self.clarify_rate,
            "confidently_wrong_rate": self.confidently_wrong_rate,
        }

    def line(self) -> str:
        if not self.questions:
            return "n/a"

        def pct(value: float | None) -> str:
            return f"{(value or 0) * 100:5.1f}%"

        return (
            f"n={self.questions:<4d} accuracy {pct(self.accuracy)} ({self.correct})  "
            f"clarify {pct(self.clarify_rate)} ({self.clarified})  "
            f"confidently wrong {pct(self.confidently_wrong_rate)} ({self.confidently_wrong})"
        )


@dataclass
class Report:
    outcomes: list[Outcome] = field(default_factory=list)
    name: str = ""

    def accuracy(self, items: list[Outcome]) -> str:
        if not items:
            return "n/a"
        right = sum(o.correct for o in items)
        return f"{right}/{len(items)} = {right / len(items):.1%}"

    def groups(self, key: str) -> dict[str, list[Outcome]]:
        grouped: dict[str, list[Outcome]] = defaultdict(list)
        for outcome in self.outcomes:
            values = outcome.item.get(key)
            for value in values if isinstance(values, list) else [values]:
                grouped[str(value)].append(outcome)
        return dict(sorted(grouped.items()))

    def summary(self) -> dict[str, Figures]:
        """Figures overall and per language: {"overall": ..., "zh": ..., "en": ...}."""
        return {"overall": Figures.of(self.outcomes)} | {
            lang: Figures.of(items) for lang, items in self.groups("lang").items()
        }

    def latency(self) -> dict[str, float]:
        times = sorted(o.latency_ms for o in self.outcomes)
        if not times:
            return {}
        pick = lambda q: times[min(len(times) - 1, int(q * len(times)))]  # noqa: E731
        return {"p50": pick(0.5), "p90": pick(0.9), "p99": pick(0.99), "mean": statistics.fmean(times)}

    def render(self, show_failures: int = 50) -> str:
        lines = [f"set {self.name}" if self.name else "set"]
        for group, figures in self.summary().items():
            lines.append(f"  {group:8s} {figures.line()}")
        lines.append("by tag:")
        for tag, items in self.groups("tags").items():
            lines.append(f"  {tag:14s} {self.accuracy(items)}")
        lat = self.latency()
        if lat:
            lines.append("latency ms: " + ", ".join(f"{k} {v:.1f}" for k, v in lat.items()))
        failures = [o for o in self.outcomes if not o.correct]
        if failures:
            lines.append(f"failures ({len(failures)}, showing {min(show_failures, len(failures))}):")
        for o in failures[:show_failures]:
            mark = " CONFIDENTLY WRONG" if is_confidently_wrong(o) else ""
            lines.append(f"- {o.item['id']} [{o.item.get('lang')}] {o.item['question']}{mark}")
            lines.append(f"    status={o.status} {o.detail}".rstrip())
            lines.append(f"    got:  {o.sql}")
            lines.append(f"    gold: {o.item.get('gold_sql')}")
        return "\n".join(lines)

    def to_json(self) -> dict[str, Any]:
        return {
            "set": self.name,
            "summary": {group: figures.to_json() for group, figures in self.summary().items()},
            "overall": self.accuracy(self.outcomes),
            "by_lang": {k: self.accuracy(v) for k, v in self.groups("lang").items()},
            "by_tag": {k: self.accuracy(v) for k, v in self.groups("tags").items()},
            "latency_ms": self.latency(),
            "failures": [
                {
                    "id": o.item["id"],
                    "question": o.item["question"],
                    "status": o.status,
                    "sql": o.sql,
                    "confidently_wrong": is_confidently_wrong(o),
                }
                for o in self.outcomes
                if not o.correct
            ],
        }


def summary_table(reports: list[Report]) -> str:
    """One line per set and language, then the overall figures of all sets together."""
    lines = [f"{'set':24s} {'group':8s} figures"]
    for report in reports:
        for group, figures in report.summary().items():
            lines.append(f"{report.name[:24]:24s} {group:8s} {figures.line()}")
    everything = Report([o for r in reports for o in r.outcomes], name="all sets")
    for group, figures in everything.summary().items():
        lines.append(f"{'all sets':24s} {group:8s} {figures.line()}")
    return "\n".join(lines)


def summary_json(reports: list[Report]) -> dict[str, Any]:
    everything = Report([o for r in reports for o in r.outcomes], name="all sets")
    return {
        "sets": {r.name: {g: f.to_json() for g, f in r.summary().items()} for r in reports},
        "overall": {g: f.to_json() for g, f in everything.summary().items()},
    }


def load_questions(set_dir: Path) -> list[dict[str, Any]]:
    with (set_dir / "questions.jsonl").open(encoding="utf-8") as file:
        return [json.loads(line) for line in file if line.strip()]


def _typed(values: list[str]) -> str:
    """SQLite column type for a CSV column, the way the gold SQL expects the data (typed columns)."""
    present = [v for v in values if v != ""]

    def all_of(kind: type) -> bool:
        try:
            for value in present:
                kind(value)
        except ValueError:
            return False
        return True

    if present and all_of(int):
        return "INTEGER"
    if present and all_of(float):
        return "REAL"
    return "TEXT"


def _sqlite_type(values: list[Any]) -> str:
    present = [v for v in values if v is not None and v != ""]
    if present and all(isinstance(v, int) and not isinstance(v, bool) for v in present):
        return "INTEGER"
    if present and all(isinstance(v, int | float) and not isinstance(v, bool) for v in present):
        return "REAL"
    return "TEXT"


def _workbook_database(path: Path) -> sqlite3.Connection:
    """Every sheet of a workbook as a table named after the sheet (first row: the header)."""
    from openpyxl import load_workbook  # lazy: heavy (openpyxl)

    workbook = load_workbook(path, read_only=True, data_only=True)
    conn = sqlite3.connect(":memory:")
    for sheet in workbook.worksheets:
        header, *rows = [list(row) for row in sheet.iter_rows(values_only=True)]
        types = [_sqlite_type([r[i] for r in rows]) for i in range(len(header))]
        cols = ", ".join(f'"{h}" {t}' for h, t in zip(header, types, strict=True))
        conn.execute(f'CREATE TABLE "{sheet.title}" ({cols})')
        marks = ", ".join("?" for _ in header)
        conn.executemany(f'INSERT INTO "{sheet.title}" VALUES ({marks})', rows)
    workbook.close()
    return conn


def gold_database(set_dir: Path, source: str) -> sqlite3.Connection:
    """The source as a SQLite database for running gold SQL: a .sqlite as is, a CSV typed, every sheet
    of an .xlsx workbook as a table."""
    path = set_dir / source
    if path.suffix.lower() in (".sqlite", ".db"):
        return sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    if path.suffix.lower() == ".xlsx":
        return _workbook_database(path)
    with path.open(encoding="utf-8-sig", newline="") as file:
        reader = csv.reader(file)
        header = next(reader)
        rows = list(reader)
    types = [_typed([r[i] for r in rows]) for i in range(len(header))]
    conn = sqlite3.connect(":memory:")
    cols = ", ".join(f'"{h}" {t}' for h, t in zip(header, types, strict=True))
    conn.execute(f'CREATE TABLE "{path.stem}" ({cols})')
    marks = ", ".join("?" for _ in header)
    conn.executemany(
        f'INSERT INTO "{path.stem}" VALUES ({marks})', [[v if v != "" else None for v in r] for r in rows]
    )
    return conn


class Api:
    """A thin HTTP client of the ChatBI API (httpx against a URL, or the in-process app)."""

    def __init__(self, client: Any):
        self.client = client
        self.headers: dict[str, str] = {}

    def login(self, username: str, password: str) -> None:
        response = self.client.post("/api/v1/auth/login", json={"username": username, "password": password})
        response.raise_for_status()
        self.headers = {"Authorization": f"Bearer {response.json()['access_token']}"}

    def upload(self, path: Path) -> int:
        with path.open("rb") as file:
            response = self.client.post(
                "/api/v1/datasources/upload",
                files={"file": (path.name, file, "application/octet-stream")},
                data={"name": path.stem},
                headers=self.headers,
            )
        if response.status_code != 201:
            raise RuntimeError(f"upload of {path.name} failed: {response.status_code} {response.text}")
        return int(response.json()["id"])

    def ask(self, datasource_id: int, question: str, conversation_id: int | None, engine: str | None) -> Any:
        body: dict[str, Any] = {"datasource_id": datasource_id, "question": question}
        if conversation_id is not None:
            body["conversation_id"] = conversation_id
        if engine:
            body["engine"] = engine
        return self.client.post("/api/v1/ask", json=body, headers=self.headers)


def judge_answer(item: dict[str, Any], answer: dict[str, Any], gold: sqlite3.Connection) -> tuple[bool, str]:
    unanswerable = "unanswerable" in (item.get("tags") or [])
    if unanswerable:
        refused = answer.get("status") in ("clarify", "error")
        return refused, "" if refused else "should have asked back"
    if answer.get("status") != "ok":
        return False, (answer.get("message") or "")[:200]
    cursor = gold.execute(item["gold_sql"])
    gold_columns = [d[0] for d in cursor.description]
    gold_rows = cursor.fetchall()
    ok = judge(
        gold_columns,
        gold_rows,
        [c["name"] for c in answer.get("columns", [])],
        answer.get("rows", []),
        ordered=bool(item.get("ordered")),
        compare=item.get("compare"),
        pct="pct" in (item.get("tags") or []),
    )
    if ok:
        return True, ""
    return (
        False,
        f"rows {answer.get('row_count')} vs gold {len(gold_rows)}: {str(answer.get('rows', [])[:3])[:160]}",
    )


def _order(items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """File order, except that a conversation's turns are asked together, in turn order."""
    first: dict[str, int] = {}
    for index, item in enumerate(items):
        first.setdefault(item.get("conversation") or f"#{index}", index)
    return sorted(
        items, key=lambda it: (first[it.get("conversation") or f"#{items.index(it)}"], it.get("turn") or 0)
    )


def run_eval(
    api: Api, set_dir: Path, *, engine: str | None = None, limit: int | None = None, lang: str | None = None
) -> Report:
    items = load_questions(set_dir)
    if lang:
        items = [it for it in items if it.get("lang") == lang]
    items = _order(items)[:limit] if limit else _order(items)
    datasources: dict[str, int] = {}
    golds: dict[str, sqlite3.Connection] = {}
    conversations: dict[str, int] = {}
    report = Report(name=set_dir.name)
    for item in items:
        source = item["source"]
        if source not in datasources:
            datasources[source] = api.upload(set_dir / source)
            put_shipped_semantic(api, set_dir, source, datasources[source])
            golds[source] = gold_database(set_dir, source)
        conv_key = item.get("conversation")
        start = time.perf_counter()
        response = api.ask(datasources[source], item["question"], conversations.get(conv_key or ""), engine)
        latency = (time.perf_counter() - start) * 1000
        if response.status_code != 200:
            report.outcomes.append(
                Outcome(item, False, f"http {response.status_code}", None, latency, response.text[:200])
            )
            continue
        answer = response.json()
        if conv_key:
            conversations[conv_key] = answer["conversation_id"]
        correct, detail = judge_answer(item, answer, golds[source])
        report.outcomes.append(
            Outcome(item, correct, answer.get("status", "?"), answer.get("sql"), latency, detail)
        )
    return report


def put_shipped_semantic(api: Api, set_dir: Path, source: str, datasource_id: int) -> None:
    """The set's semantic layer for this source, when it ships one (what a customer would supply)."""
    layer = shipped_semantic(set_dir, source)
    if layer is not None:
        response = api.client.put(
            f"/api/v1/datasources/{datasource_id}/semantic", json=layer, headers=api.headers
        )
        if response.status_code != 200:
            raise RuntimeError(f"semantic layer of {source} refused: {response.status_code} {response.text}")


@contextmanager
def in_process_api(username: str = "eval", password: str = "eval-password-1") -> Iterator[Api]:
    """A throwaway embedded ChatBI (temp data dir) served in-process over the ASGI interface."""
    overrides = {"ASK_RATE_LIMIT": "0", "UPLOAD_RATE_LIMIT": "0", "LOG_LEVEL": "WARNING"}
    saved = {k: os.environ.get(k) for k in ("CHATBI_DATA_DIR", "DATABASE_URL", "REDIS_URL", *overrides)}
    with tempfile.TemporaryDirectory(prefix="chatbi-eval-") as tmp:
        os.environ["CHATBI_DATA_DIR"] = tmp
        os.environ.update(overrides)
        os.environ.pop("DATABASE_URL", None)
        os.environ.pop("REDIS_URL", None)
        clear_caches()
        try:
            from fastapi.testclient import TestClient  # lazy: heavy (httpx)

            migrate.upgrade()
            with session_scope() as session:
                users.create_user(session, username, password, "analyst")
            from functions.local import app  # lazy: heavy (every app)

            with TestClient(app) as client:
                api = Api(client)
                api.login(username, password)
                yield api
            dispose_engines()
        finally:
            for key, value in saved.items():
                if value is None:
                    os.environ.pop(key, None)
                else:
                    os.environ[key] = value
            clear_caches()
