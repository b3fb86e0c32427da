// The Queries panel's part in the explorer: what it last ran goes into the URL, and a query's nodes
// and relationships replace the graph while its table stays in the panel.
import type { QueryResult } from "../../contract/queries.ts";
import { ApiError } from "../api.ts";
import { pairEdges } from "../panels/query-pairs.ts";
import { showQueries } from "../panels/queries.ts";
import { loaded } from "../recovery.ts";
import type { QueryRun } from "../state.ts";
import { replaceGraph, showCentre, showGraphFailure } from "./load.ts";
import { showPanelFailure } from "./panel.ts";
import type { Session } from "./session.ts";
import { explain, say } from "./status.ts";

export async function openQueries(s: Session, initial?: QueryRun): Promise<void> {
  delete s.panel.dataset.node;
  try {
    await showQueries(s.panel, (result) => drawResult(s, result), {
      initial,
      onRun: (run) => void s.store.update({ run }),
    });
    loaded("panel");
  } catch (error) {
    if (!(error instanceof ApiError)) console.error(error);
    showPanelFailure(s, error, "the saved queries", () => openQueries(s, initial));
  }
}

/** A query's nodes and relationships replace the graph; the table stays in the panel. */
async function drawResult(s: Session, result: QueryResult): Promise<void> {
  s.queryResultShown = true;
  try {
    // #20: the panel has just widened for the result's table: the layout fits the room now left.
    s.cy.resize();
    // #20: rows that are pairs of nodes (who met whom) are drawn as edges, not as unlinked nodes.
    if (!(await replaceGraph(s, [...result.elements, ...pairEdges(result)]))) return;
  } catch (error) {
    say(explain(error), true);
    return;
  }
  // The query's result stands in for a graph that failed to load: no reload over it.
  showGraphFailure(s);
  s.undo.length = 0;
  showCentre(s);
  say(
    `${result.rows.length} row${result.rows.length === 1 ? "" : "s"}, ${s.cy.nodes().length} nodes drawn${result.truncated ? " — cut at the row limit" : ""}`,
  );
}
