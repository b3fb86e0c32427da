// Resolves mentions to one stable actor id across all articles: "Alexander Lukashenko",
// "Lukashenko", "Lukashenka" and "the Belarusian president" are one person ("alexander-lukashenko");
// "Minsk" used as a government is Belarus; "IOM" is the International Organization for Migration.
// Ids derive from canonical names only, so they are the same in every run and every article set.
import type { ActorKind } from "../cypher/vocabulary.ts";
import { buildIndex, gazetteerIndex, normalizeRole, type Index, type Mention } from "./extract-actors.ts";
import type { Actor } from "./facts.ts";
import { nameKey, skeleton, slug } from "./extract-fold.ts";
import { GAZETTEER, type KnownActor } from "./gazetteer.ts";

export interface ResolvedMention extends Mention {
  actorId: string;
}

function surnameOf(name: string): string {
  const parts = name.split(/\s+/);
  return parts[parts.length - 1] ?? name;
}

function personKey(name: string): string {
  const parts = nameKey(name).split(" ");
  return `${parts[0]?.[0] ?? ""}:${skeleton(surnameOf(name))}`;
}

// "leader" fits whoever leads the state, "the minister" any minister but the prime minister, "the
// commissioner" any commissioner; the other roles must match (after normalizing "foreign policy
// chief" and "top diplomat" to "foreign minister").
export function roleFits(wanted: string, heldRole: string): boolean {
  const held = normalizeRole(heldRole) ?? heldRole;
  if (wanted === held || wanted === heldRole) return true;
  if (wanted === "leader")
    return ["president", "prime minister", "chancellor", "leader", "king"].includes(held);
  if (wanted === "minister") return /minister$/.test(held) && held !== "prime minister";
  if (wanted === "commissioner") return /commissioner$/.test(held);
  return false;
}

function heldOn(actor: KnownActor, role: string, state: string | undefined, date: string): boolean {
  return (actor.offices ?? []).some(
    (o) =>
      roleFits(role, o.role) &&
      (!state || o.state === state) &&
      (!o.from || o.from <= date) &&
      (!o.to || date < o.to),
  );
}

export class ActorRegistry {
  private readonly actors = new Map<string, Actor>();
  private readonly personIds = new Map<string, string>();
  private readonly known: readonly KnownActor[];
  private readonly knownPersons = new Map<string, KnownActor>();
  /** The name index of exactly these known actors, which findMentions must be given. */
  readonly index: Index;

  constructor(known: readonly KnownActor[] = GAZETTEER) {
    this.known = known;
    this.index = known === GAZETTEER ? gazetteerIndex() : buildIndex(known);
    for (const a of known) {
      if (a.kind !== "person") continue;
      for (const n of [a.name, ...(a.aliases ?? [])])
        if (n.includes(" ")) this.knownPersons.set(personKey(n), a);
    }
  }

  /** Every actor registered so far, sorted by id. */
  list(): Actor[] {
    return [...this.actors.values()].sort((a, b) => a.id.localeCompare(b.id));
  }

  get(id: string): Actor | undefined {
    return this.actors.get(id);
  }

  /** Adds or replaces an actor (curated facts use this to win over extraction). */
  put(actor: Actor): void {
    this.actors.set(actor.id, actor);
  }

  private register(id: string, name: string, kind: ActorKind, alias: string, title?: string): string {
    let actor = this.actors.get(id);
    if (!actor) {
      actor = { id, name, kind };
      this.actors.set(id, actor);
    }
    if (title && !actor.title) actor.title = title;
    const surface = alias
      .replace(/^the\s+/i, "")
      .replace(/['’]s?$/, "")
      .trim();
    if (surface && nameKey(surface) !== nameKey(actor.name) && surface.length > 1) {
      actor.aliases ??= [];
      if (!actor.aliases.some((a) => nameKey(a) === nameKey(surface))) actor.aliases.push(surface);
    }
    return id;
  }

  private knownId(actor: KnownActor, alias: string, title?: string): string {
    return this.register(slug(actor.name), actor.name, actor.kind, alias, title);
  }

  private personId(name: string, alias: string, title?: string): string {
    const key = personKey(name);
    const known = this.knownPersons.get(key);
    if (known) return this.knownId(known, alias, title);
    let id = this.personIds.get(key);
    if (!id) {
      id = slug(name);
      this.personIds.set(key, id);
    }
    return this.register(id, name, "person", alias, title);
  }

  /** Assigns an actor id to each mention of one article; unresolvable mentions are dropped. */
  resolveArticle(mentions: Mention[], date: string): ResolvedMention[] {
    const out: ResolvedMention[] = [];
    // Full names in this article, by surname skeleton, so "Lappo" finds "Anatoly Lappo".
    const bySurname = new Map<string, { id: string; mention: Mention }>();
    const persons: { id: string; mention: Mention; role?: { role: string; state?: string } }[] = [];
    // Every person mention so far, references included: whom "his counterpart" is the counterpart of.
    const recent: { id: string; role?: string }[] = [];
    // "the prime minister of Armenia" before the text names Pashinyan: tried again after the others.
    const later: Mention[] = [];
    for (const m of mentions) {
      let id: string | undefined;
      if (m.reference) {
        id = this.resolveRole(m, persons, date, recent);
        if (!id && m.localOnly && m.role?.role !== "counterpart") later.push(m);
      } else if (m.known && !m.surnameOnly) {
        // Demonym phrases ("Greek authorities", "Polish") describe the state; they are not its names.
        const describes = m.adjective || (m.metonym && m.text !== m.known.capital);
        id = this.knownId(m.known, describes ? "" : m.text, m.title);
      } else if (m.kind === "person" && m.surnameOnly) {
        const local = bySurname.get(skeleton(surnameOf(m.text)));
        id = local?.id ?? (m.known ? this.knownId(m.known, m.text) : undefined);
        if (local) this.register(local.id, this.actors.get(local.id)!.name, "person", m.text);
      } else if (m.kind === "person") {
        id = this.personId(m.name, m.text, m.title);
      } else {
        id = this.register(slug(m.name), m.name, m.kind, m.text);
      }
      if (!id) continue;
      if (m.kind === "person") {
        const known = m.known ?? this.known.find((a) => slug(a.name) === id);
        const office = known?.offices?.find((o) => (!o.from || o.from <= date) && (!o.to || date < o.to));
        const role = m.role?.role !== "counterpart" ? (m.role?.role ?? office?.role) : undefined;
        recent.push({ id, role: role ?? recent.find((r) => r.id === id && r.role)?.role });
      }
      if (m.kind === "person" && !m.surnameOnly && !m.reference) {
        const actor = this.actors.get(id)!;
        bySurname.set(skeleton(surnameOf(actor.name)), { id, mention: m });
        for (const alias of actor.aliases ?? [])
          if (!alias.includes(" ")) bySurname.set(skeleton(alias), { id, mention: m });
        persons.push({ id, mention: m, role: m.role });
      }
      out.push({ ...m, actorId: id });
    }
    // Persons the article names anywhere, surname-only mentions of known persons included.
    const named = [...new Set(out.filter((m) => m.kind === "person" && !m.reference).map((m) => m.actorId))];
    for (const m of later) {
      const id =
        this.resolveRole(m, persons, date) ??
        named.find((n) => {
          const known = this.known.find((a) => a.kind === "person" && slug(a.name) === n);
          return known && heldOn(known, m.role!.role, m.role!.state, date);
        });
      if (id) out.push({ ...m, actorId: id });
    }
    return later.length ? out.sort((a, b) => a.start - b.start) : out;
  }

  private resolveRole(
    m: Mention,
    persons: { id: string; mention: Mention; role?: { role: string; state?: string } }[],
    date: string,
    recent: { id: string; role?: string }[] = [],
  ): string | undefined {
    const { role: wanted, state } = m.role!;
    let role = wanted;
    let subjectId: string | undefined;
    // "his Lithuanian counterpart": the office of the person the text was about, in the other state.
    if (wanted === "counterpart") {
      if (!state) return undefined;
      const subject = [...recent].reverse().find((p) => p.role);
      if (!subject?.role) return undefined;
      role = normalizeRole(subject.role) ?? subject.role;
      subjectId = subject.id;
    }
    // The article's own people first, latest mention first: "the Polish PM" after "Mateusz Morawiecki".
    for (const p of [...persons].reverse()) {
      if (p.id === subjectId) continue;
      const known = p.mention.known;
      if (p.role && roleFits(role, p.role.role) && (!state || !p.role.state || p.role.state === state)) {
        if (state && !p.role.state && !known) continue;
        return p.id;
      }
      if (known && heldOn(known, role, state, date)) return p.id;
    }
    if (!state || m.localOnly) return undefined;
    const holder = this.known.find((a) => a.kind === "person" && heldOn(a, role, state, date));
    return holder ? this.knownId(holder, holder.name) : undefined;
  }
}
