"""Closed vocabularies of the hub, stored as their string values."""

from __future__ import annotations

from enum import StrEnum


class OrganisationKind(StrEnum):
    NGO = "ngo"
    STARTUP = "startup"
    KNOWLEDGE = "knowledge_institution"
    GOVERNMENT = "government"
    COMPANY = "company"
    INDIVIDUAL = "individual"


class SpaceKind(StrEnum):
    PRIVATE_OFFICE = "private_office"
    DEDICATED_DESK = "dedicated_desk"
    FLEX_DESK = "flex_desk"
    MEETING_ROOM = "meeting_room"
    EVENT_SPACE = "event_space"


class PlanKind(StrEnum):
    COMMUNITY = "community"
    FLEX = "flex"
    DEDICATED_DESK = "dedicated_desk"
    PRIVATE_OFFICE = "private_office"
    VIRTUAL_OFFICE = "virtual_office"


class LeaseStatus(StrEnum):
    DRAFT = "draft"
    ACTIVE = "active"
    NOTICE_GIVEN = "notice_given"
    ENDED = "ended"


#: Lease statuses that occupy the office (the no-overlap rule applies to them).
LIVE_LEASE_STATUSES = (LeaseStatus.ACTIVE, LeaseStatus.NOTICE_GIVEN)


class BookingStatus(StrEnum):
    CONFIRMED = "confirmed"
    CANCELLED = "cancelled"


class PaymentMethod(StrEnum):
    CASH = "cash"
    CARD = "card"
    PIN = "pin"
    BANK_TRANSFER = "bank_transfer"
    DIRECT_DEBIT = "direct_debit"
    INVOICE = "invoice"


class InvoiceStatus(StrEnum):
    DRAFT = "draft"
    ISSUED = "issued"


class StaffRole(StrEnum):
    RECEPTION = "reception"
    MANAGER = "manager"


class Language(StrEnum):
    EN = "en"
    NL = "nl"
