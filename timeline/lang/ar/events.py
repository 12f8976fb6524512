"""Arabic event triggers, modality cues and temporal signals. Data only.

Each :class:`~timeline.triggers.Trigger` lists the surface forms that announce
one event type: verbs in their usual conjugations, verbal nouns, fixed phrases.
Clitics (و، ف، ب، ل، ك، سـ) and pronoun suffixes (ـه، ـها، ـهم) are handled by the
matcher, so ``وزيارته`` is found from ``زيارة``. Adding an event type is one more
``Trigger`` here with its examples; the generic test runs every example.
"""

from __future__ import annotations

from timeline.triggers import EventExample as Ex
from timeline.triggers import Trigger

TROOPS = (
    "قوات",
    "القوات",
    "جنود",
    "الجنود",
    "جندي",
    "جنديا",
    "جنودا",
    "وحدات",
    "الوحدات",
    "جيش",
    "الجيش",
    "جيشها",
    "قواتها",
    "قواته",
    "مقاتلين",
    "المقاتلين",
    "عسكريين",
    "فرقة",
    "كتيبة",
    "لواء",
    "صواريخ",
    "منظومات",
    "عناصر",
    "مرتزقة",
    "آلاف",
    "ألف",
    "ألفي",
    # warships, carriers, armour and warplanes are deployed like troops
    "حاملة",
    "حاملات",
    "مدمرة",
    "مدمرات",
    "غواصة",
    "غواصات",
    "فرقاطة",
    "فرقاطات",
    "بوارج",
    "حربية",
    "الحربية",
    "مقاتلات",
    "قاذفات",
    "دبابات",
    "الدبابات",
    "أسطول",
    "الأسطول",
)
MILITARY = (
    "الجيش",
    "القوات",
    "قوات",
    "العسكرية",
    "العسكري",
    "الروسي",
    "الأوكراني",
    "ميدانيا",
    "ميدانيا",
    "الأراضي",
    "كيلومترا",
    "كيلومتر",
    "مربعا",
    "مربعة",
    "جبهة",
    "الجبهة",
    "المواقع",
    "ميدانياً",
)

TRIGGERS: tuple[Trigger, ...] = (
    Trigger(
        type="MEETING",
        words=(
            "قمة",
            "القمة",
            "قمم",
            "اجتماع",
            "الاجتماع",
            "اجتماعات",
            "الاجتماعات",
            "لقاء",
            "اللقاء",
            "لقاءات",
            "التقى",
            "التقت",
            "التقيا",
            "التقتا",
            "التقوا",
            "يلتقي",
            "تلتقي",
            "يلتقيان",
            "يلتقون",
            "اجتمع",
            "اجتمعت",
            "اجتمعا",
            "اجتمعوا",
            "يجتمع",
            "تجتمع",
            "يجتمعون",
            "يجتمعوا",
            "محادثات",
            "المحادثات",
            "مباحثات",
            "المباحثات",
            "مؤتمر",
            "المؤتمر",
            "يصافح",
            "صافح",
            "سيصافح",
            # a call is a meeting at a distance ("في اتصال هاتفي مع")
            "اتصال هاتفي",
            "اتصالا هاتفيا",
            "مكالمة هاتفية",
        ),
        excludes=("صحفي", "صحافي", "الصحفي", "الصحافي", "صحفيا", "صحافيا"),
        examples=(
            Ex(
                text="وقال يون في اتصال هاتفي مع رئيسة المفوضية الأوروبية إن التعاون خطير.",
                published="2024-10-29",
                trigger="اتصال هاتفي",
                value="2024-10-29",
                modality="asserted",
            ),
            Ex(
                text="والتقى الزعيمان مرة أخرى في يونيو 2024 لتوقيع شراكة استراتيجية.",
                published=None,
                trigger="التقى",
                value="2024-06",
            ),
            Ex(
                text="ومن المقرر أن يجتمعوا في مدينة كازان الروسية يوم الثلاثاء لحضور اجتماع.",
                published="2024-10-21",
                trigger="يجتمعوا",
                value="2024-10-22",
                modality="planned",
                location="كازان",
            ),
            Ex(
                text="عقد الرئيس المصري قمة مع نظيره الأردني في القاهرة أمس.",
                published="2024-03-05",
                trigger="قمة",
                value="2024-03-04",
                participants=("مصر", "الأردن"),
                location="القاهرة",
            ),
            Ex(
                text="عقد الوزير مؤتمرا صحفيا أمس.",
                published="2024-03-05",
                trigger="مؤتمرا",
                negative=True,
            ),
        ),
    ),
    Trigger(
        type="MEETING",
        words=("يستقبل", "تستقبل", "استقبل", "استقبلت", "استقبال"),
        requires=(
            "الرئيس",
            "رئيس",
            "رئيسة",
            "الملك",
            "الأمير",
            "ولي",
            "وزير",
            "وزيرة",
            "نظيره",
            "نظيرته",
            "وفدا",
            "وفد",
            "السفير",
            "المبعوث",
            "الأمين",
            "المستشار",
            "زعيم",
        ),
        window=4,
        examples=(
            Ex(
                text="استقبل الرئيس المصري نظيره الفرنسي في القاهرة أمس.",
                published="2024-03-05",
                trigger="استقبل",
                value="2024-03-04",
            ),
            Ex(
                text="استقبلت المملكة أكثر من مليوني معتمر.",
                published="2024-03-05",
                trigger="استقبلت",
                negative=True,
            ),
        ),
    ),
    Trigger(
        type="VISIT",
        words=(
            "زيارة",
            "الزيارة",
            "زيارات",
            "زار",
            "زارت",
            "زارا",
            "زاروا",
            "يزور",
            "تزور",
            "يزوران",
            "يزر",
            "تزر",
            "يزورون",
            "وصل إلى",
            "وصلت إلى",
            "وصلوا إلى",
            "يصل إلى",
            "تصل إلى",
            "توجه إلى",
            "توجهت إلى",
            "يتوجه إلى",
            "تتوجه إلى",
            "سافر إلى",
            "سافرت إلى",
            "سافروا إلى",
            "يسافر إلى",
            "غادر",
            "غادرت",
            "حل ضيفا",
        ),
        examples=(
            Ex(
                text="ووقعت الدولتان اتفاقا في يونيو عندما زار الرئيس الروسي فلاديمير بوتين "
                "كوريا الشمالية.",
                published="2024-10-15",
                trigger="زار",
                value="2024-06",
                participants=("روسيا", "فلاديمير بوتين", "كوريا الشمالية"),
            ),
            Ex(
                text="أبرمتا الاتفاقية خلال زيارة الرئيس الروسي لبيونغ يانغ في يونيو الماضي.",
                published="2024-10-31",
                trigger="زيارة",
                value="2024-06",
                location="بيونغ يانغ",
            ),
            Ex(
                text="وزيرة خارجية كوريا الشمالية تتوجه إلى روسيا اليوم",
                published="2024-10-29",
                trigger="تتوجه إلى",
                value="2024-10-29",
            ),
        ),
    ),
    Trigger(
        # a tour is a visit; a round of talks is not ("جولة جديدة من المفاوضات")
        type="VISIT",
        words=("جولة", "الجولة"),
        excludes=(
            "من",
            "جديدة",
            "ثانية",
            "ثالثة",
            "أولى",
            "مفاوضات",
            "المفاوضات",
            "محادثات",
            "المحادثات",
            "حوار",
            "الحوار",
            "قتال",
            "القتال",
            "انتخابية",
        ),
        examples=(
            Ex(
                text="بدأ وزير الخارجية جولة خليجية تشمل الرياض والدوحة أمس.",
                published="2024-10-21",
                trigger="جولة",
                value="2024-10-20",
            ),
            Ex(
                text="بدأت جولة جديدة من المفاوضات بين الطرفين في الدوحة.",
                published="2024-10-21",
                trigger="جولة",
                negative=True,
            ),
        ),
    ),
    Trigger(
        type="DEPLOYMENT",
        words=(
            "نشر",
            "نشرت",
            "ينشر",
            "تنشر",
            "أرسل",
            "أرسلت",
            "أرسلوا",
            "يرسل",
            "ترسل",
            "إرسال",
            "الإرسال",
            "انتشار",
            "الانتشار",
            "ينتشرون",
            "تنتشر",
            "ينتشر",
            "نقل",
            "نقلت",
            "ينقل",
            "دفع بقوات",
            "دفعت بقوات",
            "حشد",
            "حشدت",
            "يحشد",
            "تعزيزات",
            "ينتشرون",
            "إرسالهم",
            "نقلهم",
            "انتقلوا",
            "انتقل",
            "اقترب",
            "يذهبون",
            "تم نشرهم",
            "نشرها",
            "إرسالها",
        ),
        requires=TROOPS,
        window=5,
        examples=(
            Ex(
                text="أرسلت الولايات المتحدة حاملة طائرات إلى شرق البحر المتوسط.",
                published="2024-10-21",
                trigger="أرسلت",
                participants=("الولايات المتحدة",),
            ),
            Ex(
                text="أرسلت الحكومة طائرات محملة بالأدوية إلى المدينة.",
                published="2024-10-21",
                trigger="أرسلت",
                negative=True,
            ),
            Ex(
                # what may happen has not yet: a possibility, from the day it was told
                text="وقال يون إن نشر القوات الكورية الشمالية على الخطوط الأمامية قد يحدث قريبا.",
                published="2024-10-29",
                trigger="نشر",
                modality="hypothetical",
            ),
            Ex(
                text="وقال إن إرسال القوات إلى روسيا قد يؤدي إلى تصعيد.",
                published="2024-10-29",
                trigger="إرسال",
                modality="reported",
            ),
            Ex(
                text="أكدت الوكالة أن كوريا الشمالية أرسلت 1500 جندي إلى روسيا هذا الشهر.",
                published="2024-10-18",
                trigger="أرسلت",
                value="2024-10",
                modality="reported",
                participants=("كوريا الشمالية", "روسيا"),
            ),
            Ex(
                text="قال الحلف إنه تم نشر وحدات عسكرية من كوريا الشمالية في منطقة كورسك.",
                published="2024-10-28",
                trigger="نشر",
                value="",
                modality="reported",
                location="كورسك",
            ),
            Ex(
                text="نشرت الصحيفة تقريرا أمس.",
                published="2024-10-28",
                trigger="نشرت",
                negative=True,
            ),
        ),
    ),
    Trigger(
        # "deployment operations" are military whatever follows them
        type="DEPLOYMENT",
        words=("عمليات الانتشار", "عمليات انتشار", "عمليات النشر", "عملية الانتشار"),
        examples=(
            Ex(
                text="وقال روته بعد محادثات بشأن عمليات الانتشار الكورية الشمالية إن الخطر يتزايد.",
                published="2024-10-28",
                trigger="عمليات الانتشار",
                participants=("كوريا الشمالية",),
            ),
            Ex(
                text="وأعلنت الشركة عن انتشار منتجاتها في الأسواق.",
                published="2024-10-28",
                trigger="انتشار",
                negative=True,
            ),
        ),
    ),
    Trigger(
        type="AGREEMENT",
        words=(
            "اتفاق",
            "الاتفاق",
            "اتفاقا",
            "اتفاقات",
            "الاتفاقات",
            "اتفاقية",
            "الاتفاقية",
            "صفقة",
            "صفقات",
            "الصفقة",
            "الصفقات",
            "اتفاقيات",
            "الاتفاقيات",
            "معاهدة",
            "المعاهدة",
            "معاهدات",
            "توقيع",
            "التوقيع",
            "أبرم",
            "أبرمت",
            "أبرمتا",
            "أبرما",
            "أبرموا",
            "يبرم",
            "إبرام",
            "شراكة",
            "الشراكة",
            "مذكرة تفاهم",
        ),
        examples=(
            Ex(
                text="الجدير بالذكر أن روسيا وكوريا الشمالية أبرمتا اتفاقية شراكة في يونيو الماضي.",
                published="2024-10-31",
                trigger="أبرمتا",
                value="2024-06",
                participants=("روسيا", "كوريا الشمالية"),
            ),
        ),
    ),
    Trigger(
        # agreeing on something: "اتفق الجانبان على وقف إطلاق النار"
        type="AGREEMENT",
        words=(
            "اتفق",
            "اتفقت",
            "اتفقا",
            "اتفقتا",
            "اتفقوا",
            "يتفق",
            "تتفق",
            "يتفقان",
            "تتفقان",
            "الاتفاق على",
        ),
        requires=("على",),
        excludes=("مع",),
        window=3,
        examples=(
            Ex(
                text="اتفق الجانبان على وقف إطلاق النار اعتباراً من منتصف الليل.",
                published="2024-10-21",
                trigger="اتفق",
            ),
            Ex(
                text="واتفق الوزير مع ما قاله رئيس الحكومة.",
                published="2024-10-21",
                trigger="واتفق",
                negative=True,
            ),
        ),
    ),
    Trigger(
        type="AGREEMENT",
        words=("انضم", "انضمت", "انضموا", "انضمام", "الانضمام", "تنضم", "ينضم"),
        excludes=("القوات", "قوات", "الجيش", "الحرب", "القتال", "صفوف", "المعارك", "المقاتلين"),
        examples=(
            Ex(
                text="وانضمت إيران ومصر في يناير/كانون الثاني.",
                published="2024-10-21",
                trigger="وانضمت",
                value="2024-01",
            ),
            Ex(
                text="جنود يذهبون للانضمام إلى الحرب ضد أوكرانيا",
                published="2024-10-21",
                trigger="للانضمام",
                negative=True,
            ),
        ),
    ),
    Trigger(
        # joining a war or an army is going to fight: a deployment
        type="DEPLOYMENT",
        words=("انضم", "انضمت", "انضموا", "انضمام", "الانضمام", "تنضم", "ينضم", "ينضمون"),
        requires=("القوات", "قوات", "الجيش", "الحرب", "القتال", "صفوف", "المعارك"),
        window=3,
        examples=(
            Ex(
                text="إذا كان صحيحا أن جنود كوريا الشمالية يذهبون إلى هناك للانضمام إلى "
                "الحرب ضد أوكرانيا.",
                published="2024-10-21",
                trigger="للانضمام",
            ),
        ),
    ),
    Trigger(
        type="AGREEMENT",
        words=("وقع", "وقعت", "وقعا", "وقعتا", "وقعوا", "يوقع", "يوقعان"),
        requires=(
            "اتفاق",
            "اتفاقا",
            "اتفاقية",
            "معاهدة",
            "شراكة",
            "مذكرة",
            "عقد",
            "عقدا",
            "بروتوكول",
            "إعلان",
            "الاتفاق",
            "الاتفاقية",
            "المعاهدة",
            "اتفاقيات",
        ),
        window=6,
        examples=(
            Ex(
                text="ووقعت الدولتان المسلحتان نوويا اتفاقا دفاعيا في يونيو.",
                published="2024-10-15",
                trigger="ووقعت",
                value="2024-06",
            ),
            Ex(text="ووقعت الحادثة أمس.", published="2024-10-15", trigger="ووقعت", negative=True),
        ),
    ),
    # An army's offensive on a region or on a country's land is an invasion
    # (GUIDE: "هجوم واسع على أراضي"); tried before the attack it also is.
    Trigger(
        type="INVASION",
        words=("هجوم", "الهجوم", "هجوما", "هجومها", "هجومه"),
        requires=("المنطقة", "منطقة", "مقاطعة", "الأراضي", "أراضي", "أراض"),
        excludes=(
            "صاروخي",
            "جوي",
            "بطائرات",
            "بطائرة",
            "بالصواريخ",
            "بصواريخ",
            "بالمسيرات",
            "بمسيرات",
            "بالمسيرة",
            "إرهابي",
            "سيبراني",
        ),
        window=3,
        examples=(
            Ex(
                text="وأشاد بوتين بفشل الهجوم الأوكراني على المنطقة.",
                published="2025-04-27",
                trigger="الهجوم",
                participants=("أوكرانيا",),
            ),
            Ex(
                text="شنت القوات الروسية هجوماً على منطقة خاركيف في مايو 2024.",
                published="2024-10-21",
                trigger="هجوما",
                value="2024-05",
            ),
            Ex(
                text="وأسفر هجوم صاروخي على المنطقة عن مقتل ثلاثة أشخاص.",
                published="2024-10-21",
                trigger="هجوم",
                negative=True,
            ),
            Ex(
                text="وأدان الوزير الهجوم على السفارة أمس.",
                published="2024-10-21",
                trigger="الهجوم",
                negative=True,
            ),
        ),
    ),
    Trigger(
        type="ATTACK",
        words=(
            "هجوم",
            "الهجوم",
            "هجمات",
            "الهجمات",
            "هاجم",
            "هاجمت",
            "يهاجم",
            "تهاجم",
            "قصف",
            "القصف",
            "قصفت",
            "يقصف",
            "تقصف",
            "ضربة",
            "الضربة",
            "ضربات",
            "الضربات",
            "غارة",
            "الغارة",
            "غارات",
            "الغارات",
            "اعتداء",
            "الاعتداء",
            "استهدف",
            "استهدفت",
            "استهداف",
            "معارك",
            "المعارك",
            "هجوما",
            "للضرب",
            "سيطرت على",
            "سيطر على",
            "استولت على",
            "استولى على",
            "سيطرت",
            "استولت",
            # fighting is combat, like the battles above ("جنود يقاتلون في أوكرانيا")
            "قتال",
            "القتال",
            "يقاتل",
            "يقاتلون",
            "يقاتلوا",
            "تقاتل",
            "قاتل",
            "قاتلت",
            "قاتلوا",
        ),
        examples=(
            Ex(
                text="تقارير عن جنود كوريين شماليين يقاتلون إلى جانب روسيا في أوكرانيا.",
                published="2024-10-21",
                trigger="يقاتلون",
                modality="reported",
                # alongside Russia, in Ukraine
                location="أوكرانيا",
            ),
            Ex(
                text="قتل ستة ضباط في الهجوم الصاروخي الأوكراني الأخير على دونيتسك.",
                published="2024-10-15",
                trigger="الهجوم",
                value="",
            ),
            Ex(
                text="شنت الطائرات الإسرائيلية أكثر من 20 غارة على الضاحية الجنوبية يوم الثلاثاء.",
                published="2024-11-27",
                trigger="غارة",
                value="2024-11-26",
            ),
        ),
    ),
    Trigger(
        type="ATTACK",
        words=("تقدم", "تقدما", "تقدمت", "يتقدم", "تتقدم"),
        requires=MILITARY,
        excludes=("بطلب", "بطلبات", "بمقترح", "بشكوى"),
        window=6,
        examples=(
            Ex(
                text="أحرز الجيش الروسي تقدما في الأراضي الأوكرانية منذ مطلع أكتوبر.",
                published="2024-10-29",
                trigger="تقدما",
            ),
            Ex(
                text="وتقدمت تركيا وأذربيجان بطلب رسمي.",
                published="2024-10-21",
                trigger="وتقدمت",
                negative=True,
            ),
        ),
    ),
    Trigger(
        # striking back at forces ("الرد على هذه القوات"), not answering a question
        type="ATTACK",
        words=("الرد", "بالرد", "للرد", "يرد", "ترد", "سترد", "سيرد"),
        requires=("القوات", "قوات", "الهجوم", "هجوم", "عسكريا", "بالقوة"),
        window=3,
        examples=(
            Ex(
                text="وعند سؤاله عما إذا كان ينبغي على الأوكرانيين الرد على هذه القوات، "
                "أجاب بايدن بنعم.",
                published="2024-10-31",
                trigger="الرد",
                modality="hypothetical",
            ),
            Ex(
                text="ورداً على سؤال حول المخاطر، قال الرئيس إنه لم يسمع ذلك.",
                published="2024-10-29",
                trigger="ورداً",
                negative=True,
            ),
        ),
    ),
    Trigger(
        type="INVASION",
        words=(
            "غزو",
            "الغزو",
            "غزت",
            "غزا",
            "يغزو",
            "اجتياح",
            "الاجتياح",
            "اجتاحت",
            "اجتاح",
            "توغل",
            "التوغل",
            "توغلت",
            "هجوم واسع على أراضي",
            "الهجوم الواسع",
        ),
        examples=(
            Ex(
                text="وعمقت الدولتان العلاقات منذ غزو موسكو لأوكرانيا في فبراير 2022.",
                published="2024-10-15",
                trigger="غزو",
                value="2022-02",
                participants=("روسيا", "أوكرانيا"),
            ),
        ),
    ),
    Trigger(
        type="INVASION",
        words=("دخلوا", "دخلت", "دخل", "دخول", "يدخلون", "تدخل"),
        requires=("الأراضي", "أراضي", "أراض", "الحدود", "البلدة", "المدينة", "مقاطعة"),
        window=3,
        examples=(
            Ex(
                text="إذا دخلوا الأراضي الأوكرانية فعلى الأوكرانيين الرد.",
                published="2024-10-31",
                trigger="دخلوا",
                modality="hypothetical",
            ),
            Ex(
                text="دخلت الحكومة في أزمة جديدة.",
                published="2024-10-31",
                trigger="دخلت",
                negative=True,
            ),
        ),
    ),
    Trigger(
        type="RECAPTURE",
        words=(
            "استعادة",
            "الاستعادة",
            "استعاد",
            "استعادت",
            "يستعيد",
            "تستعيد",
            "تحرير",
            "التحرير",
            "حرر",
            "حررت",
            "طرد",
            "طردت",
            "دحر",
            "دحرت",
            "استعادة السيطرة",
        ),
        examples=(
            Ex(
                text="وشاركت الوحدات في عمليات استعادة مناطق في مقاطعة كورسك الروسية.",
                published=None,
                trigger="استعادة",
                location="كورسك",
            ),
        ),
    ),
    Trigger(
        type="STATEMENT",
        words=(
            "قال",
            "قالت",
            "قالوا",
            "يقول",
            "تقول",
            "صرح",
            "صرحت",
            "تصريح",
            "تصريحات",
            "تحذير",
            "تحذيرا",
            "قاله",
            "قالته",
            "أعلن",
            "أعلنت",
            "أعلنوا",
            "يعلن",
            "تعلن",
            "أكد",
            "أكدت",
            "أكدوا",
            "يؤكد",
            "تؤكد",
            "نفى",
            "نفت",
            "نفتا",
            "نفوا",
            "ينفي",
            "تنفي",
            "حذر",
            "حذرت",
            "يحذر",
            "تحذر",
            "أعرب",
            "أعربت",
            "أعربوا",
            "يعرب",
            "أضاف",
            "أضافت",
            "أوضح",
            "أوضحت",
            "ذكر",
            "ذكرت",
            "أفاد",
            "أفادت",
            "اتهم",
            "اتهمت",
            "كشف",
            "كشفت",
            "أشار",
            "أشارت",
            "وصف",
            "وصفت",
            "وصفه",
            "وصفها",
            "وصفته",
            "وصفتها",
            "ندد",
            "نددت",
            "دعا",
            "دعت",
            "رفض",
            "رفضت",
            "تعهد",
            "تعهدت",
            "تعهدا",
            "تعهدوا",
            "يعبر",
            "تعبر",
            "عبر عن",
            "عبرت عن",
            "أجاب",
            "أجابت",
            "قائلا",
            "قائلة",
            "ردد",
            "رددت",
            "قاله",
            "ولفتت",
            "لفت",
            "لفتت",
            "متوقعا",
            "مندداً",
            "منددا",
            "مؤكدا",
            "مؤكدة",
            "مبينا",
            "مبينة",
            "مشددا",
            "مشددة",
            "شدد",
            "شددت",
            "أشاد",
            "أشادت",
            "اعتبر",
            "اعتبرت",
            "استهجن",
            "استهجنت",
            "تعلق على",
            "يعلق على",
            "علق",
            "علقت",
            "وعد",
            "وعدوا",
            "وعدت",
            "قدر",
            "قدرت",
            "إحاطة",
            "الإحاطة",
            "أبلغ",
            "أبلغت",
            "نقل عن",
            "نقلت عن",
            "نقل",
            "نقلت",
            "الإعلان",
            "إعلان",
            "مؤتمر صحفي",
            "مؤتمر صحافي",
            "مؤتمرا صحفيا",
            "مؤتمرا صحافيا",
            "أقر",
            "أقرت",
            # the dual and plural after لم ("لم ينفيا ذلك")
            "ينفيا",
            "تنفيا",
            "ينفوا",
            "تبادلا الرسائل",
            "تبادل الرسائل",
            "تبادلوا الرسائل",
        ),
        examples=(
            Ex(
                # the condition ends where "وذلك بعد أن" opens a clause of fact
                text="وحذرت سيول من الرد إذا شاركت قوات كوريا الشمالية في القتال، "
                "وذلك بعد أن قال حلف شمال الأطلسي إنه تم نشر وحدات.",
                published="2024-10-29",
                trigger="قال",
                modality="asserted",
            ),
            Ex(
                text="قال الوزير إنه إذا هاجمت القوات المدينة، سترد بلاده.",
                published="2024-10-29",
                trigger="قال",
                modality="asserted",
            ),
            Ex(
                text="صرح جون كيربي، المتحدث باسم مجلس الأمن القومي، للصحفيين يوم الاثنين.",
                published="2024-10-21",
                trigger="صرح",
                value="2024-10-21",
                participants=("جون كيربي",),
            ),
            Ex(
                text="وقال كيربي إن هذا التطور خطير.",
                published="2024-10-21",
                trigger="وقال",
                value="2024-10-21",
                modality="asserted",
            ),
            Ex(
                # an ordering word between two statements keeps them apart
                text="وجاءت الإحاطة بعد أسبوع من تصريح وزير الدفاع الكوري الجنوبي للنواب.",
                published="2024-10-15",
                trigger="تصريح",
                participants=("كوريا الجنوبية",),
            ),
            Ex(
                text="كوريا الشمالية ترسل تحذيرًا إلى كوريا الجنوبية.",
                published="2024-10-15",
                trigger="تحذيرًا",
                participants=("كوريا الشمالية",),
            ),
            Ex(
                text="وردد المتحدث ما قاله ديتز.",
                published="2024-10-15",
                trigger="قاله",
            ),
            Ex(
                text="لكن البلدين لم ينفيا ذلك بل تعهدا بتعزيز العلاقات.",
                published="2024-10-15",
                trigger="ينفيا",
                modality="denied",
            ),
            Ex(
                text="وقال إن الزعيمين تبادلا الرسائل بعد الزيارة.",
                published="2023-08-31",
                trigger="تبادلا الرسائل",
            ),
        ),
    ),
    Trigger(
        # nouns that name a telling: "في بيان نشرته"، "عن تأكيد"، "تلقى تقريراً"
        type="STATEMENT",
        nominal=True,
        words=("بيان", "البيان", "بيانا", "تأكيد", "تقديرات", "تقرير", "تقريرا"),
        examples=(
            Ex(
                text="ذكرت السفارة الروسية في بيان نشرته على صفحتها أن الزيارة مهمة.",
                published="2024-10-29",
                trigger="بيان",
                value="2024-10-29",
            ),
            Ex(
                text="وأحجمت المتحدثة عن تأكيد وجود قوات كورية شمالية في كورسك.",
                published="2024-10-29",
                trigger="تأكيد",
                modality="denied",
            ),
            Ex(
                text="ظهر بوتين في مقطع مصور تلقى خلاله تقريراً من جيراسيموف.",
                published="2024-10-29",
                trigger="تقريراً",
            ),
            Ex(
                text="وجاء في بيان الخارجية الروسية أن الزيارة مهمة.",
                published="2024-10-29",
                trigger="بيان",
                participants=("وزارة الخارجية الروسية",),
            ),
        ),
    ),
    Trigger(
        # presenting evidence or a briefing is a telling: "نقل روته عن الوفد تقديمه أدلة"
        type="STATEMENT",
        words=("تقديم", "تقديمه", "تقديمها", "قدم", "قدمت", "قدموا", "يقدم", "تقدم"),
        requires=("أدلة", "الأدلة", "دليلا", "إحاطة", "شهادة"),
        window=2,
        examples=(
            Ex(
                text="ونقل روته عن الوفد الكوري الجنوبي تقديمه أدلة حول إرسال القوات.",
                published="2024-10-31",
                trigger="تقديمه",
            ),
            Ex(
                text="وقدمت كوريا الشمالية مساعدات عسكرية لروسيا.",
                published="2024-10-31",
                trigger="وقدمت",
                negative=True,
            ),
        ),
    ),
    Trigger(
        # a disclosure is a telling: "ولم يتم الكشف عن تفاصيل هذه الأدلة"
        type="STATEMENT",
        words=("الكشف", "كشفها", "كشفه"),
        requires=("عن",),
        window=1,
        examples=(
            Ex(
                text="ولكن لم يتم الكشف عن تفاصيل هذه الأدلة.",
                published="2024-10-31",
                trigger="الكشف",
                modality="denied",
            ),
            Ex(
                text="وأجرى الأطباء الكشف الطبي على المصابين.",
                published="2024-10-31",
                trigger="الكشف",
                negative=True,
            ),
        ),
    ),
    Trigger(
        # telling someone of something: "قائلا إن وكالات استخباراته أطلعته على التورط"
        type="STATEMENT",
        words=("أطلع", "أطلعه", "أطلعها", "أطلعت", "أطلعته", "أطلعتها", "أطلعوا", "يطلع", "تطلع"),
        requires=("على",),
        window=2,
        examples=(
            Ex(
                text="وقال الرئيس إن وكالات استخباراته أطلعته على تورط كوريا الشمالية.",
                published="2024-10-15",
                trigger="أطلعته",
            ),
            Ex(
                text="تطلع الدولتان إلى تعزيز العلاقات.",
                published="2024-10-15",
                trigger="تطلع",
                negative=True,
            ),
        ),
    ),
    Trigger(
        # a public tribute is a telling: "وجه الجيش الروسي تحية علنية لبسالة المقاتلين"
        type="STATEMENT",
        words=("تحية",),
        requires=("وجه", "وجهت", "يوجه", "توجه", "أدى", "أدت", "علنية"),
        window=1,
        examples=(
            Ex(
                text="ووجه الجيش الروسي تحية علنية لبسالة المقاتلين الكوريين الشماليين.",
                published="2025-04-27",
                trigger="تحية",
                participants=("روسيا",),
            ),
            Ex(
                text="وبعد تحية الحضور بدأ الاجتماع.",
                published="2025-04-27",
                trigger="تحية",
                negative=True,
            ),
        ),
    ),
    Trigger(
        type="SUMMONS",
        words=("استدعى", "استدعت", "استدعاء", "يستدعي", "تستدعي", "استدعوا"),
        requires=("السفير", "سفير", "سفيرها", "سفيره", "القائم", "الدبلوماسي", "سفراء"),
        window=6,
        examples=(
            Ex(
                text="استدعت كوريا الجنوبية اليوم الاثنين السفير الروسي للاحتجاج.",
                published="2024-10-21",
                trigger="استدعت",
                value="2024-10-21",
                participants=("كوريا الجنوبية", "روسيا"),
                modality="asserted",
            ),
        ),
    ),
    Trigger(
        type="VETO",
        words=("حق النقض", "الفيتو", "فيتو", "النقض"),
        examples=(
            Ex(
                text="وفي مارس/آذار، استخدمت روسيا حق النقض (الفيتو) في مجلس الأمن.",
                published="2024-10-15",
                trigger="حق النقض",
                value="2024-03",
                participants=("روسيا", "مجلس الأمن"),
            ),
        ),
    ),
    Trigger(
        type="NEGOTIATION",
        words=(
            "مفاوضات",
            "المفاوضات",
            "مناقشات",
            "المناقشات",
            "تفاوض",
            "التفاوض",
            "يتفاوض",
            "تتفاوض",
            "تفاوضت",
            "يتفاوضان",
            "تتفاوضان",
        ),
        examples=(
            Ex(
                text="روسيا وكوريا الشمالية تتقدمان بنشاط في المفاوضات بشأن الأسلحة.",
                published="2023-08-31",
                trigger="المفاوضات",
            ),
        ),
    ),
    Trigger(
        type="AID",
        words=(
            "مساعدات",
            "المساعدات",
            "مساعدة عسكرية",
            "المساعدة العسكرية",
            "دعم عسكري",
            "الدعم العسكري",
            "زودت",
            "زود",
            "يزود",
            "تزود",
            "تزويد",
            "إمدادات",
            "مساعدة",
            "المساعدة",
            "نقل الأسلحة",
            "عمليات نقل الأسلحة",
        ),
        examples=(
            Ex(
                text="وانتهز رئيس الوزراء السويدي الفرصة للإعلان عن تقديم مساعدات جديدة لأوكرانيا.",
                published="2024-10-29",
                trigger="مساعدات",
            ),
        ),
    ),
    Trigger(
        # support given to a party named right after the word
        type="AID",
        needs_object=True,
        words=("دعم", "يدعم", "تدعم", "ندعم", "يدعمون"),
        examples=(
            Ex(
                text="والتقى زيلينسكي قادة الدول الذين وعدوا بمواصلة دعم أوكرانيا.",
                published="2024-10-29",
                trigger="دعم",
                participants=("أوكرانيا",),
                modality="planned",
            ),
            Ex(
                text="وأشارت رئيسة الوزراء إلى دور الصين في دعم روسيا.",
                published="2024-10-29",
                trigger="دعم",
                participants=("الصين", "روسيا"),
            ),
            Ex(
                text="نشرت كوريا الشمالية قوات لدعم العمليات القتالية.",
                published="2024-10-29",
                trigger="لدعم",
                negative=True,
            ),
        ),
    ),
)

# Words before a trigger, within its clause, that set its modality.
PLANNED_CUES: tuple[str, ...] = (
    # what is promised is to come ("وعدوا بمواصلة دعم أوكرانيا")
    "وعد",
    "وعدت",
    "وعدوا",
    "تعهد",
    "تعهدت",
    "تعهدا",
    "تعهدوا",
    "من المقرر",
    "المقرر",
    "المزمع",
    "سوف",
    "يعتزم",
    "تعتزم",
    "ينوي",
    "تنوي",
    "يخطط",
    "تخطط",
    "المرتقبة",
    "المرتقب",
)
EXPECTED_CUES: tuple[str, ...] = (
    "من المتوقع",
    "المتوقع",
    "يتوقع",
    "تتوقع",
    "متوقعا",
    "متوقعة",
    "توقع",
    "توقعت",
    "يرجح",
    "من المرجح",
    "المنتظر",
    "من المنتظر",
)
HYPOTHETICAL_CUES: tuple[str, ...] = (
    "إذا",
    "اذا",
    "لو",
    "في حال",
    "حال",
    "في حالة",
    "إن كان",
    "ربما",
    "يمكن أن",
    "من شأن",
)
# "That" after a verb of saying: what follows is what was said, and its names are
# not the speaker ("تقول واشنطن إن كوريا الشمالية زودت").
THAT: tuple[str, ...] = ("إن", "أن", "بأن", "انه", "أنه", "انها", "أنها")
# Words of what ought to be done, a few words before the trigger in its clause:
# it has not been done ("ينبغي على الأوكرانيين الرد").
OBLIGATIONS: tuple[str, ...] = ("ينبغي", "يجب", "يتعين")
CONDITION_ENDS: tuple[str, ...] = (
    # words that open a clause of fact after a condition: "إذا ...، وذلك بعد أن ..."
    "وذلك",
    "بعدما",
    "بعد أن",
    "عقب",
    "حيث",
)
# Words right before a trigger that name one end of a lasting event: the time then
# dates that end ("يختتم بوتين مؤتمر البريكس … يوم الخميس": the summit closes Thursday).
PHASES: dict[str, str] = {
    "يختتم": "ENDS",
    "تختتم": "ENDS",
    "اختتم": "ENDS",
    "اختتمت": "ENDS",
    "اختتام": "ENDS",
    "ختام": "ENDS",
    "يفتتح": "BEGINS",
    "تفتتح": "BEGINS",
    "افتتح": "BEGINS",
    "افتتحت": "BEGINS",
    "افتتاح": "BEGINS",
    "انطلاق": "BEGINS",
    "تنطلق": "BEGINS",
    "ينطلق": "BEGINS",
    "انطلقت": "BEGINS",
    "بدء": "BEGINS",
}
COMPARISONS: tuple[str, ...] = (
    # a figure compared with an older one: the time after it is the older figure's
    # ("نشر 10 آلاف جندي، ارتفاعاً من تقديرات بلغت 3000 جندي يوم الأربعاء الماضي")
    "ارتفاعا من",
    "ارتفاعا عن",
    "انخفاضا من",
    "انخفاضا عن",
    "صعودا من",
    "نزولا من",
    "مقارنة",
    "قياسا",
)
# "ما إذا" is whether, not if: "تساءل عما إذا كانت ستزور"
WHETHER: tuple[str, ...] = ("ما", "عما", "فيما")
# Particles before an imperfect verb that make the event a possibility ("قد يرسل")
POSSIBLE_PARTICLES: tuple[tuple[str, ...], ...] = (("قد",),)
# ... or a proviso of a plan ("على أن يصل الوفد"): planned
PROVIDED_PARTICLES: tuple[tuple[str, ...], ...] = (("على", "أن"),)
# "بعد أسبوع من تصريح": an amount, then من, then the event it is counted from;
# بعد puts the trigger that amount before the sentence's event, قبل after it
OFFSET_OF: tuple[str, ...] = ("من",)
OFFSET_SIGNS: dict[str, int] = {"بعد": -1, "قبل": 1}

NEGATIONS: tuple[str, ...] = ("لم", "لن", "لا", "ما", "ليس", "ليست", "غير", "دون", "عدم")
# Prepositions that make a meeting right after a statement the occasion it was made
# at ("قال يون، في اتصال هاتفي مع رئيسة المفوضية").
OCCASIONS: tuple[str, ...] = ("في", "خلال", "أثناء")
# Verbs of refraining: what one refrains from is denied ("وأحجمت المتحدثة عن تأكيد").
ABSTENTIONS: tuple[str, ...] = (
    "أحجم",
    "أحجمت",
    "أحجموا",
    "امتنع",
    "امتنعت",
    "امتنعوا",
    "يمتنع",
    "تمتنع",
    "تحفظ عن",
)
DENIAL_VERBS: tuple[str, ...] = (
    "نفى",
    "نفت",
    "نفتا",
    "نفوا",
    "ينفي",
    "تنفي",
    "ينفيان",
    "تنفيان",
    "رفض",
    "رفضت",
    "نفي",
)
REPORT_MARKERS: tuple[str, ...] = (
    "إن",
    "أن",
    "بأن",
    "بحسب",
    "حسب",
    "وفقا ل",
    "وفقا",
    "نقلا عن",
    "وفق",
    "حسبما",
)

# Signals before a time expression: how it bounds the event.
# AFTER: the event is at or after it; BEFORE: at or before it; SINCE: from it on.
TIME_SIGNALS: dict[str, str] = {
    "منذ": "SINCE",
    "بعد": "AFTER",
    "عقب": "AFTER",
    "إثر": "AFTER",
    "قبل": "BEFORE",
    "بحلول": "BEFORE",
    "حتى": "BEFORE",
    "لغاية": "BEFORE",
    "اعتبارا من": "SINCE",
    "ابتداء من": "SINCE",
    "بدءا من": "SINCE",
}

# Words that tell an event happens again, after its trigger or before it: the
# text's earlier event of its kind came first ("التقى الزعيمان مرة أخرى في يونيو").
AGAIN_AFTER: tuple[str, ...] = ("مرة أخرى", "مجددا", "من جديد", "ثانية", "مرة ثانية")
# Words before a trigger that point back at those an earlier event of its kind
# moved: that event came first ("أرسلت 10 آلاف جندي … بعض هؤلاء الجنود انتقلوا").
FOLLOW_UPS: tuple[str, ...] = (
    "هؤلاء الجنود",
    "هؤلاء الجند",
    "هؤلاء العسكريين",
    "هذه القوات",
    "تلك القوات",
    "هذه الوحدات",
    "تلك الوحدات",
)
AGAIN_BEFORE: tuple[str, ...] = (
    "مجموعة أخرى",
    "دفعة أخرى",
    "جولة أخرى",
    "وفد آخر",
    "وفدا آخر",
)

# Words right before a statement that make it words another statement of the
# sentence takes up: "ردد ما قاله ديتز" (Miller echoed what Dietz had said).
ECHOES: tuple[str, ...] = ("ما", "بما")
# A telling relayed from a source ("نقل روته عن الوفد تقديمه أدلة"): what the source
# told is reported, and told before the relay
RELAYS: tuple[str, ...] = ("نقل", "نقلت", "ينقل", "تنقل")
RELAYED_FROM: tuple[str, ...] = ("عن",)
# Words that take up the sentence's main event ("…، وذلك بعد أن قال"): a signal
# after them relates that event, not the one just before
RESUMPTIVE: tuple[str, ...] = ("وذلك",)
# Relative pronouns: in "ماثيو ميللر، الذي ردد" the name before one speaks.
RELATIVES: tuple[str, ...] = ("الذي", "التي", "الذين", "اللذان", "اللتان")
# One-word openers of a clause told as earlier than its sentence's event (besides
# the AFTER signals): "بعدما أعلن".
AFTER_CLAUSES: tuple[str, ...] = ("بعدما", "عقبما")

# Signals between two events of one sentence: "بعد أسبوع من تصريح" puts the statement
# a week before the main event.
EVENT_SIGNALS: dict[str, str] = {
    "بعد": "AFTER",
    "عقب": "AFTER",
    "إثر": "AFTER",
    "في أعقاب": "AFTER",
    "منذ": "AFTER",
    "قبل": "BEFORE",
    "خلال": "DURING",
    "أثناء": "DURING",
    "عندما": "DURING",
    "حين": "DURING",
    "وسط": "DURING",
}

# Words before a place that make it the event's location.
LOCATION_PREPOSITIONS: tuple[str, ...] = (
    "في",
    "إلى",
    "الى",
    "داخل",
    "نحو",
    "قرب",
    "بين",
    "على",
)
# Verbs of happening: after an event noun they say it may (قد يحدث) or will
# (سيتم) come about, so it has not yet ("إن نشر القوات على الخطوط الأمامية قد يحدث")
HAPPEN_VERBS: tuple[str, ...] = ("يحدث", "تحدث", "يتم", "تتم", "يقع", "تقع", "يجري", "تجري")

# Right after an event noun: a possibility, not a fact ("صفقات محتملة").
POTENTIAL: tuple[str, ...] = ("محتمل", "محتملة", "المحتمل", "المحتملة", "محتملين", "المحتملين")

# Words between a preposition and a name that make the name no place: "يقاتلون
# إلى جانب روسيا في أوكرانيا" fight alongside Russia, in Ukraine.
NOT_PLACE_HEADS: tuple[str, ...] = ("جانب", "صف", "لصالح", "نيابة")

# Words that attribute what follows to a source (بحسب الوكالة، وفقاً لمسؤولين).
# Nouns of what is said about (reports, news): an event told as their content is
# reported ("قلقة بشأن تقارير عن جنود كوريين شماليين يقاتلون").
HEARSAY: tuple[str, ...] = ("تقارير", "التقارير", "أنباء", "الأنباء", "شائعات", "الشائعات")
SOURCE_MARKERS: tuple[str, ...] = ("بحسب", "حسب", "وفقا", "وفق", "نقلا", "حسبما", "طبقا")
