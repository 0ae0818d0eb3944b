"""Words that tell what a name is and what a reference means: honorifics, role words, head words.

Rules are data: :mod:`newskit.extract.names` reads these sets and nothing else decides a kind
from a word. Extend them in place (they are ordinary sets) before parsing to teach newskit new
vocabulary. All entries are lower case; multi-word roles are matched word by word.
"""

from __future__ import annotations

__all__ = [
    "ABBREVIATIONS",
    "BUSINESS_NOUNS",
    "CLUB_PREFIXES",
    "COMPANY_NOUNS",
    "CONNECTORS",
    "COURTESY_TITLES",
    "EVENT_HEADS",
    "GROUP_NOUNS",
    "HONORIFICS",
    "KIN_NOUNS",
    "LEGAL_FORMS",
    "NAME_PARTICLES",
    "NOMINAL_ORG_NOUNS",
    "NOMINAL_PERSON_NOUNS",
    "NOT_NAMES",
    "ORG_HEADS",
    "ORG_NOUNS",
    "PLACE_HEADS",
    "PLACE_NOUNS",
    "PLACE_PREPOSITIONS",
    "PUBLIC_BODIES",
    "RANKS",
    "ROLE_HEADS",
    "ROLE_MODIFIERS",
    "SPEECH_VERBS",
    "STATE_BODIES",
    "STORM_WORDS",
    "WORDS_AFTER_HEADS",
    "WORKER_NOUNS",
]

#: Honorifics that are only courtesy: a person so addressed has no role by it ("Mr", "Dr", "Dame").
COURTESY_TITLES = {
    "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "dr", "dr.", "sir", "dame", "lord", "lady", "madam",
    "messrs", "messrs.", "st.",
}  # fmt: skip

#: Ranks and offices written short before a name ("Sgt. Marcus Bell", "Gov. Lisa Brandt"), with or
#: without a stop, as British and police style writes them ("Det Insp Karen Whitmore"): each tells a role.
RANKS = {
    "sen.", "rep.", "gov.", "gen.", "lt.", "col.", "sgt.", "capt.", "maj.", "adm.", "cmdr.",
    "det", "insp", "supt", "dci", "cllr", "sgt", "lt", "capt", "maj", "brig", "cpl", "pte",
}  # fmt: skip

#: Titles of address before a person's name: "Ms Luna", "Dr. Ahmadi", "Sheikh Hasina".
HONORIFICS = COURTESY_TITLES | RANKS | {
    "prof", "prof.", "sheikh", "mullah", "maulvi", "mawlawi", "haji", "rev", "rev.", "reverend", "imam",
    "ayatollah", "pres.",
}  # fmt: skip

#: Nouns that end a role ("Deputy Minister", "chief executive", "spokesperson").
ROLE_HEADS = {
    "president", "president-elect", "vice-president", "minister", "secretary", "senator", "representative",
    "congressman", "congresswoman", "congressmember", "lawmaker", "legislator", "mp", "mep", "governor", "mayor",
    "spokesperson", "spokesman", "spokeswoman", "advisor", "adviser", "director", "director-general", "chairman",
    "chairwoman", "chairperson", "chair", "chief", "ceo", "cfo", "coo", "executive", "officer", "head", "leader",
    "ambassador", "envoy", "commander", "general", "colonel", "captain", "lieutenant", "sergeant", "admiral",
    "major", "judge", "justice", "chancellor", "king", "queen", "prince", "princess", "emir", "sultan", "pope",
    "cardinal", "bishop", "archbishop", "member", "analyst", "analysist", "founder", "co-founder", "editor",
    "correspondent", "reporter", "journalist", "official", "diplomat", "researcher", "professor", "economist",
    "entrepreneur", "billionaire", "activist", "coach", "manager", "deputy", "speaker", "commissioner",
    "attorney", "prosecutor", "lawyer", "candidate", "nominee", "premier", "dictator", "prime", "owner",
    "partner", "consultant", "expert", "scientist", "engineer", "chairman-elect", "rapporteur", "delegate",
    "investor", "businessman", "businesswoman", "designer", "producer", "actor", "actress", "singer", "author",
    "writer", "presenter", "host", "anchor", "student", "teacher", "doctor", "physician", "surgeon", "pilot",
    "inspector", "detective", "sheriff", "constable", "superintendent", "warden", "counsel", "strategist",
    "clerk", "investigator", "trooper", "marshal", "councilman", "councilwoman", "assemblyman", "assemblywoman",
    "assemblymember", "firefighter", "pastor", "rabbi", "priest", "deacon", "cleric", "vicar", "chaplain",
    "administrator", "registrar", "auditor", "comptroller", "treasurer", "ombudsman", "solicitor",
    "barrister", "magistrate", "coroner", "councillor", "councilor", "alderman", "governor-general",
}  # fmt: skip

#: Nouns of people that are no title: in an apposition they make the name a person's ("Oluwaseun
#: Adeyemi, a farmer in Kano,", "Maria Lopez, a mother of three,").
PERSON_NOUNS = {
    "farmer", "man", "woman", "mother", "father", "resident", "worker", "driver", "nurse", "shopkeeper",
    "vendor", "trader", "fisherman", "retiree", "pensioner", "veteran", "survivor", "witness", "neighbour",
    "neighbor", "grandmother", "grandfather", "widow", "widower", "mechanic", "labourer", "laborer", "miner",
    "soldier", "teenager", "volunteer", "refugee", "migrant", "villager", "mother-of-two", "father-of-two",
    "housewife", "homemaker", "shop-owner", "taxi", "cook", "chef", "waiter", "waitress", "cleaner", "guard",
}  # fmt: skip

#: Words that qualify a role before its head ("Deputy Foreign Minister", "National Security Advisor").
ROLE_MODIFIERS = {
    "deputy", "vice", "acting", "interim", "former", "foreign", "prime", "chief", "senior", "junior", "top",
    "national", "security", "defence", "defense", "interior", "finance", "home", "health", "economic",
    "political", "general", "attorney", "executive", "operating", "financial", "technology", "information",
    "assistant", "associate", "special", "first", "second", "principal", "supreme", "high", "grand", "crown",
    "presiding", "lead", "co", "state", "trade", "justice", "education", "agriculture", "energy", "transport",
    "labour", "labor", "culture", "commerce", "communications", "press", "public", "affairs", "relations",
    "managing", "regional", "provincial", "district", "federal", "military", "police", "army", "navy",
    "party", "opposition", "majority", "minority", "senate", "house", "board", "founding", "outgoing",
    "incoming", "newly", "elected", "appointed", "designate", "to-be", "would-be", "then", "current", "new",
    "fellow", "ruling", "independent", "republican", "democratic", "democrat", "conservative", "liberal",
    "solicitor", "economy", "shadow",
}  # fmt: skip

#: Head words of organization names ("Ministry of ...", "... Front", "... Centre").
ORG_HEADS = {
    "ministry", "department", "office", "agency", "authority", "administration", "bureau", "commission",
    "committee", "council", "assembly", "parliament", "congress", "senate", "court", "tribunal", "government",
    "embassy", "consulate", "mission", "front", "movement", "party", "alliance", "coalition", "league", "union",
    "federation", "association", "society", "foundation", "institute", "institution", "centre", "center",
    "university", "college", "academy", "school", "hospital", "clinic", "bank", "fund", "trust", "group",
    "company", "co", "co.", "corp", "corp.", "corporation", "inc", "inc.", "ltd", "ltd.", "llc", "plc", "nv",
    "n.v.", "ag", "gmbh", "sa", "s.a.", "holdings", "industries", "enterprises", "partners", "capital",
    "ventures", "technologies", "technology", "systems", "solutions", "services", "airlines", "airline",
    "airways", "air", "motors", "pharmaceuticals", "energy", "oil", "gas", "media", "news", "times", "post",
    "journal", "herald", "tribune", "gazette", "telegraph", "guardian", "magazine", "press", "radio",
    "television", "tv", "channel", "network", "broadcasting", "forces", "force", "army", "navy", "police",
    "guard", "brigade", "battalion", "regiment", "corps", "militia", "organisation", "organization",
    "project", "initiative", "board", "directorate", "secretariat", "cabinet",
    "service", "club", "team", "fc", "church", "mosque", "research", "labs", "laboratories", "lab",
    "international", "worldwide", "global", "consortium", "cooperative", "exchange", "market", "markets",
    "inc.,", "records", "studios", "pictures", "entertainment", "foods", "stores", "mart", "electronics",
    "computer", "computers", "software", "aerospace", "aviation", "aircraft", "airplanes", "defence",
    "securities", "partnership", "associates", "investments", "bancorp", "brands", "electric", "motor", "infirmary",
    "plc.", "sarl", "spa", "bv", "limited", "lp", "llp", "library", "museum", "gallery",
    # industries that end a company's name ("Halvorsen Therapeutics"), not a minister's portfolio
    # ("Minister of Petroleum", "Department of Insurance")
    "therapeutics", "pharma", "pharmaceutical", "biotech", "biosciences", "diagnostics", "genomics",
    "analytics", "robotics", "brewing", "realty", "semiconductor", "semiconductors", "wireless",
}  # fmt: skip

#: Head words of place names ("Helmand Province", "Panjshir Valley").
PLACE_HEADS = {
    "province", "city", "county", "district", "region", "state", "valley", "river", "lake", "sea", "ocean",
    "gulf", "bay", "strait", "straits", "island", "islands", "peninsula", "mountain", "mountains", "mount", "mt.",
    "desert", "street", "avenue", "road", "square", "airport", "port", "harbour", "harbor", "border", "pass",
    "village", "town", "capital", "territory", "territories", "coast", "canal", "plateau", "basin", "camp",
    "base", "park", "bridge", "heights", "hills", "highway", "corridor", "oblast", "prefecture", "governorate",
    "factory", "plant", "facility", "terminal", "stadium", "arena", "hotel", "palace", "prison", "compound",
    "theater", "theatre", "mall", "checkpoint", "crossing", "dam", "mine", "refinery", "falls", "gate",
}  # fmt: skip

#: Words of direction that make a region of the place they come before ("East Africa", "Southern
#: Lebanon", "Central Asia").
DIRECTIONS = {
    "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "northeast",
    "northwest", "southeast", "southwest", "northeastern", "northwestern", "southeastern", "southwestern",
    "upper", "lower", "greater", "inner", "outer",
}  # fmt: skip

#: Head words of names of events, products and works, which are not actors ("Paris Air Show").
EVENT_HEADS = {
    "conference", "summit", "show", "expo", "exhibition", "games", "olympics", "festival", "championship",
    "championships", "cup", "war", "election", "elections", "award", "awards", "prize", "week", "act",
    "treaty", "accord", "agreement", "protocol", "plan", "doctrine", "program", "programme", "kit", "player",
    "store", "software", "edition", "series", "model", "flight", "tour", "campaign", "operation", "crisis",
    "revolution", "declaration", "report", "index", "era", "record", "fighter",
}  # fmt: skip

#: First words of sports clubs' names ("Real Madrid", "Sporting Lisbon", "Dynamo Kyiv"): an organization.
CLUB_PREFIXES = {
    "real", "atlético", "atletico", "sporting", "deportivo", "bayern", "borussia", "inter", "dynamo", "dinamo",
    "olympique", "racing", "athletic", "club", "fc", "ac", "sv", "vfb", "vfl", "rb", "psv", "hertha",
}  # fmt: skip

#: Words before the name of a storm ("Hurricane Delphine", "Tropical Storm Ida"): a weather event, no actor.
STORM_WORDS = {"hurricane", "typhoon", "cyclone", "storm", "tropical"}

#: Words of the names of state bodies, which belong to the country they are named with ("US Air Force").
STATE_BODIES = {
    "force", "forces", "army", "navy", "ministry", "government", "embassy", "police", "parliament", "congress",
    "senate", "house", "court", "department", "agency", "administration", "military", "guard", "cabinet",
}  # fmt: skip

#: Nouns after a demonym that make an organization ("German government", "Pakistani security forces").
ORG_NOUNS = {
    "government", "authorities", "forces", "force", "military", "army", "navy", "police", "embassy",
    "ministry", "administration", "officials", "parliament", "regime", "troops", "intelligence", "court",
    "cabinet", "consulate", "leadership", "state", "air force", "security forces",
}  # fmt: skip

#: Nouns after a demonym that make a group of people ("Afghan refugees", "Afghan women").
GROUP_NOUNS = {
    "refugees", "women", "men", "girls", "boys", "children", "people", "citizens", "nationals", "migrants",
    "asylum", "seekers", "workers", "students", "soldiers", "civilians", "journalists", "activists",
    "protesters", "farmers", "families", "returnees", "deportees", "residents", "voters", "taxpayers",
    "employees", "prisoners", "fighters", "militants", "evacuees", "community", "communities", "diaspora",
    "population", "youth", "athletes", "players", "pilgrims", "traders", "villagers", "detainees", "allies",
}  # fmt: skip

#: Kin and household nouns after a possessive that make the possessor a person ("Elian's father").
KIN_NOUNS = {
    "father", "mother", "son", "daughter", "brother", "sister", "wife", "husband", "uncle", "aunt", "cousin",
    "nephew", "niece", "grandfather", "grandmother", "grandson", "granddaughter", "great-uncle", "great-aunt",
    "parents", "children", "sons", "daughters", "brothers", "sisters", "relatives", "widow", "widower",
    "fiancee", "fiance", "girlfriend", "boyfriend", "stepfather", "stepmother", "half-brother", "half-sister",
}  # fmt: skip

#: Nouns that refer back to a person named earlier ("the congresswoman", "the minister").
NOMINAL_PERSON_NOUNS = {
    "congresswoman", "congressman", "senator", "minister", "president", "president-elect", "spokesman",
    "spokeswoman", "spokesperson", "ambassador", "envoy", "governor", "mayor", "chancellor", "premier",
    "lawmaker", "diplomat", "commander", "general", "judge", "ceo", "chairman", "chairwoman", "secretary",
    "prime minister", "foreign minister", "king", "queen", "prince", "emir",
}  # fmt: skip

#: Nouns that refer back to an organization named earlier with the same head ("the ministry").
NOMINAL_ORG_NOUNS = {
    "ministry", "department", "agency", "commission", "committee", "council", "court", "embassy", "front",
    "movement", "party", "alliance", "coalition", "league", "union", "association", "foundation", "institute",
    "centre", "center", "university", "bank", "fund", "company", "corporation", "airline", "organisation",
    "organization", "group", "network", "office", "bureau", "firm", "carrier", "manufacturer",
}  # fmt: skip

#: Nouns that refer back to the business named just before ("the company", "the airline").
COMPANY_NOUNS = {"company", "firm", "manufacturer", "carrier", "airline", "maker", "airframer", "conglomerate"}

#: Head nouns of an apposition that says a name is a business ("X, a British conglomerate,").
BUSINESS_NOUNS = COMPANY_NOUNS | {
    "group", "retailer", "bank", "insurer", "chain", "concern", "producer", "supplier", "developer",
    "publisher", "operator", "brewer", "unit", "subsidiary", "affiliate", "startup", "start-up", "giant",
    "automaker", "carmaker", "distributor", "lender", "utility", "broker", "brokerage", "partnership",
}  # fmt: skip

#: Words of the names of public bodies, which "the company" never refers to.
PUBLIC_BODIES = {
    "ministry", "government", "council", "court", "parliament", "embassy", "department", "agency", "commission",
    "committee", "office", "army", "police", "forces", "assembly", "senate", "congress", "house", "front",
    "movement", "party", "union", "nations", "organisation", "organization", "administration", "authority",
    "bureau", "service", "regulator", "directorate", "secretariat", "tribunal", "board", "inspectorate",
}  # fmt: skip

#: Lower-case words that may join the capitalised words of one name ("Ministry of Foreign Affairs").
CONNECTORS = {"of", "for", "and", "&", "on", "the", "de", "da", "do", "dos", "das", "van", "von", "der", "den",
              "del", "della", "di", "la", "le", "du", "bin", "ibn", "al", "el", "y", "ul", "ud", "e", "es"}  # fmt: skip

#: Name particles that may start a surname ("bin Laden", "van der Leyen", "al-Assad").
NAME_PARTICLES = {"al", "el", "bin", "ibn", "van", "von", "de", "da", "der", "den", "del", "di", "du", "la", "le",
                  "ul", "ud", "abu", "bint"}  # fmt: skip

#: Abbreviations whose full stop belongs to the word.
ABBREVIATIONS = {
    "mr", "mrs", "ms", "dr", "st", "jr", "sr", "inc", "ltd", "co", "corp", "gen", "sen", "rep", "gov", "lt",
    "col", "sgt", "capt", "prof", "messrs", "mt", "ft", "maj", "adm", "cmdr", "rev", "pres", "no", "bros", "plc", "nv",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
}  # fmt: skip

#: Legal forms that end a company's name ("Apple Inc.", "Siemens AG", "Fiat S.p.A."), in lower case
#: without their full stops: where a company's name ends, and what two spellings of one may differ by.
LEGAL_FORMS = {"inc", "corp", "co", "ltd", "plc", "llc", "lp", "ag", "sa", "nv", "gmbh", "spa", "bv"}

#: Lower-case nouns of places that name one after "of": "the port of Aqaba", "his hometown of Cardenas".
PLACE_NOUNS = {
    "port", "city", "town", "village", "hometown", "capital", "suburb", "province", "region", "island",
    "district", "county", "outskirts", "municipality", "enclave", "resort", "neighborhood", "neighbourhood",
    "borough", "township", "state", "islands", "republic", "emirate", "kingdom",
    # and who or what belongs to a place: "the mayor of Westbridge", "residents of Kherson"
    "mayor", "mayors", "residents", "inhabitants", "citizens", "streets", "centre", "center", "suburbs",
}  # fmt: skip

#: People who work somewhere: "analysts at Morgan Stanley" makes the name after "at" an employer.
WORKER_NOUNS = {
    "analyst", "analysts", "economist", "economists", "strategist", "strategists", "researchers", "researcher",
    "scientists", "scientist", "engineers", "engineer", "executives", "executive", "traders", "trader",
    "employees", "employee", "workers", "staff", "doctors", "professor", "professors", "officials",
}  # fmt: skip

#: Prepositions after which an unknown capitalised name is most likely a place ("in Minsk").
PLACE_PREPOSITIONS = {"in", "near", "outside", "across", "throughout", "inside"}

#: Capitalised words that are never names on their own (calendar words, pronouns, exclamations).
NOT_NAMES = {
    "i", "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december", "jan.", "feb.", "mar.", "apr.", "jun.", "jul.", "aug.", "sep.", "sept.", "oct.",
    "nov.", "dec.", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "am", "pm",
    "a.m.", "p.m.", "ok", "tv", "mp", "ceo", "cfo", "coo", "gdp",
    "covid", "covid-19", "internet", "web", "bc", "ad", "oh", "yes", "no", "dear",
    "christmas", "easter", "ramadan", "eid", "year", "islam", "sharia", "god", "allah", "x", "no.",
    "usd", "eur", "gbp", "jpy", "cny", "inr", "pkr", "rs", "rs.",
    "utc", "gmt", "est", "pst", "ghz", "mhz", "gb", "mb", "kb", "tb", "lcd",
    "led", "sdk", "api", "cpu", "gpu", "vip", "pc", "dvd", "cd", "hd", "os", "faq", "pdf", "usb", "c.e.o.",
    "ipo", "ai", "it", "id", "rss", "html", "url", "jr.", "sr.", "jr", "sr", "gnp", "cpi",
}  # fmt: skip

#: Verbs of saying: "X said" is weak evidence that X is a person or organization, not a place.
SPEECH_VERBS = {"said", "says", "told", "stated", "added", "announced", "noted", "stressed", "emphasised",
                "emphasized", "explained", "argued", "claimed", "warned", "wrote", "asked", "replied"}  # fmt: skip

#: Lower-case words that, right after a name, show the name heads its phrase ("the FBI said", "the EU
#: also", "the court upheld"): auxiliaries, adverbs and irregular past tenses. Any other lower-case
#: word after a name may be the noun the name modifies ("the Miami relatives", "the Airbus website").
#: Words ending in -ed or -ly, speech verbs and the most frequent English words need no entry.
WORDS_AFTER_HEADS = {
    "is", "are", "was", "were", "be", "been", "has", "have", "had", "will", "would", "can", "could", "may",
    "might", "must", "shall", "should", "does", "do", "did", "also", "still", "now", "then", "here", "there",
    "yesterday", "today", "tonight", "already", "again", "even", "just", "never", "always", "often", "soon",
    "later", "earlier", "once", "too", "alone", "itself", "ever", "thus", "however", "yet",
    "says", "say", "took", "broke", "found", "lost", "began", "made", "came", "went", "gave", "won", "led",
    "left", "sent", "held", "kept", "met", "paid", "put", "ran", "saw", "set", "sold", "spent", "stood",
    "struck", "thought", "wrote", "became", "brought", "bought", "built", "chose", "drew", "fell", "felt",
    "fought", "flew", "got", "grew", "heard", "hit", "knew", "meant", "rose", "sought", "shot", "shut",
    "spoke", "swore", "taught", "threw", "understood", "upheld", "withdrew", "overtook", "told", "according",
    "which", "who", "whose", "where", "when", "while", "since", "until", "because",
}  # fmt: skip
