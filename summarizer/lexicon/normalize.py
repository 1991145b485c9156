"""Dates, amounts and numbers: parse them in either language and write them in the other.

Conversions are exact (``decimal``): 2,352万元 is RMB 23.52 million, never a rounded figure. The
faithfulness check uses the same parsers to compare a summary's numbers with the source's.
"""

from __future__ import annotations

import re
import unicodedata
from decimal import Decimal, InvalidOperation

__all__ = ["date_to_en", "date_to_zh", "figures_en", "figures_zh", "amount_to_en", "amount_to_zh", "count_to_en", "count_to_zh", "amount_value", "numbers_in", "number_tokens", "MONTHS",
           "join_pdf_wraps"]

# a line break inside a Chinese sentence is a PDF wrap, not a break: after a Chinese character or
# punctuation mark (a reprint's ASCII comma too) or before a Chinese character, the lines join with
# nothing between them ("联\n合" → "联合", "表明,\nSHR3680" → "表明,SHR3680", "SHR3680\n联合" → "SHR3680联合")
# (a wrap may leave a blank line between the two parts, where a page prints a blank line after every line)
_PDF_WRAP_RE = re.compile(r"(?<=[\u3400-\u9fff（）()、，,；;：:“”])[ \t]*\n(?:[ \t]*\n)?[ \t]*(?=\S)"
                          r"|[ \t]*\n(?:[ \t]*\n)?[ \t]*(?=[\u3400-\u9fff（）()“”])")


def join_pdf_wraps(text: str) -> str:
    """Chinese text wrapped over PDF lines as one line ("急性冠\n状动脉综合症" → "急性冠状动脉综合症")."""
    return _PDF_WRAP_RE.sub("", text) if "\n" in text else text

MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)
_ZH_DATE_RE = re.compile(r"(\d{4})\s*年\s*(\d{1,2})\s*月(?:\s*(\d{1,2})\s*日)?")
_MONTH_ABBR = {m[:3]: m for m in MONTHS} | {"Sept": "September"}
_EN_DATE_RE = re.compile(r"(" + "|".join(MONTHS) + r"|Sept|" + "|".join(_MONTH_ABBR) + r")\.?\s+(?:(\d{1,2})(?:st|nd|rd|th)?,?\s+)?(\d{4})")
_SCALES_ZH = {"万": Decimal(10_000), "亿": Decimal(100_000_000), "千": Decimal(1_000), "百万": Decimal(1_000_000),
              "萬": Decimal(10_000), "億": Decimal(100_000_000), "百萬": Decimal(1_000_000)}  # and as Taiwan and Hong Kong write them
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
    m = re.search(rf"(US\$|HK\$|\$|RMB|CNY|USD|EUR|€|HKD|£|GBP)\s?({_NUM})\s*(thousand|million|billion|trillion|(?-i:M|B|m|bn|mn)\b)?",
                  t, re.I)
    if m:
        value = Decimal(m.group(2).replace(",", ""))
        if m.group(3):
            value *= _SCALES_EN[m.group(3).lower()]
        symbol = m.group(1).upper()
        currency = {"$": "USD", "US$": "USD", "HK$": "HKD", "€": "EUR", "RMB": "CNY", "£": "GBP"}.get(symbol, symbol)
        return value, currency
    return None


def amount_to_en(text: str, yuan: str = "CNY") -> str | None:
    parsed = amount_value(text, yuan)
    if parsed is None:
        return None
    value, currency = parsed
    prefix = {"CNY": "RMB ", "USD": "US$", "HKD": "HK$", "EUR": "EUR ", "TWD": "NT$", "GBP": "£",
              "YUAN": ""}.get(currency, currency + " ")
    suffix = " yuan" if currency == "YUAN" else ""  # a bare 元 whose country the text does not say: "140 million yuan"
    approx = "approximately " if re.search(r"约|approximately|about", text) else ""
    for word, scale in (("billion", Decimal(10**9)), ("million", Decimal(10**6))):
        if value >= scale:
            return f"{approx}{prefix}{_fmt(value / scale)} {word}{suffix}"
    return f"{approx}{prefix}{_fmt(value)}{suffix}"


def amount_to_zh(text: str) -> str | None:
    parsed = amount_value(text)
    if parsed is None:
        return None
    value, currency = parsed
    unit = {"CNY": "元", "USD": "美元", "HKD": "港元", "EUR": "欧元", "TWD": "新台币", "GBP": "英镑", "YUAN": "元"}.get(currency, currency)
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
    rf"(?<![A-Za-z0-9.])({_NUM})(?:\s*(%|百万|百萬|万|萬|亿|億|千|thousand|million|billion|trillion)|(M|B|bn|mn|m)\b)?(?![0-9])",
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
        scale = m.group(2) or m.group(3) or ""
        if scale == "m" and not t[: m.start()].rstrip().endswith(("$", "£", "€")):
            scale = ""  # "$1.9m" is 1.9 million; "5m" elsewhere is no scale we read
        scale = scale.lower()
        if scale in _SCALES_ZH:
            readings.add((value * _SCALES_ZH[scale]).normalize())
        elif scale in _SCALES_EN:
            readings.add((value * _SCALES_EN[scale]).normalize())
        out.append((m.group(0).strip(), frozenset(readings)))
    return out


def numbers_in(text: str, *, normalized: bool = False) -> set[Decimal]:
    """All readings of all numbers in ``text``."""
    return {r for _, readings in number_tokens(text, normalized=normalized) for r in readings}


# ----------------------------------------------------------------------------- figures of a sentence
# What a sentence that no rule translates still states in figures: its dates, amounts, percentages,
# head counts and share counts, each written in the other language, in the order the sentence gives
# them (a gist carries them with its key terms: a fact shown in one language is shown in the other).
_CUR_ZH = "美元|美金|港元|港币|港幣|欧元|歐元|新台币|新台幣|新臺幣|台币|台幣|臺幣|人民币|人民幣"
_FIGURE_ZH = re.compile(
    # (every figure opens on a digit, 约, a currency's first character or a bound: other positions fail at once)
    rf"(?=[\d约約美港欧歐新台臺人])(?:"
    rf"(?P<date>(?P<y>\d{{4}})\s*年\s*(?P<m>\d{{1,2}})\s*月(?:\s*(?P<d>\d{{1,2}})\s*[日号號])?)"
    rf"|(?<![\d年.])(?P<m2>\d{{1,2}})\s*月\s*(?P<d2>\d{{1,2}})\s*[日号號]"
    rf"|(?<![\d.])(?P<year>(?:19|20)\d{{2}})\s*年(?![\d\s]*月|度|内|內|以)"
    # (an amount written in parts, "258萬8478元", "1億5千萬元", is not read: its first part is no amount)
    rf"|(?P<amount>(?:(?:约|約)?\s*(?:{_CUR_ZH})\s*)?(?:约|約)?\s*(?<![A-Za-z\d.万萬亿億千百])(?:{_NUM})\s*(?:百万|百萬|万|萬|亿|億|千)?\s*(?:{_CUR_ZH}|元)"
    rf"|(?:约|約)?\s*(?:{_CUR_ZH})\s*(?:约|約)?\s*(?:{_NUM})\s*(?:百万|百萬|万|萬|亿|億|千)?(?!\s*\d))"
    rf"|(?P<pct>(?<![A-Za-z\d.])(?:{_NUM})\s*[%％])"
    rf"|(?P<count>(?:约|約)?(?<![\d.])\d[\d,]*\s*(?:例(?:受试者|受試者|患者|病人|病患)?|[名位人](?:受试者|受試者|患者|病人|病患)))"
    rf"|(?P<shares>(?<![A-Za-z\d.])(?:{_NUM})\s*(?:万|萬|亿|億)?\s*股(?![东東份权權本价價票利])))"
)
_CURRENCY_NAMED = re.compile(_CUR_ZH)
_OTHER_CURRENCY = re.compile(r"美元|美金|港元|港币|港幣|欧元|歐元")
_TRAD_FIGURE = str.maketrans({"萬": "万", "億": "亿", "幣": "币", "歐": "欧", "臺": "台", "約": "约", "％": "%"})
_FIGURE_EN = re.compile(
    r"(?P<date>\b(?:" + "|".join(MONTHS) + r"|Sept|" + "|".join(_MONTH_ABBR) + r")\.?\s+(?:\d{1,2}(?:st|nd|rd|th)?,?\s+)?\d{4})"
    rf"|(?P<amount>(?:(?:approximately|about)\s+)?(?:US\$|HK\$|\$|RMB|CNY|USD|EUR|€|HKD|£|GBP)\s?(?:{_NUM})"
    r"(?:\s*(?:thousand|million|billion)\b|(?:M|B|m|bn|mn)\b)?)"
    rf"|(?P<pct>(?<![A-Za-z\d.])(?:{_NUM})\s*%)"
    r"|(?P<count>\b(?:(?:approximately|about|up to)\s+)?\d+(?:,\d{3})*(?:\s+|-)(?:(?:adult|pediatric|paediatric|healthy)\s+)?"
    r"(?:patients|participants|subjects|volunteers)\b)"
)


# a minus sign right before a figure, not a hyphen between two ("2022-2024", "PD-1"): no digit or letter before it
_NEGATIVE_BEFORE = re.compile(r"(?<![0-9A-Za-z.])[-−－]\s?$")


def figures_en(text: str, yuan: str = "CNY") -> list[str]:
    """The figures of a Chinese sentence in English, in order: "2019年11月" → "November 2019", "人民币约655万元"
    → "approximately RMB 6.55 million", "29.29%", "100例患者" → "100 patients", "1,414.6409 万股" →
    "14,146,409 shares". ``yuan``: the currency a bare 元 names (:func:`amount_value`)."""
    if not _DIGITISH.search(text):
        return []
    t = unicodedata.normalize("NFKC", text)
    out: list[str] = []
    for m in _FIGURE_ZH.finditer(t):
        if m.group("date"):
            en = date_to_en(m.group("date"))
        elif m.group("m2"):
            month, day = int(m.group("m2")), int(m.group("d2"))
            en = f"{MONTHS[month - 1]} {day}" if 1 <= month <= 12 and 1 <= day <= 31 else None
        elif m.group("year"):
            en = m.group("year")
        elif m.group("amount"):
            amount = m.group("amount").translate(_TRAD_FIGURE).replace("美金", "美元")
            # a bare 元 in a sentence that names another currency may be that one ("市场规模为215.8亿美元,预估至
            # 2027年将超过511亿元"): which it is, the sentence does not say
            bare = not _CURRENCY_NAMED.search(amount)
            en = None if bare and _OTHER_CURRENCY.search(t) else amount_to_en(amount, yuan)
        elif m.group("pct"):
            en = m.group("pct").replace(" ", "")
        elif m.group("count"):
            en = count_to_en(m.group("count").translate(_TRAD_FIGURE))
        elif m.group("shares"):
            shares = m.group("shares").translate(_TRAD_FIGURE)
            n = re.match(rf"({_NUM})\s*(万|亿)?", shares)
            value = Decimal(n.group(1).replace(",", "")) * (_SCALES_ZH[n.group(2)] if n.group(2) else 1)
            en = f"{_fmt(value)} shares"
        else:  # pragma: no cover - every branch of the pattern is named
            en = None
        if en and (m.group("amount") or m.group("pct")) and _NEGATIVE_BEFORE.search(t, 0, m.start()):
            en = "minus " + en  # "归母净利润-3076万元": a loss, never shown as the amount alone
        if en and (m.group("amount") or m.group("pct") or m.group("count")):
            en = _qualified_en(t, m.start(), m.end(), en)
        if en and en not in out:
            out.append(en)
    return out


# what bounds a figure ("超过80%", "最多48亿美元", "≥50%", "80例以上"): kept with it, or it reads as the exact value
_BOUND_BEFORE_ZH = (("不超过", "up to"), ("不超過", "up to"), ("最多", "up to"), ("至多", "up to"), ("高达", "up to"),
                    ("高達", "up to"), ("超过", "over"), ("超過", "over"), ("逾", "over"), ("超", "over"), ("近", "nearly"),
                    ("至少", "at least"), ("≥", "≥"), (">=", "≥"), ("≤", "≤"), ("<=", "≤"))
_BOUND_AFTER_ZH = ("以上", "多")
_BOUND_BEFORE_EN = (("more than", "超过"), ("over", "超过"), ("up to", "最多"), ("nearly", "近"), ("at least", "至少"),
                    ("less than", "不足"), ("fewer than", "不足"), ("≥", "≥"), ("≤", "≤"))


def _qualified_en(text: str, start: int, end: int, en: str) -> str:
    if en.startswith(("approximately ", "up to ")):
        return en
    before = text[max(0, start - 4) : start].rstrip()
    word = next((w for zh, w in _BOUND_BEFORE_ZH if before.endswith(zh)), None)
    if word is None and text.startswith(_BOUND_AFTER_ZH, end):
        word = "over"
    return f"{word} {en}" if word and word not in "≥≤" else f"{word}{en}" if word else en


def _qualified_zh(text: str, start: int, zh: str) -> str:
    if zh.startswith(("约", "最多")):
        return zh
    before = text[max(0, start - 12) : start].rstrip().lower()
    word = next((w for en, w in _BOUND_BEFORE_EN if before.endswith(en)), None)
    return f"{word}{zh}" if word else zh


def figures_zh(text: str) -> list[str]:
    """The figures of an English sentence in Chinese, in order: "December 31, 2023" → "2023年12月31日",
    "$15 million" → "1,500万美元", "12.5%", "approximately 60 patients" → "约60例患者"."""
    if not _DIGITISH.search(text):
        return []
    out: list[str] = []
    for m in _FIGURE_EN.finditer(text):
        if m.group("date"):
            zh = date_to_zh(m.group("date"))
        elif m.group("amount"):
            zh = amount_to_zh(m.group("amount"))
        elif m.group("pct"):
            zh = m.group("pct").replace(" ", "")
        else:
            zh = count_to_zh(m.group("count"))
        if zh and not m.group("date"):
            zh = _qualified_zh(text, m.start(), zh)
        if zh and zh not in out:
            out.append(zh)
    return out
