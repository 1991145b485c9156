"""Chinese proper names in English, the way English financial text writes them.

* company names: place + trade name in Hanyu Pinyin (each joined into one capitalised word), then
  the generic words translated from the end: 江苏恒瑞医药股份有限公司 → "Jiangsu Hengrui
  Pharmaceutical Co., Ltd.";
* drug names: salt and dosage form translated, the name part in pinyin as one word:
  盐酸某某缓释片 → "Moumou Hydrochloride Extended-release Tablets"; Chinese patent medicines keep their
  word boundaries (连花清瘟胶囊 → "Lianhua Qingwen Capsules");
* other values: the translator romanises only the characters no glossary or lexicon piece covers,
  one :func:`pinyin_word` per uncovered run (``summarizer/stages/translate.py:render_value``).

Readings come from ``pypinyin`` (phrase-aware, so 重庆 is Chongqing), loaded on first use. A syllable
that starts with a vowel after another syllable takes an apostrophe, as Hanyu Pinyin requires
(西安 → Xi'an). The tables of generic words are data: ``models/lexicon/names.toml``.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field

from ..resources import models_dir, once

__all__ = ["NameTables", "load_name_tables", "pinyin_word", "romanise_company", "romanise_drug", "syllables"]

_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f]+")
# a Han character pypinyin has no reading for (rare extension-B names): its code point, so English
# never carries Chinese and the character is not silently lost
_UNREAD = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\U00020000-\U0003134f]")


# pypinyin's phrase dictionary (47k phrases) takes ~0.3 s to load and copy, most of a cold start. Only
# the phrases whose toneless reading differs from their characters' first readings change a romanised
# name (重庆 is Chongqing, not Zhongqing); models/lexicon/pinyin_phrases.tsv holds just those, and the
# phrases that contain one (~3.5k, with tone marks, from pypinyin's own data: see :func:`build_phrase_table`).
PHRASE_TABLE = "pinyin_phrases.tsv"
# readings written for this project where both dictionaries read a phrase otherwise than the usage it names: herbs
# of the Chinese Pharmacopoeia whose drug names (and patent medicines named after them) read a character otherwise
READINGS = "pinyin_readings.tsv"


@once
def _lazy_pinyin():
    """pypinyin's converter, imported on first use with the phrase table above in place of its full
    dictionary. If something imported pypinyin before us, or SUMMARIZER_PINYIN_PHRASES=full is set,
    pypinyin keeps its own full dictionary (the same toneless readings, just slower to load)."""
    import os
    import sys

    if "pypinyin" not in sys.modules and os.environ.get("SUMMARIZER_PINYIN_PHRASES") != "full":
        saved = os.environ.get("PYPINYIN_NO_PHRASES")
        os.environ["PYPINYIN_NO_PHRASES"] = "1"  # read at import only; put back straight after
        try:
            import pypinyin
        finally:
            if saved is None:
                del os.environ["PYPINYIN_NO_PHRASES"]
            else:
                os.environ["PYPINYIN_NO_PHRASES"] = saved
        pypinyin.load_phrases_dict(_phrase_table())
    from pypinyin import Style, lazy_pinyin

    return lambda text: lazy_pinyin(text, style=Style.NORMAL, errors="ignore", v_to_u=False)


def _phrase_table(name: str = "") -> dict[str, list[list[str]]]:
    out = {}
    with open(models_dir() / "lexicon" / (name or PHRASE_TABLE), encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("#") or not line.strip():
                continue
            phrase, reading = line.rstrip("\n").split("\t")
            out[phrase] = [[s] for s in reading.split(" ")]
    return out


def _toneless(syllable: str) -> str:
    import unicodedata

    # ü keeps its dots (pypinyin writes it v): 绿 lǜ and 绿林 lù lín differ
    plain = unicodedata.normalize("NFD", syllable).replace("u\u0308", "v")
    return "".join(c for c in plain if not unicodedata.combining(c))


def build_phrase_table(path: str) -> int:
    """Write the phrase table from the installed pypinyin's data (run with the full dictionary loaded,
    i.e. SUMMARIZER_PINYIN_PHRASES=full or pypinyin imported first). Returns the number of phrases."""
    import pypinyin
    from pypinyin.constants import PHRASES_DICT, PINYIN_DICT

    def differs(phrase: str, readings: list[list[str]]) -> bool:
        first = [PINYIN_DICT.get(ord(c), "").split(",")[0] for c in phrase]
        return [_toneless(r[0]) for r in readings] != [_toneless(s) for s in first]

    kept = {p for p, r in PHRASES_DICT.items() if differs(p, r)}
    # a phrase read as its characters that holds a kept phrase (落了 in 一块石头落了地) is kept too, so the
    # segmenter, which takes the longest phrase from the left, still takes it whole. (Where two phrases
    # merely overlap, 江苏省 and 省亲 in 江苏省亲, the full dictionary's choice of split is not kept: that
    # would take back nearly all of it, for a reading that is a guess either way.)
    kept |= {p for p in PHRASES_DICT
             if any(p[i:j] in kept for i in range(len(p)) for j in range(i + 2, len(p) + 1) if (i, j) != (0, len(p)))}
    rows = [f"{p}\t{' '.join(r[0] for r in PHRASES_DICT[p])}" for p in kept]
    with open(path, "w", encoding="utf-8") as fh:
        fh.write(f"# pypinyin {pypinyin.__version__} (MIT): phrases whose toneless reading differs from their "
                 "characters' first readings. Rebuild: summarizer.lexicon.romanize.build_phrase_table\n")
        fh.write("\n".join(sorted(rows)) + "\n")
    return len(rows)


def syllables(text: str) -> list[str]:
    """The toneless pinyin syllables of the Han characters in ``text`` (others skipped); this project's readings
    (:data:`READINGS`) first, read here rather than loaded into pypinyin, whose dictionary may be a user's too."""
    readings = _readings()
    if readings and any(phrase in text for phrase in readings):
        out: list[str] = []
        rest = text
        while rest:
            at, phrase = min(((rest.find(p), p) for p in readings if p in rest), default=(-1, ""))
            if at < 0:
                break
            out += syllables_plain(rest[:at]) + readings[phrase]
            rest = rest[at + len(phrase):]
        return out + syllables_plain(rest)
    return syllables_plain(text)


def syllables_plain(text: str) -> list[str]:
    return [s for s in _lazy_pinyin()(text) if s and s.isascii() and s.isalpha()]


@once
def _readings() -> dict[str, list[str]]:
    return {phrase: [_toneless(r[0]) for r in reading] for phrase, reading in _phrase_table(READINGS).items()}


def pinyin_word(text: str) -> str:
    """``text`` as one capitalised pinyin word: 恒瑞 → "Hengrui", 西安 → "Xi'an"."""
    found = syllables(text)
    if len(found) < len(_UNREAD.findall(text)):  # a character with no reading: its code point instead
        return " ".join(p for p in (pinyin_word(run) if not run.startswith("U+") else run
                                    for run in _split_unread(text)) if p)
    out = ""
    for s in found:
        s = s.replace("v", "ü") if s in ("nv", "lv", "nve", "lve") else s
        if out and s[0] in "aoe":
            out += "'"
        out += s
    return out[:1].upper() + out[1:]


def _split_unread(text: str) -> list[str]:
    """Runs of readable characters, and each unreadable one as ``U+XXXX``."""
    runs: list[str] = []
    current = ""
    for ch in text:
        if _UNREAD.fullmatch(ch) and not syllables(ch):
            if current:
                runs.append(current)
            runs.append(f"U+{ord(ch):04X}")
            current = ""
        else:
            current += ch
    if current:
        runs.append(current)
    return runs


@dataclass(frozen=True)
class NameTables:
    places: tuple[str, ...]
    place_en: dict[str, str]
    legal: tuple[tuple[str, str], ...]
    trade: tuple[tuple[str, str], ...]
    salts: tuple[tuple[str, str], ...]
    salt_suffixes: tuple[tuple[str, str], ...]
    modalities: tuple[tuple[str, str], ...]
    inn_finals: frozenset[str]
    known: dict[str, str] = field(default_factory=dict)  # trade names with an English name of their own


@once
def load_name_tables(path: str | None = None) -> NameTables:
    import tomllib

    with open(path or models_dir() / "lexicon" / "names.toml", "rb") as fh:
        raw = tomllib.load(fh)

    def pairs(rows) -> tuple[tuple[str, str], ...]:
        return tuple(sorted(((zh, en) for zh, en in rows), key=lambda p: -len(p[0])))

    places = raw["places"]
    return NameTables(
        places=tuple(sorted(set(places["names"]) | set(places.get("english", {})), key=len, reverse=True)),
        place_en=dict(places.get("english", {})),
        legal=pairs(raw["company"]["legal"]),
        trade=pairs(raw["company"]["trade"]),
        salts=pairs(raw["drug"]["salts"]),
        salt_suffixes=pairs(raw["drug"]["salt_suffixes"]),
        modalities=pairs(raw["drug"]["modalities"]),
        inn_finals=frozenset(raw["drug"]["inn_finals"]),
        known=dict(raw["company"].get("known", {})),
    )


@functools.lru_cache(maxsize=4)
def _longest_first(*tables: tuple[tuple[str, str], ...]) -> tuple[tuple[str, str], ...]:
    return tuple(sorted((p for table in tables for p in table), key=lambda p: -len(p[0])))


_INNER_LEGAL = re.compile(r"股份有限公司|有限责任公司|有限公司")
# the territories a subsidiary is named after, behind its parent's trade name ("辉瑞中国", "天境香港"); not a
# Chinese region or city, which is often part of a trade name itself ("杭州中美华东制药": Huadong)
_TERRITORIES = tuple(sorted({"中国", "香港", "澳门", "台湾", "美国", "日本", "韩国", "德国", "英国", "法国",
                             "瑞士", "荷兰", "新加坡", "澳大利亚", "加拿大"}, key=lambda p: (-len(p), p)))  # longest first


def _known_with_place(rest: str, t: NameTables) -> str | None:
    """The company's own English for a trade name, also with a bracketed place after it
    ("舒泰神(北京)" → "Staidson (Beijing)")."""
    if rest in t.known:
        return t.known[rest]
    m = re.fullmatch(r"(?P<name>[^()]+)\((?P<place>[^()]+)\)", rest)
    if m and m.group("name") in t.known:
        place = m.group("place")
        return f"{t.known[m.group('name')]} ({t.place_en.get(place) or pinyin_word(place)})"
    return None


def romanise_company(name: str, tables: NameTables | None = None) -> str:
    """A company's Chinese name in English: place, pinyin trade name, translated generic words. A
    name (or the trade name inside it) that the company writes in English itself is written so."""
    t = tables or load_name_tables()
    # a PDF's line wrap inside the name ("浙江同源康医 药股份有限公司") is no part of it
    rest = re.sub(r"(?<=[\u3400-\u9fff])\s+(?=[\u3400-\u9fff])", "", name.strip())
    if rest in t.known:
        return t.known[rest]
    # a plant or branch of a company, named after it ("某某股份有限公司某某制药总厂"): each part in turn
    inner = _INNER_LEGAL.search(rest)
    if inner and _HAN.match(rest, inner.end()):
        return f"{romanise_company(rest[: inner.end()], t)} {romanise_company(rest[inner.end() :], t)}"
    for zh, en in t.legal:  # "华东医药股份有限公司": the known short name, then its legal form
        if rest.endswith(zh) and rest[: -len(zh)] in t.known:
            return f"{t.known[rest[: -len(zh)]]} {en}"
    tail: list[str] = []
    changed = True
    words = _longest_first(t.legal, t.trade)  # the longest ending first: 分公司, not 公司
    while changed and rest:
        changed = False
        for zh, en in words:
            if rest.endswith(zh) and len(rest) > len(zh):
                tail.insert(0, en)
                rest = rest[: -len(zh)]
                changed = True
                break
        else:  # a territory after the trade name ("天境香港", "某某医药香港有限公司"): "… Hong Kong", as English writes it
            place = next((p for p in _TERRITORIES if rest.endswith(p) and len(rest) > len(p)), None)
            if place is not None:
                tail.insert(0, t.place_en.get(place) or pinyin_word(place))
                rest = rest[: -len(place)]
                changed = True
    head: list[str] = []
    known = _known_with_place(rest, t)
    while not known and len(head) < 2:  # a province, then its city ("广西梧州…": "Guangxi Wuzhou …")
        place = next((p for p in t.places if rest.startswith(p) and (len(rest) > len(p) or tail)), None)
        if place is None:
            break
        head.append(t.place_en.get(place) or pinyin_word(place))
        rest = rest[len(place) :]
        if rest[:1] in ("市", "省") and (len(rest) > 1 or tail):  # 深圳市新产业… → "Shenzhen New Industries…"
            rest = rest[1:]
        known = _known_with_place(rest, t)  # "苏州泽璟…": the trade name after the place
    middle = known or (_HAN.sub(lambda m: " " + pinyin_word(m.group()) + " ", rest) if rest else "")
    out = " ".join(p for p in (*head, middle.strip(), *tail) if p)
    out = re.sub(r"\s+", " ", out).replace(" ,", ",").replace("( ", "(").replace(" )", ")")
    return out.strip()



def romanise_drug(name: str, dosage_forms: dict[str, str] | None = None, tables: NameTables | None = None,
                  lookup=None) -> str:
    """A drug's Chinese name in English: pinyin name, then salt, modality and dosage form. ``lookup``
    (the name part → its English name, or None) gives a known name (an INN) before pinyin is tried:
    艾司奥美拉唑镁肠溶胶囊 → "esomeprazole Magnesium Delayed-release Capsules"."""
    t = tables or load_name_tables()
    rest = name.strip()
    form = ""
    prefix_form = ""
    forms = sorted((dosage_forms or {}).items(), key=lambda p: -len(p[0]))
    if rest.startswith("注射用") and len(rest) > 3:
        prefix_form, rest = "for Injection", rest[3:]
    for zh, en in forms:
        if rest.endswith(zh) and len(rest) > len(zh) and zh != "注射用":
            form, rest = en, rest[: -len(zh)]
            break
    salt = ""
    for zh, en in t.salts:
        if rest.startswith(zh) and len(rest) > len(zh):
            salt, rest = en, rest[len(zh) :]
            break
    else:
        for zh, en in t.salt_suffixes:
            if rest.endswith(zh) and len(rest) > len(zh) + 1:
                salt, rest = en, rest[: -len(zh)]
                break
    modality = ""
    for zh, en in t.modalities:
        if rest.endswith(zh) and len(rest) > len(zh):
            modality, rest = en, rest[: -len(zh)]
            break

    def han(m: re.Match) -> str:
        run = m.group()
        # a transliterated INN (…替尼, …鲁胺) is one word; a patent medicine's four or six
        # characters read in pairs, as pharmacopoeias write them (连花清瘟 → Lianhua Qingwen)
        if run[-1] in t.inn_finals or len(run) not in (4, 6):
            return " " + pinyin_word(run) + " "
        return " " + " ".join(pinyin_word(run[i : i + 2]) for i in range(0, len(run), 2)) + " "

    known = lookup(rest.strip()) if lookup is not None and rest.strip() else None
    core = known or _HAN.sub(han, rest)
    parts = [core.strip(), salt, modality, form, prefix_form]
    out = re.sub(r"\s+", " ", " ".join(p for p in parts if p)).strip()
    return _title_form(out)


def _title_form(text: str) -> str:
    """Capitalise the generic words as product names do ("Hydrochloride Tablets", "for Injection")."""
    return " ".join(w if w in ("for", "and", "of") or not w[:1].islower() else w[:1].upper() + w[1:] for w in text.split(" "))
