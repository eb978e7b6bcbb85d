"""Write the six documents of blind set 41.
1 Wuhu Red Cross 2024 work report (pdf; Chinese CID font; key-indicator table whose 说明 cells wrap onto two or
  three lines, thin ruling between rows only)
2 Wuhu Red Cross work bulletin 2025 No. 9 (txt; 简报 with 第9期（总第187期）, 编者按, corrected 2024 figures,
  ranges and approximations, 报/送/发 distribution lines)
3 Kapiti Coast Community Heartbeat final grant report (English docx; budget table line item | budget | actual |
  variance with negative variances in parentheses; a "修订说明"-style revision-notes section at the end)
4 Guilin Red Cross scenic-area volunteer FAQ (md; headings numbered 1.1 / 1.2 / 2.1, figures in inline code and bold)
5 Hong Kong Red Cross Blood Transfusion Service press release on the Sha Tin donor centre (zh-hant html; the page's
  content sits in an outer two-column layout table, a menu cell and a content cell; 完 / ### end marks and a
  media-contact block)
6 Isle of Man Community First Responders annual return 2024-25 (English txt; statistics in dot-leader definition
  style "Calls dispatched ........ 1,096", prior-year figures in brackets)
Run: /work/main/.venv/bin/python make_docs41.py
"""

import os

import docx
from docx.oxml.ns import qn
from docx.shared import Pt
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen import canvas

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "docs41")

# ---------------------------------------------------------------- 1. Wuhu 2024 report (pdf)
WH_TITLE = "芜湖市红十字会2024年工作报告"
WH_SUB = "——2025年1月16日在芜湖市红十字会第七届理事会第三次会议上　市红十字会党组书记、常务副会长　汪晓峰"
WH_BODY = [
    ("H", "一、2024年工作回顾"),
    ("P", "2024年，全市红十字系统在市委、市政府和安徽省红十字会的坚强领导下，围绕“三救”“三献”主责主业，以“江城博爱”党建品牌为引领，较好完成了全年目标任务。"),
    ("P", "（一）应急救护培训扩面提质。全年开展应急救护普及培训12.6万人次，培训持证救护员1.85万人次，完成年度目标的103%。新增配置AED 268台，累计达到1,142台，芜湖站、芜湖宣州机场、方特旅游度假区实现AED全覆盖。“江城救护”师资队伍现有师资186名，其中主讲师资54名。"),
    ("P", "（二）应急救援快速有力。6月下旬至7月上旬长江芜湖段持续超警戒水位，无为市、南陵县部分圩区受淹。市红十字会于7月1日启动Ⅲ级应急响应，派出救援队员412人次，协助转移群众1,360余人，发放救灾物资价值87万元。鸠江区红十字水上救援队在7月4日永定圩抢险中连续作业36小时。全市现有红十字救援队17支、队员820名，全年出动205次。"),
    ("P", "（三）“三献”工作稳中有进。全市无偿献血7.9万人次，献血总量26.8吨；新增造血干细胞捐献志愿者入库1,640人份，实现捐献19例；遗体（器官）捐献志愿登记2,730人，实现器官捐献15例、遗体捐献11例。"),
    ("P", "（四）人道救助精准温暖。全年募集社会捐赠款物3,260万元，其中资金2,410万元、物资折价850万元。新建博爱家园12个，累计88个；“博爱送万家”活动慰问困难群众4,100户，“博爱助学”资助困难学生296名。"),
    ("P", "（五）组织建设和党建持续加强。全市7个县（市、区）红十字会全部建立党组，注册红十字志愿者1.38万名，比上年增长11%；成人会员3.2万名。镜湖区红十字会被评为全省红十字系统先进集体，无为市红十字救援队队长陶建国入选“安徽好人”榜。市红十字会党组理论学习中心组集中学习12次，开展“支部+救援队”结对共建7对。"),
    ("H", "表1　2024年主要指标完成情况"),
    ("TABLE", None),
    ("N", "注：普及培训为快报数，待省红十字会年报核定；捐赠款物为到账数。"),
    ("H", "二、存在的问题"),
    ("P", "一是农村地区AED配置密度偏低，南陵县、无为市每10万人约9台，主城区约38台。二是救援队运行经费主要依靠财政一次性补助，17支救援队中有6支没有固定训练场地。三是志愿者年龄结构偏大，50岁以上的占46%，35岁以下的仅占约两成。"),
    ("H", "三、2025年工作安排"),
    ("P", "1.开展应急救护普及培训13.5万人次，培训持证救护员2万人次，新增AED 300台。"),
    ("P", "2.在长江芜湖段建设红十字水上救援站3个，原因是长江沿线溺水事件集中在夏季，而现有救援点之间间距超过20公里，难以在30分钟内到达。"),
    ("P", "3.新建博爱家园15个，重点向无为市、南陵县倾斜。"),
    ("P", "4.筹备市红十字会第八次会员代表大会，拟于2025年10月召开。"),
    ("P", "同志们，新的一年任务艰巨。让我们凝心聚力、真抓实干，为建设“博爱江城”作出新的更大贡献！"),
]
WH_TABLE = [
    ("指标", "年度目标", "完成数", "说明"),
    ("应急救护普及培训", "12万人次", "12.6万人次", "含学校、企业、社区三类；其中中小学生5.1万人次，约占四成"),
    ("持证救护员培训", "1.8万人次", "1.85万人次", "按发证人次统计；教师、导游、公交驾驶员为重点人群，三类合计6,200人次"),
    ("新增AED", "250台", "268台", "其中社会捐赠配置97台；累计1,142台，地铁（轨道交通1、2号线）站点全覆盖"),
    ("无偿献血", "7.5万人次", "7.9万人次", "献血总量26.8吨；团体献血占31%"),
    ("造血干细胞捐献", "15例", "19例", "入库1,640人份；首例在芜湖本地医院完成采集"),
    ("募集捐赠款物", "3,000万元", "3,260万元", "资金2,410万元，物资折价850万元；最大单笔为奇瑞汽车捐赠救援车辆3辆"),
    ("新建博爱家园", "10个", "12个", "无为市5个、南陵县4个、繁昌区3个"),
]


def _wrap(text, font, size, width):
    """Character-level wrap for CJK text (simpleSplit only breaks at spaces)."""
    lines, cur = [], ""
    for ch in text:
        if pdfmetrics.stringWidth(cur + ch, font, size) > width:
            lines.append(cur)
            cur = ch
        else:
            cur += ch
    if cur:
        lines.append(cur)
    return lines


def _cjk():
    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    return "STSong-Light"


def wuhu_pdf():
    f = _cjk()
    W, H = A4
    c = canvas.Canvas(os.path.join(OUT, "wuhu_redcross_2024_work_report.pdf"), pagesize=A4)
    left, right = 20 * mm, W - 20 * mm
    y = H - 24 * mm

    def need(h):
        nonlocal y
        if y - h < 20 * mm:
            c.showPage()
            y = H - 24 * mm
            c.setFont(f, 10.5)

    c.setFont(f, 16)
    c.drawCentredString(W / 2, y, WH_TITLE)
    y -= 9 * mm
    c.setFont(f, 9)
    for ln in _wrap(WH_SUB, f, 9, right - left):
        c.drawString(left, y, ln)
        y -= 5 * mm
    y -= 3 * mm
    for kind, text in WH_BODY:
        if kind == "H":
            need(10 * mm)
            c.setFont(f, 12)
            c.drawString(left, y, text)
            y -= 8 * mm
        elif kind == "TABLE":
            xs = [0, 32, 54, 78]
            ws = [32, 22, 24, 92]
            c.setFont(f, 9)
            for i, row in enumerate(WH_TABLE):
                cells = [_wrap(v, f, 9, (ws[j] - 2) * mm) for j, v in enumerate(row)]
                n = max(len(x) for x in cells)
                need(n * 4.6 * mm + 4 * mm)
                c.setFont(f, 9)
                for j, lines in enumerate(cells):
                    for k, ln in enumerate(lines):
                        c.drawString(left + (xs[j] + 1) * mm, y - k * 4.6 * mm, ln)
                y -= n * 4.6 * mm + 1.5 * mm
                c.setLineWidth(0.8 if i == 0 else 0.3)
                c.line(left, y + 2 * mm, right, y + 2 * mm)
                y -= 1.5 * mm
            y -= 2 * mm
        else:
            size = 8 if kind == "N" else 10.5
            lines = _wrap(text, f, size, right - left)
            need(len(lines) * 6 * mm)
            c.setFont(f, size)
            for ln in lines:
                c.drawString(left, y, ln)
                y -= (4.6 if kind == "N" else 6) * mm
            y -= 2.5 * mm
    c.save()


# ---------------------------------------------------------------- 2. Wuhu bulletin (txt)
WH_BULLETIN = """芜湖红十字工作简报
2025年第9期（总第187期）

芜湖市红十字会办公室编　　　　　　　　　　　　　　2025年10月20日

【编者按】今年以来，全市红十字系统对照2024年工作报告确定的目标任务，压茬推进各项工作。本期简报通报前三季度主要数据，刊发2024年度数据核定情况，并介绍长江芜湖段红十字水上救援站建设进展，供各县（市、区）红十字会参考。请各单位对照进度，查漏补缺，确保完成全年任务。

一、前三季度主要数据

1—9月，全市开展应急救护普及培训10.4万人次，约完成年度目标（13.5万人次）的77%；培训持证救护员1.52万人次；新增配置AED 231台。全市无偿献血6.1万人次，献血总量20.7吨。实现造血干细胞捐献17例，比上年同期多5例。新建博爱家园9个。募集社会捐赠款物约2,150万元。

分地区看，普及培训完成率最高的是镜湖区（91%），其次是弋江区（86%），最低的是南陵县（58%），南陵县已安排10月、11月集中开展“进乡村”专场培训不少于40场。

二、2024年度数据核定情况

根据安徽省红十字会2024年度统计年报核定结果，对《芜湖市红十字会2024年工作报告》中部分数据更正如下：

1.应急救护普及培训由12.6万人次核定为12.2万人次。原因：部分社区讲座不足4学时，按规定不计入普及培训。
2.募集社会捐赠款物由3,260万元核定为3,198万元。原因：一批物资捐赠经第三方重新评估，折价减少62万元。
3.注册志愿者由1.38万名核定为1.41万名。原因：补录繁昌区第四季度注册数据。
4.AED累计数由1,142台核定为1,136台。原因：6台设备已报废，当年未扣减。
5.新增AED（268台）、造血干细胞捐献（19例）不作调整。

三、长江芜湖段水上救援站建设进展

按照2024年工作报告部署，今年在长江芜湖段建设红十字水上救援站3个：
——鸠江区二坝镇救援站，5月28日启用，由鸠江区红十字水上救援队值守，站长徐海波；
——繁昌区荻港镇救援站，8月16日启用，站长吴德胜；
——无为市高沟镇救援站，主体已完工，计划11月底前启用。
每个站配备冲锋舟2艘、无人机1架，常驻队员12—15名。汛期（6—8月）两个已启用站点共出勤64次，救起落水群众7人，从接警到到达现场平均用时约18分钟。

四、工作动态

◇4月20日芜湖马拉松，市红十字会设医疗救护点22个，救护志愿者约240人，处置伤病71人次，其中心脏骤停1例经AED除颤后送医脱险，施救者为弋江区红十字志愿者胡静。
◇9月“99公益日”期间，全市红十字系统网络募捐48.6万元，参与约1.1万人次，比上年略有下降。
◇市红十字会第八次会员代表大会由原定10月推迟至12月召开，原因是与安徽省红十字会换届工作时间衔接。
◇奇瑞汽车股份有限公司向市红十字会捐赠应急救援车辆2辆，价值约96万元，分配给无为市、南陵县救援队使用。
◇6月14日世界献血者日，市中心血站与市红十字会在中山路步行街举办主题活动，当天采血约520人次，表彰无偿献血奉献奖获得者186名，其中金奖42名。
◇7月10日至8月31日暑期防溺水专项行动期间，全市在长江、青弋江、漳河沿线设置临水救护点26个，每个点位配备救生员2—3名，开展防溺水宣传进村入户1.8万户。
◇南陵县红十字会新增专职工作人员1名，9月1日到岗，该县专职人员由1名增至2名。

五、下阶段工作提示

请各县（市、区）红十字会于11月10日前报送1—10月数据，12月5日前报送全年快报数。四季度重点抓好普及培训进度、冬春季“博爱送万家”准备和第八次会员代表大会代表推选工作。

报：安徽省红十字会，市委、市政府
送：市委组织部、市委宣传部、市民政局、市卫生健康委
发：各县（市、区）红十字会，市红十字会机关各科室
（共印45份）
"""

# ---------------------------------------------------------------- 3. Kapiti grant report (docx)
KP_TITLE = "Kapiti Coast Community Heartbeat Project - Final Grant Report"
KP_META = [
    "Prepared for: Nikau Community Trust (grant reference NCT-2024-117)",
    "Grantee: Wellington Free Ambulance, Community Resilience team",
    "Grant period: 1 July 2024 to 30 June 2025. Grant awarded: NZ$148,500",
    "Report date: 28 August 2025. Report author: Hana Whitmore, Project Lead",
]
KP_SECTIONS = [
    ("1. Summary",
     ["The Community Heartbeat Project set out to make sure that anyone who collapses in a public place on the Kapiti Coast is within a three-minute walk of a defibrillator, and that more people in the district know how to start CPR. Over twelve months we installed 36 public-access AEDs against a target of 30, and trained 2,410 people against a target of 2,000.",
      "The project finished NZ$1,900 over budget. The overspend was met from Wellington Free Ambulance's own community fund, so no further money is requested for the grant period."]),
    ("2. What we delivered",
     ["AEDs: 36 units in heated, unlocked cabinets, registered on the national AED Locations map. By town: Paraparaumu 12, Waikanae 9, Otaki 7, Raumati 5 and Paekakariki 3. Otaki received fewer than planned (the plan said 9) because two host sites, a marae and a sports club, asked to wait until their buildings are renovated in 2026.",
      "Training: 118 free sessions of 90 minutes each, run in libraries, schools, marae and workplaces. Average class size was just over 20. About 38% of participants were aged 60 or over, which matches the age profile of the coast.",
      "Responders: the number of registered GoodSAM responders in the district rose from 187 to 312. GoodSAM responders are alerted by the 111 call-taker when a cardiac arrest is reported within about 500 metres of them."]),
    ("3. Outcomes",
     ["Project AEDs were taken out of their cabinets for four cardiac arrests during the grant period. In two of these the patient survived to leave hospital.",
      "On 11 March 2025 a 64-year-old man collapsed while playing bowls at the Raumati Beach Bowling Club. Two club members, both trained at a project session in November 2024, started CPR and used the club's new AED within about four minutes. He was discharged from Wellington Hospital nine days later and has since joined a class himself.",
      "In a follow-up survey of 412 participants three months after training, 87% said they would be confident to start CPR on a stranger, compared with 41% before the course."]),
    ("4. Budget and actual spending",
     ["All figures are in New Zealand dollars, excluding GST. Variance is budget minus actual; an overspend is shown in parentheses."]),
    ("BUDGET", None),
    ("5. Notes on variances",
     ["AED units: the supplier raised the unit price in November 2024 from $2,000 to $2,200 because of the fall of the New Zealand dollar against the US dollar, and we bought 36 units rather than 30.",
      "Cabinets and installation: electricians from Kapiti Coast District Council installed eleven cabinets at cost, which saved about $2,150.",
      "Venue hire: most sessions were held free of charge in council libraries, so only $1,950 of the $3,600 was spent.",
      "Training manikins: we replaced eight manikins that wore out faster than expected, which caused the $840 overspend.",
      "Project coordination: the coordinator worked an extra three weeks in June 2025 to finish the Otaki installations."]),
    ("6. Challenges",
     ["The cabinet at Paekakariki railway station was damaged on the night of 2 February 2025. The AED inside was not taken. The cabinet was replaced on 14 February 2025 and a camera was added by the station owner.",
      "Reaching rural Otaki and the hill settlements took longer than planned; three sessions were cancelled because of flooding on State Highway 1 in late June 2025."]),
    ("7. Next steps",
     ["The 36 AEDs need new pads and batteries on a rolling cycle. We will apply to the Trust's 2025-26 round for maintenance funding of $18,400 over three years. Sione Tapueluelu, lead trainer, will continue monthly public sessions in Paraparaumu and Waikanae.",
      "We thank the Nikau Community Trust, Kapiti Coast District Council and the 23 host sites. Contact for this report: Hana Whitmore, community.resilience@example.org.nz."]),
    ("修订说明 / Revision notes",
     ["Version 1.0, 21 August 2025: draft sent to the Trust's grants adviser, Mereana Parata.",
      "Version 1.1, 26 August 2025: the trained total corrected from 2,380 to 2,410 after late attendance sheets from Otaki College were added; the Otaki AED count corrected from 8 to 7.",
      "Version 1.2, 28 August 2025: the adviser asked for variances to be shown in parentheses instead of with a minus sign; survey sample size (412) added. This is the final version."]),
]
KP_BUDGET = [
    ("Line item", "Budget", "Actual", "Variance"),
    ("AED units", "72,000", "79,200", "(7,200)"),
    ("Cabinets and installation", "21,600", "19,450", "2,150"),
    ("Trainer fees", "24,000", "21,880", "2,120"),
    ("Training manikins and consumables", "9,800", "10,640", "(840)"),
    ("Venue hire", "3,600", "1,950", "1,650"),
    ("Printing and promotion", "4,500", "3,870", "630"),
    ("Independent evaluation", "6,000", "6,000", "0"),
    ("Project coordination", "7,000", "7,410", "(410)"),
    ("Total", "148,500", "150,400", "(1,900)"),
]


def kapiti_docx():
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.size = Pt(11)
    st.font.name = "Calibri"
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "宋体")
    d.add_heading(KP_TITLE, level=0)
    for m in KP_META:
        d.add_paragraph(m)
    for head, paras in KP_SECTIONS:
        if head == "BUDGET":
            t = d.add_table(rows=len(KP_BUDGET), cols=4)
            t.style = "Table Grid"
            for i, row in enumerate(KP_BUDGET):
                for j, v in enumerate(row):
                    t.cell(i, j).text = v
            continue
        d.add_heading(head, level=1)
        for p in paras:
            d.add_paragraph(p)
    d.save(os.path.join(OUT, "kapiti_heartbeat_grant_report_2024-25.docx"))


# ---------------------------------------------------------------- 4. Guilin FAQ (md)
GL_FAQ = """# 桂林市红十字景区救护志愿服务队 · 常见问题（2025年版）

> 编写：桂林市红十字会志愿服务部　更新日期：2025年4月8日　咨询电话：`0773-2856120`（工作日8:30—12:00，15:00—18:00）

桂林市红十字景区救护志愿服务队成立于2019年5月，在漓江、两江四湖、象鼻山、阳朔西街、龙脊梯田等景区设点提供应急救护服务。截至2024年底，服务队共有注册队员 **1,126名**，设固定救护点 **23个**。

## 1 报名与条件

### 1.1 谁可以报名

年满 **18周岁**、不超过 **65周岁**、身体健康的桂林市常住居民均可报名；在桂高校在校学生可凭学生证报名。有医护背景或持有效红十字救护员证的优先录取。

### 1.2 怎么报名

关注“桂林红十字”微信公众号，进入“志愿服务—景区救护队”填写报名表。每年集中招募两次：`3月1日—3月20日` 和 `9月1日—9月20日`，每次招募约 **150人**。报名后约 `2—3周` 内通知面试结果。

### 1.3 外地游客或外国人能参加吗

短期来桂的游客不能报名。在桂工作、居住满 **6个月** 的外籍人士可以报名，需提供居留许可；英语、韩语、日语能力好的会优先安排到阳朔西街、遇龙河等外国游客较多的点位。

## 2 培训与上岗

### 2.1 上岗前要培训多久

新队员须完成 **24学时** 培训：红十字救护员培训 `16学时` + 景区专项培训 `8学时`（涉水救援常识、中暑与蛇虫咬伤处置、游客疏导）。救护员考核合格并完成 **2次** 跟岗见习后方可独立上岗。

### 2.2 培训要钱吗

不收费。培训费用由市红十字会“博爱漓江”项目经费承担，每名新队员培训成本约 **420元**。但报名后无故不参加培训的，一年内不得再次报名。

### 2.3 救护员证过期了怎么办

救护员证有效期 **3年**。证书过期的队员暂停上岗，参加 `8学时` 复训并考核合格后恢复。2024年共有 **217名** 队员参加复训。

## 3 服务安排

### 3.1 一次要服务多久

一般每班 `4小时`，上午班 `9:00—13:00`、下午班 `13:00—17:00`。“五一”“十一”黄金周和暑期每天增设 `17:00—21:00` 的夜班（两江四湖、阳朔西街）。每名队员每年服务不少于 **48小时**。

### 3.2 去年处理过多少事情

2024年服务队累计上岗 **1.9万人次**，处置伤病游客 **3,460人次**，其中中暑 **1,120人次**、扭伤擦伤约 **1,600人次**；成功参与心脏骤停救治 **3例**，均使用了景区AED。7月18日在象鼻山景区，队员 **覃丽萍** 用AED救回一名心脏骤停的65岁广东游客。

### 3.3 景区里有多少台AED

截至2025年3月底，全市A级景区共配置AED **146台**，其中漓江游船 `42台`（每条四星级游船1台）、阳朔县景区 `37台`。游客可在“桂林急救地图”小程序查询。

### 3.4 下雨或者发洪水还上岗吗

遇到暴雨橙色及以上预警，或漓江桂林水文站水位超过 `146米` 时，漓江沿线救护点停止上岗，队员服从景区统一撤离安排。2024年6月漓江洪水期间，服务队暂停漓江沿线点位 **11天**，其间抽调 **86名** 队员支援市红十字救援队转移群众。

## 4 保障与激励

### 4.1 有保险吗

有。服务队为每名在册队员购买团体意外险，身故、伤残保额 **30万元**，意外医疗 `3万元`。上岗期间统一提供工作餐补 `30元/班` 和景区交通补贴。

### 4.2 服务时长有什么用

服务时长记入“志愿广西”平台。年度服务满 **100小时** 的评为“星级景区救护员”，可获漓江游船年票1张；累计满 **500小时** 的推荐参加“桂林市优秀志愿者”评选。

### 4.3 遇到游客纠纷或者被投诉怎么办

队员只提供救护服务，不参与游客与商户之间的纠纷调解。遇到纠纷请拨打景区管理处电话或 `12345` 市民热线。队员被投诉的，由志愿服务部在 **7个工作日** 内调查核实；查实存在服务态度问题的，暂停上岗 `1个月` 并参加再培训。

### 4.4 不想干了怎么退出

在公众号提交退出申请即可，**5个工作日** 内办理。连续 **12个月** 未上岗的视为自动退出，需交回队服和工作证。
"""

# ---------------------------------------------------------------- 5. HK press release (zh-hant html, layout table)
HK_MENU = ["首頁", "關於我們", "捐血資訊", "捐血站位置及開放時間", "新聞稿", "常見問題", "聯絡我們"]
HK_PARAS = [
    "<p><b>香港紅十字會輸血服務中心</b><br>新聞稿　即時發布</p>",
    "<h1>沙田捐血站擴建完成　12月8日重開　冬季呼籲市民踴躍捐血</h1>",
    "<p>（香港，2025年12月3日）香港紅十字會輸血服務中心今日宣布，位於沙田新城市廣場第一期的沙田捐血站完成擴建工程，將於2025年12月8日（星期一）重新開放。擴建後捐血床位由8張增至14張，每日可接待約220名捐血者，較擴建前約130名增加近七成。</p>",
    "<p>沙田捐血站自2025年7月14日起暫停服務進行工程，工程費用約港幣1,850萬元，由香港賽馬會慈善信託基金撥款支持其中1,200萬元。新捐血站面積約460平方米，增設分離式血小板捐贈床位4張，並設有兒童遊戲角，方便家長捐血。</p>",
    "<p>輸血服務中心總監鄭家豪醫生表示：「沙田、馬鞍山及大埔一帶人口超過120萬，捐血站擴建後，新界東居民捐血將更方便。我們希望沙田站在2026年全年收集不少於4.5萬包血液。」</p>",
    "<h2>冬季血庫存量偏低</h2>",
    "<p>每年12月至翌年2月，因天氣轉冷、流感季節及長假期，捐血人數普遍下降。截至12月2日，血庫存量如下：O型約3.2日、A型約5.1日、B型約4.6日、AB型約8.0日。理想存量為各血型7日以上。全港醫院每日平均需要約1,100包血液。</p>",
    "<p>中心呼籲16歲至65歲、體重達41公斤或以上的健康市民踴躍捐血，O型市民尤其需要。首次捐血者須年滿16歲；16至17歲人士須得到家長或監護人書面同意。全血捐贈後須相隔最少84日才可再次捐血。</p>",
    "<h2>嘉許長期捐血者</h2>",
    "<p>重開當日上午10時30分將舉行簡單儀式，嘉許已捐血200次的黃志明先生。現年58歲的黃先生是的士司機，自1987年起定期捐血，近十年主要捐贈血小板。2024年全港共有16,800名捐血者捐血達50次或以上。</p>",
    "<p>黃先生表示：「第一次捐血是跟公司同事一起去，後來發現捐一次血可以幫到幾個病人，就一直捐落去。而家每兩星期捐一次血小板，已經成為生活一部分。」</p>",
    "<h2>2025年首11個月捐血概況</h2>",
    "<p>2025年1月至11月，全港共收集血液約20.6萬包，較2024年同期減少約2%；新登記捐血者約2.3萬人，其中18至24歲青年佔約35%。流動捐血車全年共到訪大專院校、屋苑及商業大廈約1,450次。中心表示，沙田站暫停期間，新界東區捐血量下跌約一成，部分捐血者改往大埔及將軍澳捐血站捐血。</p>",
    "<h2>沙田捐血站開放時間</h2>",
    "<p>星期一至五：上午10時至晚上8時<br>星期六：上午9時至下午5時<br>星期日及公眾假期：上午10時至下午6時（聖誕節及元旦休息）<br>地址：新界沙田正街18號新城市廣場第一期5樓</p>",
    "<p>市民可透過「捐血易」手機應用程式預約，預約者可優先捐血；亦歡迎即場登記。12月8日至21日期間到沙田站捐血的人士，可獲贈紀念保溫杯一個，送完即止。</p>",
    "<h2>捐血前注意事項</h2>",
    "<p>捐血前一晚應有充足睡眠，捐血前4小時內應進食正餐，並多喝水。曾於過去12個月內紋身或穿耳的人士暫時不宜捐血；從瘧疾流行地區回港的人士，須於回港後相隔最少3個月才可捐血。如對捐血資格有疑問，可致電捐血熱線2710 1234查詢，或瀏覽本會網頁「常見問題」一欄。</p>",
    "<p>沙田站重開首兩星期（12月8日至21日）每日額外開放20個血小板預約名額。中心亦會於12月13日及14日在沙田大會堂廣場安排流動捐血車，方便未能預約的市民。</p>",
    "<p style=\"text-align:center\">－完－</p>",
    "<p>傳媒查詢：<br>香港紅十字會企業傳訊部 陳凱琳小姐<br>電話：2710 1385　流動電話：9188 6042<br>電郵：media@redcross.example.org.hk</p>",
    "<p style=\"text-align:center\">###</p>",
]


def hk_html():
    menu = "".join(f"<p><a href=\"#\">{m}</a></p>" for m in HK_MENU)
    parts = [
        "<!DOCTYPE html><html lang=\"zh-HK\"><head><meta charset=\"utf-8\">",
        "<title>新聞稿 - 沙田捐血站擴建完成 - 香港紅十字會輸血服務中心</title></head><body>",
        "<table width=\"100%\" border=\"0\" cellpadding=\"8\" cellspacing=\"0\">",
        "<tr><td width=\"180\" valign=\"top\" bgcolor=\"#f2f2f2\">",
        menu,
        "<p>熱線：2710 1234</p>",
        "</td><td valign=\"top\">",
    ]
    parts += HK_PARAS
    parts += [
        "</td></tr>",
        "<tr><td colspan=\"2\" align=\"center\"><small>© 2025 香港紅十字會　私隱政策　版權告示</small></td></tr>",
        "</table></body></html>",
    ]
    with open(os.path.join(OUT, "hk_shatin_donor_centre_press_release_2025-12.html"), "w", encoding="utf-8") as f:
        f.write("\n".join(parts))


# ---------------------------------------------------------------- 6. Isle of Man annual return (txt)
IOM = """ISLE OF MAN COMMUNITY FIRST RESPONDERS
Registered Charity No. 1281 (Isle of Man)
ANNUAL RETURN FOR THE YEAR ENDED 31 MARCH 2025

Filed with the Charities Registry on 19 September 2025. Figures for 2023-24 are shown in brackets.

SECTION A - GOVERNANCE
Chair of trustees ........................ Dr Ruth Kinvig
Treasurer ................................ Callum Quayle
Secretary ................................ Jane Corlett
Trustees at year end ..................... 9 (8)
Trustee meetings held .................... 6
Independent examiner ..................... Kermode & Cain, Douglas
Principal office ......................... Noble's Hospital site, Strang, Braddan

SECTION B - PEOPLE
Active responders at 31 March ............ 142 (131)
New responders qualified in year ......... 31 (24)
Responders who stood down ................ 20 (17)
Community schemes ........................ 11 (10)
Newest scheme ............................ Foxdale, launched 4 November 2024
Largest scheme ........................... Ramsey, 23 responders
Responders aged under 30 ................. 19
Paid staff (part-time coordinator) ....... 1

SECTION C - ACTIVITY
Calls dispatched by ambulance control .... 1,096 (987)
Calls attended ........................... 1,041 (929)
Calls stood down before arrival .......... 55
Cardiac arrests attended ................. 58 (49)
Pulse restored before hospital (ROSC) .... 14 (9)
Median response time ..................... 7 min 40 s (8 min 15 s)
Longest single response .................. 26 min, Cregneash, January 2025
Hours on call ............................ 61,300 (54,900)
Public CPR sessions run .................. 212 (176)
People trained in CPR .................... 3,870 (3,120)
Defibrillators on public register ........ 318 (271)
Defibrillators serviced by volunteers .... just under 300

SECTION D - FINANCE (GBP)
Income
  Donations and legacies ................. 186,420 (151,300)
  Manx Lottery Trust grant ............... 45,000 (45,000)
  Fundraising events ..................... 38,905 (41,760)
  Total income ........................... 270,325 (238,060)
Expenditure
  Equipment and defibrillator pads ....... 97,640
  Training and exams ..................... 42,310
  Response vehicles (2 cars) ............. 51,200
  Insurance .............................. 18,900
  Coordinator salary ..................... 31,820
  Other costs ............................ 10,000
  Total expenditure ...................... 251,870 (226,480)
Surplus for the year ..................... 18,455 (11,580)
Reserves at 31 March 2025 ................ 212,300 (193,845)
Reserves policy .......................... 6 to 9 months of running costs

NOTES TO THE RETURN
1. Response time is measured from the moment ambulance control dispatches a responder to the moment the responder arrives at the patient. Calls where the responder was stood down are excluded.
2. Responders do not replace the ambulance. They are sent to life-threatening calls (cardiac arrest, breathing difficulty, chest pain, unconsciousness) when they can reach the patient first, usually in the north and west of the island where the nearest ambulance can be 20 to 30 minutes away.
3. The rise in calls dispatched (up 11%) follows a change in December 2024 that lets ambulance control send responders to falls in people over 75 where the patient cannot get up.
4. The 14 patients with a pulse restored before hospital include a 49-year-old cyclist at Laxey on 3 August 2024, treated by the Laxey scheme within 5 minutes.
5. Income from fundraising events fell because the Tour of the Island sponsored walk was cancelled in May 2024 due to high winds.
6. A third response car is planned for 2025-26 for the south of the island (Port Erin, Port St Mary and Castletown), at an estimated cost of about 28,000 pounds.
7. Defibrillator pads and batteries are the largest single cost; each pad set costs between 45 and 90 pounds depending on the model.
8. Two trustees retired at the annual general meeting on 21 June 2024 (Peter Kneale and Alison Teare) and three were appointed, which explains the change from 8 to 9 trustees.
9. New responders complete a 3-day course followed by at least 4 observed calls with an experienced responder before they respond alone. The course is run twice a year in Douglas.

Declaration: The trustees confirm that the information in this return is correct to the best of their knowledge.
Signed on behalf of the trustees: Dr Ruth Kinvig, Chair, 12 September 2025.
"""


if __name__ == "__main__":
    os.makedirs(OUT, exist_ok=True)
    wuhu_pdf()
    with open(os.path.join(OUT, "wuhu_redcross_bulletin_2025_no9.txt"), "w", encoding="utf-8") as f:
        f.write(WH_BULLETIN)
    kapiti_docx()
    with open(os.path.join(OUT, "guilin_scenic_first_aid_volunteer_faq_2025.md"), "w", encoding="utf-8") as f:
        f.write(GL_FAQ)
    hk_html()
    with open(os.path.join(OUT, "isle_of_man_cfr_annual_return_2024-25.txt"), "w", encoding="utf-8") as f:
        f.write(IOM)
    print("wrote", sorted(os.listdir(OUT)))
