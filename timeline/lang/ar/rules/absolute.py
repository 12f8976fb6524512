"""Calendar dates: day, month and year in every month series, numeric dates, years."""

from __future__ import annotations

import attrs

from timeline.lang.ar.common import (
    AMBIGUOUS_MONTHS,
    EN_MONTHS,
    GREGORIAN_HOLIDAYS,
    MONTHS,
    ORDINALS,
    WEEKDAYS,
    key,
    lookup,
    month_of,
    signal_direction,
    signal_offset,
    year_of,
)
from timeline.rules import Example, Match, Rule
from timeline.values import CONTEXT, TimeSpec

_YEAR_TAIL = r"\s*[،,]?\s*(?:(?:من\s+)?(?:عام|العام|سنة|السنه|لعام)\s+)?{year}(?:\s*{gsuf})?"
_WEEKDAY_HEAD = r"(?:(?:يوم\s+)?{weekday_any}(?:\s+{signal:wsignal})?\s*[،,]?\s*(?:الموافق\s+)?)?"
_DAY = r"(?:(?:يوم\s+)?{day}|{ordinal}\s+(?:من\s+)?)"


def _day_of(m: Match) -> int | None:
    if m.has("day"):
        return int(m["day"] or 0)
    return lookup(ORDINALS, m["ordinal"])


def _date(m: Match) -> TimeSpec | None:
    month = month_of(m)
    day = _day_of(m)
    if month is None or (day is None and (m.has("day") or m.has("ordinal"))):
        return None
    if m.has("signal") and signal_offset(m["signal"]) == 0:
        return TimeSpec(unit="Y", offset=0, month=month, day=day)
    return TimeSpec(
        year=year_of(m["year"]),
        month=month,
        day=day,
        weekday=lookup(WEEKDAYS, m["weekday_any"]),
        direction=signal_direction(m["signal"]) or CONTEXT,
    )


def _week_of_month(m: Match) -> TimeSpec | None:
    n = lookup(ORDINALS, m["ordinal"])
    spec = _date(attrs.evolve(m, groups={**m.groups, "ordinal": None}))
    if n is None or not 1 <= n <= 5 or spec is None:
        return None
    return attrs.evolve(spec, day=1 + 7 * (n - 1), granularity="W")


def _month_range_start(m: Match) -> TimeSpec | None:
    first = lookup(MONTHS, m["month"])
    last = lookup(MONTHS, m["m2"])
    year = year_of(m["year"])
    if first is None or last is None or year is None or first >= last:
        return None
    return TimeSpec(year=year, month=first)


def _range_start(m: Match) -> TimeSpec | None:
    spec = _date(m)
    if spec is None or not (m.has("d2") and 1 <= int(m["day"] or 0) < int(m["d2"] or 0)):
        return None
    return spec


def _month_named(m: Match) -> TimeSpec | None:
    spec = _date(m)
    if spec is None:
        return None
    if not (m.has("shahr") or m.has("month2")) and key(m["month"]) in AMBIGUOUS_MONTHS:
        return None
    return spec


def _month_after_lead(m: Match) -> TimeSpec | None:
    # "باب" (door) is ب + آب: a clitic alone does not make a short name a month
    if m.has("blead") and len(key(m["month"])) <= 3:
        return None
    return _date(m)


def _every_year(m: Match) -> TimeSpec | None:
    spec = _date(m)
    if spec is None or spec.month is None or spec.day is None:
        return None
    return TimeSpec(type="SET", value=f"XXXX-{spec.month:02d}-{spec.day:02d}")


def _numeric_dmy(m: Match) -> TimeSpec | None:
    day, month = int(m["d"] or 0), int(m["mo"] or 0)
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    return TimeSpec(year=year_of(m["year"]), month=month, day=day)


def _numeric_month(m: Match) -> TimeSpec | None:
    month = int(m["mo"] or 0)
    if not 1 <= month <= 12:
        return None
    return TimeSpec(month=month, direction=signal_direction(m["signal"]) or CONTEXT)


def _day_of_month(m: Match) -> TimeSpec | None:
    return TimeSpec(day=int(m["d"] or 0))


def _day_slash_month(m: Match) -> TimeSpec | None:
    spec = _numeric_dmy(m)
    # "12/3" alone may be a ratio: only a reminder or a future sentence makes it a date
    return None if spec is None else attrs.evolve(spec, needs_future=True)


def _numeric_ymd(m: Match) -> TimeSpec | None:
    return _numeric_dmy(m)


def _year(m: Match) -> TimeSpec | None:
    year = year_of(m["year"])
    if year is None or not 1000 <= year <= 2199:
        return None
    return TimeSpec(year=year)


def _bare_year(m: Match) -> TimeSpec | None:
    year = year_of(m["year"])
    if year is None or not 1900 <= year <= 2100:
        return None
    return TimeSpec(year=year)


def _lone_year(m: Match) -> TimeSpec | None:
    if m.has("nondate"):
        return None
    return _bare_year(m)


def _en_date(m: Match) -> TimeSpec | None:
    month = lookup(EN_MONTHS, m["en_month"] or m["em2"])
    if month is None:
        return None
    return TimeSpec(year=year_of(m["year"]), month=month, day=int(m["day"] or m["dd"] or 0))


def _holiday(m: Match) -> TimeSpec | None:
    found = lookup(GREGORIAN_HOLIDAYS, m["gholiday"])
    if found is None:
        return None
    return TimeSpec(
        month=found[0],
        day=found[1],
        year=year_of(m["year"]),
        direction=signal_direction(m["signal"]) or CONTEXT,
    )


RULES = (
    Rule(
        name="date_day_month_year",
        pattern=_WEEKDAY_HEAD + _DAY + r"\s*(?:شهر\s+)?{monthp}" + _YEAR_TAIL,
        build=_date,
        examples=(
            Example(text="27 أكتوبر 2024", published="2024-10-29", value="2024-10-27"),
            Example(text="21 تشرين الأول 2024", published=None, value="2024-10-21"),
            Example(text="٢١ أكتوبر ٢٠٢٤", published=None, value="2024-10-21"),
            Example(
                text="الاثنين 21 أكتوبر (تشرين الأول) 2024", published=None, value="2024-10-21"
            ),
            Example(text="5 جويلية 2023", published="2023-08-01", value="2023-07-05"),
            Example(text="3 غشت 2022", published="2023-08-01", value="2022-08-03"),
            Example(text="الحادي والعشرين من مارس 2024", published=None, value="2024-03-21"),
            Example(text="الأول من يناير عام 2025", published=None, value="2025-01-01"),
            Example(text="12 نونبر 2021م", published=None, value="2021-11-12"),
            Example(
                text="أعلن الجيش في 31 فبراير 2024 شيئا",
                published=None,
                surface="31 فبراير 2024",
                value="2024-02",
            ),
        ),
        priority=2,
    ),
    Rule(
        name="date_day_month",
        pattern=_WEEKDAY_HEAD + _DAY + r"\s*(?:شهر\s+)?{monthp}(?:\s+{signal})?",
        build=_date,
        examples=(
            Example(
                text="بحلول 27 أكتوبر سيطرت القوات",
                published="2024-10-29",
                surface="27 أكتوبر",
                value="2024-10-27",
            ),
            Example(text="15 أيار الماضي", published="2024-10-29", value="2024-05-15"),
            Example(text="الحادي والعشرين من مارس", published="2024-10-29", value="2024-03-21"),
            Example(
                text="من المقرر أن تجري الانتخابات في 5 نوفمبر",
                published="2024-10-29",
                surface="5 نوفمبر",
                value="2024-11-05",
            ),
            Example(text="10 دجنبر المقبل", published="2024-10-29", value="2024-12-10"),
            Example(text="يوم الخميس المقبل 2 مارس", published="2023-02-27", value="2023-03-02"),
            Example(text="16 يوليو الجاري", published="2024-07-07", value="2024-07-16"),
            Example(text="يوم 5 شتنبر المقبل", published="2022-08-01", value="2022-09-05"),
            Example(
                text="تجري الانتخابات في 5 نوفمبر",
                published="2024-10-29",
                surface="5 نوفمبر",
                value="2024-11-05",
            ),
            Example(
                text="منذ 5 نوفمبر", published="2024-10-29", surface="5 نوفمبر", value="2023-11-05"
            ),
        ),
        priority=1,
    ),
    Rule(
        name="day_range_start",
        pattern=r"(?P<span>{day})\s*(?:و|-|–|إلى|الى|حتى|لغاية)\s*{day:d2}\s*"
        r"(?:من\s+)?(?:شهر\s+)?{monthp}(?:" + _YEAR_TAIL + r"|\s+{signal})?",
        build=_range_start,
        examples=(
            Example(
                text="خلال الفترة 11-12 نوفمبر 2023",
                published=None,
                surface="11",
                value="2023-11-11",
                others=("12 نوفمبر 2023",),
            ),
            Example(
                text="ما بين 10 و15 أكتوبر الجاري",
                published="2024-10-21",
                surface="10",
                value="2024-10-10",
                others=("15 أكتوبر الجاري",),
            ),
        ),
    ),
    Rule(
        name="every_year_date",
        pattern=r"(?:{day}|{ordinal})\s+(?:من\s+)?(?:شهر\s+)?{monthp}\s+(?:من\s+)?كل\s+(?:عام|سنة)",
        build=_every_year,
        examples=(
            Example(
                text="الثامن عشر من ديسمبر من كل عام",
                published="2022-12-18",
                value="XXXX-12-18",
                type="SET",
            ),
        ),
        priority=3,
    ),
    Rule(
        name="month_range_start",
        pattern=r"(?P<span>(?:شهر\s+)?{month})\s*(?:-|–|إلى|الى|حتى|و|لغاية)\s*{month:m2}"
        + _YEAR_TAIL,
        build=_month_range_start,
        examples=(
            Example(
                text="من يناير إلى أبريل ٢٠١٧",
                published="2019-05-02",
                surface="يناير",
                value="2017-01",
                others=("أبريل ٢٠١٧",),
            ),
        ),
    ),
    Rule(
        name="week_of_month",
        pattern=r"(?:الأسبوع|الاسبوع)\s+{ordinal}\s+(?:من\s+)?(?:شهر\s+)?{monthp}(?:"
        + _YEAR_TAIL
        + r"|\s+{signal})?",
        build=_week_of_month,
        examples=(
            Example(text="الأسبوع الأول من يوليو 2024", published=None, value="2024-W27"),
            Example(text="الأسبوع الأول من نوفمبر", published="2024-10-21", value="2024-W44"),
        ),
        priority=3,
    ),
    Rule(
        name="month_year",
        pattern=r"(?:شهري?\s+)?{monthp}" + _YEAR_TAIL,
        build=_date,
        examples=(
            Example(text="يونيو (حزيران) 2024", published="2024-10-29", value="2024-06"),
            Example(text="فبراير 2022", published="2024-10-15", value="2022-02"),
            Example(text="شهر آب 2024", published=None, value="2024-08"),
            Example(text="مارس من عام 2023", published=None, value="2023-03"),
            Example(text="أفريل ٢٠٢٣", published=None, value="2023-04"),
            Example(text="شتنبر 2019", published=None, value="2019-09"),
            Example(text="كانون الثاني/يناير 2020", published=None, value="2020-01"),
        ),
        priority=1,
    ),
    Rule(
        name="month_signal",
        pattern=r"(?:شهري?\s+)?{monthp}\s+{signal}",
        build=_date,
        examples=(
            Example(text="يونيو الماضي", published="2024-10-31", value="2024-06"),
            Example(text="يوليو الماضي", published="2023-08-31", value="2023-07"),
            Example(text="أكتوبر الماضي", published="2024-10-31", value="2023-10"),
            Example(text="سبتمبر المقبل", published="2024-03-12", value="2024-09"),
            Example(text="شهر مارس المقبل", published="2024-03-12", value="2025-03"),
            Example(text="تموز القادم", published="2024-03-12", value="2024-07"),
        ),
    ),
    Rule(
        name="month_named",
        pattern=r"(?P<shahr>شهري?\s+)?{monthp}",
        build=_month_named,
        examples=(
            Example(
                text="وانضمت مصر في يناير/كانون الثاني",
                published="2024-10-21",
                surface="يناير/كانون الثاني",
                value="2024-01",
            ),
            Example(text="أكتوبر (تشرين الأول)", published="2024-10-29", value="2024-10"),
            Example(text="شهر مارس", published="2024-10-29", value="2024-03"),
            Example(
                text="زار بيونغ يانغ في يونيو",
                published="2024-10-15",
                surface="يونيو",
                value="2024-06",
            ),
            Example(text="نوفمبر", published="2024-10-15", value="2023-11"),
            Example(
                text="من المتوقع أن يزور موسكو في نوفمبر",
                published="2024-10-15",
                surface="نوفمبر",
                value="2024-11",
            ),
            Example(text="جوان", published="2024-10-15", value="2024-06"),
        ),
    ),
    Rule(
        name="month_after_lead",
        pattern=r"(?:(?:في|منذ|حتى|خلال|مطلع|نهاية|منتصف|بداية|أواخر|أوائل|قبل|بعد|شهري)\s+|(?P<blead>ب))"
        r"(?P<span>{month})",
        build=_month_after_lead,
        examples=(
            Example(
                text="وفي مارس استخدمت روسيا",
                published="2024-10-15",
                surface="مارس",
                value="2024-03",
            ),
            Example(text="منذ آب", published="2024-10-15", surface="آب", value="2024-08"),
            Example(
                text="يصوم الناس بمارس", published="2024-10-15", surface="مارس", value="2024-03"
            ),
        ),
        priority=-1,
    ),
    Rule(
        name="numeric_dmy",
        pattern=r"(?P<d>[0-3]?\d)\s*(?P<sep>[/.-])\s*(?P<mo>[01]?\d)\s*(?P=sep)\s*{year}",
        build=_numeric_dmy,
        examples=(
            Example(text="21-10-2024", published=None, value="2024-10-21"),
            Example(text="٢١/١٠/٢٠٢٤", published=None, value="2024-10-21"),
            Example(text="۲۱/۱۰/۲۰۲۴", published=None, value="2024-10-21"),
            Example(text="1.3.2023", published=None, value="2023-03-01"),
        ),
        priority=2,
    ),
    Rule(
        name="numeric_day_month",
        pattern=r"يوم\s+(?P<d>[0-3]?\d)\s*/\s*(?P<mo>[01]?\d)(?![/\d])",
        build=_numeric_dmy,
        examples=(
            Example(
                text="سجل اجتماع اللجنة يوم 5/5",
                published="2023-04-28",
                surface="يوم 5/5",
                value="2023-05-05",
                prefer="future",
            ),
        ),
    ),
    Rule(
        name="numeric_month",
        pattern=r"شهر\s+(?P<mo>1[0-2]|0?[1-9])(?!\d)(?:\s+{signal})?",
        build=_numeric_month,
        examples=(
            Example(text="شهر 11", published="2023-06-01", value="2023-11", prefer="future"),
            Example(text="شهر 3 الماضي", published="2023-06-01", value="2023-03"),
        ),
    ),
    Rule(
        name="day_of_month",
        pattern=r"يوم\s+(?P<d>[12]\d|3[01]|0?[1-9])(?![\d/.:-])(?!\s+(?:{month}|من))",
        build=_day_of_month,
        examples=(
            Example(text="يوم 15", published="2024-05-20", value="2024-06-15", prefer="future"),
            Example(text="يوم 15", published="2024-05-20", value="2024-05-15"),
        ),
    ),
    Rule(
        name="wire_dateline",
        pattern=r"(?P<d>[0-3]?\d)\s*-\s*(?P<mo>[01]?\d)(?=\s*\(\s*(?:{agency})\s*\))",
        build=_numeric_dmy,
        examples=(
            Example(
                text="العلا - 5 - 1 (كونا) -- انطلقت",
                published="2021-01-05",
                surface="5 - 1",
                value="2021-01-05",
            ),
            Example(
                text="الكويت - ٦ - ٣ (كونا) --",
                published="2026-03-06",
                surface="٦ - ٣",
                value="2026-03-06",
            ),
        ),
    ),
    Rule(
        name="day_slash_month",
        pattern=r"(?<![\d/.-])(?P<d>[0-3]?\d)/(?P<mo>[01]?\d)(?![\d/.-])",
        build=_day_slash_month,
        examples=(
            Example(
                text="سجلي عندي فحص السواقة 12/3",
                published="2025-02-02",
                surface="12/3",
                value="2025-03-12",
                prefer="future",
            ),
        ),
        priority=-1,
    ),
    Rule(
        name="numeric_ymd",
        pattern=r"{year}\s*(?P<sep>[/.-])\s*(?P<mo>[01]?\d)\s*(?P=sep)\s*(?P<d>[0-3]?\d)(?!\d)",
        build=_numeric_ymd,
        examples=(
            Example(text="2024/10/21", published=None, value="2024-10-21"),
            Example(text="2023-08-31", published=None, value="2023-08-31"),
        ),
        priority=2,
    ),
    Rule(
        name="year_explicit",
        pattern=r"(?:عام|العام|سنة|السنه|لعام|لسنه)\s+{year}(?:\s*{gsuf})?",
        build=_year,
        examples=(
            Example(text="عام 2024", published=None, value="2024"),
            Example(text="العام 2019", published=None, value="2019"),
            Example(text="سنة 1990م", published=None, value="1990"),
        ),
    ),
    Rule(
        name="year_after_lead",
        pattern=r"(?:{year_lead})\s+(?P<span>{year}(?:\s*{gsuf})?)(?!\s*(?:{count_noun}|{hsuf}))",
        build=_bare_year,
        examples=(
            Example(text="منذ 2014", published=None, surface="2014", value="2014"),
            Example(text="في ٢٠٢٢ وقعت الحرب", published=None, surface="٢٠٢٢", value="2022"),
            Example(text="حتى 2030م", published=None, surface="2030م", value="2030"),
        ),
        priority=-1,
    ),
    Rule(
        name="year_alone",
        pattern=r"(?:(?P<nondate>{non_date_lead})\s+)?(?P<span>{year}(?:\s*{gsuf})?)"
        r"(?!\s*(?:{count_noun})|\s*[%٪]|[.,]\d|\s+من\s|\s*{hsuf})",
        build=_lone_year,
        examples=(
            Example(text="مقارنة بمستويات 2019", published=None, surface="2019", value="2019"),
            Example(text="ميزانية 2025 الجديدة", published=None, surface="2025", value="2025"),
        ),
        priority=-2,
    ),
    Rule(
        name="english_date",
        pattern=r"(?:{day}(?:st|nd|rd|th)?\s*,?\s*{en_month}|{en_month:em2}\s+{day:dd}(?:st|nd|rd|th)?)"
        r"\s*,?\s*{year}",
        build=_en_date,
        examples=(
            Example(
                text="تاريخ النشر: 31st, August 2023 GMT",
                published=None,
                surface="31st, August 2023",
                value="2023-08-31",
            ),
            Example(text="October 21, 2024", published=None, value="2024-10-21"),
        ),
        priority=2,
    ),
    Rule(
        name="gregorian_holiday",
        pattern=r"{gholiday}(?:\s+{signal})?(?:\s+(?:(?:لعام|عام|سنة)\s+)?{year})?",
        build=_holiday,
        examples=(
            Example(text="عيد الميلاد المجيد", published="2024-10-01", value="2023-12-25"),
            Example(text="عيد الميلاد المجيد", published="2024-12-01", value="2024-12-25"),
            Example(text="عيد العمال المقبل", published="2024-12-01", value="2025-05-01"),
        ),
    ),
)
