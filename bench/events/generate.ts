// A seeded generator of ICEWS-format event files of any size, with the skew of real coded data: a few
// actors (heads of state, their ministries) in very many events, most actors in a few; each event
// coded from 1 to 4 stories (duplicate reports that aggregate into one fact). The same seed and size
// give the same file, byte for byte. Rows are written as they are made, so any size fits in memory.
import { createWriteStream } from "node:fs";
import { once } from "node:events";
import { mulberry32 } from "../../client/graph/prng.ts";
import { ICEWS_COLUMNS } from "../../ingest/events/icews.ts";

const FIRST = [
  "Anna",
  "Piotr",
  "Jonas",
  "Marta",
  "Ivan",
  "Elena",
  "Tomas",
  "Laura",
  "Amir",
  "Sofia",
  "Kwame",
  "Mei",
];
const LAST = [
  "Kowalski",
  "Okafor",
  "Ozols",
  "Tanaka",
  "Ivanov",
  "Nowak",
  "Haddad",
  "Silva",
  "Sidorov",
  "Mensah",
  "Novak",
  "Chen",
];
const SECTORS = [
  ["Foreign Affairs", "Executive,Foreign Ministry,Government"],
  ["Defense", "Military,Defense Ministry,Government"],
  ["Police", "Police,Government"],
  ["Citizen", "General Population / Civilian / Social"],
  ["Business", "Business"],
] as const;
const PUBLISHERS = [
  "Reuters",
  "Agence France-Presse",
  "BBC Monitoring",
  "Xinhua",
  "Associated Press",
  "Interfax",
];
// Meetings (04x), incidents (15x–20x) and codes whomet passes over, about as often as in ICEWS.
const CODES = [
  "040",
  "042",
  "043",
  "036",
  "046",
  "010",
  "051",
  "057",
  "112",
  "173",
  "190",
  "193",
  "043",
  "020",
];

export const COUNTRIES = 200;

/** `r^3` skew: index 0 is drawn far more often than index n − 1. */
const skewed = (random: () => number, n: number) => Math.floor(n * random() ** 3);

export interface GeneratedActor {
  name: string;
  sectors: string;
  country: string;
}

/** The i-th actor of a file with `n` actors: persons, sector actors of a country, and the states. */
export function actorAt(i: number): GeneratedActor {
  const country = `Country ${String(i % COUNTRIES).padStart(3, "0")}`;
  if (i < COUNTRIES) return { name: country, sectors: "NA", country };
  const k = Math.floor(i / COUNTRIES);
  if (k % 4 === 1) {
    const [sector, sectors] = SECTORS[k % SECTORS.length]!;
    return { name: `${sector} (${country})`, sectors, country };
  }
  return {
    // The index in the name: two persons of different countries are never one actor.
    name: `${FIRST[k % FIRST.length]} ${LAST[Math.floor(k / FIRST.length) % LAST.length]} ${i}`,
    sectors: "Government,Executive",
    country,
  };
}

/** Writes `rows` data rows (plus the header) to `file`; returns the number of distinct events. */
export async function generateIcews(file: string, rows: number, seed = 1): Promise<number> {
  const random = mulberry32(seed);
  const actors = Math.max(COUNTRIES * 2, Math.round(rows / 8));
  const out = createWriteStream(file);
  const write = async (line: string) => {
    if (!out.write(line + "\n")) await once(out, "drain");
  };
  await write(ICEWS_COLUMNS.join("\t"));
  let written = 0;
  let event = 0;
  let story = 10_000_000;
  while (written < rows) {
    event++;
    const source = actorAt(skewed(random, actors));
    let targetIndex = skewed(random, actors);
    if (actorAt(targetIndex).name === source.name) targetIndex = (targetIndex + 1) % actors;
    const target = actorAt(targetIndex);
    const code = CODES[Math.floor(random() * CODES.length)]!;
    const day = 1 + Math.floor(random() * 365);
    const date = new Date(Date.UTC(2018, 0, day)).toISOString().slice(0, 10);
    const city = `City ${Math.floor(random() * 20)}`;
    // The same event reported by 1–4 stories, mostly one.
    const reports = 1 + Math.floor(random() ** 2 * 4);
    for (let r = 0; r < reports && written < rows; r++, written++) {
      await write(
        [
          `${event}${r}`,
          date,
          source.name,
          source.sectors,
          source.country,
          "Generated event",
          code,
          "1",
          target.name,
          target.sectors,
          target.country,
          String(story++),
          "1",
          PUBLISHERS[Math.floor(random() * PUBLISHERS.length)]!,
          city,
          "NA",
          "NA",
          source.country,
          "0",
          "0",
        ].join("\t"),
      );
    }
  }
  out.end();
  await once(out, "finish");
  return event;
}
