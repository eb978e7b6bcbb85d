"""Write the six documents of blind set 45.
1 Luoyang (洛阳) Red Cross 2024 work report (docx; the title stands only in the page header, so no body paragraph
  holds it; an indicator table whose header is two rows, 指标 merged down and 2024年 merged across 目标 / 完成)
2 Luoyang Red Cross January-November 2025 progress (pdf set in two columns on each page; a county table that breaks
  from the first column into the second with its header row repeated; corrects three 2024 figures, so they conflict by date)
3 Tuen Mun (屯門) first-aid team annual summary 2025 (zh-hant html built of <dl> definition lists and collapsed
  <details>/<summary> blocks, no headings table)
4 Noosa Heads Surf Life Saving Club annual report 2024-25 (English md; footnotes [^n], reference-style links defined
  at the end, a patrol table whose cells hold <br> line breaks)
5 Nanaimo donor centre guide 2025 (English txt; CRLF, form-feed page breaks with a running header and page number
  repeated on each page, a dot-leader contents list, space-aligned tables)
6 Zhanjiang (湛江) Red Cross first-aid training FAQ 2025 (Chinese docx; questions are auto-numbered list paragraphs
  carrying no number in their text, and the fee table's cells each hold several numbered paragraphs)
Run: /work/main/.venv/bin/python make_docs45.py
"""

import os

import docx
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml.ns import qn
from docx.shared import Pt
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph, Table, TableStyle

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "docs45")
os.makedirs(OUT, exist_ok=True)


def _song(d):
    st = d.styles["Normal"]
    st.font.size = Pt(11)
    st.font.name = "宋体"
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "宋体")


# ---------------------------------------------------------------- 1. Luoyang 2024 (docx, header-only title, 2-row header)
LY24 = [
    ("S", "——2025年1月22日在市红十字会第四届理事会第五次会议上　市红十字会党组书记、常务副会长　郭彦斌"),
    ("H", "一、组织建设"),
    ("P", "2024年，“牡丹博爱”党建品牌入选全省红十字系统党建品牌培育名单，市红十字会机关党支部获评市直机关“五星支部”。"),
    ("P", "全市现有红十字救援队17支、队员734名，其中15支建立党支部，党员队员191名。栾川县红十字山地救援队获评省级示范救援队。"),
    ("P", "注册红十字志愿者2.46万名，成人会员6.1万名，红十字青少年会员15.2万名；新建乡镇（街道）红十字会11个，覆盖率达到92%。"),
    ("H", "二、应急救护"),
    ("P", "全年开展应急救护普及培训11.4万人次，培训持证救护员1.58万人。新增配置AED 312台，累计达到1,406台，龙门石窟、白马寺和洛阳龙门站实现AED全覆盖。"),
    ("P", "4月1日至5月10日第42届中国洛阳牡丹文化节期间，在景区设置救护点26个，救治游客387人次，其中心脏骤停成功复苏2例。"),
    ("H", "三、“三献”工作"),
    ("P", "全市无偿献血8.2万人次，献血总量26.7吨。新增造血干细胞捐献志愿者入库2,240人份，实现捐献11例，其中偃师区捐献3例。"),
    ("P", "遗体（器官）捐献志愿登记3,150人，实现器官捐献10例、遗体捐献7例，河南科技大学基础医学院接收遗体6具。"),
    ("H", "四、人道救助"),
    ("P", "全年募集社会捐赠款物4,180万元，其中资金2,630万元。新建博爱家园14个，累计达到81个；“博爱送万家”慰问困难家庭4,100户，每户发放价值300元的慰问物资。"),
    ("P", "7月中旬嵩县、汝阳县遭受强降雨，市红十字会于7月12日启动Ⅳ级应急响应，派出救援队员214人次，转移群众630余人，发放救灾物资折价58万元。"),
    ("H", "五、2025年工作安排"),
    ("L", "1. 新增配置AED 300台，重点覆盖A级景区和高速服务区；"),
    ("L", "2. 应急救护普及培训12万人次，持证救护员1.6万人；"),
    ("L", "3. 建成“生命礼赞”缅怀纪念园1处，选址伊滨区。"),
]
LY24_TABLE = [
    ["指标", "2024年", "", "2023年"],
    ["", "目标", "完成", "完成"],
    ["应急救护普及培训（万人次）", "10", "11.4", "9.8"],
    ["持证救护员（万人）", "1.5", "1.58", "1.37"],
    ["新增AED（台）", "280", "312", "265"],
    ["无偿献血（万人次）", "8", "8.2", "7.9"],
    ["造血干细胞入库（人份）", "2,000", "2,240", "1,870"],
    ["募集款物（万元）", "3,800", "4,180", "3,560"],
]


def luoyang24():
    d = docx.Document()
    _song(d)
    hp = d.sections[0].header.paragraphs[0]
    hp.text = "洛阳市红十字会2024年工作报告"
    for kind, text in LY24:
        if kind == "H":
            d.add_heading(text, level=2)
        else:
            d.add_paragraph(text)
        if text.startswith("遗体（器官）"):
            d.add_paragraph("表1　2024年主要指标完成情况")
            t = d.add_table(rows=len(LY24_TABLE), cols=4)
            t.style = "Table Grid"
            for r, row in enumerate(LY24_TABLE):
                for c, v in enumerate(row):
                    if v:
                        t.cell(r, c).text = v
            t.cell(0, 0).merge(t.cell(1, 0))
            t.cell(0, 1).merge(t.cell(0, 2))
            t.cell(0, 1).text = "2024年"
            t.cell(0, 3).merge(t.cell(1, 3))
            t.cell(0, 3).text = "2023年完成"
    d.save(os.path.join(OUT, "luoyang_redcross_2024_work_report.docx"))


# ---------------------------------------------------------------- 2. Luoyang 2025 Jan-Nov (pdf, two columns)
LY25 = [
    ("H", "洛阳市红十字会2025年1—11月工作进展"),
    ("S", "市红十字会办公室　2025年12月8日印发"),
    ("H", "一、总体情况"),
    ("P", "1—11月，全市开展应急救护普及培训10.9万人次，完成全年目标的91%；培训持证救护员1.47万人。"),
    ("P", "新增配置AED 268台，累计达到1,674台。8月起在连霍高速洛阳段6个服务区配置AED。"),
    ("P", "无偿献血7.6万人次，献血总量24.1吨。造血干细胞入库2,015人份，实现捐献9例。"),
    ("P", "募集社会捐赠款物3,720万元，新建博爱家园9个，累计达到90个。"),
    ("H", "二、牡丹文化节保障"),
    ("P", "第43届中国洛阳牡丹文化节于4月1日至5月5日举办，设置救护点31个，救治游客452人次，心脏骤停成功复苏1例。"),
    ("H", "三、2024年数据核定"),
    ("P", "经市统计局核定，2024年部分数据更正如下：新增AED由312台更正为298台，累计由1,406台更正为1,392台；"
          "持证救护员由1.58万人更正为1.61万人；募集社会捐赠款物由4,180万元更正为4,026万元。"),
    ("H", "四、人员变动"),
    ("P", "6月，市红十字会党组书记、常务副会长郭彦斌调任市卫健委，由李慧敏接任；赈济救护部部长由王子腾担任。"),
    ("H", "五、分县区完成情况"),
]
LY25_TABLE = [["县区", "培训人次", "AED新增", "献血人次"]] + [
    ["涧西区", "18,420", "41", "12,310"], ["西工区", "12,060", "33", "9,870"], ["老城区", "6,240", "15", "4,120"],
    ["瀍河区", "5,310", "12", "3,460"], ["洛龙区", "16,880", "38", "11,940"], ["偃师区", "9,470", "22", "6,050"],
    ["孟津区", "8,130", "19", "5,280"], ["新安县", "5,920", "14", "3,710"], ["栾川县", "4,860", "21", "2,940"],
    ["嵩县", "4,110", "11", "2,380"], ["汝阳县", "3,970", "10", "2,210"], ["宜阳县", "5,140", "12", "3,350"],
    ["洛宁县", "3,880", "9", "2,160"], ["伊川县", "5,610", "11", "4,220"],
]


def luoyang25():
    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    body = ParagraphStyle("b", fontName="STSong-Light", fontSize=9.5, leading=14, wordWrap="CJK")
    head = ParagraphStyle("h", fontName="STSong-Light", fontSize=11, leading=16, spaceBefore=4, wordWrap="CJK")
    path = os.path.join(OUT, "luoyang_redcross_2025_jan-nov_progress.pdf")
    doc = BaseDocTemplate(path, pagesize=A4, leftMargin=15 * mm, rightMargin=15 * mm, topMargin=18 * mm,
                          bottomMargin=18 * mm)
    w = (A4[0] - 30 * mm - 8 * mm) / 2
    h = A4[1] - 36 * mm
    frames = [Frame(15 * mm, 18 * mm, w, h, id="c1"), Frame(15 * mm + w + 8 * mm, 18 * mm, w, h, id="c2")]
    doc.addPageTemplates([PageTemplate(id="two", frames=frames)])
    story = []
    for kind, text in LY25:
        story.append(Paragraph(text, head if kind == "H" else body))
    rows = LY25_TABLE
    t = Table(rows, repeatRows=1, colWidths=[w * 0.28, w * 0.26, w * 0.2, w * 0.26])
    t.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), "STSong-Light"), ("FONTSIZE", (0, 0), (-1, -1), 9),
                           ("GRID", (0, 0), (-1, -1), 0.4, "black"), ("BOTTOMPADDING", (0, 0), (-1, -1), 14),
                           ("TOPPADDING", (0, 0), (-1, -1), 14)]))
    story.append(t)
    story.append(Paragraph("注：表中数据截至11月30日，老城区、瀍河区数据含区属企业。", body))
    doc.build(story)


# ---------------------------------------------------------------- 3. Tuen Mun (zh-hant html, dl + details)
TM = """<!DOCTYPE html>
<html lang="zh-Hant"><head><meta charset="utf-8"><title>屯門區急救隊2025年度工作摘要</title></head>
<body>
<p>中國紅十字會香港分會屯門區急救隊　2025年度工作摘要（2026年1月10日周年大會通過）</p>
<dl>
<dt>隊長</dt><dd>梁嘉豪（註冊急救導師）</dd>
<dt>副隊長</dt><dd>何淑儀、鄧志偉</dd>
<dt>隊部地址</dt><dd>屯門鄉事會路2號屯門社區中心4樓</dd>
<dt>在冊隊員</dt><dd>146人，其中青年隊員58人</dd>
<dt>年度服務時數</dt><dd>21,480小時，較2024年增加12%</dd>
</dl>
<details><summary>一、急救當值</summary>
<p>全年當值活動214場，處理傷病個案1,036宗，送院個案47宗。</p>
<p>3月9日屯門海濱長跑賽設急救站8個，處理個案96宗，其中中暑個案11宗。</p>
<p>10月青山登山日當值隊員62人，處理扭傷個案33宗。</p>
</details>
<details><summary>二、培訓</summary>
<p>舉辦標準急救證書課程18班，合格學員402人；心肺復蘇及AED課程25班，合格學員611人。</p>
<p>課程費用：標準急救課程每位港幣1,350元，心肺復蘇課程每位港幣450元，長者及綜援人士半價。</p>
</details>
<details><summary>三、社區及學校</summary>
<p>走訪屋邨12個，包括友愛邨、大興邨及蝴蝶邨，為長者量度血壓2,870人次。</p>
<p>與區內9所中學合辦「校園急救大使」計劃，培訓學生大使236名。</p>
</details>
<dl>
<dt>表揚</dt><dd>隊員黃敏儀獲頒香港紅十字會「傑出義工獎」；屯門區急救隊獲評2025年度「最佳區隊」。</dd>
<dt>2026年目標</dt><dd>服務時數2.3萬小時；增設天水圍聯絡點；購置第二部急救車。</dd>
<dt>聯絡電話</dt><dd>2452 7310（星期一至五上午9時至下午6時）</dd>
</dl>
</body></html>
"""

# ---------------------------------------------------------------- 4. Noosa (md, footnotes, reference links, <br> cells)
NOOSA = """# Noosa Heads Surf Life Saving Club — Annual Report 2024-25

Presented to the Annual General Meeting on 14 August 2025 at the clubhouse, Hastings Street, Noosa Heads.

## President's report

Our volunteers completed **9,842 patrol hours** across 27 weekends and public holidays, up from 8,915 in 2023-24[^1].
The season ran from 21 September 2024 to 27 April 2025. President Fiona Marchetti thanked the 312 active patrolling
members, including 118 juniors ("Nippers") who moved into patrol ranks.

## Rescues and first aid

| Category | 2024-25 | 2023-24 |
| --- | --- | --- |
| Rescues | 164 | 139 |
| First aid treatments | 1,208 | 1,097 |
| Preventative actions | 21,640 | 19,880 |
| Marine stings<br>(bluebottle / jellyfish) | 743<br>(mostly Jan-Feb) | 652 |
| Resuscitations | 3<br>(2 successful) | 2 |

The busiest day was 26 January 2025 (Australia Day) with 41 rescues at Main Beach and Little Cove[^2].

## Training

- Bronze Medallion: 64 candidates assessed, 58 passed (examiner: Craig Donnelly)
- Surf Rescue Certificate: 47 passed
- IRB Driver: 12 new drivers; IRB Crew: 19
- Advanced Resuscitation Techniques: 31 passed

Training officer **Priya Raman** ran 22 weeknight sessions; details are on the [training calendar][cal].

## Finance

Total income was $486,300, of which the annual raffle raised $112,750 and Noosa Council's grant $60,000[^3]. Expenditure
was $451,900, including $74,200 on a new inflatable rescue boat. The audited statements are available from the
[club office][office].

## Volunteer awards

- Life Member 2025: Graham Whitcombe (41 years of patrolling)
- Patroller of the Year: Ella Nguyen
- Junior Lifesaver of the Year: Tom Kowalski (14)

[^1]: Patrol hours are taken from the SurfGuard system on 30 April 2025.
[^2]: Main Beach was closed for 3 hours that afternoon after a shark sighting.
[^3]: The council grant is tied to the 2025-27 beach safety agreement and is paid in two instalments.

[cal]: https://noosaslsc.example.org/training "Training calendar"
[office]: mailto:office@noosaslsc.example.org
"""

# ---------------------------------------------------------------- 5. Nanaimo (txt, form feeds, running header)
NAN_PAGES = [
    [
        "NANAIMO DONOR CENTRE - DONOR GUIDE 2025                                  page 1",
        "",
        "Nanaimo Donor Centre, 1-4750 Rutherford Road, Nanaimo BC. Phone 250-555-0172.",
        "Centre manager: Dr. Harjit Sandhu. Donor care lead: Megan O'Leary.",
        "",
        "CONTENTS",
        "  1. Who can donate ................................ 1",
        "  2. Opening hours ................................. 2",
        "  3. Waiting periods ............................... 2",
        "  4. After your donation ........................... 3",
        "",
        "1. WHO CAN DONATE",
        "You must be at least 17 years old and weigh at least 50 kg (110 lb).",
        "First-time donors over 71 need a doctor's note; there is no upper age limit for returning donors.",
        "Bring one piece of government photo ID. Haemoglobin is checked by finger prick before every donation.",
    ],
    [
        "NANAIMO DONOR CENTRE - DONOR GUIDE 2025                                  page 2",
        "",
        "2. OPENING HOURS",
        "  Day              Hours            Notes",
        "  Monday           closed           -",
        "  Tuesday          10:00-18:00      plasma only after 16:00",
        "  Wednesday        12:00-20:00      late clinic",
        "  Thursday         10:00-18:00      -",
        "  Saturday         08:30-14:30      walk-ins welcome",
        "Closed on statutory holidays, including 1 July (Canada Day).",
        "",
        "3. WAITING PERIODS",
        "  Situation                        Wait",
        "  Whole blood (men)                56 days",
        "  Whole blood (women)              84 days",
        "  Plasma                           7 days",
        "  Tattoo or piercing               3 months",
        "  Dental cleaning                  1 day",
        "  Travel to a malaria area         3 months",
    ],
    [
        "NANAIMO DONOR CENTRE - DONOR GUIDE 2025                                  page 3",
        "",
        "4. AFTER YOUR DONATION",
        "Rest for 15 minutes in the canteen and drink at least 500 ml of fluid.",
        "Avoid heavy lifting and strenuous exercise for 6 hours.",
        "If you feel faint after leaving, call the donor line 1-888-555-0199 (24 hours).",
        "",
        "In 2024 the centre collected 9,316 whole blood units and 4,870 plasma donations from 6,402 donors.",
        "The centre's 2025 target is 10,000 whole blood units. Free parking: 40 spaces behind the building.",
        "",
        "Revised 3 March 2025 by M. O'Leary.",
    ],
]

# ---------------------------------------------------------------- 6. Zhanjiang FAQ (docx, auto-numbered questions)
ZJ_FAQ = [
    ("Q", "湛江市红十字会应急救护培训有哪些课程？"),
    ("A", "分为普及培训（4学时）、救护员培训（16学时）和救护师资培训（56学时）三类，均由湛江市红十字应急救护培训中心组织。"),
    ("Q", "培训地点在哪里？"),
    ("A", "主培训点位于赤坎区海滨四路21号市红十字会二楼，霞山区、麻章区另设两个分教点。"),
    ("Q", "救护员证有效期多久？"),
    ("A", "救护员证有效期3年，期满前6个月内可参加8学时复训换证。"),
    ("Q", "培训收费吗？"),
    ("A", "普及培训免费；救护员培训和师资培训收费标准见下表。"),
    ("T", ""),
    ("Q", "怎么报名？"),
    ("A", "关注“湛江红十字”微信公众号，在“救护培训”栏目报名；团体报名请致电0759-3182120，联系人陈晓琳。"),
    ("Q", "2024年培训了多少人？"),
    ("A", "2024年全市开展普及培训6.8万人次，培训持证救护员9,420人，其中海上救护专题培训1,150人。"),
    ("Q", "AED在哪里能找到？"),
    ("A", "全市已配置AED 846台，湛江西站、湛江机场（吴川）、金沙湾观海长廊均有配置，可在“湛江红十字”小程序“AED地图”查询。"),
    ("Q", "考核不合格怎么办？"),
    ("A", "理论考试80分合格，技能考核须全部通过；不合格者可在3个月内免费补考1次。"),
]


def zhanjiang():
    d = docx.Document()
    _song(d)
    d.add_heading("湛江市红十字会应急救护培训常见问题（2025年版）", level=1)
    d.add_paragraph("湛江市红十字应急救护培训中心　2025年3月编")
    for kind, text in ZJ_FAQ:
        if kind == "Q":
            d.add_paragraph(text, style="List Number")
        elif kind == "A":
            d.add_paragraph(text)
        else:
            t = d.add_table(rows=3, cols=2)
            t.style = "Table Grid"
            t.alignment = WD_TABLE_ALIGNMENT.CENTER
            t.cell(0, 0).text = "课程"
            t.cell(0, 1).text = "收费与说明"
            cells = [("救护员培训", ["每人150元（含教材、考核）", "在校学生每人80元", "注册志愿者免费"]),
                     ("救护师资培训", ["每人680元", "须持有效救护员证满1年", "每期限30人"])]
            for r, (name, items) in enumerate(cells, start=1):
                t.cell(r, 0).text = name
                cell = t.cell(r, 1)
                cell.paragraphs[0].text = items[0]
                cell.paragraphs[0].style = d.styles["List Number"]
                for it in items[1:]:
                    cell.add_paragraph(it, style="List Number")
    d.save(os.path.join(OUT, "zhanjiang_redcross_first_aid_faq_2025.docx"))


def main():
    luoyang24()
    luoyang25()
    with open(os.path.join(OUT, "tuenmun_first_aid_team_2025_hant.html"), "w", encoding="utf-8") as f:
        f.write(TM)
    with open(os.path.join(OUT, "noosa_heads_slsc_annual_report_2024-25.md"), "w", encoding="utf-8") as f:
        f.write(NOOSA)
    with open(os.path.join(OUT, "nanaimo_donor_centre_guide_2025.txt"), "w", encoding="utf-8", newline="") as f:
        f.write("\r\n\f".join("\r\n".join(p) + "\r\n" for p in NAN_PAGES))
    zhanjiang()


if __name__ == "__main__":
    main()
