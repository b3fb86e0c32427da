// The hover card (#20): what a node or edge is at a glance (name, kind, date, participants, how many
// sources) while the pointer rests on it. It takes no pointer events, so clicks reach the graph, and
// goes as soon as the pointer leaves or the view moves. Read from the graph as drawn: no request.
import type { Core, EdgeSingular, NodeSingular, SingularElementReturnValue } from "cytoscape";
import { shortDate } from "../dates.ts";
import { eventKindWord } from "../graph/captions.ts";
import { el } from "./dom.ts";
import "./hover-card.css";

const MAX_NAMES = 6;

/** The card's lines for node `n`: title first. */
export function nodeCardLines(n: NodeSingular): string[] {
  const d = n.data() as Record<string, unknown>;
  const kind = String(d.kind);
  const event = kind === "meeting" || kind === "incident";
  const what = event
    ? `${eventKindWord(kind, d.subtype)}${kind === "incident" ? " (incident)" : ""}`
    : [kind, typeof d.subtype === "string" && d.subtype !== kind ? d.subtype : ""]
        .filter(Boolean)
        .join(" · ")
        .replaceAll("_", " ");
  const lines = [String(d.label ?? n.id()), what];
  if (typeof d.date === "string" && d.date) lines.push(shortDate(d.date));
  if (event) {
    const names = n
      .neighborhood('node[kind = "actor"]')
      .map((a) => String(a.data("label")))
      .sort();
    if (names.length)
      lines.push(
        `with ${names.slice(0, MAX_NAMES).join(", ")}${names.length > MAX_NAMES ? ` +${names.length - MAX_NAMES}` : ""}`,
      );
    if (typeof d.place === "string" && d.place) lines.push(`at ${d.place}`);
    if (typeof d.sourceCount === "number")
      lines.push(`${d.sourceCount} source${d.sourceCount === 1 ? "" : "s"}`);
  } else if (kind === "actor") {
    if (typeof d.title === "string" && d.title) lines.push(d.title);
    const events = n.neighborhood('node[kind = "meeting"], node[kind = "incident"]').length;
    lines.push(`${events} event${events === 1 ? "" : "s"} in view`);
  }
  return lines;
}

/** The card's lines for edge `e`: the two ends, then what links them. */
export function edgeCardLines(e: EdgeSingular): string[] {
  const d = e.data() as Record<string, unknown>;
  const ends = `${String(e.source().data("label"))} – ${String(e.target().data("label"))}`;
  if (d.type === "MET") {
    const weight = Number(d.weight);
    return [
      ends,
      `met ${weight} time${weight === 1 ? "" : "s"}`,
      `${String(d.sources)} source${Number(d.sources) === 1 ? "" : "s"}`,
    ];
  }
  return [ends, String(d.type).toLowerCase().replaceAll("_", " ")];
}

/** Shows the card for the element under the pointer in `cy`'s view. */
export function attachHoverCard(cy: Core): void {
  const card = el("div", undefined, "hover-card");
  card.id = "hover-card";
  card.setAttribute("role", "tooltip");
  card.hidden = true;
  document.body.append(card);
  const hide = () => {
    card.hidden = true;
  };
  const show = (target: SingularElementReturnValue) => {
    const lines = target.isNode() ? nodeCardLines(target) : edgeCardLines(target as EdgeSingular);
    const [title, kind, ...rest] = lines;
    card.replaceChildren(el("strong", title), el("span", kind, "hover-kind"));
    for (const line of rest) card.append(el("div", line));
    card.hidden = false;
    const box = cy.container()!.getBoundingClientRect();
    const at = target.isNode() ? target.renderedPosition() : (target as EdgeSingular).renderedMidpoint();
    const half = target.isNode() ? target.renderedOuterWidth() / 2 : 4;
    // Beside the element, flipped to its left or above when it would leave the window.
    let left = box.left + at.x + half + 8;
    let top = box.top + at.y - 10;
    if (left + card.offsetWidth > window.innerWidth - 4) left = box.left + at.x - half - 8 - card.offsetWidth;
    if (top + card.offsetHeight > window.innerHeight - 4) top = window.innerHeight - 4 - card.offsetHeight;
    card.style.left = `${Math.max(4, left)}px`;
    card.style.top = `${Math.max(4, top)}px`;
  };
  cy.on("mouseover", "node, edge", (evt) => show(evt.target as SingularElementReturnValue));
  cy.on("mouseout", "node, edge", hide);
  cy.on("viewport remove tapstart", hide);
  cy.on("destroy", () => card.remove());
}
