"""A difference asked and not computed: 2018年比2017年多登记了多少只 / how many more pets in 2018 than in
2017 asks one number, the gap between the two sides; an answer listing each side's figure (two rows, or two
columns) leaves the subtraction undone and answers another question.
"""

from __future__ import annotations

import re

ZH_DIFFERENCE = re.compile(r"比.{1,20}?(?:多|少)\S{0,12}?(?:多少|几)")
EN_DIFFERENCE = re.compile(r"\bhow (?:many|much) (?:more|fewer|less)\b.{1,80}?\bthan\b", re.IGNORECASE)
SUBTRACTION = re.compile(r"[\w\")]\s+-\s+[\w\"(]")


def difference_unread(question: str, sql: str | None) -> bool:
    """The question asks how many more (or fewer) one side has than the other, and the SQL subtracts
    nothing."""
    if not sql:
        return False
    asked = ZH_DIFFERENCE.search(question) or EN_DIFFERENCE.search(question)
    return bool(asked) and not SUBTRACTION.search(sql)
