"""A poster for one activity, drawn from a declarative template: A5, A4 or A3, portrait.

The template (resources/templates/*.json) says where each element goes; this module
fills the elements: the title in Danish and the chosen languages, the descriptions
language by language, the facts (time, place, price, sign-up, contact) with icons, the
picture or pictogram, the estate's logo and the QR code. Languages are stacked on one
page, or given a page each. Every text is fitted into its box (shrunk, then wrapped);
text that cannot fit at the template's smallest size stops the poster with a Danish
message instead of being cut off, and so does a missing translation unless a preview
is asked for (the preview then shows a red note where the text is missing).
"""

from __future__ import annotations

import io
from collections.abc import Mapping
from dataclasses import dataclass, field

from reportlab.lib.colors import HexColor
from reportlab.lib.pagesizes import A3, A4, A5
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from ...domain.languages import language_name
from ...domain.poster_phrases import qr_caption
from ...errors import ValidationError
from ..fonts import FontBook, Script, font_book
from ..text import Box, Para, Setting, draw, fit
from .images import Picture, cached_picture
from .languages import check_languages, endonym
from .pictograms import PICTOGRAMS, draw_icon, draw_pictogram, guess_pictogram
from .qr import QrCode, draw_qr
from .templates import DEFAULT_TEMPLATE, Element, Template, get_template

PAPERS = {"A5": A5, "A4": A4, "A3": A3}
FIELDS = ("title", "description", "when")
REQUIRED_FIELDS = ("title", "description")  # "when" is optional: the facts always give the time in Danish
FIELD_NAMES = {"title": "titlen", "description": "beskrivelsen", "when": "tidspunktet"}
FIELD_LABELS = {"title": "titel", "description": "beskrivelse", "when": "tidspunkt"}


@dataclass(frozen=True)
class PosterContent:
    """Everything printed on the poster, as plain text (Danish) plus translations per field."""

    title: str
    description: str = ""
    when: str = ""  # e.g. "Hver tirsdag kl. 17.30–19.30, 6. jan. – 23. jun. 2026"
    place: str = ""  # e.g. "Køkkenet, Fælleshuset Søparken"
    address: str | None = None
    price: str | None = None  # "30 kr." or "Gratis"; None leaves the line out
    signup: str | None = None
    contact: str | None = None
    estate: str = ""
    organisation: str | None = None
    translations: Mapping[str, Mapping[str, str]] = field(default_factory=dict, hash=False, compare=False)
    logo: bytes | None = field(default=None, repr=False)
    # The facts made from the phrase list per language: {"when": {"ar": ...}, "place": {"ar": ...}}
    facts: Mapping[str, Mapping[str, str]] = field(default_factory=dict, hash=False, compare=False)

    def fact(self, name: str, lang: str) -> str:
        return ((self.facts.get(name) or {}).get(lang) or "").strip()

    def text(self, field_name: str, lang: str) -> str:
        if lang == "da":
            return (getattr(self, field_name) or "").strip()
        return ((self.translations.get(field_name) or {}).get(lang) or "").strip()


@dataclass(frozen=True)
class PosterOptions:
    languages: tuple[str, ...] = ()  # besides Danish, in the order they appear
    paper: str = "A4"
    template: str = DEFAULT_TEMPLATE
    one_language_per_page: bool = False
    qr: QrCode | None = None
    picture: Picture | None = field(default=None, repr=False)
    pictogram: str | None = None  # None: guessed from the title; "": none


@dataclass(frozen=True)
class PlacedText:
    element: str
    page: int
    box: Box
    setting: Setting


@dataclass
class PosterReport:
    """What was drawn where: for the overflow, glyph and text checks."""

    pages: int = 0
    texts: list[PlacedText] = field(default_factory=list)
    missing: list[tuple[str, str]] = field(default_factory=list)  # (language, field) shown as a red note
    qr_payload: str | None = None


@dataclass(frozen=True)
class RenderedPoster:
    pdf: bytes
    report: PosterReport


def missing_translations(content: PosterContent, languages: tuple[str, ...]) -> list[tuple[str, str]]:
    """(language, field) for every required text that has Danish but no translation."""
    return [(lang, name) for lang in languages for name in REQUIRED_FIELDS
            if content.text(name, "da") and not content.text(name, lang)]


def missing_message(missing: list[tuple[str, str]]) -> str:
    by_lang: dict[str, list[str]] = {}
    for lang, name in missing:
        by_lang.setdefault(lang, []).append(FIELD_LABELS[name])
    parts = "; ".join(f"{language_name(lang)}: {' og '.join(names)}" for lang, names in by_lang.items())
    return (f"Plakaten mangler oversættelser ({parts}). Du kan skrive dem under Plakater, sende teksterne "
            "til en oversætter og indlæse dem igen, eller vælge sproget fra.")


class _Page:
    def __init__(self, canvas: Canvas, template: Template, paper: str, book: FontBook, report: PosterReport,
                 number: int):
        self.canvas, self.template, self.book, self.report, self.number = canvas, template, book, report, number
        self.width, self.height = PAPERS[paper]
        self.scale = self.width / (210 * mm)
        self.colors = {key: HexColor(value) for key, value in template.colors.items()}

    def color(self, key: str | None, default: str = "text"):
        return self.colors.get(key or default, self.colors["text"])

    def box(self, element: Element, name: str) -> Box:
        s = self.scale * mm
        return Box(element.x * s, self.height - (element.y + element.h) * s, element.w * s, element.h * s, name)

    def fit(self, element: Element, paras: list[Para], name: str, *, align=None, valign=None,
            box: Box | None = None, max_size: float | None = None, min_size: float | None = None) -> Setting:
        box = box or self.box(element, name)
        setting = fit(paras, box, (max_size or element.get("max_size")) * self.scale,
                      (min_size or element.get("min_size")) * self.scale, self.book,
                      leading=float(element.get("leading", 1.0)), align=align or element.get("align", "start"),
                      valign=valign or element.get("valign", "top"))
        self.report.texts.append(PlacedText(element.kind, self.number, box, setting))
        return setting

    def draw_text(self, setting: Setting) -> None:
        draw(self.canvas, setting, self.colors)


def _what(name: str, lang: str) -> str:
    return f"{FIELD_NAMES[name]} på {language_name(lang)}"


def _missing_para(name: str, lang: str, scale: float, space: float) -> Para:
    return Para(f"[Mangler: {FIELD_LABELS[name]} på {language_name(lang)}]", "da", True, scale, "missing", space,
                _what(name, lang), kind=f"missing:{name}:{lang}")


def _title_paras(content: PosterContent, langs: list[str], per_page: bool, element: Element,
                 report: PosterReport) -> list[Para]:
    main, other = element.get("color", "text"), element.get("translation_color", element.get("color", "text"))
    small = float(element.get("translation_scale", 0.5))
    paras = []
    for index, lang in enumerate(langs):
        text = content.text("title", lang)
        scale, color = (1.0, main) if index == 0 else (small, other)
        space = 0.0 if index == 0 else 0.35
        if text:
            paras.append(Para(text, lang, True, scale, color, space, _what("title", lang), kind=f"title:{lang}"))
        else:
            paras.append(_missing_para("title", lang, scale, space))
            report.missing.append((lang, "title"))
    if per_page and langs[0] != "da":
        paras.append(Para(content.title, "da", True, small, other, 0.35, _what("title", "da"), kind="title:da"))
    return paras


def _body_paras(content: PosterContent, langs: list[str], per_page: bool, element: Element,
                report: PosterReport) -> list[Para]:
    color, tag = element.get("color", "text"), element.get("tag_color", element.get("color", "text"))
    has_description = bool(content.text("description", "da"))
    paras: list[Para] = []
    for lang in langs:
        section: list[Para] = []
        description = content.text("description", lang)
        if description:
            for number, piece in enumerate(p for p in description.split("\n") if p.strip()):
                section.append(Para(piece, lang, False, 1.0, color, 0.45 if number else 0.0,
                                    _what("description", lang), kind=f"description:{lang}"))
        elif has_description:
            section.append(_missing_para("description", lang, 1.0, 0.0))
            report.missing.append((lang, "description"))
        when = (content.text("when", lang) or content.fact("when", lang)) if lang != "da" else ""
        if when:
            section.append(Para(when, lang, True, 1.0, color, 0.3, _what("when", lang), kind=f"when:{lang}"))
        place = content.fact("place", lang) if lang != "da" else ""
        if place:
            section.append(Para(place, lang, False, 1.0, color, 0.15, f"stedet på {language_name(lang)}",
                                kind=f"place:{lang}"))
        if not section:
            continue
        if lang != "da" and not per_page:
            section.insert(0, Para(endonym(lang), lang, True, 0.62, tag, 0.0, f"navnet på {language_name(lang)}",
                                   kind=f"tag:{lang}"))
        if paras:
            section[0] = _with_space(section[0], 1.1 if section[0].kind.startswith("tag") else 0.8)
        paras.extend(section)
    return paras


def _with_space(para: Para, space: float) -> Para:
    return Para(para.text, para.lang, para.bold, para.scale, para.color, space, para.what, para.align, para.kind)


def _fact_rows(content: PosterContent) -> list[tuple[str, str]]:
    place = ", ".join(part for part in (content.place, content.address) if part)
    rows = [("clock", content.when), ("pin", place), ("price", content.price or ""),
            ("signup", content.signup or ""), ("contact", content.contact or "")]
    return [(icon, text) for icon, text in rows if text and text.strip()]


def _draw_facts(page: _Page, element: Element, content: PosterContent) -> None:
    rows = _fact_rows(content)
    if not rows:
        return
    icon_col = 9 * mm * page.scale
    full = page.box(element, "faktaboksen (tid, sted, pris, kontakt)")
    box = Box(full.x + icon_col, full.y, full.w - icon_col, full.h, full.name)
    paras = [Para(text, "da", icon == "clock", 1.0, element.get("color", "text"), 0.5 if i else 0.0,
                  f"linjen med {_FACT_NAMES[icon]}", kind=f"fact:{icon}") for i, (icon, text) in enumerate(rows)]
    setting = page.fit(element, paras, full.name, box=box)
    page.draw_text(setting)
    seen = set()
    for line in setting.lines:
        if line.para.kind in seen:
            continue
        seen.add(line.para.kind)
        size = line.size * 1.15
        draw_icon(page.canvas, line.para.kind.split(":")[1], full.x, line.baseline - 0.2 * line.size, size,
                  page.color(element.get("icon_color")))


_FACT_NAMES = {"clock": "tidspunktet", "pin": "stedet", "price": "prisen", "signup": "tilmeldingen",
               "contact": "kontakten"}


def _qr_captions(qr: QrCode, langs: list[str]) -> list[tuple[str, str]]:
    """(language, caption) for each language on the page with words for it; Danish always."""
    out = [("da", qr.caption)]
    for lang in langs:
        caption = qr_caption(qr.kind.value, lang) if lang != "da" else None
        if caption and caption not in (text for _lang, text in out):
            out.append((lang, caption))
    return out


def _draw_qr(page: _Page, element: Element, qr: QrCode | None, langs: list[str]) -> None:
    if qr is None:
        return
    box = page.box(element, "QR-koden")
    captions = _qr_captions(qr, langs)
    caption_h = min(8 * mm * page.scale * (1 + 0.6 * (len(captions) - 1)), box.h * 0.45)
    side = min(box.w, box.h - caption_h)
    x = box.x + (box.w - side) / 2
    y = box.top - side
    draw_qr(page.canvas, qr.payload, x, y, side, page.color(element.get("color")))
    page.report.qr_payload = qr.payload
    caption = Box(box.x, box.y, box.w, y - box.y, "teksten under QR-koden")
    paras = [Para(text, lang, number == 0, 1.0, element.get("color", "text"), 0.1 if number else 0.0,
                  kind="qr" if number == 0 else f"qr:{lang}") for number, (lang, text) in enumerate(captions)]
    setting = fit(paras, caption, 10 * page.scale, 4 * page.scale, page.book, align="center")
    page.report.texts.append(PlacedText("qr", page.number, caption, setting))
    page.draw_text(setting)


def _draw_picture(page: _Page, element: Element, content: PosterContent, options: PosterOptions) -> None:
    box = page.box(element, "billedet")
    c = page.canvas
    if element.get("background"):
        c.setFillColor(page.color(element.get("background")))
        c.rect(box.x, box.y, box.w, box.h, stroke=0, fill=1)
    if options.picture is not None:
        _draw_image(c, options.picture, box, cover=element.get("fit", "cover") == "cover")
        return
    key = (guess_pictogram(content.title) or "familie") if options.pictogram is None else options.pictogram
    if key:
        side = min(box.w, box.h) * 0.8
        draw_pictogram(c, key, box.x + (box.w - side) / 2, box.y + (box.h - side) / 2, side,
                       page.color(element.get("pictogram_color")))


def _draw_image(c: Canvas, picture: Picture, box: Box, cover: bool) -> None:
    ratio = picture.width / picture.height
    if cover == (ratio > box.w / box.h):
        height = box.h
        width = height * ratio
    else:
        width = box.w
        height = width / ratio
    x, y = box.x + (box.w - width) / 2, box.y + (box.h - height) / 2
    c.saveState()
    if cover:
        clip = c.beginPath()
        clip.rect(box.x, box.y, box.w, box.h)
        c.clipPath(clip, stroke=0, fill=0)
    c.drawImage(picture.reader(), x, y, width, height, mask="auto")
    c.restoreState()


def _draw_logo(page: _Page, element: Element, content: PosterContent) -> None:
    box = page.box(element, "logoet")
    c = page.canvas
    if content.logo:
        try:
            picture = cached_picture(content.logo)
        except (OSError, ValueError):  # a damaged stored logo: the estate's name is printed instead
            picture = None
        if picture is not None:
            _draw_image(c, picture, box, cover=False)
            return
    style = element.get("style", "outline")
    color = page.color(element.get("color"))
    radius = 2.5 * mm * page.scale
    c.saveState()
    c.setLineWidth(1.2 * page.scale)
    c.setStrokeColor(color)
    if style == "plate":
        c.setFillColorRGB(1, 1, 1)
        c.roundRect(box.x, box.y, box.w, box.h, radius, stroke=0, fill=1)
    else:
        c.roundRect(box.x, box.y, box.w, box.h, radius, stroke=1, fill=0)
    c.restoreState()
    pad = 2 * mm * page.scale
    inner = Box(box.x + pad, box.y + pad, box.w - 2 * pad, box.h - 2 * pad, "logoet")
    name = content.estate or "Boligsocial helhedsplan"
    setting = fit([Para(name, "da", True, 1.0, element.get("color", "text"), what="afdelingens navn",
                        kind="logo")], inner, 16 * page.scale, 5 * page.scale, page.book, align="center",
                  valign="middle")
    page.report.texts.append(PlacedText("logo", page.number, inner, setting))
    page.draw_text(setting)


def _draw_page(page: _Page, content: PosterContent, options: PosterOptions, langs: list[str], per_page: bool) -> None:
    c = page.canvas
    for element in page.template.elements:
        kind = element.kind
        if kind == "rect":
            box = page.box(element, "")
            c.setFillColor(page.color(element.get("fill")))
            c.rect(box.x, box.y, box.w, box.h, stroke=0, fill=1)
        elif kind == "rule":
            box = page.box(element, "")
            c.setStrokeColor(page.color(element.get("color")))
            c.setLineWidth(box.h)
            c.line(box.x, box.y + box.h / 2, box.x + box.w, box.y + box.h / 2)
        elif kind == "logo":
            _draw_logo(page, element, content)
        elif kind == "picture":
            _draw_picture(page, element, content, options)
        elif kind == "title":
            paras = _title_paras(content, langs, per_page, element, page.report)
            page.draw_text(page.fit(element, paras, "overskriften"))
        elif kind == "body":
            paras = _body_paras(content, langs, per_page, element, page.report)
            if paras:
                # A page holds one language: its text may grow larger than when four share the box.
                grow = float(element.get("per_page_scale", 1.4)) if per_page else 1.0
                page.draw_text(page.fit(element, paras, "beskrivelsen", max_size=element.get("max_size") * grow))
        elif kind == "facts":
            _draw_facts(page, element, content)
        elif kind == "qr":
            _draw_qr(page, element, options.qr, langs)
        elif kind == "footer":
            text = " · ".join(part for part in (content.estate, content.organisation) if part)
            if text:
                paras = [Para(text, "da", False, 1.0, element.get("color", "text"), what="bundlinjen",
                              kind="footer")]
                page.draw_text(page.fit(element, paras, "bundlinjen"))


def render_poster(content: PosterContent, options: PosterOptions, *, strict: bool = True,
                  fonts: FontBook | None = None) -> RenderedPoster:
    """The poster as PDF bytes plus a report of what was drawn where.

    strict: refuse (ValidationError) when a chosen language lacks a translation; without it
    (the preview) a red note takes the missing text's place and the report lists it.
    """
    if not content.title.strip():
        raise ValidationError("Plakaten skal have en titel. Skriv aktivitetens titel.", "title")
    if options.paper not in PAPERS:
        raise ValidationError(f"Papirstørrelsen »{options.paper}« kan ikke bruges. Vælg A5, A4 eller A3.", "paper")
    if options.pictogram and options.pictogram not in PICTOGRAMS:
        raise ValidationError(f"Piktogrammet »{options.pictogram}« findes ikke. Vælg et af: "
                              f"{', '.join(PICTOGRAMS)}.", "pictogram")
    languages = check_languages(options.languages)
    if strict:
        missing = missing_translations(content, languages)
        if missing:
            raise ValidationError(missing_message(missing), "translations")
    template = get_template(options.template)
    book = fonts or font_book()
    buffer = io.BytesIO()
    # The canvas's starting font is ours, so no unembedded Helvetica is listed in the PDF.
    canvas = Canvas(buffer, pagesize=PAPERS[options.paper], invariant=1, pageCompression=1,
                    initialFontName=book.font(Script.LATIN, False), initialFontSize=12)
    canvas.setTitle(content.title)
    canvas.setAuthor("Boligsocial Desktop")
    canvas.setSubject(content.estate)
    report = PosterReport()
    all_langs = ["da", *languages]
    groups = [[lang] for lang in all_langs] if options.one_language_per_page else [all_langs]
    for number, langs in enumerate(groups, start=1):
        page = _Page(canvas, template, options.paper, book, report, number)
        _draw_page(page, content, options, langs, options.one_language_per_page)
        canvas.showPage()
    report.pages = len(groups)
    order = {lang: number for number, lang in enumerate(languages)}
    report.missing = sorted(set(report.missing), key=lambda item: (order[item[0]], REQUIRED_FIELDS.index(item[1])))
    canvas.save()
    return RenderedPoster(buffer.getvalue(), report)
