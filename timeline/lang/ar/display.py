"""Arabic words the pictures and the HTML page show (labels, months, legend)."""

from __future__ import annotations

# A lane of events of one type in a picture (plural), or of one calendar.
LANE_LABELS: dict[str, str] = {
    "MEETING": "لقاءات وقمم",
    "VISIT": "زيارات",
    "DEPLOYMENT": "نشر قوات",
    "AGREEMENT": "اتفاقات",
    "ATTACK": "هجمات",
    "INVASION": "غزو وتوغل",
    "RECAPTURE": "استعادة",
    "STATEMENT": "تصريحات",
    "SUMMONS": "استدعاءات",
    "VETO": "فيتو",
    "NEGOTIATION": "مفاوضات",
    "AID": "مساعدات",
    "gregorian": "تقويم ميلادي",
    "hijri": "تقويم هجري",
}

# One event's type on a card of the HTML page (singular).
TYPE_NAMES: dict[str, str] = {
    "MEETING": "لقاء أو قمة",
    "VISIT": "زيارة",
    "DEPLOYMENT": "نشر قوات",
    "AGREEMENT": "اتفاق",
    "ATTACK": "هجوم",
    "INVASION": "غزو",
    "RECAPTURE": "استعادة",
    "STATEMENT": "تصريح",
    "SUMMONS": "استدعاء",
    "VETO": "فيتو",
    "NEGOTIATION": "مفاوضات",
    "AID": "مساعدات",
}

# Month names on a time axis.
MONTHS: tuple[str, ...] = (
    "يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو",
    "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر",
)  # fmt: skip
HIJRI_MONTHS: tuple[str, ...] = (
    "محرم", "صفر", "ربيع الأول", "ربيع الآخر", "جمادى الأولى", "جمادى الآخرة",
    "رجب", "شعبان", "رمضان", "شوال", "ذو القعدة", "ذو الحجة",
)  # fmt: skip
HIJRI_SUFFIX = "هـ"

# The legend of a picture: how a mark shows what is known of an event's time.
LEGEND: dict[str, str] = {
    "day": "يوم معروف",
    "span": "شهر أو سنة",
    "start": "بداية معروفة فقط",
    "published": "تاريخ نشر مصدر",
}

TITLE = "الخط الزمني"
LIST_SEPARATOR = "، "
ONE_SOURCE = "مصدر"
SOURCES = "مصادر"
# An interval open on one side, and one open on both ("after 2024-08-06").
AFTER = "بعد"
BEFORE = "قبل"
UNKNOWN = "غير محدد"
