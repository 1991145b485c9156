"""Announcement types declared as data (TOML files in ``models/types/``), and the type detector.

A type declares how to recognise it (weighted patterns), its summary sections in order, its fields
(zh/en labels, ``key：value`` keys, patterns, how values translate) and its core-viewpoint
templates in both languages. ``extends = "_base"`` pulls in the shared field definitions. A user adds
a type by writing one such file and passing its folder (``Summarizer(types_dir=...)``); no code.
"""

from __future__ import annotations

import functools
import operator
import re
from re import _casefix as _sre_casefix, _constants as _sre_constants, _parser as _sre_parser
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Sequence

import tomllib

from ..errors import TypeSpecError
from ..resources import models_dir, once
from ..types import Document

__all__ = ["FieldSpec", "SectionSpec", "DocType", "TypeRegistry", "TypeDetector", "PatternIndex", "cannot_match", "form_label_spans", "is_chinese_pattern", "result_recalled", "load_types",
           "required_literals"]

TRANSLATE_KINDS = {"value", "code", "date", "amount", "count", "phase", "sentence", "org", "drug", "term"}
METADATA_FIELDS = ("company", "regulator", "announcement_date")


@dataclass(frozen=True)
class Rewrite:
    """A field value's rendering in the other language by pattern: ``to`` is the English (``rewrites``) or
    the Chinese (``rewrites_zh``), with the pattern's named groups as placeholders."""

    pattern: re.Pattern
    to: str


@dataclass(frozen=True)
class FieldSpec:
    name: str
    label_zh: str
    label_en: str
    keys: tuple[str, ...] = ()
    patterns: Sequence[re.Pattern] = ()
    patterns_en: Sequence[re.Pattern] = ()
    gazetteer: str | None = None
    translate: str = "value"
    rewrites: tuple[Rewrite, ...] = ()
    defaults_en: dict[str, str] = field(default_factory=dict)
    # an English value's Chinese, where the field's values are a closed set ("accepted" → "受理"): read
    # before the glossary, so a word that is no glossary term (it would turn up as a key term of every
    # sentence that uses it) is still stated
    values_zh: dict[str, str] = field(default_factory=dict)
    # an English value's Chinese by pattern, where the values follow a few shapes ("third-quarter 2025
    # results" → 季度业绩); a named group ``amount`` is rendered as a Chinese amount
    rewrites_zh: tuple[Rewrite, ...] = ()
    default_en: str | None = None
    default_zh: str | None = None
    strip_suffix: tuple[str, ...] = ()
    # a value runs on past its end where one of these matches inside it: it is cut where the first
    # match starts ("晚期软组织肉瘤的疗效已得到证实" → "晚期软组织肉瘤")
    cut: Sequence[re.Pattern] = ()
    # a value that runs up to the end of an excerpt cut off mid-sentence is kept only where one of these
    # matches it (it ends as a whole value does); without them, such a value is kept
    complete: Sequence[re.Pattern] = ()
    # the field's validator: a prefix trimmed off, values rejected, a shape a value must have
    strip_prefix: Sequence[re.Pattern] = ()
    reject: Sequence[re.Pattern] = ()
    require: Sequence[re.Pattern] = ()
    prefer: str = "first"  # first | longest | earliest: which match to keep (see extract._pattern_spans)
    prefer_en: str = "first"  # the same for English text (defaults to ``prefer``)
    header_fallback: bool = False  # look in the header/boilerplate when the body has no match
    # patterns read first, in the header and boilerplate too: a form's own item that names the value
    # (a Taiwan MOPS notice's "2.公司名称:…" followed by "3.与公司关系:本公司" names the filer in full)
    in_header: Sequence[re.Pattern] = ()
    expand_acronym: bool = False  # an acronym value becomes its spelled-out form "Full Name (ACR)" if written
    continue_en: Sequence[re.Pattern] = ()  # English: what may follow a value and still be part of it
    # a candidate whose stripped-off prefix matches one of these is rejected: "全资子公司X有限公司"
    # names a subsidiary, not the filer
    reject_prefix: Sequence[re.Pattern] = ()
    # a candidate that the text right after it matches one of these is rejected: a code followed by
    # 试验/study is a trial's name, one followed by 财经/报社 a publisher's
    reject_next: Sequence[re.Pattern] = ()
    # a candidate that the text right before it (24 characters) ends with one of these (each ends in $) is
    # rejected: a drug after 联合 or "versus" is the one given with the event's, or measured against it
    reject_before: Sequence[re.Pattern] = ()
    # a candidate whose sentence matches one of these is rejected: a phase named where the filing recalls
    # an earlier trial ("此前已在澳洲开展I期临床试验", "previously completed a Phase 1 study") is not the event's
    reject_sentence: Sequence[re.Pattern] = ()
    # a fact of the event's drug (its indication, its trial's phase): a candidate whose sentence names
    # another product and not the drug the filing is about is that product's (see extract._of_other_product)
    of_drug: bool = False
    # English: a value is kept only where its sentence also matches one of these (a regulator that
    # acts: approved, granted, guidance …), not where it is named in passing
    context_en: Sequence[re.Pattern] = ()
    context_zh: Sequence[re.Pattern] = ()  # the same for Chinese gazetteer names
    # English: ... unless the sentence matches one of these (what the filer plans or seeks: "to submit
    # an NDA to the FDA", "seeking FDA guidance") and none of ``context_done_en`` (an act that happened)
    context_veto_en: Sequence[re.Pattern] = ()
    context_done_en: Sequence[re.Pattern] = ()


@dataclass(frozen=True)
class SectionSpec:
    key: str
    title_zh: str
    title_en: str
    labels: tuple[str, ...]
    fields: tuple[str, ...] = ()
    max_items: int = 2
    templates_en: tuple[str, ...] = ()
    templates_zh: tuple[str, ...] = ()


@dataclass(frozen=True)
class DocType:
    name: str
    title_zh: str
    title_en: str
    detect: tuple[tuple[re.Pattern, float, bool], ...]  # (pattern, weight, anywhere: search the whole text)
    sections: tuple[SectionSpec, ...]
    fields: dict[str, FieldSpec]
    core_en: tuple[str, ...] = ()
    core_zh: tuple[str, ...] = ()
    core_prefer_extractive: bool = False
    # (type, where) pairs: a type whose event, when also detected (in a headline, or anywhere in the
    # text), is the news this type's event accompanies or carries: a designation granted together
    # with an approval; a supplementary application whose approval is a consistency evaluation
    yields_to: tuple[tuple[str, str], ...] = ()
    # the event is itself a negation ("did not meet the primary endpoint", 未获批准): the event check reads
    # a plan or negation only before the match, not inside it
    negative: bool = False
    # the detect patterns that state the event a template claims (all but those marked
    # ``states_event = false``: a cue of the type that is not its event, "提交上市申请" for an acceptance)
    event_patterns: tuple[re.Pattern, ...] = ()
    path: str | None = None

    def field_names(self) -> list[str]:
        """Fields the type extracts: those its sections list, those its templates use, and the
        metadata every filing has (:data:`METADATA_FIELDS`)."""
        names: list[str] = [n for n in METADATA_FIELDS if n in self.fields]
        for section in self.sections:
            names.extend(section.fields)
            for template in (*section.templates_en, *section.templates_zh):
                names.extend(_placeholders(template))
        for template in (*self.core_en, *self.core_zh):
            names.extend(_placeholders(template))
        return [n for n in dict.fromkeys(names) if n in self.fields]


_PLACEHOLDER_RE = re.compile(r"\{(\w+)\}")


def _placeholders(template: str) -> list[str]:
    return _PLACEHOLDER_RE.findall(template)


def _compile(patterns: Iterable[str], where: str, flags: int = re.M, *, value_group: bool = True) -> tuple[re.Pattern, ...]:
    """Compile a field's patterns, naming the type file on error. Search patterns run multi-line
    and must capture ``value``; validators (``value_group=False``, ``flags=0``) see one value whole."""
    out = []
    for p in patterns:
        try:
            compiled = re.compile(p, flags)
        except re.error as exc:
            raise TypeSpecError(f"bad pattern {p!r} in {where}: {exc}") from exc
        if value_group and "value" not in compiled.groupindex:
            raise TypeSpecError(f"pattern {p!r} in {where} has no (?P<value>...) group")
        out.append(compiled)
    return tuple(out)


class Patterns:
    """A field's patterns, compiled on first use: a one-filing run compiles only what the filing's type
    searches (start-up was mostly regex compilation). Shipped type files are compiled whole by the test
    suite; a user's type file is compiled when it is loaded, so its errors name it at once."""

    __slots__ = ("_sources", "_where", "_flags", "_value_group", "_compiled")

    def __init__(self, sources: Iterable[str], where: str, flags: int = re.M, *, value_group: bool = True) -> None:
        self._sources = tuple(sources)
        self._where, self._flags, self._value_group = where, flags, value_group
        self._compiled: tuple[re.Pattern, ...] | None = None

    def compiled(self) -> tuple[re.Pattern, ...]:
        if self._compiled is None:
            self._compiled = _compile(self._sources, self._where, self._flags, value_group=self._value_group)
        return self._compiled

    def __iter__(self):
        return iter(self.compiled())

    def __getitem__(self, i: int) -> re.Pattern:
        return self.compiled()[i]

    def __len__(self) -> int:
        return len(self._sources)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Patterns) and (self._sources, self._flags) == (other._sources, other._flags)

    def __hash__(self) -> int:
        return hash((self._sources, self._flags))

    def __repr__(self) -> str:
        return f"Patterns({list(self._sources)!r})"


def compile_field(spec: FieldSpec) -> None:
    """Compile every pattern of ``spec`` now (a bad one raises :class:`TypeSpecError`)."""
    for value in vars(spec).values():
        if isinstance(value, Patterns):
            value.compiled()


def _field(name: str, raw: dict[str, Any], where: str) -> FieldSpec:
    translate = raw.get("translate", "value")
    if translate not in TRANSLATE_KINDS:
        raise TypeSpecError(f"field {name!r} in {where}: translate must be one of {sorted(TRANSLATE_KINDS)}")
    def rewrite_list(key: str, target: str) -> tuple[Rewrite, ...]:
        out = []
        for rw in raw.get(key, ()):
            try:
                out.append(Rewrite(re.compile(rw["pattern"]), rw[target]))
            except (KeyError, re.error) as exc:
                raise TypeSpecError(f"bad {key} entry in field {name!r} of {where}: {exc}") from exc
        return tuple(out)

    rewrites, rewrites_zh = rewrite_list("rewrites", "en"), rewrite_list("rewrites_zh", "zh")
    return FieldSpec(
        name=name,
        label_zh=raw.get("label_zh", name),
        label_en=raw.get("label_en", name.replace("_", " ").title()),
        keys=tuple(raw.get("keys", ())),
        patterns=Patterns(raw.get("patterns", ()), f"{where}:{name}"),
        patterns_en=Patterns(raw.get("patterns_en", ()), f"{where}:{name}"),
        gazetteer=raw.get("gazetteer"),
        translate=translate,
        rewrites=rewrites,
        defaults_en=dict(raw.get("defaults_en", {})),
        values_zh={k.lower(): v for k, v in raw.get("values_zh", {}).items()},
        rewrites_zh=rewrites_zh,
        default_en=raw.get("default_en"),
        default_zh=raw.get("default_zh"),
        strip_suffix=tuple(raw.get("strip_suffix", ())),
        cut=Patterns(raw.get("cut", ()), f"{where}:{name}:cut", 0, value_group=False),
        complete=Patterns(raw.get("complete", ()), f"{where}:{name}:complete", 0, value_group=False),
        strip_prefix=Patterns(raw.get("strip_prefix", ()), f"{where}:{name}:strip_prefix", 0, value_group=False),
        reject=Patterns(raw.get("reject", ()), f"{where}:{name}:reject", 0, value_group=False),
        require=Patterns(raw.get("require", ()), f"{where}:{name}:require", 0, value_group=False),
        prefer=raw.get("prefer", "first"),
        prefer_en=raw.get("prefer_en", raw.get("prefer", "first")),
        header_fallback=bool(raw.get("header_fallback", False)),
        in_header=Patterns(raw.get("in_header", ()), f"{where}:{name}:in_header"),
        expand_acronym=bool(raw.get("expand_acronym", False)),
        continue_en=Patterns(raw.get("continue_en", ()), f"{where}:{name}:continue_en", 0, value_group=False),
        reject_prefix=Patterns(raw.get("reject_prefix", ()), f"{where}:{name}:reject_prefix", 0, value_group=False),
        reject_next=Patterns(raw.get("reject_next", ()), f"{where}:{name}:reject_next", 0, value_group=False),
        reject_before=Patterns(raw.get("reject_before", ()), f"{where}:{name}:reject_before", 0, value_group=False),
        reject_sentence=Patterns(raw.get("reject_sentence", ()), f"{where}:{name}:reject_sentence", 0, value_group=False),
        of_drug=bool(raw.get("of_drug", False)),
        context_zh=Patterns(raw.get("context_zh", ()), f"{where}:{name}:context_zh", 0, value_group=False),
        context_en=Patterns(raw.get("context_en", ()), f"{where}:{name}:context_en", 0, value_group=False),
        context_veto_en=Patterns(raw.get("context_veto_en", ()), f"{where}:{name}:context_veto_en", 0, value_group=False),
        context_done_en=Patterns(raw.get("context_done_en", ()), f"{where}:{name}:context_done_en", 0, value_group=False),
    )


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        with open(path, "rb") as fh:
            return tomllib.load(fh)
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise TypeSpecError(f"cannot read type file {path}: {exc}") from exc


# the base file every type extends, read and built once per load (keyed by path and mtime): its
# fields are the same FieldSpec objects in every type, as they are the same specification
_BASES: dict[tuple[str, float], tuple[dict[str, Any], dict[str, FieldSpec]]] = {}


def _read_base(path: Path) -> tuple[dict[str, Any], dict[str, FieldSpec]]:
    key = (str(path), path.stat().st_mtime)
    found = _BASES.get(key)
    if found is None:
        raw = _read_toml(path)
        found = _BASES[key] = (raw, {name: _field(name, spec, path.name) for name, spec in raw.get("fields", {}).items()})
    return found


def load_type(path: Path, search: Iterable[Path]) -> DocType:
    raw = _read_toml(path)
    where = path.name
    base: dict[str, Any] = {}
    base_fields: dict[str, FieldSpec] = {}
    if "extends" in raw:
        for folder in search:
            candidate = folder / f"{raw['extends']}.toml"
            if candidate.is_file():
                base, base_fields = _read_base(candidate)
                break
        else:
            raise TypeSpecError(f"{where} extends {raw['extends']!r}, which was not found")
    own = raw.get("fields", {})
    without = set(raw.get("without", ()))  # base fields this type's event does not have
    unknown = without - set(base.get("fields", {}))
    if unknown:
        raise TypeSpecError(f"{where} leaves out {sorted(unknown)}, which its base does not declare")
    fields = {name: _field(name, own[name], where) if name in own else base_fields[name]
              for name in {**base.get("fields", {}), **own} if name not in without}
    titles = {**base.get("section_titles", {}), **raw.get("section_titles", {})}
    sections = []
    for s in raw.get("sections", ()):
        key = s.get("key")
        if not key:
            raise TypeSpecError(f"a section in {where} has no key")
        title_zh, title_en = titles.get(key, (s.get("title_zh", key), s.get("title_en", key)))
        for f in s.get("fields", ()):
            if f not in fields:
                raise TypeSpecError(f"section {key!r} in {where} lists unknown field {f!r}")
        sections.append(
            SectionSpec(
                key=key,
                title_zh=s.get("title_zh", title_zh),
                title_en=s.get("title_en", title_en),
                labels=tuple(s.get("labels", ())),
                fields=tuple(s.get("fields", ())),
                max_items=int(s.get("max_items", 2)),
                templates_en=tuple(s.get("templates_en", ())),
                templates_zh=tuple(s.get("templates_zh", ())),
            )
        )
    if "name" not in raw:
        raise TypeSpecError(f"{where} has no name")
    if path.parent.resolve() != (models_dir() / "types").resolve():  # a user's type: its errors now
        for spec in fields.values():
            compile_field(spec)
    detect, event_patterns = [], []
    for d in raw.get("detect", {}).get("patterns", ()):
        try:
            detect.append((re.compile(d["pattern"]), float(d.get("weight", 1.0)), bool(d.get("anywhere", False))))
        except (KeyError, re.error) as exc:
            raise TypeSpecError(f"bad detect pattern in {where}: {exc}") from exc
        if d.get("states_event", True):
            event_patterns.append(detect[-1][0])
    core = raw.get("core", {})
    doctype = DocType(
        name=raw["name"],
        title_zh=raw.get("title_zh", raw["name"]),
        title_en=raw.get("title_en", raw["name"]),
        detect=tuple(detect),
        sections=tuple(sections),
        fields=fields,
        core_en=tuple(core.get("en", ())),
        core_zh=tuple(core.get("zh", ())),
        core_prefer_extractive=bool(core.get("prefer_extractive", False)),
        yields_to=_yields_to(raw.get("detect", {}).get("yields_to", {}), where),
        negative=bool(raw.get("detect", {}).get("negative", False)),
        event_patterns=tuple(event_patterns),
        path=str(path),
    )
    for template in (*doctype.core_en, *doctype.core_zh):
        for name in _placeholders(template):
            if name not in fields:
                raise TypeSpecError(f"core template in {where} uses unknown field {name!r}")
    return doctype


def _yields_to(raw: Any, where: str) -> tuple[tuple[str, str], ...]:
    """``yields_to = { drug_registration = "headline", consistency_evaluation = "text" }``."""
    if not isinstance(raw, dict) or any(v not in ("headline", "text") for v in raw.values()):
        raise TypeSpecError(f"{where}: detect.yields_to maps type names to \"headline\" or \"text\"")
    return tuple(raw.items())


class TypeRegistry:
    """All known announcement types, the shipped ones plus any user folders."""

    def __init__(self, types: Iterable[DocType]) -> None:
        self.types = {t.name: t for t in types}
        if "other" not in self.types:
            raise TypeSpecError("no 'other' fallback type is declared")

    @classmethod
    def from_dirs(cls, dirs: Iterable[str | Path]) -> "TypeRegistry":
        folders = [Path(d) for d in dirs]
        found: dict[str, DocType] = {}
        for folder in folders:
            if not folder.is_dir():
                raise TypeSpecError(f"types folder {folder} does not exist")
            for path in sorted(folder.glob("*.toml")):
                if path.name.startswith("_"):
                    continue
                doctype = load_type(path, [folder, *folders])
                found[doctype.name] = doctype  # later folders override earlier ones
        return cls(found.values())

    def __getitem__(self, name: str) -> DocType:
        return self.types[name]

    def __iter__(self):
        return iter(self.types.values())

    def __len__(self) -> int:
        return len(self.types)


@once
def _shipped() -> TypeRegistry:
    return TypeRegistry.from_dirs([models_dir() / "types"])


def load_types(extra_dirs: tuple[str, ...] = ()) -> TypeRegistry:
    if not extra_dirs:
        return _shipped()
    return TypeRegistry.from_dirs([models_dir() / "types", *extra_dirs])


_CJK_PATTERN_RE = re.compile(r"[\u3400-\u9fff]")
_PATTERN_SCRIPT: dict[str, bool] = {}


# Case-insensitive patterns are prefiltered on a folded text: each character as the regex engine
# compares it under IGNORECASE (its simple lowercase, and one member for the letters the engine also
# takes as equal: ı/i, ſ/s, µ/μ, ς/σ, …), so a string a match must contain is found in the folded text
# whenever it is in the text in any case.
_CANONICAL = {code: min(code, *others) for code, others in _sre_casefix._EXTRA_CASES.items()}
_FOLD_TABLE = {code: canon for code, canon in _CANONICAL.items() if canon != code}
_FOLD_ODD = re.compile("[" + "".join(map(chr, _FOLD_TABLE)) + "\u0130]")


def fold_case(text: str) -> str:
    """``text`` as an IGNORECASE search compares it (see above); the same length as ``text``."""
    if text.isascii():
        return text.lower()
    if "\u0130" in text:  # İ lowercases to two characters; the engine takes it as i
        text = text.replace("\u0130", "i")
    low = text.lower()
    return low.translate(_FOLD_TABLE) if _FOLD_ODD.search(low) else low


def required_literals(pattern: re.Pattern) -> tuple[str, ...] | None:
    """Strings one of which every match of ``pattern`` contains (read off its parsed form: literal runs,
    alternations of them, repeats of at least one), the most selective such set; None when none can be
    named (a pattern that starts with a class). For a pattern that ignores case anywhere (its flags or a
    scoped ``(?i:…)``) the strings are case-folded (:func:`fold_case`) and are to be looked for in the
    folded text: see :func:`cannot_match`. A search can be skipped when none of them occurs."""
    return _literals(pattern)[0] or None


@functools.lru_cache(maxsize=4096)
def _literals(pattern: re.Pattern) -> tuple[tuple[str, ...], bool]:
    """(required literals, whether they are case-folded), from one parse of the pattern."""
    try:
        tree = list(_sre_parser.parse(pattern.pattern, pattern.flags))
    except Exception:  # an unusual construct: no prefilter, the search decides
        return (), False
    needs = _needs(tree)
    if not needs:
        return (), False
    folded = _ignores_case(pattern, tree)
    return tuple(sorted({fold_case(n) for n in needs} if folded else needs)), folded


def _ignores_case(pattern: re.Pattern, tree) -> bool:
    if pattern.flags & re.IGNORECASE:
        return True
    c = _sre_constants

    def walk(seq) -> bool:
        for op, av in seq:
            if op is c.SUBPATTERN:
                if av[1] & re.IGNORECASE or walk(av[-1]):
                    return True
            elif op is c.BRANCH:
                if any(walk(b) for b in av[1]):
                    return True
            elif op in (c.MAX_REPEAT, c.MIN_REPEAT, getattr(c, "POSSESSIVE_REPEAT", None)):
                if walk(av[2]):
                    return True
            elif op in (c.ASSERT, c.ASSERT_NOT) and walk(av[1]):
                return True
        return False

    return walk(tree)


# per pattern: (required_literals, whether they are folded); ((), False) for none. Read without a call's
# overhead: this runs hundreds of times a filing
_NEEDS: dict[re.Pattern, Any] = {}
_UNREAD: Any = object()  # a pattern seen once, its literals not read yet
_FOLDED: tuple[str, str] = ("", "")  # the last text folded, and its folding: one text is tried against many patterns


def cannot_match(pattern: re.Pattern, text: str) -> bool:
    """True when none of the strings every match of ``pattern`` contains occurs in ``text`` (so the
    search can be skipped); False when it may match or nothing can be said."""
    global _FOLDED
    entry = _NEEDS.get(pattern)
    if entry is None:  # first use: searched as it is (reading a pattern's literals costs more than one search)
        _NEEDS[pattern] = _UNREAD
        return False
    if entry is _UNREAD:  # used again: worth reading once
        entry = _NEEDS[pattern] = _literals(pattern)
    needs, folded = entry
    if not needs:
        return False
    if folded:
        last = _FOLDED  # one read: another thread may replace it
        if last[0] is text:
            text = last[1]
        else:
            low = fold_case(text)
            _FOLDED = (text, low)
            text = low
    for n in needs:  # a loop, not any(genexpr)
        if n in text:
            return False
    return True


def _needs(seq) -> set[str] | None:
    c = _sre_constants
    candidates: list[set[str]] = []
    run: list[str] = []

    def flush() -> None:
        if run:
            candidates.append({"".join(run)})
            run.clear()

    for op, av in seq:
        if op is c.LITERAL:
            run.append(chr(av))
            continue
        flush()
        if op is c.SUBPATTERN:
            inner = _needs(list(av[-1]))
        elif op is c.BRANCH:
            branches = [_needs(list(b)) for b in av[1]]
            inner = set().union(*branches) if branches and all(branches) else None
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT, getattr(c, "POSSESSIVE_REPEAT", None)) and av[0] >= 1:
            inner = _needs(list(av[2]))
        elif op is c.IN and av and all(o is c.LITERAL for o, _ in av):
            inner = {chr(v) for _, v in av}
        else:  # a class, an anchor, a lookaround, an optional part: nothing it must contain
            inner = None
        if inner:
            candidates.append(inner)
    flush()
    if not candidates:
        return None
    # the most selective: the longest shortest string, then the fewest strings
    return max(candidates, key=lambda s: (min(len(x) for x in s), -len(s)))


def is_chinese_pattern(pattern: re.Pattern) -> bool:
    """Whether a pattern is written for Chinese text (it has a Han character); cached per pattern."""
    found = _PATTERN_SCRIPT.get(pattern.pattern)
    if found is None:
        found = _PATTERN_SCRIPT[pattern.pattern] = bool(_CJK_PATTERN_RE.search(pattern.pattern))
    return found


_SENTENCE_END = ("。", ".", "；", ";", "！", "!")

# what a filing had before, not its news: "此前…", "曾获…", "已于2024年1月获受理" (a month or a year, not a
# day: "已于2024年1月5日收到" is the news itself), "previously granted", "had been accepted"
_BACKGROUND = re.compile(
    r"此前|曾经?|先前|之前|早前|早在|已于\s*(?:\d{4}\s*年\s*)?\d{1,2}\s*月(?!\s*\d{1,2}\s*日)|已于\s*\d{4}\s*年(?!\s*\d{1,2}\s*月)|(?<![近今])于\s*\d{4}\s*年\s*\d{1,2}\s*月(?!\s*\d{1,2}\s*日|\s*份)"
    r"|(?i:\b(?:previously|earlier|had (?:been |also )?(?:granted|approved|accepted|received|cleared)"
    r"|already (?:been )?(?:granted|approved|accepted|received))\b)")
# a step dated in the past at a sentence's start, by month ("已于2024年9月", not a day's date, which the news has)
_DATED_PAST = re.compile(r"已于\s*\d{4}\s*年\s*\d{1,2}\s*月(?!\s*\d{1,2}\s*日)")
# a pointer to an earlier announcement, open before the match ("(详见公司2016年4月6日…《关于获得…批件的公告》"); one to the
# same day's (详见公司同日披露的…) points to the news itself
_IN_REFERENCE = re.compile(r"详见(?![^。\n()（）]*?(?:同日|当日|今日|本公告))[^。\n()（）]*$|[(（](?:具体内容|具体|内容)?详见(?![^()（）\n]*?(?:同日|当日|今日|本公告))[^()（）\n]*$")
# a verb of saying before a pluperfect ("announced that the FDA had approved"): the tense is the report's
_REPORTED = re.compile(r"(?i)\b(?:announced|said|reported|disclosed|stated|confirmed) that\b")
_NOW = re.compile(r"近日|日前|今日|今天|近期|现已|(?i:\btoday\b|\brecently\b)")


def dated_in_past(text: str, start: int, match_start: int, match_end: int) -> bool:
    """Whether the sentence from ``start`` dates the step a match (``match_start``, ``match_end``) states by a past
    month before it ("公司已于2024年9月收到…,内容有关…已获受理") and says nothing of now after the date: the type
    detector (``_background``) and the event check read a step as past alike."""
    dated = _DATED_PAST.search(text, start, match_start)
    return dated is not None and not _NOW.search(text, dated.end(), match_end)
_PAST_DATE_CLAUSE = re.compile(r"(?:早在|早于)\s*\d{4}\s*年(?:\s*\d{1,2}\s*月)?(?:底|初|中|末)?")
_SECOND = operator.itemgetter(1)
_WIRE_TAG = re.compile(r"\s*[（(][A-Za-z]{1,4}[)）]\s*$")
_CLAUSE_STOPS = re.compile(r"[，,。；;！!？?\n]|\. ")
# an English sentence that sets a result against an earlier one ("This is as opposed to the top-line results
# released last September, which showed the study did not meet its primary endpoint"): its event is the past's
_RECALLED_EN = re.compile(
    r"(?i)\bas opposed to\b|\b(?:released|announced|reported|disclosed) (?:last|in) (?:year|month|week|January|February|"
    r"March|April|May|June|July|August|September|October|November|December)\b")


def _background(text: str, at: int, end: int) -> bool:
    """Whether the words at ``text[at:end]`` (a pattern's match) state what the filer had before (a marker in
    their clause before them, or inside them)."""
    words = text[at:end]
    before = text[max(0, at - 80) : at]
    if _IN_REFERENCE.search(text, max(0, at - 200), at):
        return True  # inside "(详见公司2013年4月9日披露的《关于…的公告》)": an earlier announcement's title
    cut = list(_CLAUSE_STOPS.finditer(before))
    clause = before[cut[-1].end() :] if cut else before
    # (of a match that runs over lines, a layout's pattern, only its first line is a clause)
    marker = _BACKGROUND.search(clause + words.split("\n", 1)[0])
    if not marker and cut:  # a clause of its own that dates what follows in the past ("早在2017年,某某宣布终止…")
        start = cut[-2].end() if len(cut) > 1 else 0
        if _PAST_DATE_CLAUSE.fullmatch(before[start : cut[-1].start()].strip()):
            return True
    wider = text[max(0, at - 240) : at]
    if not marker and cut and not _CJK_PATTERN_RE.search(wider):
        sentence = wider[max(wider.rfind(". "), wider.rfind("\n")) + 1 :]
        if _RECALLED_EN.search(sentence):
            return True
    if not marker:
        # a sentence that opens by dating its step in the past ("公司已于2024年9月收到…受理通知书,内容有关…的NDA已获受理"):
        # its later clauses tell the same past step
        start = max(text.rfind("。", 0, at), text.rfind("\n", 0, at)) + 1
        if at - start <= 160 and dated_in_past(text, start, at, end):
            return True
    if marker and marker.group().lower().startswith("had ") and _REPORTED.search(before[before.rfind("\n") + 1 :]):
        return False  # "announced that the FDA had approved …": reported speech's tense, not an earlier event
    # "公司此前提交的…上市申请近日获得批准": the earlier step is named, and the match says it is now
    return bool(marker) and not _NOW.search((clause + words)[marker.end() :])


def result_recalled(text: str, start: int, end: int) -> bool:
    """Whether the words at ``text[start:end]`` (a trial's result) are told as what the filer had disclosed
    before ("公司已于2023年8月披露本研究达到主要研究终点"): read as the type detector reads a match
    (:func:`_background`)."""
    return _background(text, start, end)


def _search_news(pattern: re.Pattern, text: str) -> re.Match | None:
    """The pattern's first match that is not background (see ``_background``)."""
    m = pattern.search(text)
    tries = 0
    while m is not None and _background(text, m.start(), m.end()):
        tries += 1
        if tries > 8:  # bounded whatever the text
            return None
        m = pattern.search(text, m.end() if m.end() > m.start() else m.end() + 1)
    return m


def _spaced(literal: str) -> str:
    """A pattern for ``literal`` as a wrapped form prints it: any white space between its characters."""
    return r"\s*".join(re.escape(ch) for ch in literal)


# Taiwan's MOPS new-drug notice is a form: its labels list every outcome a notice may report ("提出申請/
# 通過核准/不通過核准/各期人體臨床試驗(含期中分析)結果/…") and its plan line every stage to come ("預計進行
# 之所有研發階段:…臨床試驗/新藥查驗登記審核"). Neither is the news: the type is read with them blanked out.
@functools.lru_cache(maxsize=1)
def _form_labels() -> re.Pattern:  # compiled on first use: only a MOPS form needs it
    return re.compile("|".join([
        # "提出申請/通過核准/…/各期人體臨床試驗(含期中分析)結果/發生其他影響新藥研發之重大事件" and the risk
        # labels "未(已)通過目的事業主管機關許可者、各期人體臨床試驗(含期中分析)結果(未)達統計上顯著意義…者"
        "(?:" + _spaced("提出申请") + "|(?:" + _spaced("未") + "|" + _spaced("已") + ")" + _spaced("通过目的事业主管机关许可") + r")[\s\S]{0,60}?"
        + _spaced("各期人体") + r"(?:\s*临\s*床)?" + _spaced("试验(含期中分析)结果")
        # (the label ends there, or runs on: "…未達統計上顯著意義或發生其他影響新藥研發之重大事件者")
        + r"(?:[^:：。]{0,14}?" + _spaced("显著意义") + r")?(?:\s*(?:或|/)\s*"
        + _spaced("发生其他影响新药研发之重大事件") + "(?:者)?)?",
        _spaced("(请说明目前之研发阶段系属提出申请/通过核准/不通过核准") + r"[^)）]{0,160}[)）]",
        _spaced("预计进行之所有研发阶段") + r"[:：][\s\S]{0,200}?(?=\s*\d\s*[.．、]|\s*[（(]\d[)）])",
    ]))


class PatternIndex:
    """Which of a fixed set of patterns may match a text, found with one Aho-Corasick pass over it (and one
    over its case-folded form, for the patterns that ignore case) instead of a search per required string per
    pattern (:func:`cannot_match`): a pattern not in :meth:`possible` cannot match; one with no required
    string is always in it."""

    def __init__(self, patterns: Iterable[re.Pattern]) -> None:
        import ahocorasick

        by_string: tuple[dict[str, list[re.Pattern]], dict[str, list[re.Pattern]]] = ({}, {})
        always: list[re.Pattern] = []
        for pattern in dict.fromkeys(patterns):
            needs, folded = _literals(pattern)
            if not needs:
                always.append(pattern)
            for n in needs:
                by_string[folded].setdefault(n, []).append(pattern)
        self.always = frozenset(always)
        self._needers: list[tuple[re.Pattern, ...]] = []
        self._automata: list[Any] = []
        for strings in by_string:
            automaton = None
            if strings:
                automaton = ahocorasick.Automaton()
                for n, needing in strings.items():
                    automaton.add_word(n, len(self._needers))
                    self._needers.append(tuple(needing))
                automaton.make_automaton()
            self._automata.append(automaton)

    def possible(self, *texts: str | None) -> set[re.Pattern]:
        raw, folded = self._automata
        hit: set[int] = set()
        for text in texts:
            if not text:
                continue
            if raw is not None:
                hit.update(map(_SECOND, raw.iter(text)))  # each string's number, however often it occurs
            if folded is not None:
                hit.update(map(_SECOND, folded.iter(fold_case(text))))
        found = set(self.always)
        for i in hit:
            found.update(self._needers[i])
        return found


@functools.lru_cache(maxsize=16)
def form_label_spans(text: str) -> tuple[tuple[int, int], ...]:
    """Where a MOPS form's labels and plan line are (see above): no field's value is read there."""
    if "期中分析" not in text and "研发阶段" not in text:
        return ()
    return tuple(m.span() for m in _form_labels().finditer(text))


def _without_form_labels(text: str) -> str:
    """``text`` with a MOPS form's labels and plan line blanked out (the same length)."""
    spans = form_label_spans(text)
    if not spans:
        return text
    parts, at = [], 0
    for a, b in spans:
        parts += [text[at:a], " " * (b - a)]
        at = b
    return "".join(parts) + text[at:]


class TypeDetector:
    """Scores every type's detect patterns on the headlines (double weight) and the opening text (or the
    whole text, for a pattern marked ``anywhere``, such as a sponsor's disclosure at the foot)."""

    def __init__(self, registry: TypeRegistry, *, threshold: float = 3.0, window: int = 3000,
                 headline_lines: int = 6, headline_chars: int = 100) -> None:
        self.registry = registry
        self.headline_lines = headline_lines
        self.headline_chars = headline_chars
        self.threshold = threshold
        self.window = window
        self._needs: dict[re.Pattern, tuple[tuple[str, ...], bool]] = {}
        self._automata: dict[bool, PatternIndex] = {}  # by script: the lead's patterns (_present)
        # each type's detect patterns by script: a pattern of the other script cannot match the words
        # that matter
        self._detect = {chinese: tuple((t, tuple(d for d in t.detect if is_chinese_pattern(d[0]) == chinese))
                                       for t in registry) for chinese in (True, False)}

    def scores(self, doc: Document) -> dict[str, float]:
        return self._scores(doc)[0]

    def _scores(self, doc: Document) -> tuple[dict[str, float], set[str]]:
        """Each type's score, and the types whose pattern matched a headline."""
        candidates = self._headlines(doc)
        # one string, one search per pattern: `.` does not cross the line breaks between candidates
        headlines = "\n".join(_without_form_labels(c) for c in candidates)
        long_title = candidates[0] if len(candidates[0]) > self.headline_chars else None
        if long_title is not None:  # only its first sentence heads the text
            end = long_title.find("。")
            short = "\n".join([long_title[: end + 1] if end > 0 else long_title, *candidates[1:]])
        else:
            short = headlines
        # the headline and lead decide the type; English leads are short, Chinese field lists come later
        text = _without_form_labels(doc.search_text) if doc.lang == "zh" else doc.search_text
        body = text[: self.window if doc.lang == "zh" else self.window // 2]
        # headlines inside the lead match a pattern only if the lead does: search them only then
        inside = all(h in body for h in candidates)
        out = {}
        in_headline: set[str] = set()
        # only a text that recalls an earlier event anywhere needs each match's clause read for it
        recalls = _BACKGROUND.search(doc.search_text) is not None or (
            doc.lang == "en" and _RECALLED_EN.search(doc.search_text) is not None)
        # each pattern's required strings (read once per detector), looked for in the texts as they are and,
        # for a pattern that ignores case, as folded (each text folded at most once): the prefilter of
        # cannot_match, without a call per pattern, for this loop runs for every pattern of every filing
        needs_of = self._needs
        folds: dict[int, str] = {}
        chinese = doc.lang == "zh"
        # the patterns of the lead whose required strings occur in it (or in the headlines, where these are not
        # inside it): one pass of an automaton over each text, instead of a search per string per pattern
        hits = self._present(chinese, body, None if inside else headlines)
        for doctype, detect in self._detect[chinese]:
            score = 0.0
            for pattern, weight, anywhere in detect:
                if not anywhere:
                    if pattern not in hits:
                        continue  # no string the pattern needs is there: it cannot match
                    where = body
                else:
                    where = text
                    entry = needs_of.get(pattern)
                    if entry is None:
                        entry = needs_of[pattern] = _literals(pattern)
                    needs, folded = entry
                    if needs:
                        if folded:
                            key = id(where)
                            w = folds.get(key) or folds.setdefault(key, fold_case(where))
                            h = folds.get(-1) or folds.setdefault(-1, fold_case(headlines))
                        else:
                            w, h = where, headlines
                        for n in needs:
                            if n in w or (not inside and n in h):
                                break
                        else:
                            continue  # no string the pattern needs is there: it cannot match
                in_body = (_search_news(pattern, where) if recalls else pattern.search(where)) is not None
                if in_body:
                    score += weight
                if (in_body or not inside) and pattern.search(headlines):
                    score += 2 * weight
                    # of a first paragraph taken as the title, only the first sentence is a headline to
                    # yield to: the asides after it ("…从而加速药物的批准和上市") are not the news
                    if long_title is None or pattern.search(short):
                        in_headline.add(doctype.name)
            out[doctype.name] = score
        return out, in_headline

    def _present(self, chinese: bool, body: str, headlines: str | None) -> set[re.Pattern]:
        """The lead's detect patterns (not ``anywhere``) that may match ``body`` or ``headlines``."""
        index = self._automata.get(chinese)
        if index is None:
            index = self._automata[chinese] = PatternIndex(
                pattern for _, detect in self._detect[chinese] for pattern, _, anywhere in detect if not anywhere)
        return index.possible(body, headlines)

    def _headlines(self, doc: Document) -> list[str]:
        """The title and the short lines at the top: on a reprint the real headline often sits below
        navigation, a share-price widget or a dateline, which the reader may have taken as the title."""
        title = doc.title or ""
        if doc.script == "traditional" and doc.match_text is not None:
            from .read import to_simplified

            title = to_simplified(title)
        out = [title]
        for seg in doc.segments[: self.headline_lines]:
            text = doc.search_text[seg.start : seg.end].strip()
            # a headline, not a sentence (nor a quoted one: "…获受理。”")
            # (an English release's headline, one line, runs longer: "U.S. FDA Approves X® (y) First and Only … in
            # Acutely Ill Medical Patients" is 170 characters)
            short = len(text) <= self.headline_chars or (
                doc.lang == "en" and len(text) <= 2.5 * self.headline_chars and "\n" not in text)
            # (a wire's closing tag after the last sentence, "…约18﹒1亿美元。(wh)", ends it too; a sentence's end
            # inside the line says it is prose: a headline has none)
            bare = _WIRE_TAG.sub("", text).rstrip("”\"’')）」")
            if short and not bare.endswith(_SENTENCE_END) and "。" not in bare:
                out.append(text)
            elif text.startswith("主旨"):  # Taiwan's MOPS notices state their subject on a 主旨 line
                out.append(text[2:].lstrip(" :：\t"))
        return out

    def __call__(self, doc: Document) -> tuple[str, float]:
        return self.detect(doc)[:2]

    def detect(self, doc: Document) -> tuple[str, float, float]:
        """(type, confidence, runner-up score / winner's score)."""
        return self.detect_scored(doc)[:3]

    def detect_scored(self, doc: Document) -> tuple[str, float, float, float]:
        """:meth:`detect`, and the best score any type reached (below ``threshold``: the patterns are
        silent, "other" for want of evidence)."""
        return self.detect_rival(doc)[:4]

    def detect_rival(self, doc: Document) -> tuple[str, float, float, float, str | None]:
        """:meth:`detect_scored`, and the runner-up type (None where there is none)."""
        scores, in_headline = self._scores(doc)
        best = max(scores, key=scores.__getitem__)
        total = sum(v for v in scores.values() if v > 0)  # a type argued against (< 0) is no rival
        side = None
        major = [t for t, where in self.registry.types[best].yields_to
                 if scores.get(t, 0.0) >= self.threshold and (where == "text" or t in in_headline)]
        if major:  # the headline says "ANDA approved, with orphan-drug designation": the approval is the news
            side, best = best, max(major, key=scores.__getitem__)
        if scores[best] < self.threshold:
            return "other", 1.0 - scores[best] / (self.threshold * 2), 0.0, scores[best], None
        # a type that yields to the winner names the same news (a supplementary approval that is a
        # consistency evaluation) or its side news: not a rival reading
        rivals = {t: v for t, v in scores.items()
                  if t not in (best, side) and best not in dict(self.registry.types[t].yields_to)}
        rival = max(rivals, key=rivals.__getitem__, default=None)
        runner_up = rivals[rival] if rival is not None else 0.0
        return (best, scores[best] / total if total else 0.0, min(runner_up / scores[best], 1.0), scores[best],
                rival if runner_up > 0 else None)
