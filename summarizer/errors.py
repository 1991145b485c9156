"""Coded, actionable errors: what went wrong, in which document, and what to do."""

from __future__ import annotations

__all__ = [
    "SummarizerError",
    "ReadError",
    "EmptyDocumentError",
    "BinaryInputError",
    "EncodingError",
    "DocumentTooLargeError",
    "UnsupportedFormatError",
    "MissingDependencyError",
    "ConfigError",
    "TypeSpecError",
]


class SummarizerError(Exception):
    """Base class: every error carries a code and, where known, the document it concerns."""

    code = "E000"
    hint = ""

    def __init__(self, message: str, *, doc: str | None = None, hint: str | None = None):
        self.message = message
        self.doc = doc
        self.hint = hint if hint is not None else type(self).hint
        super().__init__(self.__str__())

    def __str__(self) -> str:
        where = f"{self.doc}: " if self.doc else ""
        hint = f" ({self.hint})" if self.hint else ""
        return f"[{self.code}] {where}{self.message}{hint}"


class ReadError(SummarizerError):
    code = "E100"


class EmptyDocumentError(ReadError):
    code = "E101"
    hint = "nothing to summarise; check that the file or download is complete"


class BinaryInputError(ReadError):
    code = "E102"
    hint = "this looks like a binary file, not a text, HTML or PDF filing"


class EncodingError(ReadError):
    code = "E103"
    hint = "pass encoding='gb18030' or 'big5' if you know the file's encoding"


class DocumentTooLargeError(ReadError):
    code = "E104"
    hint = "raise max_chars in the reader config if this filing really is that long"


class UnsupportedFormatError(ReadError):
    code = "E105"


class MissingDependencyError(SummarizerError):
    code = "E200"


class ConfigError(SummarizerError):
    code = "E300"


class TypeSpecError(ConfigError):
    code = "E301"
    hint = "see models/types/README.md for the announcement type format"
