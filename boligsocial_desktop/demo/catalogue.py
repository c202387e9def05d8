"""What the demo offices look like: estates, houses, rooms, partners, activities, texts.

The flavour comes from the public pages of the plans in Taastrupgaard (Høje-Taastrup)
and Køge (Karlemoseparken, Søparken, Ellemarken, Hastrupparken).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import time

from ..domain.enums import Recurrence

# Room kinds (only used to place activities in a sensible room).
HALL, KITCHEN, MEETING, STUDY, WORKSHOP = "sal", "køkken", "møde", "lektie", "værksted"

# Themes, resolved per grant period to one of its focus areas (see THEME_KEYWORDS).
EDUCATION, EMPLOYMENT, CRIME, COMMUNITY, FAMILY = "uddannelse", "beskæftigelse", "kriminalitet", "fællesskab", "familie"

# Keywords tried in order against the focus-area names of a grant period.
THEME_KEYWORDS: dict[str, tuple[str, ...]] = {
    EDUCATION: ("uddannelse",),
    EMPLOYMENT: ("beskæftigelse", "uddannelse"),
    CRIME: ("krimin",),
    COMMUNITY: ("sammenhæng", "tryghed", "beboernetværk", "medborger"),
    FAMILY: ("forældre", "familie", "livschancer", "børn"),
}

# Same words as domain.vocabulary.TARGET_GROUPS on the calendar branch.
CHILDREN, YOUTH, FAMILIES, ADULTS, SENIORS, EVERYONE = "børn", "unge", "familier", "voksne", "seniorer", "alle"

AGE_BANDS = ("0–5", "6–12", "13–17", "18–24", "25–64", "65+")

# Non-overlapping time windows of a room's day. Every session lies inside one window
# (single events may span several), so two sessions in the same room on the same day
# never overlap when their windows differ.
WINDOWS: tuple[tuple[time, time], ...] = (
    (time(9, 30), time(12, 0)),
    (time(12, 30), time(14, 45)),
    (time(15, 0), time(17, 0)),
    (time(17, 15), time(19, 45)),
    (time(20, 0), time(22, 0)),
)


@dataclass(frozen=True)
class RoomSpec:
    name: str
    kind: str
    capacity: int


@dataclass(frozen=True)
class HouseSpec:
    name: str
    address: str
    rooms: tuple[RoomSpec, ...]


@dataclass(frozen=True)
class EstateSpec:
    name: str
    code: str
    street: str
    max_number: int
    postcode: str
    housing_organisation: str
    flats: int
    houses: tuple[HouseSpec, ...]

    @property
    def address(self) -> str:
        return f"{self.street} 1, {self.postcode}"


ESTATES: dict[str, EstateSpec] = {
    "Taastrupgaard": EstateSpec(
        "Taastrupgaard", "TG", "Taastrupgårdsvej", 159, "2630 Taastrup", "AKB Taastrup", 918,
        (
            HouseSpec(
                "Fælleshuset Taastrupgaard", "Taastrupgårdsvej 139, 2630 Taastrup",
                (
                    RoomSpec("Salen", HALL, 80),
                    RoomSpec("Køkkenet", KITCHEN, 24),
                    RoomSpec("Lektierummet", STUDY, 20),
                    RoomSpec("Mødelokalet", MEETING, 12),
                ),
            ),
        ),
    ),
    "Karlemoseparken": EstateSpec(
        "Karlemoseparken", "KP", "Karlemoseparken", 120, "4600 Køge", "Boligselskabet Sjælland", 780,
        (
            HouseSpec(
                "Fælleshuset Karlemoseparken", "Karlemoseparken 32, 4600 Køge",
                (
                    RoomSpec("Salen", HALL, 80),
                    RoomSpec("Køkkenet", KITCHEN, 24),
                    RoomSpec("Mødelokalet", MEETING, 12),
                ),
            ),
            HouseSpec(
                "Beboerhuset Karlemosen", "Karlemoseparken 88, 4600 Køge",
                (
                    RoomSpec("Lektierummet", STUDY, 20),
                    RoomSpec("Værkstedet", WORKSHOP, 15),
                ),
            ),
        ),
    ),
    "Søparken": EstateSpec(
        "Søparken", "SP", "Søparken", 90, "4600 Køge", "KAB", 520,
        (
            HouseSpec(
                "Søparkens Fælleshus", "Søparken 45, 4600 Køge",
                (
                    RoomSpec("Festsalen", HALL, 70),
                    RoomSpec("Caféen", KITCHEN, 30),
                    RoomSpec("Mødelokalet", MEETING, 10),
                ),
            ),
        ),
    ),
    "Ellemarken": EstateSpec(
        "Ellemarken", "EM", "Ellemarken", 110, "4600 Køge", "Boligselskabet Sjælland", 620,
        (
            HouseSpec(
                "Ellemarkens Beboerhus", "Ellemarken 14, 4600 Køge",
                (
                    RoomSpec("Salen", HALL, 60),
                    RoomSpec("Klubrummet", STUDY, 25),
                ),
            ),
            HouseSpec(
                "Multihuset Ellemarken", "Ellemarken 61, 4600 Køge",
                (
                    RoomSpec("Aktivitetssalen", HALL, 40),
                    RoomSpec("Værkstedet", WORKSHOP, 15),
                ),
            ),
        ),
    ),
    "Hastrupparken": EstateSpec(
        "Hastrupparken", "HP", "Hastrupparken", 80, "4600 Køge", "Køge Boligselskab", 480,
        (
            HouseSpec(
                "Hastrupparkens Fælleshus", "Hastrupparken 20, 4600 Køge",
                (
                    RoomSpec("Salen", HALL, 60),
                    RoomSpec("Køkkenet", KITCHEN, 20),
                    RoomSpec("Computerrummet", STUDY, 12),
                ),
            ),
        ),
    ),
}  # fmt: skip


@dataclass(frozen=True)
class PartnerSpec:
    name: str
    kind: str
    contact: str | None


PARTNERS: tuple[PartnerSpec, ...] = (
    PartnerSpec("Ungdommens Uddannelsesvejledning", "kommune", "43 59 10 00"),
    PartnerSpec("Jobcenteret", "kommune", "43 59 10 00"),
    PartnerSpec("Foreningen Nydansker", "forening", None),
    PartnerSpec("Dansk Folkehjælp", "frivilligorganisation", None),
    PartnerSpec("Røde Kors Lektiehjælp", "frivilligorganisation", None),
    PartnerSpec("DGI", "forening", None),
    PartnerSpec("Frivilligcenteret", "kommune", "43 59 10 00"),
    PartnerSpec("Afdelingsbestyrelsen", "boligorganisation", None),
    PartnerSpec("Biblioteket", "kommune", None),
    PartnerSpec("Sundhedsplejen", "kommune", None),
    PartnerSpec("SSP", "kommune", None),
    PartnerSpec("Kvindernetværket", "forening", None),
)


@dataclass(frozen=True)
class ActivityTemplate:
    title: str
    target_group: str
    theme: str
    rooms: tuple[str, ...]
    weekdays: tuple[int, ...]
    times: tuple[tuple[int, time, time], ...]  # (window, start, end)
    headcount: int
    description: str
    recurrence: str = Recurrence.WEEKLY.value
    languages: str = "da"
    partner: str | None = None
    price: float | None = None
    signup: bool = False
    gender: str | None = None
    volunteers: int = 0
    weight: float = 1.0
    variants: tuple[str, ...] = ()
    school_holidays_off: bool = False
    host_duty_share: float = 0.0
    translations: dict | None = field(default=None, hash=False, compare=False)


def _t(h: int, m: int = 0) -> time:
    return time(h, m)


ACTIVITIES: tuple[ActivityTemplate, ...] = (
    ActivityTemplate(
        "Lektiecafé",
        CHILDREN,
        EDUCATION,
        (STUDY, MEETING),
        (0, 1, 2, 3),
        ((2, _t(15), _t(17)),),
        18,
        "Få hjælp til lektierne af frivillige lektiehjælpere. Der er frugt og saftevand.",
        partner="Røde Kors Lektiehjælp",
        volunteers=3,
        weight=3.0,
        school_holidays_off=True,
        variants=("Lektiecafé for indskolingen", "Lektiecafé for mellemtrinnet", "Lektiecafé for udskolingen"),
        languages="da,ar,so",
        translations={
            "title": {
                "en": "Homework café",
                "ar": "مقهى الواجبات المدرسية",
                "tr": "Ödev kafesi",
                "ur": "ہوم ورک کیفے",
                "fa": "کافه تکالیف",
            }
        },
    ),
    ActivityTemplate(
        "Lektiehjælp for gymnasieelever",
        YOUTH,
        EDUCATION,
        (STUDY, MEETING),
        (1, 2),
        ((3, _t(17, 30), _t(19, 30)),),
        10,
        "Hjælp til opgaver, afleveringer og eksamenslæsning. Frivillige studerende hjælper.",
        volunteers=2,
        school_holidays_off=True,
    ),
    ActivityTemplate(
        "Fællesspisning",
        EVERYONE,
        COMMUNITY,
        (KITCHEN, HALL),
        (1, 2, 3),
        ((3, _t(17, 30), _t(19, 30)),),
        45,
        "Vi laver mad sammen og spiser sammen. Alle er velkomne – tag naboen med.",
        price=30.0,
        signup=True,
        volunteers=3,
        weight=2.0,
        host_duty_share=0.15,
        languages="da,ar,so,tr",
        translations={
            "title": {
                "en": "Community dinner",
                "ar": "عشاء جماعي",
                "tr": "Ortak akşam yemeği",
                "ur": "اجتماعی کھانا",
                "fa": "شام جمعی",
            }
        },
    ),
    ActivityTemplate(
        "Familiecafé",
        FAMILIES,
        FAMILY,
        (HALL, KITCHEN),
        (2, 4),
        ((2, _t(15), _t(17)),),
        25,
        "Kom og mød andre familier over en kop kaffe, mens børnene leger.",
        partner="Sundhedsplejen",
        volunteers=1,
        weight=1.5,
        languages="da,ar,so,ti",
        translations={
            "title": {
                "en": "Family café",
                "ar": "مقهى العائلة",
                "tr": "Aile kafesi",
                "ur": "فیملی کیفے",
                "fa": "کافه خانواده",
            }
        },
    ),
    ActivityTemplate(
        "Seniorkaffe",
        SENIORS,
        COMMUNITY,
        (KITCHEN, MEETING),
        (1, 3),
        ((0, _t(10), _t(12)),),
        15,
        "Kaffe, kage og en god snak for områdets ældre. Vi spiller også kort.",
        price=10.0,
        volunteers=1,
        weight=1.2,
        translations={"title": {"en": "Coffee for seniors", "ar": "قهوة لكبار السن", "tr": "Yaşlılar için kahve"}},
    ),
    ActivityTemplate(
        "Fodbold for piger",
        CHILDREN,
        CRIME,
        (HALL,),
        (0, 2),
        ((2, _t(15, 30), _t(17)),),
        14,
        "Fodbold for piger fra 8 til 14 år. Trænerne er fra DGI. Husk indendørssko.",
        partner="DGI",
        gender="kvinde",
        volunteers=1,
        school_holidays_off=True,
    ),
    ActivityTemplate(
        "Fodbold for drenge",
        YOUTH,
        CRIME,
        (HALL,),
        (1, 3, 4),
        ((3, _t(17, 30), _t(19)),),
        18,
        "Indendørsfodbold for drenge fra 13 til 17 år.",
        partner="DGI",
        gender="mand",
        volunteers=1,
        school_holidays_off=True,
    ),
    ActivityTemplate(
        "Motion for kvinder",
        ADULTS,
        COMMUNITY,
        (HALL,),
        (0, 2),
        ((0, _t(10), _t(11, 30)), (4, _t(20), _t(21, 30))),
        14,
        "Træning og udstrækning for kvinder i alle aldre. Kvindelig instruktør.",
        gender="kvinde",
        languages="da,ar,so",
        translations={
            "title": {
                "en": "Exercise for women",
                "ar": "رياضة للنساء",
                "tr": "Kadınlar için egzersiz",
                "ur": "خواتین کے لیے ورزش",
                "fa": "ورزش برای زنان",
                "so": "Jimicsi haweenka",
            }
        },
    ),
    ActivityTemplate(
        "Kreaværksted",
        CHILDREN,
        FAMILY,
        (WORKSHOP, STUDY, KITCHEN),
        (2, 4),
        ((2, _t(15), _t(16, 30)),),
        12,
        "Vi maler, klipper og bygger. For børn fra 6 år, gerne sammen med en voksen.",
        volunteers=1,
        school_holidays_off=True,
    ),
    ActivityTemplate(
        "Computerhjælp",
        ADULTS,
        EMPLOYMENT,
        (STUDY, MEETING),
        (0, 3),
        ((1, _t(13), _t(14, 30)),),
        8,
        "Hjælp til MitID, e-Boks, borger.dk og din telefon. Tag din egen computer eller telefon med.",
        partner="Biblioteket",
        volunteers=1,
        languages="da,ar",
    ),
    ActivityTemplate(
        "Lørdagsbio",
        FAMILIES,
        COMMUNITY,
        (HALL,),
        (5,),
        ((2, _t(15), _t(17)),),
        30,
        "Film for hele familien på storskærm. Popcorn koster 5 kr.",
        recurrence=Recurrence.BIWEEKLY.value,
        weight=0.6,
    ),
    ActivityTemplate(
        "Ungeklub",
        YOUTH,
        CRIME,
        (HALL, STUDY),
        (1, 3, 4),
        ((4, _t(20), _t(22)), (3, _t(17, 30), _t(19, 30))),
        20,
        "Et sted at hænge ud med vennerne: bordtennis, playstation og snak med de voksne.",
        partner="SSP",
        volunteers=1,
        weight=1.3,
    ),
    ActivityTemplate(
        "Sprogcafé",
        ADULTS,
        EMPLOYMENT,
        (MEETING, STUDY, KITCHEN),
        (0, 2),
        ((0, _t(9, 30), _t(11, 30)),),
        10,
        "Øv dansk i en hyggelig stemning. Alle niveauer er velkomne.",
        partner="Foreningen Nydansker",
        volunteers=2,
        languages="da,ar,so,ti,fa",
    ),
    ActivityTemplate(
        "Jobcafé",
        ADULTS,
        EMPLOYMENT,
        (MEETING, STUDY),
        (3,),
        ((1, _t(13), _t(14, 30)),),
        8,
        "Hjælp til CV, ansøgninger og jobsøgning sammen med Jobcenteret.",
        partner="Jobcenteret",
    ),
    ActivityTemplate(
        "Forældrecafé",
        FAMILIES,
        FAMILY,
        (MEETING, KITCHEN),
        (1,),
        ((3, _t(17, 30), _t(19)),),
        12,
        "Forældre mødes og taler om skole, skærmtid og hverdagens udfordringer.",
        partner="SSP",
        languages="da,ar,so",
    ),
    ActivityTemplate(
        "Mødregruppe",
        FAMILIES,
        FAMILY,
        (KITCHEN, MEETING),
        (4,),
        ((0, _t(10), _t(12)),),
        10,
        "For mødre med små børn. Sundhedsplejersken kigger forbi en gang om måneden.",
        partner="Sundhedsplejen",
        gender="kvinde",
        languages="da,ar,so,ti",
    ),
    ActivityTemplate(
        "Syklub",
        ADULTS,
        COMMUNITY,
        (WORKSHOP, KITCHEN, MEETING),
        (0, 3),
        ((0, _t(9, 30), _t(12)),),
        10,
        "Vi syr, strikker og reparerer tøj. Symaskiner kan lånes.",
        gender="kvinde",
    ),
    ActivityTemplate(
        "Stolegymnastik",
        SENIORS,
        COMMUNITY,
        (HALL, MEETING),
        (2,),
        ((1, _t(13), _t(14)),),
        12,
        "Let motion på stolen for seniorer. Bagefter drikker vi kaffe.",
    ),
    ActivityTemplate(
        "Madklub for unge",
        YOUTH,
        CRIME,
        (KITCHEN,),
        (2,),
        ((3, _t(17, 15), _t(19, 30)),),
        12,
        "Unge laver mad sammen med en kok og spiser sammen bagefter.",
        volunteers=1,
    ),
    ActivityTemplate(
        "Pigeklub",
        CHILDREN,
        CRIME,
        (STUDY, HALL, WORKSHOP),
        (0, 3),
        ((3, _t(17, 15), _t(19, 15)),),
        12,
        "For piger fra 10 til 14 år: hygge, ture, madlavning og samtaler om det, der fylder.",
        gender="kvinde",
        volunteers=1,
        school_holidays_off=True,
    ),
    ActivityTemplate(
        "Budgetcafé",
        ADULTS,
        EMPLOYMENT,
        (MEETING,),
        (1,),
        ((1, _t(13), _t(14, 30)),),
        6,
        "Få overblik over din økonomi sammen med frivillige fra Dansk Folkehjælp.",
        partner="Dansk Folkehjælp",
        languages="da,ar",
    ),
    ActivityTemplate(
        "Brætspilscafé",
        EVERYONE,
        COMMUNITY,
        (HALL, KITCHEN),
        (4,),
        ((3, _t(17, 30), _t(19, 45)),),
        16,
        "Spil for store og små. Vi har mange spil – eller tag dit eget med.",
    ),
    ActivityTemplate(
        "UU-vejledning i fælleshuset",
        YOUTH,
        EDUCATION,
        (MEETING, STUDY),
        (2,),
        ((2, _t(15), _t(17)),),
        6,
        "Ungdommens Uddannelsesvejledning har åben dør: valg af uddannelse, SU og praktik.",
        partner="Ungdommens Uddannelsesvejledning",
        recurrence=Recurrence.BIWEEKLY.value,
    ),
    ActivityTemplate(
        "Familieballast – cafémøde",
        FAMILIES,
        FAMILY,
        (MEETING, KITCHEN),
        (1,),
        ((3, _t(17, 30), _t(19, 30)),),
        14,
        "Cafémøder for småbørnsfamilier om konflikter, hverdagsstruktur og sprogstimulering.",
        recurrence=Recurrence.BIWEEKLY.value,
        weight=0.6,
    ),
    ActivityTemplate(
        "Kvindernes Café",
        ADULTS,
        COMMUNITY,
        (KITCHEN, MEETING),
        (1,),
        ((0, _t(10), _t(12)),),
        15,
        "Kvinder mødes over te og kaffe. Vi taler om alt fra helbred til opskrifter.",
        partner="Kvindernetværket",
        gender="kvinde",
        languages="da,ar,so,tr,ur",
    ),
    ActivityTemplate(
        "Fritidsjobvejledning",
        YOUTH,
        EMPLOYMENT,
        (MEETING, STUDY),
        (3,),
        ((2, _t(15, 30), _t(17)),),
        6,
        "Hjælp til at finde og søge et fritidsjob. For unge fra 13 år.",
        school_holidays_off=True,
    ),
    ActivityTemplate(
        "Banko",
        SENIORS,
        COMMUNITY,
        (HALL,),
        (3,),
        ((3, _t(18), _t(19, 45)),),
        35,
        "Månedens bankospil med gevinster fra de lokale butikker. Plader koster 10 kr.",
        recurrence=Recurrence.MONTHLY_WEEKDAY.value,
        price=10.0,
        weight=0.5,
    ),
    ActivityTemplate(
        "Strikkeklub",
        SENIORS,
        COMMUNITY,
        (MEETING, KITCHEN, WORKSHOP),
        (2,),
        ((1, _t(13), _t(14, 45)),),
        8,
        "Vi strikker, hækler og snakker. Garn og pinde kan lånes.",
        gender="kvinde",
    ),
    ActivityTemplate(
        "Løbeklub",
        EVERYONE,
        COMMUNITY,
        (MEETING, STUDY),
        (0,),
        ((3, _t(17, 30), _t(18, 30)),),
        10,
        "Vi mødes i fælleshuset og løber en tur rundt om søen. Alle kan være med.",
        partner="DGI",
    ),
)


# Every estate starts with these (the signature activities of a plan), then a random mix.
CORE_ACTIVITIES = ("Lektiecafé", "Fællesspisning", "Familiecafé", "Seniorkaffe", "Motion for kvinder", "Computerhjælp")


@dataclass(frozen=True)
class EventTemplate:
    title: str
    target_group: str
    theme: str
    rooms: tuple[str, ...]
    months: tuple[int, ...] | None  # None: any month in the season
    weekdays: tuple[int, ...]
    windows: tuple[int, int]  # first and last window the event uses
    start: time
    end: time
    headcount: int
    description: str
    partner: str | None = None
    price: float | None = None
    signup: bool = False
    hosts: int = 2
    per_season: float = 1.0  # expected number per estate and season
    fixed_day: tuple[int, int] | None = None  # (month, day)
    anchor: str | None = None  # "eid": within ten days after Eid al-Fitr or Eid al-Adha


EVENTS: tuple[EventTemplate, ...] = (
    EventTemplate(
        "Fastelavnsfest",
        FAMILIES,
        COMMUNITY,
        (HALL,),
        (2,),
        (5, 6),
        (1, 2),
        _t(13),
        _t(16),
        70,
        "Tøndeslagning, kattekonge og kattedronning, fastelavnsboller og kakao.",
        per_season=0.9,
    ),
    EventTemplate(
        "Kvindernes internationale kampdag",
        ADULTS,
        COMMUNITY,
        (HALL, KITCHEN),
        (3,),
        (0, 1, 2, 3, 4),
        (3, 3),
        _t(17, 30),
        _t(19, 30),
        40,
        "Fællesspisning og oplæg for kvinder i området.",
        fixed_day=(3, 8),
        per_season=0.7,
    ),
    EventTemplate(
        "Påskeklip for børn",
        CHILDREN,
        FAMILY,
        (WORKSHOP, STUDY, HALL),
        (3, 4),
        (2, 4),
        (2, 2),
        _t(15),
        _t(17),
        20,
        "Vi klipper gækkebreve og maler æg.",
        per_season=0.7,
    ),
    EventTemplate(
        "Eid-fest",
        EVERYONE,
        COMMUNITY,
        (HALL,),
        None,
        (5, 6),
        (1, 3),
        _t(14),
        _t(18),
        90,
        "Vi fejrer Eid sammen med mad, musik og aktiviteter for børn. Alle er velkomne.",
        per_season=0.8,
        anchor="eid",
    ),
    EventTemplate(
        "Sankthans i fælleshuset",
        EVERYONE,
        COMMUNITY,
        (HALL,),
        (6,),
        tuple(range(7)),
        (3, 4),
        _t(18),
        _t(21, 30),
        80,
        "Bål, båltaler og pølser. Vi synger Midsommervisen.",
        fixed_day=(6, 23),
        per_season=0.8,
    ),
    EventTemplate(
        "Sommerfest",
        EVERYONE,
        COMMUNITY,
        (HALL,),
        (6, 8),
        (5,),
        (0, 2),
        _t(11),
        _t(16),
        150,
        "Hoppeborg, grill, loppemarked og musik. Afdelingsbestyrelsen giver is.",
        partner="Afdelingsbestyrelsen",
        hosts=3,
        per_season=0.7,
    ),
    EventTemplate(
        "Halloween for børn",
        CHILDREN,
        FAMILY,
        (HALL,),
        (10,),
        (4, 5),
        (2, 3),
        _t(16),
        _t(19),
        60,
        "Udklædning, græskarlygter og slik. Kom gerne uhyggeligt klædt ud!",
        per_season=0.8,
    ),
    EventTemplate(
        "Julehygge og juleklip",
        FAMILIES,
        COMMUNITY,
        (HALL, KITCHEN),
        (11, 12),
        (2, 6),
        (2, 2),
        _t(15),
        _t(17),
        40,
        "Vi klipper julepynt, spiser æbleskiver og drikker gløgg (også uden alkohol).",
        per_season=0.9,
    ),
    EventTemplate(
        "Juletræsfest",
        FAMILIES,
        COMMUNITY,
        (HALL,),
        (12,),
        (5, 6),
        (1, 2),
        _t(13),
        _t(16),
        100,
        "Dans om juletræet, godteposer og besøg af julemanden.",
        partner="Afdelingsbestyrelsen",
        hosts=3,
        per_season=0.9,
    ),
    EventTemplate(
        "Nytårskur for frivillige",
        ADULTS,
        COMMUNITY,
        (HALL, KITCHEN),
        (1,),
        (3, 4),
        (3, 3),
        _t(17, 30),
        _t(19, 30),
        35,
        "Tak for indsatsen! Vi spiser sammen og ser frem mod det nye år.",
        per_season=0.8,
    ),
    EventTemplate(
        "Loppemarked",
        EVERYONE,
        COMMUNITY,
        (HALL,),
        (4, 5, 9, 10),
        (5, 6),
        (0, 1),
        _t(10),
        _t(14),
        80,
        "Køb og sælg brugte ting. Stande er gratis – tilmeld dig på områdekontoret.",
        signup=True,
        per_season=1.0,
    ),
    EventTemplate(
        "Informationsmøde om helhedsplanen",
        EVERYONE,
        COMMUNITY,
        (HALL, MEETING),
        None,
        (0, 1, 2, 3),
        (3, 3),
        _t(17, 30),
        _t(19),
        30,
        "Hør om helhedsplanens aktiviteter, og kom med dine idéer.",
        per_season=0.6,
    ),
    EventTemplate(
        "Afdelingsmøde",
        EVERYONE,
        COMMUNITY,
        (HALL,),
        (9,),
        (0, 1, 2, 3),
        (3, 4),
        _t(19),
        _t(21, 30),
        60,
        "Det årlige afdelingsmøde med valg til afdelingsbestyrelsen. Der serveres sandwich fra kl. 18.30.",
        partner="Afdelingsbestyrelsen",
        per_season=1.0,
        hosts=1,
    ),
    EventTemplate(
        "Foredrag: Sådan får du styr på budgettet",
        ADULTS,
        EMPLOYMENT,
        (HALL, MEETING),
        None,
        (1, 2, 3),
        (3, 3),
        _t(17, 30),
        _t(19),
        25,
        "Dansk Folkehjælp fortæller om budget, gæld og regninger.",
        partner="Dansk Folkehjælp",
        per_season=0.4,
        hosts=1,
    ),
    EventTemplate(
        "Infomøde om MitID",
        ADULTS,
        EMPLOYMENT,
        (HALL, MEETING),
        None,
        (0, 2),
        (1, 1),
        _t(13),
        _t(14, 30),
        25,
        "Sådan bruger du MitID og e-Boks. Tolk på arabisk og somali.",
        partner="Biblioteket",
        per_season=0.3,
        hosts=1,
    ),
    EventTemplate(
        "Førstehjælpskursus for forældre",
        FAMILIES,
        FAMILY,
        (HALL, MEETING),
        None,
        (1, 3),
        (3, 3),
        _t(17, 30),
        _t(19, 30),
        20,
        "Lær førstehjælp til børn. Kurset er gratis.",
        signup=True,
        per_season=0.3,
        hosts=1,
    ),
    EventTemplate(
        "Temaaften om skærmtid",
        FAMILIES,
        FAMILY,
        (HALL, MEETING),
        (10, 11, 2, 3),
        (1, 2),
        (3, 3),
        _t(17, 30),
        _t(19, 30),
        25,
        "For forældre: hvor meget skærm er for meget? SSP holder oplæg.",
        partner="SSP",
        per_season=0.3,
        hosts=1,
    ),
    EventTemplate(
        "Uddannelsesaften for unge og forældre",
        YOUTH,
        EDUCATION,
        (HALL,),
        (1, 2, 10, 11),
        (1, 2, 3),
        (3, 3),
        _t(17, 30),
        _t(19, 30),
        40,
        "Hør om ungdomsuddannelser, SU og lærepladser.",
        partner="Ungdommens Uddannelsesvejledning",
        per_season=0.5,
        hosts=1,
    ),
    EventTemplate(
        "Jobmesse i fælleshuset",
        ADULTS,
        EMPLOYMENT,
        (HALL,),
        (3, 4, 9, 10),
        (1, 2),
        (0, 1),
        _t(10),
        _t(14),
        60,
        "Mød virksomheder fra Køge og omegn, og få hjælp til dit CV.",
        partner="Jobcenteret",
        per_season=0.3,
    ),
    EventTemplate(
        "Beboerambassadør-træf",
        ADULTS,
        COMMUNITY,
        (MEETING, KITCHEN, HALL),
        None,
        (1, 3),
        (3, 3),
        _t(17, 30),
        _t(19, 30),
        15,
        "Ambassadørerne mødes, spiser sammen og planlægger velkomstbesøg.",
        per_season=1.0,
        hosts=0,
    ),
    EventTemplate(
        "Madfestival",
        EVERYONE,
        COMMUNITY,
        (HALL,),
        (5, 9),
        (5,),
        (1, 3),
        _t(13),
        _t(18),
        120,
        "Smag på hinandens køkkener: beboere fra hele verden laver mad.",
        per_season=0.3,
        hosts=3,
    ),
    EventTemplate(
        "Affaldsindsamling i området",
        EVERYONE,
        COMMUNITY,
        (MEETING, HALL),
        (4, 9),
        (5, 6),
        (0, 0),
        _t(10),
        _t(12),
        30,
        "Vi samler affald sammen og slutter af med boller og kaffe.",
        per_season=0.5,
    ),
)


# --- Åben Rådgivning ---------------------------------------------------------

# Relative weights of the reference topics (by name), and extra weight by month.
TOPIC_WEIGHTS: dict[str, float] = {
    "Gæld og budget": 18,
    "Huslejerestance": 9,
    "Breve fra myndigheder": 20,
    "Digital selvbetjening (MitID, e-Boks)": 17,
    "Skemaer og ansøgninger": 12,
    "Job og uddannelse": 10,
    "Familie og børn": 6,
    "Bolig og naboer": 6,
    "Sundhed": 4,
    "Andet": 3,
}
TOPIC_MONTH_BOOST: dict[tuple[str, int], float] = {
    ("Gæld og budget", 1): 1.8,
    ("Huslejerestance", 1): 1.5,
    ("Job og uddannelse", 8): 2.0,
    ("Job og uddannelse", 1): 1.3,
    ("Skemaer og ansøgninger", 8): 1.4,
}
# Which referral target (by name) fits a topic.
TOPIC_REFERRALS: dict[str, tuple[str, ...]] = {
    "Gæld og budget": ("Gældsrådgivningen",),
    "Huslejerestance": ("Boligorganisationen", "Gældsrådgivningen"),
    "Job og uddannelse": ("Jobcenter", "Ungdommens Uddannelsesvejledning (UU)"),
    "Familie og børn": ("Social- og handicapcenteret",),
    "Sundhed": ("Social- og handicapcenteret",),
    "Bolig og naboer": ("Boligorganisationen",),
}
REFERRAL_SHARE: dict[str, float] = {
    "Gæld og budget": 0.35,
    "Huslejerestance": 0.45,
    "Job og uddannelse": 0.3,
    "Familie og børn": 0.3,
    "Sundhed": 0.15,
    "Bolig og naboer": 0.2,
}

OUTCOMES_SOLVED = (
    "Løst ved besøget",
    "Hjulpet med ansøgning",
    "Vejledt om muligheder",
    "Brev læst og forklaret",
    "Hjulpet med MitID/e-Boks",
)
OUTCOME_REFERRED = "Henvist videre"
OUTCOME_FOLLOW_UP = "Opfølgning aftalt"
OUTCOME_COMES_BACK = "Kommer igen med flere papirer"

# Short adviser notes, deliberately without names, numbers or CPR-like data.
VISIT_NOTES: dict[str, tuple[str, ...]] = {
    "Gæld og budget": (
        "Gennemgik budget. Har flere regninger i rykker.",
        "Hjælp til at lave en afdragsordning.",
        "Vil gerne have hjælp til et månedsbudget.",
    ),
    "Huslejerestance": (
        "Skylder husleje for to måneder. Kontakt til boligorganisationen aftalt.",
        "Har modtaget varsel om ophævelse. Akut – fulgt op samme dag.",
    ),
    "Breve fra myndigheder": (
        "Læste brev fra Udbetaling Danmark om boligstøtte.",
        "Brev fra kommunen om aktivering – forklaret.",
        "Brev fra SKAT om forskudsopgørelse.",
    ),
    "Digital selvbetjening (MitID, e-Boks)": (
        "Hjulpet med at aktivere MitID-app.",
        "Kunne ikke åbne e-Boks. Ny adgangskode lavet sammen.",
    ),
    "Skemaer og ansøgninger": (
        "Udfyldt ansøgning om boligstøtte sammen.",
        "Ansøgning om friplads i SFO.",
    ),
    "Job og uddannelse": (
        "Hjælp til CV og ansøgning til lagerjob.",
        "Spørger til optagelse på VUC.",
    ),
    "Familie og børn": ("Bekymret for søns skolegang. Aftalt at tage kontakt til skolen.",),
    "Bolig og naboer": ("Klage over støj fra naboen. Vejledt om husorden.",),
    "Sundhed": ("Hjælp til at booke tid hos lægen.",),
    "Andet": ("Spørgsmål om fritidsaktiviteter for børnene.",),
}

CASE_CONSENT_SCOPES = (
    "Navn og telefonnummer til opfølgning",
    "Navn, telefon og noter om gældssag",
    "Navn og kontakt til samarbejde med boligorganisationen",
)

# --- Ambassadors, duties, move-ins -------------------------------------------

AMBASSADOR_NOTES = (
    "Kan hjælpe med oversættelse ved velkomstbesøg.",
    "Vil gerne stå for fællesspisning en gang om måneden.",
    "Har erfaring som lektiehjælper.",
    "Kan kun om eftermiddagen.",
    "Kender mange i opgang 3–7.",
)
LAUNDRY_DESCRIPTIONS = (
    "Vis nye beboere vaskekælderen og bookingsystemet.",
    "Introduktion til vaskekælder og tørrerum.",
)
WASTE_DESCRIPTIONS = (
    "Affaldsguide: vis sortering ved miljøstationen.",
    "Gåtur med nye beboere til genbrugspladsen i området.",
)
OTHER_DUTIES = (
    "Hjælp med at hænge plakater op i opgangene.",
    "Rundvisning i fælleshuset for nye beboere.",
    "Hjælp ved afdelingsmødet.",
    "Uddel flyers om månedens program.",
)
MOVE_IN_NOTES = (
    "Familie med tre børn.",
    "Ønsker besøg om eftermiddagen.",
    "Enlig, nyankommet til Danmark.",
    "Har brug for tolk.",
    "Flytter fra anden bolig i afdelingen.",
)
SESSION_NOTES = (
    "Husk nøgle til køkkenet.",
    "Gæst fra Jobcenteret.",
    "Tema: mad fra Somalia.",
    "Frivillig melder fra – find afløser.",
    "Lokalet skal ryddes kl. 19.45.",
)
CANCEL_REASONS = (
    "Sygdom",
    "For få tilmeldte",
    "Lokalet var ikke klar",
    "Underviseren kunne ikke komme",
    "Vandskade i fælleshuset",
)

# Attendance: who comes to what, as (age band, gender, weight).
ATTENDANCE_PROFILES: dict[str, tuple[tuple[str, str, float], ...]] = {
    CHILDREN: (("6–12", "kvinde", 5), ("6–12", "mand", 5), ("13–17", "kvinde", 1), ("13–17", "mand", 1)),
    YOUTH: (("13–17", "kvinde", 3), ("13–17", "mand", 4), ("18–24", "kvinde", 2), ("18–24", "mand", 2)),
    FAMILIES: (("0–5", "kvinde", 2), ("0–5", "mand", 2), ("6–12", "kvinde", 2.5), ("6–12", "mand", 2.5),
               ("25–64", "kvinde", 5), ("25–64", "mand", 1.5)),
    ADULTS: (("25–64", "kvinde", 6), ("25–64", "mand", 3), ("18–24", "kvinde", 1), ("65+", "kvinde", 0.7),
             ("65+", "mand", 0.5)),
    SENIORS: (("65+", "kvinde", 6), ("65+", "mand", 3), ("25–64", "kvinde", 1)),
    EVERYONE: (("0–5", "kvinde", 1), ("0–5", "mand", 1), ("6–12", "kvinde", 2), ("6–12", "mand", 2),
               ("13–17", "kvinde", 1), ("13–17", "mand", 1), ("25–64", "kvinde", 4), ("25–64", "mand", 2.5),
               ("65+", "kvinde", 1.2), ("65+", "mand", 0.8)),
}  # fmt: skip

# Metric of the demo's måltal: the number of different participants in a year.
TARGET_METRIC_DIFFERENT_PARTICIPANTS = "forskellige_deltagere"
