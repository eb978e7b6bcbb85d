"""Write the six documents of blind set 49.
1 Nantong (南通) Red Cross 2024 work report (docx; figures sit in a table with a 合计 total row whose unit is given
  only in the header cell (单位：人次); a Word comment left by a reviewer on one paragraph)
2 Nantong Red Cross January-October 2025 progress (pdf; every page carries a running title at the top and a centred
  "- n -" page number at the foot; project-table cells wrap onto two lines; corrects three 2024 figures, so they
  conflict with the docx by date)
3 Tai Po (大埔, Hong Kong) first-aid team 2025 review (zh-hant html; a table with a two-row <thead> using colspan,
  a <noscript> notice, visually hidden <span class="sr-only"> labels)
4 Kiama Surf Life Saving Club annual report 2024-25 (English md; task lists - [x] / - [ ], a nested blockquote,
  bold **Label:** lines)
5 Nelson donor centre guide 2025 (English txt; headings underlined with ==== / ----, a tab-separated table,
  (a) (b) items wrapped with hanging indents)
6 Tai'an (泰安) Red Cross stem-cell donation FAQ 2025 (Chinese docx; questions in bold 问： paragraphs, answers in
  答： paragraphs, three Word comments from the reviewer attached to answers)
Run: /work/main/.venv/bin/python make_docs49.py
"""

import os

import docx
from docx.oxml.ns import qn
from docx.shared import Pt
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "docs49")
os.makedirs(OUT, exist_ok=True)
pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))


def _song(d):
    st = d.styles["Normal"]
    st.font.size = Pt(11)
    st.font.name = "宋体"
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "宋体")


# ---------------------------------------------------------------- 1. Nantong 2024 (docx, unit in header, total row)
NT24 = [
    ("一、组织建设", [
        "2024年，南通市红十字会深化“江海博爱”党建品牌，机关党支部获评市级机关“五星级”党支部。",
        "全市现有红十字救援队14支、队员768名，其中党员队员201名；如东县红十字海上救援队获评省级示范救援队。",
        "注册红十字志愿者2.64万名，成人会员6.1万名，红十字青少年会员13.8万名；新建镇（街）红十字会5个。",
        "市红十字会领导班子：会长顾建华，常务副会长钱丽萍，秘书长季卫东。",
    ]),
    ("二、应急救护", [
        "全年培训红十字救护员5.62万人，普及性培训32.4万人次，新建应急救护培训基地3个。",
        "新增公共场所AED 286台，全市累计配置AED 1420台；AED使用成功救治心脏骤停患者11人。",
        "在狼山风景区、濠河景区设立红十字应急救护站9个，节假日值守1260小时。",
    ]),
    ("三、人道救助与“三献”", [
        "全年募集款物4860万元，其中资金4210万元、物资折价650万元；支出4530万元。",
        "无偿献血18.6万人次，献血量31.2吨；造血干细胞新入库志愿者4102人，实现捐献32例。",
        "遗体捐献登记志愿者新增1530人，实现遗体捐献96例、人体器官捐献41例。",
    ]),
]
NT24_TABLE = [  # 单位：人次 only in the header cell
    ("崇川区", "9860", "2310", "1540"),
    ("海门区", "7420", "1680", "1120"),
    ("通州区", "8150", "1890", "1260"),
    ("如皋市", "6930", "1520", "980"),
    ("启东市", "5870", "1330", "870"),
    ("海安市", "6240", "1410", "910"),
    ("如东县", "5730", "1290", "840"),
    ("合计", "50200", "11430", "7540"),
]


def nantong24():
    d = docx.Document()
    _song(d)
    d.add_heading("南通市红十字会2024年工作报告", 0)
    d.add_paragraph("（2025年1月16日在市红十字会二届五次理事会上）")
    d.add_paragraph("南通市红十字会秘书长　季卫东")
    for h, paras in NT24:
        d.add_heading(h, 1)
        for p in paras:
            d.add_paragraph(p)
    d.add_heading("四、分地区救护培训情况", 1)
    d.add_paragraph("表1　2024年各县（市、区）应急救护培训情况")
    t = d.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, txt in zip(t.rows[0].cells, ["地区（单位：人次）", "普及性培训", "救护员培训", "心肺复苏专项"]):
        c.text = txt
    for r in NT24_TABLE:
        cells = t.add_row().cells
        for c, txt in zip(cells, r):
            c.text = txt
    d.add_paragraph("注：普及性培训以签到人次计，表中不含市直机关和驻通高校。")
    d.add_heading("五、2025年工作打算", 1)
    for p in ["新增公共场所AED 300台，实现全市地铁站AED全覆盖；",
              "培训红十字救护员6万人，建成“15分钟救护圈”试点社区20个；",
              "启用南通市红十字生命教育体验馆（位于崇川区钟秀街道），年接待2万人次。"]:
        d.add_paragraph(p, style="List Bullet")
    p = d.add_paragraph("全年未发生安全生产事故和舆情事件，财务收支经南通通审会计师事务所审计无异常。")
    d.add_comment(p.runs, text="审计报告编号请财务处补上：通审专字〔2025〕第017号", author="钱丽萍", initials="QLP")
    d.save(os.path.join(OUT, "nantong_redcross_2024_work_report.docx"))


# ---------------------------------------------------------------- 2. Nantong 2025 Jan-Oct (pdf, running title, - n -)
NT25_TEXT = [
    "南通市红十字会2025年1—10月重点工作进展情况",
    "（2025年11月6日　市红十字会办公室）",
    "一、主要指标完成情况",
    "1—10月，全市培训红十字救护员4.87万人，完成年度目标的81.2%；普及性培训27.9万人次。",
    "新增公共场所AED 231台，全市累计配置AED 1651台；今年以来AED成功救治心脏骤停患者9人。",
    "募集款物3920万元，其中资金3380万元；无偿献血15.1万人次；造血干细胞实现捐献29例。",
    "二、2024年数据更正",
    "经市统计局核定，2024年培训红十字救护员应为5.71万人（原报5.62万人）；2024年募集款物应为4915万元（原报4860万元）；"
    "2024年造血干细胞捐献应为34例（原报32例）。以本表为准。",
    "三、组织建设",
    "截至10月底，全市红十字救援队增至16支、队员835名；注册红十字志愿者2.93万名。",
    "5月，市红十字会常务副会长由钱丽萍调整为陆海燕；会长仍由顾建华担任。",
]
NT25_PROJECTS = [
    ["1", "地铁站AED全覆盖工程（1号线、2号线共46座车站）", "市红十字会、南通轨道交通集团", "已安装41座，剩余5座11月完成", "2025年12月"],
    ["2", "南通市红十字生命教育体验馆建设", "崇川区红十字会", "9月28日试运行，已接待1.3万人次", "2025年11月"],
    ["3", "“15分钟救护圈”试点社区", "各县（市、区）红十字会", "已建成14个，在建6个", "2025年12月"],
    ["4", "沿江沿海水上救援能力提升", "如东县、启东市红十字会", "购置冲锋舟4艘，培训水上救生员120名", "2025年10月"],
    ["5", "博爱家园（江海博爱驿站）", "海安市、如皋市红十字会", "新建驿站18个，服务群众4.2万人次", "2025年12月"],
    ["6", "红十字青少年应急救护进校园", "市红十字会、市教育局", "覆盖中小学236所，师生9.8万人次", "2025年12月"],
]


def nantong25():
    path = os.path.join(OUT, "nantong_redcross_2025_jan-oct_progress.pdf")
    body = ParagraphStyle("b", fontName="STSong-Light", fontSize=10.5, leading=17)
    head = ParagraphStyle("h", fontName="STSong-Light", fontSize=13, leading=20, spaceBefore=6)
    title = ParagraphStyle("t", fontName="STSong-Light", fontSize=17, leading=26, alignment=1)
    cell = ParagraphStyle("c", fontName="STSong-Light", fontSize=9.5, leading=13)

    def page(canvas, doc):
        canvas.saveState()
        canvas.setFont("STSong-Light", 8.5)
        canvas.drawString(20 * mm, 285 * mm, "南通市红十字会　工作动态　2025年第11期")
        canvas.line(20 * mm, 283 * mm, 190 * mm, 283 * mm)
        canvas.setFont("STSong-Light", 10)
        canvas.drawCentredString(105 * mm, 14 * mm, f"- {doc.page} -")
        canvas.restoreState()

    s = []
    for i, t in enumerate(NT25_TEXT):
        if i == 0:
            s.append(Paragraph(t, title))
        elif t[:2] in ("一、", "二、", "三、"):
            s.append(Paragraph(t, head))
        else:
            s.append(Paragraph(t, body))
    s.append(Spacer(1, 330))
    s.append(Paragraph("四、重点项目推进表", head))
    rows = [["序号", "项目", "责任单位", "1—10月进度", "完成时限"]] + NT25_PROJECTS
    t = Table([[Paragraph(c, cell) for c in r] for r in rows],
              colWidths=[12 * mm, 48 * mm, 38 * mm, 46 * mm, 26 * mm], repeatRows=1)
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                           ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey)]))
    s.append(t)
    s.append(Paragraph("五、下一步工作：11—12月确保救护员培训完成全年6万人目标，生命教育体验馆11月正式开馆。", body))
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=22 * mm,
                            bottomMargin=25 * mm)
    doc.build(s, onFirstPage=page, onLaterPages=page)


# ---------------------------------------------------------------- 3. Tai Po (zh-hant html, 2-row thead, noscript, sr-only)
TAIPO = """<!DOCTYPE html>
<html lang="zh-Hant-HK"><head><meta charset="utf-8"><title>大埔急救隊2025年度工作回顧</title>
<style>.sr-only{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0,0,0,0)}</style></head>
<body>
<noscript><p>本頁部分圖表須啟用JavaScript方可顯示，下列數據表格不受影響。</p></noscript>
<header><h1>香港紅十字會大埔急救隊　2025年度工作回顧</h1></header>
<p><span class="sr-only">發佈日期：</span>2026年1月12日　<span class="sr-only">撰稿：</span>隊長　鄧志豪</p>
<h2>一、隊伍概況</h2>
<p>本隊現有隊員86人，其中急救導師12人、持牌救護員54人；2025年新入隊隊員19人。</p>
<p>副隊長：文嘉欣（訓練）、彭國樑（行動）；秘書：張慧琳。</p>
<p>隊部設於大埔墟寶湖道大埔綜合大樓三樓，每逢星期三晚上7時半集訓。</p>
<h2>二、當值服務</h2>
<table>
<thead>
<tr><th rowspan="2">活動</th><th colspan="2">當值次數</th><th colspan="2">處理個案</th></tr>
<tr><th>2024年</th><th>2025年</th><th>2024年</th><th>2025年</th></tr>
</thead>
<tbody>
<tr><td>大埔龍舟競渡</td><td>2</td><td>3</td><td>14</td><td>21</td></tr>
<tr><td>林村許願節</td><td>6</td><td>8</td><td>37</td><td>52</td></tr>
<tr><td>大埔海濱公園跑步賽</td><td>4</td><td>5</td><td>26</td><td>33</td></tr>
<tr><td>八仙嶺遠足徑巡邏</td><td>18</td><td>24</td><td>41</td><td>58</td></tr>
<tr><td>合計</td><td>30</td><td>40</td><td>118</td><td>164</td></tr>
</tbody>
</table>
<p>2025年全年當值服務總時數為3,120小時，較2024年增加640小時。</p>
<h2>三、培訓及社區教育</h2>
<ul>
<li><span class="sr-only">項目一：</span>舉辦標準急救課程9班，合格學員214人。</li>
<li><span class="sr-only">項目二：</span>於大埔區18間小學推行「小小急救員」計劃，受惠學生1,560人。</li>
<li><span class="sr-only">項目三：</span>為太和邨長者中心舉辦防跌講座6場，參加者310人次。</li>
</ul>
<h2>四、嘉許</h2>
<p>隊員黃詠詩於2025年8月在八仙嶺成功為一名中暑行山人士施救，獲頒香港紅十字會「人道服務嘉許狀」。</p>
<p>本隊榮獲2025年度新界東區「最佳急救隊」獎項，獎金港幣8,000元撥作添置AED之用。</p>
<h2>五、2026年計劃</h2>
<p>計劃增設林村及船灣兩個急救站，並招募新隊員25人；預算開支港幣186,000元。</p>
<footer><p>查詢：大埔急救隊秘書　電話 2651 8320</p></footer>
</body></html>
"""

# ---------------------------------------------------------------- 4. Kiama SLSC (en md, task lists, nested quote)
KIAMA = """# Kiama Surf Life Saving Club — Annual Report 2024-25

**Club:** Kiama Surf Life Saving Club Inc., Bong Bong Street, Kiama NSW
**President:** Fiona McAlister
**Club Captain:** Daniel Okafor
**Report date:** 18 August 2025

## Patrol season at a glance

**Patrolling members:** 214 (up from 189 in 2023-24)
**Patrol hours:** 9,460 across Kiama Surf Beach and Bombo Beach
**Rescues:** 37 (Kiama Surf Beach 22, Bombo Beach 15)
**Preventative actions:** 4,180
**First aid treatments:** 296, including 41 bluebottle stings

> **From the President**
>
> It was our busiest season since the club was founded in 1908. Our volunteers gave more than nine thousand hours on the sand.
>
> > "The rip at the northern end of Bombo took three swimmers on Boxing Day; the IRB crew had all three out in under four minutes."
> > — Patrol Captain Mereana Walsh, Patrol 4

## Training

| Award | Candidates | Passed |
|---|---|---|
| Bronze Medallion | 48 | 44 |
| Surf Rescue Certificate | 31 | 29 |
| IRB Crew | 12 | 11 |
| Advanced Resuscitation Techniques | 16 | 16 |

Chief Training Officer **Priya Raman** ran 11 weekend courses; the Nippers program enrolled 326 juniors aged 5 to 13.

## Goals for 2024-25

- [x] Replace the second IRB motor (new Tohatsu 30 hp installed November 2024)
- [x] Install a public-access defibrillator at the Bombo Beach tower
- [x] Reach 200 patrolling members
- [ ] Finish the clubhouse roof repairs (delayed to winter 2026; quote $68,500)
- [ ] Start a masters surf boat crew

## Finances

**Total income:** $412,300 (grants $158,000, bistro $121,400, memberships $64,900, donations $68,000)
**Total expenses:** $389,750
**Surplus:** $22,550

The Kiama Municipal Council grant of $45,000 paid for the Bombo Beach tower defibrillator and new radios.

## Awards

- Volunteer of the Year: **Tom Haddad**, 28 patrols and 212 hours
- Junior Lifesaver of the Year: **Ella Nguyen**, aged 14
- Rescue of the Year: the Boxing Day rip rescue at Bombo Beach, crew Mereana Walsh and Josh Pearce
"""

# ---------------------------------------------------------------- 5. Nelson donor centre (en txt, underlined heads, tabs)
NELSON = """Nelson Donor Centre - Donor Guide 2025
======================================

Address: 96 Hardy Street, Nelson 7010
Phone: 0800 448 325 (free), bookings open 8 am to 8 pm
Centre manager: Aroha Tipene
Medical officer: Dr Henrik Larsen

Opening hours
-------------

Day\tWhole blood\tPlasma
Monday\t8.00-15.30\t8.00-14.00
Tuesday\t10.00-19.00\t10.00-18.00
Wednesday\tclosed\t8.00-14.00
Thursday\t10.00-19.00\t10.00-18.00
Saturday\t8.30-13.00\t8.30-12.00

Who can give
------------

(a) You must be aged 16 to 70 for a first donation; regular donors can
    keep giving until their 76th birthday.
(b) You must weigh at least 50 kg. Donors under 20 must weigh 55 kg.
(c) Men can give whole blood every 12 weeks; women every 16 weeks.
(d) Plasma can be given every 2 weeks, up to 26 times a year.

Before you come
---------------

(a) Drink about 750 ml of water in the 3 hours before your appointment.
(b) Eat a savoury meal; do not come on an empty stomach.
(c) Bring photo ID on your first visit.

Waiting periods
---------------

Reason\tWait
Tattoo or body piercing\t4 months
Dental filling or cleaning\t1 day
Tooth extraction\t7 days
Travel to a malaria area\t4 months
Cold or flu symptoms\t7 days after symptoms clear

How long it takes
-----------------

A whole blood donation takes about 10 minutes; the whole visit takes about 1 hour.
A plasma donation takes about 45 minutes; allow 1.5 hours for the visit.

Numbers for 2024
----------------

The centre collected 6,840 whole blood donations and 3,215 plasma donations in 2024.
It welcomed 912 new donors; the mobile drive visited Motueka 10 times and Richmond 14 times.
"""

# ---------------------------------------------------------------- 6. Tai'an FAQ (docx, 问/答, Word comments)
TAIAN = [
    ("造血干细胞捐献是抽骨髓吗？",
     "不是。目前95%以上采用外周血采集，通过动员剂使造血干细胞进入血液，再用血细胞分离机采集，全程约4小时。"),
    ("多大年龄可以加入中华骨髓库？",
     "年龄在18至45周岁、身体健康的公民均可申请加入；入库时采集血样8毫升用于HLA分型检测。"),
    ("在泰安哪里可以登记？",
     "可到泰山区岱宗大街泰安市中心血站一楼献血服务大厅，或泰山广场、万达广场献血屋登记，工作时间8:30—17:30。"),
    ("初筛配型成功后多久捐献？",
     "初筛成功后需做高分辨检测和体检，全部合格后一般在1至3个月内安排捐献；捐献在济南的省千佛山医院进行。"),
    ("捐献有补助吗？",
     "捐献者及1名陪护人员的交通、食宿费用由中华骨髓库承担；泰安市红十字会另发放营养补助3000元。"),
    ("泰安已经有多少人捐献了？",
     "截至2025年9月底，泰安市入库志愿者累计21860人，实现造血干细胞捐献137例，其中2025年1—9月捐献14例。"),
    ("捐献后多久能恢复？",
     "捐献后一般休息1至2周即可恢复正常工作，造血干细胞2至3周内可恢复到捐献前水平。"),
    ("咨询电话是多少？",
     "泰安市红十字会博爱服务中心：0538-8226115；联系人：孔令红（工作日）。"),
]
TAIAN_NOTES = {1: "8毫升为省里统一口径，勿改为5毫升。", 4: "补助标准依据泰红字〔2024〕12号文件。",
               5: "数据来源：省中华骨髓库管理中心10月通报。"}


def taian():
    d = docx.Document()
    _song(d)
    d.add_heading("泰安市红十字会造血干细胞捐献常见问题（2025年版）", 0)
    d.add_paragraph("泰安市红十字会　2025年10月　　审核：副会长 孟庆军")
    for i, (q, a) in enumerate(TAIAN):
        qp = d.add_paragraph()
        qp.add_run(f"问{i + 1}：{q}").bold = True
        ap = d.add_paragraph(f"答：{a}")
        if i in TAIAN_NOTES:
            d.add_comment(ap.runs, text=TAIAN_NOTES[i], author="孟庆军", initials="MQJ")
    d.add_paragraph("本问答如与中华骨髓库最新规定不一致，以中华骨髓库规定为准。")
    d.save(os.path.join(OUT, "taian_redcross_stem_cell_faq_2025.docx"))


def main():
    nantong24()
    nantong25()
    for name, text in (("taipo_first_aid_team_2025_hant.html", TAIPO),
                       ("kiama_slsc_annual_report_2024-25.md", KIAMA),
                       ("nelson_donor_centre_guide_2025.txt", NELSON)):
        with open(os.path.join(OUT, name), "w", encoding="utf-8") as f:
            f.write(text)
    taian()


if __name__ == "__main__":
    main()
