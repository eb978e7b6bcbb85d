"""Write the six new documents of set 27 into docs27/ (all text lives here).
Run: .venv/bin/python bench/library/make_docs27.py
"""
import os

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen import canvas

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "docs27")
os.makedirs(OUT, exist_ok=True)
pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
W, H = A4


# ---------------------------------------------------------------- 1. Hubei 2024 annual report (docx)
def bold_para(d, text):
    p = d.add_paragraph()
    r = p.add_run(text)
    r.bold = True
    return p


def hubei_docx():
    d = docx.Document()
    d.styles["Normal"].font.size = Pt(10.5)
    d.add_paragraph("湖北省红十字会2024年度工作报告", style="Title")
    d.add_paragraph("——2025年1月22日在湖北省红十字会第十届理事会第三次会议上")
    d.add_paragraph("省红十字会党组书记、常务副会长　罗卫东")
    d.add_heading("一、2024年工作回顾", level=1)
    d.add_paragraph(
        "2024年，全省红十字系统坚持以习近平新时代中国特色社会主义思想为指导，深入学习贯彻党的二十大和二十届三中全会精神，"
        "以党建为引领，聚焦“三救”“三献”主责主业，各项工作取得新进展。全年全省红十字系统募集社会捐赠款物2.84亿元，"
        "较2023年增长20.1%，应急救护、“三献”等主要业务指标均创历史新高。")
    d.add_heading("（一）坚持党建引领，政治建设持续加强", level=2)
    d.add_paragraph(
        "党的全面领导更加有力。全省103个县（市、区）红十字会全部建立党组，17个市州红十字会党组书记均由专职领导担任。"
        "深化“荆楚博爱”党建品牌创建，2024年新命名“荆楚博爱”示范党支部14个，累计达到36个。")
    d.add_paragraph(
        "关联组织党建不断加强。全省红十字救援队达到97支，其中86支建立党支部，党员队员1740名。"
        "省红十字（宜昌）山地救援队党支部获评“湖北省先进基层党组织”，襄阳市红十字水上救援队队长彭志刚获评“荆楚楷模”。")
    d.add_paragraph(
        "全面从严治党持续深化。扎实开展党纪学习教育，全系统组织专题党课48场次；省红十字会机关开展廉政风险点排查，"
        "梳理风险点62个，制定防控措施115条，捐赠款物信息公开率保持100%。")
    d.add_heading("（二）应急救援体系建设取得新突破", level=2)
    d.add_paragraph(
        "2024年6月至7月，黄冈、鄂州、咸宁等地遭受持续强降雨袭击。全省红十字系统及时启动Ⅲ级应急响应，"
        "累计调派救援队41支、队员2860人次，转移受困群众1.27万人，拨付救灾款物1346万元（分配情况见表2）。")
    bold_para(d, "救援队伍标准化建设")
    d.add_paragraph(
        "出台《湖北省红十字救援队建设管理办法（试行）》，在襄阳、宜昌、十堰建成3个区域性红十字备灾仓库，"
        "总面积8600平方米，储备家庭箱、帐篷、折叠床等物资，可满足5万人紧急安置需要。全年组织救援队开展联合演练23场次。")
    d.add_heading("（三）应急救护培训提质扩面", level=2)
    d.add_paragraph(
        "全年开展应急救护普及培训152.6万人次，培训持证救护员28.4万人次，其中面向中小学教师培训3.6万人次，"
        "面向公安、消防、交通运输等行业人员培训5.2万人次。在武汉地铁站、长途客运站、高速公路服务区等公共场所"
        "新增配置AED 3210台，全省累计达到11860台。")
    d.add_paragraph(
        "“救在身边”志愿者队伍持续壮大，全省注册应急救护志愿者达到6.9万名，全年成功参与救治心脏骤停患者37例。")
    d.add_heading("（四）“三献”工作稳步推进", level=2)
    d.add_paragraph(
        "全省新增造血干细胞捐献志愿者入库1.86万人份，实现造血干细胞捐献153例，其中向境外患者捐献4例。"
        "新增遗体器官捐献志愿登记4.72万人，实现遗体捐献206例、器官捐献318例，惠及器官衰竭患者960余人。")
    d.add_paragraph(
        "围绕“5·8世界红十字日”“6·14世界献血者日”开展主题宣传活动，全省无偿献血达到68.3万人次。"
        "在武汉市九峰山建成全省首个“生命礼赞”遗体器官捐献者缅怀园区。")
    d.add_heading("（五）人道救助与博爱家园建设", level=2)
    d.add_paragraph(
        "全年募集社会捐赠款物2.84亿元，其中资金1.97亿元、物资折价0.87亿元；支出款物2.61亿元，惠及困难群众82万人次。"
        "实施“博爱送万家”活动，慰问困难家庭4.3万户。")
    d.add_paragraph(
        "新建博爱家园项目48个，主要分布在恩施州、十堰市、神农架林区等脱贫地区，全省累计建成326个；"
        "建成红十字服务站、救护站1260个，生命教育体验馆58个。")
    bold_para(d, "组织建设与志愿服务")
    d.add_paragraph(
        "全省发展成人会员41.6万名、青少年会员92.3万名，注册红十字志愿者18.7万名，志愿服务团体（组织）1350个。")
    d.add_heading("二、主要业务指标", level=1)
    d.add_paragraph("2023—2024年主要业务指标见表1，2024年汛期各市州救灾救助款物分配情况见表2。")
    bold_para(d, "表1　2023—2024年主要业务指标对比")
    rows = [
        ("募集社会捐赠款物（万元）", "23,650", "28,400", "+20.1%"),
        ("应急救护普及培训（万人次）", "131.2", "152.6", "+16.3%"),
        ("持证救护员培训（万人次）", "24.9", "28.4", "+14.1%"),
        ("造血干细胞捐献（例）", "128", "153", "+19.5%"),
        ("遗体捐献（例）", "174", "206", "+18.4%"),
        ("器官捐献（例）", "281", "318", "+13.2%"),
        ("新增配置AED（台）", "2,460", "3,210", "+30.5%"),
        ("博爱家园累计（个）", "278", "326", "+17.3%"),
    ]
    t = d.add_table(rows=len(rows) + 2, cols=4)
    t.style = "Table Grid"
    a = t.cell(0, 0).merge(t.cell(1, 0))
    a.text = "指标"
    b = t.cell(0, 1).merge(t.cell(0, 2))
    b.text = "年度数值"
    c = t.cell(0, 3).merge(t.cell(1, 3))
    c.text = "同比变化"
    t.cell(1, 1).text = "2023年"
    t.cell(1, 2).text = "2024年"
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            t.cell(i + 2, j).text = v
    d.add_paragraph("")
    bold_para(d, "表2　2024年汛期救灾救助款物分配情况")
    rows2 = [
        ("市州", "拨付款物（万元）", "受益群众（人次）", "主要物资"),
        ("黄冈市", "412", "38,600", "家庭箱、冲锋舟"),
        ("鄂州市", "268", "21,300", "帐篷、折叠床"),
        ("恩施州", "305", "27,450", "食品、饮用水"),
        ("十堰市", "187", "15,200", "家庭箱、毛毯"),
        ("荆州市", "174", "16,800", "消杀用品、药品"),
        ("合计", "1,346", "119,350", "—"),
    ]
    t2 = d.add_table(rows=len(rows2), cols=4)
    t2.style = "Table Grid"
    for i, row in enumerate(rows2):
        for j, v in enumerate(row):
            t2.cell(i, j).text = v
    d.add_heading("三、存在的不足和2025年工作安排", level=1)
    d.add_paragraph(
        "对照新时代红十字事业高质量发展要求，全省红十字工作还存在基层组织力量薄弱、募捐渠道较为单一、"
        "救援队专业装备不足等问题，仍有11支救援队尚未建立党支部。")
    d.add_paragraph("2025年，全省红十字系统将重点做好以下工作：")
    for s in [
        "全面加强党的建设，年底前实现全省救援队党支部应建尽建；",
        "开展应急救护普及培训160万人次、持证救护员培训30万人次，新增配置AED 3500台；",
        "实现造血干细胞捐献160例以上，新增遗体器官捐献志愿登记5万人；",
        "新建博爱家园项目50个，推动“群众身边的红十字会”建设覆盖全部17个市州；",
        "拓宽网络募捐渠道，全年募集社会捐赠款物力争达到3亿元。",
    ]:
        d.add_paragraph(s, style="List Number")
    p = d.add_paragraph("湖北省红十字会　　2025年1月22日")
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    d.save(os.path.join(OUT, "hubei_redcross_2024_report.docx"))


# ---------------------------------------------------------------- 2. Hubei 2025 Q1-Q3 update (md)
HUBEI_MD = """# 湖北省红十字会2025年前三季度工作进展

**发布日期：2025年10月20日　发布单位：湖北省红十字会办公室**

## 一、总体情况

2025年1—9月，全省红十字系统围绕年初理事会确定的目标任务，统筹推进党建、应急救援、应急救护、“三献”和人道救助工作。截至9月30日，全省募集社会捐赠款物1.976亿元，完成年度目标（3亿元）的65.9%，其中网络募捐收入3120万元，同比增长42%。

## 二、重点工作进展

### （一）党建工作

- 全省红十字救援队增至104支，已建立党支部的达到101支
  - 2025年新组建救援队7支，其中水上救援队4支、山地救援队2支、通信保障队1支
  - 尚未建立党支部的3支均为2025年8月新组建队伍，计划12月底前完成
- 新命名“荆楚博爱”示范党支部9个，累计达到45个
- 上半年组织全系统党组书记、市州红十字会负责人专题培训班1期，参训86人

### （二）应急救援

- 2025年7月，十堰市竹山县、竹溪县遭受山洪灾害，省红十字会启动Ⅳ级应急响应
  - 调派救援队12支、队员436人次，转移群众2150人
  - 拨付救灾款物386万元，其中资金150万元、物资236万元
- 9月在宜昌市夷陵区举办全省红十字救援队技能竞赛，23支队伍参赛，宜昌山地救援队获团体第一名

### （三）应急救护培训与AED配置

- 开展应急救护普及培训118.3万人次，培训持证救护员21.7万人次
- 新增配置AED 2580台，全省累计达到14230台
  - 其中武汉市新增1120台，主要布设在地铁站、体育场馆和大型商场
  - 高校和中小学新增460台
- “救在身边”志愿者成功参与救治心脏骤停患者29例

### （四）“三献”工作

- 实现造血干细胞捐献121例，完成年度目标的75.6%
- 实现遗体捐献162例、器官捐献247例
- 新增遗体器官捐献志愿登记3.85万人

### （五）博爱家园与人道救助

- 新建博爱家园项目25个，全省累计达到351个
  - 恩施州新建11个，十堰市新建8个
- 开展“红十字博爱助学”，资助困难学生2640名，发放助学金528万元
- 实施“博爱送清凉”活动，7—8月为环卫工人、快递员等户外劳动者送去防暑降温物资，覆盖1.8万人
- 全省注册红十字志愿者达到20.3万名，较2024年底增加1.6万名

## 三、主要指标对比

| 指标 | 2024年全年 | 2025年1—9月 | 完成年度目标 |
| --- | --- | --- | --- |
| 募集社会捐赠款物（万元） | 27,900 | 19,760 | 65.9% |
| 应急救护普及培训（万人次） | 152.6 | 118.3 | 73.9% |
| 持证救护员培训（万人次） | 28.4 | 21.7 | 72.3% |
| 造血干细胞捐献（例） | 153 | 121 | 75.6% |
| 遗体捐献（例） | 206 | 162 | — |
| 新增配置AED（台） | 3,210 | 2,580 | 73.7% |
| AED累计（台） | 11,650 | 14,230 | — |
| 建立党支部的救援队（支） | 86 | 101 | — |
| 博爱家园累计（个） | 326 | 351 | — |

> **说明：**
> 1. 2024年募集社会捐赠款物按2025年3月完成的年度审计口径调整为27,900万元，与《湖北省红十字会2024年度工作报告》所列2.84亿元不一致，差额主要为部分捐赠物资折价重估。
> 2. 2024年底AED累计数经2025年二季度全省普查核实为11,650台，原报告为11,860台，差额为已报废设备。
> 3. 本表数据截至2025年9月30日，尚未经审计。

## 四、第四季度工作安排

- 12月底前完成剩余3支救援队党支部组建，实现应建尽建
- 启动2026年“博爱送万家”活动，计划慰问困难家庭4.5万户
- 举办全省应急救护师资培训班2期，培训师资120名
- 筹备2026年1月召开的省红十字会十届四次理事会
"""


def hubei_md():
    with open(os.path.join(OUT, "hubei_redcross_2025_q1q3.md"), "w", encoding="utf-8") as f:
        f.write(HUBEI_MD)


# ---------------------------------------------------------------- 3. Deqing first aid & AED report (3-page pdf)
DQ_TITLE = "德清县红十字会2025年应急救护培训与AED配置工作报告"
DEQING = [
    ("c", "德红〔2025〕31号"),
    ("h", "一、基本情况"),
    ("p", "2025年，德清县红十字会围绕“救在身边”县域建设目标，以“人人学急救、急救为人人”为主线，推动应急救护培训和"
          "公共场所自动体外除颤器（AED）配置工作提速扩面。截至2025年11月30日，全县全年开展应急救护普及培训4.28万人次，"
          "培训持证救护员6350人次，新增配置AED 186台，全县公共场所AED累计达到742台，按常住人口约55.2万人计算，"
          "每10万人配置数达到134台，高于全省平均水平。"),
    ("p", "全县建成“黄金4分钟”急救圈示范点36个，注册“救在身边”志愿者5180名。全年通过平台响应呼救信息214次，"
          "成功参与救治心脏骤停患者6例，其中4例发生在莫干山风景区及周边民宿。"),
    ("h", "二、培训开展情况"),
    ("p", "县红十字会依托县应急救护培训中心（武康街道志远北路）和12个镇（街道）培训点，组建师资队伍58人，其中国家级师资2人、"
          "省级师资11人。培训分为普及培训（4学时）、救护员培训（16学时）和复训（8学时）三类，面向18至60岁重点人群免费开展，"
          "培训时间一般安排在工作日9:00—17:00，民宿从业人员培训安排在淡季的周一至周三。"),
    ("p", "重点行业培训覆盖学校教职工2860人次、民宿从业人员1940人次、企业职工8420人次（主要在德清经济开发区和地理信息小镇）、"
          "公安辅警及交通运输从业人员1130人次。救护员考核通过率为93.6%。"),
    ("h", "三、AED配置情况"),
    ("p", "2025年新增AED 186台，其中县财政投入采购112台、社会捐赠配置74台（德清县企业家协会捐赠40台），单台采购均价1.38万元。"
          "点位按“人流密集、交通便利、24小时可取用”原则确定，各镇（街道）分布见表1。"),
    ("t", "表1　2025年各镇（街道）AED配置情况",
     ("镇（街道）", "2025年新增（台）", "累计（台）", "重点点位"),
     [
         ("武康街道", "38", "164", "县行政中心、英溪公园"),
         ("舞阳街道", "21", "86", "高铁德清站、县人民医院"),
         ("阜溪街道", "17", "71", "地理信息小镇会展中心"),
         ("下渚湖街道", "9", "38", "下渚湖湿地游客中心"),
         ("乾元镇", "16", "62", "乾元古镇游客中心"),
         ("新市镇", "18", "69", "新市古镇、新市中学"),
         ("洛舍镇", "8", "31", "洛舍钢琴小镇"),
         ("钟管镇", "10", "42", "钟管镇卫生院"),
         ("禹越镇", "7", "29", "禹越镇文化礼堂"),
         ("新安镇", "6", "27", "新安镇便民服务中心"),
         ("雷甸镇", "11", "45", "雷甸镇中心小学"),
         ("莫干山镇", "25", "78", "莫干山风景区、庾村"),
         ("合计", "186", "742", "—"),
     ]),
    ("p", "设备维护方面，县红十字会委托第三方机构每季度巡检一次，2025年共巡检AED 2890台次，更换电极片318副、电池57块，"
          "设备完好率为99.2%。每台AED均张贴统一标识和二维码，群众扫码即可查看最近点位和使用视频。"),
    ("h", "四、主要做法"),
    ("p", "（一）部门联动。县红十字会与县卫健局、县教育局、县文广旅体局联合印发《德清县公共场所AED配置三年行动方案"
          "（2025—2027年）》，明确到2027年全县AED累计配置1000台以上。"),
    ("p", "（二）景区先行。针对莫干山景区游客多、救护车到达时间长的特点，在景区主要游步道每隔约500米设置一个AED点位，"
          "并为景区巡逻队员开展救护员培训，实现景区工作人员持证率100%。"),
    ("p", "（三）志愿响应。“救在身边”平台与县急救站联网运行，接到呼救后由系统向1公里范围内的持证志愿者推送信息，"
          "2025年志愿者平均到达时间为4分12秒。"),
    ("p", "（四）宣传普及。在“6·14世界献血者日”“9·13世界急救日”期间组织“急救知识进万家”主题活动42场，"
          "制作方言版急救科普短视频12部，网络播放量累计超过86万次；在德清县融媒体中心开设“急救一分钟”专栏，全年播出48期。"),
    ("p", "（五）存在问题。部分农村点位夜间取用不便，少数志愿者复训不及时，全县持证救护员中证书已过期的约占17%。"),
    ("h", "五、2026年工作计划"),
    ("l", [
        "新增配置AED不少于150台，重点覆盖农村文化礼堂和民宿集聚区，全县累计突破890台；",
        "开展应急救护普及培训4.5万人次、持证救护员培训7000人次，证书过期人员复训率达到80%；",
        "将应急救护培训纳入全县中小学教师继续教育必修内容，每人每5年不少于16学时；",
        "在莫干山镇、下渚湖街道试点“AED+民宿”联防联救模式，覆盖民宿300家；",
        "在阜溪街道建成县级生命教育体验馆1个，计划2026年10月投入使用；",
        "完善“救在身边”平台与120急救指挥系统的数据对接，实现呼救信息3分钟内推送至周边志愿者。",
    ]),
    ("p", "附件：德清县2025年AED点位清单（另发）"),
    ("r", "德清县红十字会"),
    ("r", "2025年12月8日"),
]


def deqing_pdf():
    path = os.path.join(OUT, "deqing_first_aid_aed_2025.pdf")
    c = canvas.Canvas(path, pagesize=A4)
    font = "STSong-Light"
    lm, rm, top, bottom = 62, 62, H - 92, 78
    tw = W - lm - rm
    st = {"page": 1, "y": top}

    def wrap(text, size, width):
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

    def frame():
        c.setFont(font, 9)
        c.drawString(lm, H - 48, DQ_TITLE)
        c.drawRightString(W - rm, H - 48, "德红〔2025〕31号")
        c.line(lm, H - 54, W - rm, H - 54)
        c.line(lm, 58, W - rm, 58)
        c.drawCentredString(W / 2, 42, f"第 {st['page']} 页 共 3 页")

    def newpage():
        c.showPage()
        st["page"] += 1
        st["y"] = top
        frame()

    def need(h):
        if st["y"] - h < bottom:
            newpage()
            return True
        return False

    frame()
    c.setFont(font, 16)
    c.drawCentredString(W / 2, st["y"] - 6, DQ_TITLE)
    st["y"] -= 34
    xs = [lm + 4, lm + 92, lm + 196, lm + 280]
    for item in DEQING:
        kind = item[0]
        if kind == "c":
            c.setFont(font, 10.5)
            c.drawCentredString(W / 2, st["y"], item[1])
            st["y"] -= 26
        elif kind == "h":
            need(44)
            st["y"] -= 4
            c.setFont(font, 12.5)
            c.drawString(lm, st["y"], item[1])
            st["y"] -= 22
        elif kind in ("p", "r"):
            if kind == "r":
                need(20)
                c.setFont(font, 11)
                c.drawRightString(W - rm - 10, st["y"], item[1])
                st["y"] -= 20
                continue
            for ln in wrap("\u3000\u3000" + item[1], 11, tw):
                need(20)
                c.setFont(font, 11)
                c.drawString(lm, st["y"], ln)
                st["y"] -= 20
            st["y"] -= 4
        elif kind == "t":
            _, cap, head, rows = item
            need(60)
            c.setFont(font, 10.5)
            c.drawCentredString(W / 2, st["y"], cap)
            st["y"] -= 20

            def header_row(head=head):
                c.setFont(font, 10)
                c.line(lm, st["y"] + 13, W - rm, st["y"] + 13)
                for x, cell in zip(xs, head):
                    c.drawString(x, st["y"], cell)
                c.line(lm, st["y"] - 6, W - rm, st["y"] - 6)
                st["y"] -= 20

            header_row()
            for row in rows:
                if need(20):
                    c.setFont(font, 9.5)
                    c.drawString(lm, st["y"], "表1（续）")
                    st["y"] -= 18
                    header_row()
                c.setFont(font, 10)
                for x, cell in zip(xs, row):
                    c.drawString(x, st["y"], cell)
                c.line(lm, st["y"] - 6, W - rm, st["y"] - 6)
                st["y"] -= 20
            st["y"] -= 8
        elif kind == "l":
            for n, s in enumerate(item[1], 1):
                lines = wrap(s, 11, tw - 24)
                for k, ln in enumerate(lines):
                    need(20)
                    c.setFont(font, 11)
                    if k == 0:
                        c.drawString(lm + 4, st["y"], f"{n}.")
                    c.drawString(lm + 24, st["y"], ln)
                    st["y"] -= 20
            st["y"] -= 4
    c.save()
    return st["page"]


# ---------------------------------------------------------------- 4. Otago Red Cross newsletter (2-page, 3-column pdf)
OTAGO = [
    ("h", "From the Branch Manager"),
    ("m", "Fiona McAllister, Branch Manager"),
    ("p", "Kia ora koutou. What a winter it has been. Between the June floods on the Taieri Plain, a packed season at "
          "Forsyth Barr Stadium and the arrival of twenty-three new defibrillators around the harbour, our volunteers "
          "have been everywhere. Thank you to every one of you who gave up an evening, a weekend or a whole week."),
    ("p", "This issue covers the period from 1 January to 31 August 2025. Our board met on 9 September and confirmed "
          "that the branch finished the financial year to 30 June 2025 with a small surplus of NZ$18,200, which will "
          "go straight into replacing the two oldest response trailers. Please keep the dates on page 2 free, and "
          "do come along to the Volunteer Awards evening in October."),
    ("h", "Stadium season keeps first aiders busy"),
    ("p", "Our event first-aid team covered 14 rugby matches, 3 stadium concerts and the Otago Secondary Schools "
          "athletics championships between February and August. Across all events the team treated 212 patients, "
          "most of them for sprains, cuts and heat exhaustion at the February concerts. Nine patients were handed over "
          "to ambulance crews for transport to Dunedin Hospital."),
    ("p", "Event lead Rawiri Tane said the new treatment tent behind the north stand had halved waiting times. "
          "\"We now run two treatment bays and a quiet room, and every shift has at least one volunteer who holds a "
          "Comprehensive First Aid certificate,\" he said. Event shifts normally run from 11:00 to 19:00 on match "
          "days, with a 45-minute briefing before gates open."),
    ("h", "Twenty-three defibrillators for the harbour"),
    ("p", "Thanks to a NZ$48,500 grant from a local community trust, the branch has installed 23 public-access "
          "defibrillators since January. The cabinets are heated, unlocked and registered on the national AED "
          "locations map, so anyone calling 111 can be guided to the nearest one."),
    ("p", "The new sites include Portobello village, Macandrew Bay hall, Broad Bay store, the Mosgiel swimming pool, "
          "St Clair surf club, Port Chalmers library and six rural fire stations on the Taieri. Volunteer Ian Brodie "
          "checks every cabinet once a month and logs the battery and pad expiry dates."),
    ("p", "The first rescue came quickly. On 3 May a walker who collapsed on the Portobello Road was given two shocks "
          "from the Macandrew Bay unit by passers-by before paramedics arrived, and he has since made a full recovery."),
    ("box", "Key figures, 1 Jan to 31 Aug 2025", [
        ("Events covered", "64"),
        ("Volunteer hours", "11,480"),
        ("Defibrillators installed", "23"),
        ("People trained in first aid", "2,915"),
        ("Patients treated at events", "212"),
        ("New volunteers", "57"),
    ]),
    ("h", "Taieri flood response"),
    ("p", "Heavy rain from 17 to 19 June 2025 flooded parts of Mosgiel, Outram and Allanton. Within four hours of the "
          "civil defence call-out, the branch opened a welfare centre at the Mosgiel Memorial Hall, which stayed open "
          "for three nights. In total 46 volunteers supported 318 households, served about 1,200 meals and "
          "distributed 140 emergency kits and 95 blankets."),
    ("p", "Team leader Sophie Grant thanked local businesses that lent vans and a coffee cart. A recovery grant of up "
          "to NZ$1,000 per household was paid to 74 families whose homes were flooded above floor level."),
    ("h", "Volunteer of the season"),
    ("p", "Retired nurse Harriet Olsen has given more than 420 hours this year, from stadium shifts to teaching "
          "first aid at North East Valley Normal School. Harriet joined the branch in 2011 and now mentors new "
          "first-aid volunteers. \"I just like being useful,\" she told us. Congratulations, Harriet."),
    ("h", "Training corner"),
    ("p", "Our training room at Crawford Street ran 168 courses in the first eight months of the year. Course fees "
          "for 2025 are NZ$165 for Workplace First Aid (one day), NZ$245 for Comprehensive First Aid (two days) and "
          "NZ$120 for the Refresher. Volunteers attend free of charge. Public courses run 8:30 to 16:30; weekend "
          "courses are held on the second and fourth Saturday of each month."),
    ("p", "New this year is a two-hour Mental Health First Aid taster for sports clubs, delivered with Otago "
          "Rugby. Forty clubs have already booked a session before the end of November."),
    ("h", "Welcome to our new volunteers"),
    ("p", "Fifty-seven people joined the branch between January and August, including eleven University of Otago "
          "students who volunteer through the campus first-aid club. New volunteers complete a three-hour induction, "
          "a Comprehensive First Aid course and two buddy shifts before working on their own. Volunteers must be aged "
          "16 or over; event first aiders must be 18 or over."),
    ("h", "Pathways to settlement"),
    ("p", "Dunedin has welcomed former refugees since 2016, and our settlement team remains one of the busiest parts "
          "of the branch. Between January and August, 38 people from Colombia, Afghanistan and Myanmar arrived in "
          "the city. Each family is supported by a team of three or four trained volunteers for their first six "
          "months, helping with bank accounts, school enrolment, doctor visits and bus routes."),
    ("p", "Settlement coordinator Amina Yusuf is looking for volunteers who can commit around three hours a week. "
          "Spanish and Dari speakers are especially welcome. Training is held over two evenings, and volunteers "
          "need a police vetting check before they are matched with a family."),
    ("h", "First aid in schools"),
    ("p", "Our youth programme taught basic first aid to 1,140 primary and intermediate pupils this year, using the "
          "Red Cross First Aid app and a set of twelve new training manikins. Sessions last 90 minutes and are "
          "free for schools in the Dunedin City and Clutha districts. Teachers can book a visit for Term 4 until "
          "10 October by emailing the youth coordinator, Liam Carter."),
    ("h", "Winter safety reminders"),
    ("p", "As the season changes, please check that your household emergency kit still holds water for three days, "
          "a torch, a battery radio, spare medicines and copies of important papers. Our volunteers gave out 600 "
          "free kit checklists at the Mosgiel and South Dunedin libraries in July. Remember: if a person is not "
          "breathing normally, call 111, start CPR and send someone for the nearest defibrillator."),
    ("h", "Dates for your diary"),
    ("p", "4 October 2025, 18:00: Volunteer Awards evening, Dunedin Town Hall (Glenroy Auditorium)."),
    ("p", "11 October 2025: Refresher day for event first aiders, Crawford Street training room."),
    ("p", "15 November 2025: Christmas Appeal launch and street collection in the Octagon."),
    ("p", "6 December 2025: Santa Parade first-aid cover, George Street, briefing at 10:00."),
    ("h", "A note on fundraising"),
    ("p", "Our Red Cross Shops in George Street and Mosgiel raised NZ$142,600 between January and August, up from "
          "NZ$131,900 in the same months of 2024. The shops always need volunteers for Saturday mornings, and we are "
          "especially short of drivers for the Tuesday furniture pick-up."),
    ("h", "Contact us"),
    ("p", "New Zealand Red Cross, Otago Branch, 48 Crawford Street, Dunedin 9016. Phone 03 477 2150. Office hours "
          "Monday to Friday 9:00 to 17:00. Registered charity number CC 21385. Newsletter editor: Mele Fifita."),
]


def otago_pdf():
    path = os.path.join(OUT, "otago_redcross_newsletter_spring2025.pdf")
    c = canvas.Canvas(path, pagesize=A4)
    lm, rm, gap, bottom = 34, 34, 14, 50
    colw = (W - lm - rm - 2 * gap) / 3
    st = {"page": 1, "col": 0, "top": H - 150, "y": H - 150}
    size, lead = 9.4, 12.4

    def wrap(text, font, sz, width):
        lines, cur = [], ""
        for w in text.split(" "):
            t = (cur + " " + w).strip()
            if pdfmetrics.stringWidth(t, font, sz) > width and cur:
                lines.append(cur)
                cur = w
            else:
                cur = t
        if cur:
            lines.append(cur)
        return lines

    def footer():
        c.setFont("Helvetica", 7.5)
        c.drawCentredString(W / 2, 30, f"Otago Branch Newsletter, Issue 47, Spring 2025  -  page {st['page']} of 2")

    def next_col():
        if st["col"] < 2:
            st["col"] += 1
        else:
            footer()
            c.showPage()
            st["page"] += 1
            st["col"] = 0
            c.setFont("Helvetica-Bold", 9)
            c.drawString(lm, H - 40, "OTAGO BRANCH NEWSLETTER")
            c.setFont("Helvetica", 9)
            c.drawRightString(W - rm, H - 40, "Issue 47 - Spring 2025")
            c.line(lm, H - 46, W - rm, H - 46)
            st["top"] = H - 66
        st["y"] = st["top"]

    def x0():
        return lm + st["col"] * (colw + gap)

    def need(h):
        if st["y"] - h < bottom:
            next_col()

    # masthead across the top of page 1
    c.setFillGray(0.85)
    c.rect(lm, H - 118, W - lm - rm, 86, fill=1, stroke=0)
    c.setFillGray(0)
    c.setFont("Helvetica-Bold", 26)
    c.drawString(lm + 12, H - 70, "Otago Branch Newsletter")
    c.setFont("Helvetica", 11)
    c.drawString(lm + 12, H - 90, "New Zealand Red Cross - Otago Branch, Dunedin")
    c.setFont("Helvetica", 9.5)
    c.drawString(lm + 12, H - 108, "Issue 47  |  Spring 2025  |  Published 22 September 2025")
    c.line(lm, H - 130, W - rm, H - 130)
    for item in OTAGO:
        kind = item[0]
        if kind == "h":
            lines = wrap(item[1], "Helvetica-Bold", 11, colw)
            need(14 * len(lines) + 3 * lead)
            st["y"] -= 4
            for ln in lines:
                c.setFont("Helvetica-Bold", 11)
                c.drawString(x0(), st["y"], ln)
                st["y"] -= 14
            st["y"] -= 1
        elif kind == "m":
            c.setFont("Helvetica-Oblique", 8.3)
            c.drawString(x0(), st["y"], item[1])
            st["y"] -= lead + 2
        elif kind == "p":
            for ln in wrap(item[1], "Helvetica", size, colw):
                need(lead)
                c.setFont("Helvetica", size)
                c.drawString(x0(), st["y"], ln)
                st["y"] -= lead
            st["y"] -= 5
        elif kind == "box":
            _, title, rows = item
            h = 22 + 13 * len(rows) + 8
            need(h + 8)
            top = st["y"] + 9
            c.setLineWidth(1.2)
            c.rect(x0(), top - h, colw, h, fill=0, stroke=1)
            c.setLineWidth(1)
            c.setFont("Helvetica-Bold", 9.5)
            c.drawString(x0() + 6, st["y"] - 3, title)
            st["y"] -= 22
            for k, v in rows:
                c.setFont("Helvetica", 8.6)
                c.drawString(x0() + 6, st["y"], k)
                c.setFont("Helvetica-Bold", 8.6)
                c.drawRightString(x0() + colw - 6, st["y"], v)
                st["y"] -= 13
            st["y"] = top - h - 12
    footer()
    c.save()
    return st["page"]


# ---------------------------------------------------------------- 5. Cardiff volunteer handbook page (html)
CARDIFF_HTML = """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Volunteer Handbook: Your First Duty - Cardiff Bay First Aid Unit</title>
</head>
<body>
<header>
  <div class="brand">St John Ambulance Cymru &middot; Cardiff Bay First Aid Unit</div>
  <nav>
    <ul>
      <li><a href="/">Home</a></li>
      <li><a href="/handbook">Volunteer handbook</a></li>
      <li><a href="/duties">Duty rota</a></li>
      <li><a href="/training">Training</a></li>
      <li><a href="/contact">Contact</a></li>
    </ul>
  </nav>
</header>
<main>
  <h1>Volunteer Handbook, Section 3: Your First Duty</h1>
  <p class="meta">Version 4.2, last reviewed 14 July 2025 by the Unit Lead, Gareth Pryce.</p>

  <h2>Welcome to the unit</h2>
  <p>The Cardiff Bay First Aid Unit was founded in 1987 and today has 112 active volunteers, including 38 Advanced First Aiders, 14 Community First Responders and 9 ambulance crew members. In 2024 the unit covered 286 public events, from matches at Cardiff City Stadium to the Cardiff Half Marathon, and treated 1,947 patients.</p>
  <p>This section explains what happens on your first duty. Please read it together with Section 2 (Uniform and Kit) and Section 5 (Safeguarding). New volunteers must be aged 16 to 75; volunteers under 18 may only attend duties alongside a named adult mentor and may not work on ambulances.</p>

  <h2>Before your first duty</h2>
  <ol>
    <li>Complete the online induction module on the volunteer portal (about 90 minutes).</li>
    <li>Attend the Saturday classroom course, First Aid for Events, at the unit hall (12 hours over two days).</li>
    <li>Have your Enhanced DBS check approved; allow up to 4 weeks.</li>
    <li>Collect your uniform from the stores officer, Ceri Morgan, on a Tuesday evening between 18:30 and 20:30.</li>
    <li>Sign up for your first duty on the duty rota at least 7 days in advance and mark it as a "buddy shift".</li>
    <li>On the day, report to the duty officer 30 minutes before the duty start time.</li>
  </ol>

  <h2>Duty and shift times</h2>
  <p>Most event duties use the standard shifts below. Times for concerts and night-time events are set by the event organiser and shown on the rota.</p>
  <table border="1">
    <thead>
      <tr><th>Day</th><th>Shift</th><th>Time</th><th>Minimum crew</th></tr>
    </thead>
    <tbody>
      <tr><td>Monday to Friday</td><td>Evening cover</td><td>18:00&ndash;22:00</td><td>2 first aiders</td></tr>
      <tr><td rowspan="2">Saturday</td><td>Early</td><td>8:00&ndash;14:00</td><td>4 first aiders</td></tr>
      <tr><td>Late</td><td>14:00&ndash;20:00</td><td>4 first aiders</td></tr>
      <tr><td>Sunday</td><td>Day</td><td>9:00&ndash;17:00</td><td>3 first aiders</td></tr>
      <tr><td>Match day (stadium)</td><td>Full match</td><td>Kick-off minus 3 hours to plus 1 hour</td><td>12 first aiders and 1 ambulance</td></tr>
    </tbody>
  </table>
  <p>The unit expects every volunteer to give at least 8 hours a month, averaged over a quarter.</p>

  <h2>What to bring</h2>
  <ul>
    <li>Full uniform with your identity card clearly visible.</li>
    <li>A packed meal and a refillable water bottle; hot drinks are provided on duties longer than 6 hours.</li>
    <li>Waterproof jacket (issued), black safety boots (not issued).</li>
  </ul>

  <h2>Glossary</h2>
  <dl>
    <dt>Duty officer</dt>
    <dd>The senior volunteer in charge of a duty. The duty officer briefs the team, allocates posts and decides when a patient is handed over to the Welsh Ambulance Service.</dd>
    <dt>Treatment centre</dt>
    <dd>The fixed first aid post at an event, usually a tent or room with two to four couches, where patients are assessed and treated.</dd>
    <dt>PRF</dt>
    <dd>Patient Report Form. A PRF must be completed for every patient treated, however minor, and handed to the duty officer before you leave.</dd>
    <dt>Buddy shift</dt>
    <dd>One of your first three duties, worked alongside an experienced volunteer who signs your competency log.</dd>
    <dt>CFR</dt>
    <dd>Community First Responder. A volunteer dispatched by 999 control to nearby cardiac arrests in their own community.</dd>
    <dt>Stand-down</dt>
    <dd>The formal end of a duty, announced by the duty officer once all patients have been discharged and kit has been checked.</dd>
  </dl>

  <h2>Expenses</h2>
  <p>Mileage is paid at 45p per mile for the first 10,000 miles a year. Car parking at Cardiff City Stadium is free for volunteers with a permit. Claims must be submitted on the portal within 60 days of the duty; claims older than 60 days will not be paid.</p>

  <h2>If something goes wrong</h2>
  <p>Report any injury to yourself, near miss or safeguarding concern to the duty officer on the day and on the portal within 24 hours. For safeguarding concerns outside a duty, call the safeguarding lead, Rhian Hughes, on 029 2044 7810.</p>

  <h2>Training and reaccreditation</h2>
  <p>Your First Aid for Events certificate is valid for three years. To keep it, you must attend at least 10 training evenings a year at the unit hall (Wednesdays, 19:00&ndash;21:30) and pass an annual skills check on CPR, defibrillation and catastrophic bleeding. Volunteers who miss the annual skills check are stood down from public duties until they pass it.</p>
  <p>Volunteers who wish to progress can apply for the Advanced First Aid course after 12 months and 100 duty hours, and for ambulance crew training after a further 12 months. The unit pays course fees for all volunteers; in 2025 it set aside &pound;18,400 for training, funded mainly by event cover charges and a grant from the Cardiff Bay Community Fund.</p>

  <h2>Contact the unit</h2>
  <address>
    Cardiff Bay First Aid Unit<br>
    Unit Hall, 21 Bute Crescent, Cardiff CF10 5AN<br>
    Phone: 029 2044 7800 (Monday to Thursday 9:00&ndash;17:00)<br>
    Email: cardiffbay.unit@example.org.uk
  </address>
</main>
<footer>
  <p>&copy; 2025 St John Ambulance Cymru, Cardiff Bay First Aid Unit. All rights reserved.</p>
  <p>Registered charity no. 1154 662. Company limited by guarantee no. 08561347, registered in Wales.</p>
</footer>
</body>
</html>
"""


def cardiff_html():
    with open(os.path.join(OUT, "cardiff_bay_volunteer_handbook.html"), "w", encoding="utf-8") as f:
        f.write(CARDIFF_HTML)


# ---------------------------------------------------------------- 6. Hsinchu disaster-preparedness report (zh-hant txt)
HSINCHU_TXT = """新竹市紅十字會114年度防災社區推動成果報告
發文單位：社團法人新竹市紅十字會　發文日期：中華民國114年11月28日（2025年11月28日）　文號：竹紅字第1140000387號

壹、計畫緣起
　　新竹市緊鄰新城斷層及新竹斷層，夏秋兩季又常受颱風與豪雨影響。本會自111年起與新竹市政府消防局、社會處合作推動「紅十字防災社區」計畫，協助社區建立自主防災組織、編製社區防災地圖並辦理實地演練。114年度計畫經費新臺幣286萬元，其中市政府補助120萬元、本會自籌及社會募款166萬元。

貳、114年度執行成果
　　本年度共輔導防災社區12個（含新加入社區4個），辦理防災演練26場，參與民眾4,380人次，培訓防災志工312名，其中取得內政部「防災士」證照者68名；發放家庭防災包1,500份，優先提供獨居長者及身心障礙者家庭。
　　各社區主要演練情形如下表（依演練日期排序）：

社區名稱        行政區   演練日期           參與人次   演練主題
關東里          東區     114年3月22日         420     地震避難疏散
光明里          東區     114年4月19日         365     大樓火災逃生
南寮里          北區     114年5月10日         512     海嘯及淹水撤離
湳雅里          北區     114年6月7日          298     颱風前整備
香山里          香山區   114年7月12日         456     坡地崩塌撤離
朝山里          香山區   114年8月16日         274     淹水避難
金竹里          北區     114年9月20日         331     複合式災害（地震＋火災）
埔頂里          東區     114年10月18日        389     避難收容處所開設
合計（8個重點社區）                           3,045

　　其餘4個社區（新加入）以桌上推演及小型演練為主，共計辦理18場，參與民眾1,335人次。
　　在宣導方面，本會全年深入校園、市場及宗教場所辦理防災宣導講座47場，受益民眾6,820人次；於「921國家防災日」當週在新竹市立體育場設置防災體驗站，提供地震模擬屋、滅火器操作及CPR＋AED體驗，兩天共吸引民眾2,150人次參加。家庭防災包每份內含飲用水、乾糧、急救包、手電筒、哨子、保暖毯及口罩等11項物品，每份成本約新臺幣1,250元。
　　經問卷調查，參與演練民眾中有91.3%表示「知道社區避難處所位置」，較計畫開始前的54.6%大幅提升；有78.5%的家庭已自行準備緊急避難包。

參、特色案例
一、南寮里「海邊的家」海嘯撤離演練
　　南寮里位於新竹漁港周邊，居民多為漁業從業人員。演練模擬外海地震引發海嘯警報，全里居民須在15分鐘內撤離至海拔20公尺以上的南寮國小避難。里長陳秀鳳表示：「以前大家覺得海嘯離我們很遠，演練之後，阿公阿嬤都知道要往哪裡跑了。」本次演練撤離時間為12分40秒，較去年縮短3分鐘。
二、香山里「坡地守望隊」
　　香山里成立由24名居民組成的「坡地守望隊」，颱風期間每3小時巡查一次轄內5處坡地，發現異狀立即通報。114年7月丹娜絲颱風期間，守望隊提前通報1處擋土牆裂縫，協助17戶、43人預防性撤離，無人傷亡。

肆、防災志工招募條件
本會持續招募115年度防災志工，報名者須符合下列條件：
一、年滿18至65歲，設籍或居住於新竹市；
二、完成本會辦理之防災志工基礎訓練12小時及紅十字急救員訓練16小時；
三、每年至少參與防災演練或宣導服勤24小時；
四、無不良紀錄，並同意本會辦理志工團體意外保險；
五、具備機車駕照、無線電通訊或外語能力者優先錄取。
報名期間：114年12月1日至115年1月15日，額滿（100名）為止。

伍、115年度工作重點
一、新增防災社區6個，全市累計達到18個，並優先輔導香山區沿海里別。
二、與國立清華大學合作開發「社區防災地圖」線上查詢系統，預計115年6月上線。
三、家庭防災包增發至2,000份，並新增寵物防災用品選項。
四、辦理「全市防災社區聯合演練」1場，預定115年9月21日（國家防災日）舉行。

陸、聯絡資訊
承辦單位：社團法人新竹市紅十字會　社會服務組
聯絡人：林怡君　組長
電話：（03）532-6618　分機 205
傳真：（03）532-6620
地址：新竹市北區中山路188號3樓
服務時間：週一至週五　上午8:30至下午5:30
"""


def hsinchu_txt():
    with open(os.path.join(OUT, "hsinchu_disaster_prep_2025.txt"), "w", encoding="utf-8") as f:
        f.write(HSINCHU_TXT)


if __name__ == "__main__":
    hubei_docx()
    hubei_md()
    assert deqing_pdf() == 3
    assert otago_pdf() == 2
    cardiff_html()
    hsinchu_txt()
    print("wrote", sorted(os.listdir(OUT)))
