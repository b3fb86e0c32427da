// Resolves mentions to one stable actor id across all articles: "Alexander Lukashenko",
// "Lukashenko", "Lukashenka" and "the Belarusian president" are one person ("alexander-lukashenko");
// "Minsk" used as a government is Belarus; "IOM" is the International Organization for Migration.
// Ids derive from canonical names only, so they are the same in every run and every article set.
import type { ActorKind } from "../cypher/vocabulary.ts";
import { buildIndex, gazetteerIndex, type Index } from "./actors/gazetteer-index.ts";
import type { Mention } from "./actors/mention.ts";
import { normalizeRole } from "./actors/roles.ts";
import type { Actor } from "./facts.ts";
import { nameKey, skeleton, slug } from "./name-keys.ts";
import { GAZETTEER, type KnownActor } from "./gazetteer.ts";
import type { WorkMeter } from "./actors/mention-set.ts";

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

/** The office an event coder's dictionary gives a member of a state's government (lexicon-phoenix.ts). */
const GOVERNMENT = "government";
const LEADER_ROLES = new Set(["leader", "president", "prime minister", "chancellor", "king"]);

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
  // Known actors by the id their name gives (the first of a name wins, as a search would find it).
  private readonly knownBySlug = new Map<string, KnownActor>();
  private readonly knownPersonBySlug = new Map<string, KnownActor>();
  /** The name index of exactly these known actors, which findMentions must be given. */
  readonly index: Index;

  constructor(known: readonly KnownActor[] = GAZETTEER) {
    this.known = known;
    this.index = known === GAZETTEER ? gazetteerIndex() : buildIndex(known);
    for (const a of known) {
      const id = slug(a.name);
      if (!this.knownBySlug.has(id)) this.knownBySlug.set(id, a);
      if (a.kind !== "person") continue;
      if (!this.knownPersonBySlug.has(id)) this.knownPersonBySlug.set(id, a);
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
  resolveArticle(mentions: Mention[], date: string, meter?: WorkMeter): ResolvedMention[] {
    const out: ResolvedMention[] = [];
    // Full names in this article, by surname skeleton, so "Lappo" finds "Anatoly Lappo".
    const bySurname = new Map<string, { id: string; mention: Mention }>();
    const persons = new ArticlePersons(date, meter);
    // Every person mention so far, references included: whom "his counterpart" is the counterpart
    // of (the latest with a role), and the first role each person was given.
    let lastWithRole: { id: string; role: string } | undefined;
    const firstRole = new Map<string, string>();
    // "the prime minister of Armenia" before the text names Pashinyan: tried again after the others.
    const later: Mention[] = [];
    for (const m of mentions) {
      let id: string | undefined;
      if (m.reference) {
        id = this.resolveRole(m, persons, lastWithRole);
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
        const known = m.known ?? this.knownBySlug.get(id);
        const office = known?.offices?.find((o) => (!o.from || o.from <= date) && (!o.to || date < o.to));
        const role = m.role?.role !== "counterpart" ? (m.role?.role ?? office?.role) : undefined;
        const held = role ?? firstRole.get(id);
        if (held) {
          lastWithRole = { id, role: held };
          if (!firstRole.has(id)) firstRole.set(id, held);
        }
      }
      if (m.kind === "person" && !m.surnameOnly && !m.reference) {
        const actor = this.actors.get(id)!;
        bySurname.set(skeleton(surnameOf(actor.name)), { id, mention: m });
        for (const alias of actor.aliases ?? [])
          if (!alias.includes(" ")) bySurname.set(skeleton(alias), { id, mention: m });
        persons.add({ id, mention: m, role: m.role });
      }
      out.push({ ...m, actorId: id });
    }
    // Persons the article names anywhere, surname-only mentions of known persons included.
    const named = [...new Set(out.filter((m) => m.kind === "person" && !m.reference).map((m) => m.actorId))];
    const namedHolder = new Map<string, string | undefined>();
    for (const m of later) {
      const { role, state } = m.role!;
      const key = `${role}\u0000${state ?? ""}`;
      if (!namedHolder.has(key))
        namedHolder.set(
          key,
          named.find((n) => {
            const known = this.knownPersonBySlug.get(n);
            return known && heldOn(known, role, state, date);
          }),
        );
      const id = this.resolveRole(m, persons) ?? namedHolder.get(key);
      if (id) out.push({ ...m, actorId: id });
    }
    return later.length ? out.sort((a, b) => a.start - b.start) : out;
  }

  /**
   * An event coder's dictionary says only "in the government of Cyprus" (office "government"), not
   * which office: the state's leader is the one member it names for that date, and nobody when it
   * names several (a king beside a prime minister, or two co-premiers) — never a guess.
   */
  private soleGovernmentMember(role: string, state: string, date: string): KnownActor | undefined {
    if (!LEADER_ROLES.has(role)) return undefined;
    let found: KnownActor | undefined;
    for (const a of this.known) {
      if (a.kind !== "person" || !heldOn(a, GOVERNMENT, state, date)) continue;
      if (found) return undefined;
      found = a;
    }
    return found;
  }

  private resolveRole(
    m: Mention,
    persons: ArticlePersons,
    lastWithRole?: { id: string; role: string },
  ): string | undefined {
    const { role: wanted, state } = m.role!;
    let role = wanted;
    let subjectId: string | undefined;
    // "his Lithuanian counterpart": the office of the person the text was about, in the other state.
    if (wanted === "counterpart") {
      if (!state || !lastWithRole) return undefined;
      role = normalizeRole(lastWithRole.role) ?? lastWithRole.role;
      subjectId = lastWithRole.id;
    }
    // The article's own people first, latest mention first: "the Polish PM" after "Mateusz Morawiecki".
    const local = persons.latest(role, state, subjectId);
    if (local) return local;
    if (!state || m.localOnly) return undefined;
    const holder = persons.holder(
      role,
      state,
      () =>
        this.known.find((a) => a.kind === "person" && heldOn(a, role, state, persons.date)) ??
        this.soleGovernmentMember(role, state, persons.date),
    );
    return holder ? this.knownId(holder, holder.name) : undefined;
  }
}

interface ArticlePerson {
  id: string;
  mention: Mention;
  role?: { role: string; state?: string };
}

// Whether the person named in the article can be "the <role> [of <state>]": by the role the text
// gave them, else by an office the lexicon says they held on the article's date.
function fills(p: ArticlePerson, role: string, state: string | undefined, date: string): boolean {
  const known = p.mention.known;
  if (p.role && roleFits(role, p.role.role) && (!state || !p.role.state || p.role.state === state))
    return !(state && !p.role.state && !known);
  return !!known && heldOn(known, role, state, date);
}

/**
 * The persons an article has named so far, indexed by the roles asked about: a role reference
 * ("the Polish prime minister") resolves to the latest person who fills it. Looking back through
 * every person for every reference made resolution quadratic in the length of the article.
 */
class ArticlePersons {
  private readonly all: ArticlePerson[] = [];
  // Per role and state: the latest person who fills it, and the latest whose id differs from that
  // one's (the answer when the latest is the one excluded).
  private readonly byRole = new Map<
    string,
    { role: string; state?: string; last?: string; other?: string }
  >();
  private readonly holders = new Map<string, KnownActor | undefined>();

  constructor(
    readonly date: string,
    private readonly meter?: WorkMeter,
  ) {}

  add(p: ArticlePerson): void {
    this.all.push(p);
    for (const slot of this.byRole.values()) {
      if (this.meter) this.meter.examined++;
      if (fills(p, slot.role, slot.state, this.date)) remember(slot, p.id);
    }
  }

  /** The latest person who fills `role` in `state`, other than `except`. */
  latest(role: string, state: string | undefined, except?: string): string | undefined {
    const key = `${role}\u0000${state ?? ""}`;
    let slot = this.byRole.get(key);
    if (!slot) {
      slot = { role, state };
      for (const p of this.all) {
        if (this.meter) this.meter.examined++;
        if (fills(p, role, state, this.date)) remember(slot, p.id);
      }
      this.byRole.set(key, slot);
    }
    return slot.last !== except ? slot.last : slot.other;
  }

  /** The lexicon's holder of `role` in `state` on the article's date, looked up once per article. */
  holder(role: string, state: string, find: () => KnownActor | undefined): KnownActor | undefined {
    const key = `${role}\u0000${state}`;
    if (!this.holders.has(key)) this.holders.set(key, find());
    return this.holders.get(key);
  }
}

function remember(slot: { last?: string; other?: string }, id: string): void {
  if (slot.last === undefined || slot.last === id) {
    slot.last = id;
    return;
  }
  slot.other = slot.last;
  slot.last = id;
}
