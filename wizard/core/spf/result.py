"""The words for SPF results (RFC 7208 2.6): the result values, one evaluation, the worst of several, and each result
in plain words. Kept apart from :mod:`.evaluate` so that showing a result does not load pyspf."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from wizard.core.messages import Msg
from wizard.core.spf import texts


class Result(str, Enum):
    PASS = "pass"
    FAIL = "fail"
    SOFTFAIL = "softfail"
    NEUTRAL = "neutral"
    NONE = "none"
    PERMERROR = "permerror"
    TEMPERROR = "temperror"


_RESULT_TEXTS = {
    Result.PASS: texts.RESULT_PASS,
    Result.FAIL: texts.RESULT_FAIL,
    Result.SOFTFAIL: texts.RESULT_SOFTFAIL,
    Result.NEUTRAL: texts.RESULT_NEUTRAL,
    Result.NONE: texts.RESULT_NONE,
    Result.PERMERROR: texts.RESULT_PERMERROR,
    Result.TEMPERROR: texts.RESULT_TEMPERROR,
}
# worst first: fail before errors before softfail ... before pass
_WORST_FIRST = (Result.FAIL, Result.PERMERROR, Result.SOFTFAIL, Result.TEMPERROR, Result.NEUTRAL, Result.NONE, Result.PASS)


@dataclass(frozen=True)
class Evaluation:
    ip: str
    result: Result


def combined(results) -> Result | None:
    """One result for several relay addresses: the worst of them (fail before errors before softfail ... before pass)."""
    results = list(results)
    for r in _WORST_FIRST:
        if r in results:
            return r
    return None


def result_text(result: Result) -> Msg:
    """A plain-words line for a result."""
    return Msg.of(_RESULT_TEXTS[result])
