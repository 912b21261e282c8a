"""Chinese names of English-stored values from CC-CEDICT's proper names (propergloss.py, namevalues.py):
places, companies and people named by their Chinese names, matched whole (sure) or in part (less sure),
and never a common word read as a name."""

from __future__ import annotations

from shared.semantic.schema import Schema, Table
from shared.semantic.vocabulary import namevalues, propergloss
from tests.engine.schemas import ask, profiled_table


def recitals(performers: tuple[str, ...] = ("Beethoven, Ludwig van", "Mozart", "Chopin, Frederic")) -> Table:
    rows = [(p, hall, seats) for p in performers for hall, seats in (("North", 300), ("South", 120))]
    return profiled_table("recitals", [("performer", "text"), ("hall", "text"), ("seats", "integer")], rows)


def sponsors() -> Table:
    rows = [
        ("Coca Cola", "Bavaria (Free State)", 50),
        ("Starbucks", "Tyrol", 20),
        ("Coca Cola", "Tyrol", 30),
        ("Starbucks", "Bavaria (Free State)", 25),
    ]
    return profiled_table("grants", [("sponsor", "text"), ("region", "text"), ("amount", "integer")], rows)


def test_a_capitalised_sense_gives_its_names_and_a_lower_case_one_none():
    # Given CC-CEDICT senses as written
    # Then a person's dates and note, a restating bracket and "X or Y" give names; a place in brackets,
    # a list of names and a lower-case gloss give none
    assert propergloss.names_in_sense("Albert Einstein (1879-1955), German-born physicist") == (
        ["Albert Einstein"],
        True,
    )
    assert propergloss.names_in_sense("South Korea (Republic of Korea)")[0] == [
        "South Korea",
        "Republic of Korea",
    ]
    assert propergloss.names_in_sense("Konstanz (Germany)")[0] == ["Konstanz"]
    assert propergloss.names_in_sense("China, Japan and Korea")[0] == []
    assert propergloss.names_in_sense("to steal") == ([], False)


def test_names_compare_without_case_punctuation_or_apostrophes():
    # Given spellings of one name / Then one key
    assert propergloss.name_key("McDonald's") == propergloss.name_key("Mcdonalds")
    assert propergloss.name_key("Coca-Cola") == propergloss.name_key("coca cola")


def test_a_common_word_is_no_name():
    # Given values that are common English words with lower-case glosses (老虎 "tiger", 盗窃 "to steal")
    names = namevalues.chinese_names(["Tiger", "Steal", "Window"])
    # Then no Chinese common word names them here
    assert "老虎" not in names and "盗窃" not in names and "窗户" not in names


def test_a_value_written_last_first_is_named_by_the_full_name():
    # Given 'Beethoven, Ludwig van' and 贝多芬 "Ludwig van Beethoven (1770-1827), German composer"
    ans = ask(Schema(tables=[recitals()]), "贝多芬的座位总数是多少")
    # Then the value filters, as a whole-name match
    assert ans.status == "ok", ans.message
    assert "\"performer\" = 'Beethoven, Ludwig van'" in (ans.sql or ""), ans.sql
    assert ans.confidence >= 0.85


def test_a_value_named_in_part_is_answered_less_surely():
    # Given 'Mozart', the last name of 莫扎特 "Wolfgang Amadeus Mozart", and the whole-name match above
    part = ask(Schema(tables=[recitals()]), "莫扎特的座位总数是多少")
    whole = ask(Schema(tables=[recitals()]), "贝多芬的座位总数是多少")
    # Then the value filters, with less confidence than a whole-name match
    assert part.status == "ok", part.message
    assert "\"performer\" = 'Mozart'" in (part.sql or ""), part.sql
    assert part.confidence < whole.confidence


def test_a_part_match_shared_by_two_values_names_neither():
    # Given two performers whose last name is Chopin, neither of them 肖邦's "Frédéric Chopin"
    table = recitals(("Chopin, Marie", "Chopin, Paul", "Mozart"))
    ans = ask(Schema(tables=[table]), "肖邦的座位总数是多少")
    # Then no Chopin is picked: the question is asked back
    assert ans.status == "clarify" and "Chopin" not in (ans.sql or ""), ans.sql


def test_a_whole_name_wins_over_a_namesake():
    # Given 'Chopin, Frederic' (肖邦's whole name) beside 'Chopin, Marie'
    table = recitals(("Chopin, Frederic", "Chopin, Marie", "Mozart"))
    ans = ask(Schema(tables=[table]), "肖邦的座位总数是多少")
    # Then the whole name is the one filtered
    assert ans.status == "ok", ans.message
    assert "\"performer\" = 'Chopin, Frederic'" in (ans.sql or ""), ans.sql


def test_an_english_question_names_a_last_first_value_in_speaking_order():
    # Given 'Chopin, Frederic' / When asked "Frederic Chopin"
    ans = ask(Schema(tables=[recitals()]), "total seats of Frederic Chopin")
    # Then the value filters
    assert ans.status == "ok", ans.message
    assert "\"performer\" = 'Chopin, Frederic'" in (ans.sql or ""), ans.sql


def test_a_company_name_matches_across_punctuation_and_a_note():
    # Given 'Coca Cola' (可口可乐 "Coca-Cola") and 'Starbucks' (星巴克 "Starbucks, US coffee shop chain")
    schema = Schema(tables=[sponsors()])
    coke = ask(schema, "可口可乐的资助金额合计")
    star = ask(schema, "星巴克的资助金额合计")
    # Then each names its value
    assert "\"sponsor\" = 'Coca Cola'" in (coke.sql or ""), coke.sql
    assert "\"sponsor\" = 'Starbucks'" in (star.sql or ""), star.sql


def test_a_qualified_value_is_named_by_its_name_less_surely():
    # Given 'Bavaria (Free State)' and 巴伐利亚 "Bavaria"
    ans = ask(Schema(tables=[sponsors()]), "巴伐利亚的资助金额合计")
    # Then the value filters, as a part match
    assert ans.status == "ok", ans.message
    assert "\"region\" = 'Bavaria (Free State)'" in (ans.sql or ""), ans.sql
    assert ans.confidence < 0.9


def test_a_part_match_inside_a_dotted_full_name_gives_way():
    # Given 'Mozart' (莫扎特 names it in part) / When a full name with another first name is asked
    ans = ask(Schema(tables=[recitals()]), "卡尔·莫扎特的座位总数是多少")
    # Then Mozart is not assumed: the question is asked back
    assert ans.status == "clarify", ans.sql


def test_an_east_west_adjective_names_the_region_not_a_code_of_its_initials():
    # Given a region 'South-Eastern Asia' (东南亚 "Southeast Asia") beside two-letter codes, one of them 'SA'
    rows = [
        ("SA", "Western Asia", 10),
        ("TH", "South-Eastern Asia", 20),
        ("VN", "South-Eastern Asia", 30),
        ("KE", "Eastern Africa", 40),
    ]
    table = profiled_table("outbreaks", [("code", "text"), ("region", "text"), ("cases", "integer")], rows)
    ans = ask(Schema(tables=[table]), "东南亚的病例总数")
    # Then the region is the filter, not the code its initials spell
    assert "\"region\" = 'South-Eastern Asia'" in (ans.sql or ""), ans.sql
    assert "'SA'" not in (ans.sql or "")


def test_a_persons_name_is_no_name_of_a_place_spelt_alike():
    # Given a place 'Jordan' (约旦 "Jordan") and 乔丹 "Jordan (name)", a person's name
    names = namevalues.chinese_names(["Jordan", "Chile"])
    # Then only the place's own name links it
    assert "约旦" in names and "乔丹" not in names
