// The explorer's "By country" mode (#21): a toolbar button draws the country-level who-met-whom
// from /api/countries; a double click on a country (or Enter in its menu-less panel) fetches that
// country's actors and puts them in its place. Only aggregates travel: never the events.
import type { Core, NodeSingular } from "cytoscape";
import type { Countries, CountryActors } from "../../contract/countries.ts";
import { api } from "../api.ts";
import { graphStyle } from "../graph/style.ts";
import { COUNTRY_EDGE, countryElements, countryStyle, expansionElements } from "../graph/countries.ts";

export interface CountryViewHooks {
  /** The status line. */
  say: (text: string, error?: boolean) => void;
  /** The time filter's current range, applied to the counts. */
  range: () => { from?: string; to?: string };
}

const COUNTRY_LIMIT = 200;
const ACTOR_LIMIT = 30;

function query(params: Record<string, string | number | undefined>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== "") q.set(k, String(v));
  return q.toString();
}

function restyle(cy: Core): void {
  const meetings = cy.nodes().map((n) => Number(n.data("meetings") ?? 0));
  const weights = cy.edges(`[type = "${COUNTRY_EDGE}"]`).map((e) => Number(e.data("weight")));
  cy.style([...graphStyle, ...countryStyle(Math.max(1, ...meetings), Math.max(1, ...weights))]);
}

function layout(cy: Core): void {
  cy.layout({ name: "fcose", animate: false, randomize: true, nodeRepulsion: () => 9000 } as never).run();
}

/** Draws the country-level graph in place of whatever the view shows. */
export async function showCountries(cy: Core, hooks: CountryViewHooks): Promise<void> {
  hooks.say("Loading who met whom by country…");
  const body = await api<Countries>(`/api/countries?${query({ ...hooks.range(), limit: COUNTRY_LIMIT })}`);
  cy.batch(() => {
    cy.elements().remove();
    cy.add(countryElements(body));
  });
  restyle(cy);
  layout(cy);
  document.body.dataset.countryView = "countries";
  hooks.say(
    `${body.countries.length} countries, ${body.links.length} pairs who met` +
      (body.truncated ? ` — the ${COUNTRY_LIMIT} with most meetings` : "") +
      " — double-click a country for its actors",
  );
}

/** Puts a country's most active actors in the place of its node. */
export async function expandCountry(cy: Core, node: NodeSingular, hooks: CountryViewHooks): Promise<void> {
  const country = String(node.data("country"));
  hooks.say(`Loading the actors of ${country}…`);
  const body = await api<CountryActors>(
    `/api/countries/${encodeURIComponent(country)}/actors?${query({ ...hooks.range(), limit: ACTOR_LIMIT })}`,
  );
  const at = node.position();
  node.remove();
  const added = cy.add(expansionElements(body, (id) => cy.getElementById(id).nonempty()));
  added.nodes().forEach((n, i) => {
    const angle = (2 * Math.PI * i) / Math.max(1, added.nodes().length);
    n.position({ x: at.x + 120 * Math.cos(angle), y: at.y + 120 * Math.sin(angle) });
  });
  restyle(cy);
  document.body.dataset.countryView = "expanded";
  hooks.say(
    `${country}: ${body.actors.length} actors` +
      (body.truncated ? ` (the ${ACTOR_LIMIT} with most meetings)` : ""),
  );
}

/** Adds the "By country" button to the toolbar and the double click on countries. */
export function mountCountryView(cy: Core, toolbar: HTMLElement, hooks: CountryViewHooks): void {
  const button = document.createElement("button");
  button.type = "button";
  button.id = "by-country";
  button.textContent = "By country";
  button.title = "Who met whom between countries (coded event data); double-click a country for its actors";
  const fail = (error: unknown) => hooks.say(error instanceof Error ? error.message : String(error), true);
  button.addEventListener("click", () => void showCountries(cy, hooks).catch(fail));
  toolbar.append(button);
  cy.on(
    "dbltap",
    'node[kind = "country"]',
    (evt) => void expandCountry(cy, evt.target as NodeSingular, hooks).catch(fail),
  );
}
