"""The parser's shared reading helpers: items, links, columns, the chosen table, neighbours."""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from shared.ask.engines.rules import reading, thingnames
from shared.ask.engines.rules.calparts import verb_dating_rows
from shared.ask.engines.rules.intent import Intent, Measure
from shared.ask.engines.rules.measurecounts import measure_counts
from shared.ask.engines.rules.numberunits import number_units
from shared.ask.engines.rules.parsecommon import (
    BREAKDOWN_VERBS,
    COMPARE_WORDS,
    FUNCTION_WORDS,
    GENERIC_NOUNS,
    HEADCOUNT_WORDS,
    TABLE_TIE_DOUBT,
    TOTAL_SUFFIXES,
    ZH_STOP,
    is_additive,
    said_keys,
)
from shared.ask.engines.rules.parsestate import ParseState
from shared.ask.engines.rules.thingnames import thing_name_column
from shared.ask.engines.rules.unread_runs import content_runs, extends_run
from shared.ask.engines.rules.value_glosses import value_glosses_dropped
from shared.semantic.schema import Schema, SemanticLayer
from shared.semantic.vocabulary.derived import noun_of_superlative, table_header_units
from shared.semantic.vocabulary.flagheaders import flag_core, flag_object_names
from shared.semantic.vocabulary.linking import (
    STOP_WORDS,
    ColumnInfo,
    Item,
    Link,
    TableIndex,
    index_for,
)
from shared.semantic.vocabulary.segment import CJK_RE, detect_lang, phrase_key
from shared.semantic.vocabulary.translation import implied_map


def _glossed_by_parentheses(items: list[Item]) -> list[Item]:
    """A Chinese word no clause can read, followed by its name in parentheses, is that name:
    油耗（每加仑英里数） is the mpg column, 托格森岛（Torgersen） the island 'Torgersen'. The word (and the
    brackets) give way to what the brackets hold; a noun between the word and the brackets (岛) stays."""
    if not any(it.text == "(" for it in items):
        return items  # nothing in brackets (most questions): no pass over every item
    out: list[Item] = []
    k = 0
    while k < len(items):
        found = _named_in_brackets(items, k)
        pinned = _pinned_by_parentheses(items, k) if found is None else []
        if found is not None:
            out.extend(found[0])
            k = found[1]
        elif pinned:
            out.extend(pinned)
            k += len(pinned) + 3
        else:
            out.append(items[k])
            k += 1
    return out


def _named_in_brackets(items: list[Item], k: int) -> tuple[list[Item], int] | None:
    """Unread Chinese characters from k (and a column noun), then brackets holding something linked and no
    unread Chinese word: what the brackets hold (and the noun), and where the reading goes on."""
    j = k
    while j < len(items) and _unread_cjk(items[j]):
        j += 1
    noun = items[j] if j < len(items) and _plain_noun(items[j]) else None
    opening = j + (noun is not None)
    close = next((c for c in range(opening + 1, min(opening + 8, len(items))) if items[c].text == ")"), None)
    inside = items[opening + 1 : close] if close is not None else []
    if (
        j - k >= 2
        and close is not None
        and items[opening].text == "("
        and any(it.links for it in inside)
        and not any(_unread_cjk(it) and it.text not in ZH_STOP for it in inside)
    ):
        return [*inside, *([noun] if noun is not None else [])], close + 1
    return None


def _pinned_by_parentheses(items: list[Item], k: int) -> list[Item]:
    """A word read as stored values, followed by brackets holding one of that column's values written as
    stored: 海鸥（GULLS） is 'GULLS', not also 'MEW GULL' the word's translation reaches. The brackets pin the
    value; the word gives way to them (what the brackets hold, when they hold nothing else)."""
    word = items[k]
    values = {lk.column for lk in word.links if lk.kind == "value"}
    if word.kind != "match" or word.tags or not values or not CJK_RE.search(word.text):
        return []
    if k + 3 >= len(items) or items[k + 1].text != "(" or items[k + 3].text != ")":
        return []
    inside = items[k + 2]
    held = [lk for lk in inside.links if lk.kind == "value" and lk.column in values and lk.score >= 0.95]
    return [inside] if inside.kind == "match" and held else []


def _unread_cjk(it: Item) -> bool:
    return it.kind == "word" and it.text != "的" and bool(CJK_RE.fullmatch(it.text))


def _plain_noun(it: Item) -> bool:
    return it.kind == "match" and not it.tags and any(lk.kind == "column" for lk in it.links)


CURRENCY_SIGNS = frozenset("$€£¥")  # a sign before its number: no break in the clause


class ParserBase:
    """The parser's shared reading helpers: items, links, columns, the chosen table, neighbours."""

    def __init__(
        self,
        question: str,
        schema: Schema,
        semantic: SemanticLayer | None,
        today: date,
        state: dict[str, Any] | None,
    ) -> None:
        self.question = question
        self.lang = detect_lang(question)
        self.index = index_for(schema, semantic)
        self.text, self.units, self.spans, self.items = reading.read(question, self.index)
        self.schema = schema
        self.semantic = semantic
        self.today = today
        self.state = state
        self.items = value_glosses_dropped(_glossed_by_parentheses(number_units(self.items)))
        self.items = measure_counts(self.items, self.index)  # calorie count: the calories
        self.ps = ParseState()
        self.table: TableIndex | None = None
        self.intent: Intent | None = None
        # over a joined view: the columns that come from the joined tables, not the fact (joins.py)
        self.joined_columns: frozenset[str] = frozenset()
        self.subject_amount = False  # a word of the data's subject read as its rows' amount (subject.py)
        self.subject_starts: frozenset[int] = frozenset()  # units where a dropped subject word stood

    def col(self, item: Item, prefer: str | None = None) -> ColumnInfo | None:
        """The best column of the chosen table an item names (None for values/tables)."""
        assert self.table is not None
        best: tuple[float, ColumnInfo] | None = None
        for lk in item.links:
            if lk.kind != "column" or lk.table != self.table.name or lk.column is None:
                continue
            info = self.table.columns.get(lk.column)
            if info is None:
                continue
            score = lk.score + _preference(info, prefer) + self._told_apart(item, lk.column, lk.score)
            if best is None or score > best[0] + 1e-9:
                best = (score, info)
        return best[1] if best else None

    def _told_apart(self, item: Item, column: str, score: float) -> float:
        """A weak link's bonus from the rest of the question: another word naming the column ("age of the
        losers": loser_age, since "loser" also names it), or an adjective's noun ("a bill deeper than 19
        mm": bill_depth_mm of the bill_* columns)."""
        if score >= 0.9:
            return 0.0
        return 0.05 * self._named_elsewhere(item, column) + 0.02 * self._implied_by_an_adjective(column)

    def _named_elsewhere(self, item: Item, column: str) -> bool:
        """Another word of the question also links this column: partial-name words disambiguate each other."""
        if self.ps.column_mentions is None:
            mentions: dict[str, set[int]] = {}
            for other in self.items:
                for lk in other.links:
                    if lk.kind == "column" and lk.column:
                        mentions.setdefault(lk.column, set()).add(id(other))
            self.ps.column_mentions = mentions
        return bool(self.ps.column_mentions.get(column, set()) - {id(item)})

    def _implied_by_an_adjective(self, column: str) -> bool:
        if self.ps.adjective_columns is None:
            self.ps.adjective_columns = set().union(*(self._implied_names(it) for it in self.items))
        return column in self.ps.adjective_columns

    def _implied_names(self, item: Item) -> set[str]:
        """The columns an adjective's noun names (deeper / deepest -> the depth columns): "a bill deeper
        than 19 mm" picks bill_depth_mm of the bill_* columns the noun names alike."""
        assert self.table is not None
        if item.kind != "match" or not item.text.isascii():
            return set()
        out: set[str] = set()
        word = item.text.removesuffix(" than")  # deeper than 19 mm: the comparative's own noun
        for concept in implied_map().get(word, ()):
            for lk in self.index.phrases.get(phrase_key(concept), ()):
                if lk.kind == "column" and lk.table == self.table.name and lk.column and lk.score >= 0.55:
                    out.add(lk.column)
        return out

    def col_link(self, item: Item) -> Link | None:
        assert self.table is not None
        links = [lk for lk in item.links if lk.kind == "column" and lk.table == self.table.name]
        return max(links, key=lambda lk: lk.score) if links else None

    def headcount_of_measure(self, pos: int) -> bool:
        """就业人数 / 在册人数: a headcount word right after a numeric measure's name is that measure's noun
        (the number of people employed, which the measure holds), not a second count of the rows."""
        if pos == 0 or self.items[pos].text.replace(" ", "") not in HEADCOUNT_WORDS:
            return False
        return self.headcount_of_measure_at(pos - 1)

    def measure_totalled_before(self, j: int) -> int | None:
        """就业人数 / 就业总人数 / 就业总数 at j: the position of the numeric measure whose people or total
        the words at j say, else None."""
        text = self.items[j].text.replace(" ", "")
        if text in HEADCOUNT_WORDS and j >= 2 and self.items[j - 1].text == "总":
            return j - 2 if self.headcount_of_measure_at(j - 2) else None
        if (text in HEADCOUNT_WORDS or text in TOTAL_SUFFIXES) and j >= 1:
            return j - 1 if self.headcount_of_measure_at(j - 1) else None
        return None

    def headcount_of_measure_at(self, j: int) -> bool:
        """The item at j names a numeric measure (not the table's own noun)."""
        before = self.items[j]
        c = (
            self.col(before, prefer="numeric")
            if before.kind == "match" and not self.is_table(before)
            else None
        )
        return c is not None and c.numeric and c.role == "measure"

    def is_table(self, item: Item) -> bool:
        assert self.table is not None
        name = self.table.name  # asked of every item by many clauses, over items of many links
        tl = [lk.score for lk in item.links if lk.kind == "table" and lk.table == name]
        if not tl:
            return False
        cl = [lk for lk in item.links if lk.kind == "column" and lk.table == name]
        if not cl:
            return True
        best = max(cl, key=lambda lk: lk.score)
        if max(tl) > best.score:
            return True
        # "revenue" in a table named sales: an equally good amount column is what is meant
        info = self.table.columns.get(best.column or "")
        return max(tl) >= best.score and not (info is not None and info.role == "measure")

    def repeated_entity(self, item: Item) -> ColumnInfo | None:
        """The table's noun that also names a column whose values repeat (country in a table of
        country-years): the things are that column's distinct values, not the rows."""
        assert self.table is not None
        if not self.is_table(item):
            return None
        c = self.col(item)
        link = self.col_link(item)
        if c is None or link is None:  # "storms" over a column 风暴名称: its names (thingnames.py)
            c = thing_name_column(self.table, item)
        elif link.score < 0.85 or c.unique or c.numeric:
            return None
        if c is None:
            return None
        rows = self.table.row_count
        if c.role not in ("dimension", "text") or not rows or not c.distinct or c.distinct > rows * 0.9:
            return None
        return None if self._keyed_by_its_own_id() else c

    def _keyed_by_its_own_id(self) -> bool:
        """A unique identifier named after the table (物种.物种代码, species.species_id): each row is one
        of the things, so its noun counts rows, not a repeating column's values (the epithet 种)."""
        assert self.table is not None
        name = self.table.name.lower()
        stems = {name, name.rstrip("s"), name[:-3] + "y" if name.endswith("ies") else name}
        return any(
            c.role == "id"
            and c.unique
            and any(c.name.lower().startswith(s) and c.name.lower() != s for s in stems)
            for c in self.table.columns.values()
        )

    def values(self, item: Item) -> list[Link]:
        assert self.table is not None
        return [lk for lk in item.links if lk.kind == "value" and lk.table == self.table.name]

    def value_adjunct(self, pos: int) -> bool:
        """(en) A stored value used as a noun adjunct right before a numeric column's word: Brent crude in
        "the highest Brent crude price" filters the rows whose price is ranked, it is not ranked itself."""
        it = self.items[pos]
        if self.lang != "en" or it.kind != "match" or not it.links or self.table is None:
            return False
        if any(lk.kind != "value" for lk in it.links) or not self.values(it):
            return False
        nxt = pos + 1 if pos + 1 < len(self.items) else None
        c = self.col(self.items[nxt], prefer="numeric") if nxt is not None else None
        return c is not None and c.numeric and c.role == "measure"

    def past_value_adjunct(self, j: int | None) -> int | None:
        """The position after a value used as a noun adjunct at j (Brent crude price: the price), else j."""
        return self.next_content(j) if j is not None and self.value_adjunct(j) else j

    def is_filler(self, item: Item) -> bool:
        if item.kind == "word":
            return item.text in STOP_WORDS or (len(item.text) == 1 and item.text in ZH_STOP)
        return False

    def next_content(self, pos: int, skip_tags: tuple[str, ...] = (), limit: int = 4) -> int | None:
        """Position of the next item that is not filler (the/of/的) within `limit` steps."""
        return self._content_step(pos, 1, skip_tags, limit)

    def prev_content(self, pos: int, skip_tags: tuple[str, ...] = (), limit: int = 3) -> int | None:
        """Position of the previous item that is not filler within `limit` steps."""
        return self._content_step(pos, -1, skip_tags, limit)

    def _content_step(self, pos: int, direction: int, skip_tags: tuple[str, ...], limit: int) -> int | None:
        """Walk one way from `pos` over filler and link-less `skip_tags` keywords; punctuation stops."""
        steps = 0
        end = len(self.items) if direction > 0 else -1
        for j in range(pos + direction, end, direction):
            it = self.items[j]
            if it.kind == "punct" and it.text not in CURRENCY_SIGNS:
                return None
            if (
                it.kind == "punct"
                or self.is_filler(it)
                or (it.kind == "match" and not it.links and it.has(*skip_tags))
            ):
                steps += 1
                if steps > limit:
                    return None
                continue
            return j
        return None

    def clause_of(self, pos: int) -> tuple[int, int]:
        start = pos
        while start > 0 and not (
            self.items[start - 1].kind == "punct" and self.items[start - 1].text in ",;?!.:"
        ):
            start -= 1
        end = pos
        while end < len(self.items) and not (
            self.items[end].kind == "punct" and self.items[end].text in ",;?!.:"
        ):
            end += 1
        return start, end

    def breaks_down_by(self, pos: int) -> bool:
        """break down the callback rate by race: a breakdown verb whose object is what is broken down, a
        by-word later in its clause saying the groups."""
        if self.items[pos].text not in BREAKDOWN_VERBS:
            return False
        end = self.clause_of(pos)[1]
        return any(
            self.kw_only(self.items[k], "group") and self.items[k].text == "by" for k in range(pos + 1, end)
        )

    def kw_only(self, item: Item, *tags: str) -> bool:
        """A keyword item that is not better read as a schema word."""
        # asked of every item by most clauses: an item without tags (most) is answered at once
        return bool(item.tags) and item.kind == "match" and item.has(*tags) and not self._linked(item)

    def takes_no_aggregate(self, item: Item) -> bool:
        """An item no waiting aggregate is taken of: no schema word, a count word, or a verb dating the
        rows (一共卖出了多少 counts the rows, it totals no year)."""
        if item.kind != "match" or self.kw_only(item, "count", "count_distinct", "howmuch"):
            return True
        return self.dates_rows(item)

    def dates_rows(self, item: Item) -> bool:
        """A verb linking only the columns that date the rows (sold: year_sold, month_sold)."""
        return self.table is not None and verb_dating_rows(self.table, item)

    def number_grouped(self, pos: int) -> bool:
        """by number of bedrooms: "number of" right after a group word names the column grouped by (one
        group per count held), not a count or total of it."""
        k = self.prev_content(pos, limit=1)
        return self.items[pos].text == "number of" and k is not None and self.kw_only(self.items[k], "group")

    def _linked(self, item: Item) -> bool:
        if self.table is None:
            return bool(item.links)
        return any(lk.table == self.table.name for lk in item.links)

    def choose_table(self) -> TableIndex | None:
        scores: dict[str, float] = {}
        for it in self.items:
            best: dict[str, float] = {}
            for lk in it.links:
                weight = lk.score * (1.6 if lk.kind == "table" else 1.2 if lk.kind == "value" else 1.0)
                best[lk.table] = max(best.get(lk.table, 0.0), weight)
            for t, s in best.items():
                scores[t] = scores.get(t, 0.0) + s
        if self.state and self.state.get("table") in self.index.tables:
            prev = self.state["table"]
            scores[prev] = scores.get(prev, 0.0) + 0.5
        if not scores:
            if len(self.index.tables) == 1:
                return next(iter(self.index.tables.values()))
            return None
        ranked = sorted(scores.items(), key=lambda kv: (-kv[1], len(self.index.tables[kv[0]].columns)))
        if len(ranked) > 1 and ranked[0][1] - ranked[1][1] < 0.2:
            self.lower("table_tie", TABLE_TIE_DOUBT)
        return self.index.tables[ranked[0][0]]

    def table_noun_unsummed(self, item: Item) -> bool:
        """航班数 over a table of flights with a numeric `flight` column (a flight number, averaged, never
        summed): the table's own noun that also names a number that does not add up names the rows, and
        counting it counts them; "the number of flight numbers" is no figure anyone asks for. A number
        that adds up (人口数 over a `population` column) stays that number's total."""
        assert self.table is not None
        tables = [lk.score for lk in item.links if lk.kind == "table" and lk.table == self.table.name]
        tables = [score for score in tables if score >= 0.85]  # the noun itself, not a gloss's head (执飞)
        link, c = self.col_link(item), self.col(item)
        if not tables or link is None or c is None or self.values(item):
            return False
        return max(tables) >= link.score and c.numeric and c.role != "id" and not is_additive(c)

    def has_sup(self) -> bool:
        return any(self.kw_only(it, "sup") for it in self.items)

    def _strong_link(self, it: Item) -> bool:
        assert self.table is not None
        return any(lk.table == self.table.name and lk.score >= 0.85 for lk in it.links)

    def implied_column(self, word: str) -> ColumnInfo | None:
        """ "older" -> the age column, "元" -> the money column, "recent" -> the date column."""
        assert self.table is not None
        concepts = implied_map().get(word)
        if not concepts:
            return self._column_of_superlative(word)
        for concept in concepts:
            key = phrase_key(concept)
            links = sorted(self.index.phrases.get(key, []), key=lambda lk: -lk.score)
            for lk in links:
                if lk.kind == "column" and lk.table == self.table.name and lk.column and lk.score >= 0.55:
                    info = self.table.columns[lk.column]
                    if (info.numeric and info.role != "id") or info.role == "time":
                        return info
            if concept in ("date", "time"):
                cols = self.table.time_columns()
                if cols:
                    return cols[0]
        return None

    def _column_of_superlative(self, word: str) -> ColumnInfo | None:
        """windiest -> the wind column (a numeric column its noun names outright)."""
        assert self.table is not None
        for noun in noun_of_superlative(word):
            for lk in self.index.phrases.get(noun, []):
                if lk.kind == "column" and lk.table == self.table.name and lk.column and lk.score >= 0.95:
                    info = self.table.columns[lk.column]
                    if info.numeric and info.role != "id":
                        return info
        return None

    def original(self, item: Item) -> str:
        """The question's own spelling of an item (values keep their case)."""
        if not self.units:
            return item.text
        start = self.units[item.start].start
        end = self.units[item.end - 1].end
        surface = self.text[start:end]
        if item.kind == "quote":
            surface = item.value
        low = self.question.lower()
        k = low.find(surface.lower())
        if k >= 0 and len(low) == len(self.question):
            return self.question[k : k + len(surface)].strip()
        return surface.strip()

    def metric_measure(self, it: Item) -> Measure | None:
        """The semantic-layer metric an item names, as a measure (its expression is the aggregate)."""
        if self.semantic is None or it.kind != "match":
            return None
        name = next((lk.value for lk in it.links if lk.kind == "metric"), None)
        for m in self.semantic.metrics:
            if name is not None and m.name == name:
                return Measure("metric", None, m.name, m.expression)
        return None

    def metric_at(self, pos: int) -> Measure | None:
        return self.metric_measure(self.items[pos])

    def asks_which(self) -> bool:
        """ "which / 哪个 / list / 前N": the answer names things rather than one number."""
        explicit = said_keys(
            "list",
            "show",
            "列出",
            "显示",
            "展示",
            "列举",
            "give",
            "return",
            "find",
            "找出",
            "查找",
            "给出",
            "返回",
        )
        return any(
            self.kw_only(it, "which", "who") or (self.kw_only(it, "list") and it.text in explicit)
            for it in self.items
        ) or bool(self.intent and self.intent.limit)

    def keyed_table(self) -> bool:
        """The table holds keys to other tables (foreign keys: its rows belong to other things), or the
        question asks who (a person, whom no column of unique texts names for sure)."""
        table = self.schema.table(self.table.name) if self.table is not None else None
        keyed = table is not None and bool(table.foreign_keys) or bool(self.joined_columns)
        return keyed or any(self.kw_only(it, "who") for it in self.items)

    def row_name_columns(self) -> list[str]:
        """The columns whose values name each row of the table (`thingnames.row_name_columns`, keyed as
        this question reads the table): what a listed row shows, and a count of them counts the rows."""
        return thingnames.row_name_columns(self.table, self.keyed_table()) if self.table is not None else []

    def lower(self, reason: str, amount: float) -> None:
        """Lower confidence for a guess the reading had to make."""
        self.ps.confidence -= self.reason(reason, amount)

    def reason(self, reason: str, amount: float) -> float:
        self.ps.reasons.append(reason)
        return amount

    def unknown_words(self) -> list[str]:
        words: list[str] = []
        run = ""
        units = table_header_units(self.index, self.table.name) if self.table else frozenset()
        for pos, it in enumerate(self.items):
            if pos in self.ps.used or it.text in GENERIC_NOUNS:
                words.extend(content_runs(run) if len(run) > 1 else ())  # (a run of one: no word)
                run = ""
                continue  # a word some clause read (a LIKE's text, a value) is understood
            nxt = self.items[pos + 1] if pos + 1 < len(self.items) and pos + 1 not in self.ps.used else None
            if extends_run(run, it, nxt):
                run += it.text
                continue
            words.extend(content_runs(run) if len(run) > 1 else ())
            run = ""
            if self.unread_latin_word(it):
                words.append(self.original(it) if self.lang == "zh" else it.text)
        words.extend(content_runs(run))
        verbs = self._flag_verbs_read() if words else frozenset()
        # 百万 of 七日观众_百万: the unit its header is in; 收到 of 是否收到回电 (回电 read): the flag's verb
        return [w for w in words if w not in units and w not in verbs]

    def flag_by_its_object(self, it: Item) -> tuple[ColumnInfo, str] | None:
        """The yes/no column the item names by its object (回电 of 是否收到回电), and its verb (收到)."""
        c = self.col(it) if it.kind == "match" and not it.tags else None
        obj, alone, _ = flag_object_names(c.name) if c is not None and c.role == "bool" else ("", {}, {})
        if c is None or not obj or (it.text.replace(" ", "") != obj and it.text not in alone):
            return None  # 回电, callback
        core = flag_core(c.name)
        return c, core[: len(core) - len(obj)]

    def _flag_verbs_read(self) -> frozenset[str]:
        """The verbs of the verb-and-object yes/no headers whose object a clause read (各职位类型收到多少回电:
        回电 names the flag, 收到 is its own verb)."""
        found = (
            self.flag_by_its_object(self.items[pos]) for pos in self.ps.used if 0 <= pos < len(self.items)
        )
        return frozenset(f[1] for f in found if f is not None)

    def unread_latin_word(self, it: Item) -> bool:
        """A Latin word that carries content, not understood if no clause read it (the caller knows): no stop
        or function word, unless written as an acronym (US) or a lone code in Chinese text (A级). Public:
        `unknown_words` and leftovers' unread relative clause ask it."""
        if not (it.kind == "word" and it.text.isascii() and re.sub(r"[-']", "", it.text).isalpha()):
            return False  # Venezuelan-born, left-handed, Arby's: words too
        if self.lone_code(it.text):
            return True
        return it.text not in STOP_WORDS and (
            it.text not in FUNCTION_WORDS and len(it.text) > 2 or self.written_as_acronym(it.text)
        )

    def compares_values(self) -> bool:
        """A compare word (vs, compared, 对比, 分别) is said: the values named come back one row each."""
        low = self.question.lower()
        said = [w for w in COMPARE_WORDS if self._said_word(low, w)]
        if not said:
            return False
        for pos, it in enumerate(self.items):
            key = it.text.replace(" ", "")
            if key and any(key in w for w in said):
                self.ps.used.add(pos)
        return True

    @staticmethod
    def _said_word(low: str, word: str) -> bool:
        """A whole English word, or a Chinese word anywhere (Chinese has no spaces)."""
        if word.isascii():
            return re.search(rf"\b{re.escape(word)}\b", low) is not None
        return word in low

    def lone_code(self, word: str) -> bool:
        """A single capital letter written inside a Chinese question (A级, G类) is a code, never the English
        article it spells: unread, it is a word not understood."""
        if self.lang != "zh" or len(word) != 1:
            return False
        return re.search(rf"(?<![A-Za-z]){re.escape(word.upper())}(?![A-Za-z])", self.question) is not None

    def written_as_acronym(self, word: str) -> bool:
        """A word written in capitals (US, UK) is a name, never the function word it spells (us)."""
        capitals = re.search(rf"\b{re.escape(word.upper())}\b", self.question) is not None
        return capitals and len(word) >= 2 and not self.question.isupper()


def _preference(info: ColumnInfo, prefer: str | None) -> float:
    """How much a clause's wish (a number, a date, a grouping) favours this column."""
    if prefer == "numeric":
        return 0.3 if info.numeric and info.role not in ("id", "bool") else -0.3
    if prefer == "time":
        return 0.3 if info.role == "time" else 0.0
    if prefer == "group":
        return 0.1 if info.role in ("dimension", "year", "bool", "id", "text", "time") else 0.0
    return 0.0
