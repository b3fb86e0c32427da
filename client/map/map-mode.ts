// The explorer's map mode (#20): a toggle between the graph and the map, the map's points fetched from
// /api/map with the explorer's filters (time, kinds, sources), and a caption saying what is shown.
import type { MapPoint, MapResponse } from "../../contract/map.ts";
import { api } from "../api.ts";
import { createMapView } from "./map-view.ts";

/** The filters the map shares with the graph (client/state.ts). */
export interface MapFilters {
  kinds: string[];
  from: string;
  to: string;
  minSources: number;
}

export interface MapModeOptions {
  main: HTMLElement;
  container: HTMLElement;
  toggle: HTMLInputElement;
  filters: () => MapFilters;
  /** The fact selected in the graph now, ringed when the map opens. */
  selected: () => string | undefined;
  onPick: (point: MapPoint) => void;
  /** The user turned the map on or off. */
  onToggle: (on: boolean) => void;
  onError: (error: unknown) => void;
}

export interface MapMode {
  /** Shows the map or the graph (from the URL, or the toggle). */
  set(on: boolean): void;
  /** Fetches the points again when the map is shown (after the filters changed). */
  refresh(): Promise<void>;
  select(id: string | undefined): void;
}

/** Most points fetched: the map draws 10,000 within a second (bench); more says "cut". */
const LIMIT = 10_000;

export function mapQuery(filters: MapFilters): string {
  const q = new URLSearchParams();
  const kinds = filters.kinds.filter((k) => k === "meeting" || k === "incident");
  // No kind of point asked for: the answer is empty, which the server says for kinds=actor.
  if (kinds.length !== 2) q.set("kinds", kinds.length ? kinds.join(",") : "actor");
  if (filters.from) q.set("from", filters.from);
  if (filters.to) q.set("to", filters.to);
  if (filters.minSources > 1) q.set("minSources", String(filters.minSources));
  q.set("limit", String(LIMIT));
  return `/api/map?${q.toString()}`;
}

export function mountMapMode(options: MapModeOptions): MapMode {
  const { main, container, toggle } = options;
  const caption = document.createElement("p");
  caption.className = "map-caption";
  caption.setAttribute("role", "status");
  const view = createMapView(container, options.onPick);
  container.append(caption);
  let on = false;
  let fetched = 0;

  const refresh = async () => {
    if (!on) return;
    const mine = ++fetched;
    caption.textContent = "Loading the map…";
    container.setAttribute("aria-busy", "true");
    try {
      const answer = await api<MapResponse>(mapQuery(options.filters()));
      if (mine !== fetched) return;
      view.show(answer.points);
      view.select(options.selected());
      caption.textContent = answer.points.length
        ? `${answer.points.length} meetings and incidents with a known place` +
          (answer.truncated
            ? ` — the newest ${answer.points.length}; narrow the time range for the others`
            : "")
        : "No meeting or incident with a known place matches the filters.";
    } catch (error) {
      if (mine !== fetched) return;
      caption.textContent = "The map could not be loaded.";
      options.onError(error);
    } finally {
      if (mine === fetched) container.removeAttribute("aria-busy");
    }
  };

  const set = (next: boolean) => {
    on = next;
    toggle.checked = on;
    main.classList.toggle("map-mode", on);
    container.hidden = !on;
    if (on) void refresh();
  };

  toggle.addEventListener("change", () => {
    set(toggle.checked);
    options.onToggle(toggle.checked);
  });
  window.addEventListener("resize", () => {
    if (on) view.redraw();
  });

  return { set, refresh, select: (id) => view.select(id) };
}
