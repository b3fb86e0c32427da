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
  ["Kosovo", ["Kosovar"], "Pristina"],
  ["Montenegro", ["Montenegrin"], "Podgorica"],
  ["Iceland", ["Icelandic"], "Reykjavik"],
  ["Malta", ["Maltese"], "Valletta"],
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
  [
    "U.S. Border Patrol",
    ["US Border Patrol", "United States Border Patrol", "Border Patrol", "U.S. Border Patrol agents"],
  ],
  [
    "U.S. Customs and Border Protection",
    ["US Customs and Border Protection", "Customs and Border Protection", "CBP"],
  ],
  ["Department of Homeland Security", ["DHS", "Homeland Security Department"]],
  ["Guardia Civil", ["Civil Guard", "Spanish Civil Guard"]],
  ["Hellenic Coast Guard", ["Greek coast guard", "Greek Coast Guard"]],
  ["Turkish Coast Guard", ["Turkish coast guard"]],
  ["Europol", []],
  ["National Armed Forces of Latvia", ["Latvian National Armed Forces", "National Armed Forces", "NAF"]],
  [
    "State Border Guard Service of Ukraine",
    [
      "Ukrainian State Border Guard Service",
      "State Border Service of Ukraine",
      "Ukrainian Border Guard Service",
    ],
  ],
  ["Verkhovna Rada", ["Ukrainian parliament"]],
  ["Riksdag", ["Swedish parliament"]],
  ["Storting", ["Norwegian parliament"]],
  ["Folketing", ["Danish parliament"]],
  ["Hellenic Parliament", ["Greek parliament"]],
  ["Grand National Assembly of Turkey", ["Turkish parliament"]],
  ["National Assembly of Belarus", ["Belarusian parliament"]],
  ["Federation Council", ["Russian Federation Council"]],
  ["European Court of Human Rights", ["ECHR", "ECtHR"]],
  ["Court of Justice of the European Union", ["CJEU", "European Court of Justice", "ECJ"]],
  ["UNICEF", ["United Nations Children's Fund"]],
  ["Grupa Granica", []],
  ["Ocalenie Foundation", ["Fundacja Ocalenie"]],
  ["Polisario Front", ["Polisario"]],
];

// Office holders of European and neighbouring states and of international bodies, 2019-2024 (with
// earlier terms where the news of the period still names them). Single-word aliases are left out
// where the surname is also a common word or first name.
const MORE_PERSONS: KnownActor[] = [
  // Poland
  p(
    "Radosław Sikorski",
    ["Radoslaw Sikorski", "Sikorski"],
    [
      ["foreign minister", "Poland", "2007-11-16", "2014-09-22"],
      ["foreign minister", "Poland", "2023-12-13"],
    ],
  ),
  p(
    "Władysław Kosiniak-Kamysz",
    ["Wladyslaw Kosiniak-Kamysz", "Kosiniak-Kamysz"],
    [["defence minister", "Poland", "2023-12-13"]],
  ),
  p(
    "Marcin Kierwiński",
    ["Marcin Kierwinski", "Kierwiński", "Kierwinski"],
    [
      ["interior minister", "Poland", "2023-12-13", "2024-05-13"],
      ["interior minister", "Poland", "2025-07-24"],
    ],
  ),
  p("Tomasz Siemoniak", ["Siemoniak"], [["interior minister", "Poland", "2024-05-13", "2025-07-24"]]),
  p("Szymon Hołownia", ["Szymon Holownia", "Hołownia", "Holownia"], [["speaker", "Poland", "2023-11-13"]]),
  p("Elżbieta Witek", ["Elzbieta Witek"], [["speaker", "Poland", "2019-08-09", "2023-11-13"]]),
  p("Jarosław Kaczyński", ["Jaroslaw Kaczynski", "Kaczyński", "Kaczynski"], []),
  p("Stanisław Żaryn", ["Stanislaw Zaryn", "Żaryn", "Zaryn"], []),
  p("Maciej Wąsik", ["Maciej Wasik", "Wąsik", "Wasik"], []),
  p("Piotr Müller", ["Piotr Muller", "Piotr Mueller"], []),
  // Lithuania
  p(
    "Agnė Bilotaitė",
    ["Agne Bilotaite", "Bilotaitė", "Bilotaite"],
    [["interior minister", "Lithuania", "2020-12-11", "2024-12-12"]],
  ),
  p(
    "Arvydas Anušauskas",
    ["Arvydas Anusauskas", "Anušauskas", "Anusauskas"],
    [["defence minister", "Lithuania", "2020-12-11", "2024-04-04"]],
  ),
  p(
    "Laurynas Kasčiūnas",
    ["Laurynas Kasciunas", "Kasčiūnas", "Kasciunas"],
    [["defence minister", "Lithuania", "2024-04-04", "2024-12-12"]],
  ),
  p("Gintautas Paluckas", ["Paluckas"], [["prime minister", "Lithuania", "2024-12-12", "2025-08-05"]]),
  p("Kęstutis Budrys", ["Kestutis Budrys", "Budrys"], [["foreign minister", "Lithuania", "2024-12-12"]]),
  p(
    "Saulius Skvernelis",
    ["Skvernelis"],
    [
      ["prime minister", "Lithuania", "2016-12-13", "2020-12-11"],
      ["speaker", "Lithuania", "2024-11-14"],
    ],
  ),
  p(
    "Linas Linkevičius",
    ["Linas Linkevicius", "Linkevičius", "Linkevicius"],
    [["foreign minister", "Lithuania", "2012-12-13", "2020-12-11"]],
  ),
  p("Rustamas Liubajevas", ["Liubajevas"], []),
  // Latvia
  p("Evika Siliņa", ["Evika Silina", "Siliņa", "Silina"], [["prime minister", "Latvia", "2023-09-15"]]),
  p("Baiba Braže", ["Baiba Braze", "Braže", "Braze"], [["foreign minister", "Latvia", "2024-04-19"]]),
  p(
    "Māris Kučinskis",
    ["Maris Kucinskis", "Kučinskis", "Kucinskis"],
    [
      ["prime minister", "Latvia", "2016-02-11", "2019-01-23"],
      ["interior minister", "Latvia", "2022-12-14", "2023-09-15"],
    ],
  ),
  p("Marija Golubeva", ["Golubeva"], [["interior minister", "Latvia", "2021-06-03", "2022-10-13"]]),
  p("Rihards Kozlovskis", ["Kozlovskis"], [["interior minister", "Latvia", "2023-09-15"]]),
  p("Artis Pabriks", ["Pabriks"], [["defence minister", "Latvia", "2019-01-23", "2022-08-05"]]),
  p("Guntis Pujāts", ["Guntis Pujats", "Pujāts", "Pujats"], []),
  // Estonia
  p("Kersti Kaljulaid", ["Kaljulaid"], [["president", "Estonia", "2016-10-10", "2021-10-11"]]),
  p("Jüri Ratas", ["Juri Ratas", "Ratas"], [["prime minister", "Estonia", "2016-11-23", "2021-01-26"]]),
  p("Kristen Michal", [], [["prime minister", "Estonia", "2024-07-23"]]),
  p("Margus Tsahkna", ["Tsahkna"], [["foreign minister", "Estonia", "2023-04-17"]]),
  p(
    "Urmas Reinsalu",
    ["Reinsalu"],
    [
      ["foreign minister", "Estonia", "2019-04-29", "2021-01-26"],
      ["foreign minister", "Estonia", "2022-07-18", "2023-04-17"],
    ],
  ),
  p("Eva-Maria Liimets", ["Liimets"], [["foreign minister", "Estonia", "2021-01-26", "2022-07-18"]]),
  p("Lauri Hussar", ["Hussar"], [["speaker", "Estonia", "2023-04-10"]]),
  p(
    "Lauri Läänemets",
    ["Lauri Laanemets", "Läänemets", "Laanemets"],
    [["interior minister", "Estonia", "2022-07-18", "2025-03-21"]],
  ),
  p("Hanno Pevkur", ["Pevkur"], [["defence minister", "Estonia", "2022-07-18"]]),
  // Finland
  p("Pekka Haavisto", ["Haavisto"], [["foreign minister", "Finland", "2019-06-06", "2023-06-20"]]),
  p("Elina Valtonen", ["Valtonen"], [["foreign minister", "Finland", "2023-06-20"]]),
  p("Mari Rantanen", ["Rantanen"], [["interior minister", "Finland", "2023-06-20"]]),
  p("Maria Ohisalo", ["Ohisalo"], [["interior minister", "Finland", "2019-06-06", "2023-06-20"]]),
  p(
    "Antti Häkkänen",
    ["Antti Hakkanen", "Häkkänen", "Hakkanen"],
    [["defence minister", "Finland", "2023-06-20"]],
  ),
  p("Jussi Halla-aho", ["Halla-aho"], [["speaker", "Finland", "2023-06-13"]]),
  // Nordic states
  p("Ulf Kristersson", ["Kristersson"], [["prime minister", "Sweden", "2022-10-18"]]),
  p("Magdalena Andersson", [], [["prime minister", "Sweden", "2021-11-30", "2022-10-18"]]),
  p(
    "Stefan Löfven",
    ["Stefan Lofven", "Löfven", "Lofven"],
    [["prime minister", "Sweden", "2014-10-03", "2021-11-30"]],
  ),
  p(
    "Tobias Billström",
    ["Tobias Billstrom", "Billström", "Billstrom"],
    [["foreign minister", "Sweden", "2022-10-18", "2024-09-10"]],
  ),
  p(
    "Jonas Gahr Støre",
    ["Jonas Gahr Store", "Gahr Støre", "Gahr Store"],
    [["prime minister", "Norway", "2021-10-14"]],
  ),
  p("Erna Solberg", ["Solberg"], [["prime minister", "Norway", "2013-10-16", "2021-10-14"]]),
  p("Mette Frederiksen", ["Frederiksen"], [["prime minister", "Denmark", "2019-06-27"]]),
  // Germany, France, Italy, Spain, Portugal, Benelux, Austria, UK
  p("Nancy Faeser", ["Faeser"], [["interior minister", "Germany", "2021-12-08", "2025-05-06"]]),
  p("Horst Seehofer", ["Seehofer"], [["interior minister", "Germany", "2018-03-14", "2021-12-08"]]),
  p("Boris Pistorius", ["Pistorius"], [["defence minister", "Germany", "2023-01-19"]]),
  p("Christine Lambrecht", ["Lambrecht"], [["defence minister", "Germany", "2021-12-08", "2023-01-19"]]),
  p(
    "Annegret Kramp-Karrenbauer",
    ["Kramp-Karrenbauer"],
    [["defence minister", "Germany", "2019-07-17", "2021-12-08"]],
  ),
  p("Steffen Seibert", ["Seibert"], []),
  p("Jean Castex", ["Castex"], [["prime minister", "France", "2020-07-03", "2022-05-16"]]),
  p("Élisabeth Borne", ["Elisabeth Borne"], [["prime minister", "France", "2022-05-16", "2024-01-09"]]),
  p("Gabriel Attal", ["Attal"], [["prime minister", "France", "2024-01-09", "2024-09-05"]]),
  p("Michel Barnier", ["Barnier"], [["prime minister", "France", "2024-09-05", "2024-12-13"]]),
  p("Édouard Philippe", ["Edouard Philippe"], [["prime minister", "France", "2017-05-15", "2020-07-03"]]),
  p("Jean-Yves Le Drian", ["Le Drian"], [["foreign minister", "France", "2017-05-17", "2022-05-20"]]),
  p("Catherine Colonna", ["Colonna"], [["foreign minister", "France", "2022-05-20", "2024-01-11"]]),
  p(
    "Stéphane Séjourné",
    ["Stephane Sejourne", "Séjourné", "Sejourne"],
    [["foreign minister", "France", "2024-01-11", "2024-09-21"]],
  ),
  p(
    "Gérald Darmanin",
    ["Gerald Darmanin", "Darmanin"],
    [["interior minister", "France", "2020-07-06", "2024-09-21"]],
  ),
  p("Christophe Castaner", ["Castaner"], [["interior minister", "France", "2018-10-16", "2020-07-06"]]),
  p("Giorgia Meloni", ["Meloni"], [["prime minister", "Italy", "2022-10-22"]]),
  p("Mario Draghi", ["Draghi"], [["prime minister", "Italy", "2021-02-13", "2022-10-22"]]),
  p("Giuseppe Conte", [], [["prime minister", "Italy", "2018-06-01", "2021-02-13"]]),
  p("Sergio Mattarella", ["Mattarella"], [["president", "Italy", "2015-02-03"]]),
  p("Luigi Di Maio", ["Di Maio"], [["foreign minister", "Italy", "2019-09-05", "2022-10-22"]]),
  p("Antonio Tajani", ["Tajani"], [["foreign minister", "Italy", "2022-10-22"]]),
  p("Matteo Piantedosi", ["Piantedosi"], [["interior minister", "Italy", "2022-10-22"]]),
  p("Luciana Lamorgese", ["Lamorgese"], [["interior minister", "Italy", "2019-09-05", "2022-10-22"]]),
  p("Matteo Salvini", ["Salvini"], [["interior minister", "Italy", "2018-06-01", "2019-09-05"]]),
  p("Pedro Sánchez", ["Pedro Sanchez", "Sánchez"], [["prime minister", "Spain", "2018-06-02"]]),
  p(
    "Arancha González Laya",
    ["Arancha Gonzalez Laya", "González Laya", "Gonzalez Laya"],
    [["foreign minister", "Spain", "2020-01-13", "2021-07-12"]],
  ),
  p("José Manuel Albares", ["Jose Manuel Albares", "Albares"], [["foreign minister", "Spain", "2021-07-12"]]),
  p(
    "Fernando Grande-Marlaska",
    ["Grande-Marlaska", "Marlaska"],
    [["interior minister", "Spain", "2018-06-07"]],
  ),
  p("Margarita Robles", [], [["defence minister", "Spain", "2018-06-07"]]),
  p("Felipe VI", ["King Felipe VI", "King Felipe"], [["king", "Spain", "2014-06-19"]]),
  p(
    "António Costa",
    ["Antonio Costa"],
    [
      ["prime minister", "Portugal", "2015-11-26", "2024-04-02"],
      ["european council president", "European Union", "2024-12-01"],
    ],
  ),
  p(
    "Mark Rutte",
    ["Rutte"],
    [
      ["prime minister", "Netherlands", "2010-10-14", "2024-07-02"],
      ["secretary general", "NATO", "2024-10-01"],
    ],
  ),
  p("Dick Schoof", ["Schoof"], [["prime minister", "Netherlands", "2024-07-02"]]),
  p("Alexander De Croo", ["De Croo"], [["prime minister", "Belgium", "2020-10-01", "2025-02-03"]]),
  p(
    "Karl Nehammer",
    ["Nehammer"],
    [
      ["interior minister", "Austria", "2020-01-07", "2021-12-06"],
      ["chancellor", "Austria", "2021-12-06", "2025-03-03"],
    ],
  ),
  p(
    "Sebastian Kurz",
    ["Kurz"],
    [
      ["chancellor", "Austria", "2017-12-18", "2019-05-28"],
      ["chancellor", "Austria", "2020-01-07", "2021-10-11"],
    ],
  ),
  p(
    "Alexander Schallenberg",
    ["Schallenberg"],
    [["foreign minister", "Austria", "2019-06-03", "2025-03-03"]],
  ),
  p("Alexander Van der Bellen", ["Van der Bellen"], [["president", "Austria", "2017-01-26"]]),
  p(
    "Liz Truss",
    ["Truss"],
    [
      ["foreign minister", "United Kingdom", "2021-09-15", "2022-09-06"],
      ["prime minister", "United Kingdom", "2022-09-06", "2022-10-25"],
    ],
  ),
  p("Rishi Sunak", ["Sunak"], [["prime minister", "United Kingdom", "2022-10-25", "2024-07-05"]]),
  p("Keir Starmer", ["Starmer"], [["prime minister", "United Kingdom", "2024-07-05"]]),
  p("Dominic Raab", ["Raab"], [["foreign minister", "United Kingdom", "2019-07-24", "2021-09-15"]]),
  p("Priti Patel", ["Patel"], [["home secretary", "United Kingdom", "2019-07-24", "2022-09-06"]]),
  p("Suella Braverman", ["Braverman"], [["home secretary", "United Kingdom", "2022-09-06", "2023-11-13"]]),
  p(
    "James Cleverly",
    ["Cleverly"],
    [
      ["foreign minister", "United Kingdom", "2022-09-06", "2023-11-13"],
      ["home secretary", "United Kingdom", "2023-11-13", "2024-07-05"],
    ],
  ),
  // Greece, Turkey, Bulgaria, central Europe, the Balkans
  p(
    "Katerina Sakellaropoulou",
    ["Aikaterini Sakellaropoulou", "Sakellaropoulou"],
    [["president", "Greece", "2020-03-13", "2025-03-13"]],
  ),
  p("Prokopis Pavlopoulos", ["Pavlopoulos"], [["president", "Greece", "2015-03-13", "2020-03-13"]]),
  p(
    "Nikos Dendias",
    ["Dendias"],
    [
      ["foreign minister", "Greece", "2019-07-09", "2023-05-26"],
      ["defence minister", "Greece", "2023-06-27"],
    ],
  ),
  p(
    "Giorgos Gerapetritis",
    ["George Gerapetritis", "Gerapetritis"],
    [["foreign minister", "Greece", "2023-06-27", "2025-03-15"]],
  ),
  p(
    "Michalis Chrysochoidis",
    ["Michalis Chrisochoidis", "Chrysochoidis", "Chrisochoidis"],
    [
      ["citizen protection minister", "Greece", "2019-07-09", "2021-08-31"],
      ["citizen protection minister", "Greece", "2023-06-27", "2025-03-15"],
    ],
  ),
  p(
    "Notis Mitarachi",
    ["Notis Mitarakis", "Mitarachi", "Mitarakis"],
    [["migration minister", "Greece", "2020-01-15", "2023-05-26"]],
  ),
  p(
    "Nikos Panagiotopoulos",
    ["Panagiotopoulos"],
    [["defence minister", "Greece", "2019-07-09", "2023-05-26"]],
  ),
  p("Stelios Petsas", ["Petsas"], []),
  p("Hakan Fidan", ["Fidan"], [["foreign minister", "Turkey", "2023-06-04"]]),
  p(
    "Süleyman Soylu",
    ["Suleyman Soylu", "Soylu"],
    [["interior minister", "Turkey", "2016-08-31", "2023-06-04"]],
  ),
  p("Ali Yerlikaya", ["Yerlikaya"], [["interior minister", "Turkey", "2023-06-04"]]),
  p("Hulusi Akar", ["Akar"], [["defence minister", "Turkey", "2018-07-10", "2023-06-04"]]),
  p("Yaşar Güler", ["Yasar Guler"], [["defence minister", "Turkey", "2023-06-04"]]),
  p("İbrahim Kalın", ["Ibrahim Kalin", "Kalın"], []),
  p("Fahrettin Altun", ["Altun"], []),
  p(
    "Boyko Borissov",
    ["Boyko Borisov", "Borissov", "Borisov"],
    [
      ["prime minister", "Bulgaria", "2014-11-07", "2017-01-27"],
      ["prime minister", "Bulgaria", "2017-05-04", "2021-05-12"],
    ],
  ),
  p("Rumen Radev", ["Radev"], [["president", "Bulgaria", "2017-01-22"]]),
  p("Kiril Petkov", ["Petkov"], [["prime minister", "Bulgaria", "2021-12-13", "2022-08-02"]]),
  p("Nikolai Denkov", ["Denkov"], [["prime minister", "Bulgaria", "2023-06-06", "2024-04-09"]]),
  p(
    "Péter Szijjártó",
    ["Peter Szijjarto", "Szijjártó", "Szijjarto"],
    [["foreign minister", "Hungary", "2014-09-23"]],
  ),
  p("Katalin Novák", ["Katalin Novak"], [["president", "Hungary", "2022-05-10", "2024-02-26"]]),
  p("Petr Fiala", ["Fiala"], [["prime minister", "Czech Republic", "2021-11-28"]]),
  p(
    "Andrej Babiš",
    ["Andrej Babis", "Babiš", "Babis"],
    [["prime minister", "Czech Republic", "2017-12-06", "2021-11-28"]],
  ),
  p("Petr Pavel", [], [["president", "Czech Republic", "2023-03-09"]]),
  p("Miloš Zeman", ["Milos Zeman", "Zeman"], [["president", "Czech Republic", "2013-03-08", "2023-03-09"]]),
  p("Robert Fico", ["Fico"], [["prime minister", "Slovakia", "2023-10-25"]]),
  p("Eduard Heger", ["Heger"], [["prime minister", "Slovakia", "2021-04-01", "2023-05-15"]]),
  p(
    "Zuzana Čaputová",
    ["Zuzana Caputova", "Čaputová", "Caputova"],
    [["president", "Slovakia", "2019-06-15", "2024-06-15"]],
  ),
  p("Maia Sandu", ["Sandu"], [["president", "Moldova", "2020-12-24"]]),
  p("Aleksandar Vučić", ["Aleksandar Vucic", "Vučić", "Vucic"], [["president", "Serbia", "2017-05-31"]]),
  p("Irakli Garibashvili", ["Garibashvili"], [["prime minister", "Georgia", "2021-02-22", "2024-02-08"]]),
  p("Irakli Kobakhidze", ["Kobakhidze"], [["prime minister", "Georgia", "2024-02-08"]]),
  p("Salome Zourabichvili", ["Zourabichvili"], [["president", "Georgia", "2018-12-16", "2024-12-29"]]),
  // Ukraine, Russia, Belarus
  p("Denys Shmyhal", ["Shmyhal"], [["prime minister", "Ukraine", "2020-03-04", "2025-07-17"]]),
  p("Andrii Sybiha", ["Andriy Sybiha", "Sybiha"], [["foreign minister", "Ukraine", "2024-09-05"]]),
  p(
    "Oleksii Reznikov",
    ["Oleksiy Reznikov", "Reznikov"],
    [["defence minister", "Ukraine", "2021-11-04", "2023-09-05"]],
  ),
  p("Maria Zakharova", ["Zakharova"], []),
  p("Andrei Belousov", ["Andrey Belousov", "Belousov"], [["defence minister", "Russia", "2024-05-14"]]),
  p("Vladimir Kolokoltsev", ["Kolokoltsev"], [["interior minister", "Russia", "2012-05-21"]]),
  p("Nikolai Patrushev", ["Patrushev"], []),
  p("Vyacheslav Volodin", ["Volodin"], [["speaker", "Russia", "2016-10-05"]]),
  p("Maxim Ryzhenkov", ["Maksim Ryzhenkov", "Ryzhenkov"], [["foreign minister", "Belarus", "2024-04-08"]]),
  p("Viktor Khrenin", ["Khrenin"], [["defence minister", "Belarus", "2020-01-20"]]),
  p("Ivan Kubrakov", ["Kubrakov"], [["interior minister", "Belarus", "2020-10-29"]]),
  p("Anatoly Lappo", ["Anatol Lappo", "Anatoliy Lappo", "Lappo"], []),
  p("Anatoly Glaz", ["Anatol Glaz"], []),
  p("Natalya Kochanova", ["Natalia Kochanova", "Kochanova"], []),
  // North Africa and the Middle East
  p("Mohammed VI", ["King Mohammed VI", "Mohammed 6"], [["king", "Morocco", "1999-07-23"]]),
  p("Nasser Bourita", ["Bourita"], [["foreign minister", "Morocco", "2017-04-05"]]),
  p("Aziz Akhannouch", ["Akhannouch"], [["prime minister", "Morocco", "2021-10-07"]]),
  p(
    "Saadeddine Othmani",
    ["Saad Eddine El Othmani", "Saadeddine El Othmani", "Othmani"],
    [["prime minister", "Morocco", "2017-04-05", "2021-10-07"]],
  ),
  p("Abdelouafi Laftit", ["Laftit"], [["interior minister", "Morocco", "2017-04-05"]]),
  p("Karima Benyaich", ["Benyaich"], []),
  p("Brahim Ghali", ["Ghali"], []),
  p("Abdelmadjid Tebboune", ["Tebboune"], [["president", "Algeria", "2019-12-19"]]),
  p("Kais Saied", ["Kais Saïed", "Saied"], [["president", "Tunisia", "2019-10-23"]]),
  p(
    "Abdel Fattah el-Sisi",
    ["Abdel Fattah al-Sisi", "el-Sisi", "al-Sisi", "Sisi"],
    [["president", "Egypt", "2014-06-08"]],
  ),
  p(
    "Mustafa al-Kadhimi",
    ["al-Kadhimi", "Kadhimi"],
    [["prime minister", "Iraq", "2020-05-07", "2022-10-27"]],
  ),
  p("Mohammed Shia al-Sudani", ["al-Sudani"], [["prime minister", "Iraq", "2022-10-27"]]),
  p("Fuad Hussein", [], [["foreign minister", "Iraq", "2020-06-06"]]),
  p("Bashar al-Assad", ["al-Assad", "Assad"], [["president", "Syria", "2000-07-17", "2024-12-08"]]),
  p(
    "Benjamin Netanyahu",
    ["Netanyahu"],
    [
      ["prime minister", "Israel", "2009-03-31", "2021-06-13"],
      ["prime minister", "Israel", "2022-12-29"],
    ],
  ),
  // The Americas
  p("Kamala Harris", ["Harris"], [["vice president", "United States", "2021-01-20", "2025-01-20"]]),
  p(
    "Alejandro Mayorkas",
    ["Mayorkas"],
    [["homeland security secretary", "United States", "2021-02-02", "2025-01-20"]],
  ),
  p("Mike Pompeo", ["Pompeo"], [["secretary of state", "United States", "2018-04-26", "2021-01-20"]]),
  p("Lloyd Austin", [], [["defence minister", "United States", "2021-01-22", "2025-01-20"]]),
  p("Wendy Sherman", [], []),
  p("Greg Abbott", [], []),
  p(
    "Andrés Manuel López Obrador",
    ["Andres Manuel Lopez Obrador", "López Obrador", "Lopez Obrador", "AMLO"],
    [["president", "Mexico", "2018-12-01", "2024-10-01"]],
  ),
  p("Claudia Sheinbaum", ["Sheinbaum"], [["president", "Mexico", "2024-10-01"]]),
  p("Marcelo Ebrard", ["Ebrard"], [["foreign minister", "Mexico", "2018-12-01", "2023-06-12"]]),
  p(
    "Alicia Bárcena",
    ["Alicia Barcena", "Bárcena", "Barcena"],
    [["foreign minister", "Mexico", "2023-07-03", "2024-09-30"]],
  ),
  p("Justin Trudeau", ["Trudeau"], [["prime minister", "Canada", "2015-11-04", "2025-03-14"]]),
  // International bodies
  p(
    "Margaritis Schinas",
    ["Schinas"],
    [["european commission vice president", "European Union", "2019-12-01", "2024-11-30"]],
  ),
  p(
    "Olivér Várhelyi",
    ["Oliver Varhelyi", "Várhelyi", "Varhelyi"],
    [["enlargement commissioner", "European Union", "2019-12-01", "2024-11-30"]],
  ),
  p("Hans Leijtens", ["Leijtens"], [["executive director", "Frontex", "2023-03-01"]]),
  p("Fabrice Leggeri", ["Leggeri"], [["executive director", "Frontex", "2015-01-16", "2022-04-29"]]),
  p("Aija Kalnaja", ["Kalnaja"], [["executive director", "Frontex", "2022-04-29", "2023-03-01"]]),
  p(
    "António Vitorino",
    ["Antonio Vitorino", "Vitorino"],
    [["director general", "International Organization for Migration", "2018-10-01", "2023-10-01"]],
  ),
  p("Amy Pope", [], [["director general", "International Organization for Migration", "2023-10-01"]]),
  p("Pope Francis", [], [["pope", "Holy See", "2013-03-13", "2025-04-21"]]),
  p(
    "Wang Yi",
    [],
    [
      ["foreign minister", "China", "2013-03-16", "2022-12-30"],
      ["foreign minister", "China", "2023-07-25"],
    ],
  ),
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
      "Alaksandr Łukaszenka",
      "Aleksander Łukaszenka",
      "Łukaszenka",
      "Lukaszenka",
      "Aleksandr Łukaszenko",
      "Łukaszenko",
      "Alexandre Loukachenko",
      "Loukachenko",
      "Alexander Lukaschenko",
      "Lukaschenko",
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
    [
      "Makei",
      "Uladzimir Makei",
      "Vladimir Makey",
      "Makey",
      "Uladzimer Makey",
      "Uladzimer Makei",
      "Uladzimir Makey",
    ],
    [["foreign minister", "Belarus", "2012-08-20", "2022-11-26"]],
  ),
  p(
    "Sergei Aleinik",
    ["Aleinik", "Sergey Aleinik", "Siarhei Aleinik", "Siarhei Aleynik", "Sergei Aleynik", "Aleynik"],
    [["foreign minister", "Belarus", "2022-12-06", "2024-04-07"]],
  ),
  p(
    "Roman Golovchenko",
    ["Golovchenko", "Raman Halouchanka", "Halouchanka", "Raman Halouchenka"],
    [["prime minister", "Belarus", "2020-06-04", "2025-03-31"]],
  ),
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
    [
      ["prime minister", "Latvia", "2019-01-23", "2023-09-15"],
      ["foreign minister", "Latvia", "2023-09-15", "2024-04-19"],
    ],
  ),
  p(
    "Kaja Kallas",
    ["Kallas"],
    [
      ["prime minister", "Estonia", "2021-01-26", "2024-07-23"],
      ["foreign policy chief", "European Union", "2024-12-01"],
    ],
  ),
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
  ...MORE_PERSONS,
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
