"""The precision of doubt rules across every set: on which answers a rule fires, among those the engine
answers ok and wrong (the confidently wrong ones it is meant to catch) and ok and right (the ones it costs).

Each rule named (module:function, a function whose truthy result is a doubt) is wrapped to record the
questions it fires on while returning False, so the run is the engine WITHOUT those rules: the figures say
what shipping each one would catch and cost. A rule worth shipping fires on many wrong answers and almost
no right ones. Wrap the name where it is called (the importing module's reference, not the defining one's).

Usage: .venv/bin/python bench/rule_fires.py MODULE:FUNCTION [...] [--sets DIR ...] [--skip NAME ...] [--ids]
e.g. bench/rule_fires.py shared.ask.engines.rules.answer_doubts:total_counted_as_rows --skip food_inspections
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from engine_trust import SETS  # noqa: E402

from shared.ask.engines.rules import RuleEngine  # noqa: E402
from shared.cli.enginecheck import load_questions, run_set  # noqa: E402

_asked: dict[str, str] = {}
_fired: dict[str, set[str]] = defaultdict(set)


def _wrap(spec: str) -> None:
    module_name, _, name = spec.partition(":")
    module = importlib.import_module(module_name)
    original = getattr(module, name)

    def recorded(*args: Any, **kwargs: Any) -> bool:
        if original(*args, **kwargs):
            _fired[_asked["question"]].add(name)
        return False  # the engine as it is without the rule

    setattr(module, name, recorded)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("rules", nargs="+")
    parser.add_argument("--sets", nargs="*", type=Path)
    parser.add_argument("--skip", nargs="*", default=[])
    parser.add_argument("--ids", action="store_true")
    args = parser.parse_args()
    for spec in args.rules:
        _wrap(spec)
    answer = RuleEngine.answer

    def asked(self: RuleEngine, request: Any) -> Any:
        _asked["question"] = request.question
        return answer(self, request)

    RuleEngine.answer = asked  # type: ignore[method-assign]
    counts: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    for set_dir in args.sets or SETS:
        if set_dir.name in args.skip:
            continue
        _fired.clear()
        records = run_set(set_dir)
        questions = {q["id"]: q["question"] for q in load_questions(set_dir)}
        for r in records:
            kind = "not_ok" if r.status != "ok" else "ok_right" if r.correct else "ok_wrong"
            for rule in _fired.get(questions[r.id], ()):
                counts[rule][kind].append(r.id)
    for rule, kinds in counts.items():
        wrong, right = kinds.get("ok_wrong", []), kinds.get("ok_right", [])
        print(f"{rule:32s} fires on ok-wrong {len(wrong):4d} | ok-right {len(right):4d}")
        if args.ids:
            print(f"    wrong: {' '.join(wrong)}\n    right: {' '.join(right)}")


if __name__ == "__main__":
    main()
