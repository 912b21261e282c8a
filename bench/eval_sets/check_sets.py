"""Check the question sets here: ids are unique, both languages (zh and en) are present, every line
has the fields of the format, conversations are numbered 0, 1, ... in one language, every gold SQL runs
and returns rows, and top-N cut-offs have no ties.

.venv/bin/python bench/eval_sets/check_sets.py
"""

import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

from shared.cli.evalharness import gold_database, load_questions

HERE = Path(__file__).resolve().parent
LIMIT = re.compile(r"\s+LIMIT\s+(\d+)\s*$", re.IGNORECASE)
FIELDS = (
    "id",
    "source",
    "question",
    "lang",
    "gold_sql",
    "ordered",
    "compare",
    "conversation",
    "turn",
    "tags",
)
LANGS = ("zh", "en")


def set_dirs() -> list[Path]:
    """Every question set under this folder (a folder holding questions.jsonl, at any depth)."""
    return sorted(path.parent for path in HERE.rglob("questions.jsonl"))


def format_problems(items: list[dict]) -> list[str]:
    """Problems of the lines themselves, before any SQL runs."""
    problems = []
    for item_id, count in Counter(item.get("id") for item in items).items():
        if count > 1:
            problems.append(f"{item_id}: id used {count} times")
    for item in items:
        missing = [name for name in FIELDS if name not in item]
        if missing:
            problems.append(f"{item.get('id')}: missing {', '.join(missing)}")
        elif item["lang"] not in LANGS:
            problems.append(f"{item['id']}: lang {item['lang']!r} is neither zh nor en")
        elif not item["gold_sql"] and "unanswerable" not in item["tags"]:
            problems.append(f"{item['id']}: no gold_sql and not tagged unanswerable")
    languages = Counter(item.get("lang") for item in items)
    problems += [f"no question in {lang}" for lang in LANGS if not languages[lang]]
    turns: dict[str, list[dict]] = defaultdict(list)
    for item in items:
        if item.get("conversation"):
            turns[item["conversation"]].append(item)
    for conversation, lines in turns.items():
        if sorted(line["turn"] for line in lines) != list(range(len(lines))):
            problems.append(f"conversation {conversation}: turns are not 0..{len(lines) - 1}")
        if len({line["lang"] for line in lines}) > 1 or len({line["source"] for line in lines}) > 1:
            problems.append(f"conversation {conversation}: mixes languages or sources")
    return problems


def problems_of(set_dir: Path) -> list[str]:
    """What is wrong with one set (empty list when nothing)."""
    items = load_questions(set_dir)
    problems = format_problems(items)
    databases = {}
    for item in items:
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
    for set_dir in set_dirs():
        problems = problems_of(set_dir)
        print(f"{set_dir.relative_to(HERE)}: {'ok' if not problems else len(problems)} ")
        for problem in problems:
            print("   ", problem)
        failed = failed or bool(problems)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
