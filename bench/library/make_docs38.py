"""Write the six documents of blind set 38.
1 Zhuzhou Red Cross 2024 work report (docx; headings are bold paragraphs only, ①②③ items, tables ending in 合计)
2 Zhuzhou Red Cross 2025 Jan-Nov progress with revised 2024 figures (txt; box-drawing table, 万 units, 约/逾/近, ranges)
3 Treasure Valley Blood Alliance FY2025 review (English PDF laid out as landscape slides, a chart per slide,
  US dates and dollar amounts, year-on-year changes)
4 Yantai blood / stem-cell donation FAQ (md; aligned pipe tables, nested bullets, blockquotes, a code fence)
5 Kinmen Red Cross 114 water-safety & lifeguard page (zh-hant / English bilingual html; site menu, cookie banner,
  breadcrumbs, <caption> table with <th scope="row">, <ol start="4">)
6 Ganzhou Red Cross notice 赣市红字〔2025〕12号 (PDF letterhead, 主送 line, 附件1 with its own table, seal line)
Run: /work/main/.venv/bin/python make_docs38.py
"""

import os

import docx
from docx.shared import Pt
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen import canvas

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "docs38")


# ---------------------------------------------------------------- 1. Zhuzhou 2024 work report (docx)
ZZ = [
    ("T", "株洲市红十字会2024年工作报告"),
    ("S", "——2025年2月20日在株洲市红十字会第五届理事会第四次会议上"),
    ("S", "株洲市红十字会党组书记、常务副会长　刘志刚"),
    ("P", "各位理事："),
    ("P", "现在，我代表株洲市红十字会第五届理事会常务理事会，向会议报告2024年工作和2025年工作安排，请予审议。"),
    ("B", "一、2024年工作回顾"),
    (
        "P",
        "2024年，在市委、市政府和湖南省红十字会的坚强领导下，市红十字会坚持以党建为引领，聚焦“三救”“三献”主责主业，"
        "全年全市红十字系统募集社会捐赠款物3,860万元，较上年增长11.2%；开展应急救护普及培训18.4万人次，培训持证救护员"
        "2.96万人次，主要指标均完成或超额完成年度目标。",
    ),
    ("B", "（一）坚持党建引领，政治建设持续加强"),
    ("P", "① 市红十字会党组全年召开党组会议18次，落实“第一议题”制度集中学习26次，开展党组理论学习中心组专题研讨6次。"),
    ("P", "② 全市9个县（市、区）红十字会全部建立党组，“株洲博爱红”党建品牌新命名示范党支部4个，累计达到10个。"),
    ("P", "③ 全市红十字救援队14支，全部建立党支部，党员队员178名，约占队员总数的三成。"),
    ("B", "（二）聚焦应急救援，守护群众生命安全"),
    (
        "P",
        "① 7月上旬，醴陵市、攸县遭遇持续强降雨，市红十字会于7月1日启动Ⅲ级应急响应，派出救援队员186人次，协助转移群众"
        "1,420人，发放救灾物资价值83万元。",
    ),
    (
        "P",
        "② 全年全市救援队出动274次、队员3,610人次，成功救助遇险群众58人；在株洲马拉松、神农城灯会等大型活动中设置"
        "救护点41个，处置伤病960人次。",
    ),
    ("P", "③ 新增配置AED 460台，累计配置1,920台；全市34个高铁站、汽车站和主要商圈实现AED全覆盖。"),
    ("B", "（三）推进“三献”工作，传递生命大爱"),
    ("P", "① 全市无偿献血8.7万人次，献血量14.2万单位，株洲市连续第七次获评“全国无偿献血先进城市”。"),
    ("P", "② 新增造血干细胞捐献志愿者入库1,860人份，实现造血干细胞捐献12例，累计捐献97例。"),
    ("P", "③ 新增遗体（器官）捐献志愿登记2,940人，实现器官捐献17例、遗体捐献19例；在仙庾岭建成“生命礼赞”缅怀园。"),
    ("B", "（四）夯实组织基础，提升人道服务能力"),
    ("P", "① 全年新建博爱家园18个，累计104个；发展成人会员3.9万名，注册志愿者2.31万名，红十字志愿服务队52支。"),
    ("P", "② “博爱助学”项目资助困难学生380名，发放助学金190万元；“博爱送万家”慰问困难群众6,200户。"),
    (
        "P",
        "③ 醴陵市红十字救援队队长谭卫东获“湖南省五一劳动奖章”，炎陵县红十字救护志愿者易小红入选“湖南好人榜”，"
        "荷塘区红十字会被评为全省红十字系统先进集体。",
    ),
    ("B", "表1　2024年主要指标完成情况"),
    ("TABLE1", None),
    (
        "P",
        "注：公交驾驶员救护培训未完成年度目标，主要是市公交集团2024年下半年车辆更新、驾驶员集中轮训时间调整，"
        "剩余培训顺延至2025年一季度。",
    ),
    ("B", "表2　2024年社会捐赠款物使用情况（单位：万元）"),
    ("TABLE2", None),
    ("B", "二、存在的不足"),
    (
        "P",
        "一是县级红十字会专职人员偏少，茶陵县、炎陵县红十字会仅各有专职人员2名；二是救护培训师资不足，全市持证"
        "救护师资仅136名；三是农村地区AED配置密度偏低。",
    ),
    ("B", "三、2025年工作安排"),
    ("P", "① 全市开展应急救护普及培训20万人次、培训持证救护员3.2万人次，新增配置AED 500台。"),
    ("P", "② 新建博爱家园20个，建成“15分钟应急救护圈”示范社区10个，在炎陵、茶陵两县试点“山区救护驿站”5个。"),
    ("P", "③ 筹备召开株洲市红十字会第六次会员代表大会，计划于2025年10月召开。"),
    (
        "P",
        "各位理事，让我们更加紧密地团结在以习近平同志为核心的党中央周围，真抓实干，为谱写株洲红十字事业高质量发展"
        "新篇章而努力奋斗！",
    ),
]
ZZ_T1 = [
    ("指标", "年度目标", "实际完成", "完成率"),
    ("应急救护普及培训", "17万人次", "18.4万人次", "108.2%"),
    ("持证救护员培训", "2.8万人次", "2.96万人次", "105.7%"),
    ("公交驾驶员救护培训", "1,200人次", "1,050人次", "87.5%"),
    ("新增配置AED", "450台", "460台", "102.2%"),
    ("造血干细胞入库", "1,800人份", "1,860人份", "103.3%"),
    ("遗体（器官）捐献登记", "2,800人", "2,940人", "105.0%"),
    ("新建博爱家园", "18个", "18个", "100.0%"),
]
ZZ_T2 = [
    ("项目", "金额（万元）", "占比"),
    ("应急救灾", "820", "24.5%"),
    ("人道救助", "1,150", "34.3%"),
    ("应急救护培训", "410", "12.2%"),
    ("博爱家园建设", "560", "16.7%"),
    ("“三献”工作", "230", "6.9%"),
    ("其他公益项目", "180", "5.4%"),
    ("合计", "3,350", "100%"),
]


def zhuzhou_docx():
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "SimSun"
    st.element.rPr.rFonts.set(docx.oxml.ns.qn("w:eastAsia"), "宋体")
    st.font.size = Pt(11)

    def table(rows):
        t = d.add_table(rows=len(rows), cols=len(rows[0]))
        t.style = "Table Grid"
        for i, r in enumerate(rows):
            for j, v in enumerate(r):
                cell = t.cell(i, j)
                cell.text = v
                if i == 0 or r[0] == "合计":
                    cell.paragraphs[0].runs[0].bold = True

    for kind, text in ZZ:
        if kind == "TABLE1":
            table(ZZ_T1)
        elif kind == "TABLE2":
            table(ZZ_T2)
        else:
            p = d.add_paragraph()
            r = p.add_run(text)
            if kind in ("T", "B"):
                r.bold = True
            if kind == "T":
                r.font.size = Pt(18)
                p.alignment = 1
            if kind == "S":
                p.alignment = 1
    d.save(os.path.join(OUT, "zhuzhou_redcross_2024_work_report.docx"))


# ---------------------------------------------------------------- 2. Zhuzhou 2025 Jan-Nov progress (txt)
ZZ25 = """株洲市红十字会2025年1—11月重点工作进展通报
（株红通〔2025〕第9期　市红十字会办公室编　2025年12月8日）

一、总体进展
今年以来，全市红十字系统围绕年初确定的目标任务，各项工作总体进度良好。1—11月，全市募集社会捐赠款物约3,420万元，
开展应急救护普及培训约17.6万人次，培训持证救护员近2.9万人次，新增配置AED逾400台（实际412台）。预计全年普及培训
可达19.5万至20.5万人次，基本完成20万人次的年度目标。

二、关于2024年部分数据的更正说明
经湖南省红十字会年度统计核查，2024年部分指标数据核定如下，此前《株洲市红十字会2024年工作报告》中的数据以本通报为准：
（一）2024年应急救护普及培训核定为18.1万人次（原报18.4万人次），差额主要是部分“进校园”讲座与普及培训重复计入；
（二）2024年募集社会捐赠款物核定为3,790万元（原报3,860万元），原因是一笔70万元的物资捐赠按规定调整至2025年入账；
（三）2024年新增配置AED核定为448台（原报460台），其中12台因未完成验收登记不计入当年数。
其余指标数据不变。

三、主要指标进度表
┌────────────────┬──────────────┬──────────────┬────────────┬────────┐
│ 指标                 │ 2024年（核定）      │ 2025年1—11月        │ 2025年目标        │ 进度     │
├────────────────┼──────────────┼──────────────┼────────────┼────────┤
│ 应急救护普及培训     │ 18.1万人次          │ 约17.6万人次        │ 20万人次          │ 88%      │
│ 持证救护员培训       │ 2.96万人次          │ 近2.9万人次         │ 3.2万人次         │ 90%      │
│ 新增配置AED          │ 448台               │ 412台               │ 500台             │ 82%      │
│ 新建博爱家园         │ 18个                │ 14个                │ 20个              │ 70%      │
│ 造血干细胞入库       │ 1,860人份           │ 1,720人份           │ 1,900人份         │ 91%      │
│ 造血干细胞捐献       │ 12例                │ 15例                │ 12例              │ 125%     │
│ 募集社会捐赠款物     │ 3,790万元           │ 约3,420万元         │ 4,000万元         │ 86%      │
└────────────────┴──────────────┴──────────────┴────────────┴────────┘
注：进度＝1—11月完成数÷2025年目标，四舍五入取整。

四、应急救援与防汛
6月中旬，渌口区、攸县遭遇强降雨，市红十字会于6月19日启动Ⅳ级应急响应，持续5天，先后派出救援队员逾260人次，
协助转移群众约2,100人，发放救灾物资价值约115万元。全年（截至11月底）全市救援队出动约310次，每次汛期救援平均
持续2至3天。新组建的株洲市红十字山地救援队于8月12日在炎陵县神农谷成功搜救迷途驴友7人。

五、“三献”与组织建设
1—11月，全市无偿献血约8.1万人次；实现造血干细胞捐献15例，创历年新高，其中石峰区志愿者段晓峰为第100例捐献者。
遗体（器官）捐献志愿登记近2,600人。新建博爱家园14个，累计118个；注册志愿者增至2.58万名，较2024年底增长约12%。
“15分钟应急救护圈”示范社区已建成7个，“山区救护驿站”在炎陵、茶陵两县建成3个，其余2个预计2026年1月投用。

六、下一步工作
（一）12月底前完成剩余普及培训约2.4万人次，重点面向中小学教师和公交驾驶员（补训约150人次）；
（二）第六次会员代表大会因换届筹备需要推迟至2026年1月召开，会期1至2天；
（三）做好元旦、春节期间“博爱送万家”工作，计划慰问困难群众逾6,500户。

联系人：市红十字会办公室　贺晓琳　电话：0731-28211876
"""


# ---------------------------------------------------------------- 3. Treasure Valley Blood Alliance slides (pdf)
SLIDES = [
    (
        "Treasure Valley Blood Alliance",
        [
            "FY2025 Annual Review to the Board of Trustees",
            "Fiscal year October 1, 2024 - September 30, 2025",
            "Presented by Dr. Marisol Vega, President & CEO",
            "Board meeting: December 9, 2025, Boise, Idaho",
        ],
        None,
    ),
    (
        "FY2025 at a glance",
        [
            "61,480 donations collected, up 7% from FY2024 (57,450)",
            "18,920 first-time donors, up 11% from FY2024",
            "212 mobile blood drives at schools, churches and workplaces",
            "23 partner hospitals supplied in Idaho and eastern Oregon",
            "Hospital order fill rate: 98.6% (FY2024: 97.1%)",
        ],
        ("Donations (thousands)", [("FY2023", 54.9), ("FY2024", 57.45), ("FY2025", 61.48)]),
    ),
    (
        "Collections by procedure",
        [
            "Whole blood: 48,300 donations (79% of total)",
            "Apheresis platelets: 7,860 donations, up 15% from FY2024",
            "Plasma: 3,940 donations",
            "Double red cells: 1,380 donations",
            "Average whole blood donor age: 44; youngest eligible donors are 16 with parental consent",
        ],
        (
            "Donations by procedure (thousands)",
            [("Whole", 48.3), ("Platelets", 7.86), ("Plasma", 3.94), ("2RBC", 1.38)],
        ),
    ),
    (
        "Donor centers",
        [
            "Boise - Emerald Street center (flagship, 14 donor beds)",
            "Meridian - Eagle Road center",
            "Nampa - Caldwell Boulevard center",
            "Twin Falls center opened March 3, 2025; 5,120 donations in its first 7 months",
            "Weekday hours 7:00 a.m. - 7:00 p.m.; Saturdays 8:00 a.m. - 2:00 p.m.",
        ],
        (
            "Share of donations by site (%)",
            [("Boise", 38), ("Meridian", 21), ("Nampa", 14), ("Twin Falls", 8), ("Mobile", 19)],
        ),
    ),
    (
        "July 2025 emergency appeal",
        [
            "July 14, 2025: O-negative supply fell to 1.6 days after the July 4 holiday week",
            "Emergency appeal issued with KTVB and the Idaho Hospital Association",
            "2,940 donors came in between July 15 and July 25, 2025",
            "O-negative supply restored to 4.2 days by July 25, 2025",
            "Target inventory level: at least 5 days for all blood types",
        ],
        ("O-negative supply (days)", [("Jul 7", 3.1), ("Jul 14", 1.6), ("Jul 18", 2.7), ("Jul 25", 4.2)]),
    ),
    (
        "Finances",
        [
            "Total revenue: $38.4 million, up 6% from FY2024 ($36.2 million)",
            "Operating expenses: $36.9 million, up 4% from FY2024",
            "Net operating margin: $1.5 million",
            "Charitable gifts and grants: $2.7 million, incl. a $750,000 grant from the Albertson Family Foundation",
            "New bloodmobile purchased for $612,000; delivered August 18, 2025",
        ],
        ("Revenue ($ millions)", [("FY2023", 34.3), ("FY2024", 36.2), ("FY2025", 38.4)]),
    ),
    (
        "People",
        [
            "286 employees, including 118 phlebotomists",
            "640 active volunteers gave 21,300 hours, up 9% from FY2024",
            "Donor satisfaction score: 4.8 out of 5",
            "Employee of the Year: Jordan Alvarez, mobile collections supervisor, Nampa",
            "Volunteer of the Year: Ruth Okonkwo, 1,150 hours since 2019",
        ],
        ("Volunteer hours (thousands)", [("FY2023", 18.4), ("FY2024", 19.5), ("FY2025", 21.3)]),
    ),
    (
        "Hospital services",
        [
            "52,700 blood components distributed to hospitals, up 5% from FY2024",
            "St. Luke's Health System remained the largest customer at 41% of units",
            "Average delivery time within the Boise metro: 47 minutes",
            "Reference lab completed 3,260 antibody workups",
            "Units expired (outdated): 1.9% of inventory, down from 2.6% in FY2024",
        ],
        ("Components distributed (thousands)", [("FY2023", 48.9), ("FY2024", 50.2), ("FY2025", 52.7)]),
    ),
    (
        "FY2026 goals",
        [
            "Collect 64,000 donations (+4% over FY2025)",
            "Open a Caldwell donor center in spring 2026 (budget $1.8 million)",
            "Recruit 20,000 first-time donors, with 35% aged 16-24",
            "Keep O-negative supply at or above 3 days on 95% of days",
            "Launch online appointment reminders by text message in January 2026",
        ],
        ("Donation goal (thousands)", [("FY2025", 61.48), ("FY2026", 64.0)]),
    ),
    (
        "Thank you",
        [
            "Questions: Dr. Marisol Vega, President & CEO",
            "Chief Financial Officer: Kevin Marsh",
            "Board Chair: Linda Takahashi",
            "Donor line: (208) 555-0142 | www.tvblood.example.org",
            "Every donation can help up to 3 patients",
        ],
        None,
    ),
]


def slides_pdf():
    size = landscape((254 * mm, 190.5 * mm))
    W, H = size
    c = canvas.Canvas(os.path.join(OUT, "treasure_valley_blood_fy2025_slides.pdf"), pagesize=size)
    for n, (title, bullets, chart) in enumerate(SLIDES, 1):
        c.setFillColor(colors.HexColor("#8B0000"))
        c.rect(0, H - 30 * mm, W, 30 * mm, fill=1, stroke=0)
        c.setFillColor(colors.white)
        c.setFont("Helvetica-Bold", 28 if n > 1 else 32)
        c.drawString(15 * mm, H - 20 * mm, title)
        c.setFillColor(colors.black)
        y = H - 45 * mm
        bw = (W * 0.55) if chart else (W - 30 * mm)
        for b in bullets:
            lines = simpleSplit(b, "Helvetica", 15, bw)
            c.setFont("Helvetica", 15)
            c.drawString(15 * mm, y, "\u2022")
            for ln in lines:
                c.drawString(22 * mm, y, ln)
                y -= 7.5 * mm
            y -= 3 * mm
        if chart:
            label, bars = chart
            x0, y0, cw, ch = W * 0.64, 30 * mm, W * 0.32, 95 * mm
            c.setFont("Helvetica-Bold", 11)
            c.drawString(x0, y0 + ch + 8 * mm, label)
            c.line(x0, y0, x0 + cw, y0)
            mx = max(v for _, v in bars)
            bwid = cw / len(bars) * 0.6
            for k, (name, v) in enumerate(bars):
                bx = x0 + k * cw / len(bars) + bwid * 0.3
                bh = ch * v / mx
                c.setFillColor(colors.HexColor("#C0392B"))
                c.rect(bx, y0, bwid, bh, fill=1, stroke=0)
                c.setFillColor(colors.black)
                c.setFont("Helvetica", 9)
                c.drawCentredString(bx + bwid / 2, y0 - 5 * mm, name)
                c.drawCentredString(bx + bwid / 2, y0 + bh + 2 * mm, f"{v:g}")
        c.setFont("Helvetica", 9)
        c.drawRightString(W - 10 * mm, 8 * mm, f"TVBA FY2025 Review | {n}/{len(SLIDES)}")
        c.showPage()
    c.save()


# ---------------------------------------------------------------- 4. Yantai donation FAQ (md)
YANTAI = """# 烟台市无偿献血与造血干细胞捐献常见问题（2025年版）

> 本问答由烟台市红十字会与烟台市中心血站联合编写，2025年9月1日起施行，2023年版同时废止。
> 咨询电话：0535-6612345（每日8:00—17:30）；造血干细胞捐献专线：0535-6634567。

## 一、无偿献血

### 1. 哪些人可以献血

- 年龄：18至55周岁；既往无献血反应、符合健康检查要求的多次献血者，可延长至60周岁
- 体重：
  - 男性不低于50公斤
  - 女性不低于45公斤
- 献血前一天：
  - 不饮酒、不熬夜
  - 不吃油腻食物，献血前可正常吃早餐

### 2. 一次献多少、间隔多久

| 献血类型     | 每次献血量         | 最短间隔   | 备注                  |
| :----------- | :----------------- | :--------- | :-------------------- |
| 全血         | 200至400毫升       | 6个月      | 一年内累计不超过800毫升 |
| 单采血小板   | 1至2个治疗量       | 2周        | 一年内不超过24次        |
| 全血后献血小板 | —                | 3个月      | 反之间隔4周            |

> 注意：献全血后约3至5天血容量即可恢复，但红细胞完全恢复需要约4至6周，请勿频繁献血。

### 3. 在哪里献血

- 固定献血点（共9个）：
  - 芝罘区：南大街献血屋、烟台山医院献血点
  - 莱山区：万达广场献血屋
  - 福山区：福山献血屋
  - 其他：蓬莱、龙口、莱州、招远、栖霞各1个
- 流动献血车：共6辆，周末常驻滨海广场、大悦城，具体以“烟台献血”公众号每周五发布的排班为准

### 4. 献血后有什么回报

本人献血累计达到800毫升以上的，本人及配偶、父母、子女终身免费用血；不足800毫升的，本人按献血量的5倍、配偶及直系亲属按献血量等量免费用血。用血费用可在全市23家医院“一站式”直接减免，外地用血回烟台报销须在出院后1年内办理。

查询本人献血记录，可编辑短信发送至中心血站服务号：

```
格式：CX#身份证号后6位#姓名
示例：CX#123456#王芳
发送至：10690535660
```

## 二、造血干细胞捐献

### 5. 怎样加入中华骨髓库

- 年龄18至45周岁、身体健康
- 在献血时加采8至10毫升血样，或到市红十字会预约登记
- 入库后如有患者初配相合，工作人员会电话联系，请及时更新联系方式

### 6. 捐献过程会伤身体吗

捐献前需注射动员剂4至5天，采集过程约需3至5小时。正常人体内造血干细胞有很强的再生能力，一般捐献后1至2周即可恢复，不影响健康。

> 截至2025年6月底，烟台市累计入库造血干细胞志愿者近4.6万人份，实现捐献逾180例，其中2024年实现捐献21例。

### 7. 近年献血情况

| 年份   | 献血人次   | 献血量       | 献血小板（治疗量） |
| :----- | ---------: | -----------: | -----------------: |
| 2023年 | 10.8万人次 | 约36.2吨     | 1.26万            |
| 2024年 | 11.5万人次 | 约38.9吨     | 1.41万            |
| 2025年上半年 | 5.9万人次 | 约19.6吨 | 0.73万            |

### 8. 志愿者能获得哪些荣誉

- 国家级：全国无偿献血奉献奖（金奖需累计献全血40次以上）
- 市级：
  - 烟台市“最美献血者”每年评选10名
  - 捐献造血干细胞者授予“烟台市博爱之星”称号
- 2024年，芝罘区市民孙海涛献血达到212次，为全市献血次数最多的个人
"""


# ---------------------------------------------------------------- 5. Kinmen bilingual page (html)
KINMEN = """<!DOCTYPE html>
<html lang="zh-Hant">
<head>
<meta charset="utf-8">
<title>114年水域安全暨救生員訓練成果 | 中華民國紅十字會金門縣支會</title>
</head>
<body>
<div id="cookie-banner" class="cookie">本網站使用Cookie以提升瀏覽體驗。繼續瀏覽即表示您同意本站隱私權政策。 This site uses cookies to improve your experience. <button>我同意 Accept</button></div>
<header>
<nav class="site-menu">
<ul>
<li><a href="/">首頁 Home</a></li>
<li><a href="/about">關於本會 About</a></li>
<li><a href="/news">最新消息 News</a></li>
<li><a href="/training">救護訓練 Training</a></li>
<li><a href="/blood">捐血活動 Blood Drives</a></li>
<li><a href="/contact">聯絡我們 Contact</a></li>
</ul>
</nav>
</header>
<nav class="breadcrumbs"><a href="/">首頁</a> &gt; <a href="/training">救護訓練</a> &gt; <span>114年水域安全暨救生員訓練成果</span></nav>
<main>
<h1>114年水域安全暨救生員訓練成果 / 2025 Water Safety and Lifeguard Training Report</h1>
<p class="meta">發布單位：中華民國紅十字會金門縣支會　發布日期：114年11月20日　Published by the Kinmen County Chapter, Red Cross Society of the Republic of China, on 20 November 2025</p>

<h2>一、年度概況 Overview</h2>
<p>114年（2025年）本會共辦理救生員初訓3梯次、複訓2梯次，結訓學員合計112人，較113年的86人增加30%。另於金城、金湖、金沙、金寧、烈嶼五個鄉鎮辦理水域安全宣導42場，參與民眾約6,800人次。</p>
<p>In 2025 (ROC year 114) the Chapter ran three initial lifeguard courses and two refresher courses, with 112 trainees completing them, up 30% from 86 in 2024. It also held 42 water-safety talks in the five townships of Jincheng, Jinhu, Jinsha, Jinning and Lieyu, reaching about 6,800 people.</p>
<p>本年度訓練經費新臺幣186萬元，其中金門縣政府補助120萬元，本會自籌66萬元。救生員初訓每人收費新臺幣4,500元，金門縣籍學員及在學學生減半收費。</p>
<p>Training cost NT$1.86 million this year, of which NT$1.2 million was a grant from Kinmen County Government and NT$660,000 came from the Chapter's own funds. The initial lifeguard course fee is NT$4,500 per person, halved for Kinmen residents and students.</p>

<h2>二、各梯次訓練情形 Courses</h2>
<table border="1">
<caption>表一　114年救生員訓練梯次一覽 Table 1. Lifeguard courses in 2025</caption>
<thead>
<tr><th scope="col">梯次 Course</th><th scope="col">日期 Dates</th><th scope="col">地點 Venue</th><th scope="col">報名 Enrolled</th><th scope="col">及格 Passed</th></tr>
</thead>
<tbody>
<tr><th scope="row">初訓第1梯 Initial 1</th><td>4月12日至4月27日</td><td>金城國中游泳池</td><td>34</td><td>29</td></tr>
<tr><th scope="row">初訓第2梯 Initial 2</th><td>6月7日至6月22日</td><td>金門縣立體育場游泳池</td><td>31</td><td>27</td></tr>
<tr><th scope="row">初訓第3梯 Initial 3</th><td>9月13日至9月28日</td><td>金湖鎮料羅灣海域及泳池</td><td>28</td><td>22</td></tr>
<tr><th scope="row">複訓第1梯 Refresher 1</th><td>5月17日至5月18日</td><td>金城國中游泳池</td><td>19</td><td>19</td></tr>
<tr><th scope="row">複訓第2梯 Refresher 2</th><td>10月18日至10月19日</td><td>烈嶼鄉上林海灘</td><td>16</td><td>15</td></tr>
</tbody>
</table>
<p>初訓課程共64小時，內容包括游泳技能、水中救生、心肺復甦術及AED、開放水域救生；術科測驗須於2分30秒內完成50公尺救生拖帶。第3梯及格率最低（約79%），主因為9月下旬海象不佳，開放水域測驗改期兩次。</p>
<p>The initial course runs 64 hours and covers swimming skills, water rescue, CPR and AED, and open-water rescue; the practical test requires a 50-metre rescue tow within 2 minutes 30 seconds. Course 3 had the lowest pass rate (about 79%), mainly because rough seas in late September forced the open-water test to be rescheduled twice.</p>

<h2>三、夏季海域救生勤務 Summer beach patrols</h2>
<p>7月1日至8月31日，本會救生隊於料羅灣、后豐港、上林海灘三處開放海域執行救生勤務，共出勤救生員1,240人次，成功救起溺水或受困民眾9人，處理輕傷及水母螫傷案件76件。救生隊隊長為陳志明，副隊長為許雅婷。</p>
<p>From 1 July to 31 August the Chapter's lifeguard team patrolled three open beaches at Liaoluo Bay, Houfeng Harbour and Shanglin Beach, with 1,240 lifeguard shifts. Lifeguards rescued 9 people from drowning or being stranded and treated 76 minor injuries and jellyfish stings. The team leader is Chen Chih-ming and the deputy leader is Hsu Ya-ting.</p>

<h2>四、民眾戲水安全提醒 Safety tips for swimmers</h2>
<p>以下為本會提醒事項第4至第7點（第1至第3點請參閱113年公告）：The following are tips 4 to 7 (tips 1 to 3 appeared in the 2024 notice):</p>
<ol start="4">
<li>請在救生員執勤時段（每日9時至17時）及插有紅黃旗的範圍內戲水。Swim only during lifeguard hours (9 a.m. to 5 p.m.) and between the red-and-yellow flags.</li>
<li>退潮時潮差可達5公尺以上，請勿前往潮間帶深處。The tidal range can exceed 5 metres at low tide; do not walk far out on the tidal flats.</li>
<li>發現有人溺水，請大聲呼救並撥打119，切勿貿然下水。If you see someone drowning, shout for help and call 119; do not jump in yourself.</li>
<li>飲酒後請勿下水，兒童須有成人全程陪同。Do not swim after drinking, and children must always be accompanied by an adult.</li>
</ol>

<h2>五、115年計畫 Plans for 2026</h2>
<p>115年預計辦理初訓4梯次，並於金沙鎮新設第四處夏季救生站；另將與金門大學合作，培訓大學生救生志工50人。</p>
<p>In 2026 the Chapter plans four initial courses and a fourth summer lifeguard station in Jinsha Township, and will work with National Quemoy University to train 50 student lifeguard volunteers.</p>
<p>聯絡窗口：訓練組　李佩君　電話 082-325581。Contact: Lee Pei-chun, Training Section, tel. 082-325581.</p>
</main>
<footer>中華民國紅十字會金門縣支會　金門縣金城鎮民生路32號　© 2025 Kinmen County Chapter</footer>
</body>
</html>
"""


# ---------------------------------------------------------------- 6. Ganzhou notice (pdf)
GZ_BODY = [
    "各县（市、区）红十字会，赣州经开区、蓉江新区红十字会，市直有关单位：",
    "    为深入推进“群众身边的红十字会”建设，根据江西省红十字会《关于做好2026年度博爱家园项目",
    "工作的通知》（赣红字〔2025〕47号）要求，现就我市2026年度“博爱家园”项目申报工作通知如下。",
    "    一、申报条件",
    "    （一）申报单位为城乡社区（村），常住人口原则上不少于1,500人；",
    "    （二）已建立红十字基层组织，有不少于20名红十字志愿者和1名以上持证救护员；",
    "    （三）近三年内未发生重大安全事故，且未获得过各级博爱家园项目资助。",
    "    二、支持标准",
    "    2026年全市拟支持博爱家园项目16个，其中省级资助6个、市级资助10个。城市社区每个补助15万元，",
    "农村社区（村）每个补助20万元；革命老区乡村可上浮5万元。项目资金主要用于应急救护培训、",
    "防灾减灾设施、生计发展小额周转金和博爱服务站建设。",
    "    三、时间安排",
    "    （一）申报：2025年12月15日至2026年1月16日，由县级红十字会汇总后报市红十字会赈济救护部；",
    "    （二）评审：2026年2月下旬，由市红十字会组织专家实地评审；",
    "    （三）公示：评审结果在市红十字会网站公示5个工作日；",
    "    （四）实施：项目周期为2026年3月至11月，12月10日前完成自评验收。",
    "    四、有关要求",
    "    各地要严格按照附件1分配的名额推荐，不得超额申报；逾期未报的视为放弃。申报材料纸质版一式三份，",
    "同时报送电子版至 gzhszh_jjk@163.com。",
    "    联系人：市红十字会赈济救护部　钟敏　电话：0797-8123456",
    "",
    "    附件：1. 2026年度博爱家园项目名额分配表",
    "          2. 博爱家园项目申报书（另发）",
]
GZ_BODY2 = [
    "    五、项目管理与监督",
    "    （一）项目实行县级红十字会负责制，县级红十字会须指定1名项目联络员，每季度末报送项目进展；",
    "    （二）项目资金实行专账管理、专款专用，生计发展小额周转金的借款期限一般为1至2年，单户借款",
    "不超过1万元，回收率须达到90%以上；",
    "    （三）市红十字会将会同市财政局于2026年9月开展中期检查，对进度滞后、资金使用不规范的项目",
    "予以通报，情节严重的收回资助资金；",
    "    （四）2025年度全市实施的14个博爱家园项目须于2025年12月20日前完成验收，验收结果作为",
    "2026年度名额分配的重要依据。瑞金市叶坪乡华屋村、于都县梓山镇潭头村2个项目在2025年省级",
    "评估中获评“优秀”，2026年度对应县（市）各增加1个推荐名额，已计入附件1。",
    "    六、其他",
    "    本通知由市红十字会赈济救护部负责解释。往年通知与本通知不一致的，以本通知为准。",
]
GZ_ATT = [
    ("序号", "县（市、区）", "推荐名额", "其中革命老区村", "补助上限（万元）"),
    ("1", "章贡区", "2", "0", "35"),
    ("2", "南康区", "2", "1", "45"),
    ("3", "瑞金市", "3", "2", "70"),
    ("4", "于都县", "2", "2", "50"),
    ("5", "兴国县", "2", "2", "50"),
    ("6", "宁都县", "2", "1", "45"),
    ("7", "寻乌县", "1", "1", "25"),
    ("8", "石城县", "1", "1", "25"),
    ("9", "赣州经开区", "1", "0", "15"),
    ("", "合计", "16", "10", "360"),
]


def ganzhou_pdf():
    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    F = "STSong-Light"
    W, H = A4
    c = canvas.Canvas(os.path.join(OUT, "ganzhou_redcross_notice_2025-12.pdf"), pagesize=A4)
    red = colors.HexColor("#CC0000")
    c.setFillColor(red)
    c.setFont(F, 30)
    c.drawCentredString(W / 2, H - 35 * mm, "赣州市红十字会文件")
    c.setFillColor(colors.black)
    c.setFont(F, 12)
    c.drawCentredString(W / 2, H - 48 * mm, "赣市红字〔2025〕12号")
    c.setStrokeColor(red)
    c.setLineWidth(1.5)
    c.line(20 * mm, H - 53 * mm, W - 20 * mm, H - 53 * mm)
    c.setStrokeColor(colors.black)
    c.setLineWidth(1)
    c.setFont(F, 15)
    c.drawCentredString(W / 2, H - 66 * mm, "赣州市红十字会")
    c.drawCentredString(W / 2, H - 74 * mm, "关于开展2026年度“博爱家园”项目申报工作的通知")
    y = H - 88 * mm
    c.setFont(F, 10.5)
    c.drawString(22 * mm, y, "主送：各县（市、区）红十字会，赣州经开区、蓉江新区红十字会，市直有关单位")
    y -= 9 * mm
    for line in GZ_BODY:
        c.drawString(22 * mm, y, line)
        y -= 6.4 * mm
    c.drawCentredString(W / 2, 10 * mm, "— 1 —")
    c.showPage()
    # page 2: rest of the body, seal line, 抄送
    c.setFont(F, 10.5)
    y = H - 30 * mm
    for line in GZ_BODY2:
        c.drawString(22 * mm, y, line)
        y -= 6.4 * mm
    y -= 12 * mm
    c.drawRightString(W - 30 * mm, y, "赣州市红十字会（印章）")
    y -= 7 * mm
    c.drawRightString(W - 30 * mm, y, "2025年12月3日")
    y -= 8 * mm
    c.drawString(22 * mm, y, "（此件主动公开）")
    c.line(20 * mm, 40 * mm, W - 20 * mm, 40 * mm)
    c.drawString(22 * mm, 34 * mm, "抄送：江西省红十字会，赣州市人民政府办公室。")
    c.line(20 * mm, 30 * mm, W - 20 * mm, 30 * mm)
    c.drawString(22 * mm, 24 * mm, "赣州市红十字会办公室　　　　　　　　　　　　2025年12月3日印发")
    c.drawCentredString(W / 2, 10 * mm, "— 2 —")
    c.showPage()
    # page 3: attachment 1
    c.setFont(F, 12)
    c.drawString(22 * mm, H - 25 * mm, "附件1")
    c.setFont(F, 15)
    c.drawCentredString(W / 2, H - 38 * mm, "2026年度博爱家园项目名额分配表")
    xs = [22 * mm, 38 * mm, 75 * mm, 105 * mm, 145 * mm, W - 22 * mm]
    y = H - 50 * mm
    top = y
    rh = 8 * mm
    c.setFont(F, 10.5)
    c.line(xs[0], y, xs[-1], y)
    for r in GZ_ATT:
        for j, v in enumerate(r):
            c.drawString(xs[j] + 2 * mm, y - 5.5 * mm, v)
        y -= rh
        c.line(xs[0], y, xs[-1], y)
    for x in xs:
        c.line(x, top, x, y)
    y -= 8 * mm
    c.setFont(F, 9.5)
    for line in (
        "说明：1. 补助上限＝城市社区名额×15万元＋农村社区（村）名额×20万元＋革命老区村名额×5万元；",
        "2. 蓉江新区2025年度已获2个项目资助，2026年度暂不分配名额；",
        "3. 各地推荐项目须按得分高低排序，排序第一的项目优先安排省级资助。",
    ):
        c.drawString(22 * mm, y, line)
        y -= 6 * mm
    c.drawCentredString(W / 2, 10 * mm, "— 3 —")
    c.showPage()
    c.save()


def write_text(name, text):
    with open(os.path.join(OUT, name), "w", encoding="utf-8") as f:
        f.write(text)


def main():
    os.makedirs(OUT, exist_ok=True)
    zhuzhou_docx()
    write_text("zhuzhou_redcross_2025_jan-nov_progress.txt", ZZ25)
    slides_pdf()
    write_text("yantai_blood_stemcell_faq_2025.md", YANTAI)
    write_text("kinmen_redcross_lifeguard_114_bilingual.html", KINMEN)
    ganzhou_pdf()
    for f in sorted(os.listdir(OUT)):
        print(f, os.path.getsize(os.path.join(OUT, f)))


if __name__ == "__main__":
    main()
