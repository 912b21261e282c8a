"""Offline accuracy of the rule engine on an eval set: no HTTP, no LLM, SQLite only.

Usage: .venv/bin/python bench/engine_eval.py [bi_dev|spider_a|PATH] [--show-failures] [--lang zh|en]

Loads each source with the API's own upload reader, loader and profiler (so the engine sees exactly
the Schema that `POST /api/v1/ask` serves), asks every question in conversation order, runs the SQL on
the loaded data and the gold SQL on the original (as `chatbi eval` does), judges with
shared.cli.evaluation.judge and prints accuracy by language and tag, and how well confidence separates
right answers from wrong ones.
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import sys
import time
from collections import defaultdict
from datetime import date
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from shared.ask.engines.base import EngineRequest  # noqa: E402
from shared.ask.engines.rules import RuleEngine  # noqa: E402
from shared.cli.enginecheck import open_source, uploaded_as  # noqa: E402
from shared.cli.evalharness import gold_database  # noqa: E402
from shared.cli.evaluation import judge  # noqa: E402
from shared.semantic.schema import Schema  # noqa: E402

EVAL_ROOT = Path("/work/shared/eval")
CONFIDENT = 0.7  # the auto mode sends answers below this to the LLM


def run(set_name: str, show_failures: bool, lang_filter: str | None, today: date) -> dict[str, Any]:
    set_dir = Path(set_name) if "/" in set_name else EVAL_ROOT / set_name
    questions = [json.loads(line) for line in (set_dir / "questions.jsonl").open(encoding="utf-8")]
    if lang_filter:
        questions = [q for q in questions if q["lang"] == lang_filter]
    sources: dict[str, tuple[sqlite3.Connection, Schema]] = {}
    golds: dict[str, sqlite3.Connection] = {}
    engine = RuleEngine()
    states: dict[str, dict[str, Any] | None] = {}
    by_lang: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    by_tag: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    failures = []
    calibration: dict[bool, list[int]] = {True: [0, 0], False: [0, 0]}  # confident? -> [right, total]
    started = time.perf_counter()
    for q in sorted(questions, key=lambda q: (q.get("conversation") or q["id"], q.get("turn", 0))):
        if q["source"] not in sources:
            sources[q["source"]] = open_source(set_dir, q["source"])
            golds[q["source"]] = gold_database(set_dir, q["source"])
        conn, schema = sources[q["source"]]
        conv = q.get("conversation")
        state = states.get(conv) if conv else None
        try:
            ans = engine.answer(
                EngineRequest(
                    question=q["question"],
                    schema=schema,
                    state=state,
                    today=today,
                    datasource=uploaded_as(q["source"]),
                )
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
                cur = golds[q["source"]].execute(q["gold_sql"])
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
        if ans is not None and ans.status == "ok" and not unanswerable:
            bucket = calibration[ans.confidence >= CONFIDENT]
            bucket[0] += ok
            bucket[1] += 1
        if not ok:
            failures.append((q, ans, err))
    elapsed = time.perf_counter() - started
    print(f"== {set_name}: {len(questions)} questions in {elapsed:.2f}s")
    for lang, (good, total) in sorted(by_lang.items()):
        print(f"  {lang:4s} {good}/{total} = {100 * good / max(total, 1):.1f}%")
    for confident, (good, total) in sorted(calibration.items(), reverse=True):
        sign = ">=" if confident else "< "
        print(
            f"  answers with confidence {sign} {CONFIDENT}: {good}/{total} right"
            f" = {100 * good / max(total, 1):.1f}%"
        )
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
    if show_failures:
        wrong = [
            (q, a) for q, a, _ in failures if a is not None and a.status == "ok" and a.confidence >= CONFIDENT
        ]
        print(f"== confident but wrong ({len(wrong)}): " + " ".join(q["id"] for q, _ in wrong))
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
