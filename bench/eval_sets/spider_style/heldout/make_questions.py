"""Write questions.jsonl of spider_style/heldout: Spider-like questions over domains the engine was not tuned
on. Written before the engine was run on them; measured once. python3 make_questions.py
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))
from questionset import write_paired_questions  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))

QUESTIONS = {
    "shops.sqlite": [
        ("How many employees are there?", "有多少员工？", "SELECT COUNT(*) FROM employee", ["count"]),
        (
            "Sort employee names by their age in ascending order.",
            "按年龄升序排列员工的名字。",
            "SELECT Name FROM employee ORDER BY Age",
            ["order_by"],
            True,
        ),
        (
            "What is the number of employees from each city?",
            "每个城市有多少员工？",
            "SELECT City, COUNT(*) FROM employee GROUP BY City",
            ["group_by"],
        ),
        (
            "Which cities have more than one employee under 40?",
            "哪些城市有一个以上年龄在40岁以下的员工？",
            "SELECT City FROM employee WHERE Age < 40 GROUP BY City HAVING COUNT(*) > 1",
            ["having", "filter"],
        ),
        (
            "Find the number of shops in each location.",
            "找出每个地点的商店数量。",
            "SELECT Location, COUNT(*) FROM shop GROUP BY Location",
            ["group_by"],
        ),
        (
            "Find the manager name and district of the shop with the largest number of products.",
            "找出产品数量最多的商店的经理姓名和所在区。",
            "SELECT Manager_name, District FROM shop ORDER BY Number_products DESC LIMIT 1",
            ["superlative"],
            True,
        ),
        (
            "What are the minimum and maximum number of products across all the shops?",
            "所有商店中产品数量的最小值和最大值是多少？",
            "SELECT MIN(Number_products), MAX(Number_products) FROM shop",
            ["agg"],
        ),
        (
            "Return the name, location and district of all shops in descending order of number of products.",
            "按产品数量降序返回所有商店的名称、地点和区。",
            "SELECT Name, Location, District FROM shop ORDER BY Number_products DESC",
            ["order_by"],
            True,
        ),
        (
            "Find the names of shops that have more products than 5000.",
            "找出产品数量超过5000的商店的名称。",
            "SELECT Name FROM shop WHERE Number_products > 5000",
            ["list", "filter"],
        ),
        (
            "What is the total amount of bonus given in all the evaluations?",
            "所有评估中发放的奖金总额是多少？",
            "SELECT SUM(Bonus) FROM evaluation",
            ["agg"],
        ),
        (
            "How many different districts are the shops in?",
            "商店分布在多少个不同的区？",
            "SELECT COUNT(DISTINCT District) FROM shop",
            ["count_distinct"],
        ),
    ],
    "tennis.sqlite": [
        (
            "How many matches were played in 2016?",
            "2016年进行了多少场比赛？",
            "SELECT COUNT(*) FROM matches WHERE year = 2016",
            ["count", "filter"],
        ),
        (
            "What is the average age of the losers?",
            "失败者的平均年龄是多少？",
            "SELECT AVG(loser_age) FROM matches",
            ["agg"],
        ),
        (
            "How many distinct winners are there?",
            "有多少个不同的获胜者？",
            "SELECT COUNT(DISTINCT winner_name) FROM matches",
            ["count_distinct"],
        ),
        (
            "Find the number of matches played on each surface.",
            "找出每种场地类型上进行的比赛数量。",
            "SELECT surface, COUNT(*) FROM matches GROUP BY surface",
            ["group_by"],
        ),
        (
            "What is the longest match duration in minutes?",
            "最长的比赛持续了多少分钟？",
            "SELECT MAX(minutes) FROM matches",
            ["agg"],
        ),
        (
            "How many matches were won by left-handed winners? Use winner hand 'L'.",
            "获胜者惯用手为“L”的比赛有多少场？",
            "SELECT COUNT(*) FROM matches WHERE winner_hand = 'L'",
            ["count", "filter"],
        ),
        (
            "List the distinct tourney names.",
            "列出不同的锦标赛名称。",
            "SELECT DISTINCT tourney_name FROM matches",
            ["distinct"],
        ),
        (
            "What is the average winner rank of matches in the Summit Cup?",
            "“Summit Cup”比赛中获胜者的平均排名是多少？",
            "SELECT AVG(winner_rank) FROM matches WHERE tourney_name = 'Summit Cup'",
            ["agg", "filter"],
        ),
        (
            "Which tourney has the most matches?",
            "哪个锦标赛的比赛最多？",
            "SELECT tourney_name FROM matches GROUP BY tourney_name ORDER BY COUNT(*) DESC LIMIT 1",
            ["argmax_group"],
        ),
    ],
    "documents.sqlite": [
        ("How many templates are there?", "有多少个模板？", "SELECT COUNT(*) FROM Templates", ["count"]),
        (
            "How many templates have template type code CV?",
            "模板类型代码为“CV”的模板有多少个？",
            "SELECT COUNT(*) FROM Templates WHERE Template_Type_Code = 'CV'",
            ["count", "filter"],
        ),
        (
            "Show all template type codes and the number of templates for each.",
            "显示所有模板类型代码以及每种类型的模板数量。",
            "SELECT Template_Type_Code, COUNT(*) FROM Templates GROUP BY Template_Type_Code",
            ["group_by"],
        ),
        (
            "What are the ids of templates with version number greater than 2?",
            "版本号大于2的模板的ID是什么？",
            "SELECT Template_ID FROM Templates WHERE Version_Number > 2",
            ["list", "filter"],
        ),
        (
            "Which template type code is used by the fewest templates?",
            "哪个模板类型代码的模板最少？",
            "SELECT Template_Type_Code FROM Templates GROUP BY Template_Type_Code ORDER BY COUNT(*) ASC LIMIT 1",
            ["argmin_group"],
        ),
        (
            "What is the description of the document named 'Report C'?",
            "名为“Report C”的文档的描述是什么？",
            "SELECT Document_Description FROM Documents WHERE Document_Name = 'Report C'",
            ["lookup"],
        ),
        (
            "How many paragraphs are there in total?",
            "总共有多少个段落？",
            "SELECT COUNT(*) FROM Paragraphs",
            ["count"],
        ),
        (
            "Show the paragraph ids of paragraphs whose text is 'Korea'.",
            "显示文本为“Korea”的段落的ID。",
            "SELECT Paragraph_ID FROM Paragraphs WHERE Paragraph_Text = 'Korea'",
            ["list", "filter"],
        ),
        (
            "List the document names in alphabetical order.",
            "按字母顺序列出文档名称。",
            "SELECT Document_Name FROM Documents ORDER BY Document_Name",
            ["order_by"],
            True,
        ),
    ],
    "concerts.sqlite": [
        ("How many singers do we have?", "我们有多少歌手？", "SELECT COUNT(*) FROM singer", ["count"]),
        (
            "What is the average, minimum, and maximum age of all singers from France?",
            "所有来自法国的歌手的平均年龄、最小年龄和最大年龄是多少？",
            "SELECT AVG(Age), MIN(Age), MAX(Age) FROM singer WHERE Country = 'France'",
            ["agg", "filter"],
        ),
        (
            "Show the name and the release year of the song by the youngest singer.",
            "显示最年轻歌手的歌曲名称和发行年份。",
            "SELECT Song_Name, Song_release_year FROM singer ORDER BY Age LIMIT 1",
            ["superlative"],
            True,
        ),
        (
            "What are all distinct countries where singers above age 20 are from?",
            "年龄在20岁以上的歌手来自哪些不同的国家？",
            "SELECT DISTINCT Country FROM singer WHERE Age > 20",
            ["distinct", "filter"],
        ),
        (
            "Show all countries and the number of singers in each country.",
            "显示所有国家以及每个国家的歌手人数。",
            "SELECT Country, COUNT(*) FROM singer GROUP BY Country",
            ["group_by"],
        ),
        (
            "What is the maximum capacity and the average of all stadiums?",
            "所有体育场的最大容量和平均容量是多少？",
            "SELECT MAX(Capacity), AVG(Capacity) FROM stadium",
            ["agg"],
        ),
        (
            "What is the name and capacity for the stadium with the highest average attendance?",
            "平均出席人数最高的体育场的名称和容量是多少？",
            "SELECT Name, Capacity FROM stadium ORDER BY Average DESC LIMIT 1",
            ["superlative"],
            True,
        ),
        (
            "How many concerts are there in year 2015 or 2016?",
            "2015年或2016年有多少场演唱会？",
            "SELECT COUNT(*) FROM concert WHERE Year = '2015' OR Year = '2016'",
            ["count", "in_list"],
        ),
        (
            "Show the stadium names whose capacity is between 20000 and 42000.",
            "显示容量在20000到42000之间的体育场名称。",
            "SELECT Name FROM stadium WHERE Capacity BETWEEN 20000 AND 42000",
            ["list", "between"],
        ),
        (
            "How many male singers are there? Is_male is 'T'.",
            "有多少男歌手？",
            "SELECT COUNT(*) FROM singer WHERE Is_male = 'T'",
            ["count", "boolean"],
        ),
    ],
}


def main():
    write_paired_questions(HERE, "sh", QUESTIONS)


if __name__ == "__main__":
    main()
