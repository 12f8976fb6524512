"""Text that looks temporal but is not: case numbers, years inside names, counts."""

from __future__ import annotations

from timeline.rules import blocker

RULES = (
    blocker(
        "case_number_year",
        r"(?:رقم|القضية|القانون|المرسوم|القرار)\s+(?:رقم\s+)?\d+\s+(?:ل)?(?:سنة|لسنة|عام|لعام)"
        r"\s+{year}",
        ("في القضية رقم ١٥٢٠ لسنة ٢٠٢١ جنايات", "القانون رقم 5 لسنة 2019", "المرسوم 12 لعام 2020"),
    ),
    blocker(
        "year_in_name",
        r"(?:{non_date_lead}|مونديال|كأس\s+العالم(?:\s+fifa)?|أولمبياد|إكسبو|اكسبو|كوب|"
        r"fifa\s+\w+|«\w+)\s+{year}",
        ("رؤية 2030", "كأس العالم FIFA قطر 2022", "إكسبو 2020 دبي", "دورة «طوكيو 2020»"),
    ),
    blocker(
        "event_edition_year",
        r"(?:معرض|مهرجان|بطولة|ملتقى|منتدى|مؤتمر)(?:\s+[^\s\d]+){1,4}\s+{year}(?=\s|$|[،,.])",
        ("معرض الرياض الدولي للكتاب 2023", "مهرجان القاهرة السينمائي 2024"),
    ),
    blocker(
        "approximate_count",
        r"(?:أكثر|أقل)\s+من\s+{year}(?!\s*(?:{gsuf}|{hsuf}))|(?:نحو|حوالي|قرابة|زهاء)\s+{year:y2}"
        r"(?=\s+[^\d\s]+)(?!\s+(?:{month}|{gsuf}))",
        ("خصصت أكثر من 2000 حافلة", "نحو 1500 مقاتل"),
    ),
)
