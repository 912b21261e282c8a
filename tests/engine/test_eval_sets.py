"""bench/eval_sets: every question set is well formed and its gold SQL runs (check_sets.py)."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

EVAL_SETS = Path(__file__).resolve().parents[2] / "bench" / "eval_sets"
NEW_SETS = (
    "sp500_fin",
    "gapminder",
    "star_bi",
    "seattle_weather",
    "nyc_flights",
    "cars",
    "penguins",
    "baseball_star",
    "tx_housing",
    "portal_rodents",
    "cta_ridership",
    "job_applications",
    "ames_home_sales",
    "rice_farms",
)


def _check_sets():
    spec = importlib.util.spec_from_file_location("check_sets", EVAL_SETS / "check_sets.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


check_sets = _check_sets()


def line(item_id: str, lang: str = "en", **extra: object) -> dict[str, object]:
    return {
        "id": item_id,
        "source": "t.csv",
        "question": "q",
        "lang": lang,
        "gold_sql": "SELECT 1",
        "ordered": False,
        "compare": None,
        "conversation": None,
        "turn": 0,
        "tags": [],
    } | extra


def test_format_problems_finds_duplicate_ids_a_missing_language_and_broken_turns():
    # Given lines with a repeated id, only English, a conversation without turn 1, and a line without gold
    items = [
        line("a-1"),
        line("a-1"),
        line("a-2", conversation="c", turn=0),
        line("a-3", conversation="c", turn=2),
        line("a-4", gold_sql=""),
    ]
    # When they are checked
    problems = check_sets.format_problems(items)
    # Then each problem is named
    assert "a-1: id used 2 times" in problems
    assert "no question in zh" in problems
    assert any(p.startswith("conversation c: turns") for p in problems)
    assert "a-4: no gold_sql and not tagged unanswerable" in problems
    assert (
        check_sets.format_problems(
            [line("b-1"), line("b-2", "zh"), line("b-3", gold_sql="", tags=["unanswerable"])]
        )
        == []
    )


@pytest.mark.parametrize("set_dir", check_sets.set_dirs(), ids=lambda p: str(p.relative_to(EVAL_SETS)))
def test_every_set_is_well_formed_and_its_gold_sql_runs(set_dir: Path):
    assert check_sets.problems_of(set_dir) == []


@pytest.mark.parametrize("name", NEW_SETS)
def test_new_sets_have_at_least_sixty_questions_in_each_language(name: str):
    with (EVAL_SETS / name / "questions.jsonl").open(encoding="utf-8") as file:
        items = [json.loads(text) for text in file if text.strip()]
    for lang in ("zh", "en"):
        lines = [item for item in items if item["lang"] == lang]
        assert len(lines) >= 60
        assert any("unanswerable" in item["tags"] for item in lines)
        assert any(item["conversation"] for item in lines)


def test_gold_database_of_a_workbook_has_every_sheet_as_a_table(tmp_path: Path):
    from openpyxl import Workbook

    from shared.cli.evalharness import gold_database

    # Given a two-sheet workbook whose sheets share a key
    workbook = Workbook()
    orders = workbook.active
    orders.title = "订单"
    for row in (["订单号", "客户编号", "金额"], ["o1", "c1", 10.5], ["o2", "c1", 4], ["o3", "c2", 1]):
        orders.append(row)
    customers = workbook.create_sheet("客户")
    for row in (["客户编号", "客户等级"], ["c1", "VIP"], ["c2", "普通"]):
        customers.append(row)
    workbook.save(tmp_path / "book.xlsx")
    # When gold SQL joins the two sheets
    conn = gold_database(tmp_path, "book.xlsx")
    rows = conn.execute(
        "SELECT c.客户等级, SUM(o.金额) FROM 订单 o JOIN 客户 c ON o.客户编号 = c.客户编号 "
        "GROUP BY 1 ORDER BY 1"
    ).fetchall()
    # Then both sheets are tables with their values typed
    assert rows == [("VIP", 14.5), ("普通", 1.0)]
