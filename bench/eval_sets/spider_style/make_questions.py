"""Write questions.jsonl of the spider_style set: Spider-like questions (en + CSpider-style zh) over the
four invented databases of make_data.py; every gold SQL reads ONE table.

Written before the engine was run on them. python3 make_questions.py
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from questionset import write_paired_questions  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))

# source -> [(en, zh, gold_sql, tags, ordered, compare)]
QUESTIONS = {
    "autos.sqlite": [
        (
            "How many car makers are there?",
            "有多少汽车制造商？",
            "SELECT COUNT(*) FROM car_makers",
            ["count"],
        ),
        (
            "What is the average horsepower of the cars with 4 cylinders?",
            "4缸汽车的平均马力是多少？",
            "SELECT AVG(Horsepower) FROM cars_data WHERE Cylinders = 4",
            ["agg", "filter"],
        ),
        (
            "What is the maximum mpg of the cars produced in 1975?",
            "1975年生产的汽车的最大MPG是多少？",
            "SELECT MAX(MPG) FROM cars_data WHERE Year = 1975",
            ["agg", "filter"],
        ),
        (
            "How many cars have a horsepower greater than 150?",
            "有多少辆车的马力超过150？",
            "SELECT COUNT(*) FROM cars_data WHERE Horsepower > 150",
            ["count", "filter"],
        ),
        (
            "Find the model of the car with the largest accelerate.",
            "找出加速最大的汽车的型号。",
            "SELECT Model FROM cars_data ORDER BY Accelerate DESC LIMIT 1",
            ["superlative"],
            True,
        ),
        (
            "For each number of cylinders, how many cars are there?",
            "每种气缸数各有多少辆车？",
            "SELECT Cylinders, COUNT(*) FROM cars_data GROUP BY Cylinders",
            ["group_by"],
        ),
        (
            "List the full names of the car makers from germany.",
            "列出来自德国的汽车制造商的全称。",
            "SELECT FullName FROM car_makers WHERE Country = 'germany'",
            ["list", "filter", "translated_value"],
        ),
        (
            "What is the average weight of cars for each year?",
            "每年汽车的平均重量是多少？",
            "SELECT Year, AVG(Weight) FROM cars_data GROUP BY Year",
            ["group_by"],
        ),
        (
            "How many different countries do the car makers come from?",
            "汽车制造商来自多少个不同的国家？",
            "SELECT COUNT(DISTINCT Country) FROM car_makers",
            ["count_distinct"],
        ),
        (
            "Show the models of the 3 heaviest cars.",
            "显示最重的3辆车的型号。",
            "SELECT Model FROM cars_data ORDER BY Weight DESC LIMIT 3",
            ["top_n"],
            True,
        ),
        (
            "What is the minimum weight of the cars with 8 cylinders?",
            "8缸汽车的最小重量是多少？",
            "SELECT MIN(Weight) FROM cars_data WHERE Cylinders = 8",
            ["agg", "filter"],
        ),
        (
            "Which country has the most car makers?",
            "哪个国家的汽车制造商最多？",
            "SELECT Country, COUNT(*) FROM car_makers GROUP BY Country ORDER BY COUNT(*) DESC LIMIT 1",
            ["argmax_group"],
            False,
            [0],
        ),
        (
            "How many cars have a horsepower between 100 and 150?",
            "马力在100到150之间的汽车有多少辆？",
            "SELECT COUNT(*) FROM cars_data WHERE Horsepower BETWEEN 100 AND 150",
            ["count", "between"],
        ),
        (
            "List the makers whose full name contains 'Motor'.",
            "列出全称中包含“Motor”的制造商。",
            "SELECT Maker FROM car_makers WHERE FullName LIKE '%Motor%'",
            ["list", "like"],
        ),
        (
            "What is the average mpg of cars whose weight is less than 3000?",
            "重量小于3000的汽车的平均MPG是多少？",
            "SELECT AVG(MPG) FROM cars_data WHERE Weight < 3000",
            ["agg", "filter"],
        ),
        (
            "Which countries have at least 3 car makers?",
            "哪些国家至少有3个汽车制造商？",
            "SELECT Country FROM car_makers GROUP BY Country HAVING COUNT(*) >= 3",
            ["having"],
        ),
    ],
    "poker.sqlite": [
        (
            "How many poker players are there?",
            "有多少扑克选手？",
            "SELECT COUNT(*) FROM poker_player",
            ["count"],
        ),
        (
            "List the earnings of poker players in descending order.",
            "按降序列出扑克选手的收入。",
            "SELECT Earnings FROM poker_player ORDER BY Earnings DESC",
            ["order_by"],
            True,
        ),
        (
            "What is the average earnings of poker players?",
            "扑克选手的平均收入是多少？",
            "SELECT AVG(Earnings) FROM poker_player",
            ["agg"],
        ),
        (
            "What is the maximum number of final tables made among poker players with earnings less than 200000?",
            "收入低于200000的扑克选手最多进入过多少次决赛桌？",
            "SELECT MAX(Final_Table_Made) FROM poker_player WHERE Earnings < 200000",
            ["agg", "filter"],
        ),
        (
            "What is the money rank of the poker player with the highest earnings?",
            "收入最高的扑克选手的奖金排名是多少？",
            "SELECT Money_Rank FROM poker_player ORDER BY Earnings DESC LIMIT 1",
            ["superlative"],
            True,
        ),
        (
            "List each best finish and the number of poker players with it.",
            "列出每种最好成绩以及拥有该成绩的扑克选手人数。",
            "SELECT Best_Finish, COUNT(*) FROM poker_player GROUP BY Best_Finish",
            ["group_by"],
        ),
        (
            "What is the most common best finish of poker players?",
            "扑克选手最常见的最好成绩是什么？",
            "SELECT Best_Finish FROM poker_player GROUP BY Best_Finish ORDER BY COUNT(*) DESC LIMIT 1",
            ["argmax_group"],
        ),
        (
            "What are the names of people who are not from Russia?",
            "不是来自俄罗斯的人的名字是什么？",
            "SELECT Name FROM people WHERE Nationality != 'Russia'",
            ["list", "negation", "translated_value"],
        ),
        (
            "How many people are there of each nationality?",
            "每个国籍有多少人？",
            "SELECT Nationality, COUNT(*) FROM people GROUP BY Nationality",
            ["group_by"],
        ),
        (
            "What are the nationalities shared by at least two people?",
            "哪些国籍至少有两个人？",
            "SELECT Nationality FROM people GROUP BY Nationality HAVING COUNT(*) >= 2",
            ["having"],
        ),
        (
            "List the names and birth dates of people in ascending alphabetical order of name.",
            "按名字字母升序列出人们的名字和出生日期。",
            "SELECT Name, Birth_Date FROM people ORDER BY Name ASC",
            ["order_by"],
            True,
        ),
        (
            "Show the names of people whose height is greater than 190.",
            "显示身高超过190的人的名字。",
            "SELECT Name FROM people WHERE Height > 190",
            ["list", "filter"],
        ),
        (
            "What is the name of the tallest person?",
            "最高的人叫什么名字？",
            "SELECT Name FROM people ORDER BY Height DESC LIMIT 1",
            ["superlative"],
            True,
        ),
        (
            "Give me the birth date of the person with the lowest height.",
            "给出身高最矮的人的出生日期。",
            "SELECT Birth_Date FROM people ORDER BY Height ASC LIMIT 1",
            ["superlative"],
            True,
        ),
        (
            "How many distinct nationalities are there?",
            "有多少个不同的国籍？",
            "SELECT COUNT(DISTINCT Nationality) FROM people",
            ["count_distinct"],
        ),
        (
            "What is the average height of people from Canada?",
            "来自加拿大的人的平均身高是多少？",
            "SELECT AVG(Height) FROM people WHERE Nationality = 'Canada'",
            ["agg", "filter", "translated_value"],
        ),
    ],
    "tvshows.sqlite": [
        (
            "List the titles of all cartoons in alphabetical order.",
            "按字母顺序列出所有动画的标题。",
            "SELECT Title FROM cartoon ORDER BY Title",
            ["order_by"],
            True,
        ),
        (
            'How many cartoons were written by "Mara Quill"?',
            "“Mara Quill”写了多少部动画？",
            "SELECT COUNT(*) FROM cartoon WHERE Written_by = 'Mara Quill'",
            ["count", "filter"],
        ),
        (
            "List all cartoon titles and their directors ordered by their air date.",
            "按播出日期顺序列出所有动画的标题及其导演。",
            "SELECT Title, Directed_by FROM cartoon ORDER BY Original_air_date",
            ["order_by"],
            True,
        ),
        (
            'List the titles of cartoons directed by "Ben Ortega" or "Lia Moss".',
            "列出由“Ben Ortega”或“Lia Moss”导演的动画的标题。",
            "SELECT Title FROM cartoon WHERE Directed_by = 'Ben Ortega' OR Directed_by = 'Lia Moss'",
            ["list", "in_list"],
        ),
        (
            "Which country has the most TV channels? List the country and the number of channels.",
            "哪个国家的电视频道最多？列出国家和频道数。",
            "SELECT Country, COUNT(*) FROM tv_channel GROUP BY Country ORDER BY COUNT(*) DESC LIMIT 1",
            ["argmax_group"],
        ),
        (
            "How many different languages are used by TV channels?",
            "电视频道使用了多少种不同的语言？",
            "SELECT COUNT(DISTINCT Language) FROM tv_channel",
            ["count_distinct"],
        ),
        (
            "Which language is used by the fewest TV channels?",
            "哪种语言的电视频道最少？",
            "SELECT Language, COUNT(*) FROM tv_channel GROUP BY Language ORDER BY COUNT(*) ASC LIMIT 1",
            ["argmin_group"],
            False,
            [0],
        ),
        (
            "For each language, list the number of TV channels that use it.",
            "对于每种语言，列出使用它的电视频道数量。",
            "SELECT Language, COUNT(*) FROM tv_channel GROUP BY Language",
            ["group_by"],
        ),
        (
            "What are the series names of the channels that have high definition TV?",
            "有高清电视的频道的系列名称是什么？",
            "SELECT series_name FROM tv_channel WHERE Hight_definition_TV = 'yes'",
            ["list", "boolean"],
        ),
        (
            "What are the maximum and minimum share of TV series?",
            "电视剧的最大和最小份额是多少？",
            "SELECT MAX(Share), MIN(Share) FROM tv_series",
            ["agg"],
        ),
        (
            "What is the air date of the TV series with the highest rating?",
            "收视率最高的电视剧的播出日期是什么？",
            "SELECT Air_Date FROM tv_series ORDER BY Rating DESC LIMIT 1",
            ["superlative"],
            True,
        ),
        (
            "List the episodes of the top 3 TV series sorted by rating.",
            "列出按收视率排名前3的电视剧的剧集。",
            "SELECT Episode FROM tv_series ORDER BY Rating DESC LIMIT 3",
            ["top_n"],
            True,
        ),
        (
            "What is the average weekly rank of TV series?",
            "电视剧的平均每周排名是多少？",
            "SELECT AVG(Weekly_Rank) FROM tv_series",
            ["agg"],
        ),
        (
            "What is the production code of the most recently aired cartoon?",
            "最近播出的动画的制作代码是什么？",
            "SELECT Production_code FROM cartoon ORDER BY Original_air_date DESC LIMIT 1",
            ["superlative"],
            True,
        ),
        (
            "List the series names of TV channels whose language is not English.",
            "列出语言不是英语的电视频道的系列名称。",
            "SELECT series_name FROM tv_channel WHERE Language != 'English'",
            ["list", "negation", "translated_value"],
        ),
        (
            "How many cartoons did each director direct?",
            "每位导演执导了多少部动画？",
            "SELECT Directed_by, COUNT(*) FROM cartoon GROUP BY Directed_by",
            ["group_by"],
        ),
    ],
    "airlines.sqlite": [
        ("How many airlines are there?", "有多少家航空公司？", "SELECT COUNT(*) FROM airlines", ["count"]),
        (
            'What is the abbreviation of the airline "Skyward Air"?',
            "“Skyward Air”航空公司的缩写是什么？",
            "SELECT Abbreviation FROM airlines WHERE Airline = 'Skyward Air'",
            ["lookup"],
        ),
        (
            "List all airlines from the USA.",
            "列出所有来自美国的航空公司。",
            "SELECT Airline FROM airlines WHERE Country = 'USA'",
            ["list", "filter", "translated_value"],
        ),
        (
            "Which country has the most airlines?",
            "哪个国家拥有最多的航空公司？",
            "SELECT Country FROM airlines GROUP BY Country ORDER BY COUNT(*) DESC LIMIT 1",
            ["argmax_group"],
        ),
        (
            "How many airports are there in the city Lakeview?",
            "“Lakeview”市有多少个机场？",
            "SELECT COUNT(*) FROM airports WHERE City = 'Lakeview'",
            ["count", "filter"],
        ),
        (
            "Give the airport code and airport name of the airports in the city of Redcliff.",
            "给出“Redcliff”市机场的机场代码和机场名称。",
            "SELECT AirportCode, AirportName FROM airports WHERE City = 'Redcliff'",
            ["list", "filter"],
        ),
        (
            "How many flights depart from airport 'NPT'?",
            "有多少航班从“NPT”机场出发？",
            "SELECT COUNT(*) FROM flights WHERE SourceAirport = 'NPT'",
            ["count", "filter"],
        ),
        (
            "How many flights does each airline have?",
            "每家航空公司有多少航班？",
            "SELECT Airline, COUNT(*) FROM flights GROUP BY Airline",
            ["group_by"],
        ),
        (
            "Which destination airport has the most flights?",
            "哪个目的地机场的航班最多？",
            "SELECT DestAirport FROM flights GROUP BY DestAirport ORDER BY COUNT(*) DESC LIMIT 1",
            ["argmax_group"],
        ),
        (
            "Show the flight numbers of flights with a distance greater than 3000.",
            "显示距离大于3000的航班的航班号。",
            "SELECT FlightNo FROM flights WHERE Distance > 3000",
            ["list", "filter"],
        ),
        (
            "What is the average distance of the flights departing from 'NPT'?",
            "从“NPT”出发的航班的平均距离是多少？",
            "SELECT AVG(Distance) FROM flights WHERE SourceAirport = 'NPT'",
            ["agg", "filter"],
        ),
        (
            "List the names of the airports in Canada.",
            "列出加拿大的机场名称。",
            "SELECT AirportName FROM airports WHERE Country = 'Canada'",
            ["list", "filter", "translated_value"],
        ),
        (
            "Which airlines have at least 10 flights?",
            "哪些航空公司至少有10个航班？",
            "SELECT Airline FROM flights GROUP BY Airline HAVING COUNT(*) >= 10",
            ["having"],
        ),
        (
            "Find the number of airports whose name contains the word 'International'.",
            "找出名称中包含“International”的机场的数量。",
            "SELECT COUNT(*) FROM airports WHERE AirportName LIKE '%International%'",
            ["count", "like"],
        ),
        (
            "Find the flight number of the flight with the longest distance.",
            "找出距离最长的航班的航班号。",
            "SELECT FlightNo FROM flights ORDER BY Distance DESC LIMIT 1",
            ["superlative"],
            True,
        ),
    ],
}


def main():
    write_paired_questions(HERE, "ss", QUESTIONS)


if __name__ == "__main__":
    main()
