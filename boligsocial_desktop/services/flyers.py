"""Plakater og flyers: a poster for an activity in Danish plus the residents' languages.

The poster's facts come from the calendar (`CalendarService.activity`: the series
pattern in Danish, e.g. "Hver tirsdag kl. 17.30–19.30, 6. jan. – 23. jun. 2026") and the
places (room, house, address). Texts that can be translated are the activity's title,
description and, optionally, the time ("when"); translations are kept in the activity's
`translations` column as {"title": {"ar": "..."}, "description": {...}, "when": {...}}.

A phrase memory (one OfficeSetting row per Danish text, key "flyers.phrase.<sha1>")
remembers every translation saved or imported, so the same Danish sentence (a title used
by several activities, a description copied to next season) is offered translated at
once. Sentences of longer descriptions are remembered one by one too when the translation
has as many sentences as the Danish.

Texts go to a human translator as an XLSX or CSV file (one row per text, one column per
language) and come back the same way. Estate logos are kept as small PNGs in OfficeSetting
rows ("flyers.logo.<estate id>").
"""

from __future__ import annotations

import base64
import csv
import hashlib
import io
import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path
from typing import Literal

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain.cpr import contains_cpr_number
from ..domain.danish import money
from ..domain.danish import phone as format_phone
from ..domain.enums import Recurrence, SessionStatus
from ..domain.languages import LANGUAGES, language_name, parse_language
from ..domain.poster_phrases import SeriesFacts, phrase_languages, place_text, when_text
from ..errors import AppError, NotFoundError, StaleEditError, ValidationError
from ..pdf.poster import (
    DEFAULT_TEMPLATE,
    FIELDS,
    PosterContent,
    PosterOptions,
    QrCode,
    QrKind,
    RenderedPoster,
    make_qr,
    missing_translations,
    render_poster,
)
from ..pdf.poster.images import load_picture, logo_from_bytes
from ..pdf.poster.languages import check_languages
from ..pdf.poster.qr import phone_in
from ..storage.engine import Database
from ..storage.models import Activity, ActivitySession, Estate, House, OfficeSetting, Room, StaffMember
from .calendar import ActivityInfo, CalendarService
from .spreadsheet_cells import csv_row, csv_uncell, xlsx_cell
from .table_files import MAX_IMPORT_ROWS
from .validation import optional_text, required_text

PHRASE_PREFIX = "flyers.phrase."
LOGO_PREFIX = "flyers.logo."
MAX_TRANSLATION = 4000
FIELD_LABELS = {"title": "Titel", "description": "Beskrivelse", "when": "Tidspunkt"}
KEY_HEADER, ACTIVITY_HEADER, FIELD_HEADER, DANISH_HEADER = "Nøgle", "Aktivitet", "Felt", "Dansk"

Translations = dict[str, dict[str, str]]  # field -> language -> text
Progress = Callable[[int, str], None]


# --- Plain data -------------------------------------------------------------------


@dataclass(frozen=True)
class FlyerActivity:
    """One row of the page's activity list."""

    id: str
    title: str
    estate_id: str
    estate_name: str
    start_date: date
    end_date: date
    season: str | None
    languages: tuple[str, ...]  # the activity's own languages besides Danish
    translated: tuple[str, ...]  # languages whose required texts are all translated
    house_name: str | None = None  # the house of the activity's room (two "Loppemarked" told apart)


@dataclass(frozen=True)
class PosterSource:
    """What the poster of one activity is made from, read from the database in one go."""

    activity_id: str
    version: int
    estate_id: str
    content: PosterContent  # saved translations plus suggestions from the phrase memory
    saved: Mapping[str, Mapping[str, str]] = field(hash=False, compare=False)
    suggested: frozenset[tuple[str, str]] = frozenset()  # (field, language) taken from the phrase memory
    languages: tuple[str, ...] = ()
    signup_url: str | None = None
    phone: str | None = None

    def complete_languages(self) -> tuple[str, ...]:
        """Languages (besides Danish) with every required text translated, in a stable order."""
        found = {lang for texts in self.content.translations.values() for lang in texts}
        ordered = [lang for lang in self.languages if lang in found]
        ordered += sorted(found - set(ordered))
        return tuple(lang for lang in ordered if lang in LANGUAGES and lang != "da"
                     and not missing_translations(self.content, (lang,)))

    def default_qr(self) -> QrCode | None:
        """A QR code to the sign-up link, else to the contact phone number, else none."""
        try:
            if self.signup_url:
                return make_qr(QrKind.URL, self.signup_url)
            if self.phone:
                return make_qr(QrKind.PHONE, self.phone)
        except ValidationError:
            return None
        return None


@dataclass(frozen=True)
class ImportResult:
    updated: int  # translations written
    activities: int  # activities changed
    remembered: int  # translations added to the phrase memory
    skipped: tuple[str, ...] = ()  # rows not applied, with the reason (Danish)


@dataclass(frozen=True)
class BatchResult:
    written: tuple[Path, ...]
    problems: tuple[str, ...]  # "Titel: message" for posters that could not be made


# --- Helpers ----------------------------------------------------------------------


def normalise(text: str | None) -> str:
    return " ".join(unicodedata.normalize("NFC", text or "").split())


def phrase_key(danish: str) -> str:
    return PHRASE_PREFIX + hashlib.sha1(normalise(danish).casefold().encode("utf-8")).hexdigest()


_DANISH_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=\S)")
_ANY_SENTENCE_END = re.compile(r"(?<=[.!?؟።۔])\s+(?=\S)")


def sentences(text: str, danish: bool = True) -> list[str]:
    pattern = _DANISH_SENTENCE_END if danish else _ANY_SENTENCE_END
    return [part for part in pattern.split(normalise(text)) if part]


def _activity_row(session: Session, activity_id: str) -> Activity:
    row = session.get(Activity, activity_id)
    if row is None:
        raise NotFoundError("Aktiviteten findes ikke længere. Den kan være slettet på en anden pc.")
    return row


def _clean_translations(raw: Mapping[str, object] | None) -> Translations:
    out: Translations = {}
    for name in FIELDS:
        texts = (raw or {}).get(name) or {}
        if isinstance(texts, Mapping):
            cleaned = {lang: str(text).strip() for lang, text in texts.items() if str(text or "").strip()}
            if cleaned:
                out[name] = cleaned
    return out


def _check_translations(translations: Mapping[str, Mapping[str, str]]) -> Translations:
    out: Translations = {}
    for name, texts in translations.items():
        if name not in FIELDS:
            raise ValidationError(f"Feltet »{name}« kan ikke oversættes. Brug titel, beskrivelse eller tidspunkt.")
        for lang, text in texts.items():
            if lang not in LANGUAGES or lang == "da":
                raise ValidationError(f"Sproget »{lang}« kender programmet ikke.", "translations")
            limit = 300 if name == "title" else MAX_TRANSLATION
            cleaned = optional_text(text, f"{FIELD_LABELS[name].lower()} på {language_name(lang)}", "translations",
                                    limit)
            if cleaned:
                out.setdefault(name, {})[lang] = cleaned
    return out


def _place(room: Room | None, house: House | None) -> str:
    return ", ".join(part for part in (room.name if room else None, house.name if house else None) if part)


def _price(price_kr: float | None) -> str | None:
    if price_kr is None:
        return None
    return "Gratis" if price_kr == 0 else money(price_kr)


def _short_url(url: str) -> str:
    return re.sub(r"^https?://(www\.)?", "", url).rstrip("/")


def _signup(required: bool, url: str | None) -> str | None:
    if url:
        return f"Tilmelding{' nødvendig' if required else ''}: {_short_url(url)}"
    return "Tilmelding nødvendig" if required else None


def _facts_by_language(facts: SeriesFacts, room: Room | None, house: House | None) -> dict[str, dict[str, str]]:
    """{"when": {lang: text}, "place": {lang: text}} for every language with poster phrases (Danish too)."""
    place = _place(room, house)
    out: dict[str, dict[str, str]] = {"when": {}, "place": {}}
    for lang in phrase_languages():
        if when := when_text(facts, lang):
            out["when"][lang] = when
        if where := place_text(place, lang):
            out["place"][lang] = where
    return out


def safe_file_name(text: str) -> str:
    cleaned = re.sub(r'[<>:"/\\|?*\x00-\x1f]', "", text).strip().rstrip(".")
    return cleaned[:80] or "Plakat"


# --- The service --------------------------------------------------------------------


class FlyerService:
    def __init__(self, db: Database):
        self.db = db
        self.calendar = CalendarService(db)

    # Reading ---------------------------------------------------------------------------

    def activities(self, estate_id: str | None = None) -> list[FlyerActivity]:
        """Activities for the poster page, newest season first (one query)."""
        query = (select(Activity.id, Activity.title, Activity.estate_id, Estate.name, Activity.start_date,
                        Activity.end_date, Activity.season, Activity.languages, Activity.translations,
                        Activity.description, House.name.label("house_name"))
                 .join(Estate, Activity.estate_id == Estate.id)
                 .outerjoin(Room, Activity.room_id == Room.id)
                 .outerjoin(House, Room.house_id == House.id)
                 .where(Activity.deleted_at.is_(None))
                 .order_by(Activity.start_date.desc(), Activity.title))
        if estate_id:
            query = query.where(Activity.estate_id == estate_id)
        with self.db.reading() as session:
            rows = session.execute(query).all()
        out = []
        for row in rows:
            translations = _clean_translations(row.translations)
            content = PosterContent(title=row.title, description=row.description or "", translations=translations)
            langs = {lang for texts in translations.values() for lang in texts}
            complete = tuple(sorted(lang for lang in langs if lang in LANGUAGES
                                    and not missing_translations(content, (lang,))))
            own = tuple(code for code in (row.languages or "").split(",") if code and code != "da")
            out.append(FlyerActivity(row.id, row.title, row.estate_id, row.name, row.start_date, row.end_date,
                                     row.season, own, complete, row.house_name))
        return out

    def source(self, activity_id: str) -> PosterSource:
        info = self.calendar.activity(activity_id)  # raises NotFoundError for a deleted activity
        with self.db.reading() as session:
            row = _activity_row(session, activity_id)
            estate = session.get_one(Estate, row.estate_id)
            room = session.get(Room, row.room_id) if row.room_id else None
            house = session.get(House, room.house_id) if room else None
            staff = session.get(StaffMember, row.responsible_staff_id) if row.responsible_staff_id else None
            saved = _clean_translations(row.translations)
            facts = self._series_facts(session, row, info)
            when = when_text(facts, "da") or info.description_text
            danish = {"title": row.title, "description": row.description or "", "when": when}
            merged, suggested = self._with_memory(session, danish, saved)
            logo = self._logo(session, row.estate_id)
            contact = row.contact
            if not contact and staff is not None:
                contact = ", ".join(p for p in (staff.name, format_phone(staff.phone) if staff.phone else None) if p)
            content = PosterContent(
                title=row.title,
                description=row.description or "",
                when=when,
                facts=_facts_by_language(facts, room, house),
                place=_place(room, house),
                address=(house.address if house and house.address else estate.address),
                price=_price(row.price_kr),
                signup=_signup(row.signup_required, row.signup_url),
                contact=contact,
                estate=estate.name,
                organisation=estate.housing_organisation,
                translations=merged,
                logo=logo,
            )
            languages = tuple(code for code in (row.languages or "").split(",") if code and code != "da")
            return PosterSource(row.id, row.version, row.estate_id, content, saved, frozenset(suggested), languages,
                                row.signup_url, phone_in(contact) or (staff.phone if staff else None))

    def danish_when(self, activity_id: str) -> str:
        """The poster's Danish time line, e.g. "Hver onsdag kl. 15–17, 6. jan. – 23. jun. 2027, ikke 7. april"."""
        info = self.calendar.activity(activity_id)
        with self.db.reading() as session:
            row = _activity_row(session, activity_id)
            return when_text(self._series_facts(session, row, info), "da") or info.description_text

    @staticmethod
    def _series_facts(session: Session, row: Activity, info: ActivityInfo) -> SeriesFacts:
        """When the series is held, from its sessions that are not cancelled."""
        held = session.scalars(select(ActivitySession.day).where(
            ActivitySession.activity_id == row.id, ActivitySession.deleted_at.is_(None),
            ActivitySession.status != SessionStatus.CANCELLED.value).order_by(ActivitySession.day)).all()
        return SeriesFacts(Recurrence(row.recurrence), info.draft.pattern().effective_weekdays, row.start_time,
                           row.end_time, tuple(dict.fromkeys(held)))

    @staticmethod
    def with_texts(source: PosterSource, title: str, description: str,
                   translations: Mapping[str, Mapping[str, str]]) -> PosterContent:
        """The source's poster content with the texts being edited (nothing saved)."""
        return replace(source.content, title=title.strip(), description=description.strip(),
                       translations=_clean_translations(translations))

    # Posters -----------------------------------------------------------------------------

    @staticmethod
    def render(content: PosterContent, options: PosterOptions, *, strict: bool = True) -> RenderedPoster:
        return render_poster(content, options, strict=strict)

    def poster_pdf(self, activity_id: str, *, languages: Iterable[str] | None = None, paper: str = "A4",
                   template: str = DEFAULT_TEMPLATE, one_language_per_page: bool = False,
                   qr: QrCode | Literal["auto"] | None = "auto", picture: Path | None = None,
                   pictogram: str | None = None) -> tuple[bytes, tuple[str, ...]]:
        """The finished poster (missing translations refused) and the languages it has besides Danish.

        languages None: every language the activity has complete translations for.
        """
        source = self.source(activity_id)
        chosen = source.complete_languages() if languages is None else check_languages(list(languages))
        options = PosterOptions(
            languages=chosen, paper=paper, template=template, one_language_per_page=one_language_per_page,
            qr=source.default_qr() if isinstance(qr, str) else qr, picture=load_picture(picture) if picture else None,
            pictogram=pictogram)
        return render_poster(source.content, options, strict=True).pdf, chosen

    def batch(self, activity_ids: list[str], folder: Path, *, languages: Iterable[str] | None = None,
              paper: str = "A4", template: str = DEFAULT_TEMPLATE, one_language_per_page: bool = False,
              progress: Progress | None = None) -> BatchResult:
        """One PDF per activity in `folder`; a poster that cannot be made is named in `problems`, the rest go on."""
        folder = Path(folder)
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise AppError(f"Mappen {folder} kan ikke oprettes ({exc.strerror}). Vælg en anden mappe.") from exc
        written: list[Path] = []
        problems: list[str] = []
        used: set[str] = set()
        langs = list(languages) if languages is not None else None
        total = len(activity_ids)
        for number, activity_id in enumerate(activity_ids, start=1):
            title = activity_id
            try:
                source = self.source(activity_id)
                title = source.content.title
                chosen = source.complete_languages() if langs is None else check_languages(langs)
                options = PosterOptions(languages=chosen, paper=paper, template=template,
                                        one_language_per_page=one_language_per_page, qr=source.default_qr())
                pdf = render_poster(source.content, options, strict=True).pdf
                name = safe_file_name(f"Plakat – {title}")
                candidate, n = name, 2
                while candidate.casefold() in used:
                    candidate, n = f"{name} ({n})", n + 1
                used.add(candidate.casefold())
                path = folder / f"{candidate}.pdf"
                path.write_bytes(pdf)
                written.append(path)
            except AppError as exc:
                problems.append(f"{title}: {exc.message}")
            except OSError as exc:
                problems.append(f"{title}: filen kunne ikke gemmes ({exc.strerror}).")
            if progress:
                progress(round(100 * number / max(total, 1)), f"Plakat {number} af {total}: {title}")
        return BatchResult(tuple(written), tuple(problems))

    # Saving texts --------------------------------------------------------------------------

    def save_texts(self, activity_id: str, expected_version: int, title: str, description: str,
                   translations: Mapping[str, Mapping[str, str]]) -> PosterSource:
        """Save the poster texts on the activity and remember the translations, in one transaction."""
        title = required_text(title, "titel", "title", 160)
        checked_description = optional_text(description, "beskrivelse", "description", 4000)
        checked = _check_translations(translations)
        with self.db.transaction() as session:
            row = session.get(Activity, activity_id)
            if row is None or row.deleted_at is not None:
                raise NotFoundError("Aktiviteten findes ikke længere. Den kan være slettet på en anden pc.")
            if row.version != expected_version:
                raise StaleEditError("Aktiviteten er ændret af en anden, siden du åbnede den. Vælg den igen; "
                                     "dine tekster står stadig i felterne, så du kan kopiere dem.")
            info_when = self.danish_when(activity_id) if "when" in checked else ""
            if row.title != title:
                row.title = title
            if (row.description or None) != checked_description:
                row.description = checked_description
            if _clean_translations(row.translations) != checked:
                row.translations = checked or None
            danish = {"title": title, "description": checked_description or "", "when": info_when}
            for name, texts in checked.items():
                for lang, text in texts.items():
                    self._remember(session, danish[name], lang, text)
        return self.source(activity_id)

    # Phrase memory ---------------------------------------------------------------------------

    def remember(self, danish: str, lang: str, text: str) -> None:
        with self.db.transaction() as session:
            self._remember(session, danish, lang, text)

    def suggestions(self, danish: str) -> dict[str, str]:
        """Earlier translations of this Danish text (language -> text), whole or sentence by sentence."""
        with self.db.reading() as session:
            merged, _ = self._with_memory(session, {"description": danish}, {})
        return dict(merged.get("description", {}))

    def _remember(self, session: Session, danish: str, lang: str, text: str) -> int:
        danish, text = normalise(danish), text.strip()
        if not danish or not text:
            return 0
        if contains_cpr_number(danish) or contains_cpr_number(text):
            # Office settings are not under the database's CPR guard; the callers check first, this is the last stop.
            raise ValidationError("En oversættelse ligner et CPR-nummer. Skriv ikke CPR-numre i programmet.",
                                  "translations")
        pairs = [(danish, text)]
        source_sentences, target_sentences = sentences(danish), sentences(text, danish=False)
        if len(source_sentences) > 1 and len(source_sentences) == len(target_sentences):
            pairs += list(zip(source_sentences, target_sentences, strict=True))
        added = 0
        for source_text, target_text in pairs:
            key = phrase_key(source_text)
            row = session.scalars(select(OfficeSetting).where(OfficeSetting.key == key)).first()
            if row is None:
                session.add(OfficeSetting(key=key, value={"da": source_text, "t": {lang: target_text}}))
                session.flush()
                added += 1
            elif (row.value or {}).get("t", {}).get(lang) != target_text:
                value = dict(row.value or {})
                value["da"] = source_text
                value["t"] = {**value.get("t", {}), lang: target_text}
                row.value = value
                added += 1
        return added

    def _memory(self, session: Session, texts: Iterable[str]) -> dict[str, dict[str, str]]:
        keys = {phrase_key(t): normalise(t) for t in texts if normalise(t)}
        if not keys:
            return {}
        rows = session.execute(select(OfficeSetting.key, OfficeSetting.value)
                               .where(OfficeSetting.key.in_(list(keys)), OfficeSetting.deleted_at.is_(None)))
        return {keys[key]: dict((value or {}).get("t", {})) for key, value in rows}

    def _with_memory(self, session: Session, danish: Mapping[str, str],
                     saved: Translations) -> tuple[Translations, set[tuple[str, str]]]:
        wanted = [text for text in danish.values() if text]
        for text in danish.values():
            wanted += sentences(text)
        memory = self._memory(session, wanted)
        merged: Translations = {name: dict(texts) for name, texts in saved.items()}
        suggested: set[tuple[str, str]] = set()
        for name, text in danish.items():
            text = normalise(text)
            if not text:
                continue
            found = dict(memory.get(text, {}))
            parts = sentences(text)
            if len(parts) > 1:
                for lang in set.intersection(*(set(memory.get(p, {})) for p in parts)) - set(found):
                    found[lang] = " ".join(memory[p][lang] for p in parts)
            for lang, translation in found.items():
                if lang not in merged.get(name, {}):
                    merged.setdefault(name, {})[lang] = translation
                    suggested.add((name, lang))
        return merged, suggested

    # Translator files --------------------------------------------------------------------------

    def export_texts(self, activity_ids: list[str], languages: Iterable[str], path: Path) -> int:
        """An XLSX or CSV file (by the name's ending) for a translator; returns the number of text rows."""
        langs = check_languages(list(languages))
        if not langs:
            raise ValidationError("Vælg mindst ét sprog ud over dansk, som teksterne skal oversættes til.",
                                  "languages")
        rows: list[list[str]] = []
        for activity_id in activity_ids:
            source = self.source(activity_id)
            for name in FIELDS:
                danish = source.content.text(name, "da")
                if danish:
                    rows.append([f"{activity_id}/{name}", source.content.title, FIELD_LABELS[name], danish,
                                 *(source.content.text(name, lang) for lang in langs)])
        if not rows:
            raise ValidationError("De valgte aktiviteter har ingen tekster at oversætte.")
        header = [KEY_HEADER, ACTIVITY_HEADER, FIELD_HEADER, DANISH_HEADER,
                  *(f"{lang} – {language_name(lang)}" for lang in langs)]
        path = Path(path)
        try:
            if path.suffix.lower() == ".xlsx":
                _write_xlsx(path, header, rows, langs)
            elif path.suffix.lower() == ".csv":
                _write_csv(path, header, rows)
            else:
                raise ValidationError("Filen skal hedde .xlsx (Excel) eller .csv.", "path")
        except OSError as exc:
            raise AppError(f"Filen {path} kan ikke gemmes ({exc.strerror}). Luk den i Excel, eller vælg et "
                           "andet sted.") from exc
        return len(rows)

    def import_texts(self, path: Path) -> ImportResult:
        """Read a translator's file back: all or nothing; rows whose Danish has changed since are skipped."""
        from .importing import read_table

        try:
            table = read_table(Path(path))
        except AppError as exc:
            raise ValidationError(exc.message) from exc
        if not table or len(table) > MAX_IMPORT_ROWS + 1:
            raise ValidationError("Filen er tom eller har for mange rækker. Brug filen, programmet lavede.")
        header = [str(cell).strip() for cell in table[0]]
        try:
            key_col, danish_col = header.index(KEY_HEADER), header.index(DANISH_HEADER)
        except ValueError:
            raise ValidationError(f"Filen mangler kolonnerne »{KEY_HEADER}« og »{DANISH_HEADER}«. Brug filen, "
                                  "programmet lavede til oversætteren, og lad første række være.") from None
        lang_cols: dict[int, str] = {}
        for index, title in enumerate(header):
            if index in (key_col, danish_col) or title in (ACTIVITY_HEADER, FIELD_HEADER) or not title:
                continue
            code = parse_language(title.split("–")[0].split("-")[0].strip()) or parse_language(title)
            if code is None or code == "da":
                raise ValidationError(f"Kolonnen »{title}« er ikke et sprog, programmet kender. Skriv fx "
                                      "»ar – arabisk«.")
            lang_cols[index] = code
        if not lang_cols:
            raise ValidationError("Filen har ingen sprogkolonner med oversættelser.")
        problems: list[str] = []
        wanted: dict[tuple[str, str], tuple[int, str, dict[str, str]]] = {}
        for number, row in enumerate(table[1:], start=2):
            cells = [csv_uncell(str(c).strip()) if c is not None else "" for c in row] + [""] * len(header)
            if not any(cells):
                continue
            activity_id, _, name = cells[key_col].partition("/")
            if name not in FIELDS or not activity_id:
                problems.append(f"Række {number}: nøglen »{cells[key_col]}« er ikke fra programmet.")
                continue
            texts = {lang: cells[index] for index, lang in lang_cols.items() if cells[index]}
            # The phrase memory keeps these texts even for a row that is skipped below: check them all first.
            cpr_in = ([DANISH_HEADER] if contains_cpr_number(cells[danish_col]) else []) + [
                language_name(lang) for lang, text in texts.items() if contains_cpr_number(text)]
            if cpr_in:
                problems.append(f"Række {number}: {', '.join(cpr_in)} ligner et CPR-nummer. Skriv ikke CPR-numre "
                                "i programmet; fjern nummeret i filen.")
            for lang, text in texts.items():
                if len(text) > (300 if name == "title" else MAX_TRANSLATION):
                    problems.append(
                        f"Række {number}: {FIELD_LABELS[name].lower()} på {language_name(lang)} er for lang."
                    )
            wanted[(activity_id, name)] = (number, cells[danish_col], texts)
        if problems:
            raise ValidationError("Filen er ikke indlæst; intet er gemt:\n" + "\n".join(problems[:20]))
        skipped: list[str] = []
        updated = remembered = 0
        changed: set[str] = set()
        with self.db.transaction() as session:
            activity_rows: dict[str, Activity | None] = {}
            for (activity_id, name), (number, exported_danish, texts) in wanted.items():
                if activity_id not in activity_rows:
                    found = session.get(Activity, activity_id)
                    activity_rows[activity_id] = found if found is not None and found.deleted_at is None else None
                activity = activity_rows[activity_id]
                for lang, text in texts.items():
                    remembered += self._remember(session, exported_danish, lang, text)
                if activity is None:
                    skipped.append(f"Række {number}: aktiviteten findes ikke længere.")
                    continue
                current = (activity.title if name == "title" else activity.description or ""
                           if name == "description" else self.danish_when(activity_id))
                if normalise(current) != normalise(exported_danish):
                    skipped.append(f"Række {number}: den danske {FIELD_LABELS[name].lower()} i »{activity.title}« er "
                                   "ændret, siden filen blev lavet. Oversættelsen er gemt som forslag.")
                    continue
                translations = _clean_translations(activity.translations)
                before = {lang: translations.get(name, {}).get(lang) for lang in texts}
                if any(before[lang] != text for lang, text in texts.items()):
                    translations.setdefault(name, {}).update(texts)
                    activity.translations = translations
                    updated += sum(1 for lang, text in texts.items() if before[lang] != text)
                    changed.add(activity_id)
        return ImportResult(updated, len(changed), remembered, tuple(skipped))

    # Logos -------------------------------------------------------------------------------------

    def set_logo(self, estate_id: str, path: Path | None) -> None:
        """Store the estate's logo (shrunk PNG), or remove it with None."""
        data = None
        if path is not None:
            try:
                raw = Path(path).read_bytes()
            except OSError as exc:
                raise ValidationError(f"Filen {Path(path).name} kan ikke læses ({exc.strerror}).", "logo") from exc
            data = logo_from_bytes(raw).data
        with self.db.transaction() as session:
            if session.get(Estate, estate_id) is None:
                raise NotFoundError("Afdelingen findes ikke længere.")
            key = LOGO_PREFIX + estate_id
            row = session.scalars(select(OfficeSetting).where(OfficeSetting.key == key)).first()
            value = {"png": base64.b64encode(data).decode("ascii")} if data else None
            if row is None:
                if value:
                    session.add(OfficeSetting(key=key, value=value))
            else:
                row.value = value

    def logo(self, estate_id: str) -> bytes | None:
        with self.db.reading() as session:
            return self._logo(session, estate_id)

    @staticmethod
    def _logo(session: Session, estate_id: str) -> bytes | None:
        value = session.scalars(select(OfficeSetting.value).where(OfficeSetting.key == LOGO_PREFIX + estate_id,
                                                                  OfficeSetting.deleted_at.is_(None))).first()
        return base64.b64decode(value["png"]) if value and value.get("png") else None


def _write_csv(path: Path, header: list[str], rows: list[list[str]]) -> None:
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    writer.writerow(csv_row(header))
    writer.writerows(csv_row(row) for row in rows)
    path.write_bytes(buffer.getvalue().encode("utf-8-sig"))


def _write_xlsx(path: Path, header: list[str], rows: list[list[str]], langs: tuple[str, ...]) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Oversættelser"
    for r, row in enumerate([header, *rows], start=1):
        for c, value in enumerate(row, start=1):
            xlsx_cell(sheet.cell(row=r, column=c), value)
    bold = Font(bold=True)
    locked = PatternFill("solid", fgColor="EEEEEE")
    for cell in sheet[1]:
        cell.font = bold
    for column, width in zip("ABCD", (14, 28, 13, 50), strict=True):
        sheet.column_dimensions[column].width = width
    from openpyxl.utils import get_column_letter

    for index, lang in enumerate(langs, start=5):
        sheet.column_dimensions[get_column_letter(index)].width = 50
        rtl = lang in ("ar", "fa", "ur", "ps")
        for cell in sheet[get_column_letter(index)][1:]:
            cell.alignment = Alignment(wrap_text=True, vertical="top", horizontal="right" if rtl else "left",
                                       readingOrder=2 if rtl else 1)
    for row in sheet.iter_rows(min_row=2, max_col=4):
        for cell in row:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
            cell.fill = locked
    sheet.freeze_panes = "E2"
    guide = workbook.create_sheet("Vejledning")
    for line in (
        "Oversættelse af plakattekster fra Boligsocial Desktop",
        "",
        "Skriv oversættelsen i kolonnen for hvert sprog, ud for den danske tekst.",
        "Ret ikke i de grå kolonner (Nøgle, Aktivitet, Felt, Dansk); programmet bruger dem til at finde teksten igen.",
        "Tomme felter springes over. Gem filen som Excel (.xlsx) og send den tilbage til områdekontoret.",
        "",
        "Tidspunkt er valgfrit: plakaten viser altid tidspunktet på dansk.",
    ):
        guide.append([line])  # the program's own sentences
    guide.column_dimensions["A"].width = 110
    guide["A1"].font = bold
    workbook.save(path)

