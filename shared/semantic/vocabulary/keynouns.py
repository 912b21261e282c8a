"""The nouns the index links to a table as words for its rows (besides its name, linking.py).

Any table's (ROW_NOUNS: records, 订单), weakly; and the noun of a table's own key: employee_id, one value a
row, says each row is an employee, so "employees" / 员工 name the rows of a table whose name says something
else (a survey, a snapshot). Without it the plural noun reads as the key column (more than 400 employees:
employee_id > 400). The parser's list of nouns for any table's rows is parsecommon.ROW_NOUNS."""

from __future__ import annotations

from shared.semantic.vocabulary.linktypes import ColumnInfo
from shared.semantic.vocabulary.segment import CJK_RE, lemma, split_identifier

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
