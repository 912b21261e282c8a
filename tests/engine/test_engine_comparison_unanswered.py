"""A comparison asked (哪个…更多, which has more …) and answered by a bare list of the groups asks back."""

from __future__ import annotations

from shared.ask.engines.rules.intent import Intent, Measure
from shared.ask.engines.rules.parse_misreadings import comparison_unanswered


def test_a_comparison_answered_by_a_list_is_unanswered():
    # Given a list of groups with no amount / When the question asks which has more
    listed = Intent(table="shops", columns=["城市"], distinct=True)
    # Then the comparison is unanswered, in both languages
    assert comparison_unanswered("北京和上海，哪个城市的门店更多", listed)
    assert comparison_unanswered("Which city has more shops, Paris or Lyon?", listed)


def test_a_bound_or_an_answered_comparison_is_not_flagged():
    # Given a bound (more than 3, 5 or more), or an amount shown / Then nothing is flagged
    listed = Intent(table="shops", columns=["城市"], distinct=True)
    counted = Intent(table="shops", measures=[Measure("count")], dimensions=["城市"])
    assert not comparison_unanswered("Which cities have more than 3 shops?", listed)
    assert not comparison_unanswered("cities with 5 or more shops", listed)
    assert not comparison_unanswered("Find the cities that have more shops than 40.", listed)
    assert not comparison_unanswered("哪个城市的门店更多", counted)
