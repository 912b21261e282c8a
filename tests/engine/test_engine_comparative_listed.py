"""A comparison asked (哪个…更多, which has more …) and answered by a bare list of the groups asks back."""

from __future__ import annotations

from shared.ask.engines.rules.answer_doubts import comparative_listed
from shared.ask.engines.rules.intent import Intent, Measure


def test_a_comparison_answered_by_a_list_is_unanswered():
    # Given a list of groups with no amount / When the question asks which has more
    listed = Intent(table="shops", columns=["城市"], distinct=True)
    # Then the comparison is unanswered, in both languages
    assert comparative_listed("北京和上海，哪个城市的门店更多", listed)
    assert comparative_listed("Which city has more shops, Paris or Lyon?", listed)


def test_a_bound_or_an_answered_comparison_is_not_flagged():
    # Given a bound (more than 3, 5 or more), or an amount shown / Then nothing is flagged
    listed = Intent(table="shops", columns=["城市"], distinct=True)
    counted = Intent(table="shops", measures=[Measure("count")], dimensions=["城市"])
    assert not comparative_listed("Which cities have more than 3 shops?", listed)
    assert not comparative_listed("cities with 5 or more shops", listed)
    assert not comparative_listed("Find the cities that have more shops than 40.", listed)
    assert not comparative_listed("哪个城市的门店更多", counted)
