"""Inflected forms of trigger verbs and nouns, in British and American spelling.

Regular English morphology only: irregular forms ("met", "sold") are listed in the data modules
and passed in. Doubling of a final consonant is predicted for one-syllable verbs ("ban" →
"banned") and taken from :data:`DOUBLING` for longer ones ("submit" → "submitted").
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Final

__all__ = ["DOUBLING", "noun_forms", "spellings", "verb_forms"]

#: Verbs of more than one syllable that double their last consonant ("submitted", "referred").
DOUBLING: Final[set[str]] = {
    "submit",
    "commit",
    "admit",
    "permit",
    "omit",
    "transmit",
    "emit",
    "refer",
    "prefer",
    "confer",
    "defer",
    "deter",
    "occur",
    "recur",
    "incur",
    "control",
    "patrol",
    "compel",
    "expel",
    "propel",
    "repel",
    "rebel",
    "regret",
    "acquit",
    "equip",
    "abet",
    "embed",
}


def spellings(word: str) -> set[str]:
    """The British and American spellings of a word ("criticise" ↔ "criticize", "favour" ↔ "favor")."""
    out = {word}
    for a, b in (("ize", "ise"), ("yze", "yse"), ("ization", "isation"), ("izing", "ising"), ("ized", "ised")):
        for x, y in ((a, b), (b, a)):
            if x in word:
                out.add(word.replace(x, y))
    if re.search(r"[^aeiou]our", word):
        out.add(re.sub(r"([^aeiou])our", r"\1or", word))
    if word.endswith("ce") and word[:-2] in {"defen", "offen", "licen"}:
        out.add(word[:-2] + "se")
    return out


def _doubles(lemma: str) -> bool:
    if lemma in DOUBLING:
        return True
    return bool(re.fullmatch(r"[^aeiou]*[aeiou][^aeiouwxy]", lemma))


def _regular(lemma: str, past: bool = True) -> set[str]:
    out = {lemma}
    if re.search(r"(?:s|sh|ch|x|z|o)\Z", lemma):
        out.add(lemma + "es")
    elif re.search(r"[^aeiou]y\Z", lemma):
        out.add(lemma[:-1] + "ies")
    else:
        out.add(lemma + "s")
    if re.search(r"(?:ee|ye|oe)\Z", lemma):
        out |= {lemma + "d", lemma + "ing"}
    elif lemma.endswith("ie"):
        out |= {lemma + "d", lemma[:-2] + "ying"}
    elif lemma.endswith("e"):
        out |= {lemma + "d", lemma[:-1] + "ing"}
    elif re.search(r"[^aeiou]y\Z", lemma):
        out |= {lemma[:-1] + "ied", lemma + "ing"}
    elif _doubles(lemma):
        out |= {lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing"}
    else:
        out |= {lemma + "ed", lemma + "ing"}
        if re.search(r"[aeiou]l\Z", lemma) and not re.search(r"[aeiou]{2}l\Z", lemma):
            out |= {lemma + "led", lemma + "ling"}  # British "travelled", "signalling"
    if not past:
        out = {form for form in out if not form.endswith("ed")}
    return out


def verb_forms(lemma: str, irregular: Iterable[str] = ()) -> set[str]:
    """Every form of a verb: base, third person, past, participles, in both spellings.

    A multi-word lemma ("call on") inflects its first word.
    """
    head, _, rest = lemma.partition(" ")
    heads: set[str] = set()
    irregular = set(irregular)
    for spelling in spellings(head):
        heads |= _regular(spelling, past=not irregular)
    heads |= irregular
    return {f"{h} {rest}" if rest else h for h in heads}


def noun_forms(noun: str) -> set[str]:
    """Singular and plural of a noun (the last word of a phrase), in both spellings."""
    *first, last = noun.split(" ")
    out: set[str] = set()
    for spelling in spellings(last):
        plural = spelling[:-1] + "ies" if re.search(r"[^aeiou]y\Z", spelling) else spelling + "s"
        if re.search(r"(?:s|sh|ch|x|z)\Z", spelling):
            plural = spelling + "es"
        out |= {spelling} if spelling.endswith("s") else {spelling, plural}
    return {" ".join([*first, o]) for o in out}
