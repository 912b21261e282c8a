"""Census of clarifies across every set (census round): for each clarify, would its tentative SQL be right
if answered (judged against the gold as shared.cli.enginecheck judges answers), and why it was asked back
(the parser's reasons with their amounts, the final-answer doubts, the join doubts, the words not
understood). Instruments the engine by wrapping its functions in this process only.

Usage: .venv/bin/python bench/clarify_census.py OUT.json [SET_DIR ...]   (default: every set)
then   .venv/bin/python bench/clarify_census_table.py OUT.json [sole|all]  (causes ranked)
"""

from __future__ import annotations

import functools
import json
import sqlite3
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from shared.ask.engines.rules import engine as eng  # noqa: E402
from shared.ask.engines.rules import (  # noqa: E402
    joins,
    joins_doubts,
    parse_base,  # noqa: E402
)
from shared.cli import enginecheck as ec  # noqa: E402
from shared.cli.evaluation import judge  # noqa: E402

EVENTS: list = []
PARSERS: list = []

_orig_reason = parse_base.ParserBase.reason


def _reason(self, reason, amount):
    EVENTS.append(("parse", id(self), reason, float(amount)))
    return _orig_reason(self, reason, amount)


parse_base.ParserBase.reason = _reason

_orig_parser = eng._parser


def _parser(request):
    p = _orig_parser(request)
    PARSERS.append((p, bool(request.options.get("joined_columns"))))
    return p


eng._parser = _parser

_orig_ad = eng.answer_doubts


def _ad(*a, **k):
    shape = _orig_ad(*a, **k)
    for s in shape:
        EVENTS.append(("answer", 0, s, 0.4))
    return shape


eng.answer_doubts = _ad

JOIN_FUNCS = [
    "_misread_doubt",
    "unnamed_owner_doubt",
    "unsteered",
    "kind_of_a_name",
    "values_doubt",
    "grain_doubt",
    "star_doubt",
    "_fan_out_doubt",
    "_units_doubt",
    "_unmatchable_doubt",
    "answer_doubt",
    "head_not_understood",
    "head_left_out",
    "predicate_unread",
    "names_a_row",
]


def _wrap(name):
    orig = getattr(joins_doubts, name)

    @functools.wraps(orig)
    def w(*a, **k):
        r = orig(*a, **k)
        if r:
            EVENTS.append(("join", 0, f"j:{name}", float(r) if not isinstance(r, bool) else 0.4))
        return r

    setattr(joins_doubts, name, w)


for _n in JOIN_FUNCS:
    if hasattr(joins_doubts, _n):
        _wrap(_n)

_orig_jc = joins_doubts.joined_confidence


def _jc(ans, reasons, *a, **k):
    r = _orig_jc(ans, reasons, *a, **k)
    EVENTS.append(("joinbase", 0, f"jbase:{round(float(ans.confidence or 0), 2)}->{round(r, 2)}", 0.0))
    return r


joins_doubts.joined_confidence = _jc

_orig_not_sure = joins._not_sure


def _not_sure(ans, offered=""):
    EVENTS.append(("notsure", 0, f"conf={ans.confidence}", 0.0))
    return _orig_not_sure(ans, offered)


joins._not_sure = _not_sure

_orig_judge = ec._judge
RESULTS: list = []


def _judge_wrap(q, answer, conn, gold):
    rec = _orig_judge(q, answer, conn, gold)
    right_if = None
    if answer.status == "clarify" and answer.sql:
        unans = "unanswerable" in (q.get("tags") or [])
        if unans:
            right_if = False
        else:
            try:
                cur = gold.execute(q["gold_sql"])
                gc, gr = [d[0] for d in cur.description], cur.fetchall()
                cur = conn.execute(answer.sql)
                oc, orows = [d[0] for d in cur.description], cur.fetchall()
                right_if = bool(
                    judge(
                        gc,
                        gr,
                        oc,
                        orows,
                        bool(q.get("ordered")),
                        q.get("compare"),
                        pct="pct" in (q.get("tags") or []),
                    )
                )
            except sqlite3.Error:
                right_if = False
    # the parse reasons of the last parser (with amounts)
    last = PARSERS[-1][0] if PARSERS else None
    parse_reasons = [
        (r, a) for (k, pid, r, a) in EVENTS if k == "parse" and last is not None and pid == id(last)
    ]
    RESULTS.append(
        {
            "set": CUR_SET,
            "id": q["id"],
            "lang": q.get("lang"),
            "question": q["question"],
            "gold": q.get("gold_sql"),
            "status": answer.status,
            "correct": rec.correct,
            "confidence": answer.confidence,
            "sql": answer.sql,
            "right_if_answered": right_if,
            "unknown": list(answer.unknown_words or []),
            "message": (answer.message or "")[:300],
            "last_parse_joined": PARSERS[-1][1] if PARSERS else None,
            "last_parse_conf": round(last.ps.confidence, 3) if last is not None else None,
            "last_parse_reasons": [r for r in (last.ps.reasons if last is not None else [])],
            "parse_reasons_amounts": parse_reasons,
            "events": [(k, r, a) for (k, _p, r, a) in EVENTS if k != "parse"],
        }
    )
    EVENTS.clear()
    PARSERS.clear()
    return rec


ec._judge = _judge_wrap


def main():
    global CUR_SET
    out = Path(sys.argv[1])
    sets = [Path(s) for s in sys.argv[2:]]
    if not sets:
        sets = [
            ROOT / "tests/fixtures/bi_dev",
            ROOT / "tests/fixtures/spider_a",
            ROOT / "tests/fixtures/spider_a_join",
            *sorted(p.parent for p in (ROOT / "bench/eval_sets").glob("**/questions.jsonl")),
        ]
    for s in sets:
        CUR_SET = (
            str(s.resolve().relative_to(ROOT)).replace("tests/fixtures/", "").replace("bench/eval_sets/", "")
        )
        t = time.perf_counter()
        EVENTS.clear()
        PARSERS.clear()
        ec.run_set(s)
        print(CUR_SET, f"{time.perf_counter() - t:.1f}s", flush=True)
    out.write_text(json.dumps(RESULTS, ensure_ascii=False, indent=0))


CUR_SET = ""

if __name__ == "__main__":
    main()
