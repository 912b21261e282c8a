"""Confidence from evidence (issue 10 §4): every answer says how sure it is and which words it did not
understand; below the threshold the rule engine asks back, offering what the data has."""

from __future__ import annotations

from shared.ask.engines.rules.engine import CLARIFY_BELOW
from tests.engine.metamorphic_data import schema
from tests.engine.schemas import ask

ZH = schema("销售")
EN = schema("sales_orders")


def test_every_answer_carries_confidence_and_the_words_not_understood():
    # Given a question every word of which is understood / When asked / Then ok, sure, nothing unknown
    clear = ask(EN, "total sales by region")
    assert clear.status == "ok" and clear.confidence >= CLARIFY_BELOW and clear.unknown_words == []
    # Given a question with a word the data does not hold / When asked / Then the word is reported
    vague = ask(EN, "total sales by region for Zorblat")
    assert "zorblat" in [w.lower() for w in vague.unknown_words]


def test_a_capitalised_name_no_column_holds_asks_back_instead_of_summing_everything():
    # Given no column holds "West" / When asked "West sales"
    ans = ask(EN, "West sales")
    # Then not a total over every region, but a question back naming the word
    assert ans.status == "clarify" and ans.confidence < CLARIFY_BELOW
    assert "west" in (ans.message or "").lower()


def test_a_value_named_next_to_its_column_noun_is_used_not_dropped():
    # Given 产品 holds A and B / When asked 产品A在华东的销量 or A产品的销量
    for question in ("产品A在华东的销量", "A产品的销量"):
        ans = ask(ZH, question)
        # Then the product filter is in the SQL, with the total of the amount
        assert ans.status == "ok" and "\"产品\" = 'A'" in ans.sql and 'SUM("销量")' in ans.sql, ans.sql


def test_a_question_naming_another_tables_column_is_joined_or_asks_back_naming_that_table():
    # Given invoices and customers / When asked for invoice totals by a customers column
    ans = ask(schema("customers", "invoices"), "total invoice amount by customer city")
    # Then the answer joins the customers table, or asks back naming it: never one table alone
    if ans.status == "ok":
        assert " JOIN " in (ans.sql or "") and "customers" in (ans.sql or "")
    else:
        assert ans.status == "clarify" and "customers" in (ans.message or "")


def test_the_low_confidence_question_back_lists_the_values_of_the_likely_column():
    # Given a word right before the region column that no region holds / When asked
    ans = ask(EN, "total sales of the Zorblat region")
    # Then the question back names the word and offers the column's values
    assert ans.status == "clarify"
    assert all(v in (ans.message or "") for v in ("East", "South", "North")), ans.message


def test_a_dropped_superlative_asks_back():
    # Given a superlative the reading could not place (no order, limit, MAX/MIN or HAVING) / When asked
    ans = ask(schema("customers", "invoices"), "which segment has the most Zorblat")
    # Then no plain listing of segments comes back as an answer
    assert ans.status == "clarify"


def test_a_quoted_value_filtered_on_a_column_that_lacks_it_lowers_confidence():
    # Given 省份 holds 广东/浙江/江苏/北京 / When a quoted word is read as a 省份 value no row holds
    sure = ask(ZH, "“广东”的销售额")
    unsure = ask(ZH, "“火星”的销售额")
    # Then the held value answers, the other does not come back as a confident answer
    assert sure.status == "ok"
    assert unsure.status != "ok" or unsure.confidence < sure.confidence


def test_the_time_column_named_after_the_table_is_the_default():
    # Given shipments with ship_date and delivery_date / When asked for monthly counts
    from shared.semantic.schema import Schema
    from tests.engine.schemas import profiled_table

    table = profiled_table(
        "shipments",
        [("shipment_id", "text"), ("delivery_date", "date"), ("ship_date", "date"), ("weight_kg", "float")],
        [("S1", "2024-01-05", "2024-01-02", 10.0), ("S2", "2024-02-07", "2024-02-01", 20.0)],
    )
    ans = ask(Schema(tables=[table], dialect="sqlite"), "monthly number of shipments in 2024")
    # Then the shipments' own date (ship_date) buckets and filters them
    assert '"ship_date"' in ans.sql and '"delivery_date"' not in ans.sql, ans.sql


def test_a_count_question_answered_by_a_listing_asks_back():
    # Given a question that asks how many, read as a listing of rows (the count word left unplaced)
    from shared.ask.engines.rules import mode
    from shared.ask.engines.rules.intent import Intent

    listing = Intent(table="t", columns=["诊断"])
    # Then the mode check flags it; a per-row value question (每个…是多少) is not asked as a count
    assert mode.mode_of(listing) == "detail" and mode.conflicts(True, listing)
    assert not mode.conflicts(False, listing)


def test_decisive_evidence_alone_is_enough_to_ask_back():
    # Given a reading sure of everything but one decisive doubt (a named column left out)
    from shared.ask.engines.rules.engine import CLARIFY_BELOW
    from shared.ask.engines.rules.parsecommon import LEFTOVER_COLUMN_DOUBT, MODE_CONFLICT_DOUBT

    # Then that doubt alone brings the best starting confidence (0.9) below the threshold
    assert 0.9 - LEFTOVER_COLUMN_DOUBT < CLARIFY_BELOW and 0.9 - MODE_CONFLICT_DOUBT < CLARIFY_BELOW


def test_a_number_of_things_read_as_a_columns_value_asks_back():
    # Given students with a grade / When asked for grades with at least 4 students (a count of rows)
    from shared.semantic.schema import Schema
    from tests.engine.schemas import profiled_table

    rows = [(1, "Ann", 9), (2, "Bo", 9), (3, "Cy", 10), (4, "Di", 9), (5, "Ed", 9), (6, "Fay", 11)]
    table = profiled_table("students", [("id", "integer"), ("name", "text"), ("grade", "integer")], rows)
    ans = ask(Schema(tables=[table], dialect="sqlite"), "Show me all grades that have at least 4 students.")
    # Then never "grade >= 4" passed off as the answer: a HAVING count, or a question back
    assert ans.status != "ok" or '"grade" >= 4' not in (ans.sql or ""), ans.sql


def test_an_aggregate_left_out_while_another_was_read_asks_back():
    # Given a reading that took MIN but left 最大值 / maximum unused (the confidence evidence)
    from shared.ask.engines.rules.intent import Intent, Measure
    from shared.ask.engines.rules.parse import Parser
    from tests.engine.schemas import TODAY

    parser = Parser("产品数量的最小值和最大值", ZH, None, TODAY, None)
    parser.run()
    maximum = next(it for it in parser.items if it.has("agg:max"))
    # Then the dropped maximum is evidence, the same word with MAX read is not
    assert parser._another_aggregate_dropped(maximum, Intent(table="销售", measures=[Measure("min", "销量")]))
    assert not parser._another_aggregate_dropped(
        maximum, Intent(table="销售", measures=[Measure("max", "销量")])
    )


def test_a_top_n_ordered_by_a_text_column_is_doubted():
    from shared.ask.engines.rules.intent import Intent
    from shared.ask.engines.rules.parse import Parser
    from tests.engine.schemas import TODAY

    parser = Parser("销量前二的省份", ZH, None, TODAY, None)
    parser.run()
    # Given a top-2 ordered by 省份 (text) it is a misreading; ordered by 销量 it is not
    assert parser._ranks_by_a_name(Intent(table="销售", order=[("column", "省份", True)], limit=2))
    assert not parser._ranks_by_a_name(Intent(table="销售", order=[("column", "销量", True)], limit=2))


def test_a_superlative_about_time_read_on_another_column_asks_back():
    # Given treatments with a date and a cost / When asked the cost of the most recent one
    from shared.semantic.schema import Schema
    from tests.engine.schemas import profiled_table

    rows = [(1, "2024-01-05", 300.0), (2, "2024-03-09", 120.0), (3, "2024-02-01", 500.0)]
    columns = [("treatment_id", "integer"), ("date_of_treatment", "date"), ("cost_of_treatment", "float")]
    table = profiled_table("Treatments", columns, rows)
    ans = ask(Schema(tables=[table], dialect="sqlite"), "How much does the most recent treatment cost?")
    # Then never the highest cost passed off as the latest one's
    assert ans.status != "ok" or "date_of_treatment" in (ans.sql or ""), ans.sql


def test_a_quoted_value_the_column_lacks_is_doubted_even_beside_a_held_one():
    # Given 广东 is a 省份 and 火星 is not / When both end up in one IN filter on 省份
    from shared.ask.engines.rules.intent import Filter, Intent
    from shared.ask.engines.rules.parse import Parser
    from tests.engine.schemas import TODAY

    parser = Parser("“广东”和“火星”的销售额", ZH, None, TODAY, None)
    parser.run()
    quotes = {str(it.value): (pos, it) for pos, it in enumerate(parser.items) if it.kind == "quote"}
    intent = Intent(table="销售", filters=[Filter("省份", "in", ["广东", "火星"], "value")])
    # Then 广东 is held and 火星 is not, though they share the filter
    assert parser._quote_held(*quotes["广东"], intent)
    assert not parser._quote_held(*quotes["火星"], intent)


def test_in_auto_mode_the_model_answers_what_the_rules_would_ask_back():
    # Given a question the rules are not sure of, and a model that answers
    from shared.ask.engines.base import EngineAnswer, EngineRequest
    from shared.ask.engines.rules import RuleEngine
    from shared.ask.engines.selection import answer_question
    from tests.engine.schemas import TODAY
    from tests.llm.support import FixedEngine

    request = EngineRequest(question="West sales", schema=EN, today=TODAY)
    model = FixedEngine("llm", EngineAnswer(status="ok", engine="llm", sql="SELECT 1"))
    # When asked in rules mode and in auto mode
    ruled = answer_question(request, mode="rules", rules=RuleEngine(), llm=model)
    auto = answer_question(request, mode="auto", rules=RuleEngine(), llm=model)
    # Then rules-only asks back; auto hands the question to the model
    assert ruled.status == "clarify" and model.calls == 1 and auto.engine == "llm"


def test_where_answered_by_a_name_column_asks_back():
    # Given teachers with a name and a hometown / When asked where the youngest comes from
    from shared.semantic.schema import Schema
    from tests.engine.schemas import profiled_table

    rows = [(1, "Ann", 30, "Bolton"), (2, "Bo", 25, "Leeds"), (3, "Cy", 41, "York")]
    columns = [("Teacher_ID", "integer"), ("Name", "text"), ("Age", "integer"), ("Hometown", "text")]
    table = profiled_table("teacher", columns, rows)
    ans = ask(Schema(tables=[table], dialect="sqlite"), "Where is the youngest teacher from?")
    # Then never the teacher's name passed off as the place
    assert ans.status != "ok" or '"Name"' not in (ans.sql or "") or '"Hometown"' in (ans.sql or ""), ans.sql


def test_an_aggregate_asked_but_rows_listed_asks_back():
    # Given transcripts with a date / When asked for the average date (nothing numeric to average)
    from shared.semantic.schema import Schema
    from tests.engine.schemas import profiled_table

    rows = [(1, "2024-01-05"), (2, "2024-03-09"), (3, "2024-02-01")]
    table = profiled_table("Transcripts", [("transcript_id", "integer"), ("transcript_date", "date")], rows)
    ans = ask(Schema(tables=[table], dialect="sqlite"), "What is the average transcript date?")
    # Then not a listing of every date passed off as the average
    assert ans.status != "ok" or "AVG" in (ans.sql or ""), ans.sql


def test_a_word_a_clause_read_is_not_reported_unknown():
    # Given a LIKE on a text column / When the searched text is an unknown word of the question
    ans = ask(EN, "total sales for products whose name contains Widg")
    # Then the searched text is understood (it is the LIKE's pattern), not "not understood"
    assert "widg" not in [w.lower() for w in ans.unknown_words]


def test_renci_counts_visits():
    # Given 人次 (person-visits), a general count word / When asked per group / Then rows are counted
    ans = ask(ZH, "各大区的订单人次")
    assert ans.status == "ok" and "COUNT(*)" in ans.sql and 'GROUP BY "大区"' in ans.sql, ans.sql


def test_an_unknown_word_qualifying_the_rows_asks_back_with_the_status_values():
    # Given orders with a status column / When asked for 作废订单的金额 (作废 is no status the data has)
    from shared.semantic.schema import Schema
    from tests.engine.schemas import profiled_table

    rows = [
        ("O1", "2024-01-02", "华东", 100.0, "已完成"),
        ("O2", "2024-02-03", "华南", 80.0, "已退货"),
        ("O3", "2024-03-04", "华东", 120.0, "已取消"),
        ("O4", "2024-03-05", "华北", 90.0, "已完成"),
        ("O5", "2024-03-06", "华东", 60.0, "已完成"),
        ("O6", "2024-03-07", "华南", 30.0, "已取消"),
    ]
    columns = [
        ("订单号", "text"),
        ("下单日期", "date"),
        ("区域", "text"),
        ("金额", "float"),
        ("订单状态", "text"),
    ]
    schema = Schema(tables=[profiled_table("订单", columns, rows)], dialect="sqlite")
    for question in ("作废订单的金额", "voided orders total amount"):
        ans = ask(schema, question)
        # Then not the total of every order: a question back naming the word and the statuses there are
        assert ans.status == "clarify", (question, ans.sql)
        assert all(v in (ans.message or "") for v in ("已完成", "已退货", "已取消")), ans.message


def test_a_caller_can_lower_the_clarify_threshold():
    # Given a question the rules would ask back / When a caller that checks readings itself lowers the bar
    from shared.ask.engines.base import EngineRequest
    from shared.ask.engines.rules import RuleEngine
    from tests.engine.schemas import TODAY

    request = EngineRequest(question="West sales", schema=EN, today=TODAY, options={"clarify_below": 0.0})
    # Then the tentative reading comes back as an answer
    assert RuleEngine().answer(request).status == "ok"


def test_a_person_s_metric_wins_over_the_built_in_ratio_of_the_same_name():
    from tests.engine.schemas import Schema, SemanticLayer, profiled_table

    # Given sales without an order key, and a semantic layer that defines 客单价 its own way
    sales = profiled_table("销售", [("城市", "text"), ("金额", "decimal")], [("北京", 150.5), ("上海", 80.0)])
    layer = SemanticLayer.from_dict({"metrics": [{"name": "客单价", "expression": 'SUM("金额") / COUNT(*)'}]})
    # When 客单价 is asked
    ans = ask(Schema(tables=[sales]), "各城市的客单价", semantic=layer)
    # Then the person's definition answers (the built-in one would need an order key and ask back)
    assert ans.status == "ok" and 'SUM("金额") / COUNT(*)' in (ans.sql or ""), ans.message
