#!/usr/bin/env python3
"""Writes the per-year calendar tables of docs/jurisdictions.md from the sourced facts below.

Deliberately independent of the portal's engine and of Jollyday: the holiday rules, decrees and
bank holiday lists are typed in here from their sources (see the Source column), and the
substitution and observance rules are implemented again in a few lines. CalendarTableTest reads
the tables back and checks the engine against them.
"""
import datetime as dt

D = dt.date
WD = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]

def kz():
    rows = {}
    L267 = "Law No. 267-II «On holidays», Art. 1-2"
    LC = "Labour Code No. 414-V, Art. 84(5) (no substitute day)"
    for y in range(2020, 2028):
        hol = []  # (date, name, source, substitutable)
        def add(m, d, name, src=L267, sub=True):
            hol.append((D(y, m, d), name, src, sub))
        add(1, 1, "New Year"); add(1, 2, "New Year (second day)")
        add(1, 7, "Orthodox Christmas", LC, False)
        add(3, 8, "International Women's Day")
        if y >= 2027: add(3, 15, "Constitution Day (new date)", "Constitution of 2026; Law No. 267-II as amended")
        add(3, 21, "Nauryz meiramy"); add(3, 22, "Nauryz meiramy"); add(3, 23, "Nauryz meiramy")
        add(5, 1, "Day of Unity of the People of Kazakhstan"); add(5, 7, "Defender of the Fatherland Day")
        add(5, 9, "Victory Day"); add(7, 6, "Capital Day")
        if y <= 2025: add(8, 30, "Constitution Day", L267 + " (until 2025)")
        if y >= 2022: add(10, 25, "Republic Day", "Law No. 143-VII of September 2022")
        if y <= 2021: add(12, 1, "Day of the First President", L267 + " (until 2021)")
        add(12, 16, "Independence Day")
        if y <= 2021: add(12, 17, "Independence Day (second day)", L267 + " (until 2021)")
        kurban = {2020: D(2020, 7, 31), 2021: D(2021, 7, 20), 2022: D(2022, 7, 9), 2023: D(2023, 6, 28),
                  2024: D(2024, 6, 16), 2025: D(2025, 6, 6), 2026: D(2026, 5, 27)}
        if y in kurban:
            hol.append((kurban[y], "Kurban Ait", "Labour Code Art. 84(5); date of the Spiritual Administration of Muslims", False))
        hol.sort()
        off = {h[0] for h in hol}
        for date, name, src, sub in hol:
            rows[date] = (date, "off", name, src)
        # Law No. 267-II Art. 5: a holiday on a weekend gives the next working day off.
        for date, name, src, sub in hol:
            if sub and date.weekday() >= 5:
                n = date + dt.timedelta(days=1)
                while n.weekday() >= 5 or n in off:
                    n += dt.timedelta(days=1)
                off.add(n)
                if n.year == y:
                    rows[n] = (n, "off", "Substitute day off for " + name + " (" + date.isoformat() + ")", "Law No. 267-II, Art. 5")
    decrees = [
        ("2020-01-05", "2020-01-03", "Government Resolution No. 820 (2019)"),
        ("2020-05-11", "2020-05-08", "Government Resolution No. 820 (2019)"),
        ("2020-12-20", "2020-12-18", "Government Resolution No. 820 (2019)"),
        ("2021-07-03", "2021-07-05", "Government Resolution No. 930 (2020)"),
        ("2022-03-05", "2022-03-07", "Government Resolution No. 713 of 6 October 2021"),
        ("2022-08-27", "2022-08-29", "Government Resolution No. 713 of 6 October 2021"),
        ("2022-10-22", "2022-10-24", "Government Resolution No. 796 (October 2022)"),
        ("2023-07-01", "2023-07-07", "Government Resolution No. 326 of 25 April 2023"),
        ("2024-05-04", "2024-05-08", "Order of the Minister of Labour No. 109 of 17 April 2024"),
        ("2025-01-05", "2025-01-03", "Order of the Minister of Labour No. 436 of 21 November 2024"),
    ]
    for working, dayoff, src in decrees:
        w, o = D.fromisoformat(working), D.fromisoformat(dayoff)
        rows[w] = (w, "working", "Working day: its day off moved to " + o.isoformat(), src)
        rows[o] = (o, "off", "Day off moved from " + w.isoformat(), src)
    return rows

def nth(y, m, weekday, n):
    if n > 0:
        d = D(y, m, 1)
        while d.weekday() != weekday: d += dt.timedelta(days=1)
        return d + dt.timedelta(weeks=n - 1)
    d = D(y, m + 1, 1) - dt.timedelta(days=1) if m < 12 else D(y, 12, 31)
    while d.weekday() != weekday: d -= dt.timedelta(days=1)
    return d

def us():
    rows = {}
    S = "5 U.S.C. 6103(a)"
    for y in range(2020, 2029):
        fixed = [(1, 1, "New Year's Day"), (7, 4, "Independence Day"), (11, 11, "Veterans Day"), (12, 25, "Christmas Day")]
        if y >= 2021: fixed.append((6, 19, "Juneteenth National Independence Day"))
        for m, d, name in fixed:
            date = D(y, m, d)
            # 5 U.S.C. 6103(b) and Executive Order 11582: Saturday -> Friday before, Sunday -> Monday after.
            obs = date - dt.timedelta(days=1) if date.weekday() == 5 else date + dt.timedelta(days=1) if date.weekday() == 6 else date
            label = name if obs == date else name + " (observed)"
            if 2020 <= obs.year <= 2027:
                rows[obs] = (obs, "off", label, S + (", (b)" if obs != date else ""))
        if y > 2027: continue
        for m, wd, n, name in [(1, 0, 3, "Birthday of Martin Luther King, Jr."), (2, 0, 3, "Washington's Birthday"),
                               (5, 0, -1, "Memorial Day"), (9, 0, 1, "Labor Day"), (10, 0, 2, "Columbus Day"),
                               (11, 3, 4, "Thanksgiving Day")]:
            date = nth(y, m, wd, n)
            rows[date] = (date, "off", name, S)
    rows[D(2021, 1, 20)] = (D(2021, 1, 20), "off", "Inauguration Day (Washington area)", "5 U.S.C. 6103(c)")
    for date, src in [("2020-12-24", "Executive Order 13965"), ("2024-12-24", "Executive Order 14129"),
                      ("2025-01-09", "Executive Order 14133 (day of mourning)"), ("2025-12-24", "Executive Order 14371"),
                      ("2025-12-26", "Executive Order 14371")]:
        d = D.fromisoformat(date)
        rows[d] = (d, "off", "Federal offices closed", src)
    return rows

def gb():
    S = "gov.uk bank holidays (Banking and Financial Dealings Act 1971, Sch. 1; royal proclamations)"
    dates = {
        2020: ["01-01 New Year's Day", "04-10 Good Friday", "04-13 Easter Monday", "05-08 Early May bank holiday (VE day)", "05-25 Spring bank holiday", "08-31 Summer bank holiday", "12-25 Christmas Day", "12-28 Boxing Day (substitute day)"],
        2021: ["01-01 New Year's Day", "04-02 Good Friday", "04-05 Easter Monday", "05-03 Early May bank holiday", "05-31 Spring bank holiday", "08-30 Summer bank holiday", "12-27 Christmas Day (substitute day)", "12-28 Boxing Day (substitute day)"],
        2022: ["01-03 New Year's Day (substitute day)", "04-15 Good Friday", "04-18 Easter Monday", "05-02 Early May bank holiday", "06-02 Spring bank holiday", "06-03 Platinum Jubilee bank holiday", "08-29 Summer bank holiday", "09-19 Bank Holiday for the State Funeral of Queen Elizabeth II", "12-26 Boxing Day", "12-27 Christmas Day (substitute day)"],
        2023: ["01-02 New Year's Day (substitute day)", "04-07 Good Friday", "04-10 Easter Monday", "05-01 Early May bank holiday", "05-08 Bank holiday for the coronation of King Charles III", "05-29 Spring bank holiday", "08-28 Summer bank holiday", "12-25 Christmas Day", "12-26 Boxing Day"],
        2024: ["01-01 New Year's Day", "03-29 Good Friday", "04-01 Easter Monday", "05-06 Early May bank holiday", "05-27 Spring bank holiday", "08-26 Summer bank holiday", "12-25 Christmas Day", "12-26 Boxing Day"],
        2025: ["01-01 New Year's Day", "04-18 Good Friday", "04-21 Easter Monday", "05-05 Early May bank holiday", "05-26 Spring bank holiday", "08-25 Summer bank holiday", "12-25 Christmas Day", "12-26 Boxing Day"],
        2026: ["01-01 New Year's Day", "04-03 Good Friday", "04-06 Easter Monday", "05-04 Early May bank holiday", "05-25 Spring bank holiday", "08-31 Summer bank holiday", "12-25 Christmas Day", "12-28 Boxing Day (substitute day)"],
        2027: ["01-01 New Year's Day", "03-26 Good Friday", "03-29 Easter Monday", "05-03 Early May bank holiday", "05-31 Spring bank holiday", "08-30 Summer bank holiday", "12-27 Christmas Day (substitute day)", "12-28 Boxing Day (substitute day)"],
    }
    rows = {}
    for y, items in dates.items():
        for item in items:
            md, name = item.split(" ", 1)
            d = D.fromisoformat(f"{y}-{md}")
            rows[d] = (d, "off", name, S)
    return rows

def table(code, rows):
    out = [f"<!-- calendar-table {code} -->", "", "| Date | Weekday | Day | Why | Source |", "|---|---|---|---|---|"]
    for d in sorted(rows):
        date, day, why, src = rows[d]
        out.append(f"| {date.isoformat()} | {WD[date.weekday()]} | {day} | {why} | {src} |")
    out.append("")
    return "\n".join(out)

if __name__ == "__main__":
    import sys
    print(table("KZ", kz()))
    print(table("GB-ENG", gb()))
    print(table("US-NPS-NCR", us()))
