"""Question -> Intent: reads the linked items (keywords, columns, values, numbers, times) left to right.

Grammar, not templates: an aggregate word before a column makes a measure, a group word before a
column makes a dimension, a superlative around a column makes a ranking, a value makes a filter, a
number next to a comparator makes a numeric filter. What cannot be placed is reported, so the engine
can ask back instead of guessing.
"""

from __future__ import annotations

from shared.ask.engines.rules.bothsides import one_side_of_both, one_side_of_whether
from shared.ask.engines.rules.bracketvalues import noun_before_its_values
from shared.ask.engines.rules.entitycounts import entities_counted
from shared.ask.engines.rules.gridcells import (
    PEOPLE_COUNT_RE,
    averages_of_totals,
    cells_to_members,
    headcounts_summed,
    level_summed_over_periods,
    one_of_two_ranked,
    open_categories,
    people_summed,
    ranges_as_labels,
)
from shared.ask.engines.rules.heldamounts import held_amount_filters
from shared.ask.engines.rules.intent import Intent
from shared.ask.engines.rules.leftovers import (
    aggregate_over_one_row_groups,
    asked_thing_left_out,
    compared_values_summed,
    counted_noun_unread,
    each_as_pronoun,
    flag_read_from_part_of_its_name,
    key_shown_for_its_thing,
    negated_grouping_read,
    neighbour_names_another_amount,
    number_left_out,
    other_extreme_left_out,
    people_ranked_as_groups,
    per_unknown_word,
    rate_left_out,
    relative_clause_unread,
    superlative_as_a_sort,
    verb_of_most_unread,
    whole_place_filtered,
)
from shared.ask.engines.rules.nounacts import acts_of_the_nouns
from shared.ask.engines.rules.ordinalcols import ordinal_period_filters
from shared.ask.engines.rules.pairedsides import one_side_of_a_pair
from shared.ask.engines.rules.parse_metrics import MetricClauses
from shared.ask.engines.rules.parsecommon import (
    INCLUSIVE_NOTE,
    MODE_CONFLICT_DOUBT,
    UNKNOWN_WORD_DOUBT,
    ZH_STOP,
    is_additive,
    said_keys,
)
from shared.ask.engines.rules.parsestate import Parsed, ParseState
from shared.ask.engines.rules.pinnedcounts import distinct_count_of_a_pinned_column
from shared.ask.engines.rules.referents import pronoun_without_referent
from shared.ask.engines.rules.rowcounts import (
    count_word_after_table_noun,
    counted_by_qi,
    kind_of_unknown,
    named_one_of_the_rows,
    number_word_unread,
    only_one_unread,
    property_of_the_rows,
    shared_header_word_names_the_rows,
    table_noun_before_a_column,
    unknown_piece_of_a_column_left_out,
    unknown_qualifies_a_column,
    volume_of_the_rows,
)
from shared.ask.engines.rules.splitcompounds import compound_split_by_aggregate
from shared.ask.engines.rules.tablenounamount import table_noun_amount
from shared.ask.engines.rules.unknown_values import proper_name_unknown
from shared.ask.engines.rules.valuepairs import compound_of_two_values
from shared.ask.engines.rules.weekend import day_spans, weekend_as_days
from shared.ask.engines.rules.wordbreaks import split_off_a_word
from shared.semantic.vocabulary import bilingual, codenames
from shared.semantic.vocabulary.linktypes import Item
from shared.semantic.vocabulary.segment import CJK_RE


class Parser(MetricClauses):
    """One question's parse: each clause reader (parse_*.py, chained in reading order) reads
    `self.items` and writes the explicit `self.ps` (ParseState) and `self.intent`."""

    def run(self) -> Parsed:
        self.table = self.choose_table()
        if self.table is None:
            return Parsed(None, self.lang, 0.1, problem="no_table", index=self.index)
        self.intent = intent = Intent(table=self.table.name)
        weekend_as_days(self)
        day_spans(self)
        noun_before_its_values(self)
        self._orders_by_as_a_noun()
        self._aggregates_over_same_named_columns()
        table_noun_amount(self)
        self._table_noun_before_a_column()
        shared_header_word_names_the_rows(self)
        named_one_of_the_rows(self)
        property_of_the_rows(self)
        count_word_after_table_noun(self)
        volume_of_the_rows(self)
        table_noun_before_a_column(self)
        counted_by_qi(self)
        self._compound_noun_heads()
        compound_split_by_aggregate(self)
        self._one_column_in_two_words()
        self._rate_compounds()
        self._per_in_a_name()
        self._table_noun_with_a_quantity_character()
        self._share_words_over_weak_links()
        self._numbers_of_a_count_column()
        self._units_of_measure()
        ordinal_period_filters(self, intent)
        self.apply_time(intent)
        self.find_limit(intent)
        self.find_column_comparisons(intent)
        self.find_comparisons(intent)
        self.find_contains(intent)
        held_amount_filters(self, intent)
        self.find_values(intent)
        self.find_bools(intent)
        self.find_whole_data(intent)
        self.find_top_by(intent)
        self.find_order_value(intent)
        self.find_measures(intent)
        self.find_rates(intent)
        self.opening_dimension(intent)
        self.find_order(intent)
        self.find_dimensions(intent)
        self.find_ranking(intent)
        self._listed_with_measure(intent)
        self.find_list_columns(intent)
        self.finish(intent)
        self.rows_ranked_over_repeats(intent)
        self.settle_time(intent)
        self.grid_readings(intent)
        if entities_counted(self, intent):
            self.ps.notes.append("entities_counted")
        self.find_time_span(intent)
        self.find_unheld_values(intent)
        self.find_period_compare(intent)
        if open_categories(intent, self.table) and self._unknown_before_a_value():
            self.lower("unknown_beside_open_category", UNKNOWN_WORD_DOUBT)
        elif (open_categories(intent, self.table) or self.state) and self._lone_char_before_de():
            self.lower("qualifier_beside_open_category", MODE_CONFLICT_DOUBT)
        asked = self.ps.problem and self.ps.problem.startswith(("value:", "unheld:"))
        unknown = self.ps.missing_values if asked else []
        unknown = unknown or self.unknown_words()
        self.ps.understood += acts_of_the_nouns(self, unknown)  # goals scored: the act making goals
        if self.ps.understood:
            unknown = [w for w in unknown if not any(w.lower() in p for p in self.ps.understood)]
        raw = self.ps.confidence - self.doubt(intent, unknown)
        raw -= self._unread_doubts(intent, unknown)
        raw -= self._words_misread(intent, unknown)
        raw -= self._said_left_out(intent)
        self.ps.shortfall = max(0.0, 0.05 - raw)
        confidence = max(0.05, min(0.98, raw))
        return Parsed(
            intent,
            self.lang,
            confidence,
            unknown,
            self.ps.problem,
            self.ps.notes,
            table=self.table,
            index=self.index,
            other_tables=self.other_table_words(),
        )

    def _unread_doubts(self, intent: Intent, unknown: list[str]) -> float:
        """Words not understood that the reading needed: a piece of a column's name, the "only one" of a
        count, one side of both, a kind of something unknown, a number word, a pronoun with no referent."""
        checks = (
            ("unknown_column_piece", unknown_piece_of_a_column_left_out(self, intent, unknown)),
            ("unknown_qualifies_a_column", unknown_qualifies_a_column(self, intent, unknown)),
            ("only_one_unread", only_one_unread(self.question, intent)),
            ("one_side_of_both", one_side_of_both(self.question, intent)),
            ("one_side_of_a_pair", one_side_of_a_pair(self, intent)),
            ("distinct_count_pinned", distinct_count_of_a_pinned_column(intent)),
            ("one_side_of_whether", one_side_of_whether(self.question, intent)),
            ("kind_of_unknown", kind_of_unknown(self.question, unknown)),
            ("proper_name_unknown", proper_name_unknown(unknown)),
            ("number_word_unread", number_word_unread(unknown)),
            ("pronoun_without_referent", pronoun_without_referent(self.items, self.state)),
        )
        return sum(self.reason(name, MODE_CONFLICT_DOUBT) for name, found in checks if found)

    def _words_misread(self, intent: Intent, unknown: list[str]) -> float:
        """A lone character split off a longer word (副 + 热带风暴: the word was 副热带, subtropical)."""
        if split_off_a_word(self):
            return self.reason("word_split_off", MODE_CONFLICT_DOUBT)
        return 0.0

    def _said_left_out(self, intent: Intent) -> float:
        """Something said the reading left out or misplaced (leftovers.py): one doubt each."""
        checks = (
            ("one_row_groups_aggregated", aggregate_over_one_row_groups(self, intent)),
            ("number_left_out", number_left_out(self)),
            ("other_extreme_left_out", other_extreme_left_out(self)),
            ("people_ranked_as_groups", people_ranked_as_groups(self, intent)),
            ("asked_thing_left_out", asked_thing_left_out(self, intent)),
            ("verb_of_most_unread", verb_of_most_unread(self, intent)),
            ("negated_grouping_read", negated_grouping_read(self, intent)),
            ("superlative_as_a_sort", superlative_as_a_sort(self, intent)),
            ("whole_place_filtered", whole_place_filtered(self, intent)),
            ("rate_left_out", rate_left_out(self, intent)),
            ("compared_values_summed", compared_values_summed(self, intent)),
            ("counted_noun_unread", counted_noun_unread(self, intent)),
            ("per_unknown_word", per_unknown_word(self, intent)),
            ("key_shown_for_its_thing", key_shown_for_its_thing(self, intent)),
            ("neighbour_names_another_amount", neighbour_names_another_amount(self, intent)),
            ("compound_of_two_values", compound_of_two_values(self, intent)),
            ("relative_clause_unread", relative_clause_unread(self)),
            ("each_as_pronoun", each_as_pronoun(self, intent)),
            ("flag_from_part_of_its_name", flag_read_from_part_of_its_name(self, intent)),
        )
        return sum(self.reason(name, MODE_CONFLICT_DOUBT) for name, found in checks if found)

    def grid_readings(self, intent: Intent) -> None:
        """A grid of cells (gridcells.py): members' totals, averages of totals, people summed, and a
        headcount summed over several periods doubted."""
        assert self.table is not None
        if ranges_as_labels(intent, self.table):
            self.ps.notes.append("ranges_as_labels")
        members = cells_to_members(intent, self.table)
        if members:
            self.ps.notes.append("cells_to_members")
        if members or "values_weighed" in self.ps.notes:
            said = one_of_two_ranked(self.question, intent)
            if said:
                self.ps.understood.append(said)
        average_said = any((it.tag("agg") or "").endswith("avg") for it in self.items)
        if headcounts_summed(intent, self.table, average_said):
            self.ps.notes.append("headcounts_summed")
        if people_summed(self.text, intent, self.table):
            self.ps.notes.append("people_summed")
            if self._people_qualified_unread():
                self.lower("people_qualifier_unread", MODE_CONFLICT_DOUBT)
        if averages_of_totals(intent, self.table) == "doubt":
            self.lower("cells_averaged", MODE_CONFLICT_DOUBT)
        if level_summed_over_periods(intent, self.table):
            self.lower("level_summed_over_periods", MODE_CONFLICT_DOUBT)

    def _unknown_before_a_value(self) -> bool:
        """A word not understood right before a value the reading used (北领地女性: a place before the
        gender) or, a name, before 的 (西澳的囚犯): most likely a value of another category, unlinked."""
        understood = [p.lower() for p in self.ps.understood]
        unknown = {
            w.replace(" ", "") for w in self.unknown_words() if not any(w.lower() in p for p in understood)
        }
        run = ""
        for pos, it in enumerate(self.items):
            if it.kind == "word" and pos not in self.ps.used and it.text != "的":
                run += it.text.replace(" ", "")
                continue
            if run and self._qualifies(it, pos, [w for w in unknown if w in run]):
                return True
            run = ""
        return False

    def _qualifies(self, it: Item, pos: int, unknown: list[str]) -> bool:
        """Words not understood that qualify the item after them: a value the reading used, or 的 after a
        name (a word CC-CEDICT lacks or names as a place)."""
        if it.text == "的" and pos not in self.ps.used:
            return any(_name_like(w) for w in unknown)
        return bool(unknown) and pos in self.ps.used and any(lk.kind == "value" for lk in it.links)

    def _lone_char_before_de(self) -> bool:
        """A lone character no clause read, no grammar word, between an unread grammar character and 的
        (还押的男性): it qualifies what follows, as a word not understood would, though a lone character
        is no word not understood. Over an open category, or in a follow-up (再只看还押的呢)."""
        for pos, it in enumerate(self.items):
            if pos and it.text == "的" and pos not in self.ps.used:
                before = self.items[pos - 1]
                if pos - 1 not in self.ps.used and before.kind == "word" and before.text not in ZH_STOP:
                    return bool(CJK_RE.fullmatch(before.text)) and self._unread_grammar(pos - 2)
        return False

    def _unread_grammar(self, pos: int) -> bool:
        """An unread grammar character (还, 被) that is no dictionary word with the next one: the character
        after it stands alone (not 记录到的 after a word read, nor 全国的, a word of its own)."""
        it = self.items[pos] if pos >= 0 else None
        if it is None or it.kind != "word" or it.text not in ZH_STOP or pos in self.ps.used:
            return False
        return not bilingual.english_for(it.text + self.items[pos + 1].text)

    def _people_qualified_unread(self) -> bool:
        """还押人数: a character no clause read right before the people counted qualifies them (which
        people?; `unread_qualifier`, as before a count word)."""
        for pos, it in enumerate(self.items):
            if pos and PEOPLE_COUNT_RE.search(it.text.replace(" ", "").lower()):
                chars = self.unread_qualifier(pos, 1)
                return bool(chars) and chars[0] not in ZH_STOP
        return False


__all__ = ["INCLUSIVE_NOTE", "Parsed", "Parser", "ParseState", "is_additive", "said_keys"]


def _name_like(word: str) -> bool:
    """A word the dictionary lacks (西澳) or gives as a proper name: no common noun (儿童 "child", which
    restates a group) nor verb (覆盖 "to cover")."""
    return not bilingual.english_for(word) or bool(codenames.sense_names(word)[0])
