"""Write questions.jsonl of the hr_attrition question set (hand-written, blind: the engine was not run on them
before they were committed, and its code was not read).

Real data: hr_attrition.csv (make_data.py): IBM's HR analytics sample of 1,470 employees (modeldata's
`attrition`), one row per employee, English headers, values as in the source (`Yes`/`No`, `Sales`,
`Research_Development`, `Sales_Executive`, `Travel_Frequently`, `Very_High`, ...). No time column: questions
about periods are unanswerable. "Left" / 离职 is attrition = 'Yes'; an attrition rate / 离职率 is the share
of a group's employees with attrition = 'Yes' (a ratio, tagged `pct`).
python3 make_questions.py
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from questionset import bilingual_questions, write_questions  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = "hr_attrition.csv"
T = "hr_attrition"
CV = ["cross_lingual_value"]
RATE = "SUM(CASE WHEN attrition = 'Yes' THEN 1 ELSE 0 END) * 1.0 / COUNT(*)"


def rate_by(column: str) -> str:
    return f"SELECT {column}, {RATE} FROM {T} GROUP BY {column}"


def rate_where(condition: str) -> str:
    return f"SELECT {RATE} FROM {T} WHERE {condition}"


def avg_income_where(condition: str) -> str:
    return f"SELECT AVG(monthly_income) FROM {T} WHERE {condition}"


PAIRS = [
    (
        "How many employees are in the dataset?",
        "数据里一共有多少名员工",
        f"SELECT COUNT(*) FROM {T}",
        ["count"],
    ),
    (
        "How many employees have left the company?",
        "有多少员工已经离职",
        f"SELECT COUNT(*) FROM {T} WHERE attrition = 'Yes'",
        ["count", "filter"],
    ),
    (
        "What is our overall attrition rate?",
        "公司整体的离职率是多少",
        f"SELECT {RATE} FROM {T}",
        ["share", "pct"],
    ),
    ("Attrition rate by department", "各部门的离职率", rate_by("department"), ["share", "pct", "group_by"]),
    (
        "Average monthly income by job role",
        "每个岗位的平均月收入",
        f"SELECT job_role, AVG(monthly_income) FROM {T} GROUP BY job_role",
        ["avg", "group_by"],
    ),
    (
        "What percentage of employees work overtime?",
        "加班的员工占多大比例",
        f"SELECT SUM(CASE WHEN overtime = 'Yes' THEN 1 ELSE 0 END) * 1.0 / COUNT(*) FROM {T}",
        ["share", "pct"],
    ),
    (
        "Headcount by job level",
        "各职级的人数",
        f"SELECT job_level, COUNT(*) FROM {T} GROUP BY job_level",
        ["count", "group_by"],
    ),
    (
        "Top 3 job roles by average monthly income",
        "平均月收入最高的前三个岗位",
        f"SELECT job_role, AVG(monthly_income) FROM {T} GROUP BY job_role ORDER BY AVG(monthly_income) DESC LIMIT 3",
        ["top_n", "avg", "group_by"],
        True,
        [0],
    ),
    (
        "How many employees who left had been with the company for more than 10 years?",
        "在公司干了10年以上才离职的员工有几个",
        f"SELECT COUNT(*) FROM {T} WHERE attrition = 'Yes' AND years_at_company > 10",
        ["count", "filter", "threshold"],
    ),
    (
        "Which department has the highest attrition rate?",
        "哪个部门的离职率最高",
        f"SELECT department, {RATE} FROM {T} GROUP BY department ORDER BY 2 DESC LIMIT 1",
        ["superlative", "pct", "group_by"],
        False,
        [0],
    ),
    (
        "Which job role has the lowest average monthly income?",
        "平均月薪最低的是哪个岗位",
        f"SELECT job_role, AVG(monthly_income) FROM {T} GROUP BY job_role ORDER BY 2 ASC LIMIT 1",
        ["superlative", "avg", "group_by"],
        False,
        [0],
    ),
    (
        "What is the average age of our employees?",
        "员工的平均年龄是多少",
        f"SELECT AVG(age) FROM {T}",
        ["avg"],
    ),
    (
        "Average age of employees who left versus those who stayed",
        "离职员工和留下来的员工平均年龄各是多少",
        f"SELECT attrition, AVG(age) FROM {T} GROUP BY attrition",
        ["avg", "group_by", "compare_two"],
    ),
    (
        "What is the highest monthly income in the company?",
        "公司里最高的月收入是多少",
        f"SELECT MAX(monthly_income) FROM {T}",
        ["max"],
    ),
    (
        "Top 5 highest-paid employees by monthly income",
        "月收入最高的5名员工",
        f"SELECT employee_id, monthly_income FROM {T} ORDER BY monthly_income DESC LIMIT 5",
        ["top_n"],
        True,
        [0],
    ),
    (
        "How many women work in the Sales department?",
        "销售部有多少名女员工",
        f"SELECT COUNT(*) FROM {T} WHERE department = 'Sales' AND gender = 'Female'",
        ["count", "filter", *CV],
    ),
    (
        "How many men and how many women do we employ?",
        "男女员工各有多少人",
        f"SELECT gender, COUNT(*) FROM {T} GROUP BY gender",
        ["count", "group_by"],
    ),
    (
        "Compare the average monthly income of men and women",
        "男员工和女员工的平均月收入对比",
        f"SELECT gender, AVG(monthly_income) FROM {T} GROUP BY gender",
        ["avg", "group_by", "compare_two"],
    ),
    (
        "Attrition rate for employees who work overtime versus those who don't",
        "加班和不加班的员工离职率分别是多少",
        rate_by("overtime"),
        ["share", "pct", "group_by", "compare_two"],
    ),
    (
        "How many employees travel frequently for work?",
        "经常出差的员工有多少",
        f"SELECT COUNT(*) FROM {T} WHERE business_travel = 'Travel_Frequently'",
        ["count", "filter", *CV],
    ),
    (
        "Attrition rate by marital status",
        "不同婚姻状况员工的离职率",
        rate_by("marital_status"),
        ["share", "pct", "group_by"],
    ),
    (
        "Which job roles have an attrition rate above 20%?",
        "离职率超过20%的岗位有哪些",
        f"SELECT job_role, {RATE} FROM {T} GROUP BY job_role HAVING {RATE} > 0.2",
        ["having", "pct", "group_by"],
        False,
        [0],
    ),
    (
        "Which departments have more than 400 employees?",
        "员工人数超过400的部门有哪些",
        f"SELECT department, COUNT(*) FROM {T} GROUP BY department HAVING COUNT(*) > 400",
        ["having", "group_by"],
        False,
        [0],
    ),
    (
        "Number of employees by education level",
        "各学历的员工人数",
        f"SELECT education, COUNT(*) FROM {T} GROUP BY education",
        ["count", "group_by"],
    ),
    (
        "What's the average monthly income of employees with a doctorate?",
        "博士学历员工的平均月收入是多少",
        avg_income_where("education = 'Doctor'"),
        ["avg", "filter", *CV],
    ),
    (
        "How many employees are younger than 25?",
        "25岁以下的员工有多少",
        f"SELECT COUNT(*) FROM {T} WHERE age < 25",
        ["count", "threshold"],
    ),
    (
        "How many employees are aged between 30 and 40?",
        "年龄在30到40岁之间的员工有多少人",
        f"SELECT COUNT(*) FROM {T} WHERE age BETWEEN 30 AND 40",
        ["count", "range"],
    ),
    (
        "Average tenure (years at the company) by department",
        "各部门员工的平均司龄",
        f"SELECT department, AVG(years_at_company) FROM {T} GROUP BY department",
        ["avg", "group_by"],
    ),
    (
        "Average percent salary hike at each job level",
        "每个职级的平均调薪幅度",
        f"SELECT job_level, AVG(percent_salary_hike) FROM {T} GROUP BY job_level",
        ["avg", "group_by"],
    ),
    (
        "How many employees have gone 5 years or more without a promotion?",
        "有多少员工已经5年及以上没有晋升了",
        f"SELECT COUNT(*) FROM {T} WHERE years_since_last_promotion >= 5",
        ["count", "threshold"],
    ),
    (
        "List the employees who left after more than 10 years at the company, with their job role and tenure",
        "列出司龄超过10年的离职员工，显示员工编号、岗位和司龄",
        f"SELECT employee_id, job_role, years_at_company FROM {T} WHERE attrition = 'Yes' AND years_at_company > 10",
        ["list", "filter", "threshold"],
        False,
        [0],
    ),
    (
        "Which education field do most of our employees come from?",
        "哪个专业背景的员工最多",
        f"SELECT education_field, COUNT(*) FROM {T} GROUP BY education_field ORDER BY COUNT(*) DESC LIMIT 1",
        ["superlative", "group_by"],
        False,
        [0],
    ),
    (
        "Headcount by department and gender",
        "按部门和性别统计员工人数",
        f"SELECT department, gender, COUNT(*) FROM {T} GROUP BY department, gender",
        ["count", "group_by"],
    ),
    (
        "Average total working years of managers",
        "经理岗位员工的平均总工作年限",
        f"SELECT AVG(total_working_years) FROM {T} WHERE job_role = 'Manager'",
        ["avg", "filter", *CV],
    ),
    (
        "Compare the average monthly income of research scientists and laboratory technicians",
        "研究科学家和实验室技术员的平均月收入比较",
        f"SELECT job_role, AVG(monthly_income) FROM {T} "
        "WHERE job_role IN ('Research_Scientist', 'Laboratory_Technician') GROUP BY job_role",
        ["avg", "filter", "compare_two", *CV],
    ),
    (
        "Number of leavers in each job role",
        "各岗位的离职人数",
        f"SELECT job_role, COUNT(*) FROM {T} WHERE attrition = 'Yes' GROUP BY job_role",
        ["count", "filter", "group_by"],
    ),
    (
        "Among employees who left, what share worked overtime?",
        "离职员工里加班的占多少比例",
        f"SELECT SUM(CASE WHEN overtime = 'Yes' THEN 1 ELSE 0 END) * 1.0 / COUNT(*) FROM {T} WHERE attrition = 'Yes'",
        ["share", "pct", "filter"],
    ),
    (
        "What share of all employees are in Research & Development?",
        "研发部员工占全公司的比例是多少",
        f"SELECT SUM(CASE WHEN department = 'Research_Development' THEN 1 ELSE 0 END) * 1.0 / COUNT(*) FROM {T}",
        ["share", "pct", *CV],
    ),
    (
        "What is the longest distance from home of any employee?",
        "员工中离家最远的距离是多少",
        f"SELECT MAX(distance_from_home) FROM {T}",
        ["max"],
    ),
    (
        "Average distance from home for leavers and for those who stayed",
        "离职和在职员工的平均离家距离分别是多少",
        f"SELECT attrition, AVG(distance_from_home) FROM {T} GROUP BY attrition",
        ["avg", "group_by", "compare_two"],
    ),
    (
        "How many employees are at job level 4 or higher?",
        "职级在4级及以上的员工有多少",
        f"SELECT COUNT(*) FROM {T} WHERE job_level >= 4",
        ["count", "threshold"],
    ),
    (
        "Average monthly income of sales executives who work overtime",
        "加班的销售主管平均月收入是多少",
        avg_income_where("job_role = 'Sales_Executive' AND overtime = 'Yes'"),
        ["avg", "filter", *CV],
    ),
    (
        "Attrition rate by business travel frequency",
        "按出差频率看离职率",
        rate_by("business_travel"),
        ["share", "pct", "group_by"],
    ),
    (
        "How many employees are at each job satisfaction level?",
        "各工作满意度等级分别有多少员工",
        f"SELECT job_satisfaction, COUNT(*) FROM {T} GROUP BY job_satisfaction",
        ["count", "group_by"],
    ),
    (
        "What is the attrition rate among employees with low job satisfaction?",
        "工作满意度低的员工离职率是多少",
        rate_where("job_satisfaction = 'Low'"),
        ["share", "pct", "filter", *CV],
    ),
    (
        "How old are our youngest and oldest employees?",
        "最年轻和最年长的员工分别多少岁",
        f"SELECT MIN(age), MAX(age) FROM {T}",
        ["min", "max"],
    ),
    (
        "What is the total monthly payroll?",
        "全公司每月工资总额是多少",
        f"SELECT SUM(monthly_income) FROM {T}",
        ["sum"],
    ),
    (
        "Total monthly income paid in each department",
        "各部门的月工资总额",
        f"SELECT department, SUM(monthly_income) FROM {T} GROUP BY department",
        ["sum", "group_by"],
    ),
    (
        "Which 3 job roles lost the most people?",
        "离职人数最多的前三个岗位",
        f"SELECT job_role, COUNT(*) FROM {T} WHERE attrition = 'Yes' GROUP BY job_role ORDER BY COUNT(*) DESC LIMIT 3",
        ["top_n", "filter", "group_by"],
        True,
        [0],
    ),
    (
        "How many single employees under 30 have left?",
        "30岁以下的单身员工中有多少人离职了",
        f"SELECT COUNT(*) FROM {T} WHERE marital_status = 'Single' AND age < 30 AND attrition = 'Yes'",
        ["count", "filter", "threshold", *CV],
    ),
    (
        "Average age at each job level",
        "各职级员工的平均年龄",
        f"SELECT job_level, AVG(age) FROM {T} GROUP BY job_level",
        ["avg", "group_by"],
    ),
    (
        "How many different job roles are there?",
        "公司一共有多少种不同的岗位",
        f"SELECT COUNT(DISTINCT job_role) FROM {T}",
        ["count_distinct"],
    ),
    (
        "Which job roles are there in the Sales department?",
        "销售部都有哪些岗位",
        f"SELECT DISTINCT job_role FROM {T} WHERE department = 'Sales'",
        ["list", "filter", *CV],
    ),
    (
        "Do employees who left earn less than those who stayed? Show the average monthly income of each group",
        "离职员工的平均月收入和在职员工相比怎么样",
        f"SELECT attrition, AVG(monthly_income) FROM {T} GROUP BY attrition",
        ["avg", "group_by", "compare_two"],
    ),
    (
        "How many employees have more than 30 years of total work experience?",
        "总工作年限超过30年的员工有多少",
        f"SELECT COUNT(*) FROM {T} WHERE total_working_years > 30",
        ["count", "threshold"],
    ),
]

Y = "attrition = 'Yes'"
OT = f"SELECT COUNT(*) FROM {T} WHERE overtime = 'Yes'"
RD_LEAVERS = (
    f"SELECT job_role, COUNT(*) FROM {T} WHERE department = 'Research_Development' AND {Y} "
    "GROUP BY job_role ORDER BY COUNT(*) DESC LIMIT 1"
)
CONVERSATIONS = [
    (
        "What's the attrition rate in the Sales department?",
        "en",
        rate_where("department = 'Sales'"),
        ["share", "pct", "filter"],
        False,
        None,
        "c1-en",
        0,
    ),
    (
        "And in R&D?",
        "en",
        rate_where("department = 'Research_Development'"),
        ["follow_up", "share", "pct", "filter"],
        False,
        None,
        "c1-en",
        1,
    ),
    (
        "Which job role there has the most leavers?",
        "en",
        RD_LEAVERS,
        ["follow_up", "superlative", "filter"],
        False,
        [0],
        "c1-en",
        2,
    ),
    (
        "销售部的离职率是多少",
        "zh",
        rate_where("department = 'Sales'"),
        ["share", "pct", "filter", *CV],
        False,
        None,
        "c1-zh",
        0,
    ),
    (
        "研发部呢？",
        "zh",
        rate_where("department = 'Research_Development'"),
        ["follow_up", "share", "pct", "filter", *CV],
        False,
        None,
        "c1-zh",
        1,
    ),
    (
        "研发部里哪个岗位离职的人最多",
        "zh",
        RD_LEAVERS,
        ["follow_up", "superlative", "filter", *CV],
        False,
        [0],
        "c1-zh",
        2,
    ),
    (
        "Average monthly income at job level 1",
        "en",
        avg_income_where("job_level = 1"),
        ["avg", "filter"],
        False,
        None,
        "c2-en",
        0,
    ),
    (
        "What about level 5?",
        "en",
        avg_income_where("job_level = 5"),
        ["follow_up", "avg", "filter"],
        False,
        None,
        "c2-en",
        1,
    ),
    (
        "1级员工的平均月收入",
        "zh",
        avg_income_where("job_level = 1"),
        ["avg", "filter"],
        False,
        None,
        "c2-zh",
        0,
    ),
    (
        "5级的呢？",
        "zh",
        avg_income_where("job_level = 5"),
        ["follow_up", "avg", "filter"],
        False,
        None,
        "c2-zh",
        1,
    ),
    ("How many employees work overtime?", "en", OT, ["count", "filter"], False, None, "c3-en", 0),
    (
        "How many of them left?",
        "en",
        f"{OT} AND {Y}",
        ["follow_up", "count", "filter"],
        False,
        None,
        "c3-en",
        1,
    ),
    ("有多少员工加班", "zh", OT, ["count", "filter"], False, None, "c3-zh", 0),
    (
        "其中离职的有多少人？",
        "zh",
        f"{OT} AND {Y}",
        ["follow_up", "count", "filter"],
        False,
        None,
        "c3-zh",
        1,
    ),
]

UNANSWERABLE = [
    ("How did the attrition rate change from last year to this year?", "今年的离职率比去年变化了多少"),
    ("How many employees were hired in 2020?", "2020年入职了多少名员工"),
    ("What is the average annual bonus in each department?", "各部门的平均年终奖是多少"),
    ("Which office location has the highest attrition rate?", "哪个办公地点的离职率最高"),
    ("What was the most common reason employees gave for leaving?", "员工离职最常见的原因是什么"),
]


def main():
    questions = bilingual_questions(PAIRS, CONVERSATIONS, UNANSWERABLE)
    write_questions(HERE, "hr", questions, source=SRC)


if __name__ == "__main__":
    main()
