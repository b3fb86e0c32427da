// Type-ahead search over /api/search: `/` focuses, arrows move, Enter opens, Escape closes. When the
// API fails (the database down), the list says so with Retry and the results come back by themselves.
// The box is an ARIA combobox (#20): a screen reader hears the list open, its options and the active one.
// The saved-query forms use the same type-ahead for their actor parameters (`kinds: ["actor"]`).
import type { SearchResponse, SearchResult } from "../../contract/search.ts";
import { api } from "../api.ts";
import { failureNotice, loaded, reloadWhenBack } from "../recovery.ts";
import { onShortcut } from "../shortcuts.ts";

export interface SearchOptions {
  /** Only results of these kinds (all when absent). */
  kinds?: string[];
  /** Whether `/` focuses this box (the page's search only). */
  shortcut?: boolean;
}

export function mountSearch(
  input: HTMLInputElement,
  list: HTMLUListElement,
  open: (r: SearchResult) => void,
  { kinds, shortcut = true }: SearchOptions = {},
): void {
  input.setAttribute("role", "combobox");
  input.setAttribute("aria-autocomplete", "list");
  input.setAttribute("aria-controls", list.id);
  input.setAttribute("aria-expanded", "false");
  list.setAttribute("role", "listbox");
  if (!list.hasAttribute("aria-label")) list.setAttribute("aria-label", "Suggestions");
  const optionId = (i: number) => `${list.id}-option-${i}`;
  // The list's visibility and the active option, as the combobox tells assistive technology.
  const announce = () => {
    input.setAttribute("aria-expanded", String(!list.hidden));
    if (!list.hidden && results[active]) input.setAttribute("aria-activedescendant", optionId(active));
    else input.removeAttribute("aria-activedescendant");
  };
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
    announce();
  };
  const render = () => {
    list.replaceChildren(
      ...results.map((r, i) => {
        const li = document.createElement("li");
        li.id = optionId(i);
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
    announce();
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
    announce();
  };
  const search = async (q: string) => {
    const mine = ++seq;
    try {
      // Asked for more when only some kinds are kept, so the list still has a few after the cut.
      const limit = kinds ? 25 : 8;
      const body = await api<SearchResponse>(`/api/search?q=${encodeURIComponent(q)}&limit=${limit}`);
      if (mine !== seq) return; // a newer keystroke already asked
      loaded("search");
      failed = undefined;
      results = kinds ? body.results.filter((r) => kinds.includes(r.kind)).slice(0, 8) : body.results;
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
    // Where the focus goes next is the caller's (the graph, or the form's next field): never `body`.
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
    } else if (e.key === "Enter" && !list.hidden) {
      // With the list closed, Enter is the field's own (a form's submit).
      e.preventDefault();
      if (failed !== undefined) void search(failed);
      else choose(active);
    } else if (e.key === "Escape") {
      // The list closes; the focus stays in the box, where the user is.
      close();
    }
  });
  // Tab from the box to Retry keeps the list open; leaving both closes it.
  input.addEventListener("blur", (e) => {
    if (!list.contains(e.relatedTarget as Node | null)) setTimeout(close, 100);
  });
  list.addEventListener("focusout", (e) => {
    if (e.relatedTarget !== input && !list.contains(e.relatedTarget as Node | null)) close();
  });
  if (!shortcut) return;
  onShortcut((e) => {
    if (e.key !== "/") return;
    e.preventDefault();
    input.focus();
    input.select();
  });
}
