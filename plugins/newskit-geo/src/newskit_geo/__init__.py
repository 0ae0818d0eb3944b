"""newskit plugin ``geo``: where the places are, and which country organizations belong to.

- :func:`lookup` gives one actor's :class:`GeoInfo`: for a place, its ISO 3166 codes,
  coordinates and country; for an organization or group, the country of what it is affiliated
  with, or of a country or demonym in its name ("the Belarusian embassy").
- :func:`annotate` does it for a whole digest: ``{actor id: GeoInfo}``.
- The ``enrich_digest`` hook changes the kind of an organization or group to ``place`` when its
  name is a country or city the gazetteer knows ("Kenya said…" found as an organization). It
  adds nothing else to the digest: the newskit/1 JSON contract keeps its shape.
- The ``geojson`` exporter writes the place actors as a GeoJSON FeatureCollection of points,
  with their mention counts.

The gazetteer (countries, capitals, cities of 400,000 people or more) is JSON shipped with the
package, built once by ``tools/build_data.py`` from pycountry, GeoNames and countryinfo; nothing
is fetched or imported from those at run time.
"""

from __future__ import annotations

import functools
import json
import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Sequence
from importlib import resources
from typing import Any, BinaryIO, Literal

import attrs

import newskit

__all__ = [
    "Gazetteer",
    "GeoInfo",
    "annotate",
    "enrich_digest",
    "gazetteer",
    "geojson",
    "is_place",
    "lookup",
    "normalise",
    "register_exporters",
    "write_geojson",
]

Feature = Literal["country", "city"]
Via = Literal["name", "alias", "affiliation", "name contains"]


@attrs.frozen(kw_only=True)
class GeoInfo:
    """Where an actor is, or which country it belongs to.

    Attributes:
        name: the gazetteer's name of the place ("Kyiv" for an actor named "Kiev").
        feature: ``country`` or ``city``.
        alpha2: the ISO 3166-1 alpha-2 code of the country (of the city's country for a city).
        alpha3: the ISO 3166-1 alpha-3 code.
        country: the country's common English name.
        lat, lon: WGS 84 coordinates: the city, or a representative point of the country.
        population: the city's population, or None for a country.
        capital: True for a capital city.
        via: how the actor was matched: its ``name``, one of its aliases (``alias``), one of its
            ``affiliation``\\ s, or a country or demonym its name contains (``name contains``).
    """

    name: str
    feature: Feature
    alpha2: str
    alpha3: str
    country: str
    lat: float
    lon: float
    population: int | None = None
    capital: bool = False
    via: Via = "name"

    def as_dict(self) -> dict[str, Any]:
        """A JSON-ready dict."""
        return attrs.asdict(self)


_SPACE = re.compile(r"\s+")
_TOKEN = re.compile(r"[^\s,;:()\[\]\"“”‘/]+")
_POSSESSIVE = re.compile(r"['’]s?\Z")


def normalise(name: str) -> str:
    """The key names are matched by: accents dropped, case folded, dots and a leading "the" removed."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    text = text.replace("’", "'").replace(".", "")
    text = _SPACE.sub(" ", text).strip()
    return text.removeprefix("the ")


@attrs.frozen
class _Entry:
    info: GeoInfo
    exact_case: str | None = None  # short all-capital aliases ("US") must be written that way


class Gazetteer:
    """Countries and cities by normalised name, alias and demonym.

    :param countries: the records of ``data/countries.json``.
    :param cities: the records of ``data/cities.json``, most populous first.
    """

    def __init__(self, countries: Sequence[dict[str, Any]], cities: Sequence[dict[str, Any]]) -> None:
        self.countries: dict[str, GeoInfo] = {}
        self._places: dict[str, list[_Entry]] = {}
        self._demonyms: dict[str, list[_Entry]] = {}
        for row in countries:
            info = GeoInfo(
                name=row["name"],
                feature="country",
                alpha2=row["alpha2"],
                alpha3=row["alpha3"],
                country=row["name"],
                lat=float(row["lat"]),
                lon=float(row["lon"]),
            )
            self.countries[info.alpha2] = info
            for name in [row["name"], *row.get("aliases", ())]:
                self._add(self._places, name, info)
            for demonym in row.get("demonyms", ()):
                self._add(self._demonyms, demonym, info)
        for row in cities:
            country = self.countries.get(row["country"])
            if country is None:
                continue
            info = GeoInfo(
                name=row["name"],
                feature="city",
                alpha2=country.alpha2,
                alpha3=country.alpha3,
                country=country.name,
                lat=float(row["lat"]),
                lon=float(row["lon"]),
                population=int(row["population"]),
                capital=bool(row.get("capital", False)),
            )
            for name in [row["name"], *row.get("aliases", ())]:
                self._add(self._places, name, info)
        self._longest = max((len(k.split()) for k in [*self._places, *self._demonyms]), default=1)

    @staticmethod
    def _add(table: dict[str, list[_Entry]], name: str, info: GeoInfo) -> None:
        compact = name.replace(".", "")
        exact = compact if compact.isupper() and len(compact) <= 4 else None
        entries = table.setdefault(normalise(name), [])
        # countries come first, then cities most populous first: the first entry wins
        if all(e.info != info for e in entries):
            entries.append(_Entry(info, exact))

    @staticmethod
    def _pick(entries: Sequence[_Entry], written: str) -> GeoInfo | None:
        compact = written.replace(".", "")
        for entry in entries:
            if entry.exact_case is None or entry.exact_case == compact:
                return entry.info
        return None

    def place(self, name: str) -> GeoInfo | None:
        """The country or city called ``name`` (a country before a city of the same name), or None."""
        text = _POSSESSIVE.sub("", name.strip())
        return self._pick(self._places.get(normalise(text), ()), text)

    def country_in(self, text: str) -> GeoInfo | None:
        """The first country named in ``text`` — by name, alias or demonym, or through a city — or None."""
        tokens = [_POSSESSIVE.sub("", m.group()) for m in _TOKEN.finditer(text)]
        keys = [normalise(t) for t in tokens]
        for start in range(len(tokens)):
            for size in range(min(self._longest, len(tokens) - start), 0, -1):
                written = " ".join(tokens[start : start + size])
                key = " ".join(keys[start : start + size])
                found = self._pick(self._places.get(key, ()), written) or self._pick(
                    self._demonyms.get(key, ()), written
                )
                if found is not None:
                    return self.country_of(found)
        return None

    def country_of(self, info: GeoInfo) -> GeoInfo:
        """The country a place is in (itself for a country)."""
        return info if info.feature == "country" else self.countries[info.alpha2]


def _data(name: str) -> Any:
    return json.loads(resources.files(__package__).joinpath("data").joinpath(name).read_text(encoding="utf-8"))


@functools.cache
def gazetteer() -> Gazetteer:
    """The gazetteer shipped with the plugin, read on first use."""
    return Gazetteer(_data("countries.json")["countries"], _data("cities.json")["cities"])


def is_place(actor: newskit.Actor) -> bool:
    """Whether an actor is a place: its kind says so, or (not a person) its name is a known place."""
    return actor.kind == "place" or (actor.kind != "person" and gazetteer().place(actor.name) is not None)


def lookup(actor: newskit.Actor, digest: newskit.Digest | None = None, *, _depth: int = 0) -> GeoInfo | None:
    """Where a place actor is, or which country an organization or group belongs to; None for people.

    :param actor: the actor.
    :param digest: the digest it comes from, to follow its affiliations (optional).
    """
    places = gazetteer()
    if is_place(actor):
        found = places.place(actor.name)
        if found is not None:
            return found
        for alias in actor.aliases:
            found = places.place(alias)
            if found is not None:
                return attrs.evolve(found, via="alias")
        for name in (actor.name, *actor.aliases):
            found = places.country_in(name)
            if found is not None:
                return attrs.evolve(found, via="name contains")
        return None
    if actor.kind == "person":
        return None
    if digest is not None and _depth < 4:
        for affiliation in actor.affiliations:
            other = digest.actor(affiliation)
            found = lookup(other, digest, _depth=_depth + 1) if other is not None else None
            if found is not None:
                return attrs.evolve(places.country_of(found), via="affiliation")
    for name in (actor.name, *actor.aliases):
        found = places.country_in(name)
        if found is not None:
            return attrs.evolve(found, via="name contains")
    return None


def annotate(digest: newskit.Digest) -> dict[str, GeoInfo]:
    """Every actor of the digest that :func:`lookup` places, by actor id, in actor order."""
    found = {}
    for actor in digest.actors:
        info = lookup(actor, digest)
        if info is not None:
            found[actor.id] = info
    return found


@newskit.hookimpl
def enrich_digest(digest: newskit.Digest, options: newskit.ParseOptions) -> newskit.Digest | None:
    """Make organizations and groups whose name is a known country or city into places."""
    places = gazetteer()
    changed = False
    actors = []
    for actor in digest.actors:
        if actor.kind in ("organization", "group") and places.place(actor.name) is not None:
            actor = attrs.evolve(actor, kind="place")
            changed = True
        actors.append(actor)
    return attrs.evolve(digest, actors=actors) if changed else None


# --- the geojson exporter ------------------------------------------------------------------------


def _features(digests: Iterable[newskit.Digest]) -> Iterator[dict[str, Any]]:
    for number, digest in enumerate(digests):
        document = digest.document or f"digest{number + 1}"
        for actor in digest.actors:
            if not is_place(actor):
                continue
            info = lookup(actor, digest)
            if info is None:
                continue
            yield {
                "type": "Feature",
                "id": f"{document}/{actor.id}",
                "geometry": {"type": "Point", "coordinates": [info.lon, info.lat]},
                "properties": {
                    "document": digest.document,
                    "actor": actor.id,
                    "name": actor.name,
                    "mentions": len(actor.mentions),
                    "articles": sorted({m.article for m in actor.mentions}),
                    "place": info.name,
                    "feature": info.feature,
                    "country": info.country,
                    "alpha2": info.alpha2,
                    "alpha3": info.alpha3,
                    "population": info.population,
                    "capital": info.capital,
                    "matched": info.via,
                },
            }


def geojson(digests: Iterable[newskit.Digest]) -> dict[str, Any]:
    """The place actors of the digests as one GeoJSON FeatureCollection."""
    return {"type": "FeatureCollection", "features": list(_features(digests))}


def write_geojson(digests: Iterable[newskit.Digest], stream: BinaryIO, options: newskit.ExportOptions) -> None:
    """Write one FeatureCollection for all the digests."""
    text = json.dumps(geojson(digests), ensure_ascii=False, indent=2)
    stream.write(text.encode("utf-8") + b"\n")


@newskit.hookimpl
def register_exporters(register: Callable[[newskit.Exporter], None]) -> None:
    """Offer the ``geojson`` format."""
    register(
        newskit.Exporter(
            name="geojson",
            extension="geojson",
            media_type="application/geo+json",
            write=write_geojson,
            description="place actors as GeoJSON points with their mention counts (plugin geo)",
        )
    )
