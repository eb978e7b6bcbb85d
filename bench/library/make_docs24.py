"""Write the six new documents of set 24 into docs24/ (all text lives here).
Run: .venv/bin/python bench/library/make_docs24.py
"""
import os

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Pt
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "docs24")
os.makedirs(OUT, exist_ok=True)
pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))


def cn_font(run, name="宋体"):
    run.font.name = name
    run._element.rPr.rFonts.set(qn("w:eastAsia"), name)


# ---------------------------------------------------------------- 1. Jilin 2024 docx
def jilin_docx():
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.size = Pt(11)

    def para(text, bold=False, center=False, size=None):
        p = d.add_paragraph()
        r = p.add_run(text)
        r.bold = bold
        if size:
            r.font.size = Pt(size)
        cn_font(r)
        if center:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        return p

    def table(rows):
        t = d.add_table(rows=len(rows), cols=len(rows[0]))
        t.style = "Table Grid"
        for i, row in enumerate(rows):
            for j, v in enumerate(row):
                c = t.cell(i, j)
                c.text = v
                if i == 0:
                    for r in c.paragraphs[0].runs:
                        r.bold = True
        return t

    para("吉林省红十字会2024年度工作报告", bold=True, center=True, size=16)
    para("吉林省红十字会办公室　2025年1月22日", center=True)
    para("2024年，全省红十字系统坚持以习近平新时代中国特色社会主义思想为指导，以党建为引领，围绕“三救”“三献”主责主业，"
         "各项工作取得新进展。全年全省募集社会捐赠款物2.38亿元，投入使用2.11亿元，惠及困难群众86万人次。现将有关情况报告如下。")
    para("一、2024年主要工作", bold=True)
    para("（一）党建引领更加有力", bold=True)
    para("1. 组织体系持续健全。全省60个县（市、区）红十字会全部建立党组，9个市（州）红十字会党组书记全部由专职领导担任，"
         "党组把方向、管大局、保落实的核心作用有效发挥。")
    para("2. 关联组织党建得到强化。深化“林海先锋”红十字党建品牌，推动全省47支红十字救援队建立党支部，实现应建尽建。"
         "各救援队年均出动约620次、1.8万余人，受益群众12万人次，延边州红十字山地救援队党支部获评“吉林省先进基层党组织”。")
    para("3. 先进典型不断涌现。全省红十字领域3名先进人物获评“中国好人”，长春市红十字救护培训师刘春梅获评全国“最美救护员”，"
         "延边州红十字救援队队长金哲被评为“吉林好人”。")
    para("（二）“三救”“三献”主业提质增效", bold=True)
    para("1. 应急救护。全年开展应急救护普及培训58.6万人次，培训持证救护员9.4万人次，新增配置AED 1350台，累计达到4820台，"
         "“吉救在线”平台注册救护志愿者2.3万名。")
    para("2. 人道救助。开展“博爱送万家”活动，慰问困难群众3.2万户，发放款物4160万元；实施“红十字博爱助学”项目，资助困难学生2180名。")
    para("3. 人道“三献”。新增造血干细胞捐献志愿者入库6420人份，实现造血干细胞捐献38例；新增遗体（器官）捐献志愿登记1.17万人，"
         "实现遗体捐献64例、器官捐献121例。")
    para("（三）组织建设稳步推进", bold=True)
    para("实施“红十字强基工程”，建成城乡一体标准化博爱家园215个、红十字服务站（救护站）380个、生命教育体验馆26个。"
         "截至2024年底，全省发展成人会员21.6万名，注册志愿者8.95万名，志愿服务团体（组织）620个。")
    para("（四）“数字红会”建设取得突破", bold=True)
    para("9个涉民事项在“吉事办”上线，全年办件量1.3万余件，办结率100%。“吉救在线”应急救护信息平台接入AED设备3960台，"
         "长春市朝阳区“十分钟急救圈”试点建成示范点48个。")
    para("二、主要指标三年对比", bold=True)
    table([
        ["指标", "2022年", "2023年", "2024年"],
        ["募集社会捐赠款物（亿元）", "1.72", "2.05", "2.38"],
        ["应急救护普及培训（万人次）", "41.3", "49.8", "58.6"],
        ["持证救护员（万人次）", "6.7", "8.1", "9.4"],
        ["新增配置AED（台）", "860", "1120", "1350"],
        ["造血干细胞捐献（例）", "29", "33", "38"],
        ["注册志愿者（万名）", "7.12", "8.03", "8.95"],
    ])
    para("三、各市（州）2024年主要数据", bold=True)
    para("各市（州）募集款物、普及培训和博爱家园建设情况见下表。长春市各项指标均居全省首位。")
    table([
        ["市（州）", "募集款物（万元）", "普及培训（万人次）", "博爱家园（个）"],
        ["长春市", "8650", "19.2", "58"],
        ["吉林市", "4120", "9.6", "36"],
        ["延边州", "2760", "7.4", "33"],
        ["四平市", "1830", "5.1", "21"],
        ["通化市", "1540", "4.3", "19"],
        ["松原市", "1390", "4.0", "14"],
        ["白山市", "1370", "3.2", "12"],
        ["白城市", "1180", "3.2", "12"],
        ["辽源市", "960", "2.6", "10"],
    ])
    para("四、2025年工作打算", bold=True)
    para("2025年，吉林省红十字会将重点推进三项工作：一是力争全年应急救护普及培训65万人次；二是新建博爱家园30个；"
         "三是推进“吉救在线”2.0版上线，实现全省AED“一张图”管理。")
    d.save(os.path.join(OUT, "jilin_redcross_2024_report.docx"))


# ---------------------------------------------------------------- 2. Jilin 2025 pdf
def jilin_pdf():
    F = "STSong-Light"
    title = ParagraphStyle("t", fontName=F, fontSize=17, leading=24, alignment=1, spaceAfter=4)
    sub = ParagraphStyle("s", fontName=F, fontSize=10.5, leading=16, alignment=1, spaceAfter=10)
    h = ParagraphStyle("h", fontName=F, fontSize=12.5, leading=20, spaceBefore=8, spaceAfter=4)
    body = ParagraphStyle("b", fontName=F, fontSize=11, leading=18, firstLineIndent=22, wordWrap="CJK", spaceAfter=4)

    def footer(c, doc):
        c.saveState()
        c.setFont(F, 9)
        c.drawCentredString(A4[0] / 2, 12 * mm, f"— {doc.page} —")
        c.restoreState()

    s = []
    s.append(Paragraph("吉林省红十字会2025年度工作情况通报", title))
    s.append(Paragraph("吉林省红十字会办公室　　2026年1月20日", sub))
    s.append(Paragraph("一、总体情况", h))
    s.append(Paragraph("2025年，全省红十字系统深入学习贯彻党的二十届四中全会精神，全面完成年度目标任务。全年募集社会捐赠款物"
                       "2.64亿元，投入使用2.31亿元，惠及困难群众93万人次。", body))
    s.append(Paragraph("二、党建工作", h))
    s.append(Paragraph("全省红十字救援队增至52支，全部建立党支部，党员队员1140名。“林海先锋”示范党支部累计命名21个，其中2025年新命名6个。"
                       "全省红十字领域新增1名先进人物获评“中国好人”，累计达到4名。", body))
    s.append(Paragraph("三、“三救”“三献”", h))
    s.append(Paragraph("全年开展应急救护普及培训66.2万人次，超额完成65万人次的年度目标；培训持证救护员10.3万人次；新增配置AED 1580台，"
                       "累计达到6400台。“吉救在线”2.0版于2025年9月上线。", body))
    s.append(Paragraph("新增造血干细胞捐献志愿者入库7150人份，实现造血干细胞捐献45例；新增遗体（器官）捐献志愿登记1.32万人，"
                       "实现遗体捐献71例。", body))
    s.append(Paragraph("开展“博爱送万家”活动，慰问困难群众3.5万户，发放款物4580万元；“红十字博爱助学”项目资助困难学生2350名。"
                       "7月下旬，针对梅河口市、辉南县洪涝灾害，紧急调拨家庭包、折叠床等救灾物资价值640万元，派出救援队员312人次。", body))
    s.append(Paragraph("四、组织建设", h))
    s.append(Paragraph("新建博爱家园33个，累计达到248个；注册志愿者9.86万名，成人会员23.1万名。", body))
    s.append(Paragraph("五、各市（州）2025年数据", h))
    s.append(Paragraph("各市（州）2025年募集款物、普及培训和新增AED情况如下表（表格跨页）。", body))
    rows = [["序号", "市（州）", "募集款物（万元）", "普及培训（万人次）", "新增AED（台）"],
            ["1", "长春市", "9320", "21.5", "520"],
            ["2", "吉林市", "4480", "10.8", "260"],
            ["3", "延边州", "3050", "8.3", "190"],
            ["4", "四平市", "2010", "5.8", "130"],
            ["5", "通化市", "1690", "4.9", "110"],
            ["6", "松原市", "1560", "4.5", "100"],
            ["7", "白山市", "1490", "3.7", "95"],
            ["8", "白城市", "1380", "3.6", "90"],
            ["9", "辽源市", "1420", "3.1", "85"],
            ["", "合计", "26400", "66.2", "1580"]]
    t = Table(rows, colWidths=[14 * mm, 28 * mm, 38 * mm, 38 * mm, 32 * mm], repeatRows=1, rowHeights=10 * mm)
    t.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), F), ("FONTSIZE", (0, 0), (-1, -1), 10.5),
                           ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                           ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey),
                           ("ALIGN", (0, 0), (-1, -1), "CENTER"), ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
    s.append(t)
    s.append(Paragraph("六、2026年工作安排", h))
    s.append(Paragraph("2026年，全省红十字系统将以迎接吉林省红十字会第十次会员代表大会为牵引，力争应急救护普及培训70万人次，"
                       "新增配置AED 1600台，新建博爱家园35个。", body))
    s.append(Paragraph("联系人：省红十字会办公室　赵雪峰　　电话：0431-88905126", body))
    doc = SimpleDocTemplate(os.path.join(OUT, "jilin_redcross_2025_update.pdf"), pagesize=A4,
                            topMargin=22 * mm, bottomMargin=24 * mm, leftMargin=25 * mm, rightMargin=25 * mm)
    doc.build(s, onFirstPage=footer, onLaterPages=footer)


# ---------------------------------------------------------------- 3. Taizhou html
TAIZHOU = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>台州市红十字会2025年度接受社会捐赠款物及使用情况公示 - 台州市红十字会</title>
</head>
<body>
<header>
  <div class="site-name">台州市红十字会　Taizhou Red Cross Society</div>
  <nav>
    <ul>
      <li><a href="/">首页</a></li>
      <li><a href="/xwdt">新闻动态</a></li>
      <li><a href="/xxgk">信息公开</a></li>
      <li><a href="/jzgs">捐赠公示</a></li>
      <li><a href="/jhfw">救护服务</a></li>
      <li><a href="/lxwm">联系我们</a></li>
    </ul>
  </nav>
</header>
<main>
  <div class="crumb">当前位置：首页 &gt; 信息公开 &gt; 捐赠公示</div>
  <article>
    <h2>台州市红十字会2025年度接受社会捐赠款物及使用情况公示</h2>
    <p class="meta">来源：台州市红十字会　发布时间：2026-01-16　浏览次数：1873</p>
    <p>根据《中华人民共和国红十字会法》和《红十字会捐赠信息公开办法》有关规定，现将台州市红十字会2025年1月1日至12月31日接受社会捐赠款物及使用情况予以公示。</p>
    <p>2025年，市红十字会共接受社会捐赠款物3286.5万元，其中资金2871.2万元，物资折价415.3万元；全年使用捐赠款物2954.8万元，结余331.7万元将按捐赠人意愿结转至2026年继续使用。</p>
    <h3>一、主要捐赠单位（10万元以上）</h3>
    <table border="1">
      <thead>
        <tr><th>序号</th><th>捐赠单位</th><th>捐赠金额</th><th>定向用途</th></tr>
      </thead>
      <tbody>
        <tr><td>1</td><td>台州椒江恒远模塑有限公司</td><td>120万元</td><td>博爱助学</td></tr>
        <tr><td>2</td><td>温岭市东海泵业有限公司</td><td>85万元</td><td>AED配置</td></tr>
        <tr><td>3</td><td>玉环市海澄阀门有限公司</td><td>60万元</td><td>博爱家园建设</td></tr>
        <tr><td>4</td><td>临海市博爱慈善联合会</td><td>46.8万元</td><td>大病救助</td></tr>
        <tr><td>5</td><td>台州银岭电子科技有限公司</td><td>30万元</td><td>应急救护培训</td></tr>
        <tr><td>6</td><td>黄岩区王林海先生（个人）</td><td>12万元</td><td>博爱助学</td></tr>
      </tbody>
    </table>
    <h3>二、捐赠款物使用情况</h3>
    <table border="1">
      <thead>
        <tr><th>项目名称</th><th>支出金额（万元）</th><th>受益对象</th></tr>
      </thead>
      <tbody>
        <tr><td>“博爱送万家”慰问</td><td>862.4</td><td>困难群众9650户</td></tr>
        <tr><td>大病救助</td><td>736.0</td><td>大病患者1208人</td></tr>
        <tr><td>红十字博爱助学</td><td>418.5</td><td>困难学生1395名</td></tr>
        <tr><td>AED配置</td><td>352.6</td><td>新增AED 412台</td></tr>
        <tr><td>博爱家园建设</td><td>296.3</td><td>新建博爱家园18个</td></tr>
        <tr><td>应急救护培训</td><td>189.0</td><td>培训群众6.3万人次</td></tr>
        <tr><td>其他定向项目</td><td>100.0</td><td>按捐赠人意愿</td></tr>
      </tbody>
    </table>
    <p>以上捐赠款物的接收和使用已经台州天衡会计师事务所审计，审计报告编号为台天衡审〔2026〕第0087号。所有捐赠明细可在本网站“捐赠查询”栏目按捐赠人姓名或票据号查询。</p>
    <h3>三、查询与异议方式</h3>
    <p>公示期为2026年1月16日至1月30日。如对公示内容有疑问或异议，可通过以下方式查询或反映：</p>
    <ol>
      <li>登录台州市红十字会网站，进入“捐赠查询”栏目，输入捐赠票据号查询；</li>
      <li>工作日拨打捐赠查询电话，由财务科工作人员解答；</li>
      <li>携带本人身份证到市红十字会财务科现场查阅捐赠台账；</li>
      <li>书面异议请在公示期内寄至市红十字会办公室，并注明联系方式，我会将在10个工作日内答复。</li>
    </ol>
    <div class="contact">
      <p>联系人：陈丽君（财务科）</p>
      <p>查询电话：0576-88512345（工作日8:30—17:00）</p>
      <p>监督电话：0576-88512300</p>
      <p>地址：台州市椒江区东海大道618号市红十字会三楼</p>
    </div>
    <p class="sign">台州市红十字会<br>2026年1月16日</p>
  </article>
</main>
<footer>
  <p>主办单位：台州市红十字会　地址：台州市椒江区东海大道618号　邮编：318000</p>
  <p>浙ICP备12034567号-1　浙公网安备33100202000321号</p>
</footer>
</body>
</html>
"""

# ---------------------------------------------------------------- 4. CFR handbook md
CFR = """# Llanferris Community First Responders – Volunteer Handbook

Version 2.3 · Issued 14 February 2025 · Approved by the Llanferris CFR Steering Group

Llanferris Community First Responders (LCFR) is a group of trained local volunteers who attend certain 999 calls in Llanferris and the surrounding villages on behalf of the Welsh Ambulance Service. We are not a replacement for the ambulance: we get there first and start care until a crew arrives. In 2024 our 38 active responders attended 412 calls, with an average arrival time of 7 minutes 40 seconds.

## 1. Joining the Scheme

### 1.1 Who can join

Minimum age: 18
Driving licence: full UK licence held for at least 2 years
Background check: enhanced DBS check, paid for by the scheme
Health: a short self-declaration form; no medical examination is needed
Fitness: able to kneel and perform chest compressions for 2 minutes

### 1.2 Training

Training: 2 days (16 hours), held at Llanferris Community Hall
Annual refresher: 4 hours, every 12 months
Probation: the first 3 shifts are done alongside an experienced responder (a "buddy")

The initial course covers basic life support, use of the defibrillator, oxygen therapy, recognising a stroke and dealing with a fall. You must pass the practical assessment on day 2 before you are added to the rota.

## 2. On Call

### 2.1 The rota rule

Every responder must be on call for at least 20 hours a month. No single shift may be longer than 12 hours, and there must be at least 8 hours' rest between two shifts. Swaps must be logged in the rota app by 18:00 the day before the shift. If you cannot cover a shift at short notice, phone the duty coordinator; do not simply switch off your pager.

### 2.2 Calls we attend

We attend cardiac arrests, chest pain, breathing difficulties, suspected strokes, fits, diabetic emergencies and falls in the home. We do not attend road traffic collisions, assaults, incidents involving weapons, or calls to anyone under 2 years old.

### 2.3 Responding to a call

1. Accept the call on the pager within 60 seconds, or it is passed to the next responder.
2. Drive to the address within the speed limit; responders do not use blue lights or sirens.
3. Put on your high-visibility jacket and take the response bag and defibrillator.
4. Check the scene is safe before you go in.
5. Assess the patient and start care within your training.
6. Hand over to the ambulance crew using the ATMIST format and stay to help if asked.
7. Complete the patient report form on the app within 2 hours of the call.

## 3. Kit

Each response bag is signed out from the Community Hall and returned at the end of the shift.

| Kit item | Quantity | Checked how often |
| --- | --- | --- |
| Defibrillator (AED) | 1 | before every shift |
| Oxygen cylinder (CD size) | 1 | before every shift |
| Bag-valve mask, adult | 1 | weekly |
| Pulse oximeter | 1 | weekly |
| Blood glucose meter | 1 | weekly |
| Foil blankets | 4 | monthly |
| Nitrile gloves (box) | 2 | monthly |
| Spare AED pads | 2 sets | monthly |

Report any fault to the kit officer, Owain Bevan, the same day.

## 4. Do's and Don'ts

Do:
- wear your ID badge and high-visibility jacket on every call
- tell the patient you are a volunteer and that an ambulance is on its way
- wash or sanitise your hands before and after every patient
- write down times: when you arrived, when you started CPR, when the AED shocked

Don't:
- give any medicines other than oxygen
- move a patient with a suspected spinal injury
- post anything about a call on social media
- attend a call after drinking any alcohol in the previous 8 hours

## 5. Welfare

Some calls are distressing. Every responder who attends a cardiac arrest is offered a debrief within 72 hours. Free counselling is available through the ambulance service's wellbeing line.

## 6. Contact

Scheme coordinator: Rhian Pritchard
Phone: 01686 555 214
Email: coordinator@llanferriscfr.org.uk
Duty coordinator (24 hours): 07700 900 362
Address: Llanferris Community Hall, Station Road, Llanferris, Powys SY16 4QP
"""


# ---------------------------------------------------------------- 5. Taichung docx (zh-hant)
def taichung_docx():
    d = docx.Document()

    def p(text, style=None, bold=False, center=False):
        para = d.add_paragraph(style=style) if style else d.add_paragraph()
        r = para.add_run(text)
        r.bold = bold
        if not style or style == "Normal":
            cn_font(r, "新細明體")
        if center:
            para.alignment = WD_ALIGN_PARAGRAPH.CENTER
        return para

    d.add_heading("中華民國紅十字會臺中市支會2024年志工服務成果報告", level=0)
    p("中華民國紅十字會臺中市支會 志工服務組　　中華民國114年2月10日", center=True)
    d.add_heading("壹、前言", level=1)
    p("2024年，本會志工夥伴秉持「人道、博愛、奉獻」的紅十字精神，投入緊急救護、災害救援、關懷訪視與捐血推廣等工作。"
      "全年登錄志工757人，累計服務時數79,640小時，較2023年成長8.2%，服務人次達4萬3千餘人次。")
    d.add_heading("貳、志工隊伍概況", level=1)
    d.add_heading("一、隊伍編組", level=2)
    p("本會志工分為六個隊別，各隊設隊長一人、副隊長一至二人。總隊長由吳建宏擔任，副總隊長為張美玲。各隊人數及服務時數如下表。")
    rows = [["隊別", "人數", "服務時數"],
            ["救護志工隊", "186", "24,560"],
            ["災害救援隊", "142", "18,930"],
            ["關懷訪視隊", "98", "11,420"],
            ["捐血推廣隊", "75", "8,650"],
            ["青少年志工隊", "210", "9,870"],
            ["行政支援隊", "46", "6,210"],
            ["合計", "757", "79,640"]]
    t = d.add_table(rows=len(rows), cols=3)
    t.style = "Table Grid"
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            t.cell(i, j).text = v
    d.add_heading("二、教育訓練", level=2)
    p("全年辦理志工基礎訓練及特殊訓練共32場，參訓人數1,284人次；新進志工須完成基礎訓練12小時與特殊訓練12小時，方可領取志願服務紀錄冊。")
    d.add_heading("參、重要服務成果", level=1)
    d.add_heading("一、緊急救護與賽事支援", level=2)
    p("救護志工隊全年支援臺中國際馬拉松、大甲媽祖遶境等大型活動救護勤務126場，處理傷病個案2,315人次，其中使用AED成功救回到院前心跳停止患者3名。")
    d.add_heading("二、災害救援", level=2)
    p("0403花蓮地震發生後，本會於4月4日派遣災害救援隊志工64人次前往花蓮協助物資發放與安置所服務；7月凱米颱風期間，於和平區、東勢區開設服務站4處，發放民生物資1,860份。")
    d.add_heading("三、關懷訪視與捐血推廣", level=2)
    p("關懷訪視隊全年訪視獨居長者及弱勢家庭3,420戶次；捐血推廣隊協助辦理捐血活動88場，募得血液12,640袋（每袋250毫升）。")
    d.add_heading("肆、獎項與表揚", level=1)
    for a in ["榮獲衛生福利部「2024年全國績優志工團隊」獎",
              "救護志工隊隊長林秀琴獲頒臺中市政府「志願服務金質獎」",
              "災害救援隊副隊長陳志明獲頒紅十字會總會「博愛獎章」",
              "青少年志工隊獲選臺中市「青年志工績優團隊」第一名"]:
        d.add_paragraph(a, style="List Bullet")
    d.add_heading("伍、聯絡資訊", level=1)
    p("聯絡單位：中華民國紅十字會臺中市支會 志工服務組")
    p("聯絡人：志工督導 黃淑芬")
    p("電話：(04)2251-3366 分機 215")
    p("地址：臺中市南屯區公益路二段518號")
    p("服務時間：週一至週五 上午8:30至下午5:30")
    d.save(os.path.join(OUT, "taichung_redcross_volunteer_2024.docx"))


# ---------------------------------------------------------------- 6. Mountain rescue pdf
def mrt_pdf():
    F = "Helvetica"
    title = ParagraphStyle("t", fontName="Helvetica-Bold", fontSize=18, leading=22, alignment=1, spaceAfter=4)
    sub = ParagraphStyle("s", fontName=F, fontSize=10, leading=14, alignment=1, spaceAfter=10)
    h = ParagraphStyle("h", fontName="Helvetica-Bold", fontSize=12.5, leading=16, spaceBefore=8, spaceAfter=4)
    body = ParagraphStyle("b", fontName=F, fontSize=10.5, leading=14.5, spaceAfter=5)

    class Doc(SimpleDocTemplate):
        pass

    def footer(c, doc):
        c.saveState()
        c.setFont(F, 9)
        c.drawString(20 * mm, 12 * mm, "Kentmere Fell Rescue Team - Annual Report 2024")
        c.drawRightString(A4[0] - 20 * mm, 12 * mm, f"Page {doc.page} of 2")
        c.restoreState()

    s = []
    s.append(Paragraph("Kentmere Fell Rescue Team", title))
    s.append(Paragraph("Annual Report 2024 &nbsp;&middot;&nbsp; Registered charity no. 1104387 &nbsp;&middot;&nbsp; "
                       "Base: Kentmere Rescue Post, Green Quarter Lane, Kentmere, Cumbria LA8 9JP", sub))
    s.append(Paragraph("Foreword from the Chair", h))
    s.append(Paragraph("2024 was the busiest year in the team's 52-year history. Our volunteers were called out 97 times, "
                       "up from 84 in 2023, and gave more than 5,300 hours on the hill. Every one of those hours was given "
                       "freely, often in the middle of the night and in foul weather. I want to thank our members, their "
                       "families and employers, and the many people who donated to keep us going.", body))
    s.append(Paragraph("This was also the year we finally replaced our oldest ambulance, thanks to a legacy left to the team "
                       "by a walker who had loved the Kentmere Horseshoe for sixty years. Our rescue post needs a new roof and "
                       "better drying rooms, and the committee has started planning a building appeal for 2025. None of this "
                       "would be possible without the people of the valley, the farmers who let us cross their land at any "
                       "hour, and the local pubs and cafes that keep our collection boxes on their counters.", body))
    s.append(Paragraph("Alison Tarrant, Chair", body))
    s.append(Paragraph("1. The Team", h))
    s.append(Paragraph("At the end of 2024 the team had 46 operational members, 9 trainees and 14 support members. "
                       "The team leader is Gareth Mossop and the deputy team leader is Kirsty Allonby. Our treasurer is "
                       "Helen Birkett. Two search dogs, Bramble and Nell, are handled by members of the team.", body))
    s.append(Paragraph("2. Call-outs", h))
    s.append(Paragraph("Of the 97 incidents, 41 were slips and trips leading to lower-leg injuries, 22 were lost or "
                       "benighted walkers, 11 were medical emergencies and 6 were fatalities. The longest job was a "
                       "19-hour search on High Street in November. August was our busiest month with 16 call-outs. The monthly "
                       "figures are shown below; volunteer hours include travel to and from the rescue post.", body))
    s.append(Paragraph("Notable incidents included the rescue of a walker with a broken ankle from Ill Bell in heavy snow on "
                       "17 February, and a night search for two teenagers lost near Kentmere Reservoir on 3 August, both of "
                       "whom were found safe at 02:40.", body))
    rows = [["Month", "Call-outs", "Persons helped", "Volunteer hours"],
            ["January", "4", "5", "186"], ["February", "5", "6", "241"], ["March", "6", "8", "302"],
            ["April", "9", "11", "455"], ["May", "10", "13", "498"], ["June", "11", "14", "563"],
            ["July", "13", "17", "702"], ["August", "16", "21", "889"], ["September", "8", "10", "417"],
            ["October", "7", "9", "386"], ["November", "4", "4", "452"], ["December", "4", "5", "214"],
            ["Total", "97", "123", "5,305"]]
    t = Table(rows, colWidths=[40 * mm, 30 * mm, 38 * mm, 38 * mm], repeatRows=1, rowHeights=10.5 * mm)
    t.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold"), ("FONTNAME", (0, 1), (-1, -1), F),
                           ("FONTSIZE", (0, 0), (-1, -1), 10), ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                           ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey), ("ALIGN", (1, 0), (-1, -1), "CENTER")]))
    s.append(t)
    s.append(Paragraph("3. Training", h))
    s.append(Paragraph("Members attended 48 training evenings and 6 full weekend exercises, including a joint "
                       "swift-water exercise with the Coniston team in October. Eleven members renewed their "
                       "Mountain Rescue England and Wales casualty care certificate.", body))
    s.append(Paragraph("4. Finance", h))
    s.append(Paragraph("Total income for the year was GBP 187,450, of which public donations were GBP 94,200, grants "
                       "GBP 38,000 and legacies GBP 41,500. Total spending was GBP 162,300. The largest item was a new "
                       "Land Rover Defender 130 ambulance, which cost GBP 68,500. Insurance and vehicle running costs came "
                       "to GBP 21,700. The team ended the year with unrestricted reserves of GBP 112,600.", body))
    s.append(Paragraph("5. Equipment and Base", h))
    s.append(Paragraph("The team runs two vehicles: the new Land Rover Defender 130 ambulance, which entered service in May, "
                       "and a 2016 Ford Ranger used as a control and kit vehicle. During the year we bought four new vacuum "
                       "mattresses, a second Bell stretcher and twelve new hand-held radios. The rescue post in Green Quarter Lane "
                       "now has solar panels on the garage roof, which supply about a third of our electricity.", body))
    s.append(Paragraph("6. Looking Ahead", h))
    s.append(Paragraph("In 2025 the team plans to launch a building appeal with a target of GBP 250,000 to re-roof the rescue "
                       "post and add a training room. We will recruit up to eight new trainees in the spring; applicants must "
                       "live or work within 20 minutes of the base. We also aim to put public-access defibrillators at the "
                       "Kentmere church and at the Staveley village hall.", body))
    s.append(Paragraph("7. Contact", h))
    s.append(Paragraph("In an emergency dial 999, ask for Police, then Mountain Rescue. For non-emergency enquiries email "
                       "secretary@kentmerefrt.org.uk. Team secretary: Paul Wilkinson.", body))
    doc = Doc(os.path.join(OUT, "kentmere_fell_rescue_2024.pdf"), pagesize=A4,
              topMargin=20 * mm, bottomMargin=22 * mm, leftMargin=20 * mm, rightMargin=20 * mm)
    doc.build(s, onFirstPage=footer, onLaterPages=footer)


if __name__ == "__main__":
    jilin_docx()
    jilin_pdf()
    with open(os.path.join(OUT, "taizhou_donation_notice_2025.html"), "w", encoding="utf-8") as f:
        f.write(TAIZHOU)
    with open(os.path.join(OUT, "llanferris_cfr_handbook.md"), "w", encoding="utf-8") as f:
        f.write(CFR)
    taichung_docx()
    mrt_pdf()
    print(sorted(os.listdir(OUT)))
