"""Filter clause: values, contains/starts-with, booleans, values the data does not hold."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from shared.ask.engines.rules.bothsides import both_states_said, sides_grouped
from shared.ask.engines.rules.bracketvalues import glossed_in_brackets
from shared.ask.engines.rules.comparedvalues import comparative_between
from shared.ask.engines.rules.flagwords import distinctive_of_flag, generic_part_of_flag
from shared.ask.engines.rules.intent import Filter, Intent
from shared.ask.engines.rules.parse_topn import TopNClauses
from shared.ask.engines.rules.parsecommon import (
    GENERIC_NOUNS,
    MODE_CONFLICT_DOUBT,
    NEGATIVE_PREFIXES,
    ZH_STOP,
    in_data_language,
    is_number,
    natural_key,
    said_keys,
    words,
)
from shared.ask.engines.rules.wholedata import across_all, whole_period, whole_place
from shared.semantic.vocabulary import bilingual
from shared.semantic.vocabulary.bilingual import is_verb
from shared.semantic.vocabulary.linking import (
    NO_VALUES,
    STOP_WORDS,
    YES_VALUES,
    ColumnInfo,
    Item,
    Link,
)
from shared.semantic.vocabulary.propernouns import other_names
from shared.semantic.vocabulary.segment import CJK_RE, lemma, phrase_key

SEVERAL_COLUMNS = 3  # a value two columns hold (province / city) is usually told apart by the data's shape
GENERIC_VALUE_CHARS = 3  # Yes, No, N/A, 是, 否: answers any yes/no column holds

PARTICIPLES = frozenset(("made", "done", "taken", "given", "paid", "sold", "bought", "held", "run", "won"))
DEGREE_WORDS = said_keys(*words("degree_words"))  # 更高, 最低: a comparison, not the value 高 or 低
COPULA_WORDS = said_keys("为", "是", "is", "=", "equals", "等于")
EXCEPT_WORDS, EXCEPT_AFTER = said_keys("除了", "除"), said_keys("以外", "之外")  # 除了X / X以外


class FilterClauses(TopNClauses):
    """Filter clause: values, contains/starts-with, booleans, values the data does not hold."""

    def find_whole_data(self, intent: Intent) -> None:
        """across all regions / national / 全国: the words name every row (wholedata.py), read."""
        assert self.table is not None
        self.ps.used |= across_all(self.items, self.col, intent.filters, self.ps.used)
        self.ps.used |= whole_place(self.items, self.table, intent.filters)
        if self.units and not intent.time_range:
            spans = [(self.units[it.start].start, self.units[it.end - 1].end) for it in self.items]
            self.ps.used |= whole_period(self.text, spans)

    def find_contains(self, intent: Intent) -> None:
        for pos, it in enumerate(self.items):
            if not (self.kw_only(it, "contains", "startswith")) or pos in self.ps.used:
                continue
            target_pos = self._text_between_yi(pos)  # 以United开头: the text sits before 开头
            if target_pos is None:
                target_pos = self._contains_target(pos)
            if target_pos is None:
                continue
            raw = self.original(self.items[target_pos])
            col = self._contains_column(pos, target_pos)
            if col is None:
                continue
            raw = in_data_language(raw, col)
            pattern = f"{raw}%" if it.has("startswith") else f"%{raw}%"
            like = Filter(col.name, "like", [pattern], "contains")
            if like not in intent.filters:
                intent.filters.append(like)
            self.ps.used.update({pos, target_pos})

    def _contains_target(self, pos: int) -> int | None:
        """包含“北” / contains 'North': the searched-for text, up to four words after the keyword."""
        for j in range(pos + 1, min(len(self.items), pos + 5)):
            cand = self.items[j]
            if (
                cand.kind in ("quote", "word", "match")
                and not self.is_filler(cand)
                and not cand.has("contains", "cmp", "named")
                and cand.text not in ("为", "是", "the", "word")
            ):
                return j
        return None

    def _contains_column(self, pos: int, target_pos: int) -> ColumnInfo | None:
        """The text column searched: named right before the keyword, after the text, a text column (or
        its owner's name) further before it, else the table's first name column."""
        col = self._strong_text_column(pos - 1) or self._column_after(target_pos)
        for j in range(pos - 1, max(-1, pos - 8), -1):
            if col is not None:
                break
            c = self.col(self.items[j]) if self.items[j].kind == "match" else None
            if c is not None and not c.numeric:
                owner = self._name_of(j)
                col = owner if owner is not None else c
                self.ps.used.add(j)
                break
        if col is None:
            names = [c for c in self.table.columns.values() if c.name_like] if self.table else []
            col = names[0] if names else None
        return col

    def _text_between_yi(self, pos: int) -> int | None:
        """以X开头 / 以X结尾: X is the one item between 以 and the keyword."""
        if pos < 2 or self.items[pos - 2].text != "以":
            return None
        cand = self.items[pos - 1]
        return pos - 1 if cand.kind in ("quote", "word", "match") and not self.is_filler(cand) else None

    def _name_of(self, j: int) -> ColumnInfo | None:
        """ "the state whose name contains 'North'" / 名称包含“北”的州: the name is the state's own text,
        so the column searched is the state, not the table's name column."""
        if self.items[j].text.replace(" ", "") not in ("name", "names", "名称", "名字"):
            return None
        k = self.prev_content(j, limit=1)
        if k is not None and self.items[k].text in ("whose", "of") and not self._linked(self.items[k]):
            k = self.prev_content(k, limit=1)
        if k is None or self.items[k].kind != "match":
            return None
        owner = self.col(self.items[k])
        return owner if owner is not None and not owner.numeric and not owner.name_like else None

    def _strong_text_column(self, j: int) -> ColumnInfo | None:
        """诊断包含炎的就诊: a text column named exactly right before 包含 / contains is the one searched
        (就诊 after it only partly names 就诊编号: it is the rows, 就诊 = visits)."""
        if j < 0 or self.items[j].kind != "match" or self.is_table(self.items[j]):
            return None
        link = self.col_link(self.items[j])
        info = self.col(self.items[j])
        if link is None or link.score < 0.9 or info is None or info.numeric or info.role == "id":
            return None
        after = self._column_after_strength(j + 2)
        if after is not None and after >= 0.9:
            return None  # 名称包含“西”的城市: a strongly named column after the text wins, as before
        self.ps.used.add(j)
        return info

    def _column_after_strength(self, pos: int) -> float | None:
        for k in range(pos + 1, min(len(self.items), pos + 4)):
            it = self.items[k]
            if it.kind == "punct":
                return None
            link = self.col_link(it) if it.kind == "match" and not self.is_table(it) else None
            if link is not None:
                return link.score
        return None

    def _column_after(self, pos: int) -> ColumnInfo | None:
        """包含“西”字的城市: the text column named right after the searched-for text."""
        for j in range(pos + 1, min(len(self.items), pos + 4)):
            it = self.items[j]
            if it.kind == "punct":
                return None
            c = self.col(it) if it.kind == "match" and not self.is_table(it) else None
            if c is not None and not c.numeric:
                self.ps.used.add(j)
                return c
        return None

    def _degree_said(self, pos: int, it: Item) -> bool:
        """(zh) 更高 / 最低 / 较高: a one-character value (高, 低) after a degree word is a comparison."""
        before = self.items[pos - 1].text if pos > 0 else ""
        said = self.lang == "zh" and len(it.text) == 1 and before in DEGREE_WORDS
        if said:
            self.lower("degree_unread", MODE_CONFLICT_DOUBT)  # 哪个城市更高: a comparison no clause reads
        return said

    def find_values(self, intent: Intent) -> None:
        assert self.table is not None
        picked: list[tuple[int, str, Any]] = []
        for pos, it in enumerate(self.items):
            if pos in self.ps.used:
                continue
            links = self.values(it)
            if it.kind == "quote" and not links:
                col = self._quote_column(pos)
                if col is not None:
                    found = self._quoted_value(col, self.original(it), pos)
                    if found is not None:
                        picked.append((pos, found[0], found[1]))
                    self.ps.used.add(pos)
                continue
            if not links:
                continue
            col_link = self.col_link(it)
            best_value = max(lk.score for lk in links)
            if col_link is not None and col_link.score > best_value + 0.05:
                continue
            if self._keyword_not_value(pos, it, best_value):
                continue
            if self._names_table_not_value(pos, it, links, best_value):
                continue
            picked.extend(self._picked_values(pos, links))
        picked += self._short_values_by_their_column()
        by_col: dict[str, list[tuple[int, Any]]] = {}
        for pos, column, value in picked:
            by_col.setdefault(column, []).append((pos, value))
        for column, entries in by_col.items():
            self._value_filter(intent, column, entries)
            if column in self.ps.kind_groups and column not in intent.dimensions:
                intent.dimensions.append(column)  # each tea / 哪种茶叶: one group per value of the kind

    def _keyword_not_value(self, pos: int, it: Item, best_value: float) -> bool:
        """A keyword read as such, not a weak value; an aggregate word so read (平均 over a weak 'Average',
        Average sale price) loses its value links for every later clause."""
        weak = bool(it.tags) and it.has("agg", "sup", "count", "group", "list") and best_value < 1.0
        if not weak and not (it.has("agg") and self._aggregates_what_follows(pos)):
            return False
        if it.has("agg"):
            self.items[pos] = replace(it, links=[lk for lk in it.links if lk.kind != "value"])
        return True

    def _aggregates_what_follows(self, pos: int) -> bool:
        """An aggregate word right before a count word or a measure column (Average number of bedrooms,
        Average sale price): it aggregates that, whatever value of a category it also spells."""
        assert self.table is not None
        if pos + 1 >= len(self.items):
            return False
        nxt = self.items[pos + 1]
        if nxt.has("count"):
            return True
        col = self.col(nxt) if nxt.kind == "match" and not nxt.tags else None
        return col is not None and col.role == "measure"

    def _picked_values(self, pos: int, links: list[Link]) -> list[tuple[int, str, Any]]:
        """The values an item names: all of a kind (tea), else the one of the column that fits best; none
        after a degree word (更高)."""
        if self._degree_said(pos, self.items[pos]):
            return []
        self.ps.used.add(pos)
        kind = self._values_of_a_kind(pos, links)
        head = _the_kinds_own_value(kind)
        if head is not None:  # 海鸥 reaches 'GULLS' and 'MEW GULL': the gulls, as "gulls" says
            return [(pos, head[0], head[1])]
        if kind:
            return [(pos, column, v) for column, v in kind]
        choice = self._pick_value_column(pos, links)
        self._absorb_own_column_noun(pos, choice.column or "")
        return [(pos, choice.column or "", choice.value)]

    def _absorb_own_column_noun(self, pos: int, column: str) -> None:
        """广东省 / 华东大区 / NY state / the North region: a value followed by its own column's noun is one
        value mention; the noun is not a second request to list or group that column."""
        after = pos + 1
        if after < len(self.items) and after not in self.ps.used:
            it = self.items[after]
            if it.kind == "match" and not it.tags and not self.values(it):
                info = self.col(it)
                if info is not None and info.name == column:
                    self.ps.used.add(after)

    def _short_values_by_their_column(self) -> list[tuple[int, str, Any]]:
        """产品A / A产品 / product A: a short word the linker skips (a letter, a code) next to a column's
        noun is that column's value when the column holds it (case aside)."""
        assert self.table is not None
        found: list[tuple[int, str, Any]] = []
        for pos, it in enumerate(self.items):
            if not self._short_word_at(pos, it):
                continue
            word = self._signed_code(pos, it)  # A+ / B-: the sign is part of the code
            last = pos + 1 if word != it.text.lower() else pos
            said = pos - 2 if pos > 1 and self._zh_copula(self.items[pos - 1]) else pos - 1  # 评级为B
            for near in (said, last + 1):
                if not 0 <= near < len(self.items) or self.items[near].kind != "match":
                    continue
                info = self.col(self.items[near])
                if info is None or info.numeric or not info.values or len(info.values) < info.distinct:
                    continue
                held = next((v for v in info.values if isinstance(v, str) and v.lower() == word), None)
                if held is not None:  # the first value the word spells
                    found.append((pos, info.name, held))
                    self.ps.used.update((pos, near, last, *range(near, pos)))
                    found.extend(self._short_values_listed_after(pos, info))
                    break
            else:
                named = self._named_row(pos)
                if named is not None:
                    found.append((pos, named.name, self.original(it)))
                    self.ps.used.add(pos)
        return found

    def _short_values_listed_after(self, pos: int, info: ColumnInfo) -> list[tuple[int, str, Any]]:
        """ "grade A, B or C": the short words listed after a column's short value, each after a comma,
        "or" or "and", are more of its values while the column holds them (not only the first)."""
        found: list[tuple[int, str, Any]] = []
        while pos + 2 < len(self.items):
            sep, it = self.items[pos + 1], self.items[pos + 2]
            if not (sep.text in (",", "or", "and") and self._short_word_at(pos + 2, it)):
                break
            word = it.text.lower()
            held = next((v for v in info.values if isinstance(v, str) and v.lower() == word), None)
            if held is None:
                break
            pos += 2
            found.append((pos, info.name, held))
            self.ps.used.update((pos - 1, pos))
        return found

    def _signed_code(self, pos: int, it: Item) -> str:
        """ "A+" / "B-" written with no space: a grade's sign belongs to the code, so grade A+ is not the
        grade A (the linker reads the sign as punctuation)."""
        word = it.text.lower()
        if pos + 1 >= len(self.items) or self.items[pos + 1].text not in ("+", "-"):
            return word
        sign = self.items[pos + 1].text
        glued = re.search(rf"(?<![a-z0-9]){re.escape(word)}{re.escape(sign)}", self.question.lower())
        return word + sign if glued else word

    @staticmethod
    def _zh_copula(it: Item) -> bool:
        """是 / 为 between a column's noun and its code (评级为B); an English "are" is no such link (how
        many states are in the South: "in" is no state code)."""
        return it.text in COPULA_WORDS and bool(CJK_RE.match(it.text))

    def _short_word_at(self, pos: int, it: Item) -> bool:
        """An unread short English word (a letter, a code), not the article before a word (given a
        different ward: not the ward 'A')."""
        short = pos not in self.ps.used and it.kind == "word" and it.text.isascii() and len(it.text) <= 3
        return short and not self._article_before_a_word(pos)

    def _article_before_a_word(self, pos: int) -> bool:
        """'a' / 'an' written in lower case before another word is the article (a code is written A)."""
        if self.items[pos].text not in ("a", "an") or pos + 1 >= len(self.items):
            return False
        capital = re.search(rf"(?<![A-Za-z]){self.items[pos].text.upper()}(?![A-Za-z])", self.question)
        nxt = self.items[pos + 1]
        return capital is None and nxt.kind in ("word", "match") and nxt.text.isascii()

    def _named_row(self, pos: int) -> ColumnInfo | None:
        """ "the section named h" / "the section h": a short word after the table's noun (or after
        named / called) is a value of the table's name column."""
        assert self.table is not None
        before = self.items[pos - 1] if pos > 0 else None
        if before is None or before.kind != "match":
            return None
        explicit = before.has("named")
        if not explicit and not self.is_table(before):
            return None
        names = [c for c in self.table.columns.values() if c.name_like or c.name.lower().endswith("name")]
        names = [c for c in names if not c.numeric]
        if len(names) != 1:
            return None
        info = names[0]
        complete = bool(info.values) and len(info.values) >= info.distinct
        if complete:
            text = self.items[pos].text.lower()
            return info if any(isinstance(v, str) and v.lower() == text for v in info.values) else None
        return info if explicit else None

    def _names_table_not_value(self, pos: int, it: Item, links: list[Link], best_value: float) -> bool:
        """ "How many teachers": the table's own name, not the title value 'Teacher'.

        The value reading wins only when its column is named next to it ("title Teacher").
        """
        assert self.table is not None
        table_score = max(
            (lk.score for lk in it.links if lk.kind == "table" and lk.table == self.table.name), default=0.0
        )
        if (table_score < 0.9 or table_score < best_value) and not self._row_noun_value(it, links):
            return False
        value_columns = {lk.column for lk in links}
        for j in (pos - 2, pos - 1, pos + 1, pos + 2):
            if 0 <= j < len(self.items) and self.items[j].kind == "match":
                c = self.col(self.items[j])
                before = self.prev_content(j, limit=1)
                grouped = before is not None and self.kw_only(self.items[before], "group")
                if c is not None and c.name in value_columns and not grouped:
                    return False  # 各职称老师: the column is grouped, so 老师 is still the table
        return True

    def _row_noun_value(self, it: Item, links: list[Link]) -> bool:
        """members over member_visits whose 类型 holds 'member': the value is a word of the table's own
        name, so the word names what each row is; it is the category only against another value of its
        column named in the question (members versus guests)."""
        assert self.table is not None
        if not any(lk.kind == "table" and lk.table == self.table.name for lk in it.links):
            return False
        words = {lemma(w.lower()) for w in self.table.words}
        own = [lk for lk in links if isinstance(lk.value, str) and lemma(lk.value.lower()) in words]
        if not own:
            return False
        columns = {lk.column for lk in own}
        for other in self.items:
            if other is not it and any(
                lk.kind == "value" and lk.column in columns and lk.value not in {o.value for o in own}
                for lk in other.links
            ):
                return False
        return True

    def _quoted_value(self, col: ColumnInfo, raw: str, pos: int) -> tuple[str, Any] | None:
        """A quoted value as the data spells it; a fully profiled column without it asks back.

        '“巴西”' finds 'Brazil' through the bilingual names, 'MATH' finds 'math'; a value that no
        profiled column holds would only give an empty answer, so the engine says so instead.
        """
        assert self.table is not None
        if is_number(raw) or not col.values or len(col.values) < col.distinct:
            return col.name, raw
        wanted = {raw.strip().lower(), *(n.lower() for n in other_names(raw))}
        for c in [col, *self.table.columns.values()]:
            if c.values and len(c.values) >= c.distinct:
                for v in c.values:
                    if isinstance(v, str) and v.strip().lower() in wanted:
                        return c.name, v
        if any(self.kw_only(self.items[k], "neg", "cmp:ne") for k in range(max(0, pos - 4), pos)):
            return col.name, raw  # "not X" stays true of every row when no row holds X
        self.ps.problem = self.ps.problem or f"value:{raw}"
        self.ps.missing_values.append(raw)
        return None

    def find_unheld_values(self, intent: Intent) -> None:
        """线上渠道 / online channel: a value word naming a value its column does not hold asks back.

        Dropping the word would answer for every channel: a confident wrong number. Only a column whose
        profile lists all its values can say the value is absent; a partly profiled one may hold it.
        """
        if self.ps.problem is not None:
            return
        assert self.table is not None
        settled = {f.column for f in intent.filters} | set(intent.dimensions) | set(intent.columns)
        for pos, it in enumerate(self.items):
            if it.kind != "match" or self.is_table(it):
                continue
            col = self.col(it)
            if col is None or col.numeric or col.role in ("time", "bool", "id") or col.name in settled:
                continue
            if not col.values or len(col.values) < col.distinct:
                continue
            word = self._stray_word_before(pos) or self._stray_word_after(pos)
            if word:
                self.ps.problem = f"unheld:{col.name}"
                self.ps.missing_values.append(word)
                return

    def _stray(self, pos: int) -> bool:
        """A word no keyword, schema name, value or clause accounts for."""
        it = self.items[pos]
        return it.kind == "word" and not it.links and pos not in self.ps.used

    def _stray_english(self, pos: int) -> str | None:
        it = self.items[pos]
        text = it.text
        if (
            self._stray(pos)
            and text.isascii()
            and text.isalpha()
            and len(text) > 2
            and text not in STOP_WORDS
            and text not in GENERIC_NOUNS
        ):
            return self.original(it)
        return None

    def _qualifies_something_else(self, lead: int) -> bool:
        """“非洲”中部区域 / 多少种类型政府: the word refines a value or a keyword, not a filter."""
        if lead < 0:
            return False
        it = self.items[lead]
        if it.kind == "quote" or (it.kind == "match" and self.values(it)):
            return True
        return it.kind == "match" and bool(it.tags) and not it.has("list", "and", "followup")

    def _stray_word_before(self, pos: int) -> str | None:
        """线上渠道 / 线上的渠道 / online channel: the unknown word right before a column's name."""
        if pos == 0:
            return None
        j = pos - 1
        if self.items[j].kind == "word" and self.items[j].text == "的" and j > 0:
            j -= 1
        chars: list[str] = []
        while (
            j >= 0 and self._stray(j) and self.items[j].text != "的" and CJK_RE.fullmatch(self.items[j].text)
        ):
            chars.insert(0, self.items[j].text)
            j -= 1
        if not chars:
            english = self._stray_english(pos - 1)
            return None if english is None or self._qualifies_something_else(pos - 2) else english
        while len(chars) > 2 and chars[0] in ZH_STOP:
            chars.pop(0)  # 请问线上渠道: the lead-in is not part of the value
        word = "".join(chars)
        if len(chars) < 2 or any(c in ZH_STOP for c in chars[:-1]) or word in GENERIC_NOUNS:
            return None  # 人所讲的语言: a clause describing the column, not one of its values
        return None if self._qualifies_something_else(j) else word

    def _stray_word_after(self, pos: int) -> str | None:
        """return rate for channel online: an unknown English word closing the clause after a column's name.

        Mid-clause words there are usually verbs ("languages spoken by ..."), not values.
        """
        nxt = pos + 1
        if nxt >= len(self.items) or (nxt + 1 < len(self.items) and self.items[nxt + 1].kind != "punct"):
            return None
        return self._stray_english(nxt)

    def _quote_column(self, pos: int) -> ColumnInfo | None:
        for j in range(pos - 1, max(-1, pos - 6), -1):
            it = self.items[j]
            if it.kind == "match":
                c = self.col(it)
                if c is not None and not c.numeric:
                    self.ps.used.add(j)
                    return c
            if it.kind == "quote":
                break
        assert self.table is not None
        texts = [c for c in self.table.columns.values() if c.name_like]
        return texts[0] if texts else None

    def _values_of_a_kind(self, pos: int, links: list[Link]) -> list[tuple[str, Any]]:
        """A word naming several values of one column alike (tea / 茶叶 for 加尔各答茶叶, 蒙巴萨茶叶: the
        head word they share, vocabulary.valuenames): each of them; after each / which / 各种 / 哪种 or as
        many kinds as there are (三种糖, the three sugars) they are also the groups."""
        best = max(lk.score for lk in links)
        top = [lk for lk in links if lk.score == best]
        if len(top) < 2 or len({lk.column for lk in top}) != 1 or len({lk.value for lk in top}) != len(top):
            return []
        column = top[0].column or ""
        said = self._kinds_said(pos, len(top))
        if said:
            self.ps.used.update(said)
            self.ps.kind_groups.append(column)
        return [(column, lk.value) for lk in top]

    def _kinds_said(self, pos: int, kinds: int) -> list[int]:
        """each / which / 各种 / as many as there are (三种) before the kind's word, with 种 / 类 between."""
        said = []
        j = pos - 1
        if j >= 0 and self.items[j].kind == "word" and self.items[j].text in ("种", "类"):
            said.append(j)
            j -= 1
        while j >= 0 and self.is_filler(self.items[j]):
            j -= 1
        before = self.items[j] if j >= 0 else None
        if before is None:
            return []
        counted = before.kind == "num" and before.value == kinds  # 三种糖: all three
        return [j, *said] if before.has("group", "which", "distinct") or counted else []

    def _pick_value_column(self, pos: int, links: list[Link]) -> Link:
        """A value in several columns (上海: province and city): the column named next to it wins; with
        none named, the fewest distinct values, but where three or more columns hold a short answer word (No,
        是) as surely, the pick is a guess and the reading asks."""
        if len({lk.column for lk in links}) == 1:
            return max(links, key=lambda lk: lk.score)
        near = set()
        for j in (pos - 2, pos - 1, pos + 1, pos + 2):
            if 0 <= j < len(self.items) and self.items[j].kind == "match":
                c = self.col(self.items[j])
                if c is not None:
                    near.add(c.name)
        assert self.table is not None
        table = self.table

        def rank(lk: Link) -> tuple[float, float, int]:
            info = table.columns[lk.column or ""]
            return (lk.column in near, lk.score, -info.distinct)

        best = max(links, key=rank)
        tied = {lk.column for lk in links if lk.score >= best.score}
        generic = len(str(best.value)) <= GENERIC_VALUE_CHARS  # No / Yes / 否, not 'No internet service'
        if best.column not in near and len(tied) >= SEVERAL_COLUMNS and generic:
            # 'No' in eight yes/no columns, none named: which one the reading picked is a guess
            self.lower("value_column_guessed", MODE_CONFLICT_DOUBT)
        return best

    def _value_filter(self, intent: Intent, column: str, entries: list[tuple[int, Any]]) -> None:
        assert self.table is not None
        info = self.table.columns[column]
        positions = [p for p, _ in entries]
        values = list(dict.fromkeys(v for _, v in entries))
        start, end = self.clause_of(positions[0])
        negated = self._negated(positions)
        # 男女员工各有多少人: several values of one column, each counted -> a dimension
        if len(values) >= 2 and not negated and self._each_after(positions[-1], end):
            intent.dimensions.append(column)
            if len(info.values) < info.distinct or set(info.values) - set(values):
                intent.filters.append(Filter(column, "in", values, "value"))  # not every value: keep these
            return
        # 广东和浙江的销售额对比 / East vs South sales: compared values come back one row each
        weighed = comparative_between(self.items, positions, start, end) if len(values) >= 2 else []
        if weighed and not negated:  # are there more A or B: each one's figure, ranked (grid_readings)
            self.ps.notes.append("values_weighed")
        if len(values) >= 2 and not negated and (self.compares_values() or weighed):
            intent.dimensions.append(column)
            intent.filters.append(Filter(column, "in", values, "value"))
            return
        # P5及以上: ordered values from this one up
        if self._from_this_value_on(intent, column, info, values, positions[-1]):
            return
        if len(values) == 1:
            intent.filters.append(Filter(column, "!=" if negated else "=", values, "value"))
        else:
            intent.filters.append(Filter(column, "not_in" if negated else "in", values, "value"))

    def _each_after(self, last: int, end: int) -> bool:
        """各 / each after the values, in their clause: each value is counted."""
        return any(
            self.kw_only(self.items[k], "each_resp") or self.items[k].text == "各"
            for k in range(last + 1, end)
        )

    def _from_this_value_on(
        self, intent: Intent, column: str, info: ColumnInfo, values: list[Any], last: int
    ) -> bool:
        """P5及以上 / P5 or below: one value, then a comparator, filter to the ordered values from it on."""
        if (
            len(values) == 1
            and last + 1 < len(self.items)
            and self.items[last + 1].tag("cmp") in ("cmp:ge", "cmp:le")
        ):
            ordered = sorted((v for v in info.values if isinstance(v, str)), key=natural_key)
            if values[0] in ordered and _a_scale(ordered):
                k = ordered.index(values[0])
                chosen = ordered[k:] if self.items[last + 1].tag("cmp") == "cmp:ge" else ordered[: k + 1]
                intent.filters.append(Filter(column, "in", chosen, "value"))
                self.ps.used.add(last + 1)
                return True
        return False

    def _negated(self, positions: list[int]) -> bool:
        if glossed_in_brackets(self, positions[0]):  # 非正常（Abnorml）: the value spells 非正常 whole
            self.ps.used.update(k for k in (positions[0] - 1,) if self.kw_only(self.items[k], "neg"))
            return False
        start, end = self.clause_of(positions[0])
        first, last = positions[0], positions[-1]
        comma = False
        for k in range(first - 1, max(start, first - 4) - 1, -1):
            it = self.items[k]
            comma = comma or it.text in (",", "，")
            if comma and it.text in EXCEPT_WORDS:  # 除了法国，欧洲…: 除了's clause ends at the comma
                break
            if self.kw_only(it, "neg") or it.has("cmp:ne"):
                self.ps.used.add(k)
                return True
        for k in range(last + 1, min(end, last + 4)):
            it = self.items[k]
            if self.kw_only(it, "neg") and it.text in EXCEPT_AFTER:
                self.ps.used.add(k)
                return True
        return False

    def _negated_form_of(self, it: Item, info: ColumnInfo) -> bool:
        """ "incomplete clutches" over clutch_completion, "unpaid invoices" over paid: a word not otherwise
        read, a negative prefix (in-, un-, non-) on a stem the boolean column's name starts with."""
        text = it.text.lower()
        if it.kind != "word" or not text.isascii():
            return False
        for prefix in NEGATIVE_PREFIXES:
            stem = text[len(prefix) :].lstrip("-")
            if text.startswith(prefix) and len(stem) >= 4:
                words = re.split(r"[^a-z]+", info.name.lower())
                if any(len(w) >= 4 and w.startswith(stem[:5]) for w in words):
                    return True
        return False

    def find_bools(self, intent: Intent) -> None:
        self._flag_nouns_qualified()
        for pos, it in enumerate(self.items):
            if pos in self.ps.used or it.kind != "match":
                continue
            link = self.col_link(it)
            if link is None or link.column is None or self.table is None:
                continue
            info = self.table.columns[link.column]
            if info.role != "bool" or link.score < 0.55:
                continue
            distinctive = self._distinctive_word_before(pos, info)
            if not self._flag_said(pos, distinctive, it, info):
                continue
            off = link.value is False
            k = pos - 1
            if k >= 0 and (
                self.kw_only(self.items[k], "neg")
                or self.items[k].text in ("not", "non", "未", "没")
                or self._negated_form_of(self.items[k], info)
            ):
                off = not off
                self.ps.used.add(k)
                if both_states_said(self.items, k):  # with and without paperless billing: one group each
                    self.ps.used.update({k - 2, k - 1, pos})
                    intent.dimensions.append(info.name)
                    continue
            if sides_grouped(self, pos, info.name, off):
                intent.dimensions.append(info.name)
                continue
            if distinctive is not None:  # repeat guests: the flag's own word, not understood alone
                self.ps.used.add(distinctive)
            said = self._yes_or_no_after(pos)
            if said is not None:  # clutch completion 为 Yes / is_member = no: the flag's own value
                off = off if said[1] else not off
                self.ps.used.update(said[0])
            flag = _flag_filter(info, off)
            if flag is not None:
                intent.filters.append(flag)
                self.ps.used.add(pos)

    def _flag_said(self, pos: int, distinctive: int | None, it: Item, info: ColumnInfo) -> bool:
        """Whether the flag's word at `pos` filters: not its generic noun alone (guests from Spain over
        is_repeated_guest), nor after a grouping word, unless that word names who did it (made by)."""
        if distinctive is None and generic_part_of_flag(it.text, info.name):
            return False
        j = self.prev_content(pos if distinctive is None else distinctive, limit=1)
        if j is not None and self.kw_only(self.items[j], "group"):
            if self.breaks_down_by(j):
                return True  # break down the callback rate by race: no grouping by the flag
            if not self._agent_by(j):
                return False
            self.ps.used.add(j)  # made by repeat guests: the ones who made them, no grouping
        return True

    def _flag_nouns_qualified(self) -> None:
        """frequent guests over is_repeated_guest: the flag's generic noun (linked to nothing) after an
        English word no clause links may say the flag in other words; the reading without it is doubted."""
        flags = [c.name for c in self.table.by_role("bool")] if self.table else []
        for pos, it in enumerate(self.items[1:], start=1):
            if it.kind != "match" or it.links or it.tags:
                continue
            before = self.items[pos - 1]
            plain = before.kind == "word" and before.text.isalpha() and before.text.isascii()
            if (
                not plain
                or before.text in STOP_WORDS
                or not any(generic_part_of_flag(it.text, f) for f in flags)
            ):
                continue
            if not re.search(rf"\b{before.text.capitalize()}\b", self.question):  # a name: Japanese guests
                self.lower("flag_word_unread", MODE_CONFLICT_DOUBT)

    def _agent_by(self, pos: int) -> bool:
        """'by' right after a past participle (made by, placed by) names who did it, not a grouping."""
        before = self.original(self.items[pos - 1]).lower() if pos > 0 else ""
        verb = before.endswith("ed") or before in PARTICIPLES or is_verb(before)
        return self.items[pos].text == "by" and before.isalpha() and verb

    def _distinctive_word_before(self, pos: int, info: ColumnInfo) -> int | None:
        """The word right before a flag's generic noun that spells the flag's distinctive word cut or
        inflected (repeat guests over is_repeated_guest): the position, else None."""
        if pos == 0 or self.items[pos - 1].kind != "word":
            return None
        return pos - 1 if distinctive_of_flag(self.items[pos - 1].text, info.name) else None

    def _yes_or_no_after(self, pos: int) -> tuple[set[int], bool] | None:
        """A yes or no word said right after a flag's name, through a copula (为 / 是 / is / =): the
        positions read and whether it was yes."""
        if any(self.kw_only(it, "neg") for it in self.items):
            return None  # 没有完成（… 为 No）: the negation clause reads the flag; two readings would clash
        k = pos + 1
        read = set()
        if k < len(self.items) and self.items[k].text in COPULA_WORDS:
            read.add(k)
            k += 1
        if k >= len(self.items) or not read:
            return None
        word = self.items[k].text.lower()
        if word not in YES_VALUES and word not in NO_VALUES:
            return None
        return read | {k}, word in YES_VALUES


def _the_kinds_own_value(kind: list[tuple[str, Any]]) -> tuple[str, Any] | None:
    """Of the values one word names alike, the one that is the others' shared head word alone ('GULLS'
    beside 'MEW GULL', 'HERRING GULL'): the word says that value, as its English name would."""
    if len(kind) < 2:
        return None
    keys = {v: bilingual.base_key(phrase_key(str(v))) for _, v in kind}
    heads = [
        (c, v)
        for c, v in kind
        if " " not in keys[v] and all(k == keys[v] or k.endswith(f" {keys[v]}") for k in keys.values())
    ]
    return heads[0] if len(heads) == 1 else None


def _a_scale(values: list[str]) -> bool:
    """Values that are steps of a scale (P1..P9, Level 2, A..F) order by their number or letter; other
    labels (STAR BAKER, OUT, WINNER) have no order, and "at least" after them says something else (at least
    three times)."""
    return all(re.search(r"\d", v) for v in values) or all(len(v.strip()) == 1 for v in values)


def _flag_filter(info: ColumnInfo, off: bool) -> Filter | None:
    """The flag's filter: its yes or its no; without X over Yes / No / 'No X offered' is anything but Yes."""
    value = info.false_value if off else info.true_value
    if value is None:
        return None
    if off and len(info.values) > 2:
        return Filter(info.name, "!=", [info.true_value], "bool")
    return Filter(info.name, "=", [value], "bool")
