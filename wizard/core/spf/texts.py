"""The message texts of the SPF checks, in one place beside the code that uses them.

Each text is marked with ``QT_TRANSLATE_NOOP("core", ...)`` so that ``pyside6-lupdate`` collects it; the Japanese
translations in resources/i18n/*.ts are keyed on these exact texts, so change one only together with its translation.
"""

from __future__ import annotations

from wizard.core.messages import QT_TRANSLATE_NOOP


# The record and its grammar (record.py)

NOT_SPF1 = QT_TRANSLATE_NOOP("core", "The record does not start with “v=spf1”.")
NOT_ASCII = QT_TRANSLATE_NOOP(
    "core",
    "The record contains characters that are not plain ASCII; receivers reject it as invalid.",
)
MODIFIER_TWICE = QT_TRANSLATE_NOOP("core", "The modifier “{name}=” appears twice; receivers reject the record.")
BAD_TERM = QT_TRANSLATE_NOOP(
    "core",
    "“{term}” is not a valid SPF term; receivers treat the whole record as an error (permerror).",
)

MACRO_EXP_ONLY = QT_TRANSLATE_NOOP(
    "core",
    "“{term}” uses the macro “{macro}”, which is allowed only in the explanation text; receivers treat the whole "
    "record as an error (permerror).",
)

# The include tree (tree.py)

AFTER_ALL = QT_TRANSLATE_NOOP("core", "{terms} after “{all}” in {domain} are never checked: receivers stop at “all”.")
REDIRECT_IGNORED = QT_TRANSLATE_NOOP("core", "“{redirect}” in {domain} is ignored because the record also has “all”.")
MACRO = QT_TRANSLATE_NOOP(
    "core",
    "“{term}” in {domain} uses a macro: what it looks up depends on the sender, so it is not followed here.",
)
LOOP = QT_TRANSLATE_NOOP(
    "core",
    "“{term}” in {domain} leads back to {target}: a loop, which receivers treat as an error.",
)
MX_TOO_MANY = QT_TRANSLATE_NOOP(
    "core",
    "“{term}” in {domain} finds {count} mail servers; SPF allows at most 10 (permerror).",
)
PTR = QT_TRANSLATE_NOOP(
    "core",
    "“{term}” in {domain} is slow and unreliable; RFC 7208 says not to use it. Replace it with ip4:/ip6: terms for "
    "your servers.",
)
INCLUDE_DNS_ERROR = QT_TRANSLATE_NOOP(
    "core",
    "The record behind “{term}” could not be read ({reason}); receivers would answer temperror.",
)
INCLUDE_MULTIPLE = QT_TRANSLATE_NOOP(
    "core",
    "{domain} (from “{term}”) has {count} SPF records; that is an error (permerror).",
)
INCLUDE_NO_RECORD = QT_TRANSLATE_NOOP(
    "core",
    "{domain} (from “{term}”) has no SPF record; a receiver that gets there answers permerror.",
)

# The lint of the domain's record (lint.py)

DNS_ERROR = QT_TRANSLATE_NOOP("core", "The SPF record of {domain} could not be read: {reason}.")
NONE = QT_TRANSLATE_NOOP(
    "core",
    "{domain} has no SPF record. Receivers cannot tell which servers may send for it; Gmail and others reject or "
    "file such mail as spam when it has no DKIM signature either.",
)
MULTIPLE = QT_TRANSLATE_NOOP(
    "core",
    "{domain} has {count} SPF records. Only one is allowed: receivers treat this as an error (permerror). Merge "
    "them into one record.",
)
TOO_MANY_LOOKUPS = QT_TRANSLATE_NOOP(
    "core",
    "Checking this record can take {count} DNS lookups; SPF allows 10. Receivers that get that far answer "
    "permerror. Remove includes you no longer use or replace a:/mx: terms with ip4:/ip6:.",
)
VOID_LOOKUPS = QT_TRANSLATE_NOOP(
    "core",
    "{count} lookups in this record find nothing (names without records); SPF allows 2, more is a permerror. "
    "Remove the terms that point to names that no longer exist.",
)
LONG_RECORD = QT_TRANSLATE_NOOP(
    "core",
    "The record is {length} characters long, more than one DNS text string holds (255); it is published as {count} "
    "strings that receivers join without spaces.",
)
STRING_JOIN = QT_TRANSLATE_NOOP(
    "core",
    "The record is split into strings that join without a space, which breaks a term. Put a space at the end of "
    "each string except the last.",
)
TOO_LONG = QT_TRANSLATE_NOOP(
    "core",
    "The record is {length} characters long; above about 450 some receivers cannot fetch it over UDP and may "
    "answer temperror. Shorten it.",
)
NO_ALL = QT_TRANSLATE_NOOP(
    "core",
    "The record of {domain} has no “all” at the end, so mail from any other server gets “neutral”. End it with "
    "“~all” (or “-all” once every sender is listed).",
)
PLUS_ALL = QT_TRANSLATE_NOOP(
    "core",
    "“{term}” allows every server in the world to send as {domain}; the record protects nothing and spam filters "
    "distrust it. Use “~all”.",
)
NEUTRAL_ALL = QT_TRANSLATE_NOOP(
    "core",
    "“?all” says nothing about other servers (neutral); receivers give it no weight. Use “~all”.",
)

# The results of an evaluation (result.py)

RESULT_PASS = QT_TRANSLATE_NOOP("core", "pass: the server is authorised")
RESULT_FAIL = QT_TRANSLATE_NOOP("core", "fail: the record says this server must not send for the domain")
RESULT_SOFTFAIL = QT_TRANSLATE_NOOP("core", "softfail: the server is not listed; receivers may mark the mail as spam")
RESULT_NEUTRAL = QT_TRANSLATE_NOOP("core", "neutral: the record says nothing about this server")
RESULT_NONE = QT_TRANSLATE_NOOP("core", "none: the domain has no SPF record")
RESULT_PERMERROR = QT_TRANSLATE_NOOP("core", "permerror: the record is broken; receivers treat it as failing")
RESULT_TEMPERROR = QT_TRANSLATE_NOOP("core", "temperror: the record could not be read just now")

# The proposal (proposal.py)

PROPOSAL_DNS_ERROR = QT_TRANSLATE_NOOP(
    "core",
    "No proposal: the current record could not be read. Try again or choose another DNS server.",
)
PROPOSAL_NO_RELAY = QT_TRANSLATE_NOOP("core", "No proposal: the relay's provider or addresses are not known.")
INCLUDE_UNREADABLE = QT_TRANSLATE_NOOP(
    "core",
    "The provider's SPF domain {target} could not be read, so it cannot be included yet.",
)
INCLUDE_UNUSABLE = QT_TRANSLATE_NOOP(
    "core",
    "The provider's SPF domain {target} has no usable SPF record, so it cannot be included. Check the provider "
    "mail address you entered.",
)
FRESH = QT_TRANSLATE_NOOP(
    "core",
    "{domain} has no SPF record yet, so this is a new one. It ends in “~all” (softfail): mail from other servers "
    "is marked, not refused, while you check that nothing else sends for {domain} (a web form on the rental "
    "server, a newsletter service). Add those, then you may change it to “-all”.",
)
MERGED = QT_TRANSLATE_NOOP(
    "core",
    "The {count} SPF records are merged into this one. Delete the others: two records are an error.",
)
UNCHANGED = QT_TRANSLATE_NOOP("core", "The record already contains {terms}; nothing to change.")
APPROXIMATE_HOST = QT_TRANSLATE_NOOP(
    "core",
    "{terms}: the addresses of {host} today. This is an approximation: the provider may send your mail out from "
    "other servers, and may change its addresses without telling you; then SPF fails again. Check the record when "
    "mail starts bouncing.",
)
APPROXIMATE_GIVEN = QT_TRANSLATE_NOOP(
    "core",
    "{terms}: the relay addresses you gave. This is an approximation: the provider may send your mail out from "
    "other servers, and may change its addresses without telling you; then SPF fails again. Check the record when "
    "mail starts bouncing.",
)
PROPOSAL_TOO_MANY_LOOKUPS = QT_TRANSLATE_NOOP(
    "core",
    "With this change, checking the record can take {count} DNS lookups, more than the 10 SPF allows. Remove "
    "includes of services you no longer use, replace a:/mx: terms with ip4:/ip6: addresses, or authorise the relay "
    "by its addresses instead of an include.",
)
AT_LIMIT = QT_TRANSLATE_NOOP(
    "core",
    "The new record needs exactly 10 DNS lookups, the most SPF allows: any further include breaks it.",
)
SPLIT = QT_TRANSLATE_NOOP(
    "core",
    "The record is longer than 255 characters, so it must be entered as {count} strings in quotes. If your DNS "
    "control panel has one field, paste the whole text; most panels split it for you.",
)
PLUS_ALL_KEPT = QT_TRANSLATE_NOOP(
    "core",
    "The record still ends in “{term}”, which lets anybody send as your domain. Change it to “~all” when you publish "
    "this record.",
)
BROKEN_RECORD = QT_TRANSLATE_NOOP(
    "core",
    "Your current SPF record is broken: receivers treat it as an error (permerror) for all mail, and adding the relay "
    "would not fix that. First correct or remove {terms} (see the problems of the current record), then check again "
    "for the record to publish.",
)
BROKEN_RECORD_GENERIC = QT_TRANSLATE_NOOP(
    "core",
    "Your current SPF record is broken: receivers treat it as an error (permerror) for all mail, and adding the relay "
    "would not fix that. First correct the problems of the current record, then check again for the record to "
    "publish.",
)
STILL_BROKEN = QT_TRANSLATE_NOOP(
    "core",
    "Even with the relay added, receivers would treat the record as an error (permerror), so no record is proposed. "
    "First fix the problems of the current record shown above, then check again.",
)
