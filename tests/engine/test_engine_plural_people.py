"""A Chinese word not understood right before 们 (实习生们, the interns) names the people the question is
about: an answer that cannot read it answers about everyone, so it costs as much as an unknown name."""

from __future__ import annotations

from shared.ask.engines.rules.parse_confidence import names_a_row


def test_a_word_before_the_plural_of_people_names_the_rows_asked_about() -> None:
    # Given no table noun ends in the word's next character
    heads: set[str] = set()
    # When the word not understood stands before 们
    # Then it names the people asked about; the same word before 的 does not
    assert names_a_row("实习生", heads, "实习生们的平均月薪")
    assert not names_a_row("实习生", heads, "实习生的平均月薪")
