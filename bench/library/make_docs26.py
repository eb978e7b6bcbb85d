"""Write the six new documents of set 26 into docs26/ (all text lives here).
Run: .venv/bin/python bench/library/make_docs26.py
"""
import os

import docx
from docx.shared import Pt
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen import canvas

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "docs26")
os.makedirs(OUT, exist_ok=True)
pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
W, H = A4


# ---------------------------------------------------------------- 1. Henan 2024 review (html)
HENAN_HTML = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>守护生命 博爱中原——河南省红十字会2024年工作综述 - 河南省红十字会</title>
</head>
<body>
<header>
  <div class="site-name">河南省红十字会 Henan Red Cross</div>
  <nav>
    <ul>
      <li><a href="/">首页</a></li>
      <li><a href="/jggk">机构概况</a></li>
      <li><a href="/xwdt">新闻动态</a></li>
      <li><a href="/xxgk">信息公开</a></li>
      <li><a href="/jzcx">捐赠查询</a></li>
      <li><a href="/lxwm">联系我们</a></li>
    </ul>
  </nav>
</header>
<main>
  <div class="crumb">当前位置：首页 &gt; 新闻动态 &gt; 工作动态</div>
  <article>
    <h1>守护生命 博爱中原——河南省红十字会2024年工作综述</h1>
    <p class="meta">来源：河南省红十字会办公室　发布时间：2025-01-22　作者：宋雅琴</p>
    <p>2024年，河南省红十字会在省委、省政府坚强领导和中国红十字会总会有力指导下，坚持以党建为引领，聚焦“三救”“三献”主责主业，全省红十字事业保持稳中有进的良好态势。全年全省红十字系统募集社会捐赠款物3.87亿元，惠及困难群众186万人次。</p>

    <h2>一、坚持党建引领，筑牢政治根基</h2>
    <h3>（一）党的全面领导持续加强</h3>
    <p>省红十字会党组落实“第一议题”制度，全年召开党组会议26次、理论学习中心组集体学习12次。全省18个省辖市和济源示范区红十字会、157个县（市、区）红十字会全部建立党组，党组书记、常务副会长刘振华带队赴基层调研41次，形成调研报告9篇。</p>
    <h3>（二）“中原博爱”党建品牌擦亮</h3>
    <p>深入实施“中原博爱”党支部建设提升工程，2024年新命名示范党支部14个，累计命名36个。省红十字会机关第二党支部获评“省直机关五好党支部”。全省红十字领域3名先进人物入选“河南好人榜”。</p>
    <h3>（三）救援队党的组织应建尽建</h3>
    <p>全省红十字救援队达到212支、队员1.38万名，其中196支已建立党支部，其余16支以联合党支部形式实现党的工作覆盖。全年各救援队出动1860次、参与队员4.1万人次，受益群众52万人次。信阳市红十字水上救援队队长李国胜获评全国“最美应急志愿者”。</p>

    <h2>二、聚焦“三救”主业，提升服务能力</h2>
    <h3>（一）应急救援</h3>
    <p>2024年7月中旬，南阳、信阳等地遭遇持续强降雨。省红十字会第一时间启动Ⅲ级应急响应，向灾区调拨家庭包8600个、帐篷1200顶、折叠床3000张，调派37支救援队、1460人次参与转移安置，协助转移群众2.3万人。汛期结束后投入重建资金2150万元，援建博爱家园11个。</p>
    <h3>（二）应急救护培训</h3>
    <p>全年开展应急救护普及培训248.6万人次，培训持证救护员36.2万人次，同比增长13.5%。在郑州、洛阳、开封等地的高铁站、景区和中小学新增配置AED 4300台，全省累计配置达1.52万台。郑州市红十字志愿者赵雪梅在地铁站成功救治一名心脏骤停乘客，获评全国“最美救护员”。</p>
    <h3>（三）人道救助</h3>
    <p>实施“博爱送万家”活动，慰问困难群众4.6万户，发放款物2870万元；“红十字天使计划”救助白血病、先心病患儿1326名，发放救助金3980万元。</p>

    <h2>三、聚焦“三献”工作，弘扬人道精神</h2>
    <p>全年新增造血干细胞捐献志愿者入库1.86万人份，实现造血干细胞捐献163例，全省累计捐献达1536例。新增遗体（器官）捐献志愿登记5.7万人，实现遗体捐献148例、器官捐献421例，捐献例数居全国前列。在郑州市、新乡市建成“生命礼赞”缅怀纪念园2处。</p>

    <h2>四、夯实基层基础，拓展服务阵地</h2>
    <p>新建城乡一体标准化博爱家园85个，累计达612个；建成红十字服务站、救护站1340个，生命教育体验馆47个。全省发展成人会员96.3万名，注册志愿者18.4万名，志愿服务团体（组织）1120个。</p>

    <h2>主要指标</h2>
    <table border="1">
      <thead>
        <tr><th>指标</th><th>2022年</th><th>2023年</th><th>2024年</th></tr>
      </thead>
      <tbody>
        <tr><td>应急救护普及培训（万人次）</td><td>201.3</td><td>226.8</td><td>248.6</td></tr>
        <tr><td>持证救护员培训（万人次）</td><td>28.4</td><td>31.9</td><td>36.2</td></tr>
        <tr><td>募集社会捐赠款物（万元）</td><td>31260</td><td>34950</td><td>38700</td></tr>
        <tr><td>造血干细胞捐献（例）</td><td>128</td><td>146</td><td>163</td></tr>
        <tr><td>器官捐献（例）</td><td>352</td><td>389</td><td>421</td></tr>
        <tr><td>新建博爱家园（个）</td><td>62</td><td>71</td><td>85</td></tr>
        <tr><td>红十字救援队（支）</td><td>176</td><td>195</td><td>212</td></tr>
        <tr><td>注册志愿者（万名）</td><td>14.6</td><td>16.2</td><td>18.4</td></tr>
      </tbody>
    </table>

    <h2>五、2025年工作思路</h2>
    <p>2025年，河南省红十字会将围绕“十四五”收官，重点做好三件事：一是全年普及培训力争突破260万人次；二是新建博爱家园90个，实现每个乡镇至少1个；三是筹备召开河南省红十字会第九次会员代表大会。</p>
    <p class="editor">责任编辑：孟凡超</p>
  </article>
</main>
<footer>
  <p>主办：河南省红十字会　地址：郑州市金水区纬五路21号　邮编：450003　电话：0371-65908123</p>
  <p>版权所有 © 2025 河南省红十字会　豫ICP备10012345号</p>
</footer>
</body>
</html>
"""


def henan_html():
    with open(os.path.join(OUT, "henan_redcross_2024_review.html"), "w", encoding="utf-8") as f:
        f.write(HENAN_HTML)


# ---------------------------------------------------------------- 2. Henan 2025 H1 (txt)
HENAN_TXT = """河南省红十字会2025年上半年工作进展情况通报
发布日期：2025年7月16日　　发布单位：河南省红十字会办公室

2025年上半年，全省各级红十字会围绕年度目标任务，扎实推进党建、“三救”“三献”和基层组织建设各项工作，主要指标完成情况总体好于序时进度。现将有关情况通报如下。

一、党建工作
1. 省红十字会党组上半年召开党组会议13次，开展“中原博爱”示范党支部复评，新命名示范党支部6个，累计达到42个。
2. 全省红十字救援队增至219支，其中205支建立党支部，党员队员3140名；新成立的焦作市红十字山地救援队于3月建立党支部。
3. 经年报数据复核，截至2024年底全省注册志愿者调整为18.6万名（原统计口径未含高校红十字会志愿者）。

二、“三救”工作
1. 应急救护培训：上半年开展普及培训132.4万人次，完成全年目标的50.9%；培训持证救护员19.7万人次。
2. AED配置：上半年新增配置1950台，全省累计达1.71万台，其中郑州市累计4860台。
3. 应急救援：5月12日全国防灾减灾日，在洛阳市栾川县组织“豫西-2025”山地救援综合演练，24支救援队、680名队员参演，历时9小时。6月下旬周口市遭遇龙卷风，调拨家庭包2400个、帐篷350顶。
4. 人道救助：“红十字天使计划”上半年救助患儿718名，发放救助金2160万元。
5. 春节前后开展“博爱送万家”活动，慰问困难群众2.8万户，发放款物1640万元。
6. 指导漯河、三门峡两市完成应急救护培训基地标准化建设，全省标准化培训基地达到31个。

三、“三献”工作
1. 造血干细胞：新增入库9460人份，实现捐献87例，全省累计达1623例。
2. 遗体（器官）捐献：新增志愿登记3.1万人，实现遗体捐献71例、器官捐献226例。
3. 4月在开封市举办全省“三献”工作推进会，表彰“生命接力”优秀志愿者50名。
4. 清明节期间在郑州、新乡两处“生命礼赞”缅怀纪念园举办集体缅怀活动，参加群众3200余人。

四、组织建设与募捐
1. 上半年新建博爱家园38个，累计达650个；发展成人会员4.2万名。
2. 上半年全省募集社会捐赠款物1.46亿元，同比下降6.8%。
3. 截至6月底全省注册志愿者19.3万名。
4. 开展县级红十字会“规范化建设年”活动，对157个县（市、区）红十字会进行分类评估，评定A级以上红十字会98个。
5. 网络募捐平台“豫博爱”上线运行，上半年线上募捐2380万元，参与捐款人次41.6万。

存在问题：一是募捐收入同比下滑，部分市县定向捐赠减少；二是个别县级红十字会专职人员不足2人；三是器官捐献区域发展不平衡，豫东地区占比偏低。

五、主要指标完成情况

指标                        2024年全年    2025年上半年    2025年全年目标    完成率
应急救护普及培训（万人次）     248.6          132.4             260          50.9%
持证救护员培训（万人次）       36.2           19.7              38           51.8%
造血干细胞捐献（例）           163            87                170          51.2%
器官捐献（例）                 421            226               440          51.4%
新建博爱家园（个）             85             38                90           42.2%
红十字救援队（支）             212            219               225          97.3%
募集社会捐赠款物（亿元）       3.87           1.46              4.0          36.5%

六、下半年重点工作
1. 8月底前完成全省县级红十字会换届情况摸底。
2. 9月举办全省应急救护大赛，决赛定于9月26日在新乡市举行。
3. 11月召开河南省红十字会第九次会员代表大会。
4. 加快募捐进度，确保全年完成4.0亿元目标。
5. 10月前完成豫东地区人体器官捐献协调员培训，新增协调员60名。
6. 启动“博爱家园”提质工程，对2019年以前建成的博爱家园开展回头看，年内完成评估200个。

联系人：省红十字会办公室 孟凡超　电话：0371-65908123
"""


def henan_txt():
    with open(os.path.join(OUT, "henan_redcross_2025_h1.txt"), "w", encoding="utf-8") as f:
        f.write(HENAN_TXT)


# ---------------------------------------------------------------- 3. Tonglu two-column PDF
TONGLU = [
    ("h", "一、队伍基本情况"),
    ("p", "桐庐县红十字救援队成立于2016年8月，现有在册队员86名，其中党员队员29名，女队员14名。队伍下设水上救援、山地搜救、应急救护三个分队，配备冲锋舟4艘、橡皮艇6艘、无人机5架、救援车辆3辆。队长叶志明，副队长钟海平、俞晓岚。"),
    ("p", "2025年新招募队员11名，均完成40学时的岗前培训；全年有7名队员取得红十字救护员证，持证率提高到93%。"),
    ("h", "二、演练开展情况"),
    ("p", "全年共组织各类演练14次，其中水上6次、山地5次、综合3次，累计参演队员612人次。"),
    ("p", "4月18日，在桐君街道富春江段组织“春汛-2025”水域救援演练，出动冲锋舟4艘，参演62人，模拟落水人员搜救、抛绳救援和岸上心肺复苏，用时2小时40分。"),
    ("p", "7月5日，联合县消防救援大队在分水镇开展山洪转移综合演练，转移模拟群众150人。"),
    ("p", "10月26日，在大奇山国家森林公园开展夜间山地搜救演练，参演38人，首次使用热成像无人机。"),
    ("table", [("类别", "次数", "参演人次"), ("水上演练", "6次", "278"), ("山地演练", "5次", "196"), ("综合演练", "3次", "138"), ("合计", "14次", "612")]),
    ("p", "8月9日，在富春江镇芦茨湾开展防溺水与皮划艇翻覆自救演练，邀请县游泳协会教练3名担任评估员，参演队员和青少年共54人。"),
    ("p", "12月3日，参加杭州市红十字系统“钱江联动”跨区协同演练，派出水上分队队员16人、冲锋舟1艘，获评优秀参演队伍。"),
    ("h", "三、训练与考核"),
    ("p", "每月第二个星期六为固定训练日，全年开展集中训练12次、分队专项训练27次，人均训练时长58小时。训练科目包括绳索技术、静水与激流救援、山地定向、伤员搬运和心肺复苏与AED使用。"),
    ("p", "9月组织年度技能考核，参加考核队员79名，合格74名，合格率93.7%；未通过的5名队员于11月补考全部合格。邀请县第一人民医院急诊科医生何丽萍担任应急救护分队技术指导。"),
    ("p", "选派队员9人次参加省红十字会举办的水上救援教练员、无人机操控等培训班，新增水上救援教练员2名。"),
    ("h", "四、汛期值守"),
    ("p", "6月1日至9月30日为汛期值守期，共122天。队伍实行24小时轮班，每班不少于8人，累计值守出勤1046人次。"),
    ("p", "6月下旬梅雨期间，江南镇、瑶琳镇局部受淹，队伍出动3批次、队员47人，转移群众89人。"),
    ("h", "五、应急救援与保障"),
    ("p", "全年出动救援37次，救助和转移群众214人，其中搜寻大奇山、天子岗失联驴友3次，全部安全找回。"),
    ("p", "完成赛事活动应急救护保障19场，包括11月2日的2025桐庐富春江半程马拉松，设医疗救护点12个，投入队员96人次，处置伤病87人次，现场AED使用1次。"),
    ("p", "其余保障任务包括县中小学生运动会、桐庐“潇洒桐庐”自行车赛和春节期间庙会等，累计处置伤病203人次。"),
    ("h", "六、装备与经费"),
    ("p", "2025年县红十字会安排救援队工作经费36.5万元，比上年增加4万元；爱心企业富春江水电捐赠救生衣120件、抛绳包40个。全年完成冲锋舟发动机大修2台，报废老旧橡皮艇2艘。"),
    ("p", "队伍在桐君街道、分水镇、富春江镇设置装备前置点3处，每处储备救生衣、担架、急救包等物资，确保30分钟内到达县域主要水域。"),
    ("h", "七、荣誉与典型"),
    ("p", "队伍获评2025年度“杭州市红十字系统先进集体”；队员方志强在富春江成功救起落水儿童1名，获评“桐庐好人”。党员队员带头参加值守，党员出勤占全部值守出勤的41%。"),
    ("h", "八、典型救援案例"),
    ("p", "案例一：5月3日晚，两名外地游客在天子岗登山迷路，手机电量不足。队伍接警后出动山地分队队员14人、无人机2架，于次日凌晨1时20分在海拔约900米处找到被困人员，全程用时5小时10分。"),
    ("p", "案例二：7月28日，受台风“竹节草”外围影响，分水江水位快速上涨，一辆私家车被困漫水桥。水上分队8名队员利用抛绳和橡皮艇将车内3人安全转移，用时26分钟。"),
    ("p", "案例三：11月2日半程马拉松比赛中，一名男性跑者在终点前约2公里处突发心脏骤停，骑行急救队员在1分50秒内到达，实施心肺复苏并使用AED除颤1次，患者恢复自主心跳后送县第一人民医院救治，现已康复出院。"),
    ("h", "九、存在问题"),
    ("p", "一是夜间山地搜救装备不足，头灯、对讲机老化；二是30岁以下队员仅占18%，队伍年龄结构偏大；三是训练场地仍依赖租借。"),
    ("h", "十、2026年打算"),
    ("p", "计划新增队员15名，争取县财政装备经费28万元，在富春江畔建成固定水上训练基地1处，全年演练不少于15次。"),
    ("p", "同时，将与县应急管理局共建“15分钟应急救援圈”，在瑶琳、百江等偏远乡镇各培养1支不少于10人的村级应急小分队，并推动救援队纳入县级应急救援力量统一调度平台。"),
    ("p", "附：本报告数据统计截至2025年11月30日，12月份数据将在年度总结中补充。"),
    ("p", "桐庐县红十字会　2025年12月10日"),
]


def tonglu_pdf():
    path = os.path.join(OUT, "tonglu_rescue_team_2025.pdf")
    c = canvas.Canvas(path, pagesize=A4)
    font = "STSong-Light"
    lm, rm, gap, top0, bottom = 48, 48, 22, H - 130, 70
    colw = (W - lm - rm - gap) / 2
    state = {"page": 1, "col": 0, "y": top0}

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

    def footer():
        c.setFont(font, 9)
        c.drawCentredString(W / 2, 36, f"第 {state['page']} 页 / 共 2 页")

    def next_col():
        if state["col"] == 0:
            state["col"] = 1
        else:
            footer()
            c.showPage()
            state["page"] += 1
            state["col"] = 0
            c.setFont(font, 9)
            c.drawString(lm, H - 50, "桐庐县红十字救援队2025年度演练与值守工作报告（续）")
            c.line(lm, H - 56, W - rm, H - 56)
            state["top"] = H - 80
        state["y"] = state.get("top", top0)

    def x0():
        return lm + state["col"] * (colw + gap)

    def need(h):
        if state["y"] - h < bottom:
            next_col()

    c.setFont(font, 17)
    c.drawCentredString(W / 2, H - 70, "桐庐县红十字救援队2025年度演练与值守工作报告")
    c.setFont(font, 10)
    c.drawCentredString(W / 2, H - 92, "桐红救〔2025〕12号　　报送：桐庐县红十字会、县应急管理局")
    c.line(lm, H - 104, W - rm, H - 104)
    for kind, body in TONGLU:
        if kind == "h":
            need(26)
            state["y"] -= 6
            c.setFont(font, 11.5)
            c.drawString(x0(), state["y"], body)
            state["y"] -= 20
        elif kind == "p":
            for ln in wrap("\u3000\u3000" + body, 10.5, colw):
                need(18)
                c.setFont(font, 10.5)
                c.drawString(x0(), state["y"], ln)
                state["y"] -= 18
            state["y"] -= 4
        else:
            need(16 * len(body) + 20)
            c.setFont(font, 9.5)
            c.drawString(x0(), state["y"], "表1　2025年演练分类统计")
            state["y"] -= 16
            xs = [x0() + 4, x0() + 90, x0() + 150]
            ytop = state["y"] + 12
            for row in body:
                for x, cell in zip(xs, row):
                    c.setFont(font, 9.5)
                    c.drawString(x, state["y"], cell)
                c.line(x0(), state["y"] - 4, x0() + 210, state["y"] - 4)
                state["y"] -= 16
            c.line(x0(), ytop, x0() + 210, ytop)
            state["y"] -= 8
    footer()
    c.save()


# ---------------------------------------------------------------- 4. Whitehorse St John docx
def whitehorse_docx():
    d = docx.Document()
    d.styles["Normal"].font.size = Pt(10.5)
    d.add_paragraph("St. John Ambulance Whitehorse Division — Annual Report 2024–25", style="Title")
    d.add_paragraph("Yukon Council of St. John Ambulance · Financial year 1 April 2024 to 31 March 2025 · "
                    "Registered charity number 11892 0613 RR0001")
    d.add_heading("Chair's foreword", level=1)
    d.add_paragraph(
        "It is a privilege to present my third report as chair of the Whitehorse Division. This was the busiest "
        "year in the division's 41-year history. Our volunteers covered 71 public events, from the Yukon Sourdough "
        "Rendezvous in February to the Klondike Road Relay in September, and gave 7,885 hours of their own time. "
        "We treated 536 patients, most of them for minor injuries, cold exposure and dehydration, and handed 23 "
        "people over to Yukon Emergency Medical Services for transport to Whitehorse General Hospital.")
    d.add_paragraph(
        "None of this happens without the people behind it. I want to thank our Division Superintendent, Priya "
        "Anand, who stepped up in June when her predecessor moved to Dawson City, and every member who turned out "
        "at minus 35 degrees to stand beside a dog-sled trail. Thank you also to the City of Whitehorse and the "
        "Yukon Lottery Commission, whose grants kept our response unit on the road.")
    d.add_paragraph("Gordon MacLeish, Chair, Whitehorse Division Committee — 12 May 2025")
    d.add_heading("The year in numbers", level=1)
    d.add_paragraph(
        "The table compares the two most recent financial years. Volunteer hours include event duty, training "
        "nights and community first aid classes, but not travel time.")
    rows = [
        ("Activity", "2023–24", "2024–25"),
        ("Public events covered", "58", "71"),
        ("Volunteer hours", "6,420", "7,885"),
        ("Patients treated", "412", "536"),
        ("Patients transferred to EMS", "19", "23"),
        ("First aid certificates issued", "1,180", "1,364"),
        ("Therapy Dog visits", "96", "118"),
        ("Active volunteers (31 March)", "47", "55"),
    ]
    t = d.add_table(rows=len(rows), cols=3)
    t.style = "Table Grid"
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            t.cell(i, j).text = v
    d.add_heading("Highlights", level=1)
    for s in [
        "Bought a second-hand Ford Transit medical response unit in October 2024 for $58,000, replacing the 2009 van.",
        "Trained 1,364 people in Standard First Aid and CPR, including 212 staff of Yukon First Nations governments.",
        "Placed four new public-access AEDs at the Canada Games Centre, the Whitehorse Public Library, the "
        "Kwanlin Dün Cultural Centre and the Takhini Hot Springs parking lot.",
        "Launched a Youth Cadet program in January 2025 with 9 cadets aged 12 to 17.",
        "Our Therapy Dog team grew to 14 dog-and-handler pairs and made 118 visits to care homes and schools.",
    ]:
        d.add_paragraph(s, style="List Bullet")
    d.add_heading("Events", level=1)
    d.add_paragraph(
        "The largest single deployment was the Yukon Sourdough Rendezvous (20–23 February 2025), where 26 "
        "volunteers worked 412 hours and treated 61 patients, 17 of them for frostbite. At the Canada Day "
        "celebrations in Shipyards Park we ran two first aid posts for 11 hours. The Klondike Road Relay on "
        "6–7 September 2024 needed an overnight team of 12 along the South Klondike Highway between Skagway and "
        "Whitehorse.")
    d.add_heading("Training", level=1)
    d.add_paragraph(
        "Our training team ran 118 courses during the year, 96 of them in Whitehorse and 22 in communities "
        "including Haines Junction, Carmacks and Watson Lake. Standard First Aid with CPR Level C remained the most "
        "popular course, with 874 participants. Ruth Sidney, our Training Officer, certified three new instructors, "
        "bringing the division to 11 active instructors. A new Wilderness First Aid course of 20 hours was piloted in "
        "March 2025 with 14 participants from outfitters and guiding companies.")
    d.add_heading("Community programs", level=1)
    d.add_paragraph(
        "The Therapy Dog program, led by volunteer coordinator Jean-Luc Martel, now visits Whistle Bend Place, "
        "Copper Ridge Place and six elementary schools. Our volunteers also staffed a first aid information booth "
        "at the Fireweed Community Market every Thursday from June to August, talking to more than 1,500 residents "
        "about CPR and naloxone.")
    d.add_heading("Finances", level=1)
    d.add_paragraph(
        "Income for 2024–25 was $184,300 (2023–24: $151,900), made up of course fees of $96,700, grants of "
        "$52,000, donations of $21,400 and event duty fees of $14,200. Expenditure was $171,950, leaving a surplus "
        "of $12,350 that the committee has set aside for replacing radios. Full accounts, reviewed by Northern "
        "Lights CPA, are filed with the Canada Revenue Agency.")
    d.add_heading("Officers for 2025–26", level=1)
    for s in [
        "Chair: Gordon MacLeish",
        "Division Superintendent: Priya Anand",
        "Treasurer: Louise Carmichael",
        "Secretary: Daniel Whitecrow",
        "Training Officer: Ruth Sidney",
        "Medical Adviser: Dr. Samuel Kovacs",
        "Youth Cadet Leader: Megan Tremblay",
    ]:
        d.add_paragraph(s)
    d.add_heading("Looking ahead", level=1)
    d.add_paragraph(
        "In 2025–26 we aim to reach 65 active volunteers, cover the 2026 Arctic Winter Games test events, and "
        "open a second training room. We will also ask the Yukon Council to help us buy a tracked utility vehicle "
        "for winter trail events, at an estimated cost of $34,000. Our annual general meeting will be held on 14 June 2025 at 7 pm at the "
        "division hall, 208 Main Street, Whitehorse, YT Y1A 2B5. Questions: whitehorse@sja-yukon.ca or "
        "867-668-5001.")
    d.save(os.path.join(OUT, "whitehorse_st_john_2024_25.docx"))


# ---------------------------------------------------------------- 5. Hobart donor FAQ (md)
HOBART_MD = """# Hobart Blood & Plasma Donor Centre — Donor FAQ (2025 edition)

Southern Tasmania Blood Service · Level 1, 48 Liverpool Street, Hobart TAS 7000 · Phone 03 6208 4150

Every week the Hobart centre needs about 310 donations to keep Tasmanian hospitals supplied. In 2024 the centre collected 14,820 donations, of which 9,310 were plasma. This FAQ answers the questions our front desk hears most.

## Who can donate

### How old do I have to be
You can donate from your 18th birthday up to your 76th birthday. First-time donors must be aged 18 to 70; after that you can keep donating until 75 as long as you stay well.

### Is there a minimum weight
Yes. You must weigh at least 50 kg. Donors aged 18 to 20 must also meet a height and weight check at their first visit, because young, light donors are more likely to faint.

### What haemoglobin level is needed
We check a finger-prick sample before every donation. The minimum is 130 g/L for men and 120 g/L for women.

### I just got a tattoo, can I still donate
Yes, if it was done at a licensed studio in Australia and at least 7 days have passed. For a tattoo or piercing done overseas the waiting time is 4 months.

### I travelled to a malaria area
Wait 4 months after you return before giving whole blood. Plasma can usually be donated straight away, so tell staff where you went.

## Donation types and intervals

### How often can I give whole blood
Whole blood can be given every 12 weeks (84 days). We collect about 470 mL each time.

### How often can I give plasma
Plasma can be given as often as every 2 weeks (14 days). A plasma donation takes about 45 minutes in the chair, and we collect up to 800 mL depending on your weight.

### And platelets
Platelet donations are taken by appointment only on Tuesdays and Thursdays, and you can donate every 4 weeks.

### Do I get paid
No. All donations in Australia are voluntary and unpaid. You will get a drink, a snack and our thanks, and every 25th donation earns a certificate and badge.

### Can I donate if I take medication
Most common medicines are fine, including blood pressure tablets, the contraceptive pill and most antidepressants. If you have taken antibiotics, wait until 7 days after the last dose. Bring a list of your medicines to the interview.

### What happens to my plasma
Plasma is sent to the fractionation plant in Melbourne, where it is made into 18 different products such as immunoglobulins and albumin. One plasma donation can help up to 18 people.

### How long does a visit take
Allow about 1 hour for a whole blood visit and 1 hour 30 minutes for plasma, including the interview and time for a drink and snack afterwards.

## Opening hours

| Day | Hours |
| --- | --- |
| Monday | 8:00–15:30 |
| Tuesday | 11:00–19:00 |
| Wednesday | 8:00–15:30 |
| Thursday | 11:00–19:00 |
| Friday | 8:00–14:00 |
| Saturday | 7:30–12:30 |
| Sunday | Closed |
| Public holidays | Closed |

The mobile donor van visits Huonville every second Wednesday and Sorell on the last Friday of each month.

## Before and after

### What should I do before donating
Drink 750 mL of water in the 3 hours before your appointment, eat a salty snack, and get a good night's sleep. Bring photo ID on your first visit.

### Can I drive or exercise afterwards
You can drive straight home, but avoid heavy exercise, hot showers and alcohol for the rest of the day. Pilots and bus drivers must wait 12 hours before going back on duty.

### Where do I park
The Centrepoint car park on Murray Street is next door. Ask reception to validate your ticket for 2 hours of free parking.

## Contact

Bookings and questions: phone 03 6208 4150 (Monday to Friday 8:00–17:00) or book online. For cancellations on the day, text 0400 117 482. Group bookings for workplaces of 10 or more donors are handled by our community liaison officer, Aroha Bennett.
"""


def hobart_md():
    with open(os.path.join(OUT, "hobart_donor_faq_2025.md"), "w", encoding="utf-8") as f:
        f.write(HOBART_MD)


# ---------------------------------------------------------------- 6. Taoyuan zh-hant docx
def taoyuan_docx():
    d = docx.Document()
    d.styles["Normal"].font.size = Pt(11)
    d.add_paragraph("桃園市紅十字會114年度（2025年）社區防災演練暨防災志工招募公告", style="Title")
    d.add_paragraph("發文日期：中華民國114年2月5日（2025年2月5日）　發文字號：桃紅字第1140000215號")
    d.add_heading("一、緣起", level=1)
    d.add_paragraph(
        "為落實「韌性社區」政策並提升市民面對地震、颱風及水災之應變能力，本會依據「114年度桃園市災害防救深耕計畫」，"
        "結合各區公所、消防局及在地學校，於114年3月至9月辦理社區防災演練共5場，並同步招募「紅十字防災志工」。"
        "目前本會登錄防災志工312名，分屬13個區服務隊，本年度預計新招募150名。"
        "演練情境以芮氏規模6.8之地震及其引發之停電、道路中斷為主，內容包括避難疏散、簡易搜救、傷患檢傷分類及收容站開設。")
    d.add_heading("二、演練場次", level=1)
    rows = [
        ("場次", "日期", "地點", "名額"),
        ("第1場", "114年3月22日（2025/3/22）", "中壢區新街國小禮堂", "120名"),
        ("第2場", "114年4月19日（2025/4/19）", "桃園區桃園巨蛋體育館前廣場", "150名"),
        ("第3場", "114年5月17日（2025/5/17）", "大溪區大溪河濱公園", "80名"),
        ("第4場", "114年6月14日（2025/6/14）", "龜山區龜山國民運動中心", "100名"),
        ("第5場", "114年9月20日（2025/9/20）", "觀音區觀音區公所前廣場", "60名"),
    ]
    t = d.add_table(rows=len(rows), cols=4)
    t.style = "Table Grid"
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            t.cell(i, j).text = v
    d.add_paragraph("各場次演練時間均為上午9:00至下午4:00，中午提供便當；第3場如遇颱風或豪雨，順延至114年5月24日。")
    d.add_heading("演練流程", level=1)
    d.add_paragraph(
        "每場演練分為三個階段：上午9:00至11:30進行「防災知識講座」與「避難包整備」實作；中午休息；"
        "下午1:00至3:30進行地震避難疏散、簡易搜救及檢傷分類實兵演練；3:30至4:00檢討講評。"
        "每場由本會救護教練至少6名擔任指導，並由桃園市政府消防局派員協助評核。")
    d.add_heading("三、報名資格", level=1)
    for s in [
        "年滿18至65歲，設籍或就業、就學於桃園市者；16歲以上未滿18歲者須檢附家長同意書。",
        "身心健康，能配合全程參與演練（約7小時）。",
        "報名防災志工者須於報名後3個月內完成本會「基礎救護訓練」8小時課程。",
        "錄取之防災志工每年應服務至少24小時，並參加年度複訓1次。",
    ]:
        d.add_paragraph(s, style="List Number")
    d.add_heading("四、報名方式及期間", level=1)
    d.add_paragraph(
        "自114年2月10日（星期一）上午9時起至114年3月10日下午5時止，請至本會官方網站填寫線上表單，"
        "或親至本會一樓服務台填寫紙本報名表。各場次額滿即截止，錄取名單於演練前7日以簡訊通知。")
    d.add_heading("五、權益與保障", level=1)
    d.add_paragraph(
        "參加者由本會投保意外險，每人保額新臺幣300萬元、意外醫療10萬元；每場發給交通補助新臺幣500元。"
        "另為身心障礙者及65歲以上長者保留每場10個名額，並安排手語翻譯員2名。全程參與者可登錄志願服務時數7小時，並獲頒「防災小尖兵」結業證明。表現優良之防災志工將推薦參加"
        "115年（2026年）全國紅十字防災志工績優表揚。")
    d.add_heading("六、注意事項", level=1)
    for s in [
        "請穿著輕便服裝及運動鞋，自備水壺、帽子及個人藥品。",
        "演練期間將模擬停電及煙霧情境，患有氣喘或心臟疾病者請事先告知工作人員。",
        "如遇天然災害停止上班上課，當日演練取消，另行公告補辦日期。",
        "報名後如無法參加，請於演練前3日來電取消，以利候補人員遞補；無故缺席2次者，次年度不予錄取。",
    ]:
        d.add_paragraph(s, style="List Bullet")
    d.add_paragraph(
        "本會自民國38年在桃園成立以來，長期投入防災救護工作。113年（2024年）全年共辦理防災演練4場、"
        "參與市民386人次，今年場次及名額均擴大辦理，總名額達510名，歡迎市民踴躍報名。")
    d.add_heading("聯絡資訊", level=1)
    d.add_paragraph("承辦人：賑災組 陳怡君 組長")
    d.add_paragraph("電話：(03)332-6815 分機213　傳真：(03)332-6820")
    d.add_paragraph("地址：桃園市桃園區民生路396號3樓（桃園市紅十字會）")
    d.add_paragraph("電子郵件：drill2025@tyredcross.org.tw")
    d.add_paragraph("桃園市紅十字會 會長 林國棟　敬啟")
    d.save(os.path.join(OUT, "taoyuan_drill_2025.docx"))


if __name__ == "__main__":
    henan_html()
    henan_txt()
    tonglu_pdf()
    whitehorse_docx()
    hobart_md()
    taoyuan_docx()
    print("wrote", sorted(os.listdir(OUT)))
