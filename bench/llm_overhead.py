"""The backend's overhead around a model call, against the model's own time (test server answering at once).

Usage: .venv/bin/python bench/llm_overhead.py [--rounds 3] [--eval-dir /work/shared/eval/bi_dev]

For every bi_dev question with a gold SQL, the scripted OpenAI-compatible server answers that SQL
instantly. One answer = LLMEngine.answer (prompt building, the model call, extraction, schema
validation, the pipeline check: guard + dry-run) + running the guarded SQL read-only. The model's
own time is the HTTP call measured inside the client; overhead = answer - model time. Target:
overhead p50 <= 20 ms. Also prints each step's p50 from separate timings of the same functions.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from shared.ask.engines.base import EngineRequest  # noqa: E402
from shared.ask.engines.llm.client import LLMClient  # noqa: E402
from shared.ask.engines.llm.engine import LLMEngine  # noqa: E402
from shared.ask.engines.llm.extract import extract_sql  # noqa: E402
from shared.ask.engines.llm.prompt import build_messages  # noqa: E402
from shared.ask.engines.llm.validate import validate_sql  # noqa: E402
from shared.semantic.schema import Schema  # noqa: E402
from tests.llm.fake_llm_server import FakeLLMServer, Reply  # noqa: E402
from tests.llm.support import load_csvs  # noqa: E402

TARGET_P50_MS = 20.0


def load_questions(eval_dir: Path) -> list[dict[str, Any]]:
    lines = (eval_dir / "questions.jsonl").read_text(encoding="utf-8").splitlines()
    return [q for q in map(json.loads, lines) if q.get("gold_sql")]


def make_runner(db_path: Path, schema: Schema) -> tuple[Any, Any]:
    """(check, execute): the pipeline's guard + dry-run, and the read-only executor, on SQLite."""
    from shared.ask.executor import execute
    from shared.errors import ChatBIError
    from shared.sql.guard import guard_sql
    from shared.storage.db import build_engine

    engine = build_engine(f"sqlite:///{db_path}")
    tables = {t.name: t.name for t in schema.tables}

    def guarded(sql: str) -> str:
        return guard_sql(sql, dialect="sqlite", tables=tables, max_rows=10_000).sql

    def check(sql: str) -> str | None:
        try:
            execute(engine, f"EXPLAIN {guarded(sql)}", timeout_s=30, max_rows=1)  # dry-run
        except ChatBIError as exc:
            return exc.message
        return None

    def run(sql: str) -> int:
        return execute(engine, guarded(sql), timeout_s=30, max_rows=10_000).row_count

    return check, run


def p(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--eval-dir", type=Path, default=Path("/work/shared/eval/bi_dev"))
    args = parser.parse_args()
    eval_dir = args.eval_dir if args.eval_dir.exists() else ROOT / "tests" / "fixtures" / "bi_dev"
    questions = load_questions(args.eval_dir) if args.eval_dir.exists() else []
    if not questions:
        sys.exit(f"no questions.jsonl with gold SQL under {args.eval_dir}")
    workdir = Path(tempfile.mkdtemp(prefix="llm-bench-"))
    db_path = workdir / "bi_dev.db"
    sources = {Path(q["source"]).stem: eval_dir / q["source"] for q in questions}
    schema = load_csvs(db_path, sources, max_values=1000)
    check, run = make_runner(db_path, schema)
    overhead, model, total, steps = (
        [],
        [],
        [],
        {"prompt": [], "extract+validate": [], "check": [], "execute": []},
    )
    with FakeLLMServer() as server:
        client = LLMClient(base_url=server.url, model="bench-model", api_key="k", timeout_s=30)
        engine = LLMEngine(client, send_values=True)
        warm = EngineRequest(question="warm up", schema=schema, check=check)
        server.script(Reply.content(json.dumps({"sql": questions[0]["gold_sql"]})))
        engine.answer(warm)  # imports, the openai client, sqlglot dialects, linking index
        failures = 0
        for _round in range(args.rounds):
            for q in questions:
                request = EngineRequest(
                    question=q["question"], schema=schema, check=check, today=date(2025, 1, 1)
                )
                reply = json.dumps({"sql": q["gold_sql"], "explanation": "bench"})
                server.script(Reply.content(reply))
                started = time.perf_counter()
                answer = engine.answer(request)
                if answer.status == "ok":
                    run(str(answer.sql))
                elapsed = (time.perf_counter() - started) * 1000
                if answer.status != "ok" or answer.usage["calls"] != 1:
                    failures += 1
                    print(f"  {q['id']}: {answer.status} {answer.message}")
                    continue
                model_ms = float(answer.usage["latency_ms"])
                total.append(elapsed)
                model.append(model_ms)
                overhead.append(elapsed - model_ms)
                # The same steps timed one by one, to see where the overhead goes.
                t0 = time.perf_counter()
                build_messages(request, send_values=True)
                t1 = time.perf_counter()
                validate_sql(str(extract_sql(reply).sql), schema)
                t2 = time.perf_counter()
                check(q["gold_sql"])
                t3 = time.perf_counter()
                run(q["gold_sql"])
                t4 = time.perf_counter()
                for name, ms in zip(steps, (t1 - t0, t2 - t1, t3 - t2, t4 - t3), strict=True):
                    steps[name].append(ms * 1000)
    print(
        f"bi_dev: {len(questions)} questions x {args.rounds} rounds, "
        f"{len(overhead)} answers, {failures} failed"
    )
    print(f"model call (instant test server, HTTP + openai client): p50 {p(model, 0.5):.2f} ms")
    print(f"whole answer incl. execution:                         p50 {p(total, 0.5):.2f} ms")
    print(
        f"backend overhead around the call: p50 {p(overhead, 0.5):.2f} ms, p95 {p(overhead, 0.95):.2f} ms, "
        f"max {max(overhead):.2f} ms (target p50 <= {TARGET_P50_MS:.0f} ms: "
        f"{'PASS' if p(overhead, 0.5) <= TARGET_P50_MS else 'FAIL'})"
    )
    ratio = statistics.median(o / m for o, m in zip(overhead, model, strict=True))
    print(f"overhead / model time ratio: p50 {ratio:.2f}")
    print("per step p50: " + ", ".join(f"{name} {p(values, 0.5):.2f} ms" for name, values in steps.items()))


if __name__ == "__main__":
    main()
