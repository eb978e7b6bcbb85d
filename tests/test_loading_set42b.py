"""Loading faults the forty-second round's reading of sets 37 and 30's stored text showed in plain text, html and
Markdown (loader-42b): a numbered item whose heading runs on after a colon (``三、宣传推广：…``) stood under the heading
of the sibling before it, and a sign-off card's lines past the third stood as a heading. Made-up documents in the
bench documents' shapes."""
from __future__ import annotations

from reportbot.corpus.split import parse_text

_PLAN = "\n".join([
    "星海县红十字会年度工作计划",
    "",
    "壹、去年成果",
    "一、救护训练",
    "（一）办理普及训练80场次。",
    "（二）办理救护员训练12梯次。",
    "二、灾害救助",
    "（一）全年出勤救助灾害21件。",
    "三、宣传推广：举办主题活动14场，参与民众3,200人。",
    "",
    "贰、今年计划",
    "一、救护训练",
    "（一）普及训练目标90场次。",
    "二、志工招募：新进志工训练3梯次，每梯次30人。",
    "三、社区关怀",
    "（一）每月访视独居长者60户。",
    "",
    "参、预算",
    "一、预算总额：收入新台币500万元，支出新台币480万元。",
    "二、防灾支出增加新台币20万元，用于物资采购。",
])


def _sections(doc) -> dict[str, str | None]:
    return {p.text: p.section for p in doc.paragraphs[1:]}


def test_a_run_in_item_among_numbered_headings_is_its_own_part_at_its_numbers_level():
    sections = _sections(parse_text(_PLAN, "plan.txt"))
    assert sections["三、宣传推广：举办主题活动14场，参与民众3,200人。"] == "壹、去年成果 › 三、宣传推广"
    assert sections["二、志工招募：新进志工训练3梯次，每梯次30人。"] == "贰、今年计划 › 二、志工招募"
    # the sibling after it heads its own items, not the run-in item's
    assert sections["（一）每月访视独居长者60户。"] == "贰、今年计划 › 三、社区关怀"


def test_a_run_in_item_among_numbered_paragraphs_stays_a_paragraph():
    sections = _sections(parse_text(_PLAN, "plan.txt"))
    assert sections["一、预算总额：收入新台币500万元，支出新台币480万元。"] == "参、预算"
    assert sections["二、防灾支出增加新台币20万元，用于物资采购。"] == "参、预算"


_FAQ_PAGE = """<html><head><meta charset="utf-8"><title>献血常见问题</title></head><body><main>
<h1>献血常见问题</h1>
<h2>一、常见问题</h2>
<details><summary>问题1　献血前要吃早饭吗？</summary><p>要吃清淡早餐，不要空腹献血。</p></details>
<details><summary>问题2　多久能献一次？</summary><p>全血献血间隔不少于6个月。</p></details>
<p>图3　各献血点位置见附图。</p>
</main></body></html>"""


def test_a_numbered_label_keeps_the_space_before_its_text():
    from tests.files import load

    texts = [p.text for p in load(_FAQ_PAGE.encode(), "faq.html").paragraphs]
    assert any(t.startswith("问题1 献血前要吃早饭吗？") for t in texts)
    assert any(t.startswith("问题2 多久能献一次？") for t in texts)
    assert "图3 各献血点位置见附图。" in texts
    assert not any("问题1献血" in t for t in texts)


def test_a_count_and_a_layout_space_inside_chinese_still_go():
    from reportbot.corpus.normalize import normalize

    assert normalize("第1 章　总则") == "第1章总则"
    assert normalize("成人会员 68.05万名") == "成人会员68.05万名"


_NOTICE = "\n".join(["关于开展冬季献血活动的通知", "", "各会员单位：", "", "一、活动时间", "2025年12月1日至12月31日。",
                     "",
                     "二、联系方式", "联系人：王丽，电话0571-8888123。", "", "此致", "敬礼！", "", "星海县红十字会",
                     "2025年11月20日"])
_SIGNED_PLAN = "\n".join(["星海县红十字会工作计划", "", "壹、总则", "一、本计划经理事会通过后实施。",
                          "二、联络人：总干事 王丽，电话（037）326-118。", "理事長　陳大明"])


def test_a_chinese_closing_under_the_last_section_is_a_passage_of_its_own_under_no_section():
    doc = parse_text(_NOTICE, "notice.txt")
    assert "此致" not in doc.headings
    last = doc.paragraphs[-1]
    assert last.text.split("\n") == ["此致", "敬礼！", "星海县红十字会", "2025年11月20日"]
    assert last.section is None
    assert doc.paragraphs[-2].text == "联系人：王丽，电话0571-8888123。"
    assert doc.paragraphs[-2].section == "二、联系方式"


def test_a_signature_line_ending_a_report_is_no_line_of_its_contact_passage():
    doc = parse_text(_SIGNED_PLAN, "plan.txt")
    assert doc.paragraphs[-1].text == "理事长\u3000陈大明"  # (lead-42b: the gap between post and name is kept)
    assert doc.paragraphs[-1].section is None
    assert doc.paragraphs[-2].text == "二、联络人：总干事王丽，电话（037）326-118。"


_MINUTES = """# Lakeside First Responders - Committee Minutes

## Lakeside First Responders Committee

Minutes of the committee meeting held on Tuesday 4 March 2025.

**Present:** Ann Kerr (Chair), Bob Lane (Secretary), Cara Moss (Treasurer), Dan Price, Eve Quinn, Fay Roberts,
Gus Shaw

**Apologies:** Hal Turner, Ivy Underwood

**In attendance:** Jack Vale, Lakeside Council (item 2 only)

<div class="notice">Quorum (five members) was present. The meeting opened at 7:02pm.</div>

## 1. Previous minutes

1.1 The minutes of 4 February 2025 were confirmed.
"""


def test_each_labelled_attendance_list_is_a_passage_of_its_own():
    texts = [p.text for p in parse_text(_MINUTES, "minutes.md").paragraphs]
    assert "Apologies: Hal Turner, Ivy Underwood" in texts
    assert "In attendance: Jack Vale, Lakeside Council (item 2 only)" in texts
    assert "Quorum (five members) was present. The meeting opened at 7:02pm." in texts


def test_a_notices_run_of_labelled_fields_still_opens_the_passage_after_it():
    notice = "\n".join(["# 冬季献血活动通知", "", "时间：2025年12月6日上午9:00", "", "地点：市民广场", "",
                        "请各单位组织职工踊跃参加。"])
    texts = [p.text for p in parse_text(notice, "notice.md").paragraphs]
    assert any(t.startswith("时间：") and "地点：市民广场" in t for t in texts)


def _faq_page(title: str, footer: str) -> bytes:
    return f"""<html><head><meta charset="utf-8"><title>{title}</title></head><body><main>
<h1>献血常见问题（2025年9月修订）</h1>
<p>本页适用于在星海市参加无偿献血的市民。</p>
<h2>一、常见问题</h2>
<p>献血前要吃清淡早餐，不要空腹献血。</p>
<h2>二、献血地点</h2>
<p>中山路献血屋：中山路28号（每日8:30—17:00）。</p>
</main><footer><p>{footer}</p></footer></body></html>""".encode()


def test_a_site_named_beside_a_revised_title_signs_the_page_and_its_footer_of_the_name_alone_adds_nothing():
    from tests.files import load

    page = _faq_page("献血常见问题 - 星海市红十字会献血服务中心", "星海市红十字会献血服务中心　版权所有")
    doc = load(page, "faq.html")
    assert doc.author == "星海市红十字会献血服务中心"
    assert doc.paragraphs[-1].text == "中山路献血屋：中山路28号（每日8:30—17:00）。"


def test_a_footer_of_a_page_with_no_site_name_stands_under_no_section():
    from tests.files import load

    doc = load(_faq_page("献血常见问题", "地址：星海市人民路1号　电话：0571-1234567"), "faq.html")
    assert doc.paragraphs[-1].text == "地址：星海市人民路1号 电话：0571-1234567"
    assert doc.paragraphs[-1].section is None
    assert doc.paragraphs[-2].text == "中山路献血屋：中山路28号（每日8:30—17:00）。"


def test_an_issuer_over_a_title_over_a_bracketed_adoption_note_names_the_issuer():
    plan = "\n".join(["星海縣紅十字會", "中華民國一一四年度工作計畫", "（114年1月15日第三屆第二次理事會通過）", "",
                      "壹、前言", "一、本會成立於民國39年，現有會員860人。", "", "貳、工作計畫",
                      "一、辦理CPR訓練80場次。"])
    doc = parse_text(plan, "plan.txt")
    assert doc.title == "中华民国一一四年度工作计划"
    assert doc.author == "星海县红十字会"
    assert "（114年1月15日第三届第二次理事会通过）" not in doc.headings
    assert all("工作计划" not in (p.section or "") or p.section.startswith("贰") for p in doc.paragraphs[1:])


def test_a_chinese_attendance_list_of_names_is_a_passage_of_its_own():
    minutes = "\n".join(["# 理事会会议纪要", "", "出席：张华、李明、王小红", "", "列席：吴建新（书记、副会长）、赵敏",
                          "",
                         "会议由张华主持。"])
    texts = [p.text for p in parse_text(minutes, "minutes.md").paragraphs]
    assert "列席：吴建新（书记、副会长）、赵敏" in texts
    assert "会议由张华主持。" in texts
