"""Letters to tenants as PDF documents (A4, ReportLab, DejaVu Sans embedded).

:func:`indexation_letter` announces the new rent of a lease after a yearly
indexation recorded with :func:`hubdesk.services.leases.index_lease`. The
letter is written in the tenant organisation's language (English or Dutch);
its texts are in the two tables below rather than in the translation catalogue,
as the letter's language is the tenant's, not the desk user's.

Every piece of text that comes from the database is escaped before it goes into
ReportLab's paragraph markup, so a name such as ``<b>Acme & Co`` prints as
typed. The output is deterministic: the same lease and date give the same bytes.
ReportLab is imported inside the function (it is slow to import).
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any
from xml.sax.saxutils import escape

from sqlalchemy import select
from sqlalchemy.orm import Session

from hubdesk.domain.enums import Language
from hubdesk.domain.errors import HubdeskError, ValidationError
from hubdesk.domain.i18n import _
from hubdesk.domain.models import HubSettings, Lease, LeaseOffice, Organisation, RentChange, Space
from hubdesk.domain.money import Money
from hubdesk.reports.pdf_base import FONT as _FONT
from hubdesk.reports.pdf_base import FONT_BOLD as _FONT_BOLD
from hubdesk.reports.pdf_base import logo as _logo
from hubdesk.reports.pdf_base import paragraph_lines as _lines
from hubdesk.reports.pdf_base import register_fonts as _register_fonts
from hubdesk.services.clock import today
from hubdesk.services.hub import hub_zone

#: Reason texts of rent changes, as hubdesk.services.leases stores them.
_REASON_BASE = "base index"
_REASON_INDEXATION = "indexation"

_MONTHS = {
    Language.EN: [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ],
    Language.NL: [
        "januari",
        "februari",
        "maart",
        "april",
        "mei",
        "juni",
        "juli",
        "augustus",
        "september",
        "oktober",
        "november",
        "december",
    ],
}

#: The letter's texts per language. {placeholders} are filled with escaped text.
TEXTS: dict[Language, dict[str, str]] = {
    Language.EN: {
        "subject": "Indexation of your rent as of {effective}",
        "salutation": "Dear Sir or Madam,",
        "intro": (
            "Your lease of {offices}, which started on {start}, provides for a yearly "
            "indexation of the rent. As of {effective} your monthly rent changes from "
            "{old} to {new} (excluding VAT)."
        ),
        "by_percentage": "The rent is indexed by {percentage}, as agreed in the lease.",
        "by_index": (
            "The rent follows the price index agreed in the lease, which went from "
            "{old_index} to {new_index}: the new rent is {old} \u00d7 {new_index} / {old_index}."
        ),
        "service": "The service charge of {service} per month stays the same.",
        "closing": (
            "Your invoices show the new rent from {effective} onwards. If you have any "
            "questions about this letter, please contact us."
        ),
        "regards": "Kind regards,",
        "offices": "Offices",
        "office": "Office",
        "old_rent": "Rent per month until now",
        "new_rent": "New rent per month",
        "effective": "Effective date",
        "percentage": "Indexation",
        "index": "Index figures",
        "service_row": "Service charge per month (unchanged)",
        "kvk": "Chamber of Commerce (KvK)",
        "vat_id": "VAT id",
        "and": "and",
    },
    Language.NL: {
        "subject": "Indexering van uw huur per {effective}",
        "salutation": "Geachte heer, mevrouw,",
        "intro": (
            "Uw huurcontract voor {offices}, ingegaan op {start}, voorziet in een jaarlijkse "
            "indexering van de huur. Per {effective} wijzigt uw huur per maand van {old} "
            "in {new} (exclusief btw)."
        ),
        "by_percentage": "De huur wordt geïndexeerd met {percentage}, zoals afgesproken in "
        "het huurcontract.",
        "by_index": (
            "De huur volgt het in het huurcontract afgesproken prijsindexcijfer, dat van "
            "{old_index} naar {new_index} ging: de nieuwe huur is {old} \u00d7 {new_index} / "
            "{old_index}."
        ),
        "service": "De servicekosten van {service} per maand blijven gelijk.",
        "closing": (
            "Uw facturen vermelden de nieuwe huur vanaf {effective}. Hebt u vragen over "
            "deze brief, neem dan gerust contact met ons op."
        ),
        "regards": "Met vriendelijke groet,",
        "offices": "Kantoren",
        "office": "Kantoor",
        "old_rent": "Huur per maand tot nu toe",
        "new_rent": "Nieuwe huur per maand",
        "effective": "Ingangsdatum",
        "percentage": "Indexering",
        "index": "Indexcijfers",
        "service_row": "Servicekosten per maand (ongewijzigd)",
        "kvk": "KvK",
        "vat_id": "Btw-id",
        "and": "en",
    },
}


def format_money(amount: Money, language: Language) -> str:
    """'€ 1.234,56' in Dutch (a no-break space after the sign), '€1,234.56' in
    English."""
    sign = "-" if amount.cents < 0 else ""
    whole, cents = divmod(abs(amount.cents), 100)
    if language == Language.NL:
        return f"{sign}€\u00a0{whole:,}".replace(",", ".") + f",{cents:02d}"
    return f"{sign}€{whole:,}.{cents:02d}"


def format_date(day: date, language: Language) -> str:
    """'1 March 2027' / '1 maart 2027'."""
    return f"{day.day} {_MONTHS[language][day.month - 1]} {day.year}"


def _percentage(bp: int, language: Language) -> str:
    text = f"{bp / 100:.2f}".rstrip("0").rstrip(".")
    return (text.replace(".", ",") if language == Language.NL else text) + " %"


def _index_text(figure: str, language: Language) -> str:
    return figure.replace(".", ",") if language == Language.NL else figure


def _enumerate(names: list[str], language: Language) -> str:
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + f" {TEXTS[language]['and']} " + names[-1]


@dataclass(frozen=True)
class _Facts:
    """What the letter says, read from the database."""

    lease: Lease
    organisation: Organisation
    hub: HubSettings | None
    offices: list[str]
    effective_on: date
    old_rent: Money
    new_rent: Money
    old_index: str
    new_index: str


def _facts(session: Session, lease_id: int, effective_on: date | None) -> _Facts:
    lease = session.get(Lease, lease_id)
    if lease is None:
        raise HubdeskError(_("Lease #{id} does not exist").format(id=lease_id))
    organisation = session.get(Organisation, lease.organisation_id)
    assert organisation is not None
    changes = list(
        session.scalars(
            select(RentChange)
            .where(RentChange.lease_id == lease.id)
            .order_by(RentChange.effective_on, RentChange.id)
        )
    )
    indexations = [c for c in changes if c.reason == _REASON_INDEXATION]
    if effective_on is not None:
        indexations = [c for c in indexations if c.effective_on == effective_on]
    if not indexations:
        message = (
            _("Lease #{id} has no indexation on {day}; record the indexation first")
            if effective_on is not None
            else _("Lease #{id} has no indexation recorded yet; record the indexation first")
        )
        raise ValidationError("indexation", message.format(id=lease_id, day=effective_on))
    step = indexations[-1]
    before = [c for c in changes if c.effective_on <= step.effective_on - timedelta(days=1)]
    old_rent = before[-1].rent if before else lease.rent
    old_index = next((c.index_figure for c in reversed(before) if c.index_figure), "")
    offices = list(
        session.scalars(
            select(Space.name)
            .join(LeaseOffice, LeaseOffice.space_id == Space.id)
            .where(LeaseOffice.lease_id == lease.id)
            .order_by(Space.name)
        )
    )
    return _Facts(
        lease=lease,
        organisation=organisation,
        hub=session.get(HubSettings, 1),
        offices=offices,
        effective_on=step.effective_on,
        old_rent=old_rent,
        new_rent=step.rent,
        old_index=old_index if step.index_figure else "",
        new_index=step.index_figure,
    )


def indexation_letter(
    session: Session,
    lease_id: int,
    effective_on: date | None = None,
    *,
    dated: date | None = None,
) -> bytes:
    """The letter announcing the rent after the indexation of ``lease_id``
    that takes effect on ``effective_on`` (default: its latest indexation),
    as PDF bytes. ``dated`` is the letter's date (default today).

    Raises :class:`ValidationError` (field ``indexation``) when the lease has
    no such indexation recorded, :class:`HubdeskError` for an unknown lease."""
    facts = _facts(session, lease_id, effective_on)
    language = facts.organisation.language
    if language not in TEXTS:
        language = Language.EN
    words = TEXTS[language]
    day = dated or today(session, hub_zone(session))

    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    _register_fonts()
    body = ParagraphStyle("body", fontName=_FONT, fontSize=10, leading=14, spaceAfter=8)
    small = ParagraphStyle("small", parent=body, fontSize=8.5, leading=11, spaceAfter=0)
    bold = ParagraphStyle("bold", parent=body, fontName=_FONT_BOLD)
    hub_style = ParagraphStyle("hub", parent=small, alignment=2)

    def money(amount: Money) -> str:
        return escape(format_money(amount, language))

    lease, org, hub = facts.lease, facts.organisation, facts.hub
    offices = escape(_enumerate(facts.offices, language))
    effective = escape(format_date(facts.effective_on, language))
    values: dict[str, Any] = {
        "offices": offices,
        "start": escape(format_date(lease.start_date, language)),
        "effective": effective,
        "old": money(facts.old_rent),
        "new": money(facts.new_rent),
        "service": money(lease.service_charge),
        "percentage": escape(_percentage(lease.indexation_bp, language)),
        "old_index": escape(_index_text(facts.old_index, language)),
        "new_index": escape(_index_text(facts.new_index, language)),
    }

    story: list[Any] = []
    # The hub: logo on the left, name and registration on the right.
    hub_lines: list[str] = []
    if hub is not None:
        hub_lines.append(f"<b>{escape(hub.name)}</b>")
        if hub.address.strip():
            hub_lines.append(_lines(hub.address))
        town = " ".join(part for part in (hub.postcode, hub.city) if part.strip())
        if town:
            hub_lines.append(escape(town))
        for contact in (hub.email, hub.phone):
            if contact.strip():
                hub_lines.append(escape(contact))
        if hub.kvk.strip():
            hub_lines.append(f"{words['kvk']} {escape(hub.kvk)}")
        if hub.vat_id.strip():
            hub_lines.append(f"{words['vat_id']} {escape(hub.vat_id)}")
    logo: Any = ""
    if hub is not None and hub.logo_png:
        logo = _logo(hub.logo_png, 50 * mm, 22 * mm)
    header = Table(
        [[logo, Paragraph("<br/>".join(hub_lines), hub_style)]],
        colWidths=[82 * mm, 83 * mm],
        hAlign="LEFT",
        style=TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ]
        ),
    )
    story += [header, Spacer(1, 14 * mm)]

    # The tenant.
    address = [f"<b>{escape(org.name)}</b>"]
    if org.billing_address.strip():
        address.append(_lines(org.billing_address))
    town = " ".join(part for part in (org.postcode, org.city) if part.strip())
    if town:
        address.append(escape(town))
    if org.country and org.country != (hub.country if hub is not None else "NL"):
        address.append(escape(org.country))
    story += [Paragraph("<br/>".join(address), body), Spacer(1, 10 * mm)]
    story.append(Paragraph(escape(format_date(day, language)), body))
    story.append(Paragraph(words["subject"].format(**values), bold))
    story.append(Spacer(1, 3 * mm))
    story.append(Paragraph(words["salutation"], body))
    story.append(Paragraph(words["intro"].format(**values), body))
    explained = "by_index" if facts.new_index else "by_percentage"
    story.append(Paragraph(words[explained].format(**values), body))
    story.append(Paragraph(words["service"].format(**values), body))

    figures = [
        (words["offices" if len(facts.offices) > 1 else "office"], offices),
        (words["old_rent"], values["old"]),
        (words["new_rent"], f"<b>{values['new']}</b>"),
        (words["effective"], effective),
        (
            (words["index"], f"{values['old_index']} → {values['new_index']}")
            if facts.new_index
            else (words["percentage"], values["percentage"])
        ),
        (words["service_row"], values["service"]),
    ]
    table = Table(
        [[Paragraph(label, body), Paragraph(value, body)] for label, value in figures],
        colWidths=[67 * mm, 98 * mm],
        hAlign="LEFT",
        style=TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, -2), 0.4, colors.HexColor("#c8c8c8")),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
            ]
        ),
    )
    story += [Spacer(1, 2 * mm), table, Spacer(1, 6 * mm)]
    story.append(Paragraph(words["closing"].format(**values), body))
    story.append(Spacer(1, 4 * mm))
    story.append(Paragraph(words["regards"], body))
    if hub is not None:
        story.append(Paragraph(escape(hub.name), body))

    buffer = io.BytesIO()
    hub_name = hub.name if hub is not None else ""
    document = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=20 * mm,
        rightMargin=20 * mm,
        topMargin=18 * mm,
        bottomMargin=18 * mm,
        title=words["subject"].format(effective=format_date(facts.effective_on, language)),
        author=hub_name,
        subject=f"{org.name}: lease #{lease.id}",
        creator="hubdesk",
        invariant=1,
    )
    document.build(story)
    return buffer.getvalue()
