"""Generate the binary test documents of the library benchmark.

Writes, next to the text documents in ./docs/:
  - company_annual_report.docx  (python-docx; Chinese annual report, Heading 1/2, 2+ tables)
  - board_minutes.pdf           (reportlab; English board minutes, exactly 4 pages)

Usage:  python make_binary_docs.py      (needs reportlab and python-docx)
"""
from __future__ import annotations

from pathlib import Path

DOCS = Path(__file__).resolve().parent / "docs"

# ---------------------------------------------------------------------------
# company_annual_report.docx
# ---------------------------------------------------------------------------

COMPANY_TITLE = "华瑞康医疗科技股份有限公司2023年年度报告（摘要）"

# (style, text) blocks; "table:<name>" inserts the table of that name
COMPANY_BLOCKS = [
    ("Heading 1", "一、公司简介"),
    ("Normal", "华瑞康医疗科技股份有限公司（以下简称“华瑞康”或“公司”）成立于2006年，总部位于浙江省嘉兴市南湖区亚中路168号，"
               "股票简称“华瑞康”，股票代码688431，于2019年7月在上海证券交易所科创板上市。公司主要从事体外诊断试剂、"
               "自动体外除颤器（AED）及急救培训设备的研发、生产和销售，产品销往全国31个省（自治区、直辖市）及东南亚、中东等42个国家和地区。"),
    ("Normal", "公司董事长为周建华，总经理为李文博，董事会秘书为孙悦，财务总监为郑海燕。截至2023年12月31日，公司在职员工2846人，"
               "其中研发人员612人，占员工总数的21.5%。"),
    ("Heading 1", "二、主要会计数据和财务指标"),
    ("Normal", "2023年，公司实现营业收入28.64亿元，同比增长18.5%；实现归属于上市公司股东的净利润3.92亿元，同比增长24.4%。"
               "AED系列产品全年销售4.1万台，成为公司增长最快的业务板块。公司主要财务数据如下表所示。"),
    ("table", "finance"),
    ("Heading 2", "（一）分业务收入情况"),
    ("Normal", "体外诊断试剂业务实现收入15.37亿元，占营业收入的53.7%；急救设备（含AED）业务实现收入9.86亿元，同比增长41.2%；"
               "急救培训设备及服务业务实现收入3.41亿元。"),
    ("Heading 2", "（二）利润分配方案"),
    ("Normal", "经董事会审议，公司拟以总股本4.01亿股为基数，向全体股东每10股派发现金红利3.50元（含税），合计派发现金红利1.40亿元，"
               "不送红股，不以资本公积转增股本。该方案尚需提交2024年5月16日召开的2023年年度股东大会审议。"),
    ("Heading 1", "三、研发与创新"),
    ("Normal", "2023年公司研发投入2.87亿元，占营业收入的10.0%。全年新获发明专利37项，累计拥有有效发明专利186项；"
               "新获第三类医疗器械注册证5项，其中“HRK-A9型全自动体外除颤器”获国家药品监督管理局批准上市。"
               "公司在杭州、深圳设有两个研发中心，并与浙江大学共建“智慧急救联合实验室”。"),
    ("Heading 1", "四、社会责任与公益"),
    ("Normal", "公司积极履行企业社会责任，与浙江省红十字会签订战略合作协议，连续第五年开展“华瑞康·心动守护”公益项目。"
               "2023年公司向中小学、地铁站和社区捐赠AED 320台，组织员工参加无偿献血和应急救护培训。公益数据如下表所示。"),
    ("table", "csr"),
    ("Heading 2", "（一）员工志愿服务"),
    ("Normal", "公司“华瑞康红十字志愿服务队”现有注册志愿者486名，队长由工会主席陈晓东担任，全年开展志愿服务活动132场次。"),
    ("Heading 1", "五、2024年经营计划"),
    ("Normal", "2024年，公司计划实现营业收入33亿元，研发投入不低于3.2亿元，完成嘉兴二期智能制造基地（总投资6.5亿元）建设并于2024年第四季度投产。"),
]

COMPANY_TABLES = {
    "finance": [
        ["指标", "2023年", "2022年", "同比变动"],
        ["营业收入", "28.64亿元", "24.17亿元", "18.5%"],
        ["归属于上市公司股东的净利润", "3.92亿元", "3.15亿元", "24.4%"],
        ["研发投入", "2.87亿元", "2.31亿元", "24.2%"],
        ["经营活动产生的现金流量净额", "4.35亿元", "3.62亿元", "20.2%"],
        ["总资产", "56.80亿元", "49.73亿元", "14.2%"],
        ["基本每股收益", "0.98元", "0.79元", "24.1%"],
        ["加权平均净资产收益率", "11.6%", "10.3%", "增加1.3个百分点"],
    ],
    "csr": [
        ["公益项目", "2023年数据"],
        ["献血人次", "1260"],
        ["献血量", "38.5万毫升"],
        ["公益捐赠总额", "1860万元"],
        ["捐赠AED", "320台"],
        ["员工应急救护持证人数", "860人"],
        ["志愿服务时长", "2.4万小时"],
    ],
}


def make_docx(path: Path) -> None:
    from docx import Document

    doc = Document()
    doc.add_heading(COMPANY_TITLE, level=0)
    for style, text in COMPANY_BLOCKS:
        if style == "table":
            rows = COMPANY_TABLES[text]
            table = doc.add_table(rows=len(rows), cols=len(rows[0]))
            table.style = "Table Grid"
            for i, row in enumerate(rows):
                for j, cell in enumerate(row):
                    c = table.cell(i, j)
                    c.text = cell
                    if i == 0:
                        for run in c.paragraphs[0].runs:
                            run.bold = True
        elif style.startswith("Heading"):
            doc.add_heading(text, level=int(style.split()[-1]))
        else:
            doc.add_paragraph(text)
    doc.save(str(path))


# ---------------------------------------------------------------------------
# board_minutes.pdf  -- one list of blocks per page, a forced PageBreak between
# ---------------------------------------------------------------------------

MINUTES_PAGES = [
    [  # page 1
        ("title", "Harbour City Red Cross Branch"),
        ("h1", "Minutes of the Board of Directors Meeting No. 2024-02"),
        ("p", "Date: Thursday, 14 March 2024, 18:30 to 21:05"),
        ("p", "Venue: Boardroom 3B, Harbour City Red Cross House, 27 Quayside Road, Harbour City"),
        ("h2", "Attendees"),
        ("b", "Margaret Chen, Chair of the Board"),
        ("b", "David Okafor, Vice-Chair"),
        ("b", "Priya Raman, Treasurer"),
        ("b", "Thomas Lindqvist, Honorary Secretary"),
        ("b", "Dr. Helen Zhou, Medical Director"),
        ("b", "Ana Costa, Director of Volunteer Services"),
        ("b", "Samuel Brooks, Youth Representative"),
        ("p", "Apologies: Robert Fung (Director, Community Partnerships)."),
        ("p", "In attendance: Laura Whitfield, Chief Executive Officer; Jenny Park, Board Administrator (minute-taker)."),
        ("p", "Quorum: 7 of the 8 directors were present and the meeting was declared quorate."),
        ("h2", "Item 1. Opening and Declarations of Interest"),
        ("p", "The Chair opened the meeting at 18:30 and welcomed Samuel Brooks to his first board meeting. "
              "Dr. Helen Zhou declared an interest in Item 4 as a consultant at Harbour City General Hospital."),
        ("h2", "Item 2. Minutes of the Previous Meeting"),
        ("p", "The minutes of the meeting held on 8 February 2024 were approved without amendment, "
              "proposed by David Okafor and seconded by Ana Costa."),
    ],
    [  # page 2
        ("h2", "Item 3. Financial Report and Budget for FY 2024-25"),
        ("p", "The Treasurer, Priya Raman, reported an operating surplus of $312,000 for FY 2023-24, against a budgeted surplus of $150,000, "
              "mainly because of a bequest of $240,000 received in January 2024. Unrestricted reserves stand at $2.1 million, "
              "equal to 5.2 months of operating costs, above the policy minimum of 4 months."),
        ("p", "The board approved a total budget of $4.85 million for FY 2024-25 (1 April 2024 to 31 March 2025), "
              "allocated as follows:"),
        ("b", "Disaster relief and emergency response: $1,200,000"),
        ("b", "First-aid training programme: $680,000"),
        ("b", "Blood donation programme: $410,000"),
        ("b", "Volunteer services and recruitment: $540,000"),
        ("b", "Elderly home-visit service: $365,000"),
        ("b", "Fundraising and communications: $455,000"),
        ("b", "Administration and governance: $720,000"),
        ("b", "Capital expenditure (vehicles and equipment): $480,000"),
        ("p", "Decision: The FY 2024-25 budget of $4.85 million was approved unanimously."),
        ("p", "The Treasurer noted that income from the annual Red Cross Flag Day fell to $386,000 in 2023 from $412,000 in 2022, "
              "and recommended a review of street fundraising."),
    ],
    [  # page 3
        ("h2", "Item 4. Operations Report"),
        ("p", "The CEO, Laura Whitfield, presented the operations report for 2023:"),
        ("b", "14 community blood drives collected 3,260 units of blood."),
        ("b", "18,400 people completed first-aid training, including 2,150 certified first-aiders."),
        ("b", "The branch responded to 37 emergencies, including Typhoon Mirae in September 2023, and supported 1,940 affected households."),
        ("b", "Registered volunteers grew to 2,870, contributing 96,500 service hours."),
        ("p", "Decision: The board approved the purchase of one new first-aid response vehicle at a cost of $265,000 "
              "(6 votes in favour, 1 abstention: Dr. Helen Zhou)."),
        ("h2", "Item 5. Typhoon Season Preparedness"),
        ("p", "Ana Costa reported that the Eastbank district warehouse now holds 2,500 family relief kits and 600 folding beds. "
              "The board agreed to raise the stock target to 4,000 relief kits by 30 June 2024."),
        ("h2", "Item 6. Governance"),
        ("p", "Decision: The board established an Audit and Risk Committee, chaired by Priya Raman, with David Okafor and Robert Fung as members. "
              "Lam & Partners was appointed as external auditor for FY 2024-25 at a fee of $38,000."),
        ("p", "The board also approved the revised Safeguarding Policy (version 3.1), effective from 1 April 2024."),
    ],
    [  # page 4
        ("h2", "Item 7. Action Items"),
        ("b", "Laura Whitfield (CEO): submit the vehicle procurement plan to the board by 30 April 2024."),
        ("b", "Priya Raman (Treasurer): circulate the Audit and Risk Committee terms of reference by 15 April 2024."),
        ("b", "Ana Costa: raise warehouse stock to 4,000 relief kits by 30 June 2024."),
        ("b", "Dr. Helen Zhou: update the first-aid training curriculum to the 2023 guidelines by 31 May 2024."),
        ("b", "Thomas Lindqvist: file the annual return with the Charities Registry by 31 May 2024."),
        ("b", "Samuel Brooks: propose a youth volunteer recruitment campaign at the next meeting."),
        ("h2", "Item 8. Any Other Business"),
        ("p", "The Chair announced that the branch's 75th anniversary gala will be held on 12 October 2024 at the Harbour City Convention Centre, "
              "with a fundraising target of $500,000."),
        ("h2", "Item 9. Date of Next Meeting"),
        ("p", "The next board meeting will be held on Thursday, 9 May 2024, at 18:30 in Boardroom 3B."),
        ("p", "There being no further business, the Chair closed the meeting at 21:05."),
        ("p", "Signed: Margaret Chen, Chair          Recorded by: Jenny Park, Board Administrator"),
    ],
]


def minutes_text() -> str:
    """Plain source text of the minutes (one block a line, bullets as '• ')."""
    lines = []
    for n, page in enumerate(MINUTES_PAGES, 1):
        lines.append(f"[page {n}]")
        for kind, text in page:
            lines.append(("• " if kind == "b" else "") + text)
    return "\n".join(lines)


def make_pdf(path: Path) -> None:
    from xml.sax.saxutils import escape

    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
    from reportlab.lib.units import cm
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate

    # Embed a TrueType font when available so that text extraction maps
    # "\u2022" back to "•" (the standard Helvetica encoding extracts it badly).
    regular, bold = "Helvetica", "Helvetica-Bold"
    try:
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont
        fontdir = Path("/usr/share/fonts/truetype/dejavu")
        pdfmetrics.registerFont(TTFont("DejaVuSans", str(fontdir / "DejaVuSans.ttf")))
        pdfmetrics.registerFont(TTFont("DejaVuSans-Bold", str(fontdir / "DejaVuSans-Bold.ttf")))
        regular, bold = "DejaVuSans", "DejaVuSans-Bold"
    except Exception:  # font missing: fall back to the built-in fonts
        pass

    ss = getSampleStyleSheet()
    styles = {
        "title": ParagraphStyle("t", parent=ss["Title"], fontName=bold),
        "h1": ParagraphStyle("h1", parent=ss["Heading1"], fontName=bold),
        "h2": ParagraphStyle("h2", parent=ss["Heading2"], fontName=bold),
        "p": ParagraphStyle("p", parent=ss["BodyText"], fontName=regular),
        "b": ParagraphStyle("bullet", parent=ss["BodyText"], fontName=regular, bulletFontName=regular,
                            leftIndent=18, bulletIndent=6),
    }

    def footer(canvas, doc):
        canvas.saveState()
        canvas.setFont(regular, 8)
        canvas.drawCentredString(A4[0] / 2, 1.2 * cm,
                                 f"Harbour City Red Cross Branch - Board Minutes 14 March 2024 - Page {doc.page} of 4")
        canvas.restoreState()

    story = []
    for n, page in enumerate(MINUTES_PAGES):
        if n:
            story.append(PageBreak())
        for kind, text in page:
            if kind == "b":
                story.append(Paragraph(escape(text), styles["b"], bulletText="\u2022"))
            else:
                story.append(Paragraph(escape(text), styles[kind]))
    doc = SimpleDocTemplate(str(path), pagesize=A4, title="Harbour City Red Cross Branch - Board Minutes 2024-02",
                            author="Jenny Park", leftMargin=2.2 * cm, rightMargin=2.2 * cm,
                            topMargin=2 * cm, bottomMargin=2.2 * cm)
    doc.build(story, onFirstPage=footer, onLaterPages=footer)


def main() -> None:
    DOCS.mkdir(parents=True, exist_ok=True)
    make_docx(DOCS / "company_annual_report.docx")
    make_pdf(DOCS / "board_minutes.pdf")
    print("wrote", DOCS / "company_annual_report.docx")
    print("wrote", DOCS / "board_minutes.pdf")


if __name__ == "__main__":
    main()
