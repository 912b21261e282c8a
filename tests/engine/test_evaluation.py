"""shared.cli.evaluation.judge: execution-accuracy rules of shared/eval/README.md."""

from __future__ import annotations

from shared.cli.evaluation import judge, normalise_value


def test_values_normalise_to_one_form():
    assert normalise_value(3.0) == 3 and normalise_value(True) == 1 and normalise_value(" a ") == "a"
    assert normalise_value(1234.5678) == normalise_value(1234.5679)


def test_yes_no_words_are_the_booleans_an_upload_stores():
    """Given a gold grouped by a Yes/No text column, when the answer groups the same column loaded as a
    boolean (1 / 0), then the rows agree; other words stay text."""
    assert judge(["flag", "n"], [("Yes", 3), ("No", 5)], ["flag", "n"], [(1, 3), (0, 5)])
    assert normalise_value(" TRUE ") == 1 and normalise_value("no") == 0
    assert normalise_value("Maybe") == "Maybe"
    assert not judge(["flag", "n"], [("Yes", 3), ("No", 5)], ["flag", "n"], [(0, 3), (1, 5)])


def test_extra_answer_columns_are_allowed_and_matched_by_value():
    gold = [("a", 1), ("b", 2)]
    answer = [(2, "b", 9), (1, "a", 9)]
    assert judge(["k", "v"], gold, ["v", "k", "x"], answer)


def test_order_matters_only_when_ordered():
    gold = [("a",), ("b",)]
    assert judge(["k"], gold, ["k"], [("b",), ("a",)], ordered=False)
    assert not judge(["k"], gold, ["k"], [("b",), ("a",)], ordered=True)


def test_compare_keeps_only_required_columns():
    assert judge(["month", "n"], [("2024-01", 5)], ["m", "n"], [(1, 5)], compare=[1])
    assert not judge(["month", "n"], [("2024-01", 5)], ["m", "n"], [(1, 6)], compare=[1])


def test_rows_must_agree_jointly_not_column_by_column():
    gold = [("a", 1), ("b", 2)]
    assert not judge(["k", "v"], gold, ["k", "v"], [("a", 2), ("b", 1)])


def test_row_count_mismatch_fails():
    assert not judge(["n"], [(1,)], ["n"], [(1,), (1,)])


def test_a_pct_line_accepts_its_ratio_as_a_percentage_or_a_fraction():
    # Given a share the gold gives as a percentage and an answer giving it as a fraction (rule 6)
    gold, answer = [(62.5,)], [(0.625,)]
    # When the line is tagged pct, then either form is right; untagged, it is not
    assert judge(["share"], gold, ["share"], answer, pct=True)
    assert judge(["share"], [(0.625,)], ["share"], [(62.5,)], pct=True)
    assert not judge(["share"], gold, ["share"], answer)
    # And a different ratio stays wrong
    assert not judge(["share"], gold, ["share"], [(0.6,)], pct=True)


def test_a_pct_line_grouped_by_whole_number_keys_scales_only_the_ratios():
    # Given fatality rates per year, the gold in percent, the answer as fractions beside the same years
    gold = [(1997, 4.5), (1998, 5.25)]
    answer = [(1997, 0.045), (1998, 0.0525)]
    # When the line is tagged pct, then the ratios are compared as percentages and the years stay years
    assert judge(["year", "rate"], gold, ["year", "rate"], answer, pct=True)
    # And a wrong year is still wrong
    assert not judge(["year", "rate"], gold, ["year", "rate"], [(1996, 0.045), (1998, 0.0525)], pct=True)
