# ruff: noqa: E501
"""Built-in bilingual business vocabulary: concept groups of Chinese and English words that mean the same.

A column named `amount` is also reachable as 金额/销售额/revenue; a column named 月薪 as "monthly salary".
One group per line, words separated by `|`; English in lower case, singular. The structural keywords
are data in keywords.json.

Only general business words live here (money, quantity, time, customer, product, region, employee,
order, status, contact details, ...). A database's own words are not memorised: they come from the
CC-CEDICT dictionary (`bilingual.py`) or from the datasource's semantic layer (synonyms a person adds).
"""

from __future__ import annotations

import json
from importlib import resources

CONCEPTS = """
amount|sales amount|sale amount|sales|sale|revenue|turnover|gmv|order amount|金额|销售额|销售金额|营收|收入|营业额|成交额|交易额|订单金额|单笔金额|销售
total amount|total|总额|总金额
price|unit price|单价|价格|售价|价钱
cost|费用|成本|花费|开销
charge|收费|费用
monthly charge|monthly fee|monthly bill|月费|月租|月租费|月度费用|每月费用
total charge|total fee|累计费用|累计收费|总费用|总收费
profit|margin|利润|毛利|盈利
earnings|earning|income|收入|收益
quantity|qty|volume|units|sales volume|unit sold|数量|销量|件数|个数
discount|折扣|优惠
order|订单|单|下单|笔
order date|订单日期|下单日期|下单时间|订单时间
date|日期|时间|day|日
delivery|shipping|shipment|配送|发货|物流|送货|运送
delivery day|delivery time|shipping day|shipping time|配送天数|配送时间|配送时长|送货天数|发货天数
day|天数|天
returned|return|refund|refunded|退货|退款|退单|已退货
customer|client|buyer|客户|顾客|买家|用户
customer level|customer tier|membership level|客户等级|客户级别|会员等级|客户类型
level|tier|grade|rank|等级|级别|职级|档次|评级
membership|member|会员
province|state|省份|省|州
city|town|城市|市
region|area|地区|区域|大区|片区
district|区|区县|地区
country|nation|国家|国
continent|大陆|大洲|洲
channel|sales channel|渠道|销售渠道|平台
category|product category|type|kind|类别|品类|类目|分类|种类|类型
product|item|goods|commodity|产品|商品|货品|物品
product name|产品名称|商品名称
store|shop|门店|店铺|商店
brand|品牌
inventory|stock|库存|存货
supplier|vendor|供应商
warehouse|depot|仓库|库房
freight|freight cost|shipping cost|shipping fee|运费|运输费|运输费用
employee|staff|worker|personnel|员工|职员|雇员|人员|工作人员
employee id|staff id|工号|员工编号
name|名字|姓名|名称|叫什么
first name|名|名字
last name|surname|family name|姓|姓氏
middle name|中间名
department|dept|division|部门|科室
salary|pay|wage|compensation|薪水|工资|薪资|薪酬|收入
monthly salary|monthly pay|monthly income|月薪|月工资|月收入
annual salary|年薪
hourly wage|hourly pay|hourly rate|hourly earnings|earn per hour|earning per hour|pay per hour|paid per hour|时薪|小时工资
promotion|promoted|晋升|升职
tenure|year at company|years at company|司龄
hire date|join date|onboarding date|hired|joined|入职日期|入职时间|入职
left|leave|leaver|resigned|quit|departed|left the company|attrition|离职|已离职|辞职
active|current|employed|在职|目前在职
age|aged|年龄|岁|岁数
senior citizen|senior|elderly|老年|老年人|老人|长者
gender|sex|性别
marital status|婚姻状况|婚姻状态
education|education level|学历|教育程度|文化程度
year of education|year of schooling|受教育年限|教育年限|受教育年数
female|woman|women|girl|女|女性|女生|女士
male|man|men|boy|男|男性|男生|男士
performance|绩效|表现
score|rating|评分|分数|得分|打分
performance score|performance rating|绩效评分|绩效分数|绩效得分
position|title|job title|job role|职位|岗位|职务
manager|经理|主管|负责人
team|团队|小组
project|项目
duration|length|时长|时间长度|耗时|长度
overtime|加班
hour|小时|工时
year|年|年份|年度
month|月|月份
quarter|季度
week|周|星期
weekday|day of the week|day of week|星期几|周几
status|state|状态
id|编号|ID|代码|code
code|代码|编码|代号
description|desc|描述|说明|介绍
detail|details|详情|细节|其他细节
phone|telephone|phone number|telephone number|电话|联系电话|电话号码
cell phone|mobile|mobile phone|cell|cell mobile number|mobile number|cell number|mobile phone number|cell phone number|手机|手机号|手机号码
home phone|家庭电话|住宅电话
email|email address|e-mail|mail|邮箱|电子邮件|电子邮箱|邮件
address|地址|住址
current address|当前地址|现住址|现居地址|现在的地址|目前地址
permanent address|永久地址|常住地址|户籍地址
street|街道|街
zip|zip code|postcode|zip postcode|postal code|邮编|邮政编码
line 1|第一行|地址第一行
line 2|第二行|地址第二行
weight|重量|体重|分量
height|altitude|身高|高度
size|尺寸|大小|规模
result|结果
note|备注|注释
percentage|percent|share|ratio|比例|百分比|占比|份额|比率
year of work|years of work|working year|year of experience|years of experience|work experience|工作年限|工龄|工作年数
year of founded|founded year|year founded|成立年份|创立年份|建立年份
rate|率|比率
count|number|num|数量|数目|个数|次数|人数
open|opening|开放|开业|开馆|开张
staff|employee|员工|职员|工作人员|雇员
user|用户
account|账户|账号
payment|付款|支付
invoice|发票
contract|合同
company|公司|企业
industry|行业
sector|板块|部门|行业
score|成绩
ticket resolution time|resolution time|处理时长|解决时长
ticket|support ticket|工单
gross profit|gross margin|毛利|毛利润|毛利额
salesperson|salespeople|sales rep|sales representative|seller|sales staff|销售员|销售人员|业务员|导购|销售代表
payment method|payment type|pay method|支付方式|付款方式|支付渠道
member|membership|会员
plan|subscription plan|pricing plan|套餐|方案|订阅套餐|订阅计划
churned|churn|churned customer|流失|已流失|流失客户
priority|优先级|紧急程度
resolution|resolve|resolved|解决|处理|已解决
hour|hours|小时|时长
satisfaction|csat|满意度|满意
agent|support agent|客服|客服人员|坐席
urgent|紧急|加急
escalated|escalation|escalate|升级|已升级
seat|座位|席位
account manager|客户经理|客户负责人
signup|sign up|signed up|sign-up|注册|签约|新签约
title|job title|职称|头衔
title|标题|题目
salary|pay|paid|工资|薪水
store|shop|门店|店|店铺
full name|fullname|全名|全称
rank|ranking|排名|名次|排行
birth date|date of birth|birthday|dob|born|出生日期|生日|出生
birth place|birthplace|place of birth|出生地|出生地点
people|person|人们|个人|人物
content|内容
version|version number|版本|版本号
bonus|奖金|红利|奖励
number of products|num of products|product count|产品数量|商品数量|产品数
manager name|manager|经理姓名|经理名字|经理|店长
start from|start year|开始时间|起始时间|开始年份
full time|full-time|全职
shop|store|商店|店铺|门店
location|位置|地点|所在地
capacity|容量|容纳人数|座位数|可容纳人数
minute|minutes|分钟|时长
state|州
country code|国家代码
first name|名字|名
last name|姓|姓氏
founded|founded year|成立|创立|建立
city|城市|市
""".strip()

# Nouns of a table's rows in both languages: a table named for them is reached by every word of the
# group (成交 for a `sales` table). Tables only: a column named sales (a count of them) is no deal.
TABLE_CONCEPTS = """
sale|deal|transaction|成交|交易
""".strip()

# Words that mean "the flag is off" for a flag column named after the opposite word.
ANTONYMS: dict[str, str] = {
    "在职": "离职",
    "目前在职": "离职",
    "在岗": "离职",
    "active": "left",
    "current employee": "left",
    "still employed": "left",
    "stayed": "left",
    "stayer": "left",
    "留下来": "离职",
    "留任": "离职",
    "未离职": "离职",
    "未退货": "退货",
    "没有退货": "退货",
    "not returned": "returned",
    "kept": "returned",
    "non-returned": "returned",
    "未婚": "已婚",
    "离线": "在线",
    "offline": "online",
    "inactive": "active",
}

# Structural keywords (tag -> phrases): aggregates, superlatives, comparators, grouping, ordering, time
# words, ... in both languages; the parser reads tags, never raw words. Data in keywords.json (one list
# per tag), read once at import.
KEYWORDS: dict[str, tuple[str, ...]] = {
    tag: tuple(words)
    for tag, words in json.loads(
        (resources.files("shared.semantic.vocabulary") / "keywords.json").read_text("utf-8")
    ).items()
}


IMPLIED_COLUMNS: dict[str, tuple[str, ...]] = {
    "age": (
        "youngest",
        "oldest",
        "最年轻",
        "最老",
        "年龄最大",
        "年龄最小",
        "older",
        "younger",
        "年长",
        "年轻",
        "old",
        "young",
        "岁",
        "几岁",
        "多少岁",
        "多大年纪",
        "多大岁数",
        "how old",
        "what age",
    ),
    "weight": (
        "heaviest",
        "lightest",
        "heavier",
        "lighter",
        "最重",
        "最轻",
        "重",
        "轻",
        "weigh",
        "heavy",
        "有多重",
        "多重",
        "how heavy",
    ),
    "height": ("多高", "有多高", "how tall", "tallest", "shortest", "最高", "最矮", "矮", "taller"),
    # English dimension adjectives and the noun each measures (deep -> depth, wide -> width)
    "depth": ("deepest", "shallowest", "deeper", "shallower", "how deep"),
    "width": ("widest", "narrowest", "wider", "narrower", "how wide"),
    "price|cost|amount|charge": (
        "most expensive",
        "多贵",
        "cheapest",
        "最贵",
        "最便宜",
        "贵",
        "便宜",
        "元",
        "块",
        "expensive",
        "cheap",
        "cost",
        "pay",
        "spend",
        "spent",
        "yuan",
        "dollar",
        "$",
    ),
    "date|time": (
        "most recent",
        "most recently",
        "latest",
        "earliest",
        "最近",
        "最新",
        "最早",
        "最晚",
        "最后",
        "最后一个",
        "最后一份",
        "最后一位",
        "最后一次",
        "第一个",
        "第一份",
        "第一位",
        "第一次",
        "recent",
        "first",
        "last",
        "newest",
    ),
    "area|size|surface area": ("largest", "biggest", "smallest", "最大", "最小", "large", "big", "small"),
    "population": (
        "most populated",
        "populous",
        "least populated",
        "most people",
        "人口最多",
        "人口最少",
        "people",
    ),
    "day|duration|length|delivery day": ("天", "days", "day", "longest", "shortest", "最长", "最短"),
    "quantity|qty|销量|数量": ("件", "多少件", "几件", "units", "pieces"),
    # one-character abbreviations after an aggregate: 平均分 / 平均价 / 平均龄 / 平均薪
    "score|grade|成绩|分数|得分|评分": ("分",),
    "price|unit price|单价|价格": ("价",),
    "age|年龄": ("龄",),
    "salary|月薪|工资|薪资": ("薪",),
}
