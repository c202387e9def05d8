"""Poster texts for the demo activities: the title and description in every language the activity lists.

An activity whose `languages` name Arabic, Somali, Tigrinya … gets both texts in each of them,
so a poster in those languages can be printed at once (the Plakater page shows no missing text).
Titles in further languages (English, Turkish, …) from the catalogue are kept as suggestions.
"""

from __future__ import annotations

from .catalogue import ActivityTemplate

# Danish title -> language -> (title, description)
TEXTS: dict[str, dict[str, tuple[str, str]]] = {
    "Lektiecafé": {
        "ar": ("مقهى الواجبات المدرسية", "احصل على مساعدة في واجباتك المدرسية من متطوعين. تتوفر الفواكه والعصير."),
        "so": (
            "Kafeega casharrada guriga",
            "Ka hel caawimaad casharrada guriga mutadawiciin. Waxaa jira miro iyo cabitaan.",
        ),
    },
    "Fællesspisning": {
        "ar": ("عشاء جماعي", "نطبخ معًا ونأكل معًا. الجميع مرحب بهم – أحضر جارك معك."),
        "so": (
            "Casho wadajir ah",
            "Waxaan wada karinnaa oo wada cunnaa. Dhammaan waa la soo dhaweynayaa – keen deriskaaga.",
        ),
        "tr": ("Ortak akşam yemeği", "Birlikte yemek yapıp birlikte yiyoruz. Herkes davetli – komşunuzu da getirin."),
    },
    "Familiecafé": {
        "ar": ("مقهى العائلة", "تعال وتعرّف على عائلات أخرى على فنجان قهوة بينما يلعب الأطفال."),
        "so": (
            "Kafeega qoyska",
            "Kaalay oo la kulan qoysas kale adigoo koob kafee ah cabbaya, inta carruurtu ciyaarayaan.",
        ),
        "ti": ("ካፈ ስድራቤት", "ቆልዑ ክጻወቱ ከለዉ፡ ምስ ካልኦት ስድራቤታት ቡን እናሰተኹም ተራኸቡ።"),
    },
    "Motion for kvinder": {
        "ar": ("رياضة للنساء", "تمارين وتمدد للنساء من جميع الأعمار. المدربة امرأة."),
        "so": (
            "Jimicsi haweenka",
            "Jimicsi iyo kala bixin loogu talagalay haweenka da' kasta. Tababaraha waa haweeney.",
        ),
    },
    "Computerhjælp": {
        "ar": ("مساعدة في الكمبيوتر", "مساعدة في MitID وe-Boks وborger.dk وهاتفك. أحضر حاسوبك أو هاتفك معك."),
    },
    "Sprogcafé": {
        "ar": ("مقهى اللغة", "تدرّب على اللغة الدنماركية في جو مريح. جميع المستويات مرحب بها."),
        "so": ("Kafeega luqadda", "Ku celceli af-Deenishka jawi raaxo leh. Heer kasta waa la soo dhaweynayaa."),
        "ti": ("ካፈ ቋንቋ", "ብምቹእ ሃዋህው ዴንማርክኛ ተለማመዱ። ኩሉ ደረጃ ብሩኽ መጻኢ እዩ።"),
        "fa": ("کافه زبان", "در فضایی دوستانه دانمارکی تمرین کنید. همه سطح‌ها خوش آمدید."),
    },
    "Forældrecafé": {
        "ar": ("مقهى الآباء والأمهات", "يلتقي الآباء والأمهات ويتحدثون عن المدرسة ووقت الشاشة وتحديات الحياة اليومية."),
        "so": (
            "Kafeega waalidiinta",
            "Waalidiintu way kulmaan oo ka hadlaan dugsiga, waqtiga shaashadda iyo caqabadaha nolol maalmeedka.",
        ),
    },
    "Mødregruppe": {
        "ar": ("مجموعة الأمهات", "للأمهات مع أطفال صغار. تزورنا الممرضة الصحية مرة في الشهر."),
        "so": (
            "Kooxda hooyooyinka",
            "Waxaa loogu talagalay hooyooyinka leh carruur yaryar. Kalkaalisada caafimaadku "
            "way soo booqataa hal mar bishii.",
        ),
        "ti": ("ጉጅለ ኣዴታት", "ንኣዴታት ንኣሽቱ ቆልዑ ዘለዉወን። ነርስ ጥዕና ኣብ ወርሒ ሓደ ግዜ ትበጽሓና።"),
    },
    "Budgetcafé": {
        "ar": ("مقهى الميزانية", "احصل على نظرة عامة على وضعك المالي مع متطوعين من Dansk Folkehjælp."),
    },
    "Kvindernes Café": {
        "ar": ("مقهى النساء", "تلتقي النساء على الشاي والقهوة. نتحدث عن كل شيء من الصحة إلى وصفات الطبخ."),
        "so": (
            "Kafeega haweenka",
            "Haweenku waxay ku kulmaan shaah iyo kafee. Waxaan ka hadalnaa wax walba, caafimaadka ilaa cuntooyinka.",
        ),
        "tr": (
            "Kadınlar Kafesi",
            "Kadınlar çay ve kahve eşliğinde buluşuyor. Sağlıktan yemek tariflerine kadar her şeyi konuşuyoruz.",
        ),
        "ur": (
            "خواتین کا کیفے",
            "خواتین چائے اور کافی پر ملتی ہیں۔ ہم صحت سے لے کر کھانے کی ترکیبوں تک ہر چیز پر بات کرتے ہیں۔",
        ),
    },
}


def poster_texts(template: ActivityTemplate) -> dict | None:
    """The activity's translations: title and description in each of its languages, plus the catalogue's titles."""
    titles = dict((template.translations or {}).get("title", {}))
    descriptions: dict[str, str] = {}
    for language, (title, description) in TEXTS.get(template.title, {}).items():
        titles[language], descriptions[language] = title, description
    if not titles and not descriptions:
        return None
    return {"title": titles, "description": descriptions} if descriptions else {"title": titles}
