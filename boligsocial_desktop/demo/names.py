"""Names, languages, addresses and phone numbers for made-up residents and staff.

The residents of the estates speak Danish, Arabic, Somali, Turkish, Urdu, Farsi/Dari,
Tigrinya, Polish and English (ISO 639-1 codes below). Every name is drawn from the
lists here, so no real person's contact data is stored: e-mail addresses use the
reserved example.com domain.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

# ISO 639-1 codes and how often each is the mother tongue of the people the office meets.
RESIDENT_LANGUAGES: tuple[tuple[str, float], ...] = (
    ("da", 36),
    ("ar", 19),
    ("so", 10),
    ("tr", 10),
    ("ur", 6),
    ("fa", 7),
    ("ti", 5),
    ("pl", 4),
    ("en", 3),
)
LANGUAGE_CODES = tuple(code for code, _ in RESIDENT_LANGUAGES)
_LANGUAGE_CUM = [sum(w for _, w in RESIDENT_LANGUAGES[: i + 1]) for i in range(len(RESIDENT_LANGUAGES))]

LANGUAGE_LEVELS = ("modersmål", "flydende", "godt", "lidt")

FEMALE = "kvinde"
MALE = "mand"


@dataclass(frozen=True)
class NameList:
    female: tuple[str, ...]
    male: tuple[str, ...]
    surnames: tuple[str, ...]


NAMES: dict[str, NameList] = {
    "da": NameList(
        female=(
            "Anne", "Mette", "Kirsten", "Hanne", "Susanne", "Lene", "Camilla", "Maria", "Louise",
            "Line", "Pia", "Charlotte", "Trine", "Berit", "Katrine", "Mie", "Lea", "Maja", "Ida",
            "Emma", "Sofie", "Birgit", "Inge", "Lone", "Jytte", "Anita", "Karen", "Tina", "Julie",
            "Cecilie", "Ulla", "Grethe", "Signe", "Astrid", "Åse",
        ),
        male=(
            "Jens", "Peter", "Michael", "Lars", "Henrik", "Thomas", "Søren", "Niels", "Anders",
            "Jan", "Morten", "Jesper", "Martin", "Rasmus", "Mads", "Kasper", "Frederik", "Ole",
            "Bent", "Poul", "Kim", "Mikkel", "Christian", "Jørgen", "Torben", "Bjørn", "Erik",
            "Flemming", "Steen", "Ib",
        ),
        surnames=(
            "Jensen", "Nielsen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen",
            "Sørensen", "Rasmussen", "Jørgensen", "Petersen", "Madsen", "Kristensen", "Olsen",
            "Thomsen", "Christiansen", "Poulsen", "Johansen", "Møller", "Mortensen",
            "Frederiksen", "Holm", "Dahl", "Lund", "Bech", "Østergaard", "Kjær", "Søndergaard",
            "Bækgaard", "Ågaard", "Ærenlund", "Skov", "Vestergaard", "Friis",
        ),
    ),
    "ar": NameList(
        female=(
            "Fatima", "Amina", "Mariam", "Aisha", "Layla", "Noor", "Huda", "Rania", "Salma",
            "Yasmin", "Zainab", "Hanan", "Rana", "Samira", "Nadia", "Malak", "Dalia", "Reem",
            "Sara", "Ghada",
        ),
        male=(
            "Mohammad", "Ahmad", "Ali", "Omar", "Hassan", "Hussein", "Khaled", "Youssef",
            "Ibrahim", "Mahmoud", "Mustafa", "Karim", "Tariq", "Bilal", "Sami", "Walid", "Jamal",
            "Adel", "Nabil", "Rami",
        ),
        surnames=(
            "Al-Hassan", "Hamad", "Khalil", "Haddad", "Mansour", "Saleh", "Abdallah", "Nasser",
            "Ibrahim", "Yousef", "Farah", "Darwish", "Aziz", "El-Sayed", "Qasem", "Othman",
            "Jaber", "Hijazi", "Awad", "Chehade",
        ),
    ),
    "so": NameList(
        female=(
            "Hodan", "Fadumo", "Sahra", "Asha", "Hibo", "Ifrah", "Ayan", "Deqa", "Nimo", "Ladan",
            "Khadra", "Sagal", "Hawa", "Ubah", "Muna", "Faiza",
        ),
        male=(
            "Abdi", "Abdirahman", "Mohamed", "Ahmed", "Hassan", "Yusuf", "Farah", "Mahad",
            "Liban", "Guled", "Omar", "Abdullahi", "Said", "Jama", "Warsame", "Hamza",
        ),
        surnames=(
            "Warsame", "Abdi", "Hussein", "Farah", "Jama", "Osman", "Ali", "Aden", "Egal",
            "Mohamud", "Hirsi", "Nur", "Dahir", "Yusuf", "Samatar", "Ismail",
        ),
    ),
    "tr": NameList(
        female=(
            "Ayşe", "Fatma", "Emine", "Hatice", "Zeynep", "Elif", "Meryem", "Sevgi", "Nese",
            "Derya", "Gül", "Esra", "Büşra", "Özlem", "Serap", "Hülya", "Yasemin", "Songül",
        ),
        male=(
            "Mehmet", "Mustafa", "Ahmet", "Ali", "Hüseyin", "Hasan", "İbrahim", "Murat", "Emre",
            "Osman", "Yusuf", "Kemal", "Serkan", "Burak", "Cem", "Erdal", "Orhan", "Volkan",
        ),
        surnames=(
            "Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Yıldız", "Yıldırım", "Öztürk", "Aydın",
            "Özdemir", "Arslan", "Doğan", "Kılıç", "Aslan", "Çetin", "Koç", "Kurt", "Özkan",
        ),
    ),
    "ur": NameList(
        female=(
            "Ayesha", "Sana", "Fatima", "Rabia", "Nazia", "Shazia", "Samina", "Amna", "Hina",
            "Saima", "Uzma", "Farah", "Mehwish", "Bushra", "Naila",
        ),
        male=(
            "Muhammad", "Imran", "Asif", "Tariq", "Kamran", "Usman", "Bilal", "Naveed", "Shahid",
            "Zahid", "Adnan", "Faisal", "Rizwan", "Salman", "Waqas",
        ),
        surnames=(
            "Khan", "Ahmed", "Hussain", "Butt", "Malik", "Chaudhry", "Iqbal", "Qureshi", "Raza",
            "Shah", "Mirza", "Anwar", "Akhtar", "Rana", "Siddiqui",
        ),
    ),
    "fa": NameList(
        female=(
            "Marjan", "Maryam", "Zahra", "Fatemeh", "Leila", "Shirin", "Parisa", "Nasrin", "Roya",
            "Mahsa", "Azadeh", "Soraya", "Fereshteh", "Golnaz", "Neda", "Sakina", "Masooda",
        ),
        male=(
            "Reza", "Ali", "Hossein", "Mohammad", "Mehdi", "Amir", "Hamid", "Saeed", "Farid",
            "Dariush", "Babak", "Kaveh", "Navid", "Omid", "Javad", "Ahmad", "Sayed",
        ),
        surnames=(
            "Ahmadi", "Hosseini", "Rezaei", "Mohammadi", "Karimi", "Rahimi", "Jafari", "Sadeghi",
            "Moradi", "Hashemi", "Azizi", "Nazari", "Rostami", "Haidari", "Sultani",
        ),
    ),
    "ti": NameList(
        female=(
            "Senait", "Tsega", "Helen", "Mebrat", "Selam", "Rahwa", "Saba", "Freweyni",
            "Yordanos", "Almaz", "Winta", "Hiwet", "Feven", "Meron",
        ),
        male=(
            "Tesfay", "Yonas", "Dawit", "Mehari", "Berhane", "Kidane", "Haile", "Samuel",
            "Yohannes", "Tewelde", "Amanuel", "Filmon", "Robel", "Habtom",
        ),
        surnames=(
            "Tesfamariam", "Gebremedhin", "Haile", "Kidane", "Berhe", "Tekle", "Woldu",
            "Ghebreyesus", "Mehari", "Asmerom", "Habte", "Yemane", "Abraha", "Ghirmay",
        ),
    ),
    "pl": NameList(
        female=(
            "Anna", "Katarzyna", "Małgorzata", "Agnieszka", "Joanna", "Magdalena", "Ewa",
            "Monika", "Karolina", "Aleksandra", "Natalia", "Dorota", "Paulina", "Justyna", "Marta",
        ),
        male=(
            "Piotr", "Krzysztof", "Tomasz", "Paweł", "Marcin", "Michał", "Łukasz", "Jakub",
            "Grzegorz", "Adam", "Mariusz", "Kamil", "Wojciech", "Rafał", "Dariusz",
        ),
        surnames=(
            "Nowak", "Kowalski", "Wiśniewski", "Wójcik", "Kowalczyk", "Kamiński", "Lewandowski",
            "Zieliński", "Szymański", "Woźniak", "Dąbrowski", "Kozłowski", "Mazur", "Krawczyk",
            "Jankowski",
        ),
    ),
    "en": NameList(
        female=(
            "Sarah", "Emily", "Jessica", "Grace", "Rebecca", "Hannah", "Chloe", "Lucy", "Amy",
            "Precious", "Blessing", "Esther", "Joy", "Abena",
        ),
        male=(
            "James", "John", "David", "Daniel", "Michael", "Samuel", "Matthew", "Oliver",
            "George", "Emmanuel", "Kwame", "Joseph", "Chidi", "Peter",
        ),
        surnames=(
            "Smith", "Johnson", "Brown", "Taylor", "Wilson", "Evans", "Walker", "Okafor",
            "Mensah", "Adeyemi", "Williams", "Clarke", "Davies", "Mwangi", "Osei",
        ),
    ),
}  # fmt: skip

_TRANSLITERATION = str.maketrans(
    {
        "æ": "ae", "ø": "oe", "å": "aa", "ä": "ae", "ö": "o", "ü": "u", "ç": "c", "ş": "s",
        "ğ": "g", "ı": "i", "ł": "l", "ą": "a", "ę": "e", "ś": "s", "ź": "z", "ż": "z",
        "ń": "n", "ó": "o", "ć": "c", " ": ".", "'": "",
    }
)  # fmt: skip

_MOBILE_PREFIXES = (
    20,
    21,
    22,
    23,
    24,
    25,
    26,
    27,
    28,
    29,
    30,
    31,
    40,
    41,
    42,
    50,
    51,
    52,
    53,
    60,
    61,
    71,
    81,
    91,
    92,
    93,
)


def pick_language(rng: random.Random) -> str:
    return rng.choices(LANGUAGE_CODES, cum_weights=_LANGUAGE_CUM)[0]


def pick_gender(rng: random.Random, female_share: float = 0.5) -> str:
    return FEMALE if rng.random() < female_share else MALE


def _gendered_surname(surname: str, gender: str) -> str:
    if gender == FEMALE and surname.endswith(("ski", "cki")):
        return surname[:-1] + "a"
    return surname


def person_name(rng: random.Random, language: str, gender: str) -> str:
    names = NAMES.get(language, NAMES["da"])
    first = rng.choice(names.female if gender == FEMALE else names.male)
    surname = _gendered_surname(rng.choice(names.surnames), gender)
    if language == "da" and rng.random() < 0.15:
        middle = rng.choice(NAMES["da"].surnames)
        if middle != surname:
            return f"{first} {middle} {surname}"
    return f"{first} {surname}"


def ascii_slug(text: str) -> str:
    return text.lower().translate(_TRANSLITERATION).encode("ascii", "ignore").decode("ascii")


def email_for(name: str, rng: random.Random | None = None) -> str:
    """A made-up address on the reserved example.com domain."""
    parts = name.split()
    local = ascii_slug(f"{parts[0]}.{parts[-1]}")
    if rng is not None and rng.random() < 0.4:
        local += str(rng.randint(1, 99))
    return f"{local}@example.com"


def phone_number(rng: random.Random) -> str:
    """A Danish mobile number written in pairs: "21 43 65 87"."""
    return f"{rng.choice(_MOBILE_PREFIXES)} {rng.randint(0, 99):02d} {rng.randint(0, 99):02d} {rng.randint(0, 99):02d}"


_FLOORS = ("st. tv.", "st. th.", "1. tv.", "1. th.", "2. tv.", "2. th.", "3. tv.", "3. th.", "4. tv.", "4. th.")


def flat_address(rng: random.Random, street: str, max_number: int, postcode: str) -> str:
    """ "Søparken 12, 2. th., 4600 Køge"."""
    return f"{street} {rng.randint(1, max_number)}, {rng.choice(_FLOORS)}, {postcode}"


def initials(name: str, taken: set[str]) -> str:
    parts = name.split()
    base = (parts[0][0] + parts[-1][:2]).upper()
    candidate, n = base, 1
    while candidate in taken:
        n += 1
        candidate = f"{base}{n}"
    taken.add(candidate)
    return candidate
