"""Field validators for forms and imports.

Each validator takes the text (or value) as a form or a CSV cell gives it and
returns the normalised value, or raises :class:`ValidationError` naming the
field and saying in plain words what is wrong. Surrounding whitespace is
always ignored. Validators of optional fields return the empty value for an
empty input unless ``required=True``.

Checks that need more than the text (a unique e-mail address, an existing VAT
category) belong to the services that store the value, not here.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping
from datetime import date
from enum import StrEnum
from functools import cache
from typing import TypeVar

import stdnum.eu.vat
from babel import Locale
from schwifty import BIC, IBAN
from schwifty import exceptions as schwifty_errors
from stdnum import exceptions as stdnum_errors

from hubdesk.domain.enums import Language
from hubdesk.domain.errors import ValidationError
from hubdesk.domain.i18n import _
from hubdesk.domain.money import Money, parse_cents

E = TypeVar("E", bound=StrEnum)

# ------------------------------------------------------------------------- text


def _clean(value: str | None) -> str:
    return "" if value is None else str(value).strip()


def required_text(
    value: str | None,
    *,
    field: str,
    max_length: int,
    label: str = "",
    single_line: bool = False,
) -> str:
    """Trimmed, non-empty text of at most ``max_length`` characters."""
    text = _clean(value)
    if not text:
        raise ValidationError(field, _("{name} is required").format(name=label or _("This field")))
    return optional_text(
        text, field=field, max_length=max_length, label=label, single_line=single_line
    )


def optional_text(
    value: str | None,
    *,
    field: str,
    max_length: int | None = None,
    label: str = "",
    single_line: bool = False,
) -> str:
    """Trimmed text (empty allowed) of at most ``max_length`` characters, kept
    exactly as given otherwise (markup, any script). ``single_line`` refuses
    line breaks (names, codes)."""
    text = _clean(value)
    name = label or _("This field")
    if max_length is not None and len(text) > max_length:
        raise ValidationError(
            field,
            _("{name} is too long: at most {max_length} characters ({given} given)").format(
                name=name, max_length=max_length, given=len(text)
            ),
        )
    if "\x00" in text:
        raise ValidationError(field, _("{name} contains a NUL character").format(name=name))
    if single_line and ("\n" in text or "\r" in text):
        raise ValidationError(field, _("{name} must be on one line").format(name=name))
    return text


def one_line(value: str | None, *, field: str, max_length: int, label: str = "") -> str:
    """Optional text on one line (postcode, city, codes)."""
    return optional_text(value, field=field, max_length=max_length, label=label, single_line=True)


# ------------------------------------------------------------------------ e-mail

EMAIL_MAX = 254
_LOCAL_ATOM = r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~\-\u0080-\U0010ffff]+"
_LOCAL_RE = re.compile(rf"^{_LOCAL_ATOM}(\.{_LOCAL_ATOM})*$")
_LABEL_RE = re.compile(r"^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$")
_TLD_RE = re.compile(r"^(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59})$")


def _domain_problem(domain: str) -> str | None:
    """Why ``domain`` (lower case) cannot be an e-mail domain, or None."""
    if not domain:
        return _("the part after @ is missing")
    try:
        ascii_domain = domain.encode("idna").decode("ascii")
    except UnicodeError:
        return _("“{domain}” is not a valid domain name").format(domain=domain)
    labels = ascii_domain.split(".")
    if len(labels) < 2:
        return _("the domain “{domain}” needs a dot, as in example.org").format(domain=domain)
    if any(not _LABEL_RE.match(label) for label in labels):
        return _("“{domain}” is not a valid domain name").format(domain=domain)
    if not _TLD_RE.match(labels[-1]):
        return _("“{domain}” does not end in a valid top-level domain").format(domain=domain)
    return None


def email(value: str | None, *, field: str = "email", required: bool = False) -> str:
    """An e-mail address (syntax only): the domain lower-cased, the part before
    the @ kept as typed. Empty allowed unless ``required``."""
    text = _clean(value)
    if not text:
        if required:
            raise ValidationError(field, _("An e-mail address is required"))
        return ""

    def bad(reason: str) -> ValidationError:
        return ValidationError(
            field, _("Not a valid e-mail address: {reason}").format(reason=reason)
        )

    if "<" in text or ">" in text:
        raise bad(_("give only the address, without a name or <>"))
    if any(c.isspace() for c in text):
        raise bad(_("it contains a space"))
    if text.count("@") != 1:
        raise bad(_("the @ is missing") if "@" not in text else _("it has more than one @"))
    local, domain = text.split("@")
    if not local:
        raise bad(_("the part before @ is missing"))
    if len(local) > 64:
        raise bad(_("the part before @ is longer than 64 characters"))
    if not _LOCAL_RE.match(local):
        raise bad(_("the part before @ has a misplaced dot or a character not allowed"))
    domain = domain.lower()
    problem = _domain_problem(domain)
    if problem:
        raise bad(problem)
    result = f"{local}@{domain}"
    if len(result) > EMAIL_MAX:
        raise bad(_("longer than {count} characters").format(count=EMAIL_MAX))
    return result


# ------------------------------------------------------------------------ phone

PHONE_MAX = 50
_PHONE_CHARS = re.compile(r"^\+?[0-9 ()\-]+$")


def phone(value: str | None, *, field: str = "phone", required: bool = False) -> str:
    """A phone number: digits, spaces, ``-`` and ``()``, optionally one leading
    ``+``; 6 to 20 digits. Runs of spaces become one space."""
    text = re.sub(r"\s+", " ", _clean(value))
    if not text:
        if required:
            raise ValidationError(field, _("A phone number is required"))
        return ""
    if not _PHONE_CHARS.match(text):
        if "+" in text[1:]:
            reason = _("a + may only stand at the start")
        else:
            reason = _("use only digits, spaces, +, - and ()")
        raise ValidationError(field, _("Not a valid phone number: {reason}").format(reason=reason))
    digits = sum(c.isdigit() for c in text)
    if digits < 6:
        raise ValidationError(
            field, _("Not a valid phone number: too few digits ({count})").format(count=digits)
        )
    if digits > 20:
        raise ValidationError(
            field, _("Not a valid phone number: too many digits ({count})").format(count=digits)
        )
    if len(text) > PHONE_MAX:
        raise ValidationError(
            field, _("Not a valid phone number: longer than {count}").format(count=PHONE_MAX)
        )
    return text


# -------------------------------------------------------------------- VAT, KvK


def vat_id(value: str | None, *, field: str = "vat_id", required: bool = False) -> str:
    """An EU VAT identification number in compact form, e.g. ``NL123456782B01``
    (check digits verified with python-stdnum). Greek numbers use ``EL``."""
    text = _clean(value)
    if not text:
        if required:
            raise ValidationError(field, _("A VAT number is required"))
        return ""

    def bad(reason: str) -> ValidationError:
        return ValidationError(field, _("Not a valid VAT number: {reason}").format(reason=reason))

    try:
        compact = str(stdnum.eu.vat.validate(text))
    except stdnum_errors.InvalidChecksum as error:
        raise bad(_("the check digits do not match")) from error
    except stdnum_errors.InvalidComponent as error:
        raise bad(_("it must start with the code of an EU country, such as NL")) from error
    except stdnum_errors.InvalidLength as error:
        raise bad(_("it has the wrong number of characters")) from error
    except stdnum_errors.ValidationError as error:
        raise bad(_("it does not have the layout of a VAT number of that country")) from error
    if compact.startswith("GR"):
        compact = "EL" + compact[2:]
    return compact


_KVK_RE = re.compile(r"^[0-9]{8}$")


def kvk(value: str | None, *, field: str = "kvk", required: bool = False) -> str:
    """A Dutch Chamber of Commerce (KvK) number: 8 digits (spaces and dots
    are dropped). python-stdnum has no KvK module; KvK numbers carry no check
    digit, so the shape is all there is to check."""
    text = _clean(value)
    if not text:
        if required:
            raise ValidationError(field, _("A KvK number is required"))
        return ""
    compact = re.sub(r"[ .]", "", text)
    if not compact.isdigit():
        raise ValidationError(field, _("Not a valid KvK number: use digits only"))
    if not _KVK_RE.match(compact):
        raise ValidationError(
            field,
            _("Not a valid KvK number: it has 8 digits ({given} given)").format(given=len(compact)),
        )
    return compact


# ----------------------------------------------------------------------- banking


def iban(value: str | None, *, field: str = "iban", required: bool = False) -> str:
    """An IBAN in compact form (``NL91ABNA0417164300``); check digits, length
    and layout for its country are verified (schwifty)."""
    text = _clean(value)
    if not text:
        if required:
            raise ValidationError(field, _("An IBAN is required"))
        return ""
    compact = re.sub(r"[\s.\-]", "", text).upper()
    country_code = compact[:2]

    def bad(reason: str) -> ValidationError:
        return ValidationError(field, _("Not a valid IBAN: {reason}").format(reason=reason))

    try:
        return str(IBAN(compact).compact)
    except schwifty_errors.InvalidChecksumDigits as error:
        raise bad(_("the check digits do not match")) from error
    except schwifty_errors.InvalidCountryCode as error:
        raise bad(_("it must start with a country code, such as NL")) from error
    except schwifty_errors.InvalidLength as error:
        raise bad(
            _("it has the wrong number of characters for {country}").format(country=country_code)
        ) from error
    except schwifty_errors.InvalidBankCode as error:
        raise bad(_("the bank code is unknown")) from error
    except schwifty_errors.SchwiftyException as error:
        raise bad(
            _("it does not have the layout of an IBAN of {country}").format(country=country_code)
        ) from error


def bic(value: str | None, *, field: str = "bic", required: bool = False) -> str:
    """A BIC (SWIFT code) of 8 or 11 characters, upper case, e.g. ``INGBNL2A``."""
    text = _clean(value)
    if not text:
        if required:
            raise ValidationError(field, _("A BIC is required"))
        return ""
    compact = re.sub(r"\s", "", text).upper()

    def bad(reason: str) -> ValidationError:
        return ValidationError(field, _("Not a valid BIC: {reason}").format(reason=reason))

    try:
        return str(BIC(compact).compact)
    except schwifty_errors.InvalidLength as error:
        raise bad(
            _("it has 8 or 11 characters ({given} given)").format(given=len(compact))
        ) from error
    except schwifty_errors.InvalidCountryCode as error:
        raise bad(_("characters 5 and 6 must be a country code, such as NL")) from error
    except schwifty_errors.SchwiftyException as error:
        raise bad(_("it must look like INGBNL2A (bank, country, place, branch)")) from error


# ---------------------------------------------------------------------- country

#: CLDR region codes of two letters that are not ISO 3166-1 countries (EU, UN,
#: "unknown", reserved and private-use codes). XK (Kosovo) is kept: it is
#: user-assigned in ISO but used as the country code by the EU and by banks.
_NOT_COUNTRIES = frozenset(
    {"AC", "CP", "CQ", "DG", "EA", "EU", "EZ", "IC", "QO", "TA", "UN", "XA", "XB", "ZZ"}
)


@cache
def country_names(language: str = "en") -> dict[str, str]:
    """ISO 3166-1 alpha-2 code -> country name in ``language`` (from babel)."""
    territories: Mapping[str, str] = Locale.parse(language).territories
    return {
        code: name
        for code, name in sorted(territories.items())
        if len(code) == 2 and code.isalpha() and code not in _NOT_COUNTRIES
    }


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@cache
def _country_lookup() -> dict[str, str]:
    found: dict[str, str] = {}
    for language in ("en", "nl"):
        for code, name in country_names(language).items():
            found.setdefault(_fold(name), code)
    found.update({"holland": "NL", "the netherlands": "NL", "nederland": "NL"})
    return found


def country(value: str | None, *, field: str = "country", default: str | None = "NL") -> str:
    """An ISO 3166-1 alpha-2 code, upper case. Also takes the English or Dutch
    name ("Netherlands", "Duitsland"). Empty gives ``default`` (an error when
    ``default`` is None)."""
    text = _clean(value)
    if not text:
        if default is None:
            raise ValidationError(field, _("A country is required"))
        return default
    codes = country_names()
    if len(text) == 2 and text.upper() in codes:
        return text.upper()
    by_name = _country_lookup().get(_fold(re.sub(r"\s+", " ", text)))
    if by_name is not None:
        return by_name
    raise ValidationError(
        field,
        _("“{text}” is not a country: use a two-letter ISO code such as NL, BE or DE").format(
            text=text
        ),
    )


# ------------------------------------------------------------------------ numbers

#: A sanity limit for amounts typed in by hand: one hundred million euros.
MONEY_MAX_CENTS = 100_000_000 * 100


def money(
    value: str | Money | None,
    *,
    field: str,
    required: bool = False,
    allow_negative: bool = False,
    label: str = "",
) -> Money | None:
    """An amount of euros as people type it ('12.50', '1.234,56', '€ 45'),
    via :func:`parse_cents`. Empty gives None unless ``required``."""
    name = label or _("The amount")
    if isinstance(value, Money):
        cents = value.cents
    else:
        text = _clean(value)
        if not text:
            if required:
                raise ValidationError(field, _("{name} is required").format(name=name))
            return None
        try:
            cents = parse_cents(text)
        except ValueError as error:
            if "decimals" in str(error):
                reason = _("use at most two decimals (whole cents)")
            else:
                reason = _("write it like 12.50 or 1.234,50")
            raise ValidationError(
                field, _("“{text}” is not an amount: {reason}").format(text=text, reason=reason)
            ) from error
    if cents < 0 and not allow_negative:
        raise ValidationError(field, _("{name} cannot be negative").format(name=name))
    if abs(cents) > MONEY_MAX_CENTS:
        raise ValidationError(field, _("{name} is too large").format(name=name))
    return Money(cents)


def integer(
    value: str | int | None,
    *,
    field: str,
    minimum: int | None = None,
    maximum: int | None = None,
    default: int | None = None,
    label: str = "",
) -> int:
    """A whole number within ``minimum``..``maximum`` (both included). Empty
    gives ``default`` (an error when ``default`` is None)."""
    name = label or _("This field")
    if isinstance(value, bool):
        raise ValidationError(field, _("{name} must be a whole number").format(name=name))
    if isinstance(value, int):
        number = value
    else:
        text = _clean(value).replace("\u2212", "-")
        if not text:
            if default is None:
                raise ValidationError(field, _("{name} is required").format(name=name))
            return default
        if not re.fullmatch(r"[+-]?[0-9]{1,15}", text):
            raise ValidationError(field, _("“{text}” is not a whole number").format(text=text))
        number = int(text)
    if minimum is not None and number < minimum:
        if minimum == 0:
            raise ValidationError(field, _("{name} cannot be negative").format(name=name))
        raise ValidationError(
            field, _("{name} must be at least {minimum}").format(name=name, minimum=minimum)
        )
    if maximum is not None and number > maximum:
        raise ValidationError(
            field, _("{name} must be at most {maximum}").format(name=name, maximum=maximum)
        )
    return number


def non_negative_int(
    value: str | int | None,
    *,
    field: str,
    maximum: int | None = None,
    default: int | None = 0,
    label: str = "",
) -> int:
    """A whole number of 0 or more (empty gives ``default``)."""
    return integer(value, field=field, minimum=0, maximum=maximum, default=default, label=label)


def area_dm2(value: str | int | None, *, field: str = "area") -> int:
    """A floor area typed in square metres ('12.5', '12,50', '12 m²') as
    whole square decimetres (1 m² = 100 dm²). Empty gives 0."""
    if isinstance(value, bool):
        raise ValidationError(field, _("The area must be a number of square metres"))
    if isinstance(value, int):
        return non_negative_int(value, field=field, label=_("The area"))
    text = _clean(value)
    text = re.sub(r"\s*(m²|m2|sq ?m)$", "", text, flags=re.IGNORECASE)
    if not text:
        return 0
    try:
        dm2 = parse_cents(text)  # same arithmetic: two decimals, times 100
    except ValueError as error:
        raise ValidationError(
            field, _("“{text}” is not an area: give square metres, like 12.5").format(text=text)
        ) from error
    if dm2 < 0:
        raise ValidationError(field, _("The area cannot be negative"))
    if dm2 > 10_000_000:
        raise ValidationError(field, _("The area is too large (at most 100,000 m²)"))
    return dm2


def area_text(dm2: int) -> str:
    """Square decimetres back as square-metre text: 1250 -> '12.5', 1200 -> '12'."""
    whole, rest = divmod(dm2, 100)
    if rest == 0:
        return str(whole)
    return f"{whole}.{rest:02d}".rstrip("0")


# ------------------------------------------------------------------- choices etc.


def choice(
    value: str | E | None,
    enum_cls: type[E],
    *,
    field: str,
    aliases: Mapping[str, E] | None = None,
    default: E | None = None,
    label: str = "",
) -> E:
    """A member of ``enum_cls`` from its value ('ngo'), its name ('NGO'), a
    spaced form ('private office') or one of ``aliases`` (case-insensitive)."""
    if isinstance(value, enum_cls):
        return value
    text = _clean(value)
    if not text:
        if default is not None:
            return default
        raise ValidationError(field, _("{name} is required").format(name=label or _("This field")))
    key = _fold(re.sub(r"[\s_\-]+", " ", text))
    for member in enum_cls:
        if key in (_fold(member.value.replace("_", " ")), _fold(member.name.replace("_", " "))):
            return member
    for alias, member in (aliases or {}).items():
        if key == _fold(re.sub(r"[\s_\-]+", " ", alias)):
            return member
    allowed = ", ".join(m.value for m in enum_cls)
    raise ValidationError(
        field, _("“{text}” is not one of: {allowed}").format(text=text, allowed=allowed)
    )


_LANGUAGE_ALIASES: dict[str, Language] = {
    "english": Language.EN,
    "engels": Language.EN,
    "dutch": Language.NL,
    "nederlands": Language.NL,
    "nl nl": Language.NL,
    "en gb": Language.EN,
    "en us": Language.EN,
}


def language(
    value: str | Language | None, *, field: str = "language", default: Language = Language.EN
) -> Language:
    """Invoice language: en/nl, English/Dutch, Engels/Nederlands."""
    return choice(
        value,
        Language,
        field=field,
        aliases=_LANGUAGE_ALIASES,
        default=default,
        label=_("Language"),
    )


_TRUE = frozenset({"1", "yes", "y", "true", "ja", "j", "waar", "x", "on", "active", "actief"})
_FALSE = frozenset({"0", "no", "n", "false", "nee", "onwaar", "off", "inactive", "inactief"})


def boolean(value: str | bool | None, *, field: str, default: bool | None = None) -> bool:
    """yes/no, ja/nee, true/false, 1/0 (empty gives ``default``)."""
    if isinstance(value, bool):
        return value
    text = _clean(value).lower()
    if not text:
        if default is None:
            raise ValidationError(field, _("Answer yes or no"))
        return default
    if text in _TRUE:
        return True
    if text in _FALSE:
        return False
    raise ValidationError(field, _("“{text}” is not yes or no").format(text=text))


_DATE_FORMATS = (
    re.compile(r"^(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})$"),
    re.compile(r"^(?P<d>\d{1,2})[-/.](?P<m>\d{1,2})[-/.](?P<y>\d{4})$"),
)


def optional_date(value: str | date | None, *, field: str, label: str = "") -> date | None:
    """A date as 2026-03-01 (ISO) or 1-3-2026 / 1/3/2026 (day first, as in
    the Netherlands). Empty gives None."""
    if isinstance(value, date):
        return value
    text = _clean(value)
    if not text:
        return None
    for pattern in _DATE_FORMATS:
        found = pattern.match(text)
        if found:
            try:
                return date(int(found["y"]), int(found["m"]), int(found["d"]))
            except ValueError as error:
                raise ValidationError(
                    field, _("“{text}” is not a date in the calendar").format(text=text)
                ) from error
    raise ValidationError(
        field,
        _("“{text}” is not a date: write it as 2026-03-01 or 1-3-2026 (day first)").format(
            text=text
        ),
    )


_WEBSITE_RE = re.compile(r"^https?://[^\s/?#]+\.[^\s/?#]+(?:[/?#]\S*)?$", re.IGNORECASE)


def website(value: str | None, *, field: str = "website", max_length: int = 200) -> str:
    """A web address; ``https://`` is added when no scheme is given."""
    text = _clean(value)
    if not text:
        return ""
    if not re.match(r"^[a-z][a-z0-9+.-]*://", text, re.IGNORECASE):
        text = "https://" + text
    if not _WEBSITE_RE.match(text):
        raise ValidationError(field, _("Not a valid web address: write it like www.example.org"))
    if len(text) > max_length:
        raise ValidationError(
            field, _("The web address is longer than {count} characters").format(count=max_length)
        )
    return text


def text_list(
    values: str | Iterable[str] | None,
    *,
    field: str,
    max_items: int = 30,
    max_length: int = 50,
    label: str = "",
) -> tuple[str, ...]:
    """A list of short words (amenities): from a list, or from text separated
    by commas, semicolons or ``|``. Trimmed, empty items and repeats (case
    ignored) dropped, order kept."""
    if values is None:
        items: list[str] = []
    elif isinstance(values, str):
        items = re.split(r"[,;|\n]", values)
    else:
        items = list(values)
    seen: set[str] = set()
    result: list[str] = []
    for raw in items:
        item = re.sub(r"\s+", " ", str(raw)).strip()
        if not item or item.casefold() in seen:
            continue
        if len(item) > max_length:
            raise ValidationError(
                field,
                _("“{item}…” is too long for {name} (at most {count})").format(
                    item=item[:20], name=label or _("an item"), count=max_length
                ),
            )
        seen.add(item.casefold())
        result.append(item)
    if len(result) > max_items:
        raise ValidationError(
            field, _("At most {count} {name}").format(count=max_items, name=label or _("items"))
        )
    return tuple(result)
