// Type-ahead search over /api/search: `/` focuses, arrows move, Enter opens, Escape closes.
import { api } from "../api.ts";

export interface SearchResult {
  id: string;
  kind: string;
  subtype: string | null;
  label: string;
  score: number;
}

export function mountSearch(
  input: HTMLInputElement,
  list: HTMLUListElement,
  open: (r: SearchResult) => void,
): void {
  let results: SearchResult[] = [];
  let active = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let seq = 0;

  const close = () => {
    list.hidden = true;
    results = [];
  };
  const render = () => {
    list.replaceChildren(
      ...results.map((r, i) => {
        const li = document.createElement("li");
        li.setAttribute("role", "option");
        li.setAttribute("aria-selected", String(i === active));
        const kind = document.createElement("span");
        kind.className = "kind";
        kind.textContent = r.subtype ? r.subtype.replace("_", " ") : r.kind;
        li.append(r.label, kind);
        li.addEventListener("mousedown", (e) => {
          e.preventDefault();
          choose(i);
        });
        return li;
      }),
    );
    list.hidden = results.length === 0;
  };
  const choose = (i: number) => {
    const r = results[i];
    if (!r) return;
    close();
    input.value = r.label;
    input.blur();
    open(r);
  };

  input.addEventListener("input", () => {
    clearTimeout(timer);
    const q = input.value.trim();
    if (!q) return close();
    timer = setTimeout(async () => {
      const mine = ++seq;
      const body = await api<{ results: SearchResult[] }>(
        `/api/search?q=${encodeURIComponent(q)}&limit=8`,
      ).catch(() => ({ results: [] }));
      if (mine !== seq) return; // a newer keystroke already asked
      results = body.results;
      active = 0;
      render();
    }, 150);
  });
  input.addEventListener("keydown", (e) => {
    if (e.key === "ArrowDown" || e.key === "ArrowUp") {
      e.preventDefault();
      active = (active + (e.key === "ArrowDown" ? 1 : results.length - 1)) % Math.max(1, results.length);
      render();
    } else if (e.key === "Enter") {
      e.preventDefault();
      choose(active);
    } else if (e.key === "Escape") {
      close();
      input.blur();
    }
  });
  input.addEventListener("blur", () => setTimeout(close, 100));
  document.addEventListener("keydown", (e) => {
    const typing = (e.target as HTMLElement).closest("input, textarea, select");
    if (e.key === "/" && !typing) {
      e.preventDefault();
      input.focus();
      input.select();
    }
  });
}
