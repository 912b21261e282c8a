"""Check the question sets here: every gold SQL runs, returns rows, and top-N cut-offs have no ties.

.venv/bin/python bench/eval_sets/check_sets.py
"""

import re
import sys
from pathlib import Path

from shared.evalharness import gold_database, load_questions

HERE = Path(__file__).resolve().parent
LIMIT = re.compile(r"\s+LIMIT\s+(\d+)\s*$", re.IGNORECASE)


def problems_of(set_dir: Path) -> list[str]:
    """What is wrong with one set's gold SQL (empty list when nothing)."""
    problems = []
    databases = {}
    for item in load_questions(set_dir):
        if "unanswerable" in item["tags"]:
            continue
        source = item["source"]
        if source not in databases:
            databases[source] = gold_database(set_dir, source)
        conn = databases[source]
        try:
            rows = conn.execute(item["gold_sql"]).fetchall()
        except Exception as error:  # noqa: BLE001 - report every broken line
            problems.append(f"{item['id']}: {error}")
            continue
        if not rows or all(v is None for r in rows for v in r):
            problems.append(f"{item['id']}: empty result")
        limit = LIMIT.search(item["gold_sql"])
        if limit and " ORDER BY " in item["gold_sql"].upper():
            n = int(limit.group(1))
            full = conn.execute(LIMIT.sub("", item["gold_sql"])).fetchall()
            keys = [r[-1] for r in full]
            if len(keys) > n and keys[n - 1] == keys[n]:
                problems.append(f"{item['id']}: tie at the cut-off")
            if item["ordered"] and len(set(keys[:n])) < min(n, len(keys)):
                problems.append(f"{item['id']}: tie inside an ordered answer")
    return problems


def main() -> int:
    failed = False
    for set_dir in sorted(p for p in HERE.iterdir() if (p / "questions.jsonl").exists()):
        problems = problems_of(set_dir)
        print(f"{set_dir.name}: {'ok' if not problems else len(problems)} ")
        for problem in problems:
            print("   ", problem)
        failed = failed or bool(problems)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
