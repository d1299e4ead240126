"""A SEPA direct-debit batch (pain.008.001.02, SEPA Core) of issued invoices,
for the hub's bank.

Built with ``sepaxml`` and validated against the pain.008.001.02 schema it
ships before the bytes are handed back. What is collected, per invoice, is
its open amount: the gross total less the payments recorded on it and the
credit notes that correct it (a credit note counts by its size, whatever the
sign it is stored with).

What a caller must know:

- Every selected invoice must be issued and billed to an organisation with a
  signed mandate (mandate id and date, the date not after the collection
  date), a valid IBAN (schwifty) and a billing address. If any is not, the
  whole batch is refused with one message that lists every problem; nothing
  is written, so the manager fixes them and exports again.
- An invoice that is already paid or credited in full is left out (there is
  nothing to collect); if that leaves nothing at all, the batch is refused.
- The sequence type is FRST while no payment by direct debit was ever
  recorded on any invoice of the organisation, RCUR after that. All
  collections of one organisation in one batch share its sequence type.
  The hub does not record which mandate a payment was collected under, so a
  new mandate of an organisation that was debited before is sent as RCUR.
- The creditor is the hub (name, IBAN, BIC from its settings) with its SEPA
  creditor identifier (``NL..ZZZ..``, check digits verified), which the hub
  settings do not hold and the caller passes in.
- The end-to-end id and the remittance text are the invoice number.
- Nothing is recorded here: a payment is booked when the bank has collected.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

import stdnum.eu.at_02
from sepaxml import SepaDD
from sepaxml.validation import ValidationError as SepaSchemaError
from sqlalchemy import select
from sqlalchemy.orm import Session
from stdnum.exceptions import ValidationError as StdnumError

from hubdesk.domain.enums import InvoiceStatus, PaymentMethod
from hubdesk.domain.errors import HubdeskError, ValidationError
from hubdesk.domain.i18n import _
from hubdesk.domain.models import HubSettings, Invoice, Organisation, Payment
from hubdesk.domain.money import Money
from hubdesk.services import receivables, validation
from hubdesk.services.audit import Actor
from hubdesk.services.staff import require_manager

#: The schema the batch is written in and validated against.
SCHEMA = "pain.008.001.02"
#: Characters a SEPA identifier (end-to-end id, mandate id) may hold.
_SEPA_ID = re.compile(r"^[A-Za-z0-9/\-?:().,'+ ]{1,35}$")
#: The ASCII characters of the EPC's basic Latin set; other letters are kept
#: here and transliterated by sepaxml (ü -> u).
_SEPA_ASCII = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789/-?:().,'+ ")
#: Largest single collection the scheme allows, in cents.
_MAX_CENTS = 99_999_999_999


@dataclass(frozen=True, slots=True)
class Collection:
    """One invoice to collect, as it goes into the batch."""

    invoice_id: int
    invoice_number: str
    organisation_id: int
    debtor_name: str
    iban: str
    bic: str
    mandate_id: str
    mandate_signed_on: date
    amount: Money
    sequence_type: str
    address_lines: tuple[str, ...]
    country: str


def open_amounts(session: Session, invoice_ids: Iterable[int]) -> dict[int, Money]:
    """What is still to be paid on each invoice: gross total less payments
    less credit notes (by their size). Missing ids are left out."""
    ids = sorted(set(invoice_ids))
    if not ids:
        return {}
    rows = session.execute(select(Invoice.id, receivables.open_amount()).where(Invoice.id.in_(ids)))
    return {invoice_id: Money(int(cents)) for invoice_id, cents in rows}


def creditor_identifier(value: str) -> str:
    """A SEPA creditor identifier in compact form (``NL57ZZZ999999999999``):
    country, check digits, business code and national id, the check digits
    verified (ISO 7064 mod 97-10, as the EPC prescribes)."""
    compact = re.sub(r"\s", "", value or "").upper()
    if not compact:
        raise ValidationError("creditor_id", _("The hub's SEPA creditor identifier is missing"))
    well_formed = re.fullmatch(r"[A-Z]{2}[0-9]{2}[A-Z0-9]{3}[A-Z0-9]{1,28}", compact)
    try:
        if not well_formed:
            raise StdnumError()
        stdnum.eu.at_02.validate(compact)
    except StdnumError as error:
        raise ValidationError(
            "creditor_id",
            _(
                "Not a valid SEPA creditor identifier: {given} (it looks like "
                "NL69ZZZ123456780000: country, check digits, ZZZ, KvK number and a suffix)"
            ).format(given=compact),
        ) from error
    return compact


def _hub_problems(hub: HubSettings | None) -> tuple[list[str], str, str]:
    if hub is None:
        return [_("the hub's details are not set up")], "", ""
    problems: list[str] = []
    if not hub.name.strip():
        problems.append(_("the hub has no name"))
    iban = bic = ""
    if not hub.iban.strip():
        problems.append(_("the hub has no IBAN"))
    else:
        try:
            iban = validation.iban(hub.iban, required=True)
        except ValidationError as error:
            problems.append(_("the hub's IBAN: {reason}").format(reason=error.message))
    if not hub.bic.strip():
        problems.append(_("the hub has no BIC"))
    else:
        try:
            bic = validation.bic(hub.bic, required=True)
        except ValidationError as error:
            problems.append(_("the hub's BIC: {reason}").format(reason=error.message))
    return problems, iban, bic


def sepa_text(text: str) -> str:
    """``text`` in the characters every SEPA bank takes: ``&`` becomes ``+``,
    other ASCII signs outside the EPC's set become spaces."""
    kept = "".join(
        c if c in _SEPA_ASCII or not c.isascii() else " " for c in text.replace("&", "+")
    )
    return " ".join(kept.split())


def _address_lines(organisation: Organisation) -> tuple[str, ...]:
    """At most two address lines of 70 characters (the EPC's limit): the
    street, then postcode and city."""
    street = " ".join(organisation.billing_address.split())
    place = " ".join(f"{organisation.postcode} {organisation.city}".split())
    return tuple(sepa_text(line)[:70] for line in (street, place) if line)


def _organisation_problems(organisation: Organisation, collection_date: date) -> list[str]:
    name = organisation.name
    problems: list[str] = []
    if not organisation.billing_address.strip():
        problems.append(_("{name} has no billing address").format(name=name))
    if not organisation.iban.strip():
        problems.append(_("{name} has no IBAN").format(name=name))
    else:
        try:
            validation.iban(organisation.iban, required=True)
        except ValidationError as error:
            problems.append(
                _("{name}'s IBAN {iban}: {reason}").format(
                    name=name, iban=organisation.iban, reason=error.message
                )
            )
    if organisation.bic.strip():
        try:
            validation.bic(organisation.bic)
        except ValidationError as error:
            problems.append(_("{name}'s BIC: {reason}").format(name=name, reason=error.message))
    mandate = organisation.sepa_mandate_id.strip()
    if not mandate:
        problems.append(_("{name} has no direct-debit mandate").format(name=name))
    elif not _SEPA_ID.match(mandate):
        problems.append(
            _(
                "{name}'s mandate id {mandate} may only hold letters, digits and "
                "/ - ? : ( ) . , ' + (at most 35)"
            ).format(name=name, mandate=mandate)
        )
    signed = organisation.sepa_mandate_signed_on
    if signed is None:
        problems.append(_("{name}'s mandate has no date").format(name=name))
    elif signed > collection_date:
        problems.append(
            _("{name}'s mandate is signed on {signed}, after the collection date").format(
                name=name, signed=signed.isoformat()
            )
        )
    return problems


def _debited_before(session: Session, organisation_ids: Sequence[int]) -> set[int]:
    """Organisations with a payment by direct debit on any of their invoices."""
    if not organisation_ids:
        return set()
    rows = session.scalars(
        select(Invoice.organisation_id)
        .join(Payment, Payment.invoice_id == Invoice.id)
        .where(
            Invoice.organisation_id.in_(organisation_ids),
            Payment.method == PaymentMethod.DIRECT_DEBIT,
        )
        .distinct()
    ).all()
    return {org_id for org_id in rows if org_id is not None}


def _gather(
    session: Session, invoice_ids: Sequence[int], collection_date: date
) -> tuple[tuple[Collection, ...], list[str]]:
    """The collections of these invoices, or the problems that stop them."""
    ids = list(dict.fromkeys(invoice_ids))
    if not ids:
        return (), [_("no invoices are selected")]
    invoices = {
        invoice.id: invoice
        for invoice in session.scalars(select(Invoice).where(Invoice.id.in_(ids))).all()
    }
    problems = [
        _("invoice #{id} does not exist").format(id=invoice_id)
        for invoice_id in ids
        if invoice_id not in invoices
    ]
    wanted: list[Invoice] = []
    for invoice in sorted(invoices.values(), key=lambda i: (i.number or "", i.id)):
        label = invoice.number or _("draft #{id}").format(id=invoice.id)
        if invoice.status != InvoiceStatus.ISSUED or invoice.number is None:
            problems.append(_("{invoice} is not issued").format(invoice=label))
        elif invoice.organisation_id is None:
            problems.append(
                _("{invoice} is billed to a person ({name}), who has no mandate").format(
                    invoice=label, name=invoice.billing_name
                )
            )
        elif not _SEPA_ID.match(invoice.number):
            problems.append(
                _("{invoice} has a number a bank cannot take as a reference").format(invoice=label)
            )
        else:
            wanted.append(invoice)
    org_ids = {i.organisation_id for i in wanted if i.organisation_id is not None}
    organisations = {
        org.id: org
        for org in session.scalars(select(Organisation).where(Organisation.id.in_(org_ids)))
    }
    for org in sorted(organisations.values(), key=lambda o: (o.name.casefold(), o.id)):
        problems.extend(_organisation_problems(org, collection_date))
    open_by_id = open_amounts(session, [i.id for i in wanted])
    for invoice in wanted:
        if open_by_id[invoice.id].cents > _MAX_CENTS:
            problems.append(_("{invoice} is too large to collect").format(invoice=invoice.number))
    if problems:
        return (), problems
    debited = _debited_before(session, sorted(organisations))
    result: list[Collection] = []
    for invoice in wanted:
        amount = open_by_id[invoice.id]
        if amount.cents <= 0:
            continue  # paid or credited in full: nothing to collect
        assert invoice.organisation_id is not None and invoice.number is not None
        org = organisations[invoice.organisation_id]
        assert org.sepa_mandate_signed_on is not None
        result.append(
            Collection(
                invoice_id=invoice.id,
                invoice_number=invoice.number,
                organisation_id=org.id,
                debtor_name=sepa_text(org.name) or org.name,
                iban=validation.iban(org.iban, required=True),
                bic=validation.bic(org.bic),
                mandate_id=org.sepa_mandate_id.strip(),
                mandate_signed_on=org.sepa_mandate_signed_on,
                amount=amount,
                sequence_type="RCUR" if org.id in debited else "FRST",
                address_lines=_address_lines(org),
                country=(org.country or "NL").upper(),
            )
        )
    if not result:
        return (), [_("the selected invoices are paid or credited in full")]
    return tuple(result), []


def _refused(problems: Sequence[str]) -> ValidationError:
    return ValidationError(
        "invoices", _("Cannot collect: {problems}").format(problems="; ".join(problems))
    )


def collections(
    session: Session, invoice_ids: Sequence[int], collection_date: date
) -> tuple[Collection, ...]:
    """What a batch of these invoices would collect, in invoice-number order
    (to show before exporting); :class:`ValidationError` listing every
    problem otherwise."""
    result, problems = _gather(session, invoice_ids, collection_date)
    if problems:
        raise _refused(problems)
    return result


def direct_debit_batch(
    session: Session,
    invoice_ids: Sequence[int],
    collection_date: date,
    *,
    creditor_id: str,
    actor: Actor,
) -> bytes:
    """The pain.008.001.02 XML (UTF-8) collecting the open amounts of these
    issued invoices on ``collection_date``; FRST and RCUR collections in
    their own payment information blocks. Raises :class:`ValidationError`
    listing every problem (hub, organisations, invoices) and returns nothing
    then; :class:`HubdeskError` if the result fails the schema. A manager's
    job (:class:`~hubdesk.services.staff.PermissionDenied` otherwise)."""
    require_manager(session, actor, _("collect by direct debit"))
    problems, hub_iban, hub_bic = _hub_problems(session.get(HubSettings, 1))
    try:
        creditor = creditor_identifier(creditor_id)
    except ValidationError as error:
        problems.append(error.message)
        creditor = ""
    wanted, invoice_problems = _gather(session, invoice_ids, collection_date)
    problems.extend(invoice_problems)
    if problems:
        raise _refused(problems)
    hub = session.get(HubSettings, 1)
    assert hub is not None
    batch = SepaDD(
        {
            "name": sepa_text(hub.name) or hub.name,
            "IBAN": hub_iban,
            "BIC": hub_bic,
            "batch": True,
            "creditor_id": creditor,
            "currency": "EUR",
        },
        schema=SCHEMA,
        clean=True,
    )
    for item in wanted:
        payment: dict[str, object] = {
            "name": item.debtor_name,
            "IBAN": item.iban,
            "amount": item.amount.cents,
            "type": item.sequence_type,
            "collection_date": collection_date,
            "mandate_id": item.mandate_id,
            "mandate_date": item.mandate_signed_on,
            "description": item.invoice_number,
            "endtoend_id": item.invoice_number,
            "address": {"country": item.country, "lines": list(item.address_lines)},
        }
        if item.bic:
            payment["BIC"] = item.bic
        batch.add_payment(payment)
    try:
        data = batch.export(validate=True)
    except SepaSchemaError as error:
        raise HubdeskError(
            _("The direct-debit file does not pass the bank's schema check: {reason}").format(
                reason=error.__cause__ or error
            )
        ) from error
    assert isinstance(data, bytes)
    return data


def collectable(session: Session, run_month: str) -> list[int]:
    """The issued invoices of a month's run that a direct debit may collect:
    billed to an organisation with a mandate, and not paid or credited in
    full (what the batch then checks further)."""
    return list(
        session.scalars(
            select(Invoice.id)
            .join(Organisation, Organisation.id == Invoice.organisation_id)
            .where(
                Invoice.run_month == run_month,
                Invoice.status == InvoiceStatus.ISSUED,
                Organisation.sepa_mandate_id != "",
                Organisation.sepa_mandate_signed_on.is_not(None),
                receivables.open_amount() > 0,
            )
            .order_by(Invoice.number)
        )
    )
