"""extract(): arguments, errors, anchoring policy, segments, offsets on decorated text."""

from __future__ import annotations

import datetime as dt

import pytest

import timeline
from timeline.errors import InvalidDocumentDateError, InvalidSettingError, InvalidTextError


def values(text: str, **kwargs: object) -> list[tuple[str, str]]:
    doc = timeline.extract(text, **kwargs)  # type: ignore[arg-type]
    return [(t.text, t.value) for t in doc.timexes]


@pytest.mark.parametrize(
    "published",
    ["2024-10-21", dt.date(2024, 10, 21), dt.datetime(2024, 10, 21, 15, 30), "2024-10-21T08:00"],
)
def test_published_forms(published: object) -> None:
    assert values("وصل أمس", published=published) == [("أمس", "2024-10-20")]


def test_bad_published_is_a_value_error() -> None:
    with pytest.raises(InvalidDocumentDateError) as err:
        timeline.extract("أمس", published="yesterday")
    assert isinstance(err.value, ValueError)
    with pytest.raises(ValueError):
        timeline.extract("أمس", published=20241021)  # type: ignore[arg-type]


def test_unknown_prefer_is_a_value_error() -> None:
    with pytest.raises(InvalidSettingError) as err:
        timeline.extract("أمس", prefer="sometimes")
    assert isinstance(err.value, ValueError)


def test_non_str_text_is_a_type_error() -> None:
    with pytest.raises(InvalidTextError) as err:
        timeline.extract(b"\xd8\xa3\xd9\x85\xd8\xb3")  # type: ignore[arg-type]
    assert isinstance(err.value, TypeError)


def test_no_published_gives_x_values() -> None:
    assert values("زار الوفد موسكو أمس الإثنين") == [("أمس الإثنين", "XXXX-XX-XX")]
    assert values("الشهر الماضي") == [("الشهر الماضي", "XXXX-XX")]
    assert values("يونيو") == [("يونيو", "XXXX-06")]
    assert values("يونيو 2024") == [("يونيو 2024", "2024-06")]


def test_prefer_future_and_past() -> None:
    # 2024-10-22 is a Tuesday.
    assert values("الخميس", published="2024-10-22", prefer="future") == [("الخميس", "2024-10-24")]
    assert values("الخميس", published="2024-10-22", prefer="past") == [("الخميس", "2024-10-17")]
    assert values("الخميس", published="2024-10-22") == [("الخميس", "2024-10-17")]
    # explicit signals win over the preference
    assert values("الخميس الماضي", published="2024-10-22", prefer="future") == [
        ("الخميس الماضي", "2024-10-17")
    ]


def test_future_cue_does_not_cross_a_reporting_verb() -> None:
    text = "من المقرر أن يزور الرئيس باريس، كما قال الوزير يوم الأحد"
    assert values(text, published="2024-10-22")[-1] == ("يوم الأحد", "2024-10-20")


def test_future_verb_with_seen_prefix() -> None:
    assert values("سيزور الرئيس موسكو يوم الأحد", published="2024-10-22") == [
        ("يوم الأحد", "2024-10-27")
    ]
    # a noun that starts like a future verb is not a cue
    assert values("سيول أعلنت يوم الأحد", published="2024-10-22") == [("يوم الأحد", "2024-10-20")]


def test_decorated_text_keeps_original_offsets() -> None:
    text = "وقع الاتفاق في يـــونيو الماضي و‏أمس‏ وصل الوفد يُونْيُو"
    doc = timeline.extract(text, published="2024-10-31")
    got = [(t.text, t.value) for t in doc.timexes]
    assert got[0] == ("يـــونيو الماضي", "2024-06")
    assert ("أمس", "2024-10-30") in got
    assert got[-1] == ("يُونْيُو", "2024-06")
    for t in doc.timexes:
        assert text[t.start : t.end] == t.text


def test_clitics_are_outside_the_span() -> None:
    assert values("وبعد غد", published="2024-10-21") == [("بعد غد", "2024-10-23")]
    assert values("ولعام 2024", published="2024-10-21") == [("عام 2024", "2024")]


def test_related_block_segment() -> None:
    text = "وصل الوفد أمس إلى موسكو.\nاقرأ أيضاً:\nغادر الوزير أمس العاصمة في أغسطس 2024."
    doc = timeline.extract(text, published="2023-08-31")
    assert [(t.text, t.value) for t in doc.timexes] == [
        ("أمس", "2023-08-30"),
        ("أمس", "XXXX-XX-XX"),
        ("أغسطس 2024", "2024-08"),
    ]
    assert [s.kind for s in doc.segments] == ["article", "related"]


def test_headline_line_segment() -> None:
    text = "قال الوزير أمس إن المحادثات مستمرة.\nالرئيس يزور موسكو اليوم\nوأضاف أن الوفد وصل."
    doc = timeline.extract(text, published="2024-10-21")
    assert [(t.text, t.value) for t in doc.timexes] == [
        ("أمس", "2024-10-20"),
        ("اليوم", "XXXX-XX-XX"),
    ]


def test_hijri_pair_is_cross_checked() -> None:
    doc = timeline.extract("الخميس 15 صفر 1445هـ الموافق 31 أغسطس 2023م")
    hijri, greg = doc.timexes
    assert hijri.value == greg.value == "2023-08-31"
    assert hijri.calendar == "hijri" and hijri.hijri == "1445-02-15"
    assert hijri.note and "agree" in hijri.note
    # a day off (local sighting): the text's Gregorian date wins, with a note
    near = timeline.extract("الخميس 15 ربيع الأول 1446 هـ - 19 سبتمبر 2024 م")
    assert [t.value for t in near.timexes] == ["2024-09-19", "2024-09-19"]
    assert near.timexes[0].hijri == "1446-03-15" and "2024-09-18" in (near.timexes[0].note or "")
    bad = timeline.extract("15 صفر 1445هـ الموافق 10 سبتمبر 2023م")
    assert bad.timexes[0].value == "2023-08-31"
    assert bad.timexes[0].note and "conflict" in bad.timexes[0].note


def test_hijri_out_of_range_is_reported_not_raised() -> None:
    doc = timeline.extract("شوال 1550هـ")
    (t,) = doc.timexes
    assert t.value.startswith("X") and t.note and "1343" in t.note


def test_impossible_gregorian_date_is_flagged() -> None:
    (t,) = timeline.extract("31 فبراير 2024").timexes
    assert t.value == "2024-02" and t.note and "invalid" in t.note


def test_header_date_is_found() -> None:
    text = "عنوان الخبر\nنشر في 2024/10/21\nوصل الوفد أمس."
    doc = timeline.extract(text)
    assert doc.published == dt.date(2024, 10, 21)
    assert ("أمس", "2024-10-20") in [(t.text, t.value) for t in doc.timexes]


def test_caller_date_wins_over_header() -> None:
    doc = timeline.extract("تاريخ النشر: 31st, August 2023 GMT\nوصل أمس", published="2024-01-02")
    assert doc.published == dt.date(2024, 1, 2) and doc.published_source == "caller"


def test_odd_text_is_not_an_error() -> None:
    for text in ["", " ", "\x00\x00", "٢٠٢٤" * 50, "يوم " * 200, "\u202b\u200f", "a\r\nb"]:
        doc = timeline.extract(text, published="2024-10-21")
        for t in doc.timexes:
            assert text[t.start : t.end] == t.text


def test_whitespace_runs_and_controls_keep_offsets() -> None:
    text = "وصل الوفد في  \u200f يونيو \r\n\r\n الماضي \t أمس"
    doc = timeline.extract(text, published="2024-10-31")
    assert [(t.text, t.value) for t in doc.timexes] == [
        ("يونيو \r\n\r\n الماضي", "2024-06"),
        ("أمس", "2024-10-30"),
    ]


def test_hard_wrapped_text_has_no_headline_segments() -> None:
    text = (
        "قال وزير الخارجية أمس إن المحادثات التي بدأت\n"
        "في العاصمة ستستمر حتى نهاية الأسبوع وإن الوفد\n"
        "سيعود إلى بلاده يوم الخميس المقبل بعد لقاء\n"
        "الرئيس اليوم في القصر الجمهوري"
    )
    doc = timeline.extract(text, published="2024-10-21")
    assert [s.kind for s in doc.segments] == ["article"]
    assert all(not t.value.startswith("X") for t in doc.timexes), doc.timexes


def test_following_day_counts_from_the_day_just_named() -> None:
    text = "وصل الوفد يوم 3 مايو 2024. وغادر في اليوم التالي إلى باريس."
    assert values(text, published="2024-10-21")[-1] == ("اليوم التالي", "2024-05-04")


def test_clock_time_takes_the_day_of_its_sentence() -> None:
    text = "ستفتح المراكز الثلاثاء من الساعة السابعة صباحاً."
    assert values(text, published="2020-11-08") == [
        ("الثلاثاء", "2020-11-10"),
        ("الساعة السابعة صباحاً", "2020-11-10T07:00"),
    ]


def test_same_month_counts_from_the_month_just_named() -> None:
    text = "بدأ التصويت الخاص في نوفمبر 2025، على أن يجري التصويت العام في التاسع من الشهر ذاته."
    assert values(text, published="2025-10-18")[-1] == ("التاسع من الشهر ذاته", "2025-11-09")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("30/02/2024", ("2024-02", "invalid")),
        ("31 فبراير 2024", ("2024-02", "invalid")),
        ("30 رمضان 1446هـ", ("XXXX-XX-XX", "invalid")),
        ("15 صفر 1600هـ", None),
        ("شوال 1550هـ", ("XXXX-XX", "1343")),
        ("عام 99999", None),
        ("1445/13/40", None),
    ],
)
def test_impossible_dates_never_raise(text: str, expected: tuple[str, str] | None) -> None:
    doc = timeline.extract(text, published="2024-10-21")
    if expected is None:
        assert all(not t.value[:4].isdigit() or t.note for t in doc.timexes), doc.timexes
        return
    (t,) = doc.timexes
    assert t.value == expected[0] and t.note and expected[1] in t.note


def test_a_related_block_saying_today_on_the_hosts_weekday_is_of_the_same_day() -> None:
    host = "قالت الوزارة أمس الإثنين إن الوفد وصل.\nاقرأ المزيد\n"
    same = timeline.extract(
        host + "وقالت الوكالة اليوم الثلاثاء إن الوزيرة غادرت أمس الإثنين.",
        published="2024-10-29",
    )
    assert same.segments[-1].published == dt.date(2024, 10, 29)
    assert [t.value for t in same.timexes][-2:] == ["2024-10-29", "2024-10-28"]
    other = timeline.extract(
        host + "وقالت الوكالة اليوم الجمعة إن الوزيرة غادرت أمس الخميس.",
        published="2024-10-29",
    )
    assert other.segments[-1].published is None
    assert [t.value for t in other.timexes][-2:] == ["XXXX-XX-XX", "XXXX-XX-XX"]


def test_extraction_leaves_the_cycle_collector_as_it_found_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import gc

    from timeline import pipeline

    text = "قال الرئيس إن القمة ستعقد يوم الثلاثاء المقبل في موسكو"
    assert gc.isenabled()
    assert timeline.extract(text, published="2024-10-21").events
    assert gc.isenabled()
    gc.disable()
    try:
        timeline.extract(text, published="2024-10-21")
        assert not gc.isenabled()
    finally:
        gc.enable()
    # a failure inside an extraction leaves it on too

    def failing(*_args: object, **_kwargs: object) -> None:
        raise RuntimeError("event reader failed")

    monkeypatch.setattr(pipeline, "find_events", failing)
    with pytest.raises(RuntimeError):
        timeline.extract(text, published="2024-10-21")
    assert gc.isenabled()
