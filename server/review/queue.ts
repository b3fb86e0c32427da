// GET /api/review (#19): the facts most worth an analyst's look, ranked, each with its evidence.
// Facts: low confidence, a single source, not yet confirmed. Actors: pairs whose names or aliases are
// close (the same after folding, one inside the other, or a letter or two apart) and who appear in
// the same article, i.e. probably one actor written two ways.
import { z } from "zod";
import { readTransaction, type Neo4jTarget, type Tx } from "../../cypher/run.ts";
import { parseNodeRef } from "../../cypher/corrections/correction.ts";
import { fingerprint, readSnapshot } from "../../cypher/corrections/snapshot.ts";
import { Evidence, type ReviewItem, type ReviewQuery } from "../../contract/review.ts";
import { duplicateIncidents, duplicateMeetings, kindlessActors } from "./queue-duplicates.ts";

/** Evidence as the queries return it; the item adds its target. */
const ArticleEvidence = Evidence.omit({ target: true });

const FactRow = z.object({
  kind: z.string(),
  id: z.string(),
  label: z.string(),
  date: z.string().nullable(),
  confidence: z.number().nullable(),
  sourceCount: z.number(),
  evidence: z.array(ArticleEvidence),
});

const FACTS = `
MATCH (e) WHERE (e:Meeting OR e:Incident) AND coalesce(e.reviewed, false) = $reviewed
  AND ($reviewed OR e.confidence < $minConfidence OR coalesce(e.sourceCount, 0) <= 1)
WITH e ORDER BY coalesce(e.confidence, 1.0), e.id LIMIT 1000
RETURN CASE WHEN e:Meeting THEN 'meeting' ELSE 'incident' END AS kind, e.id AS id,
  coalesce(e.label, e.id) AS label, toString(e.date) AS date, e.confidence AS confidence,
  coalesce(e.sourceCount, 0) AS sourceCount,
  COLLECT { MATCH (e)-[r:REPORTED_IN]->(a:Article)
            RETURN {article: a.id, slug: a.slug, date: toString(a.date), source: a.source, quote: r.quote}
            ORDER BY a.date, a.id LIMIT 3 } AS evidence`;

const ACTORS = `
MATCH (x:Actor)
CALL (x) {
  MATCH (x)-[:PARTICIPATED_IN|INVOLVED_IN]->()-[:REPORTED_IN]->(a:Article)
  RETURN collect(DISTINCT a.id)[..50] AS articles
}
WITH x, articles WHERE size(articles) > 0
RETURN x.id AS id, x.name AS name, x.kind AS kind, coalesce(x.aliases, []) AS aliases, articles,
  COUNT { (x)-[:PARTICIPATED_IN|INVOLVED_IN]->() } AS facts
LIMIT 20000`;

const ACTOR_EVIDENCE = `
MATCH (x:Actor {id: $id})-[:PARTICIPATED_IN|INVOLVED_IN]->()-[r:REPORTED_IN]->(a:Article)
WHERE a.id IN $articles
RETURN {article: a.id, slug: a.slug, date: toString(a.date), source: a.source, quote: r.quote} AS evidence
ORDER BY a.date, a.id LIMIT 2`;

const ActorRow = z.object({
  id: z.string(),
  name: z.string(),
  kind: z.string().nullable(),
  aliases: z.array(z.string()),
  articles: z.array(z.string()),
  facts: z.number(),
});
type ActorRow = z.infer<typeof ActorRow>;

/** Lower case, diacritics and punctuation dropped, spaces folded. */
export function foldName(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++)
      row[j] = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = row;
  }
  return prev[b.length]!;
}

/** 0–1: how likely two sets of names are one actor's; 0 when not close at all. */
export function nameCloseness(a: string[], b: string[]): { score: number; why: string } {
  let best = { score: 0, why: "" };
  const consider = (score: number, why: string) => {
    if (score > best.score) best = { score, why };
  };
  for (const x of a.map(foldName).filter(Boolean))
    for (const y of b.map(foldName).filter(Boolean)) {
      if (x === y) consider(1, `both are called "${x}"`);
      const [short, long] = x.length <= y.length ? [x, y] : [y, x];
      const shortTokens = short.split(" ");
      const longTokens = new Set(long.split(" "));
      if (shortTokens.some((t) => t.length >= 4) && shortTokens.every((t) => longTokens.has(t)))
        consider(0.85, `"${short}" is part of "${long}"`);
      if (short.length >= 5) {
        const distance = editDistance(x, y);
        const similarity = 1 - distance / long.length;
        if (similarity >= 0.8) consider(similarity, `"${x}" and "${y}" differ by ${distance} letter(s)`);
      }
    }
  return best;
}

async function factItems(tx: Tx, q: ReviewQuery): Promise<ReviewItem[]> {
  const rows = await tx.rows(FACTS, { minConfidence: q.minConfidence, reviewed: q.reviewed }, (r) =>
    r.object(FactRow),
  );
  return rows.map((row) => {
    const target = `${row.kind}:${row.id}`;
    const reasons: string[] = [];
    let score = 0;
    if (row.confidence !== null && row.confidence < q.minConfidence) {
      score += 1 - row.confidence;
      reasons.push(`low confidence ${row.confidence.toFixed(2)}`);
    }
    if (q.reviewed) reasons.push("confirmed by a reviewer");
    if (row.sourceCount <= 1) {
      score += 0.25;
      reasons.push(row.sourceCount ? "a single source" : "no article source");
    }
    return {
      id: `fact:${target}`,
      type: "fact" as const,
      score: Math.min(1, Number(score.toFixed(3))),
      reasons,
      label: `${row.label} (${row.date})`,
      targets: [target],
      fingerprints: {},
      evidence: row.evidence.map((e) => ({ target, ...e })),
    };
  });
}

/** A likely duplicate, and where its evidence is: read only for the pairs the queue keeps. */
interface DuplicateItem {
  item: ReviewItem;
  evidenceIn: { id: string; target: string; articles: string[] }[];
}

async function duplicateItems(tx: Tx): Promise<DuplicateItem[]> {
  const actors = await tx.rows(ACTORS, {}, (r) => r.object(ActorRow));
  const byArticle = new Map<string, ActorRow[]>();
  for (const a of actors)
    for (const art of a.articles) {
      const group = byArticle.get(art);
      if (group) group.push(a);
      else byArticle.set(art, [a]);
    }
  const pairs = new Map<string, { a: ActorRow; b: ActorRow; shared: Set<string> }>();
  for (const [article, group] of byArticle)
    for (let i = 0; i < group.length; i++)
      for (let j = i + 1; j < group.length; j++) {
        // The actor with more facts (then the shorter id) keeps its id.
        const [a, b] = [group[i]!, group[j]!].sort(
          (x, y) => y.facts - x.facts || x.id.localeCompare(y.id),
        ) as [ActorRow, ActorRow];
        const key = `${a.id}|${b.id}`;
        const pair = pairs.get(key) ?? { a, b, shared: new Set<string>() };
        pair.shared.add(article);
        pairs.set(key, pair);
      }
  const items: DuplicateItem[] = [];
  for (const { a, b, shared } of pairs.values()) {
    if (a.kind && b.kind && a.kind !== b.kind) continue;
    const close = nameCloseness([a.name, ...a.aliases], [b.name, ...b.aliases]);
    if (!close.score) continue;
    const targets = [`actor:${a.id}`, `actor:${b.id}`];
    items.push({
      item: {
        id: `duplicate:${targets.join("|")}`,
        type: "duplicate-actors",
        score: Number((0.4 + 0.6 * close.score).toFixed(3)),
        reasons: [`likely one actor: ${close.why}`, `in ${shared.size} article(s) together`],
        label: `${a.name} / ${b.name}`,
        targets,
        fingerprints: {},
        evidence: [],
      },
      evidenceIn: [
        { id: a.id, target: targets[0]!, articles: [...shared] },
        { id: b.id, target: targets[1]!, articles: [...shared] },
      ],
    });
  }
  return items;
}

/** The quotes of each actor of a kept duplicate, from the articles they share. */
async function readEvidence(tx: Tx, duplicate: DuplicateItem): Promise<void> {
  const evidence: Evidence[] = [];
  for (const { id, target, articles } of duplicate.evidenceIn) {
    const found = await tx.rows(ACTOR_EVIDENCE, { id, articles }, (r) =>
      r.plain("evidence", ArticleEvidence),
    );
    evidence.push(...found.map((e) => ({ target, ...e })));
  }
  duplicate.item.evidence = evidence;
}

/** The ranked queue, best first; each item with its targets' fingerprints. */
export async function reviewQueue(db: Neo4jTarget, q: ReviewQuery): Promise<ReviewItem[]> {
  return readTransaction(db, async (tx) => {
    // Confirmed facts (reviewed=true) are listed alone: duplicates and kinds are for what needs a look.
    const duplicates = q.reviewed ? [] : await duplicateItems(tx);
    const more = q.reviewed
      ? []
      : [...(await duplicateMeetings(tx)), ...(await duplicateIncidents(tx)), ...(await kindlessActors(tx))];
    const items = [...duplicates.map((d) => d.item), ...more, ...(await factItems(tx, q))]
      .sort((x, y) => y.score - x.score || x.id.localeCompare(y.id))
      .slice(0, q.limit);
    // Evidence only for the duplicates shown: two queries a pair, not for every close pair found.
    const kept = new Set(items);
    for (const duplicate of duplicates) if (kept.has(duplicate.item)) await readEvidence(tx, duplicate);
    for (const item of items)
      for (const target of item.targets)
        item.fingerprints[target] = fingerprint(await readSnapshot(tx, parseNodeRef(target)!));
    return items;
  });
}
