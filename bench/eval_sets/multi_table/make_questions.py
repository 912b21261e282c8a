"""Write questions.jsonl of the multi_table question set: each answer reads ONE of school.sqlite's four tables.

python3 make_questions.py
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from questionset import write_questions  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = "school.sqlite"

# (question, lang, gold_sql, tags, ordered, compare, conversation, turn)
QUESTIONS = [
    # ---- en
    ("How many students are there?", "en", "SELECT COUNT(*) FROM students", ["count", "students"]),
    ("How many teachers does the school have?", "en", "SELECT COUNT(*) FROM teachers", ["count", "teachers"]),
    (
        "What is the average salary of teachers?",
        "en",
        "SELECT AVG(salary) FROM teachers",
        ["agg", "teachers"],
    ),
    (
        "number of students in each grade",
        "en",
        "SELECT grade, COUNT(*) FROM students GROUP BY grade",
        ["group_by", "students"],
    ),
    (
        "average exam score by term",
        "en",
        "SELECT term, AVG(score) FROM exam_scores GROUP BY term",
        ["group_by", "exam_scores"],
    ),
    (
        "List all courses with more than 2 credits",
        "en",
        "SELECT course_name FROM courses WHERE credits > 2",
        ["list", "filter", "courses"],
    ),
    (
        "Which subject has the most courses?",
        "en",
        "SELECT subject, COUNT(*) AS v FROM courses GROUP BY subject ORDER BY v DESC LIMIT 1",
        ["top_n", "courses"],
        False,
        [0],
    ),
    (
        "the three highest paid teachers",
        "en",
        "SELECT name, salary FROM teachers ORDER BY salary DESC LIMIT 3",
        ["top_n", "teachers"],
        True,
        [0],
    ),
    (
        "How many students come from Hangzhou?",
        "en",
        "SELECT COUNT(*) FROM students WHERE city = 'Hangzhou'",
        ["filter", "count", "students"],
    ),
    (
        "students per city",
        "en",
        "SELECT city, COUNT(*) FROM students GROUP BY city",
        ["group_by", "students"],
    ),
    (
        "How many boarding students are there?",
        "en",
        "SELECT COUNT(*) FROM students WHERE is_boarding = 1",
        ["boolean", "count", "students"],
    ),
    (
        "What is the highest exam score ever recorded?",
        "en",
        "SELECT MAX(score) FROM exam_scores",
        ["agg", "exam_scores"],
    ),
    (
        "Average teacher salary by title",
        "en",
        "SELECT title, AVG(salary) FROM teachers GROUP BY title",
        ["group_by", "teachers"],
    ),
    (
        "How many teachers were hired after 2020?",
        "en",
        "SELECT COUNT(*) FROM teachers WHERE hire_date >= '2021-01-01'",
        ["date", "count", "teachers"],
    ),
    (
        "total credits of all Math courses",
        "en",
        "SELECT SUM(credits) FROM courses WHERE subject = 'Math'",
        ["filter", "agg", "courses"],
    ),
    (
        "How many exam results are below 60?",
        "en",
        "SELECT COUNT(*) FROM exam_scores WHERE score < 60",
        ["filter", "count", "exam_scores"],
    ),
    (
        "number of female students in grade 11",
        "en",
        "SELECT COUNT(*) FROM students WHERE gender = 'F' AND grade = 11",
        ["filter", "count", "students"],
    ),
    (
        "Show the names of teachers who teach Physics",
        "en",
        "SELECT name FROM teachers WHERE subject = 'Physics'",
        ["list", "filter", "teachers"],
    ),
    (
        "which classes have the most students? top 3",
        "en",
        "SELECT class_name, COUNT(*) AS v FROM students GROUP BY class_name ORDER BY v DESC LIMIT 3",
        ["top_n", "students"],
        True,
        [0],
    ),
    (
        "teachers count by subject except History",
        "en",
        "SELECT subject, COUNT(*) FROM teachers WHERE subject <> 'History' GROUP BY subject",
        ["negation", "group_by", "teachers"],
    ),
    (
        "How many students enrolled in 2023?",
        "en",
        "SELECT COUNT(*) FROM students WHERE strftime('%Y', enrollment_date) = '2023'",
        ["date", "count", "students"],
    ),
    (
        "average score in the 2024 Spring term",
        "en",
        "SELECT AVG(score) FROM exam_scores WHERE term = '2024 Spring'",
        ["filter", "agg", "exam_scores"],
    ),
    # ---- en unanswerable
    ("What is the average attendance rate of students?", "en", "", ["unanswerable"]),
    ("How many books does the library have?", "en", "", ["unanswerable"]),
    # ---- zh
    ("学生总数是多少", "zh", "SELECT COUNT(*) FROM students", ["count", "students", "cross_lingual"]),
    ("老师的平均工资", "zh", "SELECT AVG(salary) FROM teachers", ["agg", "teachers", "cross_lingual"]),
    (
        "各年级的学生人数",
        "zh",
        "SELECT grade, COUNT(*) FROM students GROUP BY grade",
        ["group_by", "students", "cross_lingual"],
    ),
    (
        "每门学科有几门课程",
        "zh",
        "SELECT subject, COUNT(*) FROM courses GROUP BY subject",
        ["group_by", "courses", "cross_lingual"],
    ),
    (
        "考试成绩的最低分是多少",
        "zh",
        "SELECT MIN(score) FROM exam_scores",
        ["agg", "exam_scores", "cross_lingual"],
    ),
    (
        "工资最高的5位老师",
        "zh",
        "SELECT name, salary FROM teachers ORDER BY salary DESC LIMIT 5",
        ["top_n", "teachers", "cross_lingual"],
        True,
        [0],
    ),
    (
        "来自北京的学生有多少",
        "zh",
        "SELECT COUNT(*) FROM students WHERE city = 'Beijing'",
        ["filter", "count", "students", "cross_lingual"],
    ),
    (
        "住校生有多少人",
        "zh",
        "SELECT COUNT(*) FROM students WHERE is_boarding = 1",
        ["boolean", "count", "students", "cross_lingual"],
    ),
    (
        "学分最多的两门课程",
        "zh",
        "SELECT course_name, credits FROM courses ORDER BY credits DESC LIMIT 2",
        ["top_n", "courses", "cross_lingual"],
        False,
        [0],
    ),
    (
        "各学期的平均分",
        "zh",
        "SELECT term, AVG(score) FROM exam_scores GROUP BY term",
        ["group_by", "exam_scores", "cross_lingual"],
    ),
    (
        "各职称老师的人数",
        "zh",
        "SELECT title, COUNT(*) FROM teachers GROUP BY title",
        ["group_by", "teachers", "cross_lingual"],
    ),
    (
        "男生和女生各有多少人",
        "zh",
        "SELECT gender, COUNT(*) FROM students GROUP BY gender",
        ["group_by", "students", "cross_lingual"],
    ),
    (
        "不及格（低于60分）的考试记录有多少条",
        "zh",
        "SELECT COUNT(*) FROM exam_scores WHERE score < 60",
        ["filter", "count", "exam_scores", "cross_lingual"],
    ),
    (
        "2015年以前入职的老师有哪些",
        "zh",
        "SELECT name FROM teachers WHERE hire_date < '2015-01-01'",
        ["list", "date", "teachers", "cross_lingual"],
    ),
    (
        "物理课程一共多少学分",
        "zh",
        "SELECT SUM(credits) FROM courses WHERE subject = 'Physics'",
        ["filter", "agg", "courses", "cross_lingual"],
    ),
    (
        "每个城市的学生数量",
        "zh",
        "SELECT city, COUNT(*) FROM students GROUP BY city",
        ["group_by", "students", "cross_lingual"],
        False,
        None,
        "m-1",
        0,
    ),
    (
        "只看12年级",
        "zh",
        "SELECT city, COUNT(*) FROM students WHERE grade = 12 GROUP BY city",
        ["follow_up", "filter", "students", "cross_lingual"],
        False,
        None,
        "m-1",
        1,
    ),
    # ---- zh unanswerable
    ("各班级的班主任是谁", "zh", "", ["unanswerable", "cross_lingual"]),
    ("学生的平均身高", "zh", "", ["unanswerable", "cross_lingual"]),
    ("食堂的月营业额", "zh", "", ["unanswerable", "cross_lingual"]),
]


def main():
    write_questions(HERE, "mt", QUESTIONS, source=SRC)


if __name__ == "__main__":
    main()
