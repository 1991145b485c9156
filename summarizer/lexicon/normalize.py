"""Dates, amounts and numbers: parse them in either language and write them in the other.

Conversions are exact (``decimal``): 2,352万元 is RMB 23.52 million, never a rounded figure. The
faithfulness check uses the same parsers to compare a summary's numbers with the source's.
"""

from __future__ import annotations

import re
import unicodedata
from decimal import Decimal, InvalidOperation

__all__ = ["date_to_en", "date_to_zh", "amount_to_en", "amount_to_zh", "count_to_en", "count_to_zh", "amount_value", "numbers_in", "number_tokens", "MONTHS",
           "join_pdf_wraps"]

# a line break inside a Chinese sentence is a PDF wrap, not a break: after a Chinese character or
# punctuation mark (a reprint's ASCII comma too) or before a Chinese character, the lines join with
# nothing between them ("联\n合" → "联合", "表明,\nSHR3680" → "表明,SHR3680", "SHR3680\n联合" → "SHR3680联合")
_PDF_WRAP_RE = re.compile(r"(?<=[\u3400-\u9fff（）()、，,；;：:“”])[ \t]*\n[ \t]*(?=\S)"
                          r"|[ \t]*\n[ \t]*(?=[\u3400-\u9fff（）()“”])")


def join_pdf_wraps(text: str) -> str:
    """Chinese text wrapped over PDF lines as one line ("急性冠\n状动脉综合症" → "急性冠状动脉综合症")."""
    return _PDF_WRAP_RE.sub("", text) if "\n" in text else text

MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)
_ZH_DATE_RE = re.compile(r"(\d{4})\s*年\s*(\d{1,2})\s*月(?:\s*(\d{1,2})\s*日)?")
_MONTH_ABBR = {m[:3]: m for m in MONTHS} | {"Sept": "September"}
_EN_DATE_RE = re.compile(r"(" + "|".join(MONTHS) + r"|Sept|" + "|".join(_MONTH_ABBR) + r")\.?\s+(?:(\d{1,2}),?\s+)?(\d{4})")
_SCALES_ZH = {"万": Decimal(10_000), "亿": Decimal(100_000_000), "千": Decimal(1_000), "百万": Decimal(1_000_000)}
_SCALES_EN = {"thousand": Decimal(10**3), "million": Decimal(10**6), "billion": Decimal(10**9), "trillion": Decimal(10**12),
              # a wire's short forms: $15M, $1.2B, $3bn, $40mn
              "m": Decimal(10**6), "mn": Decimal(10**6), "b": Decimal(10**9), "bn": Decimal(10**9)}
_CURRENCIES_ZH = (("美元", "USD", "US$"), ("港元", "HKD", "HK$"), ("港币", "HKD", "HK$"), ("欧元", "EUR", "EUR "),
                  ("新台币", "TWD", "NT$"), ("台币", "TWD", "NT$"), ("人民币", "CNY", "RMB "), ("元", "CNY", "RMB "))
_NUM = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"


def date_to_en(text: str) -> str | None:
    m = _ZH_DATE_RE.search(text)
    if not m:
        return None
    year, month, day = m.group(1), int(m.group(2)), m.group(3)
    if not 1 <= month <= 12:
        return None
    return f"{MONTHS[month - 1]} {int(day)}, {year}" if day else f"{MONTHS[month - 1]} {year}"


def date_to_zh(text: str) -> str | None:
    m = _EN_DATE_RE.search(text)
    if not m:
        return None
    month = MONTHS.index(_MONTH_ABBR.get(m.group(1), m.group(1))) + 1
    day = m.group(2)
    return f"{m.group(3)}年{month}月{int(day)}日" if day else f"{m.group(3)}年{month}月"


def _fmt(value: Decimal) -> str:
    text = format(value.normalize(), "f")
    if "." in text:
        whole, frac = text.split(".")
    else:
        whole, frac = text, ""
    whole = f"{int(whole):,}"
    return f"{whole}.{frac}" if frac else whole


def amount_value(text: str, yuan: str = "CNY") -> tuple[Decimal, str] | None:
    """Parse an amount in Chinese or English; return (value in units, currency code). ``yuan``: the
    currency a bare 元 names (renminbi in a mainland filing; a Taiwan text's 元 is the New Taiwan dollar)."""
    t = unicodedata.normalize("NFKC", text)
    m = re.search(rf"({_NUM})\s*(百万|万|亿|千)?\s*(美元|港元|港币|欧元|元)?", t)
    if m and (m.group(2) or m.group(3)) and re.search(r"[元万亿]", t):
        value = Decimal(m.group(1).replace(",", ""))
        if m.group(2):
            value *= _SCALES_ZH[m.group(2)]
        currency = "CNY"
        for word, code, _ in _CURRENCIES_ZH:
            if word in t:
                currency = yuan if word == "元" else code
                break
        return value, currency
    m = re.search(rf"(US\$|HK\$|\$|RMB|CNY|USD|EUR|€|HKD)\s?({_NUM})\s*(thousand|million|billion|trillion|(?-i:M|B|bn|mn)\b)?",
                  t, re.I)
    if m:
        value = Decimal(m.group(2).replace(",", ""))
        if m.group(3):
            value *= _SCALES_EN[m.group(3).lower()]
        symbol = m.group(1).upper()
        currency = {"$": "USD", "US$": "USD", "HK$": "HKD", "€": "EUR", "RMB": "CNY"}.get(symbol, symbol)
        return value, currency
    return None


def amount_to_en(text: str, yuan: str = "CNY") -> str | None:
    parsed = amount_value(text, yuan)
    if parsed is None:
        return None
    value, currency = parsed
    prefix = {"CNY": "RMB ", "USD": "US$", "HKD": "HK$", "EUR": "EUR ", "TWD": "NT$"}.get(currency, currency + " ")
    approx = "approximately " if re.search(r"约|approximately|about", text) else ""
    for word, scale in (("billion", Decimal(10**9)), ("million", Decimal(10**6))):
        if value >= scale:
            return f"{approx}{prefix}{_fmt(value / scale)} {word}"
    return f"{approx}{prefix}{_fmt(value)}"


def amount_to_zh(text: str) -> str | None:
    parsed = amount_value(text)
    if parsed is None:
        return None
    value, currency = parsed
    unit = {"CNY": "元", "USD": "美元", "HKD": "港元", "EUR": "欧元", "TWD": "新台币"}.get(currency, currency)
    approx = "约" if re.search(r"约|approximately|about", text, re.I) else ""
    if value >= Decimal(100_000_000):
        return f"{approx}{_fmt(value / Decimal(100_000_000))}亿{unit}"
    if value >= Decimal(10_000):
        return f"{approx}{_fmt(value / Decimal(10_000))}万{unit}"
    return f"{approx}{_fmt(value)}{unit}"


# ----------------------------------------------------------------------------- head counts
# a trial's enrolment: "约500名患者", "收案 60 人", "不超过 50 位" ↔ "approximately 500 patients", "a 447-subject",
# "up to 80 subjects"; who is counted (受试者 subjects, 患者/病人/病患 patients, else participants) kept
_COUNT_ZH = re.compile(r"^(?P<approx>约|約|大约|大約)?\s*(?P<max>不超过|不超過|最多|至多)?\s*(?P<n>\d[\d,]*)\s*(?:例|名|位|人)"
                       r"(?P<who>[^\d]{0,12}?(?:受试者|受試者|患者|病人|病患))?\s*$")
_COUNT_EN = re.compile(r"^(?i:(?P<approx>approximately|about|around)\s+|(?P<max>up to)\s+)?(?P<n>\d+(?:,\d{3})*)"
                       r"(?:\s+|-)(?P<who>(?:(?:adult|pediatric|paediatric|healthy)\s+)?(?:patients?|participants?|subjects?|volunteers|adults))$")
_WHO_EN = {"受试者": "subjects", "受試者": "subjects", "患者": "patients", "病人": "patients", "病患": "patients"}
_WHO_ZH = {"patient": "患者", "subject": "受试者", "participant": "受试者", "volunteer": "健康志愿者", "adult": "成人受试者"}


def count_to_en(text: str) -> str | None:
    """A Chinese head count in English: "约500名患者" → "approximately 500 patients"; None if it is not one."""
    m = _COUNT_ZH.match(text.strip())
    if m is None:
        return None
    who = next((en for zh, en in _WHO_EN.items() if m.group("who") and m.group("who").endswith(zh)), "participants")
    lead = "approximately " if m.group("approx") else "up to " if m.group("max") else ""
    return f"{lead}{m.group('n')} {who}"


def count_to_zh(text: str) -> str | None:
    """An English head count in Chinese: "approximately 60 adult patients" → "约60例成人患者"."""
    m = _COUNT_EN.match(text.strip())
    if m is None:
        return None
    words = m.group("who").lower().split()
    head = words[-1].rstrip("s") if words[-1] != "adults" else "adult"
    who = _WHO_ZH.get(head, "受试者")
    if len(words) > 1 and words[0] == "adult":
        who = "成人" + who
    elif len(words) > 1 and words[0] in ("pediatric", "paediatric"):
        who = "儿童" + who
    lead = "约" if m.group("approx") else "最多" if m.group("max") else ""
    return f"{lead}{m.group('n')}例{who}"


# ----------------------------------------------------------------------------- numbers
_NUMBER_TOKEN_RE = re.compile(
    rf"(?<![A-Za-z0-9.])({_NUM})(?:\s*(%|百万|万|亿|千|thousand|million|billion|trillion)|(M|B|bn|mn)\b)?(?![0-9])",
)
# a currency code written against its number ("USD400 million"): read as "USD 400 million"
# a decimal digit, or a character whose NFKC form holds one (full-width digits, superscripts, ①, ㉑, ½…)
_DIGITISH = re.compile(
    "[\\d\u00b2-\u00b3\u00b9\u00bc-\u00be\u2070\u2074-\u2079\u2080-\u2089\u2150-\u215f\u2189\u2460-\u249b"
    "\u24ea\u3251-\u325f\u32b1-\u32cb\u3358-\u3370\u3378-\u3379\u339f-\u33a6\u33a8\u33af\u33e0-\u33fe"
    "\uff10-\uff19\U0001d7ce-\U0001d7ff\U0001f100-\U0001f10a\U0001fbf0-\U0001fbf9]")
_CURRENCY_GLUED = re.compile(r"\b(USD|US|HKD|HK|RMB|CNY|EUR)(?=\d)")


def number_tokens(text: str, *, normalized: bool = False) -> list[tuple[str, frozenset[Decimal]]]:
    """Each number in ``text`` with its readings: the bare value and, with a scale word
    (万/亿/million/...), the scaled value, so "23.52 million" can match "2,352万"."""
    if not _DIGITISH.search(text):
        return []  # no digit, nor a character that NFKC reads as one: no number (most items of a summary)
    out: list[tuple[str, frozenset[Decimal]]] = []
    t = text if normalized or text.isascii() else unicodedata.normalize("NFKC", text)
    t = _CURRENCY_GLUED.sub(r"\1 ", t)
    for m in _NUMBER_TOKEN_RE.finditer(t):
        try:
            value = Decimal(m.group(1).replace(",", ""))
        except InvalidOperation:  # pragma: no cover - the regex admits only numbers
            continue
        readings = {value.normalize()}
        scale = (m.group(2) or m.group(3) or "").lower()
        if scale in _SCALES_ZH:
            readings.add((value * _SCALES_ZH[scale]).normalize())
        elif scale in _SCALES_EN:
            readings.add((value * _SCALES_EN[scale]).normalize())
        out.append((m.group(0).strip(), frozenset(readings)))
    return out


def numbers_in(text: str, *, normalized: bool = False) -> set[Decimal]:
    """All readings of all numbers in ``text``."""
    return {r for _, readings in number_tokens(text, normalized=normalized) for r in readings}
