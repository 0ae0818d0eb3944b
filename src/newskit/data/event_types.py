"""The event taxonomy: readable types, their CAMEO root codes and the words that trigger them.

Each :class:`EventType` lists verb lemmas (inflected automatically, British and American
spelling: "criticise" also finds "criticized", "criticising"), multi-word verb phrases whose first
word is inflected and where ``*`` stands for up to three words ("submit * bill" finds "submitted
a bill"), and nominalisations ("deportation", "visit"). Irregular verb forms are in
:data:`IRREGULAR_VERBS`.

A plugin (or an application, before parsing) extends the taxonomy by adding to the dict::

    from newskit.data.event_types import EVENT_TYPES, EventType
    EVENT_TYPES["evacuate"] = EventType(name="evacuate", cameo=None, verbs=("evacuate",), nouns=("evacuation",))

(A ``register_event_types`` hook taking a ``register`` callback would be the natural next step;
for now the dict is the extension point.) ``docs/events.md`` documents every type.
"""

from __future__ import annotations

from typing import Literal

import attrs

__all__ = [
    "COMPOUND_HEADS",
    "CONTEST_WORDS",
    "EVENT_TYPES",
    "IRREGULAR_VERBS",
    "OBJECT_GROUP_NOUNS",
    "OBJECT_PRODUCT_NOUNS",
    "WITH_THEME_VERBS",
    "EventType",
    "Role",
]

Role = Literal["agent", "target", "participant"]


def _strs(values: tuple[str, ...] | list[str]) -> tuple[str, ...]:
    return tuple(values)


@attrs.frozen(kw_only=True)
class EventType:
    """One readable event type.

    Attributes:
        name: the readable type (``Event.type``).
        cameo: the CAMEO root code (two digits), or None for types CAMEO does not cover.
        description: what the type means, one line.
        verbs: verb lemmas and multi-word verb phrases (``*`` = up to three words).
        nouns: nominalisations, singular (plurals are found too).
        of_role: the role of ``X`` in "the <noun> of X".
        possessive_role: the role of ``X`` in "X's <noun>" when no "of" follows ("Apple's sales" →
            agent, "his arrest" → target).
        movement: True when "to X"/"from X" name where the event goes (a visit, a deportation), so a
            place there is the location, not a target.
        noun_needs_participant: True when a nominalisation is too often generic ("aid", "sales") to be
            an event unless an actor is attached to it.
        not_before: words that, right after a trigger (past "the", "its"…), show it is not this event
            ("meet the needs", "meet demand").
        not_after: words that, right before a trigger, show it is not this event ("strong demand",
            "customer demand" are markets, not demands made of someone).
        person_object_type: the type the event is instead when its target is a person or group
            ("released the iPhone" is a launch, "released the prisoners" a release).
        speech_only: verbs that are this event only when what follows is speech — "that", a quotation
            mark, a comma, a colon or the end of the sentence ("he added that…", but not "added 20 jets").
        intransitive: True when the event has no target after it: who follows the trigger is in
            another clause ("His mother died trying to reach Elian"), and a place there is where it
            happened ("crashed into the Atlantic").
        subject_role: the role of the subject of the verb in the active voice: the agent, but the one
            it happens to for verbs such as "die" ("Steve Jobs died": the target, as the one killed is).
    """

    name: str
    cameo: str | None
    description: str = ""
    verbs: tuple[str, ...] = attrs.field(default=(), converter=_strs)
    nouns: tuple[str, ...] = attrs.field(default=(), converter=_strs)
    of_role: Role = "target"
    possessive_role: Role = "agent"
    movement: bool = False
    noun_needs_participant: bool = False
    not_before: tuple[str, ...] = attrs.field(default=(), converter=_strs)
    not_after: tuple[str, ...] = attrs.field(default=(), converter=_strs)
    speech_only: tuple[str, ...] = attrs.field(default=(), converter=_strs)
    person_object_type: str | None = None
    intransitive: bool = False
    subject_role: Role = "agent"


#: Words that tell of a contest: with one in the sentence (or a score, "7-6"), beating a person is
#: winning ("Djokovic beat Alcaraz in the final"), not an assault ("police beat protesters").
CONTEST_WORDS: set[str] = {
    *("final", "finals", "semi-final", "semifinal", "quarter-final", "quarterfinal", "match", "game", "round"),
    *("set", "sets", "title", "race", "tournament", "championship", "cup", "league", "gold", "medal", "election"),
    *("vote", "primary", "runoff", "run-off", "contest", "bout", "fight", "derby", "tie-break", "tiebreak"),
}

#: Nouns after which a trigger noun is a modifier, not an event ("takeover speculation", "arrest warrant").
COMPOUND_HEADS: set[str] = {
    "speculation",
    "rumour",
    "rumours",
    "rumor",
    "rumors",
    "threat",
    "threats",
    "warrant",
    "warrants",
    "charge",
    "charges",
    "alternatives",
    "report",
    "reports",
    "resolution",
    "suspect",
    "suspects",
    "victim",
    "victims",
    "case",
    "cases",
    "trial",
    "bid",
    "bids",
    "offer",
    "law",
    "laws",
    "record",
    "records",
    "figures",
    "data",
    "price",
    "prices",
    "volume",
    "volumes",
    "target",
    "targets",
    "center",
    "centre",
    "camp",
    "camps",
    "site",
    "venue",
    "hall",
    "call",
    "calls",
    "room",
    "season",
    "court",  # "an appeals court", "the trade court"
    "courts",
    "tribunal",
    "tribunals",
}

#: Nouns of people in the plural that make the unnamed object of an event a group actor: "killed 12 people",
#: "three reporters were detained", "met with union leaders", "the deportation of 200 migrants". (Objects
#: headed by a product noun — "ordered 20 jets" — become products; see :mod:`newskit.data.product_words`.)
OBJECT_GROUP_NOUNS: set[str] = {
    "people",
    "persons",
    "passengers",
    "civilians",
    "soldiers",
    "troops",
    "workers",
    "employees",
    "staff",
    "protesters",
    "protestors",
    "demonstrators",
    "journalists",
    "reporters",
    "students",
    "children",
    "women",
    "men",
    "migrants",
    "immigrants",
    "refugees",
    "asylum-seekers",
    "prisoners",
    "detainees",
    "hostages",
    "captives",
    "residents",
    "villagers",
    "citizens",
    "nationals",
    "customers",
    "users",
    "fans",
    "attendees",
    "visitors",
    "voters",
    "activists",
    "militants",
    "rebels",
    "insurgents",
    "fighters",
    "suspects",
    "officials",
    "leaders",
    "lawmakers",
    "diplomats",
    "officers",
    "policemen",
    "guards",
    "pilots",
    "crew",
    "farmers",
    "families",
    "victims",
    "survivors",
    "patients",
    "doctors",
    "teachers",
    "executives",
    "investors",
    "shareholders",
    "members",
    "supporters",
    "opponents",
    "critics",
    "pilgrims",
    "tourists",
    "prosecutors",
    "investigators",
    "authorities",
    "police",
    "analysts",
    "experts",
    "economists",
    "scientists",
    "researchers",
    "forecasters",
    "witnesses",
    "rescuers",
    "firefighters",
    "observers",
    "negotiators",
    "regulators",
    "traders",
    "lawyers",
}

#: Nouns of goods that are not devices or vehicles but are sold, ordered and released all the same: an unnamed
#: object headed by one is a product ("sold over 2,400 units", "sells digital music tracks").
OBJECT_PRODUCT_NOUNS: set[str] = {
    "units",
    "film",
    "films",
    "movie",
    "movies",
    "song",
    "songs",
    "track",
    "tracks",
    "album",
    "albums",
    "episode",
    "episodes",
    "music",
}

#: Verbs whose "with" phrase is what is given and whose object is who receives it ("supplied the air force with
#: tankers"): the thing is the target, the receiver a participant.
WITH_THEME_VERBS: set[str] = {"supply", "provide", "equip", "arm", "furnish"}

#: Irregular verb forms (past, past participle) by lemma.
IRREGULAR_VERBS: dict[str, tuple[str, ...]] = {
    "say": ("said",),
    "tell": ("told",),
    "meet": ("met",),
    "hold": ("held",),
    "sell": ("sold",),
    "buy": ("bought",),
    "fight": ("fought",),
    "win": ("won",),
    "seek": ("sought",),
    "send": ("sent",),
    "give": ("gave", "given"),
    "take": ("took", "taken"),
    "uphold": ("upheld",),
    "fly": ("flew", "flown"),
    "choose": ("chose", "chosen"),
    "shoot": ("shot",),
    "withdraw": ("withdrew", "withdrawn"),
    "forbid": ("forbade", "forbidden"),
    "overthrow": ("overthrew", "overthrown"),
    "undertake": ("undertook", "undertaken"),
    "strike": ("struck", "stricken"),
    "pay": ("paid",),
    "lay off": ("laid off",),
    "sit down with": ("sat down with",),
    "write": ("wrote", "written"),
    "speak": ("spoke", "spoken"),
    "quit": ("quit", "quits", "quitting"),
    "slay": ("slew", "slain"),
    "rebuild": ("rebuilt",),
    "build": ("built",),
    "beat": ("beat", "beaten"),
    "bring": ("brought",),
    "sue": ("sued", "sues", "suing"),
    "find": ("found",),
}

_TYPES: tuple[EventType, ...] = (
    # 01 MAKE PUBLIC STATEMENT
    EventType(
        name="statement",
        cameo="01",
        description="says, states or stresses something in public",
        verbs=(
            "say",
            "state",
            "tell",
            "add",
            "stress",
            "emphasise",
            "remark",
            "note",
            "explain",
            "claim",
            "insist",
            "assert",
            "argue",
            "comment",
            "reiterate",
            "confirm",
            "acknowledge",
            "admit",
            "point out",
            "warn",
            "describe",
            "cite",
            "tweet",
            "report",
        ),
        of_role="agent",
        speech_only=(
            "report",  # "reported that …", not "reported a profit"
            "state",
            "add",
            "note",
            "stress",
            "explain",
            "confirm",
            "acknowledge",
            "admit",
            "warn",
            "cite",
            "describe",
        ),
    ),
    EventType(
        name="announce",
        cameo="01",
        description="makes something known officially",
        verbs=("announce", "declare", "reveal", "disclose", "proclaim", "publish"),
        of_role="agent",
    ),
    # CAMEO codes a denial as 016 "deny responsibility", a public statement
    EventType(
        name="deny",
        cameo="01",
        description="denies a claim or responsibility",
        verbs=("deny", "refute", "rebut"),
        nouns=("denial",),
        of_role="agent",
    ),
    # 02 APPEAL
    EventType(
        name="appeal",
        cameo="02",
        description="calls on or urges someone to act",
        verbs=("call on", "call upon", "call for", "urge", "appeal", "plead", "implore", "request", "petition"),
        nouns=("appeal", "plea"),
        of_role="agent",
    ),
    # 03 EXPRESS INTENT TO COOPERATE
    EventType(
        name="agree",
        cameo="03",
        description="agrees to or with something, or pledges to do it",
        verbs=("agree", "consent", "pledge", "promise", "vow"),
        of_role="agent",
    ),
    EventType(
        name="propose",
        cameo="03",
        description="puts forward a proposal, offer or bill",
        verbs=(
            "propose",
            "offer",
            "submit * bill",
            "submit * proposal",
            "submit * plan",
            "submit * motion",
            "submit * resolution",
            "introduce * bill",
            "introduce * legislation",
            "introduce * resolution",
            "table * motion",
            "put forward",
        ),
        nouns=("proposal",),
        of_role="agent",
    ),
    # 04 CONSULT
    EventType(
        name="meet",
        cameo="04",
        description="meets, holds talks or discusses with someone",
        verbs=("meet", "discuss", "hold talks", "hold * meeting", "sit down with", "confer", "host * talks"),
        nouns=("meeting", "talks"),
        of_role="agent",
        not_before=(
            "need",
            "needs",
            "demand",
            "demands",
            "requirement",
            "requirements",
            "target",
            "targets",
            "standard",
            "standards",
            "expectations",
            "deadline",
            "criteria",
            "goal",
            "goals",
            "obligations",
            "costs",
            "challenge",
            "challenges",
        ),
    ),
    EventType(
        name="negotiate",
        cameo="04",
        description="negotiates or mediates",
        verbs=("negotiate", "mediate"),
        nouns=("negotiation", "mediation"),
        of_role="agent",
    ),
    EventType(
        name="visit",
        cameo="04",
        description="travels to a place or pays someone a visit",
        verbs=("visit", "tour", "pay * visit", "travel to", "arrive in"),
        nouns=("visit", "trip"),
        of_role="agent",
        movement=True,
    ),
    EventType(
        name="conference",
        cameo="04",
        description="a conference, summit or forum is held",
        verbs=("convene",),
        nouns=("conference", "summit", "press conference", "news conference"),
        of_role="agent",
    ),
    # 05 ENGAGE IN DIPLOMATIC COOPERATION
    EventType(
        name="praise",
        cameo="05",
        description="praises, welcomes or endorses",
        verbs=("praise", "welcome", "commend", "hail", "applaud", "laud", "endorse", "congratulate"),
        of_role="agent",
    ),
    EventType(
        name="cooperate",
        cameo="05",
        description="cooperates or collaborates with someone",
        verbs=("cooperate", "co-operate", "collaborate", "partner with", "team up"),
        of_role="agent",
    ),
    EventType(
        name="sign",
        cameo="05",
        description="signs or ratifies an agreement",
        verbs=("sign", "ratify"),
        nouns=("signing",),
        of_role="agent",
    ),
    # 06 ENGAGE IN MATERIAL COOPERATION
    EventType(
        name="trade",
        cameo="06",
        description="sells, buys, orders, supplies or delivers goods",
        verbs=("sell", "buy", "purchase", "order", "deliver", "supply", "export", "import", "ship"),
        nouns=("sale", "purchase", "delivery", "order"),
        of_role="target",
        noun_needs_participant=True,
        # "a court order", "an executive order": commands, not purchases ("in order to" has no participant);
        # "restore order", "law and order": calm kept, not goods ordered
        not_after=(
            *("court", "executive", "restraining", "gag", "protection", "administrative"),
            *("restore", "restored", "restoring", "maintain", "maintained", "maintaining", "keep", "public"),
        ),
        # "ordered the arrest", "ordered troops to …": a command, not a purchase
        not_before=(
            "arrest",
            "arrests",
            "detention",
            "release",
            "evacuation",
            "withdrawal",
            "closure",
            "investigation",
            "inquiry",
            "troops",
            "police",
            "forces",
            "army",
            "military",
            "deportation",
            "suspension",
            "halt",
            "killing",
            "execution",
            # ordering people ("ordered residents to leave") or a measure ("orders a vaccine drive")
            *("residents", "people", "everyone", "him", "her", "them", "staff", "workers", "civilians"),
            *("evacuations", "drive", "probe", "review", "recall", "ceasefire", "lockdown", "curfew"),
        ),
    ),
    EventType(
        name="acquire",
        cameo="06",
        description="acquires, takes over or merges with a company",
        verbs=("acquire", "take over", "merge with", "buy out"),
        nouns=("acquisition", "takeover", "merger"),
        of_role="target",
    ),
    # 07 PROVIDE AID
    EventType(
        name="aid",
        cameo="07",
        description="gives aid, assistance or funds",
        verbs=("donate", "fund", "provide * aid", "provide * assistance", "send * aid", "send * assistance"),
        nouns=("aid", "assistance", "donation", "aid package"),
        of_role="agent",
        noun_needs_participant=True,
    ),
    # 08 YIELD
    EventType(
        name="resign",
        cameo="08",
        description="resigns or steps down",
        verbs=("resign", "step down", "quit"),
        nouns=("resignation",),
        of_role="agent",
    ),
    EventType(
        name="withdraw",
        cameo="08",
        description="withdraws troops, staff or support",
        verbs=("withdraw", "pull out"),
        nouns=("withdrawal", "pullout"),
        of_role="agent",
        movement=True,
    ),
    EventType(
        name="release",
        cameo="08",
        description="frees detainees, hostages or prisoners",
        verbs=(
            "free",
            "set free",
            # "was released on bail": a person released, not a product ("released three hostages" is
            # read by the launch type's switch on a person or group object)
            *(
                f"release {where}"
                for where in (
                    "on bail",
                    "from prison",
                    "from jail",
                    "from custody",
                    "from detention",
                    "from captivity",
                    "without charge",
                )
            ),
        ),
        of_role="target",
    ),
    # 09 INVESTIGATE
    EventType(
        name="investigate",
        cameo="09",
        description="investigates or probes",
        verbs=("investigate", "probe"),
        nouns=("investigation", "inquiry", "enquiry", "probe"),
        of_role="target",
    ),
    # 10 DEMAND
    EventType(
        name="demand",
        cameo="10",
        description="demands something",
        verbs=("demand",),
        nouns=("demand", "ultimatum"),
        of_role="agent",
        noun_needs_participant=True,  # "customer demand" is economics, not a demand made of someone
        not_after=(
            *("strong", "stronger", "weak", "weaker", "robust", "soaring", "rising", "falling", "slowing", "global"),
            *("consumer", "customer", "domestic", "market", "energy", "oil", "fuel", "power", "chip", "travel"),
            *("housing", "export", "import", "seasonal", "pent-up", "underlying", "solid", "sluggish", "healthy"),
            *("ai", "product", "loan", "credit", "labour", "labor", "electricity", "gas", "steel", "aircraft"),
        ),
    ),
    # 11 DISAPPROVE
    EventType(
        name="criticize",
        cameo="11",
        description="criticises, condemns, accuses or expresses concern",
        verbs=(
            "criticise",
            "condemn",
            "denounce",
            "slam",
            "lambast",
            "censure",
            "rebuke",
            "decry",
            "deplore",
            "accuse",
            "blame",
            "express * concern",
            "express * regret",
            "voice * concern",
            "raise * concern",
        ),
        nouns=("criticism", "condemnation"),
        of_role="target",
    ),
    EventType(
        name="sue",
        cameo="11",
        description="brings a lawsuit against someone",
        verbs=("sue", "file * lawsuit", "file * suit"),
        nouns=("lawsuit",),
        of_role="agent",
    ),
    # 12 REJECT
    EventType(
        name="reject",
        cameo="12",
        description="rejects, refuses or opposes",
        verbs=("reject", "refuse", "dispute", "oppose", "veto", "rebuff", "turn down", "dismiss"),
        nouns=("rejection", "refusal", "veto"),
        of_role="agent",
    ),
    # 13 THREATEN
    EventType(
        name="threaten",
        cameo="13",
        description="threatens someone",
        verbs=("threaten",),
        nouns=("threat",),
        of_role="agent",
    ),
    # 14 PROTEST
    EventType(
        name="protest",
        cameo="14",
        description="protests, demonstrates or rallies",
        verbs=("protest", "demonstrate", "rally", "picket"),
        nouns=("protest", "demonstration", "rally", "sit-in"),
        of_role="agent",
        not_after=("price", "market", "stock", "share", "bond", "oil", "relief", "equity", "dollar", "late"),
    ),
    # 16 REDUCE RELATIONS
    EventType(
        name="sanction",
        cameo="16",
        description="imposes sanctions, an embargo or a boycott",
        verbs=("sanction", "embargo", "blacklist", "boycott", "impose * sanctions"),
        nouns=("sanction", "embargo", "boycott"),
        of_role="target",
    ),
    # 17 COERCE
    EventType(
        name="detain",
        possessive_role="target",
        cameo="17",
        description="arrests, detains or imprisons someone",
        verbs=("detain", "arrest", "jail", "imprison", "apprehend", "take * into custody", "remand * in custody"),
        nouns=("arrest", "detention"),
        of_role="target",
    ),
    EventType(
        name="deport",
        possessive_role="target",
        cameo="17",
        description="deports, expels or extradites people",
        verbs=("deport", "expel", "extradite"),
        nouns=("deportation", "expulsion", "extradition"),
        of_role="target",
        movement=True,
    ),
    EventType(
        name="ban",
        cameo="17",
        description="bans, prohibits or outlaws something",
        verbs=("ban", "prohibit", "outlaw", "forbid"),
        nouns=("ban", "prohibition"),
        of_role="target",
    ),
    # 18 ASSAULT
    EventType(
        name="attack",
        cameo="18",
        description="attacks, bombs or raids",
        verbs=("attack", "bomb", "shell", "raid", "ambush", "assault", "invade", "storm", "launch * attack"),
        nouns=("attack", "assault", "bombing", "airstrike", "air strike", "raid", "invasion", "ambush"),
        of_role="target",
        # "Winter storm threatens travel": weather, no assault
        not_after=("winter", "tropical", "snow", "ice", "rain", "dust", "sand", "hail", "wind", "solar", "geomagnetic"),
    ),
    EventType(
        name="kill",
        possessive_role="target",
        cameo="18",
        description="kills, murders or assassinates someone",
        verbs=("kill", "murder", "assassinate", "execute", "massacre", "slay", "shoot dead"),
        nouns=("killing", "slaying", "murder", "assassination", "execution", "massacre"),
        of_role="target",
        # "charged with attempted murder", "convicted of murder": the crime a charge names, no killing told
        not_after=("attempted", "with", "of"),
    ),
    # 19 FIGHT
    EventType(
        name="fight",
        cameo="19",
        description="fights, clashes or battles",
        verbs=("fight", "clash", "battle"),
        nouns=("clash", "fighting", "battle"),
        of_role="agent",
    ),
    # No CAMEO root: political life and business news.
    EventType(
        name="elect",
        possessive_role="target",
        cameo=None,
        description="elects someone, or an election is held",
        verbs=("elect", "re-elect"),
        nouns=("election", "re-election"),
        of_role="target",
    ),
    EventType(
        name="appoint",
        possessive_role="target",
        cameo=None,
        description="appoints, nominates or hires someone",
        verbs=("appoint", "nominate", "hire", "sack"),
        nouns=("appointment", "nomination"),
        of_role="target",
        noun_needs_participant=True,  # "thousands of operations and appointments": a hospital's
    ),
    EventType(
        name="launch",
        cameo=None,
        description="launches, unveils or releases a product or programme",
        verbs=("launch", "unveil", "release", "introduce", "debut", "roll out"),
        nouns=("launch", "unveiling", "debut"),
        of_role="target",
        person_object_type="release",
    ),
    EventType(
        name="win",
        cameo=None,
        description="wins a contest or contract, or defeats a rival",
        verbs=("win", "defeat", "beat"),
        nouns=("victory",),
        of_role="agent",
        # "beat quarterly profit expectations": results better than forecast, no contest won
        not_before=("expectations", "estimates", "estimate", "forecasts", "forecast", "consensus", "projections"),
        not_after=("bigger", "smaller", "big", "small", "earnings", "profit", "revenue"),  # "a bigger beat"
        person_object_type="attack",  # "police beat protesters"; "Arsenal beat Chelsea" is a win
    ),
    EventType(
        name="choose",
        cameo=None,
        description="chooses, selects or replaces someone or something",
        verbs=("choose", "select", "pick", "replace", "succeed"),
        nouns=("choice", "selection", "replacement"),
        of_role="target",
        noun_needs_participant=True,  # "the right choice", "hip replacement": nothing chosen by anyone
        not_before=("in", "up"),  # "succeeded in", "picked up": no choice
    ),
    EventType(
        name="receive",
        cameo=None,
        description="receives, obtains or secures something",
        verbs=("receive", "obtain", "secure", "lease"),
        of_role="target",
    ),
    EventType(
        name="travel",
        cameo=None,
        description="an aircraft, a vessel or a traveller flies, lands, takes off or departs",
        verbs=("fly", "land", "take off", "depart"),
        nouns=("flight", "landing", "take-off", "takeoff", "departure"),
        of_role="target",
        movement=True,  # "flew to Paris", "departed from Lisbon": where it went, not whom it affected
        intransitive=True,
        subject_role="target",  # "the A400M flew": what moves is what the event happens to
    ),
    # Legislatures: CAMEO has no roots for a vote or a bill passed
    EventType(
        name="pass",
        cameo=None,
        description="passes or approves a bill, law, budget or resolution",
        verbs=(
            *("pass * bill", "pass * measure", "pass * law", "pass * legislation", "pass * budget"),
            *("pass * resolution", "approve * bill", "approve * measure", "approve * budget", "adopt * resolution"),
        ),
        nouns=(),
        of_role="agent",
    ),
    # Regulators, courts and boards: CAMEO has no root for an approval that is not cooperation
    EventType(
        name="approve",
        cameo=None,
        description="approves or authorizes a drug, deal, merger, plan or request",
        verbs=("approve", "authorize", "greenlight", "give * approval", "grant * approval", "grant * authorization"),
        nouns=("approval", "authorization", "authorisation"),
        of_role="target",
        noun_needs_participant=True,
        # "approved by voters" is kept; "pre-approved" and "approve of" (liking) are no approvals
        not_before=("of",),
    ),
    EventType(
        name="vote",
        cameo=None,
        description="votes on a bill, a motion or a candidate",
        verbs=("vote",),
        nouns=(),
        of_role="agent",
    ),
    # Business: CAMEO codes what states and groups do to each other and has no roots for these
    EventType(
        name="report",
        cameo=None,
        description="reports financial results",
        verbs=(
            *("report * profit", "report * loss", "report * earnings", "report * revenue", "report * results"),
            *("report * jump", "report * rise", "report * drop", "report * fall", "report * decline"),
            *("post * profit", "post * loss", "post * earnings", "post * revenue", "post * results"),
        ),
        nouns=(),
        of_role="agent",
    ),
    EventType(
        name="forecast",
        cameo=None,
        description="forecasts results, prices or growth",
        verbs=("forecast", "predict", "raise * forecast", "cut * forecast", "raise * outlook", "cut * outlook"),
        nouns=("forecast",),
        of_role="agent",
        noun_needs_participant=True,
    ),
    EventType(
        name="dividend",
        cameo=None,
        description="raises, cuts, declares or suspends a dividend",
        verbs=("raise * dividend", "increase * dividend", "cut * dividend", "declare * dividend", "suspend * dividend"),
        nouns=(),
        of_role="agent",
    ),
    EventType(
        name="layoff",
        cameo=None,
        description="cuts jobs or lays off staff",
        verbs=(
            *("cut * jobs", "shed * jobs", "slash * jobs", "eliminate * jobs", "lay off"),
            # "cut its workforce", "cut about 10% of its workforce"
            *("cut * workforce", "reduce * workforce", "shed * workforce", "cut * of its workforce"),
            *("reduce * of its workforce", "shed * of its workforce", "cut * of its staff"),
        ),
        nouns=("layoff", "job cut"),
        of_role="agent",
    ),
    # Courts: CAMEO codes what states and groups do to each other and has no roots for these
    EventType(
        name="charge",
        possessive_role="target",
        cameo=None,
        description="charges, indicts or prosecutes someone",
        # "charged two men with"; "a one-time charge associated with" is the noun (no verb context)
        verbs=("charge with", "charge * with", "indict", "prosecute"),
        nouns=("indictment",),
        of_role="target",
        # "charged with overseeing the vote": given a task, not accused
        not_before=(
            *("overseeing", "verifying", "monitoring", "investigating", "implementing", "developing"),
            *("running", "managing", "leading", "protecting", "ensuring", "enforcing", "reviewing"),
            *("drafting", "organising", "organizing", "coordinating", "supervising", "handling", "finding"),
        ),
    ),
    EventType(
        name="convict",
        possessive_role="target",
        cameo=None,
        description="convicts someone or finds them guilty",
        verbs=("convict", "find * guilty"),
        nouns=("conviction",),
        of_role="target",
    ),
    EventType(
        name="sentence",
        cameo=None,
        description="sentences someone to a punishment",
        verbs=("sentence",),
        nouns=(),
        of_role="target",
    ),
    EventType(
        name="acquit",
        possessive_role="target",
        cameo=None,
        description="acquits someone or clears them of charges",
        # not "clear * of": "two points clear of Liverpool", "a road cleared of debris"
        verbs=("acquit", "clear him of", "clear her of", "clear them of"),
        nouns=("acquittal",),
        of_role="target",
    ),
    EventType(
        name="rule_on",
        cameo=None,
        description="a court or an authority upholds, overturns or strikes down a ruling, a law or a decision",
        verbs=("uphold", "overturn", "strike down", "quash", "annul"),
        nouns=("annulment",),
        of_role="target",
    ),
    EventType(
        name="fine",
        possessive_role="target",
        cameo=None,
        description="fines someone or a company",
        # the verb only: "a fine" is too often the adjective's twin ("a fine line")
        verbs=("fine", "impose * fine", "levy * fine"),
        of_role="target",
        not_before=("tune", "tuned", "tuning", "print"),  # "fine-tune", "the fine print"
    ),
    EventType(
        name="plead",
        cameo=None,
        description="pleads guilty, not guilty or no contest in court",
        verbs=("plead guilty", "plead not guilty", "plead innocent", "plead no contest", "enter * plea"),
        nouns=("guilty plea",),
        of_role="agent",
    ),
    EventType(
        name="die",
        cameo=None,
        description="dies (the target is who died, as for a killing)",
        verbs=("die", "pass away"),
        # only with whose death it is ("her death", "the death of Okonjo-Hale"): "death toll",
        # "death penalty" and a death in general are no one's event
        nouns=("death",),
        of_role="target",
        possessive_role="target",
        subject_role="target",
        noun_needs_participant=True,
        intransitive=True,
        not_before=("down", "out", "off", "hard", "penalty", "toll", "row", "sentence", "threats", "squad"),
    ),
    EventType(
        name="injure",
        possessive_role="target",
        cameo=None,
        description="injures or wounds someone",
        verbs=("injure", "wound"),
        of_role="target",
        not_before=("up", "down"),  # "wound up his speech": the past of "wind"
    ),
    EventType(
        name="accident",
        cameo=None,
        description="a vehicle derails, collides, capsizes or crashes",
        verbs=("derail", "collide", "capsize", "crash into", "crash-land", "run aground"),
        # not "collision": as often a figure of speech ("a collision with a new reality")
        nouns=("derailment", "plane crash", "train crash", "car crash", "bus crash", "helicopter crash"),
        intransitive=True,
        subject_role="target",  # "the ferry capsized": what it happened to
    ),
    EventType(
        name="recall",
        possessive_role="agent",
        cameo=None,
        description="a maker recalls a product",
        verbs=("recall",),
        nouns=("recall",),
        of_role="target",
        # "recalled that …", "recalled the day": remembering
        not_before=(
            *("that", "how", "when", "what", "why", "where", "seeing", "being", "hearing", "meeting", "telling"),
            *("day", "days", "moment", "time", "times", "years", "night", "scene", "words", "conversation"),
            *("one", "participant", "witness", "colleague", "friend", "resident"),  # "…,' recalled one participant"
        ),
        noun_needs_participant=True,
    ),
    EventType(
        name="rate_change",
        cameo=None,
        description="raises, cuts or holds an interest rate (or another rate it sets)",
        verbs=(
            # not "lower": as often the adjective ("substantially lower tax rates helped")
            *("cut * rate", "cut * rates", "reduce * rate", "reduce * rates", "hold * rates", "leave * rates"),
            *("raise * rate", "raise * rates", "hike * rate", "hike * rates", "increase * rate", "increase * rates"),
        ),
        nouns=("rate cut", "rate hike", "rate increase", "rate rise", "rate decision"),
    ),
)

#: The taxonomy, by type name. Add to it (or replace entries) to extend the extractor.
EVENT_TYPES: dict[str, EventType] = {t.name: t for t in _TYPES}
