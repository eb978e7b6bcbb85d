"""A PDF's running header of three lines (title, document number, page count) and a numbered list whose numbers
hang on lines of their own: the header out of every page, the list's items whole and numbered across a page break."""
from __future__ import annotations

from tests.files import load, make_pdf

TITLE = "城西县红十字会2025年工作报告"
RUNNING = [TITLE, "城红〔2025〕8号"]
PAGES = [
    [*RUNNING, "第 1 页 共 2 页", TITLE, "一、基本情况",
     "全县开展应急救护普及培训4.28万人次，培训持证救护员6350人次，新增配置AED 186台，累计742台。",
     "二、2026年工作计划",
     "1.", "新增配置AED不少于150台，重点覆盖农村文化礼堂和民宿集聚区，全县累计突破890台；",
     "2.", "开展应急救护普及培训4.5万人次、持证救护员培训7000人次，证书过期人员复训率达到80%；"],
    [*RUNNING, "第 2 页 共 2 页",
     "3.", "在城西街道建成县级生命教育体验馆1个，计划2026年10月投入使用，全年接待参观者不少于两万人次；",
     "4.", "完善救在身边平台与急救指挥系统的数据对接，实现呼救信息3分钟内推送。",
     "城西县红十字会", "2025年12月8日"],
]


def _doc():
    return load(make_pdf(PAGES, header=False, font="STSong-Light"), "chengxi.pdf")


def test_a_running_header_of_three_lines_is_on_no_page_and_the_printed_title_stays():
    doc = _doc()
    assert doc.title == TITLE
    assert not any("页" in p.text and "共" in p.text for p in doc.paragraphs)


def test_hanging_item_numbers_stay_with_their_items_across_a_page_break():
    texts = [p.text for p in _doc().body]
    assert any("(2) 开展应急救护普及培训4.5万人次" in t for t in texts)
    assert any("(3) 在城西街道建成县级生命教育体验馆" in t for t in texts)
    assert not any(t.rstrip().endswith(("；2.", "；4.")) for t in texts)


def test_lines_of_figures_that_change_from_page_to_page_are_no_running_footer():
    districts = [("North", 212, 48, 640, 15), ("South", 138, 31, 410, 9), ("East", 57, 12, 190, 4)]
    pages = [[f"{name} District", f"The {name} district office ran first-aid courses and placed defibrillators "
              "in public buildings during the year.", "Figures for the year:", "Notes follow on the next page.",
              f"Volunteers: {v}", f"Courses run: {c}", f"People trained: {t}", f"AEDs placed: {a}"]
             for name, v, c, t, a in districts]
    text = "\n".join(p.text for p in load(make_pdf(pages), "districts.pdf").paragraphs)
    assert "Volunteers: 212" in text and "Courses run: 31" in text  # (the last two lines were lost before too)
