"""General rules found on held-out data (bench/eval_sets): each test names the rule, not a question."""

from __future__ import annotations

from shared.semantic.schema import Schema
from shared.semantic.vocabulary.segment import normalise
from tests.engine.schemas import ask, profiled_table, with_names

SALES_COLUMNS = [
    ("单号", "text"),
    ("销售日期", "date"),
    ("门店", "text"),
    ("区域", "text"),
    ("销售数量", "integer"),
    ("销售金额", "float"),
    ("毛利", "float"),
    ("是否会员", "text"),
]
SALES_ROWS = [
    ("XS1", "2023-08-02", "上海徐汇店", "华东", 3, 120.0, 40.0, "是"),
    ("XS2", "2024-02-11", "上海徐汇店", "华东", 1, 80.0, 20.0, "否"),
    ("XS3", "2024-03-05", "广州天河店", "华南", 5, 300.0, 90.0, "是"),
    ("XS4", "2024-05-20", "北京朝阳店", "华北", 2, 150.0, 35.0, "否"),
    ("XS5", "2024-08-18", "广州天河店", "华南", 4, 220.0, 70.0, "是"),
    ("XS6", "2024-12-31", "北京朝阳店", "华北", 6, 410.0, 130.0, "否"),
]
TEACHER_COLUMNS = [
    ("teacher_id", "integer"),
    ("name", "text"),
    ("title", "text"),
    ("hire_date", "text"),  # dates stored as text, as in many SQLite files
    ("salary", "float"),
]
TEACHER_ROWS = [
    (1, "Wu Xin", "Senior Teacher", "2012-04-28", 14460.0),
    (2, "Wang Gang", "Teacher", "2019-02-23", 10641.0),
    (3, "Li Na", "Teacher", "2021-11-13", 9092.0),
    (4, "Chen Min", "Assistant Teacher", "2023-01-05", 7750.0),
]
COURSE_COLUMNS = [
    ("course_id", "integer"),
    ("course_name", "text"),
    ("subject", "text"),
    ("credits", "integer"),
]
COURSE_ROWS = [(1, "Algebra", "Math", 4), (2, "Statistics", "Math", 2), (3, "Mechanics", "Physics", 3)]
SCORE_COLUMNS = [("score_id", "integer"), ("course_id", "integer"), ("term", "text"), ("score", "float")]
SCORE_ROWS = [(1, 1, "2024 Spring", 58.0), (2, 2, "2024 Spring", 91.5), (3, 3, "2024 Fall", 73.0)]


def sales() -> Schema:
    return Schema(tables=[profiled_table("sales", SALES_COLUMNS, SALES_ROWS)])


def school() -> Schema:
    return Schema(
        tables=[
            profiled_table("teachers", TEACHER_COLUMNS, TEACHER_ROWS),
            profiled_table("courses", COURSE_COLUMNS, COURSE_ROWS),
            profiled_table("exam_scores", SCORE_COLUMNS, SCORE_ROWS),
        ]
    )


def test_a_column_named_by_a_lexicon_word_for_profit_adds_up():
    # Given a 毛利 column (a profit, though its name holds no English hint) / When grouping it
    ans = ask(sales(), "gross profit by region")
    # Then it is summed, not averaged
    assert 'SUM("毛利")' in ans.sql and 'GROUP BY "区域"' in ans.sql


def test_generic_row_nouns_count_the_rows_of_the_table():
    # Given a sales table that says nothing about 订单 / When counting 订单 above an amount
    ans = ask(sales(), "销售金额超过100元的订单数")
    # Then the rows of the table are counted under the amount filter
    assert ans.status == "ok"
    assert "COUNT(*)" in ans.sql and '"销售金额" > 100' in ans.sql


def test_an_amount_named_for_a_period_is_its_total():
    # Given no aggregate word and no listing verb / When naming an amount for a month, zh and en
    zh = ask(sales(), "2024年3月的销售额")
    en = ask(sales(), "revenue in March 2024")
    # Then both are totals, not the raw rows
    assert 'SUM("销售金额")' in zh.sql and 'SUM("销售金额")' in en.sql


def test_a_listing_verb_keeps_the_rows():
    # Given an explicit listing verb / When naming an amount
    ans = ask(sales(), "列出2024年3月的销售金额")
    # Then rows are listed
    assert "SUM(" not in ans.sql


def test_the_tables_own_noun_between_an_aggregate_and_its_column_is_skipped():
    # Given 平均每单 (per order) and "average exam score" where exam names the table
    per_order = ask(sales(), "平均每单的销售金额")
    exam = ask(school(), "average exam score by term")
    # Then the aggregate still reaches its column
    assert 'AVG("销售金额")' in per_order.sql
    assert 'AVG("score")' in exam.sql and 'GROUP BY "term"' in exam.sql


def test_iso_dates_stored_as_text_are_a_time_axis():
    # Given hire_date as TEXT holding ISO dates / When asking for hires after a year
    ans = ask(school(), "How many teachers were hired after 2020?")
    # Then the date column gets a date range, not the id compared with 2020
    assert "\"hire_date\" >= '2021-01-01'" in ans.sql
    assert "teacher_id" not in ans.sql


def test_the_table_name_is_not_read_as_an_equal_value_of_a_column():
    # Given a title column holding 'Teacher' in the teachers table / When asking about teachers
    count = ask(school(), "How many teachers does the school have?")
    avg = ask(school(), "Average teacher salary by title")
    # Then no title = 'Teacher' filter appears, and the id is never averaged
    assert "WHERE" not in count.sql
    assert 'AVG("salary")' in avg.sql and "'Teacher'" not in avg.sql


def test_a_value_after_its_named_column_stays_a_filter():
    # Given the column named right before the value / When asking
    ans = ask(school(), "average salary of teachers whose title is Teacher")
    # Then the value filter is kept
    assert "\"title\" = 'Teacher'" in ans.sql


def test_a_numeric_column_right_after_a_number_is_what_is_compared():
    # Given "more than 2 credits" after the table word courses (whose id is numeric)
    ans = ask(school(), "List all courses with more than 2 credits")
    # Then credits is compared, never the id
    assert '"credits" > 2' in ans.sql


def test_a_comparison_with_no_named_column_uses_the_only_measure():
    # Given exam results and a bare number / When comparing
    ans = ask(school(), "How many exam results are below 60?")
    # Then the one measure of the table is compared
    assert '"score" < 60' in ans.sql and "COUNT(*)" in ans.sql


def test_a_relative_year_gives_its_year_to_a_half_year():
    # Given data ending 2024-12-31 / When asking for last year's second half
    ans = ask(sales(), "去年下半年的毛利总额")
    # Then the range is 2023-07-01 .. 2024-01-01
    assert "\"销售日期\" >= '2023-07-01'" in ans.sql and "\"销售日期\" < '2024-01-01'" in ans.sql


def test_a_followup_last_quarter_steps_back_from_the_quarter_just_asked():
    # Given a question about Q3 2024
    first = ask(sales(), "2024年第三季度各区域的销售额")
    # When the follow-up asks for the previous quarter, then swaps the measure
    step_back = ask(sales(), "那上个季度呢？", state=first.state)
    swapped = ask(sales(), "换成毛利", state=step_back.state)
    # Then the range is Q2 2024, and the second turn keeps it with the new measure summed
    assert "'2024-04-01'" in step_back.sql and "'2024-07-01'" in step_back.sql
    assert 'SUM("毛利")' in swapped.sql and "'2024-04-01'" in swapped.sql and 'GROUP BY "区域"' in swapped.sql


def test_a_followup_naming_only_an_aggregate_changes_the_aggregate():
    # Given totals by region / When asking for the average instead
    first = ask(sales(), "total sales amount by region")
    ans = ask(sales(), "and the average instead?", state=first.state)
    # Then the same column is averaged by the same grouping
    assert 'AVG("销售金额")' in ans.sql and 'GROUP BY "区域"' in ans.sql


def test_non_prefix_is_split_so_the_flag_is_negated():
    # Given "non-members" written with a hyphen
    assert normalise("non-members") == "non members"
    # When asking about them / Then the member flag is off
    ans = ask(sales(), "revenue by store for non-members")
    assert "\"是否会员\" = '否'" in ans.sql


def test_a_date_column_next_to_a_time_phrase_filters_and_is_not_listed():
    # Given 入职 right after 2015年以前 / When listing teachers
    ans = ask(school(), "2020年以前入职的老师有哪些")
    # Then the names are listed and hire_date only filters
    assert ans.sql.startswith('SELECT "name"')
    assert "\"hire_date\" < '2020-01-01'" in ans.sql


def test_a_classifier_between_each_and_its_column_is_skipped():
    # Given 每门学科 (每 + classifier 门 + column) / When counting courses
    ans = ask(with_names(school(), {"courses": ["课程"], "courses.subject": ["学科"]}), "每门学科有几门课程")
    # Then courses are counted per subject
    assert 'GROUP BY "subject"' in ans.sql and "COUNT(*)" in ans.sql


def test_a_repeating_thing_ranked_by_an_amount_ranks_its_totals():
    # Given sales lines where each store appears on several rows / When asking for the lowest-profit store
    ans = ask(sales(), "毛利最低的1个门店")
    # Then stores are ranked by their summed profit, not single lines
    assert 'GROUP BY "门店"' in ans.sql and 'SUM("毛利")' in ans.sql and "ASC" in ans.sql


def test_a_ranked_thing_pinned_by_a_filter_stays_a_row_ranking():
    # Given a filter fixing the store / When asking for its smallest sale
    ans = ask(sales(), "What is the smallest sales amount in 上海徐汇店?")
    # Then no grouping by the pinned store appears
    assert "GROUP BY" not in ans.sql


def test_a_date_column_is_not_compared_with_a_small_number():
    # Given exam scores with a text exam_date / When comparing results with 60
    schema = Schema(
        tables=[
            profiled_table(
                "exam_scores",
                [("score_id", "integer"), ("exam_date", "text"), ("score", "float")],
                [(1, "2024-01-08", 58.0), (2, "2024-06-20", 91.5), (3, "2024-06-18", 73.0)],
            )
        ]
    )
    ans = ask(schema, "How many exam results are below 60?")
    # Then the score is compared, not the date
    assert '"score" < 60' in ans.sql and "exam_date" not in ans.sql
