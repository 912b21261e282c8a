# ruff: noqa: E501
"""A small bilingual dictionary of common proper nouns and category words, to link translated values.

A person asking "“巴西”的人口" about a table whose `Name` column holds 'Brazil' means that row; the same
for 亚洲/Asia, 英语/English, 男/M, 是/yes. Only values that really occur in the profiled data are ever
linked (linking looks each profiled value up here), so the dictionary can never invent a filter value.
One group per line, English first (lower case), Chinese names after it; plain data, no I/O.
"""

from __future__ import annotations

from functools import lru_cache

NAMES = """
asia|亚洲
europe|欧洲
africa|非洲
north america|北美洲|北美
south america|南美洲|南美
oceania|大洋洲
antarctica|南极洲|南极
caribbean|加勒比|加勒比海|加勒比地区
central africa|中非|中部非洲|非洲中部
eastern africa|东非|东部非洲
western africa|西非|西部非洲
northern africa|北非
southern africa|南部非洲
middle east|中东
southeast asia|东南亚
eastern asia|东亚
western europe|西欧
eastern europe|东欧
southern europe|南欧
central america|中美洲
polynesia|波利尼西亚
melanesia|美拉尼西亚
micronesia|密克罗尼西亚
china|中国
japan|日本
korea|韩国
south korea|韩国|南韩
north korea|朝鲜|北韩
india|印度
indonesia|印度尼西亚|印尼
pakistan|巴基斯坦
bangladesh|孟加拉国|孟加拉
vietnam|越南
thailand|泰国
malaysia|马来西亚
singapore|新加坡
philippines|菲律宾
afghanistan|阿富汗
iran|伊朗
iraq|伊拉克
israel|以色列
saudi arabia|沙特阿拉伯|沙特
turkey|土耳其
united arab emirates|阿联酋|阿拉伯联合酋长国
kazakhstan|哈萨克斯坦
mongolia|蒙古
nepal|尼泊尔
sri lanka|斯里兰卡
myanmar|缅甸
cambodia|柬埔寨
laos|老挝
taiwan|台湾
hong kong|香港
macao|澳门
macau|澳门
united states|美国|美利坚合众国
usa|美国
us|美国
america|美国
canada|加拿大
mexico|墨西哥
brazil|巴西
argentina|阿根廷
chile|智利
peru|秘鲁
colombia|哥伦比亚
venezuela|委内瑞拉
cuba|古巴
jamaica|牙买加
united kingdom|英国|联合王国
uk|英国
england|英格兰|英国
scotland|苏格兰
ireland|爱尔兰
france|法国
germany|德国
italy|意大利
spain|西班牙
portugal|葡萄牙
netherlands|荷兰
belgium|比利时
switzerland|瑞士
austria|奥地利
sweden|瑞典
norway|挪威
denmark|丹麦
finland|芬兰
iceland|冰岛
poland|波兰
russia|俄罗斯
russian federation|俄罗斯|俄罗斯联邦
ukraine|乌克兰
greece|希腊
hungary|匈牙利
czech republic|捷克
romania|罗马尼亚
bulgaria|保加利亚
serbia|塞尔维亚
croatia|克罗地亚
egypt|埃及
nigeria|尼日利亚
south africa|南非
kenya|肯尼亚
ethiopia|埃塞俄比亚
morocco|摩洛哥
algeria|阿尔及利亚
angola|安哥拉
ghana|加纳
tanzania|坦桑尼亚
sudan|苏丹
anguilla|安圭拉
aruba|阿鲁巴
australia|澳大利亚|澳洲
new zealand|新西兰
fiji|斐济
beijing|北京
shanghai|上海
guangzhou|广州
shenzhen|深圳
tokyo|东京
seoul|首尔
london|伦敦
paris|巴黎
berlin|柏林
rome|罗马
madrid|马德里
moscow|莫斯科
new york|纽约
los angeles|洛杉矶
chicago|芝加哥
san francisco|旧金山
boston|波士顿
washington|华盛顿
toronto|多伦多
sydney|悉尼
kabul|喀布尔
amsterdam|阿姆斯特丹
rotterdam|鹿特丹
california|加利福尼亚|加州
texas|得克萨斯|德州
new york state|纽约州
florida|佛罗里达
hawaii|夏威夷
alaska|阿拉斯加
wisconsin|威斯康星
virginia|弗吉尼亚
north carolina|北卡罗来纳
english|英语|英文
chinese|汉语|中文|华语
mandarin|普通话
french|法语|法文
german|德语|德文
spanish|西班牙语|西班牙文
portuguese|葡萄牙语
italian|意大利语
japanese|日语|日文
korean|韩语|朝鲜语
russian|俄语
arabic|阿拉伯语
dutch|荷兰语
hindi|印地语
swedish|瑞典语
greek|希腊语
turkish|土耳其语
latin|拉丁语
large|大|大型|大号
medium|中|中型|中号
small|小|小型|小号
male|男|男性|男生|男士|men|man|boys|boy
female|女|女性|女生|女士|women|woman|girls|girl
m|男|男性|男士|male|men|man|boys|boy
f|女|女性|女士|female|women|woman|girls|girl
yes|是|有
no|否|无|没有
y|是
n|否
true|是|真
false|否|假
east|东|东部
west|西|西部
north|北|北部
south|南|南部
central|中部|中央
red|红|红色
blue|蓝|蓝色
green|绿|绿色
black|黑|黑色
white|白|白色
yellow|黄|黄色
monday|周一|星期一
tuesday|周二|星期二
wednesday|周三|星期三
thursday|周四|星期四
friday|周五|星期五
saturday|周六|星期六
sunday|周日|星期日|星期天
active|活跃|有效|正常
inactive|不活跃|无效
pending|待处理|处理中|待定
completed|已完成|完成
cancelled|已取消|取消
canceled|已取消|取消
paid|已支付|已付款
unpaid|未支付|未付款
open|打开|开放|未关闭
closed|关闭|已关闭
new|新|新的
gold|金卡|黄金|金牌
silver|银卡|白银|银牌
bronze|铜牌
platinum|白金
vip|vip|贵宾
normal|普通
""".strip()


@lru_cache(maxsize=1)
def name_table() -> dict[str, list[str]]:
    """Lower-case name -> its names in the other language (both directions)."""
    out: dict[str, list[str]] = {}
    for line in NAMES.splitlines():
        words = [w.strip() for w in line.split("|") if w.strip()]
        for w in words:
            out.setdefault(w.lower(), [])
            for other in words:
                if other.lower() != w.lower() and other not in out[w.lower()]:
                    out[w.lower()].append(other)
    return out


def other_names(value: str) -> list[str]:
    """The dictionary's other-language names of a data value ('Brazil' -> ['巴西'])."""
    return name_table().get(value.strip().lower(), [])
