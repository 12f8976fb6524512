"""Events: every trigger's examples, modality, participants, dating, the seeds."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

import timeline
from timeline.lang.ar.events import TRIGGERS
from timeline.triggers import EventExample

ROOT = Path(__file__).resolve().parent.parent


def _days(event: timeline.Event) -> tuple[str | None, str | None]:
    """An event's interval as ISO days (``None`` for an open side)."""
    return (
        event.earliest.isoformat() if event.earliest else None,
        event.latest.isoformat() if event.latest else None,
    )


CASES = [
    pytest.param(trigger.type, ex, id=f"ar/{trigger.type}/{ex.text[:40]}")
    for trigger in TRIGGERS
    for ex in trigger.examples
]


@pytest.mark.parametrize(("kind", "example"), CASES)
def test_trigger_example(kind: str, example: EventExample) -> None:
    doc = timeline.extract(example.text, published=example.published)
    at = example.text.index(example.trigger)
    span = (at, at + len(example.trigger))
    hits = [e for e in doc.events if e.start < span[1] and span[0] < e.end]
    if example.negative:
        assert not [e for e in hits if e.type == kind], hits
        return
    assert len(hits) == 1, doc.events
    event = hits[0]
    assert event.type == kind
    assert example.text[event.start : event.end] == event.trigger
    if example.value is not None:
        assert (event.value or "") == example.value, event
    if example.modality is not None:
        assert event.modality == example.modality, event
    for name in example.participants:
        assert name in event.participants, event
    if example.location is not None:
        assert event.location == example.location, event


def test_every_trigger_has_examples() -> None:
    assert all(t.examples for t in TRIGGERS)
    types = {t.type for t in TRIGGERS}
    assert {
        "MEETING",
        "VISIT",
        "DEPLOYMENT",
        "AGREEMENT",
        "ATTACK",
        "INVASION",
        "RECAPTURE",
        "STATEMENT",
        "SUMMONS",
        "VETO",
        "NEGOTIATION",
        "AID",
    } <= types


def test_since_signal_bounds_the_event() -> None:
    doc = timeline.extract("وتقصف القوات المدينة منذ مارس 2024.", published="2024-10-15")
    (event,) = [e for e in doc.events if e.type == "ATTACK"]
    assert event.signal == "SINCE"
    assert str(event.earliest) == "2024-03-01" and str(event.latest) == "2024-10-15"


def test_statement_without_a_date_is_dated_by_publication() -> None:
    doc = timeline.extract("وقال الوزير إن المحادثات مستمرة.", published="2024-10-15")
    statement = next(e for e in doc.events if e.type == "STATEMENT")
    assert statement.value == "2024-10-15" and statement.earliest == statement.latest


def test_reported_event_is_bounded_by_the_report_time() -> None:
    doc = timeline.extract(
        "وقال الرئيس الإثنين إن إرسال كوريا الشمالية آلاف الجنود تطور خطير.",
        published="2024-10-29",
    )
    sending = next(e for e in doc.events if e.type == "DEPLOYMENT")
    assert sending.modality == "reported"
    assert sending.earliest is None and str(sending.latest) == "2024-10-28"


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        ("من المقرر أن يزور الرئيس موسكو الأسبوع المقبل.", "planned"),
        ("سيزور الرئيس موسكو الأسبوع المقبل.", "planned"),
        ("من المتوقع أن يزور الرئيس موسكو الأسبوع المقبل.", "expected"),
        ("إذا زار الرئيس موسكو فستتغير المعادلة.", "hypothetical"),
        ("لم يزر الرئيس موسكو منذ سنوات.", "denied"),
        ("نفت الحكومة أن يكون الرئيس زار موسكو.", "denied"),
        ("وبحسب وكالة الأنباء، زار الرئيس موسكو أمس.", "reported"),
        ("زار الرئيس موسكو أمس.", "asserted"),
    ],
)
def test_modality(text: str, modality: str) -> None:
    doc = timeline.extract(text, published="2024-10-15")
    visits = [e for e in doc.events if e.type == "VISIT"]
    assert visits and visits[0].modality == modality, doc.events


def test_planned_event_in_future_is_dated_in_the_future() -> None:
    doc = timeline.extract("ومن المقرر أن يزور الرئيس الصين يوم الخميس.", published="2024-10-15")
    visit = next(e for e in doc.events if e.type == "VISIT")
    assert visit.value == "2024-10-17" and visit.modality == "planned"


def test_undated_segment_events_are_not_dated_by_the_host() -> None:
    text = (
        "زار الوزير موسكو أمس.\nاقرأ أيضاً:\n"
        "وقال المتحدث إن الجيش استعاد البلدة منذ هجوم أغسطس 2024."
    )
    doc = timeline.extract(text, published="2023-08-31", doc_id="x")
    related = [e for e in doc.events if e.segment > 0]
    assert related
    for event in related:
        assert event.earliest is None or event.earliest.year >= 2024, event
        assert event.latest is None or event.latest.year >= 2024, event


def test_participants_spelling_variants() -> None:
    doc = timeline.extract("زار زيلنسكي بيونج يانج والبنتاجون.", published="2024-10-15")
    visit = next(e for e in doc.events if e.type == "VISIT")
    assert "فولوديمير زيلينسكي" in visit.participants
    assert "كوريا الشمالية" in visit.participants


def test_event_offsets_hold_on_the_seeds() -> None:
    for doc in timeline.read_corpus(ROOT / "seeds"):
        assert doc.events
        for e in doc.events:
            assert doc.text[e.start : e.end] == e.trigger
            assert e.sentence_start <= e.start < e.end <= e.sentence_end


def test_a_speaker_keeps_the_day_of_his_own_dated_statement() -> None:
    text = (
        "قال الرئيس الأوكراني فولوديمير زيلينسكي الإثنين إن الجنود سيصلون.\n"
        "وقالت رئيسة الوزراء الدنماركية ميتي فريدريكسن إن الدعم مستمر.\n"
        "وقال زيلينسكي إن الحرب مستمرة."
    )
    doc = timeline.extract(text, published="2024-10-29")
    said = [e for e in doc.events if e.type == "STATEMENT"]
    assert [str(e.earliest) for e in said] == ["2024-10-28", "2024-10-29", "2024-10-28"]


def test_a_verb_without_a_subject_goes_on_with_the_last_speaker() -> None:
    text = (
        "وقالت المتحدثة باسم البنتاغون سابرينا سينغ أمس الإثنين إن القوات تتحرك.\n"
        "ولفتت إلى أن قسماً من القوات اقترب من أوكرانيا."
    )
    doc = timeline.extract(text, published="2024-10-29")
    told = next(e for e in doc.events if e.trigger == "ولفتت")
    assert str(told.earliest) == str(told.latest) == "2024-10-28"
    moved = next(e for e in doc.events if e.trigger == "اقترب")
    assert moved.modality == "reported" and str(moved.latest) == "2024-10-28"


def test_a_clause_opened_by_after_is_bounded_by_its_main_event() -> None:
    text = (
        "قالت وزارة الدفاع الأميركية أمس الإثنين إن القيود لن تتغير، "
        "وذلك بعد أن قال حلف شمال الأطلسي إن القوات انتشرت."
    )
    doc = timeline.extract(text, published="2024-10-29")
    nato = [e for e in doc.events if e.type == "STATEMENT"][1]
    assert nato.earliest is None and str(nato.latest) == "2024-10-28"


def test_an_undated_segment_counts_several_months_from_the_start_it_names() -> None:
    text = (
        "زار الوزير موسكو أمس.\nإقرأ أيضاً:\n"
        "وأكدت الوكالة استعادة مناطق كانت خاضعة لسيطرة القوات الأوكرانية منذ عدة أشهر.\n"
        "وكانت القوات الأوكرانية قد سيطرت على أجزاء من كورسك منذ الهجوم الذي شنته في أغسطس 2024."
    )
    doc = timeline.extract(text, published="2023-08-31", doc_id="x")
    told = next(e for e in doc.events if e.trigger == "وأكدت")
    assert str(told.earliest) == "2024-11-01" and told.latest is None
    retaken = next(e for e in doc.events if e.type == "RECAPTURE")
    assert str(retaken.earliest) == "2024-11-01"


def test_several_months_without_a_named_start_gives_no_bound() -> None:
    text = (
        "زار الوزير موسكو أمس.\nإقرأ أيضاً:\n"
        "وأكدت الوكالة استعادة مناطق كانت خاضعة لسيطرة القوات منذ عدة أشهر، "
        "بعد معارك في أغسطس 2024."
    )
    doc = timeline.extract(text, published="2023-08-31", doc_id="x")
    told = next(e for e in doc.events if e.trigger == "وأكدت")
    assert str(told.earliest) == "2024-08-01"


def test_a_bare_month_in_an_undated_segment_is_the_one_it_names_with_a_year() -> None:
    text = (
        "زار الوزير موسكو أمس.\nاقرأ المزيد\n"
        "وجاء ذلك في أعقاب قمة يونيو (حزيران) 2024. والتقى الزعيمان في يونيو لتوقيع اتفاقية."
    )
    doc = timeline.extract(text, published="2023-08-31", doc_id="x")
    june = [t for t in doc.timexes if t.text == "يونيو"][-1]
    assert june.value == "XXXX-06"
    assert str(june.earliest) == "2024-06-01" and str(june.latest) == "2024-06-30"


def test_a_quotation_opening_on_the_trigger_keeps_the_names_before_it() -> None:
    doc = timeline.extract(
        "تراقب الولايات المتحدة التقارير التي تفيد بأن جنودًا كوريين شماليين “ينتشرون في روسيا”.",
        published="2024-10-21",
    )
    spread = next(e for e in doc.events if e.type == "DEPLOYMENT")
    assert "كوريا الشمالية" in spread.participants and spread.location == "روسيا"


def test_the_day_of_an_older_figure_does_not_date_the_event() -> None:
    doc = timeline.extract(
        "وقدر البنتاغون أنه تم نشر 10 آلاف جندي كوري شمالي في شرق روسيا، "
        "ارتفاعاً من تقديرات بلغت 3000 جندي يوم الأربعاء الماضي.",
        published="2024-10-29",
    )
    sent = next(e for e in doc.events if e.type == "DEPLOYMENT")
    assert sent.value is None and str(sent.latest) == "2024-10-29"


def test_a_perfect_that_starts_like_a_future_is_not_planned() -> None:
    doc = timeline.extract(
        "وكانت القوات الأوكرانية قد سيطرت على أجزاء من كورسك منذ أغسطس 2024.",
        published="2025-04-28",
    )
    taken = next(e for e in doc.events if e.type == "ATTACK")
    assert taken.modality == "asserted" and str(taken.earliest) == "2024-08-01"


def test_a_second_verb_joined_by_and_is_a_second_statement() -> None:
    doc = timeline.extract(
        "كوريا الشمالية ترسل تحذيرًا إلى كوريا الجنوبية وتقول إن قواتها مستعدة.",
        published="2024-10-15",
    )
    assert [e.trigger for e in doc.events if e.type == "STATEMENT"] == ["تحذيرًا", "وتقول"]


def test_closing_a_summit_on_a_day_dates_its_end() -> None:
    doc = timeline.extract(
        "ومن المتوقع أن يختتم بوتين مؤتمر البريكس بمؤتمر صحفي يوم الخميس.",
        published="2024-10-21",
    )
    summit = next(e for e in doc.events if e.type == "MEETING")
    assert summit.signal == "ENDS"
    assert (str(summit.earliest), str(summit.latest)) == ("2024-10-21", "2024-10-24")


def test_a_time_after_an_accusation_dates_the_accusation_not_the_deed() -> None:
    doc = timeline.extract(
        "واتهم الرئيس الأوكراني هذا الأسبوع كوريا الشمالية بنقل جنود إلى الجيش الروسي.",
        published="2024-10-15",
    )
    moved = next(e for e in doc.events if e.type == "DEPLOYMENT")
    assert moved.signal == "BY" and moved.earliest is None and str(moved.latest) == "2024-10-15"
    assert "روسيا" in moved.participants  # the Russian army is Russia's


def test_an_amount_after_another_event_dates_the_earlier_one() -> None:
    doc = timeline.extract(
        "وجاءت الإحاطة اليوم بعد أسبوع من تصريح وزير الدفاع الكوري الجنوبي للنواب.",
        published="2024-10-15",
    )
    said = next(e for e in doc.events if e.trigger == "تصريح")
    assert said.value == "2024-10-08" and said.earliest == said.latest


def test_the_teller_is_not_a_party_to_what_is_told() -> None:
    doc = timeline.extract(
        "وتقول واشنطن إن كوريا الشمالية زودت روسيا بالذخيرة. "
        "وسبق لكوريا الشمالية أن زودت روسيا بالقذائف.",
        published="2024-10-15",
    )
    first, second = [e for e in doc.events if e.type == "AID"]
    assert "الولايات المتحدة" not in first.participants
    assert {"كوريا الشمالية", "روسيا"} <= set(first.participants)
    assert {"كوريا الشمالية", "روسيا"} <= set(second.participants)


def test_a_verb_with_no_subject_keeps_the_speaker_of_an_undated_statement() -> None:
    doc = timeline.extract(
        "اتهمت السفيرة ليندا توماس غرينفيلد روسيا بخرق العقوبات. "
        "وكشفت أن المسؤولين سافروا إلى بيونغ يانغ.",
        published="2023-08-31",
    )
    told = next(e for e in doc.events if e.trigger == "وكشفت")
    assert told.participants[0] == "ليندا توماس غرينفيلد"


def test_mentions_of_one_event_in_an_article_share_its_time() -> None:
    doc = timeline.extract(
        "سيصافح الرئيس الروسي فلاديمير بوتين هذا الأسبوع العديد من زعماء العالم. "
        "ومن المقرر أن يجتمعوا في مدينة كازان الروسية يوم الثلاثاء لحضور اجتماع لمجموعة البريكس.",
        published="2024-10-21",
    )
    week, tuesday = [e for e in doc.events if e.type == "MEETING"][:2]
    assert week.value == "2024-W43" and tuesday.value == "2024-10-22"
    assert str(week.earliest) == str(week.latest) == "2024-10-22"


def test_an_articles_undated_dispatch_takes_the_month_it_names_elsewhere() -> None:
    doc = timeline.extract(
        "ولم تؤكد الولايات المتحدة إرسال قوات كورية شمالية إلى روسيا.\n"
        "وأكدت الوكالة أن كوريا الشمالية أرسلت 1500 جندي إلى روسيا هذا الشهر.",
        published="2024-10-21",
    )
    undated, dated = [e for e in doc.events if e.type == "DEPLOYMENT"]
    assert dated.value == "2024-10"
    assert undated.value is None and str(undated.earliest) == "2024-10-01"


def test_a_day_of_an_undated_segment_comes_after_the_background_it_names() -> None:
    text = (
        "زار الوزير موسكو أمس.\nاقرأ المزيد\n"
        "وجاءت الزيارة في أعقاب قمة يونيو (حزيران) 2024. وغادر الوفد أمس الإثنين إلى روسيا. "
        "والتقى الزعيمان العام الماضي."
    )
    doc = timeline.extract(text, published="2023-08-31", doc_id="x")
    left = next(e for e in doc.events if e.trigger.startswith("وغادر"))
    assert str(left.earliest) == "2024-06-01"
    met = next(e for e in doc.events if e.trigger == "والتقى")
    assert met.earliest is not None and met.earliest.year == 2023


def test_a_dated_departure_dates_the_visit_an_article_tells_undated() -> None:
    doc = timeline.extract(
        "وزيرة الخارجية في طريقها في زيارة رسمية إلى روسيا.\n"
        "وقالت الوكالة إن الوفد غادر أمس الإثنين إلى روسيا.",
        published="2024-10-29",
    )
    visit, left = [e for e in doc.events if e.type == "VISIT"][:2]
    assert left.value == "2024-10-28"
    assert visit.value is None and str(visit.earliest) == "2024-10-28"


def test_an_undated_visit_elsewhere_keeps_its_own_time() -> None:
    doc = timeline.extract(
        "وزيرة الخارجية في زيارة رسمية إلى الصين.\n"
        "وقالت الوكالة إن الوفد غادر أمس الإثنين إلى روسيا.",
        published="2024-10-29",
    )
    visit = next(e for e in doc.events if e.type == "VISIT")
    assert visit.value is None and visit.earliest is None


def test_the_name_before_a_relative_pronoun_speaks() -> None:
    doc = timeline.extract(
        "وكان من المتحدثين ماثيو ميللر، الذي ردد ما قاله ديتز.", published="2024-10-15"
    )
    echo = next(e for e in doc.events if e.trigger == "ردد")
    assert echo.participants[0] == "ماثيو ميلر"


def test_a_coming_time_does_not_date_what_was_done() -> None:
    doc = timeline.extract(
        "واعتبر بوتين أن طرد القوات الأوكرانية يمهد الطريق لانتصارات خلال المرحلة القادمة.",
        published="2025-04-28",
    )
    expelled = next(e for e in doc.events if e.type == "RECAPTURE")
    assert expelled.value is None and str(expelled.latest) == "2025-04-28"


def test_a_named_source_bounds_what_it_reports_by_the_day_it_spoke() -> None:
    doc = timeline.extract(
        "قال الرئيس الأوكراني فولوديمير زيلينسكي الإثنين إن القوات وصلت. "
        "ووفقاً للرئيس الأوكراني، فإنه سبق لكوريا الشمالية أن زودت روسيا بالقذائف.",
        published="2024-10-29",
    )
    supplied = next(e for e in doc.events if e.type == "AID")
    assert supplied.modality == "reported"
    assert supplied.earliest is None and str(supplied.latest) == "2024-10-28"


def test_nominal_tellings_and_companions_share_their_act() -> None:
    doc = timeline.extract(
        "وأضاف زيلينسكي الإثنين خلال مؤتمر صحافي في أيسلندا أن الجنود وصلوا. "
        "وأحجمت المتحدثة عن تأكيد وجود قوات كورية شمالية في كورسك.",
        published="2024-10-29",
    )
    said = [e for e in doc.events if e.type == "STATEMENT"]
    added, conference, confirm = said
    assert (added.trigger, conference.trigger, confirm.trigger) == ("وأضاف", "مؤتمر صحافي", "تأكيد")
    assert conference.earliest == added.earliest == added.latest
    assert str(added.latest) == "2024-10-28"
    assert conference.participants == added.participants
    assert confirm.modality == "denied"
    assert "كوريا الشمالية" not in confirm.participants[:1]  # what is confirmed is no speaker
    nodes = timeline.build_graph([doc]).to_dict()["nodes"]
    starts = [{m["start"] for m in n["mentions"]} for n in nodes]
    assert any({added.start, conference.start} <= s for s in starts), starts


def test_a_telling_quoted_in_another_is_reported_and_bounded_by_the_event_it_follows() -> None:
    doc = timeline.extract(
        'وكشفت المندوبة أن "الرئيسين تبادلا الرسائل بعد زيارة وزير الدفاع الروسي '
        'إلى بيونغ يانغ في يوليو الماضي".',
        published="2023-08-31",
    )
    letters = next(e for e in doc.events if e.trigger == "تبادلا الرسائل")
    assert letters.modality == "reported"
    assert letters.signal == "AFTER_EVENT"
    assert (str(letters.earliest), str(letters.latest)) == ("2023-07-01", "2023-08-31")
    told = next(e for e in doc.events if e.trigger == "وكشفت")
    assert str(told.earliest) == str(told.latest) == "2023-08-31"


def test_a_heading_takes_the_time_of_the_paragraph_under_it() -> None:
    doc = timeline.extract(
        "تقدم روسي\n\nميدانياً، أحرز الجيش الروسي تقدماً في الأراضي الأوكرانية منذ مطلع أكتوبر.",
        published="2024-10-29",
    )
    heading, body = (e for e in doc.events if e.type == "ATTACK")
    assert (heading.trigger, body.trigger) == ("تقدم", "تقدماً")
    assert heading.earliest == body.earliest and str(body.earliest) == "2024-10-01"
    assert heading.latest == body.latest


def test_a_short_line_without_a_paragraph_of_its_kind_keeps_no_time() -> None:
    doc = timeline.extract(
        "قمة روسية صينية\n\nقال الوزير إن الوضع صعب منذ مطلع أكتوبر.", published="2024-10-29"
    )
    heading = next(e for e in doc.events if e.type == "MEETING")
    assert heading.value is None and heading.earliest is None


def test_one_person_at_one_place_in_one_report_is_one_trip() -> None:
    doc = timeline.extract(
        "قال الرئيس الأوكراني فولوديمير زيلينسكي الإثنين خلال مؤتمر صحافي في أيسلندا "
        "إن الجنود وصلوا.\n\nوالتقى زيلينسكي رؤساء حكومات أيسلندا والدنمارك.",
        published="2024-10-29",
    )
    met = next(e for e in doc.events if e.type == "MEETING")
    assert (str(met.earliest), str(met.latest)) == ("2024-10-28", "2024-10-29")


def test_what_a_speaker_reports_is_not_dated_by_where_they_spoke() -> None:
    doc = timeline.extract(
        "قال الرئيس الأوكراني فولوديمير زيلينسكي الإثنين خلال مؤتمر صحافي في أيسلندا "
        "إن كوريا الشمالية أرسلت جنوداً إلى روسيا.",
        published="2024-10-29",
    )
    sent = next(e for e in doc.events if e.type == "DEPLOYMENT")
    assert sent.earliest is None


def test_support_a_statement_tells_of_is_no_occasion_of_it() -> None:
    doc = timeline.extract(
        "أشارت رئيسة الوزراء إلى دور الصين في دعم روسيا.", published="2024-10-29"
    )
    support = next(e for e in doc.events if e.type == "AID")
    assert support.modality == "reported" and support.earliest is None


def test_two_bounds_of_one_advance_name_one_time() -> None:
    doc = timeline.extract(
        "ميدانياً، أحرز الجيش الروسي تقدماً في الأراضي الأوكرانية منذ مطلع أكتوبر.\n\n"
        "بحلول 27 أكتوبر، سيطرت القوات الروسية على مساحة أكبر في شرق أوكرانيا.",
        published="2024-10-29",
    )
    since, by = (e for e in doc.events if e.type == "ATTACK")
    assert (since.signal, by.signal) == ("SINCE", "BEFORE")
    assert (str(since.earliest), str(since.latest)) == ("2024-10-01", "2024-10-27")
    assert (by.earliest, by.latest) == (since.earliest, since.latest)


def test_a_condition_is_not_what_a_following_clause_hangs_on() -> None:
    doc = timeline.extract(
        "قالت وزارة الدفاع الأميركية (البنتاغون) أمس الإثنين إن الولايات المتحدة لن تفرض "
        "أي قيود جديدة على استخدام أوكرانيا للأسلحة الأميركية إذا شاركت قوات كوريا الشمالية "
        "في القتال، وذلك بعد أن قال حلف شمال الأطلسي إنه تم نشر وحدات عسكرية.",
        published="2024-10-29",
    )
    fight = next(e for e in doc.events if e.type == "ATTACK")
    assert fight.modality == "hypothetical"
    nato = [e for e in doc.events if e.type == "STATEMENT"][1]
    assert nato.earliest is None and str(nato.latest) == "2024-10-28"


@pytest.mark.parametrize(
    ("published", "text", "earliest", "latest"),
    [
        ("0001-01-01", "وصلت القوات إلى كييف في وقت سابق.", None, "0001-01-01"),
        ("9999-12-31", "وسيزور الرئيس موسكو قريباً.", "9999-12-31", None),
    ],
)
def test_vague_times_at_the_calendars_ends_are_held_there(
    published: str, text: str, earliest: str | None, latest: str | None
) -> None:
    event = timeline.extract(text, published=published).events[0]
    assert _days(event) == (earliest, latest)


@pytest.mark.parametrize(
    ("text", "modality", "earliest", "latest"),
    [
        # a possibility: not yet, from the day it was told
        ("وقال يون إن نشر القوات على الخطوط الأمامية قد يحدث.", "hypothetical", "2024-10-29", None),
        # what will take place
        ("وقال يون إن نشر القوات على الخطوط الأمامية سيتم.", "planned", "2024-10-29", None),
        # what the deployment may lead to is not the deployment
        ("وقال يون إن نشر القوات قد يؤدي إلى تصعيد.", "reported", None, "2024-10-29"),
    ],
)
def test_an_event_noun_that_may_happen_has_not_yet(
    text: str, modality: str, earliest: str | None, latest: str | None
) -> None:
    event = next(
        e for e in timeline.extract(text, published="2024-10-29").events if e.trigger == "نشر"
    )
    assert event.modality == modality
    assert _days(event) == (earliest, latest)


@pytest.mark.parametrize(
    ("text", "trigger", "denied"),
    [
        ("نفت موسكو إرسال قوات إلى كورسك.", "إرسال", True),
        # a time signal opens another clause: the veto happened
        ("رفض مجلس الأمن مشروع قرار روسي بعد فيتو أمريكي.", "فيتو", False),
    ],
)
def test_a_denial_reaches_up_to_a_time_signal(text: str, trigger: str, denied: bool) -> None:
    event = next(
        e for e in timeline.extract(text, published="2024-10-21").events if e.trigger == trigger
    )
    assert (event.modality == "denied") is denied


@pytest.mark.parametrize(
    ("text", "trigger", "value"),
    [
        ("يصل الرئيس الفرنسي إلى القاهرة غداً في زيارة رسمية.", "زيارة", "2024-10-22"),
        ("وقال إن الرئيس يزور موسكو الشهر المقبل.", "يزور", "2024-11"),
    ],
)
def test_an_event_dated_ahead_is_planned_and_keeps_its_date(
    text: str, trigger: str, value: str
) -> None:
    event = next(
        e for e in timeline.extract(text, published="2024-10-21").events if e.trigger == trigger
    )
    assert event.modality == "planned"
    assert event.value == value
    assert event.earliest is not None and event.earliest.isoformat() >= "2024-10-22"


@pytest.mark.parametrize(
    ("text", "trigger", "ahead"),
    [
        ("وتخشى سيول من أن روسيا قد تزود كوريا الشمالية بتكنولوجيا متقدمة.", "تزود", True),
        ("أجاب بايدن: إذا دخلوا الأراضي الأوكرانية فعلى الأوكرانيين الرد.", "دخلوا", True),
        ("وقالت إن روسيا تتفاوض على صفقات محتملة لكميات كبيرة من الذخيرة.", "صفقات", True),
        # the truth of a report is about now: what it tells may be under way already
        ("إذا كان صحيحا أن جنود كوريا الشمالية يذهبون إلى هناك فهذا تصعيد.", "يذهبون", False),
    ],
)
def test_what_may_or_would_be_done_lies_after_its_telling(
    text: str, trigger: str, ahead: bool
) -> None:
    doc = timeline.extract(text, published="2024-10-21")
    event = next(e for e in doc.events if e.trigger == trigger)
    assert event.modality == "hypothetical"
    if ahead:
        assert (str(event.earliest), event.latest) == ("2024-10-21", None)
    else:
        assert event.latest is not None and str(event.latest) <= "2024-10-21"


@pytest.mark.parametrize(
    ("text", "trigger", "earliest", "latest"),
    [
        # the telling is of its own day; the state it tells of lasts since
        (
            "أعلن الجيش السيطرة على البلدة منذ مطلع الشهر الجاري.",
            "أعلن",
            "2024-10-22",
            "2024-10-22",
        ),
        # a mod narrows the month to its last third
        ("وقعت الاتفاقية خلال زيارة الرئيس في أواخر سبتمبر.", "وقعت", "2024-09-21", "2024-09-30"),
        ("عقد مجلس الأمن اجتماعا طارئا مساء الأحد.", "اجتماعا", "2024-10-20", "2024-10-20"),
    ],
)
def test_events_of_other_news_are_dated(
    text: str, trigger: str, earliest: str | None, latest: str | None
) -> None:
    doc = timeline.extract(text, published="2024-10-22")
    event = next(e for e in doc.events if e.trigger == trigger)
    assert _days(event) == (earliest, latest)


def test_the_place_a_visit_goes_to_is_its_object() -> None:
    doc = timeline.extract(
        "أعلنت الوزارة أن الملك عبد الله الثاني سيزور واشنطن الأسبوع المقبل.",
        published="2024-03-12",
    )
    visit = next(e for e in doc.events if e.type == "VISIT")
    assert visit.location == "واشنطن"
    # a country after a visit's noun may be the traveller's (a nisba), not the place
    doc = timeline.extract(
        "وصلت وزيرة الخارجية الكورية الشمالية إلى روسيا في زيارة رسمية.",
        published="2024-10-29",
    )
    assert {e.location for e in doc.events if e.type == "VISIT"} <= {"روسيا", None}


def test_an_event_after_another_in_one_sentence_is_another_event() -> None:
    doc = timeline.extract(
        "وقال المتحدث إن الزيارة تأتي بعد لقاء الملك بالرئيس الأمريكي في عمّان في يناير الماضي.",
        published="2024-03-12",
    )
    visit = next(e for e in doc.events if e.trigger == "الزيارة")
    meeting = next(e for e in doc.events if e.trigger == "لقاء")
    assert visit.signal == "AFTER_EVENT"
    assert (visit.earliest, meeting.latest) == (dt.date(2024, 1, 1), dt.date(2024, 1, 31))
    assert visit.latest is not None and visit.latest > meeting.latest


GAZA_TALKS = """القاهرة - أعلنت وزارة الخارجية المصرية، مساء الثلاثاء، أن جولة جديدة من المفاوضات \
غير المباشرة بين إسرائيل وحركة حماس ستعقد في القاهرة يوم الأحد المقبل، بمشاركة وفود من قطر \
والولايات المتحدة.

وقال المتحدث باسم الوزارة في بيان إن مصر "تبذل جهودا مكثفة للتوصل إلى اتفاق لوقف إطلاق \
النار"، مضيفا أن وزير الخارجية التقى أمس الاثنين رئيس الوزراء القطري في الدوحة.

وكانت المحادثات قد توقفت الشهر الماضي بعد أن رفضت حماس مقترحا أمريكيا، فيما شنت إسرائيل \
غارات مكثفة على مدينة رفح في 7 مايو الماضي.

ومن المتوقع أن يصل مدير وكالة المخابرات المركزية الأمريكية وليام بيرنز إلى القاهرة السبت.
"""


@pytest.mark.parametrize(
    ("trigger", "kind", "modality", "earliest", "latest"),
    [
        # a day set off by commas after the teller and its subject is the telling's
        ("أعلنت", "STATEMENT", "asserted", "2024-06-11", "2024-06-11"),
        # talks that "will be held on Sunday": planned, on Sunday, not on the telling's day
        ("المفاوضات", "NEGOTIATION", "planned", "2024-06-16", "2024-06-16"),
        # an aim is no deed, and the day of the next clause is not its day
        ("اتفاق", "AGREEMENT", "hypothetical", "2024-06-12", None),
        ("التقى", "MEETING", "reported", "2024-06-10", "2024-06-10"),
        # قد + a perfect (قد توقفت) is no possibility; a denial or a telling does not
        # reach past فيما
        ("رفضت", "STATEMENT", "asserted", None, "2024-05-31"),
        ("غارات", "ATTACK", "asserted", "2024-05-07", "2024-05-07"),
        # the traveller's long name between the verb and إلى القاهرة
        ("يصل", "VISIT", "expected", "2024-06-15", "2024-06-15"),
    ],
)
def test_a_news_report_of_talks_to_come(
    trigger: str, kind: str, modality: str, earliest: str | None, latest: str | None
) -> None:
    doc = timeline.extract(GAZA_TALKS, published="2024-06-12")
    event = next(e for e in doc.events if e.trigger == trigger)
    assert (event.type, event.modality) == (kind, modality), event
    assert _days(event) == (earliest, latest)


def test_a_deed_joined_by_wa_goes_on_with_its_sentences_doer() -> None:
    doc = timeline.extract(
        "وكان الرئيس الأوكراني فولوديمير زيلينسكي قد زار خط المواجهة في منطقة زابوريجيا "
        "يوم الجمعة، والتقى القادة العسكريين.",
        published="2024-11-17",
    )
    met = next(e for e in doc.events if e.trigger == "والتقى")
    assert "فولوديمير زيلينسكي" in met.participants
    assert met.earliest == met.latest == dt.date(2024, 11, 15)


def test_a_country_aid_goes_to_is_its_recipient_not_its_place() -> None:
    doc = timeline.extract(
        "أعلن البنتاغون عن حزمة مساعدات عسكرية جديدة لأوكرانيا بقيمة 400 مليون دولار.",
        published="2024-10-10",
    )
    aid = next(e for e in doc.events if e.type == "AID")
    assert "أوكرانيا" in aid.participants and aid.location is None
    # troops sent to a country go there
    doc = timeline.extract("أرسلت تركيا قوات إضافية لسوريا.", published="2024-10-10")
    assert next(e for e in doc.events if e.type == "DEPLOYMENT").location == "سوريا"


def test_a_meetings_guest_after_a_long_title_and_place_is_a_participant() -> None:
    doc = timeline.extract(
        "استقبل ولي العهد السعودي الأمير محمد بن سلمان في قصر اليمامة اليوم الرئيس الفرنسي.",
        published="2024-12-02",
    )
    meeting = next(e for e in doc.events if e.type == "MEETING")
    assert {"السعودية", "فرنسا"} <= set(meeting.participants)


def test_a_place_told_as_the_topic_is_not_where_it_happens() -> None:
    doc = timeline.extract(
        "تعقد الجمعية العامة للأمم المتحدة جلسة طارئة غدا لبحث الأوضاع في غزة.",
        published="2024-10-28",
    )
    session = next(e for e in doc.events if e.type == "MEETING")
    assert session.location is None


def test_a_telling_in_the_pluperfect_is_before_its_report_not_of_its_day() -> None:
    doc = timeline.extract(
        "وكان نتنياهو قد ألقى كلمة أمام الجمعية العامة للأمم المتحدة في نيويورك.",
        published="2024-09-28",
    )
    speech = next(e for e in doc.events if e.type == "STATEMENT")
    assert speech.value is None and speech.earliest is None
    assert str(speech.latest) == "2024-09-28"
    # without the auxiliary, a telling with no time is of its report's day
    plain = timeline.extract("ألقى نتنياهو كلمة أمام الجمعية العامة.", published="2024-09-28")
    said = next(e for e in plain.events if e.type == "STATEMENT")
    assert said.value == "2024-09-28"


def test_a_place_before_an_ordering_word_is_the_earlier_events() -> None:
    doc = timeline.extract(
        "ألقى نتنياهو كلمة في نيويورك قبل ساعات من الغارة.", published="2024-09-28"
    )
    strike = next(e for e in doc.events if e.type == "ATTACK")
    speech = next(e for e in doc.events if e.type == "STATEMENT")
    assert strike.location is None and speech.location == "نيويورك"


def test_closing_a_summit_keeps_its_end_day_when_merged_with_an_arrival() -> None:
    doc = timeline.extract(
        "اختتمت قمة حلف شمال الأطلسي أعمالها في لاهاي اليوم الأربعاء.\n"
        "وكان ترامب قد وصل إلى هولندا مساء الثلاثاء.",
        published="2025-06-25",
    )
    summit = next(e for e in doc.events if e.type == "MEETING")
    assert summit.signal == "ENDS" and str(summit.latest) == "2025-06-25"


def test_another_group_travelling_begins_no_sooner_than_the_first_visit() -> None:
    doc = timeline.extract(
        "تبادل الرئيسان الرسائل بعد زيارة وزير الدفاع الروسي إلى بيونغ يانغ في يوليو الماضي. "
        "وأشارت إلى أن مجموعة أخرى من المسؤولين الروس سافروا إلى كوريا الشمالية.",
        published="2023-08-31",
    )
    travelled = next(e for e in doc.events if e.trigger.startswith("سافروا"))
    assert (str(travelled.earliest), str(travelled.latest)) == ("2023-07-01", "2023-08-31")


def test_reaching_an_agreement_a_telling_announces_is_done_and_dated_consistently() -> None:
    doc = timeline.extract(
        "دخل الاتفاق حيز التنفيذ بعد أكثر من عام على بدء المواجهات. وأعلن الرئيس "
        "الأمريكي جو بايدن مساء الثلاثاء التوصل إلى الاتفاق.",
        published="2024-11-27",
    )
    said = next(e for e in doc.events if e.type == "STATEMENT")
    assert said.signal is None  # "بدء" ends the sentence before: no opening day
    reached = [e for e in doc.events if e.trigger == "الاتفاق"][-1]
    assert reached.modality != "hypothetical"
    for event in doc.events:
        if event.earliest is not None and event.latest is not None:
            assert event.earliest <= event.latest, event


def test_a_name_in_the_next_clause_is_not_where_a_noun_ending_its_clause_happened() -> None:
    doc = timeline.extract(
        "ورحب نجيب ميقاتي بالاتفاق، ودعا المجتمع الدولي إلى إلزام إسرائيل بتنفيذه.",
        published="2024-11-27",
    )
    agreement = next(e for e in doc.events if e.type == "AGREEMENT")
    call = next(e for e in doc.events if e.type == "STATEMENT")
    assert agreement.location is None and call.location is None
    assert "إسرائيل" not in agreement.participants


def test_a_telling_with_it_attached_is_a_telling() -> None:
    doc = timeline.extract(
        "في اليوم الثاني من الغزو الذي أعلنه الرئيس فلاديمير بوتين صباح الخميس.",
        published="2022-02-25",
    )
    said = next(e for e in doc.events if e.type == "STATEMENT")
    assert said.trigger == "أعلنه" and said.value == "2022-02-24TMO"


def test_what_may_be_done_after_a_dated_telling_comes_after_that_day() -> None:
    doc = timeline.extract("قال الوزير أمس إن الوفد قد يزور القاهرة.", published="2024-11-27")
    visit = next(e for e in doc.events if e.type == "VISIT")
    assert visit.modality == "hypothetical" and visit.signal == "BY"
    assert (str(visit.earliest), visit.latest) == ("2024-11-26", None)


def test_an_opening_word_behind_a_comma_is_another_clauses() -> None:
    doc = timeline.extract(
        "وبعد عام على بدء، أعلن الرئيس مساء الثلاثاء التوصل إلى الاتفاق.",
        published="2024-11-27",
    )
    said = next(e for e in doc.events if e.type == "STATEMENT")
    assert said.signal is None and said.value == "2024-11-26TEV"


# From reports of other stories written for the purpose (tests/gold/other_events)


def test_an_event_after_in_the_wake_of_came_before_the_day_of_its_sentence() -> None:
    doc = timeline.extract(
        "توغلت قوة إسرائيلية مساء أمس الأحد داخل الأراضي اللبنانية. ونشر الجيش اللبناني"
        " اليوم تعزيزات في المنطقة في أعقاب التوغل.",
        published="2026-03-09",
    )
    moves = [e for e in doc.events if e.type == "INVASION"]
    assert [e.trigger for e in moves] == ["توغلت", "التوغل"]
    # the incursion is Sunday's, not the day the reinforcements were sent
    assert moves[1].signal == "BEFORE_EVENT"
    assert {_days(e) for e in moves} == {("2026-03-08", "2026-03-08")}


def test_a_day_in_the_clause_of_an_event_after_in_the_wake_of_is_its_own() -> None:
    doc = timeline.extract(
        "الزيارة تأتي في أعقاب الاتفاق على تعزيز العلاقات الذي توصل إليه الزعيمان"
        " خلال قمة يونيو 2024.",
        published="2024-10-29",
    )
    agreed = next(e for e in doc.events if e.type == "AGREEMENT")
    assert agreed.value == "2024-06" and agreed.signal is None


def test_a_bare_definite_noun_takes_up_what_was_told_before_it_not_after() -> None:
    doc = timeline.extract(
        "وعقد الوزيران جلسة محادثات في مقر الوزارة. وقال الوزير إن المباحثات كانت مثمرة."
        " وتأتي الزيارة بعد زيارة أجراها الرئيس إلى الرياض في أكتوبر الماضي، التقى"
        " خلالها ولي العهد.",
        published="2025-11-12",
    )
    talks = next(e for e in doc.events if e.trigger == "المباحثات")
    # the talks are not October's meeting told later in the text
    assert talks.earliest is None or talks.earliest.month == 11


def test_a_definite_noun_naming_the_earlier_events_parties_takes_up_its_day() -> None:
    doc = timeline.extract(
        "قتل ثلاثة أشخاص فجر اليوم الاثنين في غارة إسرائيلية على منزل في بلدة ياطر."
        " وندد الرئيس بالغارة الإسرائيلية.",
        published="2026-03-09",
    )
    strikes = [e for e in doc.events if e.type == "ATTACK"]
    assert [e.trigger for e in strikes] == ["غارة", "بالغارة"]
    assert {_days(e) for e in strikes} == {("2026-03-09", "2026-03-09")}


def test_a_response_told_in_one_sentence_is_another_event_after_the_first() -> None:
    doc = timeline.extract(
        'غارة إسرائيلية تقتل ثلاثة في جنوب لبنان و"حزب الله" يرد بقصف موقع عسكري',
        published="2026-03-09",
        doc_id="a4",
    )
    graph = timeline.build_graph([doc])
    strike, response = (
        next(n for n in graph.nodes.values() if any(m.trigger == w for m in n.mentions))
        for w in ("غارة", "بقصف")
    )
    assert strike.id != response.id
    assert (strike.id, response.id) in {(s, t) for s, t, r in graph.edges if r == "BEFORE"}


def test_an_agreement_in_force_since_a_day_was_made_by_that_day() -> None:
    doc = timeline.extract(
        "ويسري منذ 27 نوفمبر/تشرين الثاني 2024 اتفاق لوقف إطلاق النار بين إسرائيل وحزب الله.",
        published="2026-03-09",
    )
    agreed = next(e for e in doc.events if e.type == "AGREEMENT")
    assert agreed.signal == "BY" and _days(agreed) == (None, "2024-11-27")
    # without "in force" the day is where it starts from
    doc = timeline.extract(
        "وتنتشر القوات منذ 27 نوفمبر/تشرين الثاني 2024 في المنطقة.", published="2026-03-09"
    )
    moved = next(e for e in doc.events if e.type == "DEPLOYMENT")
    assert moved.signal == "SINCE"


def test_a_day_at_the_end_of_an_occasion_set_off_after_the_speaker_dates_the_telling() -> None:
    doc = timeline.extract(
        "ندد المتحدث باسم الخارجية الإيرانية إسماعيل بقائي، في مؤتمره الصحفي الأسبوعي"
        " يوم الاثنين، بالغارة الإسرائيلية.",
        published="2026-03-11",
    )
    said = next(e for e in doc.events if e.type == "STATEMENT")
    assert said.trigger == "ندد" and said.value == "2026-03-09"


def test_a_time_opening_the_sentence_before_a_comma_dates_the_telling() -> None:
    doc = timeline.extract("وفي أوت الماضي، أعلنت تيتيه خريطة طريق سياسية.", published="2026-01-20")
    said = next(e for e in doc.events if e.type == "STATEMENT")
    assert said.value == "2025-08" and _days(said) == ("2025-08-01", "2025-08-31")
    # a day closing the clause before is not the telling's
    doc = timeline.extract(
        "وصل الوفد إلى القاهرة يوم الخميس، حسبما ذكرت الوكالة.", published="2026-01-20"
    )
    said = next(e for e in doc.events if e.type == "STATEMENT")
    assert said.value != "2026-01-15"
