"""Loading faults the thirty-sixth round's leads and set 33's documents showed (lead-37). Made-up documents in the
bench documents' shapes."""
from __future__ import annotations

from tests.files import load


def test_a_price_list_with_three_leader_dots_after_a_space_is_one_passage_not_headings():
    text = ("Harbour First Aid Centre\n\nOur courses are open to everyone aged 16 and over.\n\n"
            "CPR Level C ... 60\nStandard First Aid ... 140\nEmergency First Aid ... 85\n\n"
            "Group bookings of ten or more receive a discount.\n")
    doc = load(text.encode(), "prices.txt")
    holding = [p for p in doc.body if "CPR Level C" in p.text]
    assert len(holding) == 1 and "Standard First Aid ... 140" in holding[0].text
    assert "Emergency First Aid ... 85" in holding[0].text
    assert not any("..." in x for p in doc.body for x in p.path)  # no price line heads a section


def test_a_chinese_price_list_led_by_ellipses_is_one_passage_not_headings():
    text = ("社区卫生服务站收费标准\n\n以下价格自2025年1月起执行。\n\n"
            "挂号费……5元\n诊疗费……10元\n换药费……15元\n\n如有疑问请咨询前台。\n")
    doc = load(text.encode(), "收费.txt")
    holding = [p for p in doc.body if "诊疗费" in p.text]
    assert len(holding) == 1 and "挂号费" in holding[0].text and "换药费" in holding[0].text
    assert not any("诊疗费" in x or "换药费" in x for p in doc.body for x in p.path)


def test_an_ellipsis_in_prose_lines_is_no_price_list():
    text = "# Notes\n\nWe packed blankets, water, torches ... and more.\nThe van left at 6 am.\n"
    doc = load(text.encode(), "notes.md")
    assert any("torches ... and more." in p.text and "The van left" in p.text for p in doc.body)
