// Type-ahead search over /api/search: `/` focuses, arrows move, Enter opens, Escape closes. When the
// API fails (the database down), the list says so with Retry and the results come back by themselves.
import type { SearchResponse, SearchResult } from "../../contract/search.ts";
import { api } from "../api.ts";
import { failureNotice, loaded, reloadWhenBack } from "../recovery.ts";
import { onShortcut } from "../shortcuts.ts";

export function mountSearch(
  input: HTMLInputElement,
  list: HTMLUListElement,
  open: (r: SearchResult) => void,
): void {
  let results: SearchResult[] = [];
  let active = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let seq = 0;
  // The words whose search failed, while the list says so (Enter retries them).
  let failed: string | undefined;

  const close = () => {
    list.hidden = true;
    results = [];
    failed = undefined;
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
  const showFailure = (error: unknown, q: string) => {
    results = [];
    failed = q;
    const li = document.createElement("li");
    li.className = "search-failure";
    li.append(
      failureNotice(
        error,
        "the results",
        () => {
          input.focus();
          void search(q);
        },
        { compact: true },
      ),
    );
    // A click on Retry leaves the focus, and so the list, in the search box.
    li.addEventListener("mousedown", (e) => e.preventDefault());
    list.replaceChildren(li);
    list.hidden = false;
  };
  const search = async (q: string) => {
    const mine = ++seq;
    try {
      const body = await api<SearchResponse>(`/api/search?q=${encodeURIComponent(q)}&limit=8`);
      if (mine !== seq) return; // a newer keystroke already asked
      loaded("search");
      failed = undefined;
      results = body.results;
      active = 0;
      render();
    } catch (error) {
      if (mine !== seq) return;
      showFailure(error, q);
      // Only for the words still in the box, while the user is still there.
      reloadWhenBack("search", error, () =>
        input.value.trim() === q && document.activeElement === input ? search(q) : undefined,
      );
    }
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
    if (!q) {
      seq++;
      loaded("search");
      return close();
    }
    timer = setTimeout(() => void search(q), 150);
  });
  input.addEventListener("keydown", (e) => {
    if ((e.key === "ArrowDown" || e.key === "ArrowUp") && results.length) {
      e.preventDefault();
      active = (active + (e.key === "ArrowDown" ? 1 : results.length - 1)) % Math.max(1, results.length);
      render();
    } else if (e.key === "Enter") {
      e.preventDefault();
      if (failed !== undefined) void search(failed);
      else choose(active);
    } else if (e.key === "Escape") {
      close();
      input.blur();
    }
  });
  // Tab from the box to Retry keeps the list open; leaving both closes it.
  input.addEventListener("blur", (e) => {
    if (!list.contains(e.relatedTarget as Node | null)) setTimeout(close, 100);
  });
  list.addEventListener("focusout", (e) => {
    if (e.relatedTarget !== input && !list.contains(e.relatedTarget as Node | null)) close();
  });
  onShortcut((e) => {
    if (e.key !== "/") return;
    e.preventDefault();
    input.focus();
    input.select();
  });
}
