"""The LLM engine's pure parts: extraction, schema validation, prompt linking, engine-choice policy."""

from __future__ import annotations

import pytest

from shared.ask.engines.base import EngineAnswer, EngineRequest
from shared.ask.engines.llm.extract import extract_sql
from shared.ask.engines.llm.prompt import build_messages, link_schema
from shared.ask.engines.llm.validate import validate_sql
from shared.ask.engines.selection import answer_question, choose_engine
from shared.errors import BadRequest
from shared.semantic.schema import Column, ColumnProfile, ForeignKey, Schema, SemanticLayer, Table
from shared.settings import Settings
from tests.llm.support import FixedEngine

ORDERS = Table(
    "orders",
    [Column(n, "text") for n in ("order_id", "province", "channel")] + [Column("amount", "float")],
)
EMPLOYEES = Table(
    "employees", [Column(n, "text") for n in ("工号", "部门", "城市")] + [Column("月薪", "integer")]
)
SCHEMA = Schema([ORDERS, EMPLOYEES])


@pytest.mark.parametrize(
    ("reply", "sql"),
    [
        ("SELECT 1;", "SELECT 1"),
        ("  \n```sql\nSELECT a FROM t ;\n```  \n", "SELECT a FROM t"),
        ("```\nSELECT a FROM t\n```", "SELECT a FROM t"),
        ('{"sql": "SELECT a FROM t;", "explanation": "a"}', "SELECT a FROM t"),
        ('The JSON: {"query": "SELECT a FROM t"} done', "SELECT a FROM t"),
        ("Here is the query with totals:\nSELECT SUM(x) FROM t;\n\nIt sums x.", "SELECT SUM(x) FROM t"),
        ("SELECT x FROM t WHERE y = 'a; b'; that returns x", "SELECT x FROM t WHERE y = 'a; b'"),
        ("WITH c AS (SELECT 1 AS a)\nSELECT a FROM c", "WITH c AS (SELECT 1 AS a)\nSELECT a FROM c"),
        ("SELECT 1; DROP TABLE t;", "SELECT 1; DROP TABLE t"),  # kept stacked: validation refuses it
        ("I would rather DROP TABLE t", "DROP TABLE t"),
        ("```sql\nSELECT a\nFROM t", "SELECT a\nFROM t"),  # cut off by max_tokens
    ],
)
def test_extract_finds_the_sql(reply: str, sql: str) -> None:
    # Given a model reply in one of the shapes models produce / When extracted / Then the SQL is exact
    assert extract_sql(reply).sql == sql


def test_extract_reads_clarifications_and_empty_replies() -> None:
    # Given a JSON clarification, prose without SQL, and nothing
    # Then only the clarification carries something
    assert extract_sql('{"sql": null, "clarify": "which year?"}').clarify == "which year?"
    assert extract_sql("I cannot help with that.").sql is None
    assert extract_sql("").sql is None


@pytest.mark.parametrize(
    ("sql", "error"),
    [
        ("SELECT SUM(amount) FROM orders", None),
        ("SELECT o.province, SUM(o.amount) AS s FROM orders o GROUP BY 1 ORDER BY s DESC", None),
        ("SELECT 部门, AVG(月薪) FROM employees WHERE 城市 = '上海' GROUP BY 部门", None),
        ("WITH c AS (SELECT province, SUM(amount) AS s FROM orders GROUP BY province) SELECT s FROM c", None),
        (
            "SELECT amount FROM orders WHERE order_id IN (SELECT 工号 FROM employees WHERE 月薪 > amount)",
            None,
        ),
        (
            "SELECT SUM(revenue) FROM orders",
            "unknown column 'revenue' in table orders; columns are: order_id, province, channel, amount",
        ),
        ("SELECT o.provnce FROM orders o", "(did you mean 'province'?)"),
        ("SELECT * FROM customers", "unknown table 'customers'; tables are: orders, employees"),
        ("SELECT x.amount FROM orders o", "unknown table or alias 'x'"),
        (
            "WITH c AS (SELECT province FROM orders) SELECT total FROM c",
            "unknown column 'total' in subquery c",
        ),
        (
            "SELECT o.amount FROM orders o JOIN employees e ON 1=1 WHERE salary > 1",
            "the query reads table orders",
        ),
        ("SELECT 1; SELECT 2", "expected exactly one SELECT statement, got 2 statements"),
        ("UPDATE orders SET amount = 0", "only a read-only SELECT query is allowed, got UPDATE"),
        ("SELECT FROM WHERE", "the SQL does not parse as sqlite"),
        ("", "the reply contained no SQL query"),
    ],
)
def test_validate_names_what_is_wrong(sql: str, error: str | None) -> None:
    # Given SQL over the schema / When validated / Then the error says exactly what is unknown
    result = validate_sql(sql, SCHEMA)
    if error is None:
        assert result.ok, result.error
    else:
        assert result.error is not None and error in result.error


def test_large_schema_is_cut_to_the_linked_tables_and_their_joins() -> None:
    # Given 30 tables of 10 columns, one about customers joined to regions
    filler = [Table(f"log_{i}", [Column(f"field_{j}", "text") for j in range(10)]) for i in range(28)]
    customers = Table(
        "customers",
        [Column("customer_name", "text"), Column("region_id", "integer")]
        + [Column(f"attr_{j}", "text") for j in range(8)],
        foreign_keys=[ForeignKey(["region_id"], "regions", ["id"])],
    )
    regions = Table("regions", [Column("id", "integer"), Column("label", "text")])
    schema = Schema([*filler, customers, regions])
    # When the question names customers
    linked = link_schema("How many customers are there?", schema, SemanticLayer())
    # Then only customers and the table its foreign key joins are sent
    assert [t.table.name for t in linked] == ["customers", "regions"]


def test_small_schema_is_sent_whole_with_values_only_when_allowed() -> None:
    # Given a small schema with a profiled categorical column
    channel = Column("channel", "text", profile=ColumnProfile(values=[["web", 5], ["app", 3]]))
    schema = Schema([Table("orders", [channel, Column("amount", "float")]), EMPLOYEES])
    request = EngineRequest(question="total amount", schema=schema)
    # When the prompt is built with and without values
    with_values = build_messages(request, send_values=True)[0]["content"]
    without = build_messages(request, send_values=False)[0]["content"]
    # Then every table is there, and the values only in the first
    assert "employees" in with_values and "月薪 integer" in with_values
    assert "values: 'web', 'app'" in with_values
    assert "'web'" not in without and "channel text" in without


REQUEST = EngineRequest(question="q", schema=SCHEMA)
RULES_SURE = EngineAnswer(status="ok", engine="rules", sql="SELECT 1", confidence=0.95)
RULES_UNSURE = EngineAnswer(status="ok", engine="rules", sql="SELECT 2", confidence=0.3)
RULES_CLARIFY = EngineAnswer(status="clarify", engine="rules", message="which column?", confidence=0.0)
LLM_OK = EngineAnswer(status="ok", engine="llm", sql="SELECT 3", usage={"outcome": "ok"})
LLM_TIMEOUT = EngineAnswer(status="error", engine="llm", message="timed out", usage={"outcome": "timeout"})


def test_auto_mode_keeps_a_confident_rule_answer_without_calling_the_model() -> None:
    rules, llm = FixedEngine("rules", RULES_SURE), FixedEngine("llm", LLM_OK)
    assert answer_question(REQUEST, mode="auto", rules=rules, llm=llm).sql == "SELECT 1"
    assert llm.calls == 0


def test_auto_mode_asks_the_model_when_the_rules_are_unsure() -> None:
    rules, llm = FixedEngine("rules", RULES_UNSURE), FixedEngine("llm", LLM_OK)
    answer = answer_question(REQUEST, mode="auto", rules=rules, llm=llm)
    assert answer.engine == "llm" and answer.sql == "SELECT 3"


def test_auto_mode_falls_back_to_the_rules_attempt_when_the_model_fails() -> None:
    rules, llm = FixedEngine("rules", RULES_UNSURE), FixedEngine("llm", LLM_TIMEOUT)
    answer = answer_question(REQUEST, mode="auto", rules=rules, llm=llm)
    assert answer.engine == "rules" and answer.sql == "SELECT 2"
    assert answer.usage is not None and answer.usage["llm"]["outcome"] == "timeout"


def test_auto_mode_clarifies_honestly_when_both_fail() -> None:
    rules, llm = FixedEngine("rules", RULES_CLARIFY), FixedEngine("llm", LLM_TIMEOUT)
    answer = answer_question(REQUEST, mode="auto", rules=rules, llm=llm)
    assert answer.status == "clarify" and answer.message == "which column?"
    assert answer.sql is None


def test_llm_mode_returns_the_model_answer_even_when_it_fails() -> None:
    rules, llm = FixedEngine("rules", RULES_SURE), FixedEngine("llm", LLM_TIMEOUT)
    answer = answer_question(REQUEST, mode="llm", rules=rules, llm=llm)
    assert answer.status == "error" and rules.calls == 0


def test_choose_engine_honours_configuration_and_request() -> None:
    configured = Settings(llm_base_url="http://127.0.0.1:9/v1", llm_model="m")
    bare = Settings()
    assert choose_engine(configured, None) == "auto"
    assert choose_engine(configured, "rules") == "rules"
    assert choose_engine(configured, "LLM") == "llm"
    assert choose_engine(bare, None) == "rules"
    assert choose_engine(bare, "auto") == "rules"
    with pytest.raises(BadRequest, match="no LLM is configured"):
        choose_engine(bare, "llm")
    with pytest.raises(BadRequest, match="unknown engine"):
        choose_engine(configured, "gpt")


class BrokenEngine:
    name = "rules"

    def answer(self, request: EngineRequest) -> EngineAnswer:
        raise RuntimeError("a bug")


def test_auto_mode_survives_a_rule_engine_bug() -> None:
    # Given a rule engine that raises, When auto mode answers, Then the model still answers
    llm = FixedEngine("llm", LLM_OK)
    answer = answer_question(REQUEST, mode="auto", rules=BrokenEngine(), llm=llm)
    assert answer.engine == "llm" and answer.sql == "SELECT 3"


def test_double_quoted_strings_in_sqlite_become_string_literals() -> None:
    # Given SQLite SQL comparing to "web" (a string to SQLite, since no column is called web)
    result = validate_sql('SELECT COUNT(*) FROM orders WHERE channel = "web"', SCHEMA)
    # Then it is accepted and rewritten with an explicit string literal
    assert result.ok
    assert result.sql == "SELECT COUNT(*) FROM orders WHERE channel = 'web'"
    # but a quoted name that is qualified stays an unknown column
    assert not validate_sql('SELECT o."web" FROM orders o', SCHEMA).ok
