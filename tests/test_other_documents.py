"""Documents unlike the report: one in traditional characters is quoted as written (index/library/script.py), a FAQ's
question is not its answer, figures written with separators or as ratios stay whole."""
from __future__ import annotations

import pytest
from reportbot.bot.render import answer_json
from reportbot.index.library.script import learn

NOTICE = """<html><head><title>灣仔義工隊年度報告</title></head><body>
<h1>灣仔義工隊年度報告</h1>
<h2>隊伍概況</h2>
<p>本隊去年共有註冊義工842人，隊長為陳國棟先生，總部設於灣仔軒尼詩道88號。</p>
<p>全年颱風期間本隊開放臨時庇護中心5個，接待市民1,960人次。</p>
<p>急救課程每班學員不超過30人，師生比不低於1:8。</p>
</body></html>
""".encode()


@pytest.fixture(scope="module")
def hk(library_with):
    service, ids = library_with("script", {"wanchai.html": NOTICE})
    return service, ids["wanchai.html"]


def test_an_answer_from_a_traditional_document_is_quoted_as_written(hk):
    service, doc = hk
    out = answer_json(service.ask("灣仔義工隊的隊長是誰"))
    assert out["passages"][0]["doc"] == doc
    assert "陳國棟" in out["answer"]
    assert "隊長為陳國棟" in out["evidence"]
    assert "註冊義工842人" in out["passages"][0]["text"]
    assert out["passages"][0]["title"] == "灣仔義工隊年度報告"


def test_a_simplified_question_gets_the_traditional_quote_too(hk):
    service, doc = hk
    out = answer_json(service.ask("湾仔义工队台风期间开了几个庇护中心"))
    assert out["passages"][0]["doc"] == doc
    assert "颱風" in out["evidence"] and "5個" in out["answer"]


def test_the_seed_report_in_simplified_characters_is_unchanged(hk):
    service, _ = hk
    out = answer_json(service.ask("多少支救援队建立了党支部"))
    assert "123" in out["answer"] and "党支部" in out["evidence"]


def test_a_character_that_stood_for_two_is_told_apart_by_its_neighbour():
    m = learn("颱風過後，平台開放。\n颱風季節")
    assert m.restore("台风季节") == "颱風季節"  # found in the document as it stands
    assert m.restore("平台和台风") == "平台和颱風"  # not found: each 台 by the character next to it
    assert learn("简体中文的文件") is None


def test_a_shown_piece_is_found_by_position_where_plain_search_finds_it():
    """The map's position index answers as ``str.find`` over the whole text would, first occurrence first."""
    import random

    from reportbot.index.library.script import Positions

    rng = random.Random(7)
    for _ in range(500):
        text = "".join(rng.choice("台风颱的了a\n😀") for _ in range(rng.randint(0, 80)))
        where = Positions(text)
        for _ in range(6):
            at = rng.randint(0, len(text))
            piece = text[at:at + rng.randint(0, 6)] if rng.random() < 0.7 else \
                "".join(rng.choice("台风的x") for _ in range(rng.randint(1, 4)))
            assert where.find(piece) == text.find(piece), (text, piece)
    m = learn("臺灣颱風\n台风来了")  # the same simplified piece twice, written two ways: the first is quoted
    assert m.restore("台湾台风") == "臺灣颱風"


def test_a_figure_with_thousands_separators_is_answered_whole(hk):
    service, _ = hk
    out = answer_json(service.ask("灣仔義工隊接待了幾多人次"))
    assert out["answer"].startswith("1,960")


def test_a_faq_question_is_not_quoted_as_its_answer(library_with):
    faq = (b"CITY BLOOD CENTRE\n\nQ: Is there a minimum weight?\n"
           b"A: Yes. Donors must weigh at least 48 kg.\n\nQ: How often can I give plasma?\n"
           b"A: Every 14 days at most.\n")
    service, ids = library_with("faq", {"faq.txt": faq})
    out = answer_json(service.ask("is there a minimum weight for donors"))
    assert out["passages"][0]["doc"] == ids["faq.txt"]
    assert "?" not in out["evidence"] and "48" in out["evidence"]


def test_a_ratio_is_one_figure(hk):
    service, _ = hk
    out = answer_json(service.ask("灣仔義工隊的師生比是多少"))
    assert out["answer"].startswith("1:8")


def test_the_document_list_shows_a_traditional_title_as_written(hk):
    service, doc = hk
    listed = {r.id: r.title for r in service.documents()}
    assert listed[doc] == "灣仔義工隊年度報告"
    assert answer_json(service.ask("灣仔義工隊的總部在哪裡"))["passages"][0]["doc"] == doc


def test_a_file_added_again_after_an_upgrade_is_no_second_document(tmp_path):
    from reportbot.index.library.folder import Library

    library = Library(tmp_path / "data")
    library.ensure()
    first, new = library.add(NOTICE, "wanchai.html")
    # a newer reportbot parses the same text into other passages, and so another id
    registry = library.registry_path.read_text(encoding="utf-8").replace(first.id, "0000000000")
    library.registry_path.write_text(registry, encoding="utf-8")
    (library.docs_dir / f"{first.id}.txt").rename(library.docs_dir / "0000000000.txt")
    again, added = library.add(NOTICE, "wanchai.html")
    assert new and not added and again.id == "0000000000"
