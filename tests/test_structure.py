"""Loaders keep a file's structure: headings and their path, list items, table rows with their header, pages."""
from __future__ import annotations

import io

from reportbot.corpus.blocks import Block, markdown_blocks
from reportbot.corpus.md_write import to_markdown
from reportbot.corpus.split import parse_text

from tests.files import load, make_docx, make_pdf


def test_docx_headings_by_style_and_table_rows_read_with_their_header():
    doc = load(make_docx(), "annual.docx")
    assert doc.title == "华瑞康2023年年度报告"
    table = next(p for p in doc.body if p.kind == "table")
    assert "献血人次：9800" in table.sentences
    assert table.path == ("一、社会责任", "（一）公益数据")
    assert table.section == "一、社会责任 › （一）公益数据"
    items = next(p for p in doc.body if p.kind == "list")
    assert items.sentences == ("计划实现营业收入33亿元。", "研发投入不低于3.2亿元。")
    assert items.path == ("二、经营计划",)


def test_markdown_heading_path_lists_and_tables():
    text = ("# Field Manual (2023)\n\nIntro paragraph of the manual.\n\n## 2. CPR\n\n### 2.1 Adult CPR\n\n"
            "Follow these steps:\n\n1. Give 30 compressions.\n2. Give **2** rescue breaths.\n\n"
            "## 8. Quick Reference\n\n| Situation | Key figure |\n| --- | --- |\n| Infant CPR depth | about 4 cm |\n")
    doc = parse_text(text, "manual.md")
    assert doc.title == "Field Manual (2023)"
    steps = next(p for p in doc.body if p.kind == "list")
    assert steps.path == ("2. CPR", "2.1 Adult CPR")
    assert steps.sentences == ("Follow these steps:", "Give 30 compressions.", "Give 2 rescue breaths.")
    assert steps.text == "Follow these steps:\n1. Give 30 compressions.\n2. Give 2 rescue breaths."
    table = next(p for p in doc.body if p.kind == "table")
    assert table.sentences == ("Infant CPR depth: about 4 cm",) and table.path == ("8. Quick Reference",)


def test_pdf_pages_running_headers_and_bullet_glyphs():
    pages = [["Minutes of the Board Meeting", "Attendees", "\u2022 Margaret Chen, Chair", "\u2022 David Okafor",
              "Item 1. Opening", "The Chair opened the meeting at 18:30."],
             ["Item 2. Budget", "The board approved a budget of $4.85 million."],
             ["Item 3. Action Items", "\x7f Ana Costa: raise stock to 4,000 kits by 30 June 2024."]]
    doc = load(make_pdf(pages, title="Harbour City Board Minutes 2024-02"), "minutes.pdf")
    assert doc.title == "Harbour City Board Minutes 2024-02"
    budget = next(p for p in doc.body if "4.85 million" in p.text)
    assert budget.page == 2 and budget.path == ("Item 2. Budget",)
    action = next(p for p in doc.body if "Ana Costa" in p.text)
    assert action.page == 3 and "\x7f" not in action.text
    # a PDF's heading is a line of its page: it opens the passage under it (the printed name under the title, the
    # title block, is on the header card: it names the document, as the title does)
    assert action.sentences == ("Item 3. Action Items", "Ana Costa: raise stock to 4,000 kits by 30 June 2024.")
    assert budget.text.startswith("Item 2. Budget\n")
    assert not any("Page 1 of 3" in p.text or "Board Minutes - Page" in p.text for p in doc.paragraphs)
    attendees = next(p for p in doc.body if p.kind == "list")
    assert attendees.sentences == ("Attendees", "Margaret Chen, Chair", "David Okafor")
    assert doc.paragraphs[0].text == "Harbour City Board Minutes 2024-02 Minutes of the Board Meeting"
    assert attendees.path == ("Attendees",)


def test_html_headings_lists_and_table_rows():
    html = ("<html><head><title>通知 - 东湖大学</title></head><body><nav><ul><li>首页</li></ul></nav><article>"
            "<h1>关于举办救护员培训班的通知</h1><h2>一、培训对象</h2><ul><li>在校本科生；</li><li>在职教职工。</li></ul>"
            "<h2>三、培训安排</h2><table><tr><th>期次</th><th>培训日期</th><th>名额</th></tr>"
            "<tr><td>第一期</td><td>3月16日—17日</td><td>60人</td></tr></table></article></body></html>")
    doc = load(html.encode(), "notice.html")
    assert doc.title == "关于举办救护员培训班的通知"
    items = next(p for p in doc.body if p.kind == "list")
    assert items.sentences == ("在校本科生；", "在职教职工。") and items.path == ("一、培训对象",)
    table = next(p for p in doc.body if p.kind == "table")
    assert table.sentences == ("第一期 — 培训日期：3月16日—17日；名额：60人",)
    assert not any("首页" in p.text for p in doc.paragraphs)


def test_markdown_written_by_loaders_reads_back_the_same():
    blocks = [Block("page", level=1), Block("heading", "Title", 1), Block("text", "# not a heading, 1. not a list"),
              Block("item", "one"), Block("item", "two | three"), Block("table", rows=(("a", "b"), ("c|d", "e")))]
    assert markdown_blocks(to_markdown(blocks)) == blocks


def test_plain_text_numbered_headings_nest():
    text = "某市红十字会2023年工作总结\n\n一、组织建设\n\n（一）会员发展\n\n发展会员3万名。\n\n二、救护培训\n\n培训2万人次。\n"  # noqa: E501 (CJK text counts double)
    doc = parse_text(text, "summary.txt")
    assert [p.path for p in doc.body] == [("一、组织建设", "（一）会员发展"), ("二、救护培训",)]


def test_a_docx_byline_marked_with_a_bullet_glyph_names_the_author():
    import docx

    d = docx.Document()
    d.add_paragraph("闽江两岸的红十字故事", style="Title")
    d.add_paragraph("■  郑晓岚")
    d.add_paragraph("三年来全市新建救护站41个，培训救护员5.2万人。")
    buf = io.BytesIO()
    d.save(buf)
    doc = load(buf.getvalue(), "story.docx")
    assert doc.author == "郑晓岚"
    assert "郑晓岚" in doc.paragraphs[0].text  # the header card answers who wrote it
    assert all("郑晓岚" not in p.text for p in doc.body)


def test_a_pdf_byline_under_a_subtitle_heading_names_the_author():
    # a PDF's own title, then the printed title as a heading, then the byline its text layer read as a bullet item
    text = ("<!-- page 1 -->\n\n# 青川市红十字会党建工作综述\n\n"
            "## 守正笃行启新篇——青川市红十字会“五大”以来党建工作综述\n\n"
            "- 韩秋白\n\n过去五年，全市红十字系统新建党支部17个。\n")
    doc = parse_text(text, "review.pdf")
    assert doc.author == "韩秋白"
    assert "韩秋白" in doc.paragraphs[0].text  # the header card answers who wrote it
    assert all("韩秋白" not in p.text for p in doc.body)
    assert doc.body[0].path == ("守正笃行启新篇——青川市红十字会“五大”以来党建工作综述",)  # the subtitle stays a heading


def test_a_byline_at_the_end_of_the_subtitle_line_names_the_author():
    text = ("<!-- page 1 -->\n\n# 青川市红十字会党建工作综述\n\n"
            "守正笃行启新篇——青川市红十字会“五大”以来党建工作综述 ■ 韩秋白\n\n"
            "过去五年，全市红十字系统新建党支部17个。\n")
    doc = parse_text(text, "review.pdf")
    assert doc.author == "韩秋白"
    assert doc.paragraphs[0].text.endswith("■ 韩秋白")
    # a first line that only ends in a name after a mark of another kind is no byline
    assert parse_text("# 培训通知\n\n报名请联系社区工作者 周敏\n\n培训共两期。\n", "notice.md").author is None


def test_plain_text_rules_frame_a_heading_and_english_lines_join_with_a_space():
    text = ("RIVERSIDE FOOD BANK\n\nA short guide for volunteers.\n\n----------------------\n"
            "PART 2. WHEN CAN I HELP?\n----------------------\n\n"
            "Q: Which days are you open?\nA: Tuesday to Saturday, 9:00-17:00.\n")
    doc = load(text.encode(), "guide.txt")
    qa = next(p for p in doc.body if "Tuesday" in p.text)
    assert qa.section == "PART 2. WHEN CAN I HELP?"
    assert "open? A: Tuesday" in qa.text
    assert all("---" not in p.text for p in doc.body)


def test_a_pdf_list_whose_numbers_stand_on_lines_of_their_own_comes_back_as_numbered_items():
    pages = [["3. Outputs", "Kits went to two districts.", "4. Recommendations", "1",
              "Stock more kits before the rainy season.", "2", "Train two more drivers."]]
    doc = load(make_pdf(pages), "evaluation.pdf")
    assert not any(p.text in ("1", "2") for p in doc.body)  # no number is a passage alone
    items = next(p for p in doc.body if p.kind == "list")
    # a PDF's heading line opens the passage under it
    assert items.sentences == ("4. Recommendations", "(1) Stock more kits before the rainy season.",
                               "(2) Train two more drivers.")
    assert items.path == ("4. Recommendations",)


def test_a_faq_question_on_a_line_of_its_own_is_one_passage_with_its_answer():
    text = ("# 社区图书馆常见问题\n\n## 借阅\n\n**问：每次最多可以借几本书？**\n\n"
            "答：每张读者证每次最多借8本，借期30天。\n\n"
            "**How do I renew a loan?**\n\n- Online through the catalogue\n- At the front desk\n\n"
            "## 其他\n\n问：周一开门吗？\n\n## 联系\n\n电话 5550 1234。\n")
    doc = parse_text(text, "library_faq.md")
    bodies = [p.text for p in doc.paragraphs[1:]]
    assert bodies[0] == "问：每次最多可以借几本书？答：每张读者证每次最多借8本，借期30天。"
    assert bodies[1].startswith("How do I renew a loan?") and "At the front desk" in bodies[1]
    assert doc.paragraphs[2].kind == "list"
    assert "问：周一开门吗？" in bodies  # no answer under it: it stays a passage of its own
    assert bodies[-1] == "电话5550 1234。"


def test_a_pdf_whose_title_field_is_a_placeholder_takes_its_first_heading_as_title():
    # reportlab writes "(anonymous)" when no title is given; it must not become the document's title and context
    for placeholder in ("(anonymous)", "untitled", "Unknown"):
        pages = [["Hillside Pantry Annual Report 2024", "1. Our year", "We helped 300 families in 2024."]]
        doc = load(make_pdf(pages, title=placeholder, header=False), "r.pdf")
        assert doc.title == "Hillside Pantry Annual Report 2024"
