"""Readings that look complete but leave out something the question said ("tf" round).

Each function reads the parse after the reading is finished and says whether a said thing (an average
over groups that each hold one row, a number, a rate, two compared values) was left out or misplaced, so
the answer would look right and be wrong: the caller lowers confidence and the engine asks back.
"""

from __future__ import annotations

import re
from itertools import combinations
from typing import TYPE_CHECKING

from shared.ask.engines.rules.intent import Intent
from shared.ask.engines.rules.parsecommon import CLASSIFIERS, ROW_NOUNS, said_pattern, words
from shared.ask.engines.rules.wholedata import place_columns
from shared.semantic.vocabulary.linktypes import Grain, Item

if TYPE_CHECKING:
    from shared.ask.engines.rules.parse_base import ParserBase

WEAK_LINK = 0.7  # below: a word shared with a column's name (rate ~ unemployment_rate), not the name
_NUMBER_RE = re.compile(r"\d+(?:\.\d+)?")
BE_WORDS = frozenset(words("copulas", "be"))
_PER_WORDS = ("per",)  # 每 before a word not understood: joins_doubts (unread_per)
STRONG_LINK = 0.9  # the column's whole name (or its gloss), not a part of it


def aggregate_over_one_row_groups(parser: ParserBase, intent: Intent) -> bool:
    """各部门2020年的平均预算 / average yearly budget of one office: the groups with the filters pin one row
    each (a panel's member and period), so an average said (or a total word the reading left unread) has
    nothing to aggregate inside a group. The person meant it across the groups, or the word is idle: the
    reading cannot tell which, so it asks. A ranking of the groups is no such reading (it compares them)."""
    table = parser.table
    if table is None or not intent.dimensions or intent.order or intent.limit:
        return False
    pinned = set(intent.dimensions) | {f.column for f in intent.filters if f.op == "=" and len(f.values) == 1}
    if not _pins_one_row(table.grain, pinned):
        return False
    said = any((it.tag("agg") or "").endswith("avg") for it in parser.items)
    averaged = said and any(m.agg == "avg" for m in intent.measures)  # not a default mean (a level's)
    unread_total = any(
        pos not in parser.ps.used and parser.kw_only(it, "agg") for pos, it in enumerate(parser.items)
    )
    return averaged or unread_total


def _pins_one_row(grain: Grain, pinned: set[str]) -> bool:
    """These columns, or two of them, pick one row (a further filter, a region over states, only narrows)."""
    pairs = combinations(sorted(pinned), 2)
    return grain.pins_a_row(pinned) or any(grain.pins_a_row(set(pair)) for pair in pairs)


def number_left_out(parser: ParserBase) -> bool:
    """a minimum age of 21 / 年龄为21的: a number the reading did not use (no filter, limit or time took
    it) restricts the rows in a way the answer silently drops. A number that only shares a column's name
    weakly (21 ~ deaths_21_24) is still a number. Only numbers written in digits: a Chinese numeral is as
    often part of a word (哪一天, 一共)."""
    written = parser.question.replace(",", "")
    for pos, it in enumerate(parser.items):
        if pos in parser.ps.used or it.kind not in ("num", "match"):
            continue
        text = it.text.replace(" ", "").replace(",", "")
        digits = _NUMBER_RE.fullmatch(text) is not None and text in written  # not 哪一天's 一
        if digits and (it.kind == "num" or _weakly_linked(parser, it)):
            return True
    return False


def other_extreme_left_out(parser: ParserBase) -> bool:
    """最早是哪一年，最晚是哪一年 / the highest and the lowest: both extremes asked, the reading ranks by
    one and leaves the other superlative unread, so half the question goes unanswered."""
    read: set[str] = set()
    unread: set[str] = set()
    for pos, it in enumerate(parser.items):
        tag = it.tag("sup") if it.kind == "match" else None
        if tag in ("sup:asc", "sup:desc"):
            (read if pos in parser.ps.used else unread).add(tag)
    return bool(unread - read) and bool(read)


def superlative_as_a_sort(parser: ParserBase, intent: Intent) -> bool:
    """坐过第一名 / the top one read as the sort of a listing by its labels (ORDER BY month, no LIMIT): the
    superlative picks a row or a rank, a sort of every group answers nothing of it."""
    if intent.limit or intent.having or not intent.order:
        return False
    if any(o[0] == "measure" for o in intent.order) or any(m.agg in ("max", "min") for m in intent.measures):
        return False  # ranked by a figure, or the superlative read as MAX / MIN (each year's lowest)
    return any(pos in parser.ps.used and parser.kw_only(it, "sup") for pos, it in enumerate(parser.items))


def whole_place_filtered(parser: ParserBase, intent: Intent) -> bool:
    """西部地区的麻疹病例占全国的比例 / the West's share of the national cases: the whole is every place, so
    the place named is the share's part; a reading that keeps it as a filter shares out something else
    inside that place alone."""
    assert parser.table is not None
    shared = intent.share or any(m.condition for m in intent.measures)
    places = set(place_columns(parser.table))
    if not shared or not any(f.column in places for f in intent.filters):
        return False
    return said_pattern(words("whole_place_words")).search(parser.question.lower()) is not None


def rate_left_out(parser: ParserBase, intent: Intent) -> bool:
    """the highest death rate per 1,000 people: a rate word the reading left unread (or linked only by a
    word shared with another rate column's name) while it measures a plain column: the rate asked for is
    no column, and the answer ranks or totals the count instead."""
    if any(m.expression or m.metric for m in intent.measures):
        return False
    for pos, it in enumerate(parser.items):
        if it.kind != "match" or not it.has("rate") or _strongly_linked(parser, it):
            continue
        if pos not in parser.ps.used:
            return True
        if _after_an_unread_word(parser, pos):
            return True  # 死亡率 with 死亡 not understood: the rate is that noun's, not unemployment_rate
    return False


def counted_noun_unread(parser: ParserBase, intent: Intent) -> bool:
    """销量最高的三个仓区: the N of a top-N counts the noun after it (a classifier between), which names
    a column or table; when no clause read that noun, the reading ranks some other thing N times."""
    if not intent.limit:
        return _rows_counted_past_their_noun(parser, intent)
    skip = CLASSIFIERS
    for pos, it in enumerate(parser.items):
        if it.kind != "num" or pos not in parser.ps.used or it.text.strip() != str(intent.limit):
            continue
        nxt = pos + 1
        while nxt < len(parser.items) and parser.items[nxt].text.replace(" ", "") in skip:
            nxt += 1
        noun = parser.items[nxt] if nxt < len(parser.items) else None
        if noun is not None and nxt not in parser.ps.used and _names_only_elsewhere(parser, noun):
            return True
    return _rows_counted_past_their_noun(parser, intent)


def _rows_counted_past_their_noun(parser: ParserBase, intent: Intent) -> bool:
    """How many users rated …: the noun a count word counts links only columns (not the table's rows) and
    no clause read it, while the reading counts rows: what was counted is not what was asked."""
    if [m.agg for m in intent.measures] != ["count"] or intent.measures[0].column:
        return False
    skip = CLASSIFIERS
    for pos, it in enumerate(parser.items):
        if pos not in parser.ps.used or not parser.kw_only(it, "count"):
            continue
        nxt = pos + 1
        while nxt < len(parser.items) and _bare(parser.items[nxt]) in skip:
            nxt += 1
        said = [_bare(parser.items[k]) for k in range(pos + 1, nxt)] + [_bare(it)[-1:]]
        if any(w in ROW_NOUNS for w in said):
            continue  # 多少条观测: the classifier counts rows, whatever the noun after it
        noun = parser.items[nxt] if nxt < len(parser.items) else None
        unread = noun is not None and nxt not in parser.ps.used and _counts_a_column(parser, noun)
        if unread and not _verb_dating_the_rows_next(parser, pos, nxt):
            return True
    return False


def _verb_dating_the_rows_next(parser: ParserBase, pos: int, nxt: int) -> bool:
    """How many homes were sold (the subject read): only "be" between the count word and a verb that dates
    the rows (calparts.verb_dating_rows): the rows are what was sold. A noun said between (how many guests
    inspected) is what is counted, and stays unread."""
    between = [parser.items[k].text.lower() for k in range(pos + 1, nxt)]
    return all(w in BE_WORDS for w in between) and parser.dates_rows(parser.items[nxt])


def _counts_a_column(parser: ParserBase, noun: Item) -> bool:
    """The counted noun links only columns, none naming the rows."""
    if noun.kind != "match" or noun.tags or not noun.links:
        return False
    return all(lk.kind == "column" for lk in noun.links) and not _links_a_row_name_column(parser, noun)


def _links_a_row_name_column(parser: ParserBase, noun: Item) -> bool:
    """The noun links a column whose values name each row (菜品, one dish a row:
    `ParserBase.row_name_columns`): counting it is counting the rows."""
    names = parser.row_name_columns()
    return any(lk.column in names for lk in noun.links)


def people_ranked_as_groups(parser: ParserBase, intent: Intent) -> bool:
    """时薪最高的4个人是做什么职业的 / the 4 people paid most: the N of a top-N counts people (rows), the
    reading ranks N groups of a column said elsewhere; unless the people are that column's (its word
    follows the number), the groups are not the people asked for."""
    if not intent.limit or not intent.dimensions:
        return False
    skip, people = CLASSIFIERS, set(words("person_nouns"))
    for pos, it in enumerate(parser.items):
        if it.kind != "num" or pos not in parser.ps.used or it.text.strip() != str(intent.limit):
            continue
        nxt, said = pos + 1, False
        while nxt < len(parser.items) and _bare(parser.items[nxt]) in skip | people:
            said = said or _bare(parser.items[nxt]) in people
            nxt += 1
        grouped = any(
            lk.kind == "column" and lk.column in intent.dimensions
            for k in range(pos + 1, min(nxt + 1, len(parser.items)))
            for lk in parser.items[k].links
        )
        if said and not grouped:
            return True
    return False


def asked_thing_left_out(parser: ParserBase, intent: Intent) -> bool:
    """which state and which year / which country and year / 哪个州: a thing asked for by "which" (or
    joined to one by "and") that names a column or table, read by no clause and none of its columns in the
    answer: the answer leaves out what was asked."""
    assert parser.table is not None
    read = _columns_read(intent) | {intent.time_column or ""}
    for pos, it in enumerate(parser.items):
        if it.kind != "match" or not it.has("which"):
            continue
        for nxt in _asked_nouns(parser, pos):
            noun = parser.items[nxt]
            links = [lk for lk in noun.links if lk.kind in ("column", "table")]
            rows = any(lk.kind == "table" and lk.table == parser.table.name for lk in links)
            if nxt in parser.ps.used or not links or rows or _head_read_after(parser, nxt):
                continue
            if not any(lk.kind == "column" and lk.column in read for lk in links):
                return True
    return False


def _head_read_after(parser: ParserBase, pos: int) -> bool:
    """which internet service type: the word at pos is a modifier of the noun right after it, and a
    clause read that noun (type: 服务类型), so the thing asked is in the answer."""
    head = parser.items[pos + 1] if pos + 1 < len(parser.items) else None
    return (
        head is not None
        and head.kind == "match"
        and pos + 1 in parser.ps.used
        and head.start == parser.items[pos].end
    )


def _asked_nouns(parser: ParserBase, pos: int) -> list[int]:
    """The noun after "which" at pos (past a classifier: 哪个州) and one joined to it by "and"."""
    skip = CLASSIFIERS | {"一"}
    found: list[int] = []
    nxt = pos + 1
    while nxt < len(parser.items) and len(found) < 2:
        while nxt < len(parser.items) and _bare(parser.items[nxt]) in skip:
            nxt += 1
        if nxt >= len(parser.items) or parser.items[nxt].kind != "match":
            break
        found.append(nxt)
        after = nxt + 1
        if after + 1 >= len(parser.items) or not parser.items[after].has("and"):
            break
        nxt = after + 1
    return found


def verb_of_most_unread(parser: ParserBase, intent: Intent) -> bool:
    """哪个月卖得最多 / 哪家店赚得最少: "V得最多" ranks by what the verb does (sold: the sales), a verb no
    clause read, while the reading ranks by a count of rows."""
    if not intent.order or not any(m.agg == "count" and not m.column for m in intent.measures):
        return False
    for pos, it in enumerate(parser.items[2:], start=2):
        if pos not in parser.ps.used or not it.has("sup"):
            continue
        de, verb = parser.items[pos - 1], parser.items[pos - 2]
        if _bare(de) == "得" and verb.kind == "word" and pos - 2 not in parser.ps.used:
            return True
    return False


def negated_grouping_read(parser: ParserBase, intent: Intent) -> bool:
    """不分年份 / 不按地区: a group word under a negation asks to pool across that column, the reading groups
    by it all the same (and what the pooled figure is per, 哪个月 of any year, it cannot tell)."""
    negations = set(words("group_negations"))
    for pos, it in enumerate(parser.items[1:-1], start=1):
        if not parser.kw_only(it, "group") or _bare(parser.items[pos - 1]) not in negations:
            continue
        noun = parser.items[pos + 1]
        if any(lk.kind == "column" and lk.column in intent.dimensions for lk in noun.links):
            return True
    return False


def _bare(it: Item) -> str:
    return it.text.replace(" ", "").lower()


def _names_only_elsewhere(parser: ParserBase, noun: Item) -> bool:
    """The noun links only columns of other tables (no table, nothing of the chosen one): a group the
    one-table reading cannot make."""
    assert parser.table is not None
    links = noun.links if noun.kind == "match" else []
    columns = [lk for lk in links if lk.kind == "column"]
    return bool(columns) and len(columns) == len(links) and all(lk.table != parser.table.name for lk in links)


def per_unknown_word(parser: ParserBase, intent: Intent) -> bool:
    """income per member: "per" right before a word no clause read asks a ratio over that noun (or a
    grouping by it); the reading leaves it out and answers the plain amount. A rate column the reading
    uses whose name holds the "per" (loads_per_head) answers it already."""
    read = _columns_read(intent)
    for pos, it in enumerate(parser.items[:-1]):
        if it.text.strip().lower() not in _PER_WORDS:
            continue  # (most words: no look at their links)
        nxt = parser.items[pos + 1]
        in_a_read_name = any(lk.kind == "column" and lk.column in read for lk in it.links)
        said = it.text.strip().lower() in _PER_WORDS and pos not in parser.ps.used and not in_a_read_name
        if (
            said
            and nxt.kind == "word"
            and pos + 1 not in parser.ps.used
            and nxt.text.isascii()
            and nxt.text.isalpha()
        ):
            return True
    return False


def key_shown_for_its_thing(parser: ParserBase, intent: Intent) -> bool:
    """哪个仓区 over a 仓区编号 column: a word that only partly names a column that is a declared key to
    another table asks the thing the key points to (its name there), not the code the reading lists as
    the whole answer."""
    # only the chosen table's links can be used columns here: `shown` holds its columns
    assert parser.table is not None
    table = parser.schema.table(parser.table.name)
    if table is None:
        return False
    keys = {fk.columns[0] for fk in table.foreign_keys if len(fk.columns) == 1}
    if len(intent.columns) != 1 or intent.measures or intent.dimensions:
        return False  # the code beside a figure, or grouped by: the figures stand and the code tells them
    shown = set(intent.columns) & keys
    for pos in parser.ps.used:
        links = parser.items[pos].links if pos < len(parser.items) else []
        if any(lk.kind == "table" for lk in links):
            continue  # the word names the other table too: a join plan lists that table's name
        if any(lk.kind == "column" and lk.column in shown and lk.score < STRONG_LINK for lk in links):
            return True
    return False


def relative_clause_unread(parser: ParserBase) -> bool:
    """the riders who own kayaks: a relative clause ("who" after the rows' noun) restricts the rows; when
    nothing after it was read and a word in it was not understood, the condition is silently dropped and
    the answer covers every row. A clause with any part read (who joined in 2020), or naming another
    table, is no such loss."""
    items = parser.items
    for pos, it in enumerate(items):
        if not pos or pos in parser.ps.used or not parser.kw_only(it, "who"):
            continue
        clause = [(k, x) for k, x in enumerate(items[pos + 1 :], pos + 1) if x.kind != "punct"]
        if any(k in parser.ps.used for k, _ in clause) or items[pos - 1].kind != "match":
            continue
        if any(lk.kind == "table" for _, x in clause for lk in x.links):
            continue  # dogs who went through a treatment: another table's rows, which a join relates
        if any(parser.unread_latin_word(x) for _, x in clause):
            return True
    return False


def each_as_pronoun(parser: ParserBase, intent: Intent) -> bool:
    """the price each fetched / the day each arrived: English "each" before a verb (a word with no noun
    reading) stands for the things named before it (each one), so it asks a value per row, not a
    grouping; a reading that groups took it as "each <noun>" and answers another question."""
    if parser.lang != "en" or not (intent.dimensions or intent.time_grain):
        return False
    for pos, it in enumerate(parser.items[:-1]):
        if pos and parser.kw_only(it, "each_resp") and _verb_only(parser.items[pos + 1].text):
            return True
    return False


def _verb_only(text: str) -> bool:
    """A single word lemminflect reads as a verb and never as a noun (arrived, fetched; not store)."""
    if not text.isalpha():
        return False
    from lemminflect import getAllLemmas  # lazy: heavy (lemminflect)

    lemmas = getAllLemmas(text.lower())
    return "VERB" in lemmas and "NOUN" not in lemmas


def flag_read_from_part_of_its_name(parser: ParserBase, intent: Intent) -> bool:
    """charges invoiced over an `email_invoicing` yes/no column: a flag set true by a word that only shares
    a piece of its name (weak link) drops the part that says which rows the flag marks (email), so the
    word more likely describes the amount than picks rows; the filter is a guess."""
    flags = {f.column for f in intent.filters if f.source == "bool"}
    for pos in parser.ps.used:
        links = parser.items[pos].links if pos < len(parser.items) else []
        strong = any(lk.kind == "column" and lk.column in flags and lk.score >= WEAK_LINK for lk in links)
        weak = not strong and any(lk.kind == "column" and lk.column in flags for lk in links)
        if weak and not _read_with_a_neighbour(parser, pos):
            return True
    return False


def _read_with_a_neighbour(parser: ParserBase, pos: int) -> bool:
    """incomplete clutches over clutch_completion: a bare word beside it was read too (the flag's other
    half, negated), so the flag was read from both words, not from a piece of its name."""
    near = (pos - 1, pos + 1)
    return any(
        k in parser.ps.used and 0 <= k < len(parser.items) and parser.items[k].kind == "word" for k in near
    )


def neighbour_names_another_amount(parser: ParserBase, intent: Intent) -> bool:
    """average crate weight: a word read as a column by a part of its name, right beside an unread word
    that names another numeric column as weakly; the two words are one noun, and which column it names
    the reading cannot tell."""
    assert parser.table is not None
    read = {m.column for m in intent.measures if m.column and m.agg in ("avg", "sum")}
    if not read:
        return False  # no average or total of a column: nothing another amount could be
    for pos in sorted(parser.ps.used):
        weak = _weak_columns(parser, pos) & read
        head = pos + 1  # an English compound: the head noun follows its modifier
        if (
            weak
            and head < len(parser.items)
            and head not in parser.ps.used
            and parser.items[head].text.isascii()
            and _weak_columns(parser, head) - weak
        ):
            return True
    return False


def _weak_columns(parser: ParserBase, pos: int) -> set[str]:
    """Numeric columns of the chosen table the item at pos names only by a part of their name."""
    assert parser.table is not None
    it = parser.items[pos] if pos < len(parser.items) else None
    if it is None or it.kind != "match":
        return set()
    found = set()
    for lk in it.links:
        info = parser.table.columns.get(str(lk.column)) if lk.kind == "column" else None
        if info is not None and lk.table == parser.table.name and info.numeric and lk.score < STRONG_LINK:
            found.add(str(lk.column))
    return found


def _columns_read(intent: Intent) -> set[str]:
    """Every column the reading measures, groups, filters, orders or lists."""
    named = {m.column for m in intent.measures} | {f.column for f in intent.filters}
    named |= {str(o[1]) for o in intent.order if o[0] == "column"}
    return {c for c in named | set(intent.dimensions) | set(intent.columns) if c}


def compared_values_summed(parser: ParserBase, intent: Intent) -> bool:
    """A比B多多少 / how many more in A than in B: a comparison word left unread between two values of one
    column the reading put in one filter answers their total, not their difference."""
    for pos, it in enumerate(parser.items):
        if it.kind != "match" or not it.has("cmp:gt", "cmp:lt") or pos in parser.ps.used:
            continue
        before = _value_columns(parser, parser.items[:pos])
        after = _value_columns(parser, parser.items[pos + 1 :])
        shared = before & after
        if any(f.column in shared and len(f.values) >= 2 for f in intent.filters):
            return True
    return False


def _value_columns(parser: ParserBase, items: list[Item]) -> set[str]:
    assert parser.table is not None
    return {
        str(lk.column)
        for it in items
        for lk in it.links
        if lk.kind == "value" and lk.table == parser.table.name and lk.column
    }


def _after_an_unread_word(parser: ParserBase, pos: int) -> bool:
    """The item right before pos is a word no clause read (a piece of a word not understood)."""
    prev = parser.items[pos - 1] if pos > 0 else None
    unread = prev is not None and prev.kind == "word" and pos - 1 not in parser.ps.used
    return unread and prev is not None and prev.text != "的"


def _weakly_linked(parser: ParserBase, it: Item) -> bool:
    return not _strongly_linked(parser, it)


def _strongly_linked(parser: ParserBase, it: Item) -> bool:
    assert parser.table is not None
    return any(lk.table == parser.table.name and lk.score >= WEAK_LINK for lk in it.links)
