#!/usr/bin/env python3
"""Blind gold annotation of events (GUIDE.md sections 3-4) for the five seed articles.

Each entry: (context, trigger, type, modality, earliest, latest, label).
`context` is a snippet that occurs exactly once in the article; the trigger is the first
occurrence of `trigger` inside it. Offsets are computed here and checked against the text.
Run: python3 annotate.py   (writes events.json and order.json next to this file and checks them)
"""
import json
import os
import re
import sys

SEEDS = "/work/shared/seeds"
OUT = os.path.dirname(os.path.abspath(__file__))
FILES = {
    "000": "000_c247dd1110d1901d.txt",
    "001": "001_0f238775c7973127.txt",
    "002": "002_49463a499292f4e9.txt",
    "003": "003_8bb3ecc1772ffdbe.txt",
    "004": "004_512641a6fdf04b61.txt",
}
N = None

# shared labels (same real-world event in several mentions / articles)
NK_SENT = "nk-troops-sent-to-russia-2024-10"
NK_KURSK = "nk-troops-in-kursk-2024-10"
PACT = "russia-nk-partnership-pact-2024-06"
PUTIN_VISIT = "putin-visit-north-korea-2024-06"
SUMMIT = "putin-kim-summit-2024-06"
ARMS = "nk-arms-supply-to-russia"
PENT = "pentagon-briefing-2024-10-28"
RUTTE = "rutte-nato-statement-2024-10-28"
RECAP = "kursk-recapture"
UKR_KURSK = "ukraine-kursk-offensive-2024-08"
BRICS = "brics-summit-kazan-2024-10"
KIRBY = "kirby-briefing-2024-10-21"
CHOE = "choe-son-hui-visit-russia-2024-10"
THOMAS = "thomas-greenfield-press-conference-2023-08-31"
TALKS = "russia-nk-arms-negotiations-2023"
DEFMIN = "russian-defmin-visit-nk-2023-07"
NKCONF = "nk-confirms-troops-in-russia"

ANN = {}

# ---------------------------------------------------------------- 000 (DCT 2024-10-21, Monday)
D = "2024-10-21"
ANN["000"] = [
    ("صرح جون كيربي", "صرح", "STATEMENT", "asserted", D, D, KIRBY),
    ("“ينتشرون في روسيا", "ينتشرون", "DEPLOYMENT", "reported", N, D, NK_SENT),
    ("وقال كيربي: “من الواضح", "وقال", "STATEMENT", "asserted", D, D, KIRBY),
    ("وأضاف “نتحدث", "وأضاف", "STATEMENT", "asserted", D, D, KIRBY),
    ("وقال كيربي إن هذا التطور", "وقال", "STATEMENT", "asserted", D, D, KIRBY),
    ("وقال كيربي: “ليس هناك شك في أن قواته", "وقال", "STATEMENT", "asserted", D, D, KIRBY),
    ("وقال كيربي: “هذا عدد", "وقال", "STATEMENT", "asserted", D, D, KIRBY),
    ("ولم تؤكد الولايات", "تؤكد", "STATEMENT", "denied", D, D, N),
    ("الأطلسي إرسال قوات كورية", "إرسال", "DEPLOYMENT", "reported", N, D, NK_SENT),
    ("قد تزود كوريا", "تزود", "AID", "hypothetical", N, N, N),
    ("مقابل إرسال قواتها", "إرسال", "DEPLOYMENT", "reported", N, D, NK_SENT),
    ("استدعت كوريا الجنوبية", "استدعت", "SUMMONS", "asserted", D, D, "sk-summons-russian-ambassador-2024-10-21"),
    # one-line related headline: own date unknown
    ("بوتين يلتقي بالرئيس", "يلتقي", "MEETING", "asserted", N, N, N),
    # embedded older paragraph ('اليوم الجمعة' -> latest Friday before DCT = 2024-10-18)
    ("أعلنت وكالة التجسس", "أعلنت", "STATEMENT", "asserted", "2024-10-18", "2024-10-18", "nis-announcement-2024-10-18"),
    ("أنها أكدت أن كوريا", "أكدت", "STATEMENT", "reported", N, "2024-10-18", N),
    ("أرسلت 1500 جندي", "أرسلت", "DEPLOYMENT", "reported", "2024-10-01", "2024-10-18", NK_SENT),
    ("وقال الرئيس الأوكراني فولوديمير زيلينسكي في وقت سابق", "وقال", "STATEMENT", "asserted", N, "2024-10-18", "zelensky-10k-intelligence-claim"),
    ("سيصافح", "سيصافح", "MEETING", "planned", "2024-10-21", "2024-10-27", BRICS),
    ("أن يجتمعوا", "يجتمعوا", "MEETING", "planned", "2024-10-22", "2024-10-22", BRICS),
    ("لحضور اجتماع", "اجتماع", "MEETING", "planned", "2024-10-22", "2024-10-22", BRICS),
    ("وانضمت إيران", "وانضمت", "AGREEMENT", "asserted", "2024-01-01", "2024-01-31", "brics-expansion-2024-01"),
    ("وأعرب عدد", "وأعرب", "STATEMENT", "asserted", N, D, N),
    ("وقال كيربي يوم الاثنين", "وقال", "STATEMENT", "asserted", D, D, KIRBY),
    ("بوتين مؤتمر البريكس", "مؤتمر", "MEETING", "expected", "2024-10-22", "2024-10-24", BRICS),
    ("بمؤتمر صحفي", "بمؤتمر", "STATEMENT", "expected", "2024-10-24", "2024-10-24", "putin-brics-press-conference-2024-10-24"),
    ("حسبما ذكرت رويترز", "ذكرت", "STATEMENT", "asserted", D, D, N),
]

# ---------------------------------------------------------------- 001 (DCT 2024-10-15, Tuesday)
D = "2024-10-15"
ANN["001"] = [
    ("أعرب مسؤولون", "أعرب", "STATEMENT", "asserted", D, D, "us-officials-concern-2024-10-15"),
    ("واتهم الرئيس", "واتهم", "STATEMENT", "asserted", "2024-10-14", D, "zelensky-accuses-nk-2024-10"),
    ("بنقل جنود", "بنقل", "DEPLOYMENT", "reported", N, D, NK_SENT),
    ("قائلا إن", "قائلا", "STATEMENT", "asserted", "2024-10-14", D, "zelensky-accuses-nk-2024-10"),
    ("وجاء هذا الإحاطة", "الإحاطة", "STATEMENT", "asserted", D, D, "us-officials-concern-2024-10-15"),
    ("من تصريح وزير", "تصريح", "STATEMENT", "asserted", "2024-10-08", "2024-10-08", "kim-yong-hyun-remarks-2024-10-08"),
    ("في الهجوم الصاروخي", "الهجوم", "ATTACK", "asserted", N, "2024-10-08", "ukraine-missile-strike-donetsk"),
    ("رفضت روسيا", "رفضت", "STATEMENT", "asserted", D, D, "russia-rejects-reports-2024-10-15"),
    ("ووصفتها", "ووصفتها", "STATEMENT", "asserted", D, D, "russia-rejects-reports-2024-10-15"),
    # one-line related headline: own date unknown
    ("سيول تقول", "تقول", "STATEMENT", "asserted", N, N, N),
    ("وقال اللفتنانت", "وقال", "STATEMENT", "asserted", D, D, "dietz-statement-2024-10-15"),
    ("الذي ردد", "ردد", "STATEMENT", "asserted", D, D, "miller-statement-2024-10-15"),
    ("ما قاله ديتز", "قاله", "STATEMENT", "asserted", D, D, "dietz-statement-2024-10-15"),
    # one-line related headline: own date unknown
    ("تحذيرًا إلى", "تحذيرًا", "STATEMENT", "asserted", N, N, "nk-warning-to-south-korea-drones"),
    ("الجنوبية وتقول إن قواتها", "وتقول", "STATEMENT", "asserted", N, N, "nk-warning-to-south-korea-drones"),
    ("مستعدة للضرب", "للضرب", "ATTACK", "hypothetical", N, N, N),
    ("وقال ميلر", "وقال", "STATEMENT", "asserted", D, D, "miller-statement-2024-10-15"),
    ("وأضاف “إذا كان هذا صحيحا", "وأضاف", "STATEMENT", "asserted", D, D, "miller-statement-2024-10-15"),
    # background paragraph
    ("وتقول واشنطن", "وتقول", "STATEMENT", "asserted", N, D, N),
    ("زودت روسيا بالذخيرة", "زودت", "AID", "reported", N, D, ARMS),
    ("نفتا عمليات", "نفتا", "STATEMENT", "asserted", N, D, N),
    ("عمليات نقل الأسلحة", "نقل", "AID", "denied", N, D, ARMS),
    ("لم ينفيا", "ينفيا", "STATEMENT", "denied", N, D, N),
    ("بل تعهدا", "تعهدا", "STATEMENT", "asserted", N, D, N),
    ("منذ غزو موسكو", "غزو", "INVASION", "asserted", "2022-02-01", "2022-02-28", "russia-invasion-ukraine-2022-02"),
    ("ووقعت الدولتان", "ووقعت", "AGREEMENT", "asserted", "2024-06-01", "2024-06-30", PACT),
    ("اتفاقا دفاعيا", "اتفاقا", "AGREEMENT", "asserted", "2024-06-01", "2024-06-30", PACT),
    ("عندما زار", "زار", "VISIT", "asserted", "2024-06-01", "2024-06-30", PUTIN_VISIT),
    ("حق النقض", "النقض", "VETO", "asserted", "2024-03-01", "2024-03-31", "russia-veto-un-panel-2024-03"),
    ("(الفيتو)", "الفيتو", "VETO", "asserted", "2024-03-01", "2024-03-31", "russia-veto-un-panel-2024-03"),
]

# ---------------------------------------------------------------- 002 (DCT 2024-10-31)
D = "2024-10-31"
ANN["002"] = [
    ("بايدن يعبر", "يعبر", "STATEMENT", "asserted", D, D, "biden-remarks-kursk-2024-10-31"),
    ("من انتشار القوات", "انتشار", "DEPLOYMENT", "reported", N, D, NK_KURSK),
    ("أعرب الرئيس الأمريكي", "أعرب", "STATEMENT", "asserted", D, D, "biden-remarks-kursk-2024-10-31"),
    ("وفقاً لتصريحات", "لتصريحات", "STATEMENT", "asserted", D, D, "biden-remarks-kursk-2024-10-31"),
    ("أجاب بايدن", "أجاب", "STATEMENT", "asserted", D, D, "biden-remarks-kursk-2024-10-31"),
    ("وقد أشار البنتاغون", "أشار", "STATEMENT", "asserted", N, D, N),
    ("تم إرسالهم إلى مقاطعة كورسك", "إرسالهم", "DEPLOYMENT", "reported", N, D, NK_KURSK),
    ("تم نقلهم إلى روسيا", "نقلهم", "DEPLOYMENT", "reported", N, D, NK_SENT),
    # same briefing as 003's Pentagon statement of Monday 2024-10-28: bounded by DCT only
    ("قالت نائبة المتحدثة", "قالت", "STATEMENT", "asserted", N, D, PENT),
    ("تنفي موسكو", "تنفي", "STATEMENT", "asserted", D, D, "russia-nk-deny-participation-2024-10-31"),
    # same remarks as 003's NATO/Rutte statement (<= 2024-10-28)
    ("كما نقل الأمين العام", "نقل", "STATEMENT", "asserted", N, D, RUTTE),
    ("حول إرسال قوات من جيش", "إرسال", "DEPLOYMENT", "reported", N, D, NK_SENT),
    ("لم يتم الكشف", "الكشف", "STATEMENT", "denied", D, D, N),
    ("أكد الرئيس الروسي", "أكد", "STATEMENT", "asserted", D, D, N),
    ("المساعدة العسكرية المتبادلة", "المساعدة", "AID", "hypothetical", N, N, N),
    ("أكدت المتحدثة باسم وزارة الخارجية الروسية", "أكدت", "STATEMENT", "asserted", N, D, "zakharova-statement"),
    ("ووصفت التقارير", "ووصفت", "STATEMENT", "asserted", N, D, "zakharova-statement"),
    ("كما وصف السكرتير", "وصف", "STATEMENT", "asserted", D, D, "nk-un-envoy-dirty-manoeuvres"),
    ("بشأن إرسال جيشها", "إرسال", "DEPLOYMENT", "reported", N, D, NK_SENT),
    ("الشمالية أبرمتا", "أبرمتا", "AGREEMENT", "asserted", "2024-06-01", "2024-06-30", PACT),
    ("أبرمتا اتفاقية", "اتفاقية", "AGREEMENT", "asserted", "2024-06-01", "2024-06-30", PACT),
    ("خلال زيارة الرئيس الروسي", "زيارة", "VISIT", "asserted", "2024-06-01", "2024-06-30", PUTIN_VISIT),
    ("على تقديم المساعدة العسكرية", "المساعدة", "AID", "hypothetical", N, N, N),
    ("أشكال الدعم", "الدعم", "AID", "hypothetical", N, N, N),
    ("لهجوم مسلح", "لهجوم", "ATTACK", "hypothetical", N, N, N),
    ("تنص الاتفاقية", "الاتفاقية", "AGREEMENT", "asserted", "2024-06-01", "2024-06-30", PACT),
]

# ---------------------------------------------------------------- 003 (DCT 2024-10-29, Tuesday)
D = "2024-10-29"
MON = "2024-10-28"
ANN["003"] = [
    ("قالت وزارة الدفاع الأميركية", "قالت", "STATEMENT", "asserted", MON, MON, PENT),
    ("بعد أن قال حلف", "قال", "STATEMENT", "asserted", N, MON, RUTTE),
    ("تم نشر وحدات", "نشر", "DEPLOYMENT", "reported", N, MON, NK_KURSK),
    ("وقال الأمين العام لحلف شمال الأطلسي", "وقال", "STATEMENT", "asserted", N, MON, RUTTE),
    ("بعد محادثات", "محادثات", "MEETING", "asserted", N, MON, "nato-south-korea-delegation-talks-2024-10"),
    ("عمليات الانتشار الكورية", "الانتشار", "DEPLOYMENT", "reported", N, MON, NK_SENT),
    ("وقال الرئيس الأميركي جو بايدن الإثنين", "وقال", "STATEMENT", "asserted", MON, MON, "biden-very-dangerous-2024-10-28"),
    ("إن إرسال كوريا الشمالية آلاف", "إرسال", "DEPLOYMENT", "reported", N, MON, NK_SENT),
    ("وقدر البنتاغون", "وقدر", "STATEMENT", "asserted", MON, MON, PENT),
    ("أنه تم نشر 10 آلاف", "نشر", "DEPLOYMENT", "reported", N, MON, NK_SENT),
    ("من تقديرات بلغت", "تقديرات", "STATEMENT", "asserted", "2024-10-23", "2024-10-23", "us-estimate-3000-troops-2024-10-23"),
    ("وقالت المتحدثة باسم البنتاغون", "وقالت", "STATEMENT", "asserted", MON, MON, PENT),
    ("انتقلوا بالفعل", "انتقلوا", "DEPLOYMENT", "reported", N, MON, "nk-troops-move-closer-to-ukraine"),
    ("عن تأكيد وجود", "تأكيد", "STATEMENT", "denied", MON, MON, N),
    ("ولفتت", "ولفتت", "STATEMENT", "asserted", MON, MON, PENT),
    ("اقترب بالفعل", "اقترب", "DEPLOYMENT", "reported", N, MON, "nk-troops-move-closer-to-ukraine"),
    ("قال الرئيس الأوكراني فولوديمير زيلينسكي الإثنين", "قال", "STATEMENT", "asserted", MON, MON, "zelensky-iceland-press-conference-2024-10-28"),
    ("وأضاف زيلينسكي", "وأضاف", "STATEMENT", "asserted", MON, MON, "zelensky-iceland-press-conference-2024-10-28"),
    ("خلال مؤتمر صحافي في أيسلندا", "مؤتمر", "STATEMENT", "asserted", MON, MON, "zelensky-iceland-press-conference-2024-10-28"),
    ("مندداً", "مندداً", "STATEMENT", "asserted", MON, MON, "zelensky-iceland-press-conference-2024-10-28"),
    ("وحذر من أن", "وحذر", "STATEMENT", "asserted", MON, MON, "zelensky-iceland-press-conference-2024-10-28"),
    ("أن زودت روسيا", "زودت", "AID", "reported", N, MON, ARMS),
    ("قال زيلينسكي إنه", "قال", "STATEMENT", "asserted", MON, MON, "zelensky-iceland-press-conference-2024-10-28"),
    ("المرشح الجمهوري يقول", "يقول", "STATEMENT", "denied", N, D, N),
    ("لن يدعم بلاده", "يدعم", "AID", "hypothetical", N, N, N),
    ("وأضاف “عدم", "وأضاف", "STATEMENT", "asserted", MON, MON, "zelensky-iceland-press-conference-2024-10-28"),
    ("“عدم دعم أوكرانيا", "دعم", "AID", "hypothetical", N, N, N),
    ("والتقى زيلينسكي", "والتقى", "MEETING", "asserted", N, D, N),
    ("الذين وعدوا", "وعدوا", "STATEMENT", "asserted", N, D, N),
    ("بمواصلة دعم", "دعم", "AID", "planned", N, N, N),
    ("للإعلان عن", "للإعلان", "STATEMENT", "asserted", N, D, N),
    ("تقديم مساعدات جديدة", "مساعدات", "AID", "planned", N, N, N),
    ("وأشارت رئيسة الوزراء", "وأشارت", "STATEMENT", "asserted", D, D, "frederiksen-china-remarks"),
    ("في دعم روسيا", "دعم", "AID", "asserted", N, D, "china-support-to-russia"),
    ("وقالت “لا أعتقد", "وقالت", "STATEMENT", "asserted", D, D, "frederiksen-china-remarks"),
    ("من دون مساعدة الصين", "مساعدة", "AID", "hypothetical", N, N, "china-support-to-russia"),
    # ---- related articles after 'اقرأ المزيد' (manifest: same day, 2024-10-29; text agrees: 'اليوم الثلاثاء')
    ("خارجية كوريا الشمالية تتوجه", "تتوجه", "VISIT", "asserted", MON, D, CHOE),
    ("وقالت وكالة الأنباء المركزية الكورية الشمالية ومسؤولون", "وقالت", "STATEMENT", "asserted", D, D, "kcna-choe-trip-report-2024-10-29"),
    ("في ثاني زيارة", "زيارة", "VISIT", "asserted", MON, N, CHOE),
    ("وقالت الوكالة الرسمية", "وقالت", "STATEMENT", "asserted", D, D, "kcna-choe-trip-report-2024-10-29"),
    ("تشوي غادر", "غادر", "VISIT", "reported", MON, MON, "choe-departs-pyongyang-2024-10-28"),
    ("للقيام بزيارة", "بزيارة", "VISIT", "reported", MON, N, CHOE),
    ("حسبما ذكرت السفارة", "ذكرت", "STATEMENT", "asserted", MON, D, "russian-embassy-statement-choe-farewell"),
    ("في بيان نشرته", "بيان", "STATEMENT", "asserted", MON, D, "russian-embassy-statement-choe-farewell"),
    ("وجاء في البيان", "البيان", "STATEMENT", "asserted", MON, D, "russian-embassy-statement-choe-farewell"),
    ("“زيارة وزيرة", "زيارة", "VISIT", "asserted", MON, N, CHOE),
    ("أعقاب الاتفاق", "الاتفاق", "AGREEMENT", "asserted", "2024-06-01", "2024-06-30", PACT),
    ("خلال قمة يونيو", "قمة", "MEETING", "asserted", "2024-06-01", "2024-06-30", SUMMIT),
    ("قال الرئيس الكوري الجنوبي يون", "قال", "STATEMENT", "asserted", D, D, N),
    ("في اتصال هاتفي", "اتصال", "MEETING", "asserted", D, D, N),
    ("إن نشر القوات الكورية الشمالية على الخطوط", "نشر", "DEPLOYMENT", "expected", N, N, N),
    ("ومنذ اجتماع", "اجتماع", "MEETING", "asserted", "2023-01-01", "2023-12-31", "putin-kim-meeting-far-east-2023"),
    ("والتقى الزعيمان", "والتقى", "MEETING", "asserted", "2024-06-01", "2024-06-30", SUMMIT),
    ("لتوقيع شراكة", "لتوقيع", "AGREEMENT", "asserted", "2024-06-01", "2024-06-30", PACT),
    ("لتوقيع شراكة", "شراكة", "AGREEMENT", "asserted", "2024-06-01", "2024-06-30", PACT),
    ("تتضمن اتفاقية", "اتفاقية", "AGREEMENT", "asserted", "2024-06-01", "2024-06-30", PACT),
    ("وأعلن الرئيس الكوري الجنوبي الثلاثاء", "وأعلن", "STATEMENT", "asserted", D, D, "yoon-security-threat-2024-10-29"),
    ("بعد أن أكدت وزارة الدفاع", "أكدت", "STATEMENT", "asserted", N, D, PENT),
    ("الشمالية أرسلت نحو 10 آلاف", "أرسلت", "DEPLOYMENT", "reported", N, D, NK_SENT),
    ("وقال يون", "وقال", "STATEMENT", "asserted", D, D, "yoon-security-threat-2024-10-29"),
    ("تقدم روسي", "تقدم", "ATTACK", "asserted", "2024-10-01", MON, "russian-advance-october-2024"),
    ("الروسي تقدماً", "تقدماً", "ATTACK", "asserted", "2024-10-01", MON, "russian-advance-october-2024"),
    ("سيطرت القوات الروسية", "سيطرت", "ATTACK", "asserted", "2024-10-01", "2024-10-27", "russian-advance-october-2024"),
    ("التي استولت", "استولت", "ATTACK", "asserted", "2024-08-01", "2024-09-30", "russian-gains-aug-sep-2024"),
]

# ---------------------------------------------------------------- 004 (DCT 2023-08-31, Thursday)
D = "2023-08-31"
ANN["004"] = [
    ("أمريكا تعلق", "تعلق", "STATEMENT", "asserted", D, D, THOMAS),
    ("على مفاوضات روسيا", "مفاوضات", "NEGOTIATION", "reported", N, D, TALKS),
    ("اكدت السفيرة", "اكدت", "STATEMENT", "asserted", D, D, THOMAS),
    ("في المفاوضات بشأن", "المفاوضات", "NEGOTIATION", "reported", N, D, TALKS),
    ("مؤكدة أن ذلك", "مؤكدة", "STATEMENT", "asserted", D, D, THOMAS),
    ("وذكرت \"توماس\"", "وذكرت", "STATEMENT", "asserted", D, D, THOMAS),
    ("في مؤتمر صحفي أن", "مؤتمر", "STATEMENT", "asserted", D, D, THOMAS),
    ("روسيا تتفاوض", "تتفاوض", "NEGOTIATION", "reported", N, D, TALKS),
    ("على صفقات محتملة", "صفقات", "AGREEMENT", "hypothetical", N, N, "russia-nk-potential-arms-deals"),
    ("واتهمت وزير", "واتهمت", "STATEMENT", "asserted", D, D, THOMAS),
    ("باستغلال زيارته", "زيارته", "VISIT", "asserted", "2023-07-01", "2023-07-31", DEFMIN),
    ("واستهجنت", "واستهجنت", "STATEMENT", "asserted", D, D, THOMAS),
    ("وكشفت", "وكشفت", "STATEMENT", "asserted", D, D, THOMAS),
    ("تبادلا الرسائل", "تبادلا", "STATEMENT", "reported", "2023-07-01", D, "putin-kim-letters-2023"),
    ("بعد زيارة وزير", "زيارة", "VISIT", "asserted", "2023-07-01", "2023-07-31", DEFMIN),
    ("وأشارت \"توماس\"", "وأشارت", "STATEMENT", "asserted", D, D, THOMAS),
    ("سافروا إلى", "سافروا", "VISIT", "reported", N, D, "russian-officials-trip-nk-2023"),
    ("لمتابعة المناقشات", "المناقشات", "NEGOTIATION", "reported", N, D, TALKS),
    ("حول صفقات الأسلحة", "صفقات", "AGREEMENT", "hypothetical", N, N, "russia-nk-potential-arms-deals"),
    ("مبينة أن", "مبينة", "STATEMENT", "asserted", D, D, THOMAS),
    ("\"المفاوضات قد", "المفاوضات", "NEGOTIATION", "reported", N, D, TALKS),
    # ---- related, later article after 'إقرأ أيضاً:' (own DCT unknown; only absolute dates bound it)
    ("كوريا الشمالية تؤكد رسميا", "تؤكد", "STATEMENT", "asserted", N, N, NKCONF),
    ("تؤكد رسميا إرسال", "إرسال", "DEPLOYMENT", "asserted", N, N, NK_SENT),
    ("أكدت كوريا الشمالية للمرة", "أكدت", "STATEMENT", "asserted", N, N, NKCONF),
    ("رسمياً إرسال قوات", "إرسال", "DEPLOYMENT", "asserted", N, N, NK_SENT),
    ("أفادت به", "أفادت", "STATEMENT", "asserted", N, N, NKCONF),
    ("وأوضحت الوكالة", "وأوضحت", "STATEMENT", "asserted", N, N, NKCONF),
    ("عمليات استعادة مناطق", "استعادة", "RECAPTURE", "reported", "2024-08-01", N, RECAP),
    ("وأشارت إلى أن هذه العمليات", "وأشارت", "STATEMENT", "asserted", N, N, NKCONF),
    ("في تأكيد غير", "تأكيد", "STATEMENT", "asserted", N, N, NKCONF),
    ("وأضافت الوكالة", "وأضافت", "STATEMENT", "asserted", N, N, NKCONF),
    ("لما وصفه", "وصفه", "STATEMENT", "asserted", N, N, N),
    ("المعارك لاستعادة", "لاستعادة", "RECAPTURE", "asserted", "2024-08-01", N, RECAP),
    ("وأكد رئيس أركان", "وأكد", "STATEMENT", "asserted", N, N, "gerasimov-kursk-report"),
    ("مشدداً", "مشدداً", "STATEMENT", "asserted", N, N, "gerasimov-kursk-report"),
    ("في دحر", "دحر", "RECAPTURE", "reported", "2024-08-01", N, RECAP),
    ("تلقى خلاله تقريراً", "تقريراً", "STATEMENT", "asserted", N, N, "gerasimov-kursk-report"),
    ("وأشاد بوتين", "وأشاد", "STATEMENT", "asserted", N, N, "putin-praises-kursk-outcome"),
    ("بفشل الهجوم", "الهجوم", "INVASION", "asserted", "2024-08-01", N, UKR_KURSK),
    ("واعتبر أن", "واعتبر", "STATEMENT", "asserted", N, N, "putin-praises-kursk-outcome"),
    ("أن طرد القوات", "طرد", "RECAPTURE", "reported", "2024-08-01", N, RECAP),
    ("صرح المتحدث باسم الكرملين", "صرح", "STATEMENT", "asserted", N, N, "peskov-kursk-statement"),
    ("مؤكداً استعادة", "مؤكداً", "STATEMENT", "asserted", N, N, "peskov-kursk-statement"),
    ("مؤكداً استعادة موسكو", "استعادة", "RECAPTURE", "reported", "2024-08-01", N, RECAP),
    ("منذ الهجوم الواسع", "الهجوم", "INVASION", "asserted", "2024-08-01", "2024-08-31", UKR_KURSK),
    ("الدعم العسكري الذي", "الدعم", "AID", "asserted", N, N, N),
]

ORDER = [
    ("russia-invasion-ukraine-2022-02", "putin-kim-meeting-far-east-2023"),
    ("russia-invasion-ukraine-2022-02", PACT),
    (DEFMIN, "putin-kim-letters-2023"),
    (DEFMIN, "russian-officials-trip-nk-2023"),
    (DEFMIN, THOMAS),
    ("putin-kim-letters-2023", THOMAS),
    ("russian-officials-trip-nk-2023", THOMAS),
    (THOMAS, "brics-expansion-2024-01"),
    ("putin-kim-meeting-far-east-2023", SUMMIT),
    ("brics-expansion-2024-01", "russia-veto-un-panel-2024-03"),
    ("russia-veto-un-panel-2024-03", PUTIN_VISIT),
    (PUTIN_VISIT, UKR_KURSK),
    (PACT, CHOE),
    (SUMMIT, CHOE),
    (PACT, NK_SENT),
    (UKR_KURSK, RECAP),
    ("russian-gains-aug-sep-2024", "russian-advance-october-2024"),
    ("ukraine-missile-strike-donetsk", "kim-yong-hyun-remarks-2024-10-08"),
    ("kim-yong-hyun-remarks-2024-10-08", "us-officials-concern-2024-10-15"),
    ("dietz-statement-2024-10-15", "miller-statement-2024-10-15"),
    ("us-officials-concern-2024-10-15", "nis-announcement-2024-10-18"),
    ("zelensky-accuses-nk-2024-10", "nis-announcement-2024-10-18"),
    ("zelensky-10k-intelligence-claim", "nis-announcement-2024-10-18"),
    ("russia-rejects-reports-2024-10-15", KIRBY),
    ("nis-announcement-2024-10-18", KIRBY),
    ("nis-announcement-2024-10-18", "sk-summons-russian-ambassador-2024-10-21"),
    (NK_SENT, "sk-summons-russian-ambassador-2024-10-21"),
    ("sk-summons-russian-ambassador-2024-10-21", BRICS),
    (KIRBY, BRICS),
    (KIRBY, "us-estimate-3000-troops-2024-10-23"),
    ("us-estimate-3000-troops-2024-10-23", PENT),
    ("putin-brics-press-conference-2024-10-24", "biden-very-dangerous-2024-10-28"),
    ("nato-south-korea-delegation-talks-2024-10", RUTTE),
    (RUTTE, PENT),
    (PENT, "yoon-security-threat-2024-10-29"),
    (PENT, "biden-remarks-kursk-2024-10-31"),
    ("biden-very-dangerous-2024-10-28", "biden-remarks-kursk-2024-10-31"),
    ("zelensky-iceland-press-conference-2024-10-28", "yoon-security-threat-2024-10-29"),
    ("choe-departs-pyongyang-2024-10-28", "kcna-choe-trip-report-2024-10-29"),
    ("choe-departs-pyongyang-2024-10-28", "russian-embassy-statement-choe-farewell"),
    ("yoon-security-threat-2024-10-29", "biden-remarks-kursk-2024-10-31"),
    (NK_SENT, "nk-troops-move-closer-to-ukraine"),
    ("russia-nk-deny-participation-2024-10-31", NKCONF),
    ("nk-un-envoy-dirty-manoeuvres", NKCONF),
    (NK_SENT, NKCONF),
    (RECAP, NKCONF),
    (RECAP, "peskov-kursk-statement"),
    (RECAP, "putin-praises-kursk-outcome"),
    (RECAP, "gerasimov-kursk-report"),
]

TYPES = {"MEETING", "VISIT", "DEPLOYMENT", "AGREEMENT", "ATTACK", "INVASION", "RECAPTURE",
         "STATEMENT", "SUMMONS", "VETO", "NEGOTIATION", "AID"}
MODS = {"asserted", "reported", "planned", "expected", "denied", "hypothetical"}
WORD = re.compile(r"\w")


def locate(text, ctx, trig):
    n = text.count(ctx)
    if n != 1:
        raise SystemExit(f"context occurs {n} times: {ctx!r}")
    c = text.index(ctx)
    k = ctx.find(trig)
    if k < 0:
        raise SystemExit(f"trigger {trig!r} not in context {ctx!r}")
    s = c + k
    e = s + len(trig)
    before = text[s - 1] if s > 0 else " "
    after = text[e] if e < len(text) else " "
    if WORD.match(before) or WORD.match(after) or before == "ـ":
        raise SystemExit(f"trigger {trig!r} is not a whole token at {s} ({before!r}|{after!r})")
    return s, e


def main():
    events = []
    for doc, rows in ANN.items():
        text = open(os.path.join(SEEDS, FILES[doc]), encoding="utf-8").read()
        for ctx, trig, typ, mod, ea, la, lab in rows:
            assert typ in TYPES and mod in MODS, (ctx, typ, mod)
            s, e = locate(text, ctx, trig)
            assert text[s:e] == trig
            if ea and la:
                assert ea <= la, (ctx, ea, la)
            events.append({"doc": doc, "trigger": trig, "start": s, "end": e, "type": typ,
                           "modality": mod, "earliest": ea, "latest": la, "same_as": lab})
    # uniqueness of spans
    spans = [(x["doc"], x["start"]) for x in events]
    assert len(spans) == len(set(spans)), "duplicate mention"
    events.sort(key=lambda x: (x["doc"], x["start"]))

    # label -> hull interval, consistency of types
    labels = {}
    for x in events:
        if x["same_as"]:
            labels.setdefault(x["same_as"], []).append(x)
    for lab, ms in labels.items():
        assert len({m["type"] for m in ms}) == 1, ("type clash", lab)

    def bounds(lab):
        ms = labels[lab]
        eas = [m["earliest"] for m in ms if m["earliest"]]
        las = [m["latest"] for m in ms if m["latest"]]
        # narrowest text-implied bounds (intersection) and widest (hull)
        return (max(eas) if eas else None, min(las) if las else None,
                min(eas) if eas else None, max(las) if las else None)

    order = [{"before": b, "after": a} for b, a in ORDER]
    for p in order:
        for k in ("before", "after"):
            assert p[k] in labels, ("unknown label", p[k])
        b = bounds(p["before"])
        a = bounds(p["after"])
        # 'before' must be able to start no later than 'after' can end
        if b[2] and a[3]:
            assert b[2] <= a[3], ("inconsistent", p, b, a)
        if b[0] and a[1]:
            assert b[0] <= a[1], ("inconsistent (narrow bounds)", p, b, a)
    assert len({(p["before"], p["after"]) for p in order}) == len(order), "duplicate pair"

    # acyclic
    graph = {}
    for p in order:
        graph.setdefault(p["before"], set()).add(p["after"])
    state = {}

    def dfs(u, path):
        state[u] = 1
        for v in graph.get(u, ()):
            if state.get(v) == 1:
                raise SystemExit(f"cycle: {path + [v]}")
            if not state.get(v):
                dfs(v, path + [v])
        state[u] = 2
    for u in list(graph):
        if not state.get(u):
            dfs(u, [u])

    with open(os.path.join(OUT, "events.json"), "w", encoding="utf-8") as f:
        json.dump(events, f, ensure_ascii=False, indent=1)
    with open(os.path.join(OUT, "order.json"), "w", encoding="utf-8") as f:
        json.dump(order, f, ensure_ascii=False, indent=1)

    cross = [l for l, ms in labels.items() if len({m["doc"] for m in ms}) > 1]
    print(f"mentions: {len(events)}  labels: {len(labels)}  cross-article labels: {len(cross)}  pairs: {len(order)}")
    for l in sorted(cross):
        print("  ", l, sorted({m["doc"] for m in labels[l]}), bounds(l)[:2])
    used = {p[k] for p in order for k in ("before", "after")}
    single_unordered = [l for l, ms in labels.items() if len(ms) == 1 and l not in used]
    if single_unordered:
        print("single-mention labels not ordered:", single_unordered)
    for l in sorted(labels):
        b = bounds(l)
        if b[0] and b[1] and b[0] > b[1]:
            print("  note: mention intervals do not intersect for", l, b)


if __name__ == "__main__":
    main()
