"""Chinese surnames: the common ones, written simplified and traditional, and the double ones (欧阳, 司马).

The one list both sides read: the loaders see a post and a person's name on a line by it (会长　张文雄,
:mod:`.when_who`), without a dictionary, so only common surnames, that seldom open a word of a post's line (会长　致辞
is a speech, no speaker); the answers (``index.answering.entities``) read a name the tagger misses by it, and add
the rarer surnames CC-CEDICT lists. A plain module with no imports: the loaders must not import the answering side.
"""
from __future__ import annotations

# one character each, simplified and traditional forms side by side (张張, 陈陳)
SURNAMES = (
            "王李张張刘劉陈陳杨楊黄黃赵趙吴吳周徐孙孫马馬朱胡郭何高林罗羅郑鄭梁谢謝宋唐许許韩韓冯馮邓鄧曹彭曾肖蕭田董袁潘于蒋蔣蔡余杜叶葉程苏蘇魏吕呂丁任沈姚卢盧姜崔钟鍾谭譚陆陸汪范金石廖贾賈夏韦韋付傅方白邹鄒孟熊"
            "秦邱江尹薛闫閆段雷侯龙龍史陶黎贺賀顾顧毛郝龚龔邵万萬钱錢严嚴覃武戴莫孔向汤湯常温溫康施文牛樊葛邢安齐齊易乔喬伍庞龐颜顏倪庄莊聂聶章鲁魯岳翟殷詹申欧歐耿关關兰蘭焦俞左柳甘祝包宁寧尚符舒阮柯纪紀梅童凌毕畢"
            "单單季裴霍涂成苗谷盛曲翁冉骆駱蓝藍路游辛靳管柴蒙鲍鮑华華喻祁蒲房滕屈饶饒解牟艾尤阳陽穆农農司卓古吉缪繆简簡车車项項连連芦蘆麦麥褚娄婁窦竇戚岑景党宫宮费費卜冷晏席卫衛米柏宗瞿桂佟应應臧闵閔苟邬鄔边邊卞姬"
            "师師仇栾欒隋商刁沙荣榮巫寇桑郎甄丛叢仲虞敖巩鞏佘池查麻苑迟遲邝鄺官封谈談匡鞠惠荆荊乐樂冀郁胥班储儲原栗燕楚鄢劳勞谌諶奚皮粟冼蔺藺楼樓闻聞厉厲伊仝区區郜阚闞权權强強帅帥屠豆朴盖蓋练練廉禹井祖漆巴丰豐支卿"
            "狄计計索宣晋晉云雲容敬扈晁芮普阙闕浦戈鹿薄邸雍辜羊乌烏裘亓修邰赫杭况況宿鲜鮮逯隆茹诸諸战戰慕危银銀嵇湛宾賓戎茅揭尉斯束檀衣展阴陰昝幸奉衡富尧堯"
)
# two characters each, simplified and traditional
DOUBLE_SURNAMES = ("欧阳", "歐陽", "司马", "司馬", "诸葛", "諸葛", "上官", "东方", "東方", "令狐")
