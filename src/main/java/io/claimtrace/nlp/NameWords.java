package io.claimtrace.nlp;

/**
 * Authored word lists of the entity recognizer ({@link EntityRecognizer}), from general English
 * usage, each with why it exists. They live apart from the recognizer so that its rules read on
 * their own; the rules use them through a static import.
 *
 * <p>Immutable ({@code Set.of}), so thread-safe.
 */
final class NameWords {

  private NameWords() {}

  /**
   * Last words that make a capitalized name an event, agreement, law, award or competition ("World
   * Cup", "Paris Agreement", "Election Day", "Nobel Prize"): neither person, organisation nor place
   * (MISC in the CoNLL convention, not an entity in UNER). Authored from general English usage.
   */
  static final java.util.Set<String> MISC_HEADS = java.util.Set.of("Cup", "Cups", "Championship",
      "Championships", "Open", "Agreement", "Accord", "Accords", "Treaty", "Act", "Amendment", "Day", "Prize",
      "Award", "Awards", "Games", "Olympics", "Olympiad", "Series", "Trophy", "Festival", "Prix", "Marathon",
      "Protocol", "Declaration", "Doctrine", "Bonds", "Shield", "Classic", "Masters", "Rally", "Tour", "Grammys",
      "Oscars", "Summit", "Week", "Show", "Bowl", "War", "Wars", "Revolution", "Rebellion", "Uprising", "Crisis",
      "Age", "Ages", "Era", "Period", "Testament", "Convention", "Conference", "Medal", "Medals", "Universiade");

  /** Compass words that, alone after "the", name a cultural region ("contact with the West"), not a place. */
  static final java.util.Set<String> COMPASS_REGIONS = java.util.Set.of("West", "East", "Orient", "Occident");

  /** Numbers after "World War" ("World War Two", "World War II"): the whole is an event (MISC). */
  static final java.util.Set<String> WAR_NUMBERS = java.util.Set.of("One", "Two", "I", "II", "1", "2");

  /** Holidays and festivals, which are dates, not names (authored from general knowledge). */
  static final java.util.Set<String> HOLIDAYS = java.util.Set.of("Christmas", "Xmas", "Easter", "Thanksgiving",
      "Ramadan", "Eid", "Diwali", "Hanukkah", "Passover", "Yom", "Kippur", "Lent", "Advent", "Pentecost", "Halloween",
      "Hogmanay", "Epiphany", "Whitsun", "Nowruz", "Holi", "Vesak", "Purim", "Sukkot", "Kwanzaa");

  /** Words that name a day with the weekday after them ("Black Friday", "Easter Monday"); authored. */
  static final java.util.Set<String> HOLIDAY_MODIFIERS = java.util.Set.of("Palm", "Black", "Cyber", "Super", "Easter",
      "Good", "Ash", "Holy", "Maundy", "Shrove", "Whit", "Bloody", "Giving", "Small", "Patriot");

  /**
   * Nouns of works whose title follows them directly ("the film Oppenheimer", "the album Thriller").
   * Not nouns that are also verbs or sports words ("play Arsenal", "the series England won").
   */
  static final java.util.Set<String> WORK_NOUNS = java.util.Set.of("film", "films", "movie", "movies", "album",
      "albums", "song", "songs", "novel", "novels", "book", "books", "musical", "opera", "sitcom", "documentary",
      "poem", "painting", "podcast", "anthem", "hymn", "ballet", "symphony", "franchise", "memoir");

  /**
   * First words that, followed by "of" and a name, make an event or agreement ("Treaty of Nanking",
   * "Battle of Britain", "War of 1812", "Siege of Leningrad"). Authored from general English usage.
   */
  static final java.util.Set<String> MISC_HEADS_BEFORE_OF = java.util.Set.of("Treaty", "Battle", "Siege", "War",
      "Reign", "Revolution", "Peace", "Sack", "Fall");

  /** Verbs of saying that, directly before a lone name closing a clause, make it a person ("..., says Tarlo."). */
  static final java.util.Set<String> SPEECH_BEFORE = java.util.Set.of("says", "said", "adds", "added",
      "explains", "explained", "writes", "wrote", "recalls", "recalled", "notes", "noted", "argues", "argued",
      "insists", "insisted", "warns", "warned");

  /** Verbs that, right after a lone name, make it a person ("Seagal explains", "Dietrich said"). */
  static final java.util.Set<String> PERSON_VERBS_AFTER = java.util.Set.of("says", "said", "told",
      "added", "adds", "explained", "explains", "wrote", "writes", "argued", "argues", "asked", "asks", "noted",
      "notes", "believes", "believed", "thinks", "thought", "recalled", "recalls", "insisted", "insists",
      "admitted", "admits", "warned", "warns", "replied", "tweeted", "smiled", "laughed", "died", "married");

  /**
   * Verbs of a match result around a lone plural: it is a team's nickname ("The Titans beat the
   * Colts", "the Pelicans lost"), not a people or a class of things.
   */
  static final java.util.Set<String> MATCH_VERBS = java.util.Set.of("beat", "beats", "defeated", "defeat",
      "won", "win", "wins", "lost", "lose", "edged", "routed", "drew", "tied", "trailed", "hosted", "hosts");

  /**
   * Acronyms of things, units and time zones, which the back-off would otherwise call organisations
   * (authored from general English). Not "TD", a bank in financial news ("TD raised its price target").
   */
  static final java.util.Set<String> NOT_ORG_ACRONYMS = java.util.Set.of("TV", "DNA", "RNA", "VAT", "GDP", "GNP",
      "CEO", "CFO", "COO", "CTO", "AI", "IT", "PC", "GMT", "UTC", "EST", "EDT", "PST", "PDT", "CET", "BST", "HIV", "AIDS",
      "ATM", "SUV", "IPO", "PhD", "MP", "MPs", "UFO", "URL", "PDF", "GPS", "LED", "DVD", "CD", "OK", "AM", "PM", "BC",
      "AD", "IQ", "ID", "A.M.", "P.M.", "M.A.", "B.A.", "Ph.D.", "M.Sc.", "B.Sc.", "MSc", "BSc", "OT", "FOB", "SMS", "USB", "HD", "VR", "AR", "CPU", "GPU", "API", "FAQ", "DIY", "RSVP", "ASAP", "MBA", "BA",
      "MA", "MD", "RIP", "VIP", "WiFi", "Wi-Fi", "GM", "PS", "PR", "HR", "QC", "OTC", "EPS", "P/E", "YTD", "FY",
      "Q1", "Q2", "Q3", "Q4", "LNG", "CO2", "UV", "TB", "ICU", "ER", "MRI", "ADHD", "PTSD", "COVID", "COVID-19", "BCE", "CE", "B.C.", "A.D.", "B.C.E.", "C.E.", "No.",
      "Nos.");

  /**
   * Capitalized sentence openers that are adverbs or conjunctions without the -ly or -ing ending
   * ("Furthermore", "Nevertheless", "Perhaps"): opening a sentence, no name.
   */
  static final java.util.Set<String> OPENERS = java.util.Set.of("Furthermore", "Moreover", "Nevertheless",
      "Nonetheless", "Meanwhile", "Likewise", "Otherwise", "Anyway", "Besides", "Afterwards", "Whereas", "Hence",
      "Thus", "Therefore", "Instead", "Indeed", "Still", "Yet", "Though", "Although", "Whether", "Perhaps");

  /**
   * Verbs only people do, as the next word after their subject ("Winstone enrolled"). Not verbs that
   * companies share in the news ("retired a model", "grew revenue", "recalled cars", "believes"), nor
   * "studied"/"studies": labs and companies study things ("Nexora studied two million conversations").
   */
  static final java.util.Set<String> HUMAN_VERBS = java.util.Set.of("enrolled", "graduated", "married",
      "died", "resigned", "starred", "sang", "smiled", "laughed", "lived", "co-starred", "remarried", "divorced");

  /**
   * Lower-case nouns of people's roles and relations that stand right before a name ("the knight
   * Lyvet", "his teammate Prabowo Subianto", "striker Dean Sturridge"); authored from general English.
   * Not the nouns that business and AI news put before companies and models ("rival Nexora", "cloud
   * player", "chip producer", "its predecessor Aurora").
   */
  static final java.util.Set<String> ROLE_NOUNS = java.util.Set.of("knight", "singer", "musician", "actor",
      "actress", "writer", "author", "novelist", "poet", "painter", "artist", "composer", "director",
      "striker", "midfielder", "defender", "goalkeeper", "winger", "batsman", "bowler", "coach",
      "captain", "lawyer", "attorney", "spokesman", "spokeswoman", "spokesperson", "analyst", "economist", "scientist",
      "researcher", "professor", "physicist", "chemist", "historian", "philosopher", "candidate", "founder",
      "co-founder", "son", "daughter", "wife", "husband", "brother", "sister", "father", "mother", "uncle", "aunt",
      "cousin", "nephew", "niece", "grandson", "granddaughter", "grandfather", "grandmother", "friend", "colleague",
      "teammate", "opponent", "student", "pupil", "teacher", "mentor", "widow",
      "bishop", "priest", "rabbi", "imam", "journalist", "reporter", "columnist", "correspondent", "photographer",
      "architect", "engineer", "entrepreneur", "billionaire", "businessman", "businesswoman",
      "politician", "lawmaker", "legislator", "diplomat", "ambassador", "envoy", "commander", "soldier", "pilot",
      "astronaut", "explorer", "inventor", "comedian", "rapper", "guitarist", "drummer", "pianist", "violinist",
      "dancer", "athlete", "cyclist", "swimmer", "boxer", "wrestler", "jockey", "driver",
      "tycoon", "magnate", "activist", "blogger", "influencer", "pharaoh", "emperor", "empress", "king", "queen",
      "prince", "princess", "duke", "duchess", "countess", "baron", "lord", "lady", "sir", "saint", "pope");

  /** Words in "-ed" that are no past tense ("indeed", "hundred"). */
  static final java.util.Set<String> NOT_PAST_TENSE = java.util.Set.of("indeed", "speed", "hundred",
      "kindred", "sacred", "naked", "wicked", "rugged", "beloved", "breed", "greed", "creed", "steed");

  /**
   * Verbs of saying that organisations do too ("Velbix said"): after a lone name they are no person
   * cue when the mentions of an article vote on its type.
   */
  static final java.util.Set<String> SAY_VERBS = java.util.Set.of("says", "said", "told", "added", "adds",
      "noted", "notes", "warned", "warns");

  /**
   * First words of place names ("Santa Fe", "St Louis", "West Indies", "Fort Worth"): a name opening
   * with one is no person's (authored, general English).
   */
  static final java.util.Set<String> PLACE_PREFIXES = java.util.Set.of("San", "Santa", "Santo", "Sao", "São",
      "Saint", "St", "St.", "Ste", "Los", "Las", "Fort", "Port", "Mount", "Mt", "Mt.", "Lake", "Cape", "Puerto",
      "North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western", "Upper", "Lower", "Greater");

  /** "Kingdom of France", "City of Buenos Aires": the same place, named with its kind. */
  static final java.util.Set<String> PLACE_KINDS_BEFORE_OF = java.util.Set.of("Kingdom", "Republic", "City",
      "Province", "State", "Duchy", "Principality", "Emirate", "Sultanate", "Commonwealth", "Isle");

  /** {@link #LOC_SUFFIXES} of streets and airports: "Paris Airport" or "London Road" is no feature of the place. */
  static final java.util.Set<String> STREET_SUFFIXES = java.util.Set.of("Street", "Avenue", "Road", "Square",
      "Airport");

  /** "Mount Kenya", "Lake Geneva": a feature named after a known place. */
  static final java.util.Set<String> PLACE_FEATURES_BEFORE = java.util.Set.of("Mount", "Mt.", "Lake", "Cape");

  /**
   * Job, noble and religious titles (authored), beyond ner-train/titles.txt: alone or in the plural no
   * name ("Emperors"), and stripped from the edge of a name ("Emperor Meiji") unless they open an
   * organisation name ("Vice Media"). Not "Duke": alone it is mostly the university ("researchers at Duke").
   */
  static final java.util.Set<String> TITLE_WORDS = java.util.Set.of("Secretary", "Director", "Chairwoman",
      "Mayor", "Ambassador", "Commissioner", "Premier", "Spokeswoman", "Editor", "Founder", "Deputy", "Vice",
      "Speaker", "Attorney", "Lawmaker", "Sheriff", "Inspector", "Detective", "Sergeant", "Lieutenant", "Colonel",
      "Major", "Admiral", "Emperor", "Empress", "Reverend", "Pope", "Sultan", "Tsar", "Czar", "Pharaoh", "Emir", "Caliph",
      "Princess", "Duchess", "Archbishop", "Count", "Countess", "Earl", "Baron", "Baroness", "Marquis",
      "Viscount");

  /**
   * Lower-case words and "&" that join the capitalized words of one name ("Bank of England", "Ludwig
   * van Beethoven", "Marks & Spencer"): inside a capitalized run, never at its edges.
   */
  static final java.util.Set<String> CONNECTORS = java.util.Set.of("of", "de", "del", "van", "von", "der",
      "la", "le", "du", "da", "al", "bin", "&", "and");

  /**
   * Titles and roles right before a name that make it a person ("Mr. Smith", "President Obama",
   * "striker Dean Sturridge"); also a person cue of {@link CompanyCues}.
   */
  static final java.util.Set<String> PERSON_BEFORE = java.util.Set.of("Mr", "Mr.", "Mrs", "Mrs.", "Ms",
      "Ms.", "Dr", "Dr.", "Prof", "Prof.", "Professor", "Sir", "Lady", "Lord", "Judge", "Senator", "Sen.", "Rep.",
      "President", "Minister", "General", "Gen.", "Captain", "Coach", "coach", "striker", "midfielder", "defender",
      "goalkeeper", "captain", "Chancellor", "King", "Queen", "Prince", "Princess", "Pope", "Rev.");

  /** Words right after a name that make it a person: verbs of saying, "who", "himself", "herself". */
  static final java.util.Set<String> PERSON_AFTER = java.util.Set.of("said", "says", "told", "added",
      "explained", "wrote", "argued", "asked", "noted", "believes", "thinks", "who", "himself", "herself");

  /** "University of X", "Bank of X": organisations even when X is a known place. */
  static final java.util.Set<String> ORG_HEADS = java.util.Set.of("University", "Bank", "Ministry", "Department",
      "Government", "Council", "Church", "Institute", "College", "Academy", "Museum", "Federation", "Association",
      "Union", "Office", "Court", "Board", "Commission", "Party", "League", "Society", "Chamber", "House");

  /** More heads of "X of Y" / "X for Y" organisation names (authored, general English). */
  static final java.util.Set<String> ORG_OF_HEADS = java.util.Set.of("Organization", "Organisation", "School",
      "Agency", "Foundation", "Fund", "Centre", "Center", "Coalition", "Alliance", "Corporation", "Company",
      "Committee", "Conference", "Service", "Services", "Authority", "Bureau", "Assembly", "Parliament", "Senate",
      "Congress", "Police", "Army", "Navy", "Hospital", "Library", "Institution", "Trust", "Network", "Group");

  /** Last words that make a name a place (authored). Not "Rift": "Oculus Rift" is a headset. */
  static final java.util.Set<String> LOC_SUFFIXES = java.util.Set.of("River", "Sea", "Ocean", "Lake", "Mountain",
      "Mountains", "Valley", "Island", "Islands", "Bay", "Street", "Avenue", "Road", "Square", "County", "Province",
      "Peninsula", "Desert", "Gulf", "Coast", "Canyon", "Falls", "Hills", "Heights", "Strait", "Channel", "Plateau",
      "Basin", "Delta", "Region", "Prefecture", "Oblast", "Township", "Village", "Airport", "Harbour", "Harbor", "Isles",
      "Canal", "Fault", "Reef", "Volcano", "Lagoon", "Archipelago", "Fjord", "Atoll", "Highlands",
      "Lowlands", "Steppe", "Marshes", "Wetlands", "Oasis");

  /** Prepositions of {@link #PLACE_BEFORE} that organisations and people rarely follow. */
  static final java.util.Set<String> PLACE_ONLY_BEFORE = java.util.Set.of("near", "across", "into",
      "towards", "toward", "throughout", "outside", "inside", "around");

  /** Prepositions before an unknown capitalized name that make it a place ("in Velbor", "from Velbor"). */
  static final java.util.Set<String> PLACE_BEFORE = java.util.Set.of("in", "at", "from", "near", "to",
      "across", "outside", "inside", "into", "around", "towards", "toward");

  /**
   * Last words of record labels, studios and publishers ("Decca Records", "Velbor Pictures"): they
   * make a name an organisation wherever they stand in it ({@link EntityRecognizer#orgNameWord}), and also turn a
   * place the model found into one ("signed to Decca Records").
   */
  static final java.util.Set<String> MEDIA_COMPANY_ENDINGS = java.util.Set.of("Records", "Pictures", "Films",
      "Entertainment", "Publishing", "Publishers", "Studios", "Productions");

  /**
   * Words that make a name an organisation wherever they stand in it (authored, general English),
   * beyond ner-train/org-suffixes.txt: every use checks both.
   */
  static final java.util.Set<String> ORG_WORDS = java.util.Set.of("Air", "Army", "Navy", "Police", "Press",
      "Broadcasting", "Television", "Radio", "News", "Times", "Post", "Telegraph", "Journal", "School", "Hospitals",
      "Museum", "Court", "Parliament", "Assembly", "Senate", "Congress", "Railways", "Railway", "Petroleum", "Oil",
      "Steel", "Mining", "Telecommunications", "Investors", "Brands", "Foods", "Airport", "League", "Team",
      "Orchestra", "Church", "Forces", "Guard", "Corps", "Exchange", "Savings",
      // Industry words that close company names ("Velbor Compute", "Velbor Automation").
      "Compute", "Computing", "Automation", "Vision", "Health", "Assurance", "Semiconductors", "Biosciences",
      "Genomics", "Photonics", "Electronics", "Aerospace", "Logistics", "Informatics", "Mutual", "Interactive",
      "Studios", "Mobility", "Devices", "Cloud", "Mobile"); // "Robotics" is in org-suffixes.txt

  /** Words joining a city to a club in sports text ("Real Madrid and Barcelona"): the city is a club too. */
  static final java.util.Set<String> CLUB_JOINERS = java.util.Set.of("and", "v", "vs", "vs.", "against");

  /** Separators of a fixture line, "TORONTO AT NY RANGERS", "Leeds v Chelsea". */
  static final java.util.Set<String> FIXTURE_SEPARATORS = java.util.Set.of("AT", "at", "v", "vs", "vs.", "V",
      "VS");

  /** Words that end team names (authored from general sports knowledge). */
  static final java.util.Set<String> ORG_TEAM_WORDS = java.util.Set.of("United", "City", "Town", "Rovers",
      "Athletic", "Albion", "Wanderers", "County", "Villa", "Hotspur", "Forest", "Rangers", "Celtic", "Wednesday",
      "Argyle", "Orient", "Stanley", "Thistle", "Academicals", "Hearts", "Hibernian", "Alexandra", "Vale", "Fc",
      "Sc", "Ac", "Cf", "Bc");

  /**
   * Words before a lone unknown name (an article, a bracket, "v", a dash) after which it is more often an
   * organisation than a person ("the Velborn side", "( Velborn )").
   */
  static final java.util.Set<String> ORG_BEFORE = java.util.Set.of("the", "The", "a", "an", "(", "v", "vs",
      "vs.", "-");

  /** Lower-case particles inside personal names ("Günter de Bruyn", "Mohammed al - Jadaan"). */
  static final java.util.Set<String> NAME_PARTICLES = java.util.Set.of("de", "da", "di", "del", "della",
      "van", "von", "der", "den", "ter", "al", "el", "bin", "ibn", "le", "la", "du", "dos", "das");

  /** Regnal numbers II to XX, as in "Ramesses II", "Pope Benedict XVI", "Louis XIV". */
  static final java.util.Set<String> REGNAL = java.util.Set.of("II", "III", "IV", "V", "VI", "VII", "VIII", "IX",
      "X", "XI", "XII", "XIII", "XIV", "XV", "XVI", "XVII", "XVIII", "XIX", "XX");

  /** Generation suffixes, part of a person's name ("Martin Luther King, Jr."). */
  static final java.util.Set<String> GENERATION = java.util.Set.of("Jr.", "Jr", "Sr.", "Sr");
}
