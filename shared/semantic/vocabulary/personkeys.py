"""A Chinese key header X编号 whose X ends on a character the dictionary glosses as a person (受检者编号:
者 "(after a noun) person involved in ...") numbers people: one value per person, repeated over the rows
the person has (tests, visits). Such a header is also named by the dictionary's English for 人 ("person",
"people"), so "how many different people" counts its distinct values, when the dictionary lacks X itself
(a word it holds, 患者 "patient", names the column by its own gloss)."""

from __future__ import annotations

import re

from shared.semantic.vocabulary import bilingual
from shared.semantic.vocabulary.segment import CJK_RE

KEY_SUFFIX = "编号"
PERSON = "人"
PERSON_KEY_SCORE = 0.8
_PERSON_RE = re.compile(r"\bperson\b")


def person_key_aliases(name: str) -> dict[str, float]:
    """ "person" / "people" for a person-numbering header X编号 with X an unlisted word on a person suffix."""
    head = name[: -len(KEY_SUFFIX)] if name.endswith(KEY_SUFFIX) else ""
    if len(head) < 2 or not all(CJK_RE.fullmatch(c) for c in head) or bilingual.senses(head):
        return {}
    if not any(_PERSON_RE.search(s) for s in bilingual.senses(head[-1])):
        return {}
    return dict.fromkeys(bilingual.english_for(PERSON), PERSON_KEY_SCORE)


def people_said_of_a_person_key(question: str, columns: list[str]) -> bool:
    """The question names people by a person key's generic word (people, person): a word left unread
    beside it most likely says which people (vaccinated, tested more than once), not noise."""
    said = {w for c in columns for w in person_key_aliases(c)}
    return bool(said) and any(re.search(rf"\b{w}\b", question.lower()) for w in said)
