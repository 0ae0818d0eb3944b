"""Words the reader needs to split sentences: abbreviations and usual sentence openers.

Sets of plain strings: extend them in place (``lexicon.ABBREVIATIONS.add("approx")``) before
parsing if your texts use others.
"""

from __future__ import annotations

__all__ = ["ABBREVIATIONS", "ABBREVIATIONS_BEFORE_NAME", "ABBREVIATIONS_BEFORE_NUMBER", "SENTENCE_OPENERS"]

#: Titles that stand before a name: a period after them never ends a sentence ("Dr. Rice").
ABBREVIATIONS_BEFORE_NAME: set[str] = {
    "mr", "mrs", "ms", "dr", "prof", "gen", "sen", "rep", "gov", "lt", "col", "capt", "cmdr",
    "sgt", "maj", "adm", "rev", "hon", "pres", "supt", "insp", "st", "mt", "ft", "messrs", "mme",
    "fr", "sr", "jr", "brig", "amb", "atty", "cpl", "pvt", "ald",
}

#: Abbreviations before a number: "No. 5", "Art. 12", "pp. 4".
ABBREVIATIONS_BEFORE_NUMBER: set[str] = {"no", "nos", "art", "p", "pp", "vol", "ch", "sec", "fig", "op", "tel"}

#: Abbreviations that may or may not end a sentence ("Jan.", "Inc.", "U.S.", "a.m.").
ABBREVIATIONS: set[str] = {
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
    "inc", "corp", "ltd", "co", "plc", "llc", "bros", "dept", "univ", "assn", "est",
    "etc", "vs", "approx", "e.g", "i.e", "cf", "al", "ave", "blvd", "rd",
    "a.m", "p.m", "u.s", "u.k", "u.n", "e.u", "d.c",
}

#: Words that usually open a sentence; after an abbreviation, a sentence ends only before one.
SENTENCE_OPENERS: set[str] = {
    "A", "After", "All", "Also", "An", "And", "As", "At", "But", "By", "During", "Each", "For",
    "He", "Her", "His", "However", "I", "If", "In", "It", "Its", "Meanwhile", "Most", "Mr",
    "Mrs", "Ms", "No", "Not", "On", "One", "Our", "She", "Since", "So", "Some", "That", "The",
    "Their", "Then", "There", "These", "They", "This", "Those", "Under", "We", "What", "When",
    "While", "Who", "With", "Yet", "You",
}
