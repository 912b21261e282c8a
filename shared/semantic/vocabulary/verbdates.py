"""A Chinese verb names the date column called by its English verb: 结束 "to end" over `end_date`,
开始 "to start" over `start_date`, 发货 "to ship" over `ship_date`. English reads "polls that ended in
May" through the name's first word (end, a partial link); Chinese says the same with the verb, which the
index cannot hold (CC-CEDICT lists a dozen Chinese words under "end", not 结束)."""

from __future__ import annotations

import re

from shared.semantic.vocabulary import bilingual
from shared.semantic.vocabulary.linktypes import Link, SchemaIndex

VERB_DATE_SCORE = 0.7  # above the English first word's partial link (0.6): the verb says which date
GLOSSES_TRIED = 6


def verb_dates(word: str, index: SchemaIndex) -> list[Link]:
    """The one time column whose name is a verb of the word's glosses ("to end") and a time word after
    it (end_date, end time); none when several fit."""
    verbs = set()
    for sense in bilingual.senses(word)[:GLOSSES_TRIED]:
        for gloss in sense.split(";"):
            g = re.sub(r"\([^)]*\)", "", gloss).strip().lower()
            if g.startswith("to ") and len(g.split()) == 2:
                verbs.add(g.split()[1])
    found = [
        Link("column", t.name, c.name, score=VERB_DATE_SCORE)
        for t in index.tables.values()
        for c in t.columns.values()
        if c.role == "time" and len(c.words) == 2 and c.words[0] in verbs
    ]
    return found if len(found) == 1 else []
