"""Where a mention starts and ends, and what a name's neighbours say it is.

Sentences are made up for these tests (none is taken from a corpus). Each row gives a text and the
mention texts expected, or not expected, among the actors found, with the kind where it matters.
"""

from __future__ import annotations

import pytest

from newskit.extract import actors as actors_plugin
from newskit.models import Digest
from newskit.options import ParseOptions
from newskit.pipeline import segment


def run(text: str) -> Digest:
    out = actors_plugin.enrich_digest(segment(text, ParseOptions()), ParseOptions())
    assert out is not None
    return out


def mentions(digest: Digest) -> dict[str, str]:
    """Mention text -> kind of its actor."""
    return {m.text: a.kind for a in digest.actors for m in a.mentions}


# (text, {mention: kind or None for any kind}, {texts that must not be mentions}, why)
CASES = [
    ("The Lisbon relatives met reporters on Monday.", {"Lisbon": "place"}, {"The Lisbon"},
     "a name before a noun: the article is the noun's"),
    ("Police searched the Okafor home near Durban.", {}, {"the Okafor"},
     "a surname before a noun is no organization with its article"),
    ("The FBI said the suspect had fled.", {"The FBI": "organization"}, set(),
     "an organization before a verb keeps its article"),
    ("The Nordlicht Group tumbled in early trading.", {"The Nordlicht Group": "organization"}, set(),
     "a past tense after the name, not a noun"),
    ("He said: ``We are worried about the drought.''", {}, {"We"},
     "a capital after an opening `` quote starts a sentence"),
    ('It was "a disaster." Despite the rain, crowds gathered in Nairobi.', {"Nairobi": "place"}, {"Despite"},
     "a capital after a full stop and a closing quote starts a sentence"),
    ("Police said Tariku, 24, was arrested at dawn.", {"Tariku": "person"}, set(),
     "an age after a comma makes a person"),
    ("The 9-year-old Kelemu Worku was found safe.", {"Kelemu Worku": "person"}, set(),
     "an age before a name makes a person"),
    ("The chairman of Brantley Inc. Joseph Mwangi resigned.", {"Brantley Inc.": "organization"},
     {"Brantley Inc. Joseph Mwangi", "Inc. Joseph Mwangi"}, "a company suffix ends the company's name"),
    ("Shares of Vantor Aeronautic & Space NV fell.", {"Vantor Aeronautic & Space NV": "organization"},
     {"Space NV"}, "an ampersand joins the words of one company"),
    ("The appeal was heard at the Royal Courts of Justice in Accra.",
     {"the Royal Courts of Justice": "organization"}, {"Royal Courts of"},
     "a role word after 'of' is the name's own word"),
    ("The Immigration and Naturalization Board ruled on Friday.",
     {"The Immigration and Naturalization Board": "organization"}, {"Naturalization Board"},
     "an ordinary word before 'and' in an organization's name"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected", "absent", "why"), CASES, ids=[row[3] for row in CASES])
def test_mentions(text: str, expected: dict[str, str], absent: set[str], why: str) -> None:
    found = mentions(run(text))
    for name, kind in expected.items():
        assert name in found, f"{why}: {found}"
        assert found[name] == kind, f"{why}: {found}"
    assert not absent & set(found), f"{why}: {found}"
