"""The data's subject over a star schema (subject.star_fact): the word of the datasource's name a question
counts or aggregates names the rows the data is about, the fact's, even where the fact's headers are in
another language and the question filters on a dimension's label."""

from __future__ import annotations

from shared.ask.engines.base import DatasourceInfo, EngineRequest
from shared.ask.engines.rules import RuleEngine
from shared.ask.engines.rules.subject import star_fact
from shared.semantic.schema import ForeignKey, Schema, Table
from tests.engine.schemas import TODAY, memory_db, profiled_table

BRANCHES = [(1, "Riverside", "Leeds"), (2, "Hilltop", "York"), (3, "Old Mill", "Leeds")]
BRANCH_COLUMNS = [("branch_id", "integer"), ("branch_name", "text"), ("city", "text")]
# 借阅编号, 分馆编号 -> branches.branch_id, 读者年龄, 是否逾期, 读者类型
LOANS = [
    (1, 1, 30, "是", "student"),
    (2, 1, 41, "否", "teacher"),
    (3, 1, 25, "否", "student"),
    (4, 2, 60, "是", "teacher"),
    (5, 3, 19, "否", "student"),
    (6, 3, 33, "否", "student"),
    (7, None, 50, "否", "teacher"),
]
LOAN_COLUMNS = [
    ("借阅编号", "integer"),
    ("分馆编号", "integer"),
    ("读者年龄", "integer"),
    ("是否逾期", "text"),
    ("读者类型", "text"),
]
LIBRARY = DatasourceInfo(name="library_loans", file_name="library_loans.sqlite")


def _tables() -> list[tuple[str, list[tuple[str, str]], list[tuple]]]:
    return [("branches", BRANCH_COLUMNS, BRANCHES), ("借阅", LOAN_COLUMNS, LOANS)]


def library() -> Schema:
    tables: dict[str, Table] = {name: profiled_table(name, cols, rows) for name, cols, rows in _tables()}
    tables["branches"].primary_key = ["branch_id"]
    tables["借阅"].primary_key = ["借阅编号"]
    tables["借阅"].foreign_keys = [ForeignKey(["分馆编号"], "branches", ["branch_id"])]
    return Schema(tables=list(tables.values()))


def ask(question: str, datasource: DatasourceInfo = LIBRARY):
    request = EngineRequest(question=question, schema=library(), today=TODAY, datasource=datasource)
    return RuleEngine().answer(request)


def rows(sql: str | None) -> list[tuple]:
    return sorted(memory_db(_tables()).execute(sql or "").fetchall(), key=str)


def test_the_star_fact_is_the_table_that_refers_and_is_not_referred_to():
    assert star_fact(library(), None) == "借阅"


def test_the_subject_word_counted_is_the_facts_rows():
    # Given a library's loans (Chinese headers) referring to its branches (English headers), uploaded as
    # library_loans: "loans" names no header, only the datasource
    # When the question counts the loans
    answer = ask("How many loans are in the data?")
    # Then it counts the fact's rows, not a dimension's
    assert answer.status == "ok", answer.message
    assert rows(answer.sql) == [(7,)]


def test_the_subject_word_counted_with_a_dimension_label_counts_the_facts_rows():
    # When the count of loans is filtered by a branch's name (a dimension's label)
    answer = ask("How many loans have the branch name 'Riverside'?")
    # Then the loans of that branch are counted (3), not the one branch row
    assert answer.status == "ok", answer.message
    assert rows(answer.sql) == [(3,)]


def test_a_word_not_understood_between_an_article_and_a_value_is_a_lost_restriction():
    # When an adjective the data does not hold qualifies a value (a visiting teacher: which teachers?)
    answer = ask("How many loans had a visiting teacher?")
    # Then the answer is asked back rather than counting every teacher's loans
    assert answer.status == "clarify"
    assert "visiting" in answer.unknown_words
    # and without the qualifier the teachers' loans are counted
    plain = ask("How many loans had a teacher?")
    assert plain.status == "ok", plain.message
    assert rows(plain.sql) == [(3,)]


def test_a_chinese_keys_noun_names_the_dimension_it_points_at():
    # Given the loans' key 分馆编号 pointing at the English-headed branches
    # When a question names the branch by the key's noun (分馆) with a branch's name
    answer = ask("分馆为Riverside的借阅有多少")
    # Then 分馆 is the branches: the loans of Riverside are counted
    assert answer.status == "ok", answer.message
    assert rows(answer.sql) == [(3,)]


def test_the_most_common_label_of_a_dimension_counts_the_facts_rows():
    # When the question asks which branch name is the most common (one branch row per name)
    answer = ask("Which branch name is the most common?")
    # Then the loans per branch are counted, not the branch rows (each 1)
    assert answer.status == "ok", answer.message
    assert rows(answer.sql) == [("Riverside", 3)]


def test_a_distribution_of_a_category_counts_its_rows_per_value():
    # When the question asks for the distribution (分布) of the readers' kind among overdue loans
    answer = ask("逾期借阅的读者类型分布如何")
    # Then each kind is shown with its number of loans, not listed alone
    assert answer.status == "ok", answer.message
    assert rows(answer.sql) == [("student", 1), ("teacher", 1)]


def test_a_share_among_rows_with_a_recorded_dimension_leaves_the_others_out():
    # Given one loan with no branch recorded
    # When the share is asked among the loans with a recorded branch
    answer = ask("Among loans with a recorded branch, what share had the branch name 'Riverside'?")
    # Then the loan without a branch is not in the base: 3 of 6, not 3 of 7
    assert answer.status == "ok", answer.message
    assert rows(answer.sql) == [(0.5,)]
