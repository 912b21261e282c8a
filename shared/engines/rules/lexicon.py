"""Built-in bilingual business vocabulary: concept groups of Chinese and English words that mean the same.

A column named `amount` is also reachable as 金额/销售额/revenue; a column named 月薪 as "monthly salary".
One group per line, words separated by `|`; English in lower case, singular. Plain data, no I/O.
"""

from __future__ import annotations

from functools import lru_cache

CONCEPTS = """
amount|sales amount|sale amount|sales|sale|revenue|turnover|gmv|order amount|金额|销售额|销售金额|营收|收入|营业额|成交额|交易额|订单金额|单笔金额|销售
total amount|total|总额|总金额
price|unit price|单价|价格|售价|价钱
cost|费用|成本|花费|开销
charge|收费|费用
profit|margin|利润|毛利|盈利
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
level|tier|grade|rank|等级|级别|职级|档次
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
employee|staff|worker|personnel|员工|职员|雇员|人员
employee id|staff id|工号|员工编号
name|名字|姓名|名称|叫什么
first name|名|名字
last name|surname|family name|姓|姓氏
middle name|中间名
department|dept|division|部门|科室
salary|pay|wage|compensation|薪水|工资|薪资|薪酬|收入
monthly salary|monthly pay|月薪|月工资
annual salary|年薪
hire date|join date|onboarding date|hired|joined|入职日期|入职时间|入职
left|leave|resigned|quit|turnover|departed|离职|已离职|辞职
active|current|employed|在职|目前在职
age|年龄|岁|岁数
gender|sex|性别
female|woman|women|girl|女|女性|女生|女士
male|man|men|boy|男|男性|男生|男士
performance|绩效|表现
score|rating|评分|分数|得分|打分
performance score|performance rating|绩效评分|绩效分数|绩效得分
position|title|job title|职位|岗位|职务
manager|经理|主管
team|团队|小组
project|项目
duration|length|时长|时间长度|耗时
overtime|加班
hour|小时|工时
year|年|年份|年度
month|月|月份
quarter|季度
week|周|星期
status|state|状态
id|编号|ID|代码|code
code|代码|编码|代号
description|desc|描述|说明|介绍
detail|details|详情|细节|其他细节
phone|telephone|电话|联系电话
cell phone|mobile|mobile phone|cell|cell mobile number|手机|手机号|手机号码
home phone|家庭电话|住宅电话
email|email address|e-mail|mail|邮箱|电子邮件|电子邮箱|邮件
address|地址|住址
street|街道|街
zip|zip code|postcode|zip postcode|postal code|邮编|邮政编码
line 1|第一行|地址第一行
line 2|第二行|地址第二行
weight|重量|体重|分量
height|身高|高度
size|尺寸|大小|规模
pet|宠物
pet type|宠物类型|宠物种类
dog|狗|犬
cat|猫
owner|主人|所有者|拥有者
breed|品种
treatment|治疗|诊疗
professional|专家|专业人员|专业人士
teacher|老师|教师
hometown|home town|家乡|籍贯|故乡
course|课程|科目
student|学生
high schooler|highschooler|high school student|高中生|中学生
grade|年级|成绩等级
friend|朋友|好友
like|likes|喜欢|点赞
visitor|guest|游客|访客|参观者
museum|博物馆
ticket|票|门票|票数
visit|访问|游玩|参观
open year|opening year|开放年份|开业年份|开馆年份
battle|战斗|战役
ship|船|舰船|船只
tonnage|吨位
death|死亡
killed|death toll|kill|死亡人数|死亡|遇难
injured|injury|injuries|受伤|受伤人数
result|结果
commander|指挥官
note|备注|注释
population|people|人口|人口数
surface area|area|面积|表面积|国土面积
life expectancy|expected life|预期寿命|寿命|平均寿命
government form|form of government|government|政府形式|政体|政府
head of state|leader|国家元首|领导人|元首
independence year|indep year|independent|独立年份|独立|独立年
gnp|gdp|国民生产总值|生产总值
language|语言|语种
official|官方|正式
percentage|percent|share|ratio|比例|百分比|占比|份额|比率
conductor|指挥|指挥家
orchestra|管弦乐队|乐队|乐团
record company|唱片公司
record format|major record format|唱片格式|记录格式
nationality|国籍
performance|演出|表演
show|演出|节目|表演
attendance|出席|出席率|出席人数|观众人数
year of work|years of work|working year|工作年限|工龄|工作年数
year of founded|founded year|year founded|成立年份|创立年份|建立年份
property|房产|物业
feature|特性|特征|功能
transcript|成绩单
enrollment|enrolment|注册|选课
section|章节|部分|节
degree|学位
degree program|学位项目|学位课程
semester|学期
registered|register|注册
graduate|毕业
rate|率|比率
count|number|数量|数目|个数|次数
visit count|访问次数
user|用户
account|账户|账号
payment|付款|支付
invoice|发票
contract|合同
company|公司|企业
industry|行业
sector|板块|部门
school|学校
class|班级|班
exam|考试
score|成绩
hospital|医院
doctor|医生
patient|病人|患者
flight|航班
airport|机场
airline|航空公司
car|汽车|车辆
model|型号|模型
color|colour|颜色
match|比赛
player|球员|选手
stadium|体育场|球场
song|歌曲
singer|歌手
album|专辑
movie|film|电影
book|书|图书
author|作者
publisher|出版社
ticket resolution time|resolution time|处理时长|解决时长
ticket|工单
""".strip()

# Words for aggregates, dimensions, ranking and the like, used by the parser.
AGG_WORDS: dict[str, tuple[str, ...]] = {
    "sum": ("总计", "合计", "总和", "总共", "一共", "累计", "共计", "总", "sum of", "sum", "total", "combined",
            "altogether", "in total", "overall", "together"),
    "avg": ("平均值", "平均数", "平均", "均值", "人均", "average", "avg", "mean", "on average"),
    "max": ("最大值", "最大", "最高", "最多", "最长", "最贵", "最重", "最老", "最晚", "最近", "maximum", "max", "highest",
            "largest", "biggest", "greatest", "most", "longest", "oldest", "latest", "heaviest", "most expensive"),
    "min": ("最小值", "最小", "最低", "最少", "最短", "最便宜", "最轻", "最年轻", "最早", "minimum", "min", "lowest",
            "smallest", "least", "fewest", "shortest", "youngest", "earliest", "lightest", "cheapest"),
    "median": ("中位数", "median"),
}
