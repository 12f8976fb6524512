"""Durations: ستة أسابيع، عامين ونصف، 48 ساعة، عدة أشهر، الأشهر القليلة الماضية."""

from __future__ import annotations

from timeline.lang.ar.common import DUAL_PERIODS, UNITS, key, lookup, number
from timeline.rules import Example, Match, Rule
from timeline.values import TimeSpec

# How a half or a quarter of each unit is written in smaller units.
_HALF = {
    "Y": (6, "M"),
    "M": (15, "D"),
    "W": (84, "H"),
    "D": (12, "H"),
    "H": (30, "MIN"),
    "DE": (5, "Y"),
    "CE": (50, "Y"),
    "MIN": (30, "S"),
}
_QUARTER = {
    "Y": (3, "M"),
    "H": (15, "MIN"),
    "CE": (25, "Y"),
    "M": (7, "D"),
    "D": (6, "H"),
    "DE": (30, "M"),
}
_FRACTIONS = {"نصف": _HALF, "نص": _HALF, "ربع": _QUARTER}


def render(parts: dict[str, float | str]) -> str:
    """Write unit amounts as a TIMEX3 duration (``{"Y": 2, "M": 6}`` → ``P2Y6M``).

    Examples:
        >>> render({"H": 1, "MIN": 30})
        'PT1H30M'
    """
    date = "".join(
        f"{_num(parts[u])}{ {'DE': 'DE', 'CE': 'CE'}.get(u, u) }"
        for u in ("CE", "DE", "Y", "M", "W", "D")
        if u in parts
    )
    time = "".join(
        f"{_num(parts[u])}{'M' if u == 'MIN' else u}" for u in ("H", "MIN", "S") if u in parts
    )
    return "P" + date + (f"T{time}" if time else "")


def _num(value: float | str) -> str:
    if isinstance(value, str):
        return value
    return str(int(value)) if float(value).is_integer() else f"{value:g}"


def _amount(m: Match) -> float | str | None:
    """The amount of the first unit: digits, number words, a dual, واحد, or X."""
    info = lookup(UNITS, m["unit"])
    if info is None:
        return None
    implied = info[1]
    if m.has("num"):
        raw = key(m["num"]).replace(",", ".")
        try:
            value = float(raw) if "." in raw else number(raw)
        except ValueError:
            return None
        if value is None or implied == 2 or value > 10000:
            return None
        return value
    if implied is not None and (
        implied == 2 or m.has("lead") or m.has("half") or m.has("one") or m.has("u2") or m.has("u3")
    ):
        return implied
    if implied is None and m.has("lead"):
        return "X"
    return None


def amount_parts(m: Match) -> dict[str, float | str] | None:
    """Unit amounts of a (possibly compound) amount: ``سنتين وشهرين`` → ``{Y: 2, M: 2}``."""
    info = lookup(UNITS, m["unit"])
    value = _amount(m)
    if info is None or value is None:
        return None
    unit = info[0]
    parts: dict[str, float | str] = {unit: value}
    if m.has("half"):
        fraction = _FRACTIONS[key(m["half"])].get(unit)
        if fraction is None or isinstance(value, str):
            return None
        amount, small = fraction
        parts[small] = amount
    for group, count_group in (("u2", "n2"), ("u3", None)):
        extra = lookup(UNITS, m[group]) if m.has(group) else None
        if extra is None:
            continue
        count = number(m[count_group]) if count_group and m.has(count_group) else extra[1]
        if count is None or extra[0] in parts:
            return None
        parts[extra[0]] = count
    return parts


def _count(m: Match) -> TimeSpec | None:
    parts = amount_parts(m)
    return None if parts is None else TimeSpec(type="DURATION", value=render(parts))


def _dual_period(m: Match) -> TimeSpec | None:
    unit = lookup(DUAL_PERIODS, m["dual_period"])
    return None if unit is None else TimeSpec(type="DURATION", value=render({unit: 2}))


def _bare_plural(m: Match) -> TimeSpec | None:
    info = lookup(UNITS, m.full)
    return None if info is None else TimeSpec(type="DURATION", value=render({info[0]: "X"}))


def _fraction(m: Match) -> TimeSpec | None:
    info = lookup(UNITS, m["unit_sg"])
    if info is None:
        return None
    fraction = _FRACTIONS[key(m["frac"])].get(info[0])
    if fraction is None:
        return None
    amount, small = fraction
    return TimeSpec(type="DURATION", value=render({small: amount}))


def _several(m: Match) -> TimeSpec | None:
    info = lookup(UNITS, m["unit_pl"] or m["unit"])
    if info is None:
        return None
    return TimeSpec(type="DURATION", value=render({info[0]: "X"}))


def _recent(m: Match) -> TimeSpec | None:
    info = lookup(UNITS, m["unit_pl"] or m["unit"])
    if info is None:
        return None
    count = number(m["num"]) if m.has("num") else None
    if count is None and m.has("future"):
        return TimeSpec(value="FUTURE_REF")  # الأيام المقبلة: the time to come, not a span
    return TimeSpec(type="DURATION", value=render({info[0]: count if count else "X"}))


_RECENT = (
    r"(?:{past}|{future}|الأخيرة|الأخيرين|الماضيين|المقبلين|القادمين|الأولى|الأولين)"
    r"(?:\s+من\s+(?:{this}\s+)?(?:العام|السنة)(?:\s+{signal})?)?"
)

RULES = (
    Rule(
        name="duration_count",
        pattern=r"(?:{num}\s+)?{unit}(?:\s+(?P<one>واحد|واحدة|واحدا))?"
        r"(?:\s+و\s*(?:(?P<half>نصف|نص|ربع)(?:\s+{unit_sg})?|{num:n2}\s+{unit:u2}|{unit_dual:u3}))?",
        build=_count,
        examples=(
            Example(text="ستة أسابيع", published=None, value="P6W"),
            Example(text="عامين ونصف", published=None, value="P2Y6M"),
            Example(text="عامين ونصف عام", published=None, value="P2Y6M"),
            Example(text="في غضون 48 ساعة", published=None, surface="48 ساعة", value="PT48H"),
            Example(text="ثلاثة أيام", published=None, value="P3D"),
            Example(text="أسبوعين", published=None, value="P2W"),
            Example(text="ساعة ونصف", published=None, value="PT1H30M"),
            Example(text="ساعة ونص", published=None, value="PT1H30M"),
            Example(text="خمسة عشر عاماً", published=None, value="P15Y"),
            Example(text="عقدين", published=None, value="P2DE"),
        ),
    ),
    Rule(
        name="duration_from_event",
        pattern=r"(?P<lead>بعد|قبل)\s+(?P<span>(?:{num}\s+)?{unit})(?=\s+(?:من|على)(?!\w))",
        build=_count,
        examples=(
            Example(
                text="وجاء هذا بعد أسبوع من تصريح الوزير",
                published="2024-10-15",
                surface="أسبوع",
                value="P1W",
            ),
            Example(
                text="قبل ثلاثة أيام من الانتخابات",
                published="2024-10-15",
                surface="ثلاثة أيام",
                value="P3D",
            ),
            Example(
                text="قبل ساعات من سريان الهدنة",
                published="2024-11-27",
                surface="ساعات",
                value="PTXH",
            ),
        ),
        priority=1,
    ),
    Rule(
        name="duration_lead",
        pattern=r"(?P<lead>لمدة|طوال|على\s+مدى|على\s+مدار|خلال|في\s+غضون|{mod_word}|لأجل|لفترة"
        r"|بعد|عقب)\s+"
        r"(?P<span>{unit_sg:unit})",
        build=_count,
        examples=(
            Example(text="على مدى شهر", published=None, surface="شهر", value="P1M"),
            Example(text="لمدة عام", published=None, surface="عام", value="P1Y"),
        ),
        priority=-1,
    ),
    Rule(
        name="duration_fraction",
        pattern=r"(?P<frac>نصف|نص|ربع)\s+{unit_sg}",
        build=_fraction,
        examples=(
            Example(text="نصف ساعة", published=None, value="PT30M"),
            Example(text="ربع قرن", published=None, value="P25Y"),
            Example(text="نصف عام", published=None, value="P6M"),
        ),
    ),
    Rule(
        name="duration_several",
        pattern=r"(?:{several})\s+{unit_pl}",
        build=_several,
        examples=(
            Example(text="عدة أشهر", published=None, value="PXM"),
            Example(text="منذ عدة أشهر", published="2024-10-21", surface="عدة أشهر", value="PXM"),
            Example(text="بضع سنوات", published=None, value="PXY"),
            Example(text="بضعة أيام", published=None, value="PXD"),
        ),
    ),
    Rule(
        name="duration_vague_lead",
        pattern=r"(?:منذ|لمدة|طوال|على\s+مدى|على\s+مدار|لعدة|خلال|في\s+غضون)\s+"
        r"(?P<span>{unit_pl})",
        build=_several,
        examples=(
            Example(text="منذ سنوات", published=None, surface="سنوات", value="PXY"),
            Example(text="على مدى أيام", published=None, surface="أيام", value="PXD"),
        ),
        priority=-1,
    ),
    Rule(
        name="duration_recent",
        pattern=r"{unit_pl}\s+(?:(?:ال)?{num}\s+)?(?:القليلة\s+)?" + _RECENT,
        build=_recent,
        examples=(
            Example(text="الأشهر القليلة الماضية", published="2024-10-15", value="PXM"),
            Example(text="الأيام العشرة الماضية", published="2024-10-15", value="P10D"),
            Example(text="السنوات الخمس الأخيرة", published="2024-10-15", value="P5Y"),
            Example(text="الأسابيع المقبلة", published="2024-10-15", value="FUTURE_REF"),
            Example(text="الأشهر الثمانية الأولى من السنة", published="2024-10-15", value="P8M"),
            Example(text="الساعات الـ24 الماضية", published="2024-10-15", value="PT24H"),
        ),
    ),
    Rule(
        name="duration_recent_count",
        pattern=r"(?:ال)?{num}\s+{unit}\s+" + _RECENT,
        build=_recent,
        examples=(
            Example(text="الـ48 ساعة الماضية", published="2024-10-15", value="PT48H"),
            Example(text="12 شهرا المقبلة", published="2024-10-15", value="P12M"),
        ),
    ),
    Rule(
        name="duration_dual_period",
        pattern=r"{dual_period}\s+{dual_signal}",
        build=_dual_period,
        examples=(
            Example(text="العامين الماضيين", published="2024-10-15", value="P2Y"),
            Example(text="الأسبوعين المقبلين", published="2024-10-15", value="P2W"),
        ),
    ),
    Rule(
        name="duration_bare_plural",
        pattern=r"(?:ل|(?:استمر\w*|يستمر\w*|تستمر\w*|دام\w*|تدوم|يدوم|متأخر\w*|تأخر\w*"
        r"|طيلة|طوال|بعد|قبل)\s+)(?P<span>(?:أسابيع|أشهر|شهور|سنوات|سنين|ساعات|دقائق|أيام|أعوام"
        r"|عقود))(?!\s+ال)",
        build=_bare_plural,
        examples=(
            Example(
                text="متأخراً أسابيع عن المواعيد", published=None, surface="أسابيع", value="PXW"
            ),
            Example(text="إقفال الطريق لساعات", published=None, surface="ساعات", value="PTXH"),
        ),
        priority=-3,
    ),
    Rule(
        name="duration_by_amount",
        pattern=r"(?P<lead>ب)(?P<span>(?:{num}\s+)?{unit})",
        build=_count,
        examples=(
            Example(text="قبل الموعد الرسمي بأسبوع", published=None, surface="أسبوع", value="P1W"),
            Example(text="تأخر القطار بساعة", published=None, surface="ساعة", value="PT1H"),
        ),
        priority=-1,
    ),
    Rule(
        name="duration_several_after",
        pattern=r"{unit_pl}\s+(?:عدة|عديدة)",
        build=_several,
        examples=(Example(text="أشهراً عدة", published=None, value="PXM"),),
    ),
)
