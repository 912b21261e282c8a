"""The doubts of which_shown, rankedunread, countshown and tallydistinct on items and SQL alone."""

from __future__ import annotations

from shared.ask.engines.rules.countshown import count_unanswered
from shared.ask.engines.rules.rankedunread import ranked_unread
from shared.ask.engines.rules.tallydistinct import distinct_tally, tally_column
from shared.ask.engines.rules.which_shown import which_unshown
from shared.semantic.vocabulary.linktypes import Item, Link


def _col(start: int, text: str, column: str, score: float = 0.9) -> Item:
    return Item(start, start + 1, "match", text, links=[Link("column", "t", column, score=score)])


def test_which_of_a_column_left_out_of_the_sql():
    # Given 哪 个 仓库、哪 季 (which warehouse, which season)
    items = [
        Item(0, 1, "match", "哪", tags=["which"]),
        Item(1, 2, "word", "个"),
        _col(2, "仓库", "warehouse"),
        Item(3, 4, "match", "哪", tags=["which"]),
        _col(4, "季", "season"),
    ]
    # When the SQL shows both, and when it shows the season alone
    # Then only the second is a doubt; one which-word alone is never one
    assert not which_unshown(items, 'SELECT "warehouse", "season" FROM t')
    assert which_unshown(items, 'SELECT "season" FROM t')
    assert not which_unshown(items[:3], 'SELECT "season" FROM t')


def test_a_superlative_on_an_unread_word_ranked_by_rows():
    # Given "the most steel", steel unread
    items = [Item(0, 1, "match", "the most", tags=["sup:desc"]), Item(1, 2, "word", "steel")]
    sql = 'SELECT "port", COUNT(*) AS "row_count" FROM t GROUP BY "port" ORDER BY "row_count" DESC LIMIT 1'
    # When the SQL ranks by a row count
    # Then it is a doubt; a sum ranking is not
    assert ranked_unread(items, sql)
    assert not ranked_unread(items, 'SELECT "port" FROM t GROUP BY "port" ORDER BY SUM("tons") DESC')


def test_a_count_asked_and_no_number_answered():
    # Given 码头 数 (the number of docks)
    items = [_col(0, "码头", "dock"), Item(1, 2, "match", "数", tags=["count_suffix"])]
    # When the SQL lists names alone, and when it shows a count column or counts
    # Then only the names alone are a doubt
    assert count_unanswered(items, 'SELECT "warehouse" FROM w')
    assert not count_unanswered(items, 'SELECT "warehouse", "dock_count" FROM w')
    assert not count_unanswered(items, 'SELECT "warehouse", COUNT(*) FROM w GROUP BY 1')


def test_distinct_values_of_a_count_column():
    # Given count-named columns and others
    # Then a distinct count of a count column is a doubt, of a key is not
    assert tally_column("dock_count") and tally_column("num_members") and tally_column("会员人数")
    assert not tally_column("warehouse_id") and not tally_column("country")
    assert distinct_tally('SELECT COUNT(DISTINCT t1."dock_count") FROM w AS t1')
    assert not distinct_tally('SELECT COUNT(DISTINCT "warehouse_id") FROM w')


def test_a_word_only_qualifying_the_data_name_names_no_rows():
    from shared.ask.engines.rules.subject import _subject_words, read_subject

    # Given data called steel_ports (rows: ports; steel only qualifies them)
    said = _subject_words(("steel_ports",))
    assert said.modifiers == frozenset({"steel"})
    # When "the most steel" is asked over a star whose fact is the ports' rows, with no amount column
    items = [Item(0, 1, "match", "the most", tags=["sup:desc"]), Item(1, 2, "word", "steel")]
    out, amount = read_subject(items, [(1, 2)], [], "port_calls", said.modifiers)
    # Then steel stays an unread word, not the fact's rows
    assert not amount and out[1].kind == "word" and not out[1].links


def test_a_modifying_character_takes_its_sense_from_the_dictionary_compounds():
    from shared.semantic.vocabulary.headerparts import header_part_aliases
    from shared.semantic.vocabulary.modifierglosses import modifier_sense

    # Given 毛 (gross in 毛利, 毛重, 毛收入) and 净 (net in 净利, 净重)
    # Then their senses before a noun are read off those compounds
    assert modifier_sense("毛") == "gross" and modifier_sense("净") == "net"
    # And headers of such a character and a dictionary word, less their unit, are named so
    assert header_part_aliases("净销量_件").get("net sales volume") == 0.85
    assert header_part_aliases("毛销量_件").get("gross sales volume") == 0.85
    # And an ordinal header by its noun, a compound with a rate unit by its halves
    assert "season" in header_part_aliases("季次")
    assert "carton price" in header_part_aliases("纸箱价格_元每个")
