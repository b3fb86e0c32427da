// Cytoscape elements and style of the country view (#21): the API's country-level who-met-whom
// (server/countries) as country nodes sized by meetings with edges weighted by meetings, and one
// country's actors put in its place. Pure functions, so they are tested without a browser.
import type { ElementDefinition, StylesheetJson } from "cytoscape";
import type { Countries, CountryActors } from "../../contract/countries.ts";

/** Edges of this view: not "MET", whose taps open the pair's meetings from /api/graph. */
export const COUNTRY_EDGE = "COUNTRY_MET";

const edge = (l: { source: string; target: string; meetings: number }): ElementDefinition => ({
  group: "edges",
  data: {
    id: `${l.source}--${l.target}`,
    source: l.source,
    target: l.target,
    type: COUNTRY_EDGE,
    weight: l.meetings,
    edgeLabel: `${l.meetings}`,
  },
});

export function countryElements(body: Countries): ElementDefinition[] {
  return [
    ...body.countries.map((c): ElementDefinition => ({
      group: "nodes",
      data: { id: c.id, kind: "country", label: c.country, country: c.country, meetings: c.meetings },
    })),
    ...body.links.map(edge),
  ];
}

/**
 * A country's actors and their links, for the graph that shows `present` (ids of its nodes): links to
 * countries not drawn are left out, actors already drawn are not added again.
 */
export function expansionElements(
  body: CountryActors,
  present: (id: string) => boolean,
): ElementDefinition[] {
  const actors = body.actors.filter((a) => !present(a.id));
  const shown = new Set([...body.actors.map((a) => a.id)]);
  return [
    ...actors.map((a): ElementDefinition => ({
      group: "nodes",
      data: {
        id: a.id,
        kind: "actor",
        subtype: a.kind,
        label: a.name,
        key: a.id.slice("actor:".length),
        country: body.country,
        meetings: a.meetings,
      },
    })),
    ...body.links.filter((l) => shown.has(l.target) || present(l.target)).map(edge),
  ];
}

/** Most meetings in view, so sizes and widths scale to what is drawn. */
export function countryStyle(maxMeetings: number, maxWeight: number): StylesheetJson {
  const top = Math.max(2, maxMeetings);
  return [
    {
      selector: 'node[kind = "country"]',
      style: {
        shape: "round-hexagon",
        "background-color": "#059669",
        width: `mapData(meetings, 1, ${top}, 18, 80)`,
        height: `mapData(meetings, 1, ${top}, 18, 80)`,
        "font-size": 12,
      },
    },
    {
      selector: 'node[kind = "actor"][meetings]',
      style: {
        width: `mapData(meetings, 1, ${top}, 16, 60)`,
        height: `mapData(meetings, 1, ${top}, 16, 60)`,
      },
    },
    {
      selector: `edge[type = "${COUNTRY_EDGE}"]`,
      style: {
        width: `mapData(weight, 1, ${Math.max(2, maxWeight)}, 1, 14)`,
        "line-color": "#64748b",
        opacity: 0.6,
        "curve-style": "haystack",
      },
    },
  ];
}
