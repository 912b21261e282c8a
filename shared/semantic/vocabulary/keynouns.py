"""The nouns the index links to a table as words for its rows (besides its name, linking.py).

Any table's (ROW_NOUNS: records, 订单), weakly; and the noun of a table's own key: employee_id, one value a
row, says each row is an employee, so "employees" / 员工 name the rows of a table whose name says something
else (a survey, a snapshot). Without it the plural noun reads as the key column (more than 400 employees:
employee_id > 400). The parser's list of nouns for any table's rows is parsecommon.ROW_NOUNS."""

from __future__ import annotations

import re
from collections.abc import Callable

from shared.semantic.vocabulary import bilingual, lexicon
from shared.semantic.vocabulary.linktypes import ColumnInfo
from shared.semantic.vocabulary.segment import CJK_RE, lemma, phrase_key, split_identifier
from shared.semantic.vocabulary.translation import dictionary_translations

KEY_WORDS = ("id", "number", "no")  # a code or key labels a kind (production_code), not one thing
ZH_KEY_WORDS = ("编号",)
# Words for "a row of whatever this table holds": 销售金额超过1000元的订单数 counts the sales table's rows.
ROW_NOUNS: tuple[str, ...] = ("记录", "订单", "交易", "条目", "数据", "明细", "单", "事件")
ROW_NOUNS += (
    "record",
    "row",
    "entry",
    "transaction",
    "result",
    "item",
    "observation",
    "measurement",
    "reading",
)
ROW_NOUN_SCORE = 0.5
# A key named for "a row" and no kind of thing (record_id, line_no) gives no noun of the table's own.
# Narrower than ROW_NOUNS on purpose: transaction_id / 订单编号 does say what the rows are, and its noun
# links at KEY_NOUN_SCALE, surer than ROW_NOUN_SCORE.
BARE_ROW_WORDS = frozenset({"record", "row", "entry", "item", "line", "记录"})
KEY_NOUN_SCALE = 0.9  # one row one key value: the noun names the rows as surely as a synonym


def key_noun(cols: dict[str, ColumnInfo], table_words: set[str], keys: set[str] | None = None) -> str | None:
    """The noun of the one key that holds a distinct value in every row (employee_id -> employee;
    员工编号 -> 员工), unless the table's name already says it (StuID over Student: a cut of it), a
    column is called by it, or the key points at another table (`keys`: its foreign-key columns)."""
    nouns = [
        n
        for c in cols.values()
        if c.role == "id" and c.unique and c.name not in (keys or set()) and (n := _noun_of(c.name))
    ]
    if len(nouns) != 1:
        return None  # no key, or two (a row keyed twice says no one noun)
    noun = nouns[0]
    said = {w.replace(" ", "").lower() for w in table_words}
    cut = any(w.startswith(noun) or noun.startswith(w) for w in said if w)
    if noun in cols or noun in BARE_ROW_WORDS or cut:
        return None
    return noun


def _noun_of(name: str) -> str | None:
    if CJK_RE.search(name):
        head = next((name[: -len(s)] for s in ZH_KEY_WORDS if name.endswith(s)), "")
        return head if len(head) >= 2 and CJK_RE.fullmatch(head[0]) else None
    words = [w.lower() for w in split_identifier(name)]
    if len(words) != 2 or words[1] not in KEY_WORDS or not words[0].isalpha() or len(words[0]) < 3:
        return None
    return lemma(words[0])


AGENT_SCALE = 0.85  # job applicants for job_applications: who makes each row, as sure as a synonym's word
AGENT_ENDING = ("ation", "ant")  # application -> applicant, registration -> registrant, consultation


def agent_aliases(aliases: dict[str, float]) -> dict[str, float]:
    """A table named for an act (job_applications, registrations) is also named by the one who acts:
    "job applicant", "applicant" (each row one applicant's act, counted as the rows)."""
    noun, agent = AGENT_ENDING
    out: dict[str, float] = {}
    for key, score in aliases.items():
        words = key.split()
        if not key.isascii() or not words or not words[-1].endswith(noun) or len(words[-1]) < 2 * len(noun):
            continue
        said = " ".join([*words[:-1], words[-1][: -len(noun)] + agent])
        out[said] = max(out.get(said, 0.0), score * AGENT_SCALE if len(words) > 1 else score)
    return out


ATTRIBUTE_SCORE = 0.8
ATTRIBUTE_GLOSS_SCORE = 0.75


def attributes_of_rows(rows_noun: str | None, columns: list[str]) -> list[tuple[str, str, float]]:
    """A Chinese header opening on the rows' own noun (简历质量 where each row is a 简历, its key 简历编号) is
    also named by the rest (质量, "quality"): 高质量简历 says the rows and their attribute apart. Only a rest
    of two characters or more that no other header ends on."""
    if not rows_noun or not CJK_RE.search(rows_noun):
        return []
    rests = {
        c: c[len(rows_noun) :] for c in columns if c.startswith(rows_noun) and len(c) >= len(rows_noun) + 2
    }
    out = []
    for column, rest in rests.items():
        if rest in ZH_KEY_WORDS or not CJK_RE.fullmatch(rest[0]):
            continue  # 简历编号: the key itself
        if any(o != column and o.endswith(rest) for o in columns):
            continue
        out.append((phrase_key(rest), column, ATTRIBUTE_SCORE))
        out.extend((g, column, ATTRIBUTE_GLOSS_SCORE) for g in dictionary_translations(phrase_key(rest))[:1])
    return out


TABLE_CONCEPT_SCORE = 0.9  # as sure as a table name's translation


def table_concept_words(content: list[str]) -> list[str]:
    """The keys of the lexicon's table concepts a table's name words belong to (sale → 成 交, deal)."""
    out: list[str] = []
    for line in lexicon.TABLE_CONCEPTS.splitlines():
        keys = [phrase_key(w) for w in line.split("|")]
        if any(bilingual.base(w) in keys or w in keys for w in content):
            out.extend(k for k in keys if k and k not in content)
    return out


SENSE_SYNONYM_SCALE = 0.85  # game for match: one sense, two words; a little less sure than the key's own noun
_SENSE_PARTS_MAX = 3  # "(ball sports) game; match": a short list of alternatives, not a description


def sense_synonyms(noun: str) -> list[str]:
    """English nouns CC-CEDICT gives as alternatives of one sense with this one (球赛 "(ball sports) game;
    match": game for match). Two words that translate one sense alike name the same thing: the rows'
    noun said with the other word. Words only: a sense of long descriptions says nothing of synonyms."""
    if not noun.isascii() or not noun.isalpha():
        return []
    glosses = bilingual.raw_glosses()
    out: list[str] = []
    for zh in bilingual.chinese_for(noun):
        for sense in (glosses.get(zh) or "").split("/"):
            parts = [_PAREN_RE.sub("", p).strip().lower() for p in sense.split(";")]
            if noun not in parts or len(parts) > _SENSE_PARTS_MAX:
                continue
            out.extend(p for p in parts if p != noun and p.isalpha() and p not in out)
    return out


def rows_noun_aliases(
    noun: str | None, aliases: Callable[[str, set[str], list[str]], dict[str, float]]
) -> list[tuple[str, float]]:
    """The phrases naming the rows by their key's noun (`aliases`: linking.name_aliases), then by its
    sense synonyms, a little less surely."""
    if not noun:
        return []
    out = list(aliases(noun, set(), []).items())
    for other in sense_synonyms(noun):
        out.extend((said, score * SENSE_SYNONYM_SCALE) for said, score in aliases(other, set(), []).items())
    return out


_PAREN_RE = re.compile(r"\([^)]*\)")
