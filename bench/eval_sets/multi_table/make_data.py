"""Generate school.sqlite of the multi_table question set: four related tables of a small school.

Deterministic: standard library only, one random.Random(SEED).

    python3 make_data.py
"""

import datetime as dt
import os
import random
import sqlite3

SEED = 4242
HERE = os.path.dirname(os.path.abspath(__file__))

SURNAMES = [
    "Wang",
    "Li",
    "Zhang",
    "Liu",
    "Chen",
    "Yang",
    "Zhao",
    "Huang",
    "Zhou",
    "Wu",
    "Xu",
    "Sun",
    "Ma",
    "Zhu",
]
GIVEN = [
    "Wei",
    "Fang",
    "Na",
    "Min",
    "Jing",
    "Lei",
    "Yan",
    "Tao",
    "Hui",
    "Jun",
    "Ling",
    "Hao",
    "Xin",
    "Yu",
    "Qiang",
    "Ming",
    "Jie",
    "Bo",
    "Lan",
    "Ping",
    "Rui",
    "Kai",
    "Ying",
    "Peng",
    "Xia",
    "Dan",
    "Gang",
    "Zhen",
    "Chao",
]
CITIES = [("Beijing", 30), ("Shanghai", 25), ("Hangzhou", 15), ("Nanjing", 15), ("Suzhou", 15)]
SUBJECTS = ["Math", "English", "Physics", "Chemistry", "History", "Biology"]
TITLES = [("Senior Teacher", 30), ("Teacher", 50), ("Assistant Teacher", 20)]
COURSES = [
    ("Algebra", "Math", 4),
    ("Geometry", "Math", 3),
    ("Statistics", "Math", 2),
    ("English Reading", "English", 3),
    ("English Writing", "English", 2),
    ("Mechanics", "Physics", 4),
    ("Electricity", "Physics", 3),
    ("Organic Chemistry", "Chemistry", 3),
    ("Lab Chemistry", "Chemistry", 2),
    ("World History", "History", 2),
    ("Chinese History", "History", 2),
    ("Genetics", "Biology", 3),
    ("Ecology", "Biology", 2),
]
TERMS = ["2023 Fall", "2024 Spring", "2024 Fall"]
TERM_DATES = {
    "2023 Fall": dt.date(2024, 1, 10),
    "2024 Spring": dt.date(2024, 6, 20),
    "2024 Fall": dt.date(2025, 1, 8),
}


def weighted(rng, pairs):
    return rng.choices([k for k, _ in pairs], weights=[w for _, w in pairs], k=1)[0]


def name(rng, used):
    while True:
        candidate = f"{rng.choice(SURNAMES)} {rng.choice(GIVEN)}"
        if candidate not in used:
            used.add(candidate)
            return candidate


def main():
    rng = random.Random(SEED)
    used = set()
    path = os.path.join(HERE, "school.sqlite")
    if os.path.exists(path):
        os.remove(path)
    conn = sqlite3.connect(path)
    conn.executescript(
        """
        CREATE TABLE teachers (teacher_id INTEGER PRIMARY KEY, name TEXT, subject TEXT, title TEXT,
                               hire_date TEXT, salary REAL, gender TEXT);
        CREATE TABLE students (student_id INTEGER PRIMARY KEY, name TEXT, gender TEXT, grade INTEGER,
                               class_name TEXT, city TEXT, enrollment_date TEXT, is_boarding INTEGER);
        CREATE TABLE courses (course_id INTEGER PRIMARY KEY, course_name TEXT, subject TEXT, credits INTEGER,
                              teacher_id INTEGER REFERENCES teachers(teacher_id));
        CREATE TABLE exam_scores (score_id INTEGER PRIMARY KEY, student_id INTEGER REFERENCES students(student_id),
                                  course_id INTEGER REFERENCES courses(course_id), term TEXT, exam_date TEXT,
                                  score REAL);
        """
    )
    teachers = []
    for i, subject in enumerate(SUBJECTS * 3):
        hire = dt.date(2008, 1, 1) + dt.timedelta(days=rng.randrange(16 * 365))
        title = weighted(rng, TITLES)
        base = {"Senior Teacher": 14000, "Teacher": 10000, "Assistant Teacher": 7500}[title]
        teachers.append(
            (
                i + 1,
                name(rng, used),
                subject,
                title,
                hire.isoformat(),
                round(base * rng.uniform(0.9, 1.25), -1) + i,
                rng.choice(["M", "F"]),
            )
        )
    conn.executemany("INSERT INTO teachers VALUES (?,?,?,?,?,?,?)", teachers)
    students = []
    for i in range(360):
        grade = rng.choice([10, 11, 12])
        enrolled = dt.date(2024 - (grade - 10), 9, 1)
        students.append(
            (
                i + 1,
                name(rng, used),
                rng.choice(["M", "F"]),
                grade,
                f"{grade}-{rng.randint(1, 4)}",
                weighted(rng, CITIES),
                enrolled.isoformat(),
                1 if rng.random() < 0.3 else 0,
            )
        )
    conn.executemany("INSERT INTO students VALUES (?,?,?,?,?,?,?,?)", students)
    courses = []
    for i, (course, subject, credits) in enumerate(COURSES):
        teacher = rng.choice([t for t in teachers if t[2] == subject])
        courses.append((i + 1, course, subject, credits, teacher[0]))
    conn.executemany("INSERT INTO courses VALUES (?,?,?,?,?)", courses)
    scores = []
    for student in students:
        for term in TERMS:
            for course in rng.sample(courses, 3):
                day = TERM_DATES[term] - dt.timedelta(days=rng.randrange(10))
                score = round(min(100.0, max(20.0, rng.gauss(74 + course[3], 12))), 1)
                scores.append((len(scores) + 1, student[0], course[0], term, day.isoformat(), score))
    conn.executemany("INSERT INTO exam_scores VALUES (?,?,?,?,?,?)", scores)
    conn.commit()
    conn.execute("VACUUM")
    conn.close()


if __name__ == "__main__":
    main()
