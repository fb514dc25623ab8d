namespace StaticNews.Corpus;

/// <summary>The words the corpus is written with: themes per section, newsroom vocabulary and name parts.</summary>
internal static class Lexicon
{
    public static readonly string[] Sections = ["world", "business", "politics", "science", "culture", "sport"];

    public static readonly Theme[] Themes =
    [
        new("flooding", "world", "flood", ["surge", "levee", "evacuation", "rainfall", "riverbank", "sandbags", "floodwater", "embankment", "pumps", "inundated", "rescue", "shelters"]),
        new("earthquake", "world", "earthquake", ["tremor", "magnitude", "aftershock", "rubble", "epicentre", "collapsed", "seismic", "survivors", "tents", "quake", "fault", "debris"]),
        new("diplomacy", "world", "summit", ["treaty", "envoy", "negotiators", "sanctions", "embassy", "ceasefire", "delegation", "communique", "accord", "ratify", "border", "talks"]),
        new("wildfire", "world", "wildfire", ["blaze", "firefighters", "containment", "smoke", "scorched", "evacuated", "hectares", "embers", "firebreak", "helicopters", "drought", "arson"]),
        new("labour", "business", "strike", ["union", "wages", "picket", "walkout", "dockers", "ballot", "pay", "overtime", "mediator", "shifts", "grievance", "bargaining"]),
        new("markets", "business", "merger", ["shareholders", "takeover", "bid", "valuation", "dividend", "acquisition", "regulator", "stake", "bidders", "premium", "buyout", "advisers"]),
        new("energy", "business", "pipeline", ["turbines", "megawatts", "grid", "tariff", "refinery", "barrels", "offshore", "drilling", "capacity", "subsidy", "output", "utility"]),
        new("retail", "business", "recall", ["supermarket", "shoppers", "shelves", "supplier", "contaminated", "batches", "refunds", "warehouse", "inspectors", "labels", "brand", "stores"]),
        new("elections", "politics", "election", ["ballots", "turnout", "candidates", "constituency", "polling", "campaign", "manifesto", "seats", "coalition", "recount", "voters", "canvassing"]),
        new("budget", "politics", "budget", ["treasury", "deficit", "spending", "taxation", "borrowing", "allowances", "austerity", "revenue", "forecast", "audit", "pensions", "levy"]),
        new("scandal", "politics", "inquiry", ["resignation", "allegations", "testimony", "lobbying", "donations", "misconduct", "whistleblower", "hearing", "documents", "leaked", "ethics", "probe"]),
        new("legislation", "politics", "bill", ["amendment", "clause", "reading", "committee", "senate", "veto", "statute", "lawmakers", "debate", "consultation", "enacted", "chamber"]),
        new("health", "science", "vaccine", ["trial", "dose", "antibodies", "placebo", "volunteers", "efficacy", "clinic", "immunity", "outbreak", "infections", "pathogen", "booster"]),
        new("space", "science", "launch", ["rocket", "orbit", "satellite", "payload", "telescope", "lander", "booster", "capsule", "countdown", "trajectory", "astronauts", "module"]),
        new("climate", "science", "emissions", ["carbon", "warming", "glacier", "methane", "temperatures", "ocean", "sediment", "ice", "acidification", "peatland", "permafrost", "heatwave"]),
        new("wildlife", "science", "species", ["habitat", "breeding", "nesting", "population", "tagging", "conservation", "poaching", "migration", "reserve", "rangers", "sightings", "predators"]),
        new("museums", "culture", "exhibition", ["gallery", "curator", "paintings", "sculpture", "collection", "restoration", "artefacts", "loan", "visitors", "archive", "catalogue", "portrait"]),
        new("film", "culture", "festival", ["premiere", "director", "screenplay", "jury", "screening", "documentary", "cinema", "award", "producers", "trailer", "cast", "studio"]),
        new("music", "culture", "tour", ["album", "concert", "orchestra", "band", "tickets", "venue", "encore", "guitarist", "composer", "setlist", "stage", "recording"]),
        new("books", "culture", "novel", ["author", "publisher", "manuscript", "prize", "chapters", "memoir", "readings", "bookshop", "translation", "shortlist", "poetry", "editor"]),
        new("football", "sport", "cup", ["goal", "striker", "penalty", "keeper", "midfielder", "fixture", "league", "transfer", "supporters", "stadium", "relegation", "manager"]),
        new("athletics", "sport", "marathon", ["sprint", "relay", "hurdles", "podium", "record", "stopwatch", "qualifying", "medal", "track", "athlete", "doping", "coach"]),
        new("sailing", "sport", "regatta", ["yacht", "crew", "helm", "spinnaker", "mooring", "capsized", "skipper", "leg", "hull", "rigging", "windward", "finish"]),
        new("tennis", "sport", "championship", ["serve", "racket", "tiebreak", "seed", "quarterfinal", "volley", "baseline", "umpire", "rally", "ranking", "doubles", "court"]),
    ];

    public static readonly Dictionary<string, string[]> SectionWords = new()
    {
        ["world"] = ["government", "region", "international", "foreign", "crisis", "humanitarian", "capital", "province", "refugees", "aid"],
        ["business"] = ["company", "profits", "investors", "market", "prices", "economy", "customers", "quarter", "industry", "shares"],
        ["politics"] = ["minister", "parliament", "party", "opposition", "policy", "government", "vote", "leader", "cabinet", "reform"],
        ["science"] = ["researchers", "study", "scientists", "data", "laboratory", "evidence", "university", "findings", "journal", "experiment"],
        ["culture"] = ["artists", "audience", "performance", "critics", "season", "works", "public", "arts", "programme", "theatre"],
        ["sport"] = ["team", "season", "match", "players", "fans", "victory", "defeat", "championship", "club", "title"],
    };

    public static readonly string[] General =
    [
        "people", "plans", "officials", "council", "residents", "local", "national", "report", "statement", "decision", "support",
        "problem", "situation", "number", "change", "future", "community", "public", "area", "service", "city", "country",
        "town", "meeting", "response", "pressure", "costs", "money", "question", "concern", "effort", "impact", "month",
        "morning", "evening", "result", "figures", "schedule", "process", "warning", "response", "experts", "measures",
        "security", "access", "history", "record", "position", "agreement", "announcement", "review", "approach",
    ];

    public static readonly string[] Verbs =
    [
        "announced", "confirmed", "warned", "expected", "described", "promised", "criticised", "welcomed", "rejected", "revealed",
        "questioned", "defended", "reported", "estimated", "insisted", "suggested", "acknowledged", "outlined", "urged", "noted",
    ];

    public static readonly string[] FirstNames =
    [
        "Anna", "Ben", "Clara", "David", "Elena", "Farid", "Grace", "Hugo", "Ines", "Jonas", "Karin", "Leo", "Maya", "Nils",
        "Olga", "Pavel", "Rosa", "Samir", "Tara", "Umar", "Vera", "Wim", "Yusuf", "Zofia", "Amara", "Bruno", "Chen", "Dara",
        "Emil", "Freya", "Gideon", "Hana", "Ivan", "Julia", "Kofi", "Lina", "Marco", "Nadia", "Oskar", "Priya",
    ];

    public static readonly string[] Syllables =
    [
        "bar", "vel", "tor", "mar", "ken", "dal", "ros", "lin", "sk", "var", "hol", "bre", "cas", "dun", "fal", "gor", "hav",
        "ist", "jor", "kal", "lor", "mun", "nor", "ost", "pel", "quin", "rav", "sol", "tam", "ul", "vin", "wes", "yar", "zan",
        "ber", "cel", "dor", "eld", "fen", "gil", "hal", "ing", "kes", "lan", "mor", "nes", "orm", "pra", "ran", "sten",
    ];

    public static readonly string[] PlaceEndings = ["haven", "mere", "ford", "by", "stad", "wick", "dale", "port", "holm", "vik"];

    public static readonly string[] OrganisationTypes = ["Council", "Authority", "Trust", "Institute", "Group", "Association", "Agency", "Foundation"];

    public static readonly string[] PopularTags = ["analysis", "breaking", "explainer", "opinion", "live", "interview", "feature", "video"];
}
