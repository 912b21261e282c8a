"""Protection for every engine change: a characterisation snapshot and an accuracy ratchet.

Every question of every set (tests/fixtures/{bi_dev,spider_a,spider_a_join} = ../shared/eval, and
bench/eval_sets) goes through the rule engine in-process (shared.cli.enginecheck).

- Snapshot (tests/engine/ratchet/snapshot.json): status, intent, SQL and confidence of every answer. A
  restructuring must leave it unchanged; a behaviour change updates it deliberately:
  `CHATBI_UPDATE_SNAPSHOT=1 pytest tests/engine/test_engine_ratchet.py` and review the diff.
- Ratchet (tests/engine/ratchet/<set>.txt): the ids judged right on execution accuracy. A test fails
  when one of them stops passing. The lists only grow: `CHATBI_UPDATE_RATCHET=1` rewrites them, and an
  id may only leave deliberately (an answer that was right by luck becoming an honest clarify).
"""

from __future__ import annotations

import json
import os
from functools import cache
from pathlib import Path

import pytest

from shared.cli.enginecheck import Record, run_set

ROOT = Path(__file__).resolve().parents[2]
HERE = Path(__file__).parent / "ratchet"
SETS = {
    "bi_dev": ROOT / "tests/fixtures/bi_dev",
    "spider_a": ROOT / "tests/fixtures/spider_a",
    "spider_a_join": ROOT / "tests/fixtures/spider_a_join",
    **{
        str(p.parent.relative_to(ROOT / "bench/eval_sets")).replace("/", "_"): p.parent
        for p in sorted((ROOT / "bench/eval_sets").glob("**/questions.jsonl"))
    },
}


@cache
def results(name: str) -> tuple[Record, ...]:
    return tuple(run_set(SETS[name]))


def test_every_set_is_covered():
    assert {"bi_dev", "spider_a", "spider_a_join", "retail_cn", "saas_en", "heldout_mixed"} <= set(SETS)


@pytest.mark.parametrize("name", sorted(SETS))
def test_accuracy_ratchet(name: str):
    """Given the ids that passed when the ratchet was last updated, when the set runs, then all still pass."""
    path = HERE / f"{name}.txt"
    passing = sorted(r.id for r in results(name) if r.correct)
    if os.environ.get("CHATBI_UPDATE_RATCHET"):
        path.write_text("\n".join(passing) + "\n", encoding="utf-8")
    expected = [line for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    lost = sorted(set(expected) - set(passing))
    assert not lost, f"{name}: {len(lost)} question(s) stopped passing: {lost}"


def test_characterisation_snapshot():
    """Given the stored answers, when every set runs again, then status, intent, SQL and confidence agree."""
    path = HERE / "snapshot.json"
    current = {name: {r.id: r.snapshot() for r in results(name)} for name in sorted(SETS)}
    current = json.loads(json.dumps(current))  # tuples as the stored lists
    if os.environ.get("CHATBI_UPDATE_SNAPSHOT"):
        path.write_text(
            json.dumps(current, ensure_ascii=False, indent=0, sort_keys=True) + "\n", encoding="utf-8"
        )
    stored = json.loads(path.read_text(encoding="utf-8"))
    changed = [
        f"{name}/{qid}"
        for name in sorted(set(stored) | set(current))
        for qid in sorted(set(stored.get(name, {})) | set(current.get(name, {})))
        if stored.get(name, {}).get(qid) != current.get(name, {}).get(qid)
    ]
    assert not changed, f"{len(changed)} answer(s) changed (first 20): {changed[:20]}"
