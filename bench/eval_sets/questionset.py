"""Write a question set's files: questions.jsonl (format of shared/eval/README.md) from compact
tuples, and the SQLite databases its questions read.

A question is `(source, question, lang, gold_sql, tags[, ordered, compare, conversation, turn])`;
single-source sets leave `source` out and pass it once.
"""

from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Sequence
from pathlib import Path
from typing import Any

DEFAULTS = [False, None, None, 0]  # ordered, compare, conversation, turn


def write_questions(
    folder: str | Path, prefix: str, questions: Sequence[Sequence[Any]], source: str | None = None
):
    with open(Path(folder) / "questions.jsonl", "w", encoding="utf-8") as file:
        for number, spec in enumerate(questions, 1):
            fields = [source, *spec] if source is not None else list(spec)
            src, question, lang, gold, tags, *rest = fields
            ordered, compare, conversation, turn = (list(rest) + DEFAULTS[len(rest) :])[:4]
            line = {
                "id": f"{prefix}-{number:03d}",
                "source": src,
                "question": question,
                "lang": lang,
                "gold_sql": gold,
                "ordered": ordered,
                "compare": compare,
                "conversation": conversation,
                "turn": turn,
                "tags": tags,
            }
            file.write(json.dumps(line, ensure_ascii=False) + "\n")


def bilingual_questions(
    pairs: Sequence[Sequence[Any]],
    conversations: Sequence[Sequence[Any]],
    unanswerable: Sequence[Sequence[str]],
) -> list[tuple[Any, ...]]:
    """Question tuples from `(en, zh, gold_sql, tags[, ordered, compare])` pairs (the zh one also tagged
    cross_lingual), conversation turns as given, and `(en, zh)` questions the data cannot answer."""
    out: list[tuple[Any, ...]] = []
    for en, zh, gold, tags, *rest in pairs:
        ordered, compare = (list(rest) + [False, None][len(rest) :])[:2]
        out.append((en, "en", gold, tags, ordered, compare))
        out.append((zh, "zh", gold, [*tags, "cross_lingual"], ordered, compare))
    out.extend(tuple(turn) for turn in conversations)
    for en, zh in unanswerable:
        out.append((en, "en", "", ["unanswerable"]))
        out.append((zh, "zh", "", ["unanswerable"]))
    return out


def write_paired_questions(folder: str | Path, prefix: str, by_source: dict[str, Sequence[Sequence[Any]]]):
    """Spider style: each `(english, chinese, gold_sql, tags[, ordered, compare])` asked in both languages."""
    number = 0
    with open(Path(folder) / "questions.jsonl", "w", encoding="utf-8") as file:
        for source, items in by_source.items():
            for spec in items:
                number += 1
                en, zh, gold, tags, *rest = spec
                ordered, compare = (list(rest) + [False, None][len(rest) :])[:2]
                for lang, question in (("en", en), ("zh", zh)):
                    line = {
                        "id": f"{prefix}-{number:03d}-{lang}",
                        "source": source,
                        "question": question,
                        "lang": lang,
                        "gold_sql": gold,
                        "ordered": bool(ordered),
                        "compare": compare,
                        "conversation": None,
                        "turn": 0,
                        "tags": tags + (["cross_lingual"] if lang == "zh" else []),
                    }
                    file.write(json.dumps(line, ensure_ascii=False) + "\n")


def write_sqlite(path: str | Path, ddl: str, rows_by_table: dict[str, Sequence[Sequence[Any]]]) -> None:
    """(Re)create one database file from DDL and rows."""
    if os.path.exists(path):
        os.remove(path)
    conn = sqlite3.connect(path)
    conn.executescript(ddl)
    for table, rows in rows_by_table.items():
        if rows:
            marks = ",".join("?" * len(rows[0]))
            conn.executemany(f"INSERT INTO {table} VALUES ({marks})", rows)
    conn.commit()
    conn.close()
