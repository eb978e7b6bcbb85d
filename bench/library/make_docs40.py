"""Write the six documents of blind set 40.
1 Xuzhou Red Cross 2024 work report (docx; headings and lists numbered by Word's own automatic numbering,
  numbering.xml abstractNum / numPr, so no number is typed in the text; one table)
2 Xuzhou Red Cross data page change log 2025 (md; dated headings "## 2025-06-12 更新" correcting 2024 figures and
  earlier entries, ranges and approximations)
3 Xiamen Red Cross first-aid training FAQ (html; government-site style, one <p> per question holding several lines
  split by <br> with &nbsp; / full-width indents and <strong> run-in titles 一、二、)
4 Lienchiang County (Matsu) Red Cross 114 project application form (zh-hant docx; two-column table of labels and
  values, 民國 years, HK-style bilingual headings)
5 Surf Life Saving Hunter 2024-25 season in numbers (English pdf; key-figure tiles, a table whose cells wrap onto
  two or three lines)
6 North-East Scotland community first responder forum 2026 programme (English html; agenda table of times, items and
  presenters, then plain "Q:" / "A:" paragraphs)
Run: /work/main/.venv/bin/python make_docs40.py
"""

import os

import docx
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen import canvas

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "docs40")

# ---------------------------------------------------------------- 1. Xuzhou 2024 report (docx, auto numbering)
XZ_TITLE = "徐州市红十字会2024年工作报告"
XZ_SUB = "——2025年1月21日在徐州市红十字会第五届理事会第四次会议上　市红十字会党组书记、常务副会长　孟庆华"
XZ = [
    ("H", "2024年工作回顾"),
    ("P", "2024年，全市红十字系统在市委、市政府和江苏省红十字会的坚强领导下，紧扣“三救”“三献”主责主业，以“彭城博爱”党建品牌为引领，各项工作取得新进展，主要指标均超额完成年度目标。"),
    ("L", "应急救护培训提速扩面。全年开展应急救护普及培训21.6万人次，培训持证救护员3.28万人次，完成年度目标的109%。新增配置AED 410台，累计达到1,865台，徐州东站、观音国际机场、奥体中心实现AED全覆盖。全市“10分钟急救圈”示范点建成64个，平均响应时间约4分30秒。"),
    ("L", "应急救援有力有序。7月3日至6日，邳州市、新沂市遭遇连续强降雨，市红十字会启动Ⅳ级应急响应，派出救援队员186人次，协助转移群众920余人，发放救灾物资价值54万元。全市现有红十字救援队23支、队员1,140名，全年出动312次，其中水上搜救任务97次。"),
    ("L", "“三献”工作稳步推进。全市无偿献血10.4万人次，献血总量36.2吨；新增造血干细胞捐献志愿者入库2,150人份，实现捐献31例，居全省第三；遗体（器官）捐献志愿登记3,480人，实现器官捐献27例、遗体捐献19例。"),
    ("L", "人道救助精准温暖。全年募集社会捐赠款物4,380万元，其中资金3,120万元、物资折价1,260万元。新建博爱家园18个，累计126个；“博爱送万家”活动慰问困难群众5,600户，“博爱助学”资助困难学生410名。"),
    ("L", "组织建设持续加强。全市10个县（市、区）红十字会全部建立党组，注册红十字志愿者2.46万名，比上年增长14%；成人会员5.9万名。贾汪区红十字会被评为全省红十字系统先进集体，睢宁县红十字救援队队长韩立国获评“江苏省最美志愿者”。"),
    ("L", "党建引领不断深化。深入开展党纪学习教育，市红十字会党组理论学习中心组集中学习14次，班子成员到基层讲党课9场。“彭城博爱”党建品牌获评全市机关党建优秀品牌，机关党支部与鼓楼区、云龙区等5个区红十字会开展“支部+救援队”结对共建，组织党员志愿者开展主题活动138场次。"),
    ("L", "宣传与信息公开。在《徐州日报》、徐州广电等市级媒体刊发稿件260余篇，“徐州红十字”微信公众号粉丝突破8.6万人。捐赠款物收支情况每季度在官网公示，全年接受社会监督委员会专项检查2次，未发现违规问题。"),
    ("P", "表1　2024年主要指标完成情况"),
    ("TABLE", None),
    ("P", "注：捐赠款物为到账数；持证救护员按发证人次统计。"),
    ("H", "存在的问题"),
    ("L2", "县级红十字会专职工作力量不足，丰县、沛县红十字会专职人员各仅两名。"),
    ("L2", "农村地区AED配置密度偏低，仅为主城区的约三分之一。"),
    ("L2", "部分博爱家园项目后续运营经费不足，约有五分之一的项目在建成两年后活动频次明显下降。"),
    ("L2", "救援队装备老化，23支救援队中有9支冲锋舟使用年限超过8年。"),
    ("H", "2025年工作安排"),
    ("P", "2025年是“十四五”规划收官之年。全市红十字系统将重点抓好以下工作："),
    ("L3", "开展应急救护普及培训23万人次，培训持证救护员3.5万人次，新增AED 450台。"),
    ("L3", "组建徐州市红十字骆马湖水上救援队，计划2025年6月底前组建完成，首批队员不少于40名，原因是新沂市骆马湖水域夏季溺水事件多发、现有救援力量距离较远。"),
    ("L3", "新建博爱家园20个，实现睢宁县、丰县乡镇全覆盖。"),
    ("L3", "筹备市红十字会第六次会员代表大会，拟于2025年11月召开。"),
    ("P", "同志们，2025年任务艰巨、使命光荣。让我们在市委、市政府的坚强领导下，凝心聚力、实干争先，为建设“博爱徐州”作出新的更大贡献！"),
]
XZ_TABLE = [
    ("指标", "2024年目标", "2024年完成", "完成率"),
    ("普及培训（万人次）", "20", "21.6", "108%"),
    ("持证救护员（万人次）", "3.0", "3.28", "109%"),
    ("新增AED（台）", "380", "410", "108%"),
    ("捐赠款物（万元）", "4,000", "4,380", "110%"),
    ("新建博爱家园（个）", "15", "18", "120%"),
    ("无偿献血（万人次）", "10.0", "10.4", "104%"),
]


def _numbering(d):
    """Add two abstract numberings: chinese-counting headings (一、) and decimal items with parentheses."""
    np_el = d.part.numbering_part.element

    def abstract(aid, fmt, text):
        a = OxmlElement("w:abstractNum")
        a.set(qn("w:abstractNumId"), str(aid))
        lvl = OxmlElement("w:lvl")
        lvl.set(qn("w:ilvl"), "0")
        for tag, val in (("w:start", "1"), ("w:numFmt", fmt), ("w:lvlText", text), ("w:lvlJc", "left")):
            e = OxmlElement(tag)
            e.set(qn("w:val"), val)
            lvl.append(e)
        a.append(lvl)
        # abstractNum must come before any w:num
        first_num = np_el.find(qn("w:num"))
        if first_num is not None:
            first_num.addprevious(a)
        else:
            np_el.append(a)

    def num(nid, aid):
        n = OxmlElement("w:num")
        n.set(qn("w:numId"), str(nid))
        an = OxmlElement("w:abstractNumId")
        an.set(qn("w:val"), str(aid))
        n.append(an)
        np_el.append(n)

    abstract(90, "chineseCounting", "%1、")
    abstract(91, "decimal", "（%1）")
    abstract(92, "decimal", "%1.")
    num(90, 90)   # headings
    num(91, 91)   # first list
    num(92, 92)   # problems list
    num(93, 91)   # 2025 list (restarts: separate num)
    # make numId 93 restart at 1
    n93 = np_el.findall(qn("w:num"))[-1]
    ov = OxmlElement("w:lvlOverride")
    ov.set(qn("w:ilvl"), "0")
    so = OxmlElement("w:startOverride")
    so.set(qn("w:val"), "1")
    ov.append(so)
    n93.append(ov)


def _numpr(p, num_id):
    pPr = p._p.get_or_add_pPr()
    numPr = OxmlElement("w:numPr")
    il = OxmlElement("w:ilvl")
    il.set(qn("w:val"), "0")
    ni = OxmlElement("w:numId")
    ni.set(qn("w:val"), str(num_id))
    numPr.append(il)
    numPr.append(ni)
    pPr.append(numPr)


def xuzhou_docx():
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.size = Pt(11)
    st.font.name = "Calibri"
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "宋体")
    _numbering(d)
    d.add_heading(XZ_TITLE, level=0)
    d.add_paragraph(XZ_SUB)
    ids = {"L": 91, "L2": 92, "L3": 93}
    for kind, text in XZ:
        if kind == "H":
            p = d.add_heading(text, level=1)
            _numpr(p, 90)
        elif kind in ids:
            p = d.add_paragraph(text)
            _numpr(p, ids[kind])
        elif kind == "TABLE":
            t = d.add_table(rows=len(XZ_TABLE), cols=4)
            t.style = "Table Grid"
            for i, row in enumerate(XZ_TABLE):
                for j, v in enumerate(row):
                    t.cell(i, j).text = v
        else:
            d.add_paragraph(text)
    d.save(os.path.join(OUT, "xuzhou_redcross_2024_work_report.docx"))


# ---------------------------------------------------------------- 2. Xuzhou change log (md)
XZ_LOG = """# 徐州市红十字会信息公开·数据更新日志（2025年）

本页记录市红十字会网站“数据公开”栏目的每次更新，新条目在上，已发布数字如有更正，在当次更新中说明原因。维护：市红十字会办公室（联系人：周倩，0516-83735120）。

## 2025-12-10 更新

- 发布1—11月数据：应急救护普及培训21.3万人次，持证救护员3.16万人次，新增AED 402台。
- 造血干细胞捐献1—11月实现26例，比上年同期多3例。
- 更正：2024年底AED累计数由1,865台更正为1,858台，原因是7台设备已报废但当年未扣减。
- 第六次会员代表大会由原定2025年11月推迟至2026年1月召开，原因是与江苏省红十字会第十二次会员代表大会时间衔接。

## 2025-10-28 更新

- 10月19日徐州马拉松设医疗救护点28个，救护志愿者约360人，处置伤病93人次，其中心脏骤停1例经AED除颤后送医脱险，施救者为泉山区红十字志愿者王磊。
- 企业捐赠：徐工集团向市红十字会捐赠应急救援车辆2辆，价值约160万元，用于骆马湖水上救援队和睢宁县救援队。

## 2025-09-30 更新

- 发布1—9月数据：普及培训17.4万人次，持证救护员2.61万人次，新增AED 338台，新建博爱家园14个。
- “99公益日”网络募捐186万元，参与人次约1.9万。
- 9月19日，铜山区红十字会完成换届，选举产生第三届理事会，刘晓燕当选会长。

## 2025-07-20 更新

- 暑期防溺水专项行动7月1日启动，在骆马湖、微山湖、云龙湖等水域设置临水救护点31个，每个点位配备救生员2—3名。
- 7月12日，沛县红十字救援队在微山湖湖西航道救起落水群众2人，从接警到出水用时约25分钟。
- 更正：6月12日条目中骆马湖水上救援队成立日期误写为6月8日，应为6月6日。

## 2025-06-12 更新

- 徐州市红十字骆马湖水上救援队于6月8日在新沂市窑湾镇成立，首批队员46名，队长由新沂市红十字救援队原副队长朱海涛担任，配备冲锋舟4艘、无人机3架。
- 6月14日世界献血者日，全市采血1,380人次，比上年同日多约200人次。
- 发布1—5月数据：普及培训8.9万人次，新增AED 151台。

## 2025-04-25 更新

- 一季度数据：普及培训4.6万人次，持证救护员0.71万人次，新增AED 83台；募集社会捐赠款物约1,020万元。
- 清明期间在徐州“生命礼赞”纪念园举行缅怀活动，捐献者家属、志愿者约300人参加。
- 丰县、沛县各新增专职人员1名，均为公开招聘，4月1日到岗。

## 2025-03-18 更新

根据江苏省红十字会2024年度统计年报核定，对2024年部分数据更正如下：

| 指标 | 原发布数 | 核定数 | 更正原因 |
| --- | --- | --- | --- |
| 应急救护普及培训 | 21.6万人次 | 20.9万人次 | 部分社区讲座不足4学时，不计入普及培训 |
| 募集社会捐赠款物 | 4,380万元 | 4,315万元 | 一笔65万元定向捐赠因项目取消退回捐赠方 |
| 新增AED | 410台 | 410台 | 不作调整 |
| 注册志愿者 | 2.46万名 | 2.51万名 | 补录睢宁县一季度注册数据 |

- 2025年目标：普及培训23万人次、持证救护员3.5万人次、新增AED 450台、新建博爱家园20个（与2024年工作报告一致）。

## 2025-01-22 更新

- 上线《徐州市红十字会2024年工作报告》全文及主要指标表。
- 同步上线“捐赠查询”功能，捐赠人输入手机号和捐赠日期即可查询款物去向；当月查询量约1,300次。
- 春节前“博爱送万家”活动慰问困难群众5,800户，发放慰问款物174万元，资金来源为市级福彩公益金和社会定向捐赠。
- 说明：2024年数据为快报数，待省红十字会年报核定后可能调整。
"""

# ---------------------------------------------------------------- 3. Xiamen FAQ (html, gov-style)
IND = "&nbsp;&nbsp;&nbsp;&nbsp;"
XM_QA = [
    ("一、红十字救护员培训要上多少课？",
     ["答：救护员培训共16学时，一般安排2天（周六、周日各8学时），内容包括心肺复苏与AED使用、创伤救护（止血、包扎、固定、搬运）、常见急症和意外伤害处置。",
      "考核分理论和实操两部分，理论考试80分及格，实操逐项过关，两项都合格才发证。"]),
    ("二、普及培训和救护员培训有什么区别？",
     ["答：普及培训时长4学时左右，以心肺复苏和AED操作为主，不考核、不发证，适合社区居民、学生和企业员工。",
      "救护员培训需完成16学时并通过考核，合格者取得中国红十字会总会统一监制的救护员证。"]),
    ("三、怎么报名？要交钱吗？",
     ["答：个人可通过“厦门红十字”微信公众号“救护培训”栏目报名，每月1日开放下月课程。",
      "厦门市常住居民参加救护员培训免费，费用由市财政专项经费保障；企业、机关团体组织员工包班培训的，每人收取教材及考核费150元，30人起开班。"]),
    ("四、多大年纪可以参加？",
     ["答：救护员培训面向年满14周岁、不超过65周岁的人员；14至17周岁的需监护人签字同意。65周岁以上居民欢迎参加普及培训。"]),
    ("五、救护员证几年有效？过期怎么办？",
     ["答：救护员证有效期3年。到期前6个月内可报名复训，复训8学时，考核合格后证书延续3年；过期未满1年的也可参加复训，过期超过1年的须重新参加16学时培训。"]),
    ("六、报了名去不了会怎样？",
     ["答：请至少提前48小时在公众号取消报名。无故缺席累计两次的，系统将暂停其报名资格3个月。"]),
    ("七、在哪里上课？",
     ["答：主要在厦门市红十字应急救护培训中心（思明区湖滨北路61号三楼），另在集美、海沧、同安、翔安四个区设有培训点。鼓浪屿居民可预约每季度一次的上岛集中培训。"]),
    ("八、有没有英文班？",
     ["答：有。面向在厦外籍人士的英文救护员培训每月第二个周六开班，每班限24人，授课教师均具有国际认证资质，报名邮箱见公众号。"]),
    ("九、全市有多少台AED？怎么找到最近的一台？",
     ["答：截至2025年6月底，全市公共场所累计配置AED约1,460台，其中地铁站点全覆盖、BRT站点配置112台。打开“厦门急救地图”小程序即可查看最近AED位置并导航。"]),
    ("十、去年全市培训了多少人？",
     ["答：2024年全市开展应急救护普及培训15.8万人次，培训持证救护员2.7万人次；现有注册救护师资312名，其中主讲师资（可独立授课）96名。"]),
]


XM_QA += [
    ("十一、单位想在本单位配AED，红十字会能帮忙吗？",
     ["答：可以。单位自购AED后，可向市红十字会申请纳入“厦门急救地图”统一管理，并免费获得一次不少于20人的普及培训。",
      "学校、养老机构等公益性单位可申请“博爱AED”项目资助，每台资助标准为1.2万元，每年受理时间为3月1日至4月30日。"]),
    ("十二、培训期间受伤或者考核没过怎么办？",
     ["答：培训中心已为学员购买培训期间意外伤害保险。考核未通过的，可在3个月内免费补考一次；补考仍未通过的，须重新报名参加培训。"]),
    ("十三、在培训中心以外的地方学的心肺复苏算不算？",
     ["答：经市红十字会备案的培训机构（目前共11家）开展的培训，纳入全市统计，可查询证书；未经备案的机构颁发的证书，不能作为红十字救护员证使用。"]),
]


def xiamen_html():
    parts = [
        "<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\">",
        "<title>应急救护培训常见问题解答_厦门市红十字会</title></head><body>",
        "<div class=\"top\">厦门市红十字会　　2025-07-08　　来源：市红十字会应急救护培训中心　　浏览次数：3216</div>",
        "<h1>应急救护培训常见问题解答（2025年修订）</h1>",
        "<div class=\"TRS_Editor\">",
        "<p>" + IND + "为方便市民了解应急救护培训，市红十字会应急救护培训中心整理了近期热线中咨询较多的十个问题，解答如下。咨询电话：0592-5067120（工作日8:00—12:00，14:30—17:30）。</p>",
    ]
    for q, ans in XM_QA:
        body = "<br>".join(("　　" if k else IND) + a for k, a in enumerate(ans))
        parts.append(f"<p><strong>{q}</strong><br>{body}</p>")
    parts.append("<p>" + IND + "本解答自发布之日起施行，2023年版同时废止。如政策调整，以市红十字会最新通知为准。</p>")
    parts.append("<p style=\"text-align:right\">厦门市红十字会<br>2025年7月8日</p>")
    parts.append("</div><div class=\"foot\">主办：厦门市红十字会　地址：思明区湖滨北路61号　闽ICP备05012345号</div>")
    parts.append("</body></html>")
    with open(os.path.join(OUT, "xiamen_first_aid_training_faq_2025.html"), "w", encoding="utf-8") as f:
        f.write("\n".join(parts))


# ---------------------------------------------------------------- 4. Matsu project application (zh-hant docx)
MZ_SECTIONS = [
    ("壹　基本資料 Project Particulars", [
        ("計畫名稱", "馬祖四鄉五島水域安全暨AED推廣計畫"),
        ("申請單位", "中華民國紅十字會連江縣支會"),
        ("計畫負責人", "陳志偉（支會總幹事）"),
        ("聯絡人", "林美華（專員），電話 0836-22135，傳真 0836-22137"),
        ("執行期間", "114年3月1日至114年11月30日，共9個月"),
        ("執行地點", "南竿鄉、北竿鄉、莒光鄉（東莒、西莒）、東引鄉"),
        ("合作單位", "連江縣消防局、連江縣衛生福利局、馬祖高中、各鄉公所"),
    ]),
    ("貳　經費概算 Budget", [
        ("申請補助金額", "新臺幣86萬元"),
        ("自籌款", "新臺幣21萬5千元"),
        ("計畫總經費", "新臺幣107萬5千元"),
        ("經費明細", "AED設備12台計48萬元；救生員訓練講師費及場地費18萬5千元；離島交通及住宿費22萬元；宣導教材及器材19萬元"),
    ]),
    ("參　計畫目標 Objectives", [
        ("救生員訓練", "培訓合格救生員40名，其中東引鄉至少8名"),
        ("CPR＋AED訓練", "辦理20場，訓練民眾1,200人次"),
        ("AED設置", "新設AED 12台，優先設於漁港、碼頭及遊客中心"),
        ("防溺宣導", "進入全縣7所國中小，宣導學生約850人次"),
    ]),
    ("肆　申請理由 Reasons for Application", [
        ("離島交通限制", "臺馬輪單程航行約8至10小時，冬季常因東北季風停航；重症後送須仰賴空中救護直升機，等待時間長，第一時間的現場急救格外重要"),
        ("水域活動增加", "113年縣內海域遊客約14萬人次，較112年成長約三成，藍眼淚季（4月至6月）夜間水域活動頻繁"),
        ("設備缺口", "現有公共場所AED 31台，莒光鄉僅3台，西莒島漁港尚無AED"),
    ]),
    ("伍　前期成果 Previous Results (113年)", [
        ("CPR＋AED訓練", "113年辦理16場，訓練民眾960人次"),
        ("AED設置", "113年新設AED 8台"),
        ("救生員", "113年培訓合格救生員26名（報名31名，合格率約84%）"),
        ("急救案例", "113年8月17日北竿鄉塘岐村民眾使用AED成功救回一名到院前心跳停止的旅客"),
    ]),
    ("陸　執行方式及進度 Implementation Schedule", [
        ("第一階段（114年3月至4月）", "採購AED 12台並完成設置點位會勘；於南竿鄉介壽村辦理救生員訓練第一梯次（20名）"),
        ("第二階段（114年5月至8月）", "配合藍眼淚季及暑假，於北竿鄉、莒光鄉辦理CPR＋AED訓練12場；東引鄉救生員訓練第二梯次（20名），由消防局東引分隊協助泳池場地"),
        ("第三階段（114年9月至11月）", "辦理其餘8場CPR＋AED訓練、校園防溺宣導，並於11月底前完成AED使用情形檢核與成果彙整"),
        ("績效評估方式", "以訓練簽到表、測驗合格名冊、AED設置照片及登錄衛生福利部AED地圖截圖作為查核依據"),
        ("風險與因應", "如遇颱風或東北季風停航，訓練改期至同月下旬；講師由臺灣本島派遣者，改由縣內合格講師3名支援"),
    ]),
    ("柒　審查意見 Review Comments（總會填寫）", [
        ("初審日期", "114年1月22日"),
        ("初審意見", "原則同意；請補充東引鄉救生員訓練場地安排，並將交通費中包船費用另列"),
        ("核定金額", "新臺幣80萬元（交通費核減6萬元）"),
        ("承辦人", "總會救護組　張家豪"),
        ("複審結果", "114年2月10日複審通過，第一期款（核定金額之六成，計48萬元）於114年3月撥付，餘款於成果報告審查通過後撥付"),
    ]),
]


def matsu_docx():
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.size = Pt(11)
    st.font.name = "Calibri"
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "新細明體")
    d.add_heading("中華民國紅十字會 114年度地方支會專案計畫申請表", level=1)
    d.add_paragraph("Red Cross Society of the Republic of China — Branch Project Application Form (2025)")
    d.add_paragraph("申請日期：114年1月6日　　表單編號：RC-114-LJ-03　　Application No. RC-114-LJ-03")
    for head, rows in MZ_SECTIONS:
        d.add_heading(head, level=2)
        t = d.add_table(rows=len(rows), cols=2)
        t.style = "Table Grid"
        for i, (k, v) in enumerate(rows):
            t.cell(i, 0).text = k
            t.cell(i, 1).text = v
    d.add_paragraph("申請單位負責人簽章：連江縣支會會長　曹以雄　　　　114年1月6日")
    d.add_paragraph("備註：本表一式三份，經費以新臺幣計；核定後應於114年12月15日前提送成果報告。")
    d.save(os.path.join(OUT, "matsu_redcross_project_application_114.docx"))


# ---------------------------------------------------------------- 5. Hunter surf lifesaving key figures (pdf)
HU_TILES1 = [("412", "rescues"), ("18,760", "preventative actions"), ("1,146", "first aid treatments"),
             ("2,930", "active patrolling members")]
HU_TILES2 = [("46,200", "volunteer patrol hours"), ("27", "patrolled beaches"), ("just under 400", "new Bronze Medallions"),
             ("3-5 min", "typical IRB launch-to-scene")]
HU_INTRO = ("Surf Life Saving Hunter covers 21 surf clubs from Birubi Point at Port Stephens to Catherine Hill Bay "
            "south of Newcastle. The 2024-25 patrol season ran from 28 September 2024 to 27 April 2025. These figures "
            "were compiled by the Branch Operations Officer, Rachel Dunmore, from the SurfGuard patrol logs and were "
            "presented to the Branch Council on 21 May 2025.")
HU_TABLE_HEAD = ("Club", "Patrol hours", "Rescues", "Notes")
HU_TABLE = [
    ("Merewether", "3,980", "61", "Highest rescue count in the branch; 14 rescues on 12 January 2025 alone, mostly in the rip at the southern end near the baths"),
    ("Nobbys", "3,410", "38", "Two mass rescues (four or more patients) on 4 January 2025; new tower opened in December"),
    ("Redhead", "2,870", "44", "Beach closed for 6 days in March after a shark sighting; drone flights up 40% on last season"),
    ("Caves Beach", "2,260", "29", "Rock platform incidents made up about a third of rescues; cave access signage replaced"),
    ("Stockton", "1,940", "22", "Patrol area moved 300 m north because of erosion; one IRB out of service for 5 weeks"),
    ("Other 16 clubs", "31,740", "218", "Includes Birubi Point, Fingal Beach and Catherine Hill Bay; detailed club sheets in Appendix B"),
]
HU_BODY = [
    "Season summary",
    "Members performed 412 rescues, up from 355 in 2023-24, and 18,760 preventative actions such as moving swimmers "
    "between the flags. The busiest single day was Sunday 12 January 2025, when clubs across the branch recorded 31 "
    "rescues in hot north-easterly conditions with a strong swell. First aid treatments totalled 1,146, of which marine "
    "stings (mostly bluebottles) accounted for roughly half. There were three coastal drowning deaths in the Hunter "
    "region during the season, none of them at a patrolled location during patrol hours.",
    "Support operations",
    "The branch duty officer system handled 96 emergency call-outs outside patrol hours, with the Hunter Emergency "
    "Response Team reaching most incidents within 15-20 minutes of activation. The Westpac Lifesaver Rescue Helicopter "
    "supported 11 of these call-outs. Two uncrewed aerial vehicles (drones) were added at Redhead and Nobbys, bringing "
    "the branch fleet to seven.",
    "Training and membership",
    "Just under 400 members gained the Bronze Medallion (the exact figure was 394), and 1,020 juniors completed the "
    "Surf Rescue Certificate. Patrolling membership was 2,930, about 6% higher than the previous season. Volunteer patrol "
    "hours reached 46,200, which the branch values at roughly $2.3 million using the state's volunteer hour rate.",
    "Juniors and community programs",
    "Nippers programs at the branch's clubs enrolled 4,850 children aged 5-13, the largest junior cohort in ten years. "
    "The Beach to Bush program visited 38 primary schools in the Upper Hunter and Muswellbrook areas, delivering surf "
    "safety talks to about 6,300 students who may rarely visit the coast. In partnership with Port Stephens Council, "
    "four multicultural beach safety days were held at One Mile Beach, reaching roughly 700 participants, most of them "
    "international students and recently arrived families.",
    "Priorities for 2025-26",
    "Branch President Tom Kearsley told the council that the three priorities are replacing five ageing inflatable rescue "
    "boats, recruiting more patrol members aged 18-30 (the age group fell by 9% this season), and extending patrols at "
    "Stockton into the first two weeks of May if funding from City of Newcastle is confirmed. Council members also asked "
    "for a review of radio coverage at Catherine Hill Bay, where two patrol days were lost to communication blackspots.",
]


def hunter_pdf():
    W, H = A4
    c = canvas.Canvas(os.path.join(OUT, "hunter_surf_lifesaving_key_figures_2024-25.pdf"), pagesize=A4)
    y = H - 22 * mm
    c.setFont("Helvetica-Bold", 17)
    c.drawString(18 * mm, y, "Surf Life Saving Hunter - 2024-25 Season in Numbers")
    y -= 8 * mm
    c.setFont("Helvetica", 9)
    for ln in simpleSplit(HU_INTRO, "Helvetica", 9, W - 36 * mm):
        c.drawString(18 * mm, y, ln)
        y -= 4.5 * mm
    y -= 4 * mm
    tw = (W - 36 * mm - 3 * 4 * mm) / 4
    for tiles in (HU_TILES1, HU_TILES2):
        for i, (big, small) in enumerate(tiles):
            x = 18 * mm + i * (tw + 4 * mm)
            c.setFillColorRGB(0.93, 0.96, 1.0)
            c.roundRect(x, y - 24 * mm, tw, 24 * mm, 3 * mm, stroke=1, fill=1)
            c.setFillColorRGB(0, 0, 0)
            fs = 20 if len(big) < 8 else 13
            c.setFont("Helvetica-Bold", fs)
            c.drawCentredString(x + tw / 2, y - 12 * mm, big)
            c.setFont("Helvetica", 8)
            c.drawCentredString(x + tw / 2, y - 19 * mm, small)
        y -= 29 * mm
    y -= 2 * mm
    c.setFont("Helvetica-Bold", 11)
    c.drawString(18 * mm, y, "Selected clubs, 2024-25")
    y -= 6 * mm
    xs = [18, 50, 76, 96]
    widths = [30, 24, 18, 96]
    c.setFont("Helvetica-Bold", 9)
    for j, h in enumerate(HU_TABLE_HEAD):
        c.drawString((xs[j] + 1) * mm, y, h)
    c.line(18 * mm, y - 2 * mm, 192 * mm, y - 2 * mm)
    y -= 6 * mm
    c.setFont("Helvetica", 9)
    for row in HU_TABLE:
        cells = [simpleSplit(v, "Helvetica", 9, (widths[j] - 2) * mm) for j, v in enumerate(row)]
        n = max(len(x) for x in cells)
        for j, lines in enumerate(cells):
            for k, ln in enumerate(lines):
                c.drawString((xs[j] + 1) * mm, y - k * 4.3 * mm, ln)
        y -= n * 4.3 * mm + 2 * mm
        c.line(18 * mm, y + 1 * mm, 192 * mm, y + 1 * mm)
    c.setFont("Helvetica", 7.5)
    c.drawString(18 * mm, y - 3 * mm, "Source: SurfGuard patrol logs, extracted 9 May 2025. Rescue counts exclude preventative actions.")
    c.showPage()
    y = H - 22 * mm
    for k, para in enumerate(HU_BODY):
        if k % 2 == 0:
            c.setFont("Helvetica-Bold", 12)
            c.drawString(18 * mm, y, para)
            y -= 7 * mm
        else:
            c.setFont("Helvetica", 10)
            for ln in simpleSplit(para, "Helvetica", 10, W - 36 * mm):
                c.drawString(18 * mm, y, ln)
                y -= 5.2 * mm
            y -= 4 * mm
    c.save()


# ---------------------------------------------------------------- 6. NE Scotland CFR forum programme (html)
AB_AGENDA = [
    ("09:00", "Registration, tea and coffee", "Forum volunteers"),
    ("09:30", "Welcome and the year in numbers", "Fiona Mackie, Community Resilience Manager, Scottish Ambulance Service North Division"),
    ("09:50", "Keynote: surviving out-of-hospital cardiac arrest in rural Aberdeenshire", "Dr Euan Reid, consultant in emergency medicine, Aberdeen Royal Infirmary"),
    ("10:40", "Break", "—"),
    ("11:00", "Workshop A: high-performance CPR and pit-crew roles", "Kirsty Ogilvie, CFR trainer, Ellon scheme"),
    ("11:00", "Workshop B: looking after yourself after a difficult call", "Graham Shand, peer-support lead"),
    ("12:15", "Lunch (soup, sandwiches; vegetarian and gluten-free options)", "—"),
    ("13:00", "Public-access defibrillators: mapping gaps on The Circuit", "Amy Craig, Save a Life for Scotland"),
    ("13:45", "Scheme stories: Stonehaven, Huntly and Banchory", "Scheme co-ordinators"),
    ("14:30", "Panel Q&A and close (CPD certificates issued at the door)", "Fiona Mackie and panel"),
]
AB_QA = [
    ("Q: Who is the forum for?",
     "A: Active community first responders from schemes in Aberdeen City, Aberdeenshire and Moray, scheme co-ordinators, and anyone who is in training with a scheme. It is not open to the general public this year because places are limited to 120."),
    ("Q: Does it cost anything?",
     "A: No. Attendance and lunch are free. Volunteers travelling more than 50 miles each way can claim a travel bursary of up to £40, paid by bank transfer within about four weeks."),
    ("Q: When does booking close?",
     "A: Booking closes at 5pm on Friday 27 February 2026, or earlier if all 120 places go. Last year the forum filled in just under three weeks."),
    ("Q: Where exactly is it, and is there parking?",
     "A: Bridge of Don Community Centre, Scotstown Road, Aberdeen. There are about 60 free spaces on site and an overflow car park at the academy next door. The number 1 and 2 buses stop outside."),
    ("Q: Will I get CPD hours?",
     "A: Yes. The programme counts as 5.5 hours of continuing professional development, and certificates are handed out at the door at the end of the day. If you leave early, ask the registration desk for a part-day certificate."),
    ("Q: How many people came last year and what did they ask for?",
     "A: 96 responders from 17 schemes came to the 2025 forum. In the feedback survey, 71% asked for more hands-on practice, which is why there are two workshops this year instead of one lecture."),
    ("Q: How busy were the schemes in 2025?",
     "A: Across the North Division, community first responders were dispatched 1,318 times in 2025, up from 1,164 in 2024. The median time from dispatch to arrival was about 8 minutes, compared with 19 minutes for the nearest ambulance in the most remote areas."),
    ("Q: Can I choose both workshops?",
     "A: No, the two workshops run at the same time. Choose A or B when you book; each is capped at 60 people."),
    ("Q: Do I need to bring anything for the workshops?",
     "A: Wear comfortable clothes because Workshop A involves about 40 minutes of compressions on manikins. Bring your responder ID badge; the registration desk will check it against the booking list."),
    ("Q: Is the day recorded?",
     "A: The keynote and the afternoon panel will be filmed and posted for members within two weeks. Workshops are not recorded, so that people can speak freely about difficult calls."),
    ("Q: Who do I contact with other questions?",
     "A: Email the forum organiser, Lorna Buchan, at the community resilience team, or phone 01224 358 210 on weekdays between 10am and 3pm."),
]


def aberdeen_html():
    parts = [
        "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">",
        "<title>North-East Scotland Community First Responder Forum 2026 - Programme</title>",
        "<style>table{border-collapse:collapse}td,th{border:1px solid #999;padding:4px 8px}</style></head><body>",
        "<h1>North-East Scotland Community First Responder Forum 2026</h1>",
        "<p>Saturday 14 March 2026, 09:00 to 15:00, Bridge of Don Community Centre, Aberdeen. Hosted by the Scottish "
        "Ambulance Service North Division community resilience team with support from the British Heart Foundation.</p>",
        "<h2>Programme</h2>",
        "<table><tr><th>Time</th><th>Item</th><th>Presenter</th></tr>",
    ]
    for t, item, who in AB_AGENDA:
        parts.append(f"<tr><td>{t}</td><td>{item}</td><td>{who}</td></tr>")
    parts.append("</table>")
    parts.append("<p>Timings may move by up to 10 minutes on the day. Workshop rooms will be signposted from the main hall.</p>")
    parts.append("<h2>Questions we are often asked</h2>")
    for q, a in AB_QA:
        parts.append(f"<p>{q}</p>")
        parts.append(f"<p>{a}</p>")
    parts.append("<p>Page updated 12 January 2026. Programme version 2.</p>")
    parts.append("</body></html>")
    with open(os.path.join(OUT, "aberdeen_cfr_forum_programme_2026.html"), "w", encoding="utf-8") as f:
        f.write("\n".join(parts))


if __name__ == "__main__":
    os.makedirs(OUT, exist_ok=True)
    xuzhou_docx()
    with open(os.path.join(OUT, "xuzhou_redcross_2025_data_changelog.md"), "w", encoding="utf-8") as f:
        f.write(XZ_LOG)
    xiamen_html()
    matsu_docx()
    hunter_pdf()
    aberdeen_html()
    print("wrote", sorted(os.listdir(OUT)))
