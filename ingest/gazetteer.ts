// General knowledge the extractor starts from: states (with capitals and demonyms, used as metonyms),
// international organizations (with acronyms) and well-known leaders (with their offices and terms,
// so "the Belarusian president" in a 2021 article resolves to a person). Nothing here is specific
// to any one article; add entries as the news calls for them.
import type { ActorKind } from "../cypher/vocabulary.ts";

export interface Office {
  /** Lower-case role word(s) as news text writes them: "president", "prime minister". */
  role: string;
  /** The state's canonical name. */
  state: string;
  from?: string;
  to?: string;
}

export interface KnownActor {
  name: string;
  kind: ActorKind;
  /** Surface forms, matched case-sensitively (acronyms, spelling variants, transliterations). */
  aliases?: string[];
  /** States: adjectives ("Belarusian") that make "Belarusian authorities" a mention of the state. */
  demonyms?: string[];
  /** States: the capital, a metonym for the government ("Minsk said"). */
  capital?: string;
  /** Persons: the offices held, so titles and roles resolve to them. */
  offices?: Office[];
}

type StateRow = [name: string, demonyms: string[], capital: string, aliases?: string[]];

// Demonyms include common variant spellings (Belarussian, Byelorussian) seen in wire copy.
const STATES: StateRow[] = [
  [
    "Belarus",
    ["Belarusian", "Belarussian", "Byelorussian", "Belorussian"],
    "Minsk",
    ["Republic of Belarus", "Belorussia"],
  ],
  ["Russia", ["Russian"], "Moscow", ["Russian Federation"]],
  ["Ukraine", ["Ukrainian"], "Kyiv", ["Kiev"]],
  ["Poland", ["Polish"], "Warsaw", ["Republic of Poland"]],
  ["Lithuania", ["Lithuanian"], "Vilnius", ["Republic of Lithuania"]],
  ["Latvia", ["Latvian"], "Riga", ["Republic of Latvia"]],
  ["Estonia", ["Estonian"], "Tallinn", ["Republic of Estonia"]],
  ["Finland", ["Finnish"], "Helsinki", ["Republic of Finland"]],
  ["Sweden", ["Swedish"], "Stockholm"],
  ["Norway", ["Norwegian"], "Oslo"],
  ["Denmark", ["Danish"], "Copenhagen"],
  ["Germany", ["German"], "Berlin", ["Federal Republic of Germany"]],
  ["France", ["French"], "Paris"],
  ["Italy", ["Italian"], "Rome"],
  ["Spain", ["Spanish"], "Madrid"],
  ["Portugal", ["Portuguese"], "Lisbon"],
  ["United Kingdom", ["British"], "London", ["UK", "Britain", "Great Britain"]],
  ["Ireland", ["Irish"], "Dublin"],
  ["Netherlands", ["Dutch"], "The Hague", ["Holland"]],
  ["Belgium", ["Belgian"], "Brussels_"],
  ["Luxembourg", ["Luxembourgish"], "Luxembourg_"],
  ["Austria", ["Austrian"], "Vienna"],
  ["Switzerland", ["Swiss"], "Bern"],
  ["Czech Republic", ["Czech"], "Prague", ["Czechia"]],
  ["Slovakia", ["Slovak"], "Bratislava"],
  ["Hungary", ["Hungarian"], "Budapest"],
  ["Romania", ["Romanian"], "Bucharest"],
  ["Moldova", ["Moldovan"], "Chisinau"],
  ["Bulgaria", ["Bulgarian"], "Sofia"],
  ["Greece", ["Greek"], "Athens", ["Hellenic Republic"]],
  ["Turkey", ["Turkish"], "Ankara", ["Türkiye", "Turkiye", "Republic of Turkey"]],
  ["Cyprus", ["Cypriot"], "Nicosia"],
  ["Serbia", ["Serbian"], "Belgrade"],
  ["Croatia", ["Croatian"], "Zagreb"],
  ["Slovenia", ["Slovenian"], "Ljubljana"],
  ["Bosnia and Herzegovina", ["Bosnian"], "Sarajevo"],
  ["North Macedonia", ["Macedonian"], "Skopje"],
  ["Albania", ["Albanian"], "Tirana"],
  ["Georgia", ["Georgian"], "Tbilisi"],
  ["Armenia", ["Armenian"], "Yerevan"],
  ["Azerbaijan", ["Azerbaijani"], "Baku"],
  ["Kazakhstan", ["Kazakh"], "Astana"],
  ["Uzbekistan", ["Uzbek"], "Tashkent"],
  ["Kyrgyzstan", ["Kyrgyz"], "Bishkek"],
  ["Tajikistan", ["Tajik"], "Dushanbe"],
  ["Turkmenistan", ["Turkmen"], "Ashgabat"],
  ["United States", ["American"], "Washington", ["US", "USA", "U.S.", "United States of America"]],
  ["Canada", ["Canadian"], "Ottawa"],
  ["Mexico", ["Mexican"], "Mexico City"],
  ["China", ["Chinese"], "Beijing", ["People's Republic of China", "PRC"]],
  ["Japan", ["Japanese"], "Tokyo"],
  ["India", ["Indian"], "New Delhi"],
  ["Pakistan", ["Pakistani"], "Islamabad"],
  ["Afghanistan", ["Afghan"], "Kabul"],
  ["Iran", ["Iranian"], "Tehran"],
  ["Iraq", ["Iraqi"], "Baghdad"],
  ["Syria", ["Syrian"], "Damascus"],
  ["Lebanon", ["Lebanese"], "Beirut"],
  ["Israel", ["Israeli"], "Jerusalem"],
  ["Jordan", ["Jordanian"], "Amman"],
  ["Egypt", ["Egyptian"], "Cairo"],
  ["Libya", ["Libyan"], "Tripoli"],
  ["Tunisia", ["Tunisian"], "Tunis"],
  ["Algeria", ["Algerian"], "Algiers"],
  ["Morocco", ["Moroccan"], "Rabat"],
  ["Saudi Arabia", ["Saudi"], "Riyadh"],
  ["Qatar", ["Qatari"], "Doha"],
  ["United Arab Emirates", ["Emirati"], "Abu Dhabi", ["UAE"]],
  ["Yemen", ["Yemeni"], "Sanaa"],
  ["Somalia", ["Somali"], "Mogadishu"],
  ["Kenya", ["Kenyan"], "Nairobi"],
  ["Nigeria", ["Nigerian"], "Abuja"],
  ["Senegal", ["Senegalese"], "Dakar"],
  [
    "Congo",
    ["Congolese"],
    "Kinshasa",
    ["Republic of the Congo", "Democratic Republic of the Congo", "DR Congo", "DRC"],
  ],
  ["Ethiopia", ["Ethiopian"], "Addis Ababa"],
  ["Eritrea", ["Eritrean"], "Asmara"],
  ["Sudan", ["Sudanese"], "Khartoum"],
  ["Cuba", ["Cuban"], "Havana"],
  ["Venezuela", ["Venezuelan"], "Caracas"],
  ["Brazil", ["Brazilian"], "Brasilia"],
  ["Sri Lanka", ["Sri Lankan"], "Colombo"],
  ["Bangladesh", ["Bangladeshi"], "Dhaka"],
  ["Vietnam", ["Vietnamese"], "Hanoi"],
  ["North Korea", ["North Korean"], "Pyongyang"],
  ["South Korea", ["South Korean"], "Seoul"],
];

type OrgRow = [name: string, aliases: string[], kind?: ActorKind];

const ORGANIZATIONS: OrgRow[] = [
  ["European Union", ["EU", "the bloc"]],
  ["European Commission", ["EC"]],
  ["European Council", []],
  ["European Parliament", ["EP"]],
  ["Council of the European Union", ["Council of the EU"]],
  ["Foreign Affairs Council", ["FAC", "EU Foreign Affairs Council"]],
  ["Frontex", ["European Border and Coast Guard Agency"]],
  ["NATO", ["North Atlantic Treaty Organization", "North Atlantic Alliance"]],
  ["United Nations", ["UN", "U.N."]],
  ["UN Security Council", ["United Nations Security Council", "UNSC"]],
  ["UNHCR", ["United Nations High Commissioner for Refugees", "UN Refugee Agency", "UN refugee agency"]],
  ["International Organization for Migration", ["IOM", "International Organisation for Migration"]],
  ["International Committee of the Red Cross", ["ICRC", "Red Cross"]],
  [
    "OSCE",
    [
      "Organization for Security and Co-operation in Europe",
      "Organization for Security and Cooperation in Europe",
    ],
  ],
  ["Council of Europe", []],
  ["African Union", ["AU"]],
  ["Union State", ["Union State of Belarus and Russia", "Union State of Russia and Belarus"]],
  ["CSTO", ["Collective Security Treaty Organization"]],
  ["Eurasian Economic Union", ["EAEU"]],
  ["Commonwealth of Independent States", ["CIS"]],
  ["World Health Organization", ["WHO"]],
  ["International Monetary Fund", ["IMF"]],
  ["World Bank", []],
  ["Amnesty International", ["Amnesty"]],
  ["Human Rights Watch", ["HRW"]],
  ["Doctors Without Borders", ["Médecins Sans Frontières", "MSF"]],
  ["International Criminal Court", ["ICC"]],
  ["Interpol", []],
  ["G7", ["Group of Seven"]],
  ["G20", ["Group of Twenty"]],
  [
    "State Border Committee of Belarus",
    ["Belarusian State Border Committee", "State Border Committee", "Border Committee"],
  ],
  ["Polish Border Guard", ["Straż Graniczna", "Polish Border Guard Service", "Polish Border Service"]],
  ["State Border Guard of Latvia", ["Latvian State Border Guard", "State Border Guard"]],
  [
    "State Border Guard Service of Lithuania",
    ["Lithuanian State Border Guard Service", "State Border Guard Service", "VSAT"],
  ],
  ["Finnish Border Guard", ["Finnish Border Guard Service", "Rajavartiolaitos"]],
  [
    "Police and Border Guard Board",
    ["PPA", "Estonian Police and Border Guard Board", "Politsei- ja Piirivalveamet"],
  ],
  ["Hellenic Police", []],
  ["Riigikogu", ["Estonian parliament"]],
  ["Eduskunta", ["Finnish parliament", "Parliament of Finland"]],
  ["Seimas", ["Lithuanian parliament", "Seimas of Lithuania"]],
  ["Saeima", ["Latvian parliament"]],
  ["Sejm", ["Polish parliament"]],
  ["Bundestag", ["German parliament"]],
  ["State Duma", ["Russian parliament"]],
  ["Law and Justice", ["PiS", "Prawo i Sprawiedliwość"]],
  ["Wagner Group", ["Wagner", "PMC Wagner"], "group"],
  ["Taliban", ["the Taliban"], "group"],
  ["Kurds", [], "group"],
];

// Persons: well-known office holders. Terms bound "the German chancellor" to the right person.
const PERSONS: KnownActor[] = [
  p(
    "Alexander Lukashenko",
    [
      "Lukashenko",
      "Aleksandr Lukashenko",
      "Alexandr Lukashenko",
      "Alyaksandr Lukashenka",
      "Aliaksandr Lukashenka",
      "Lukashenka",
      "Alexander Lukashenka",
    ],
    [
      ["president", "Belarus", "1994-07-20"],
      ["leader", "Belarus", "1994-07-20"],
    ],
  ),
  p(
    "Vladimir Putin",
    ["Putin", "Vladimir Vladimirovich Putin"],
    [
      ["president", "Russia", "2012-05-07"],
      ["leader", "Russia", "2000-05-07"],
    ],
  ),
  p(
    "Dmitry Medvedev",
    ["Medvedev", "Dmitri Medvedev"],
    [
      ["president", "Russia", "2008-05-07", "2012-05-07"],
      ["prime minister", "Russia", "2012-05-08", "2020-01-16"],
    ],
  ),
  p("Mikhail Mishustin", ["Mishustin"], [["prime minister", "Russia", "2020-01-16"]]),
  p("Sergey Lavrov", ["Lavrov", "Sergei Lavrov"], [["foreign minister", "Russia", "2004-03-09"]]),
  p("Dmitry Peskov", ["Peskov", "Dmitri Peskov"], []),
  p(
    "Sergei Shoigu",
    ["Shoigu", "Sergey Shoigu"],
    [["defence minister", "Russia", "2012-11-06", "2024-05-12"]],
  ),
  p(
    "Vladimir Makei",
    ["Makei", "Uladzimir Makei", "Vladimir Makey", "Makey"],
    [["foreign minister", "Belarus", "2012-08-20", "2022-11-26"]],
  ),
  p(
    "Sergei Aleinik",
    ["Aleinik", "Sergey Aleinik"],
    [["foreign minister", "Belarus", "2022-12-06", "2024-04-07"]],
  ),
  p("Roman Golovchenko", ["Golovchenko"], [["prime minister", "Belarus", "2020-06-04", "2025-03-31"]]),
  p(
    "Sviatlana Tsikhanouskaya",
    [
      "Tsikhanouskaya",
      "Svetlana Tikhanovskaya",
      "Tikhanovskaya",
      "Svetlana Tsikhanovskaya",
      "Sviatlana Tikhanovskaya",
      "Tsikhanovskaya",
    ],
    [["opposition leader", "Belarus"]],
  ),
  p(
    "Volodymyr Zelensky",
    ["Zelensky", "Zelenskyy", "Volodymyr Zelenskyy", "Zelenskiy"],
    [["president", "Ukraine", "2019-05-20"]],
  ),
  p("Dmytro Kuleba", ["Kuleba"], [["foreign minister", "Ukraine", "2020-03-04", "2024-09-05"]]),
  p("Angela Merkel", ["Merkel"], [["chancellor", "Germany", "2005-11-22", "2021-12-08"]]),
  p("Olaf Scholz", ["Scholz"], [["chancellor", "Germany", "2021-12-08", "2025-05-06"]]),
  p("Heiko Maas", ["Maas"], [["foreign minister", "Germany", "2018-03-14", "2021-12-08"]]),
  p("Annalena Baerbock", ["Baerbock"], [["foreign minister", "Germany", "2021-12-08", "2025-05-06"]]),
  p("Frank-Walter Steinmeier", ["Steinmeier"], [["president", "Germany", "2017-03-19"]]),
  p("Emmanuel Macron", ["Macron"], [["president", "France", "2017-05-14"]]),
  p("Joe Biden", ["Biden", "Joseph Biden"], [["president", "United States", "2021-01-20", "2025-01-20"]]),
  p(
    "Donald Trump",
    ["Trump"],
    [
      ["president", "United States", "2017-01-20", "2021-01-20"],
      ["president", "United States", "2025-01-20"],
    ],
  ),
  p("Antony Blinken", ["Blinken"], [["secretary of state", "United States", "2021-01-26", "2025-01-20"]]),
  p("Boris Johnson", ["Johnson"], [["prime minister", "United Kingdom", "2019-07-24", "2022-09-06"]]),
  p(
    "Recep Tayyip Erdogan",
    ["Erdogan", "Erdoğan", "Tayyip Erdogan", "Recep Tayyip Erdoğan", "Tayyip Erdoğan"],
    [
      ["president", "Turkey", "2014-08-28"],
      ["prime minister", "Turkey", "2003-03-14", "2014-08-28"],
    ],
  ),
  p(
    "Mevlut Cavusoglu",
    ["Cavusoglu", "Çavuşoğlu", "Mevlüt Çavuşoğlu"],
    [["foreign minister", "Turkey", "2015-11-24", "2023-06-04"]],
  ),
  p("Kyriakos Mitsotakis", ["Mitsotakis"], [["prime minister", "Greece", "2019-07-08"]]),
  p("Andrzej Duda", ["Duda"], [["president", "Poland", "2015-08-06", "2025-08-06"]]),
  p("Mateusz Morawiecki", ["Morawiecki"], [["prime minister", "Poland", "2017-12-11", "2023-12-13"]]),
  p(
    "Donald Tusk",
    ["Tusk"],
    [
      ["prime minister", "Poland", "2023-12-13"],
      ["european council president", "European Union", "2014-12-01", "2019-11-30"],
    ],
  ),
  p(
    "Mariusz Blaszczak",
    ["Blaszczak", "Błaszczak", "Mariusz Błaszczak"],
    [["defence minister", "Poland", "2018-01-09", "2023-11-27"]],
  ),
  p(
    "Mariusz Kaminski",
    ["Kaminski", "Kamiński", "Mariusz Kamiński"],
    [["interior minister", "Poland", "2019-08-15", "2023-11-27"]],
  ),
  p("Zbigniew Rau", ["Rau"], [["foreign minister", "Poland", "2020-08-26", "2023-11-27"]]),
  p("Gitanas Nausėda", ["Gitanas Nauseda", "Nauseda", "Nausėda"], [["president", "Lithuania", "2019-07-12"]]),
  p(
    "Ingrida Šimonytė",
    ["Ingrida Simonyte", "Simonyte", "Šimonytė", "Ingrida Szimonyte", "Szimonyte"],
    [["prime minister", "Lithuania", "2020-12-11", "2024-12-12"]],
  ),
  p(
    "Gabrielius Landsbergis",
    ["Landsbergis"],
    [["foreign minister", "Lithuania", "2020-12-11", "2024-12-12"]],
  ),
  p(
    "Viktorija Čmilytė-Nielsen",
    [
      "Viktorija Cmilyte-Nielsen",
      "Cmilyte-Nielsen",
      "Čmilytė-Nielsen",
      "Viktorija Czmilyte-Nielsen",
      "Czmilyte-Nielsen",
    ],
    [["speaker", "Lithuania", "2020-11-13", "2024-11-14"]],
  ),
  p("Egils Levits", ["Levits"], [["president", "Latvia", "2019-07-08", "2023-07-08"]]),
  p(
    "Edgars Rinkēvičs",
    ["Edgars Rinkevics", "Rinkevics", "Rinkēvičs"],
    [
      ["president", "Latvia", "2023-07-08"],
      ["foreign minister", "Latvia", "2011-10-25", "2023-07-08"],
    ],
  ),
  p(
    "Krišjānis Kariņš",
    ["Krisjanis Karins", "Karins", "Kariņš"],
    [["prime minister", "Latvia", "2019-01-23", "2023-09-15"]],
  ),
  p("Kaja Kallas", ["Kallas"], [["prime minister", "Estonia", "2021-01-26", "2024-07-23"]]),
  p("Alar Karis", ["Karis"], [["president", "Estonia", "2021-10-11"]]),
  p(
    "Sauli Niinistö",
    ["Sauli Niinisto", "Niinistö", "Niinisto"],
    [["president", "Finland", "2012-03-01", "2024-03-01"]],
  ),
  p("Alexander Stubb", ["Stubb"], [["president", "Finland", "2024-03-01"]]),
  p("Sanna Marin", ["Marin"], [["prime minister", "Finland", "2019-12-10", "2023-06-20"]]),
  p("Petteri Orpo", ["Orpo"], [["prime minister", "Finland", "2023-06-20"]]),
  p(
    "Ursula von der Leyen",
    ["von der Leyen", "Von der Leyen"],
    [["european commission president", "European Union", "2019-12-01"]],
  ),
  p(
    "Charles Michel",
    ["Michel"],
    [["european council president", "European Union", "2019-12-01", "2024-11-30"]],
  ),
  p(
    "Josep Borrell",
    ["Borrell", "Josep Borrell Fontelles"],
    [["foreign policy chief", "European Union", "2019-12-01", "2024-11-30"]],
  ),
  p(
    "David Sassoli",
    ["Sassoli"],
    [["european parliament president", "European Union", "2019-07-03", "2022-01-11"]],
  ),
  p("Roberta Metsola", ["Metsola"], [["european parliament president", "European Union", "2022-01-18"]]),
  p(
    "Ylva Johansson",
    ["Johansson"],
    [["home affairs commissioner", "European Union", "2019-12-01", "2024-11-30"]],
  ),
  p("Jens Stoltenberg", ["Stoltenberg"], [["secretary general", "NATO", "2014-10-01", "2024-10-01"]]),
  p(
    "António Guterres",
    ["Antonio Guterres", "Guterres"],
    [["secretary general", "United Nations", "2017-01-01"]],
  ),
  p("Filippo Grandi", ["Grandi"], [["high commissioner", "UNHCR", "2016-01-01"]]),
  p("Viktor Orbán", ["Viktor Orban", "Orban", "Orbán"], [["prime minister", "Hungary", "2010-05-29"]]),
  p("Xi Jinping", ["Xi"], [["president", "China", "2013-03-14"]]),
  p("Ilham Aliyev", ["Aliyev"], [["president", "Azerbaijan", "2003-10-31"]]),
  p("Nikol Pashinyan", ["Pashinyan"], [["prime minister", "Armenia", "2018-05-08"]]),
  p("Kassym-Jomart Tokayev", ["Tokayev"], [["president", "Kazakhstan", "2019-03-20"]]),
];

function p(name: string, aliases: string[], offices: [string, string, string?, string?][]): KnownActor {
  return {
    name,
    kind: "person",
    aliases,
    offices: offices.map(([role, state, from, to]) => ({ role, state, from, to })),
  };
}

function states(): KnownActor[] {
  return STATES.map(([name, demonyms, capital, aliases]) => ({
    name,
    kind: "state" as const,
    demonyms,
    // A trailing "_" marks a capital that is also a common name for something else (Brussels is
    // the EU as often as Belgium), so it is not taken as this state's metonym.
    capital: capital.endsWith("_") ? undefined : capital,
    aliases: aliases ?? [],
  }));
}

function organizations(): KnownActor[] {
  return ORGANIZATIONS.map(([name, aliases, kind]) => ({
    name,
    kind: kind ?? "organization",
    aliases,
    // "Brussels said" is the EU far more often than Belgium.
    capital: name === "European Union" ? "Brussels" : undefined,
  }));
}

const unique = new Map<string, KnownActor>();
for (const actor of [...states(), ...organizations(), ...PERSONS]) unique.set(actor.name, actor);

/** Every known actor, states first. */
export const GAZETTEER: readonly KnownActor[] = [...unique.values()];
