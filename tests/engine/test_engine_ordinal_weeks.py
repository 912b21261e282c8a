"""A header "<word> + X次" numbering the X's in order (生产周次: the production week) is named by X's
sense whose first Chinese word is X again (周 → week), though the surname and the dynasty come first
(vocabulary/ordinalheaders.py); a "which" question answered by every row's number listed is asked
back (whichlisted.py)."""

from __future__ import annotations

from shared.semantic.schema import Schema, Table
from shared.semantic.vocabulary.ordinalheaders import ordinal_header_aliases
from tests.engine.schemas import ask, profiled_table


def batches() -> Table:
    """A bakery's batches: the production week each belongs to, the line and the loaves made."""
    rows = [(i, 1 + i % 6, ("A线", "B线")[i % 2], 100 + (i * 37) % 90) for i in range(1, 41)]
    return profiled_table(
        "bakery_batches",
        [("批号", "integer"), ("生产周次", "integer"), ("产线", "text"), ("产量", "integer")],
        rows,
    )


def test_a_prefixed_ordinal_header_is_named_by_its_noun_sense():
    # Given 生产周次 (生产 a dictionary word, 周次 none) / Then "week" names it, a little below 季次's own
    aliases = ordinal_header_aliases("生产周次")
    assert aliases.get("week") == 0.85 and ordinal_header_aliases("季次").get("season") == 0.9
    # And a header whose prefix is no dictionary word is not read so
    assert ordinal_header_aliases("x周次") == {}


def test_which_week_groups_by_the_ordinal_header():
    # Given the bakery / When asked which week made the most batches
    ans = ask(Schema(tables=[batches()]), "Which week had the most batches?")
    # Then the production week is grouped and ranked
    assert ans.status == "ok", (ans.message, ans.confidence)
    assert 'GROUP BY "生产周次"' in (ans.sql or ""), ans.sql


def test_which_week_with_an_unread_word_is_asked_back():
    # Given the bakery / When asked which week was the peak (peak not read)
    ans = ask(Schema(tables=[batches()]), "Which week was the peak?")
    # Then every row's week is not listed as the answer
    assert ans.status != "ok", ans.sql
