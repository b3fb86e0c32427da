// The reader view (#20): a source opened as the whole article, its quoted sentence highlighted and
// scrolled to. Evidence integrity: the sentence highlighted is exactly the stored quote, at the stored
// offsets, as the server checked it (GET /api/articles/:id); a quote the text no longer reads there is
// flagged and shown apart, never searched for and highlighted somewhere else.
import type { ArticleText } from "../../contract/articles.ts";
import type { Source } from "../../contract/nodes.ts";
import { api } from "../api.ts";
import { el } from "./dom.ts";
import "./reader.css";

/** "TASS · Lukashenko and Merkel … · 2021-11-17": how a source is named everywhere. */
export function sourceName(s: { source: string | null; title: string | null; date: string | null }): string {
  return [s.source, s.title, s.date].filter(Boolean).join(" · ");
}

/** An http(s) link to the original, or undefined (never a javascript: or file: URL). */
export function safeUrl(url: string | null): string | undefined {
  return url && /^https?:\/\//i.test(url) ? url : undefined;
}

export function originalLink(url: string, text = "original"): HTMLAnchorElement {
  const a = el("a", text);
  a.href = url;
  a.target = "_blank";
  a.rel = "noopener noreferrer";
  return a;
}

let open: HTMLDialogElement | undefined;

/** Opens `source` (a quote of event `eventId`) in the reader; the promise settles once it is shown. */
export async function openReader(source: Source, eventId: string): Promise<void> {
  open?.close();
  const dialog = el("dialog", undefined, "reader");
  dialog.setAttribute("aria-label", "Article");
  const body = el("div", undefined, "reader-body");
  body.append(el("p", "Loading the article…", "hint"));
  dialog.append(body);
  dialog.addEventListener("close", () => {
    dialog.remove();
    if (open === dialog) open = undefined;
  });
  // A click on the backdrop (outside the dialog's box) closes it.
  dialog.addEventListener("click", (event) => {
    if (event.target === dialog) dialog.close();
  });
  document.body.append(dialog);
  open = dialog;
  dialog.showModal();
  let article: ArticleText;
  try {
    article = await api<ArticleText>(`/api/articles/${encodeURIComponent(source.article)}`);
  } catch (error) {
    body.replaceChildren(
      header(dialog, sourceName(source), undefined),
      el("p", String(error), "reader-warning"),
    );
    return;
  }
  render(dialog, body, article, source, eventId);
}

function header(dialog: HTMLDialogElement, title: string, meta: HTMLElement | undefined): HTMLElement {
  const head = el("header");
  const h = el("h2", title);
  if (meta) h.append(meta);
  const close = el("button", "Close");
  close.type = "button";
  close.addEventListener("click", () => dialog.close());
  head.append(h, close);
  return head;
}

function render(
  dialog: HTMLDialogElement,
  body: HTMLElement,
  article: ArticleText,
  source: Source,
  eventId: string,
): void {
  const meta = el("p", undefined, "reader-meta");
  meta.append([article.source, article.date].filter(Boolean).join(" · "));
  const url = safeUrl(article.url);
  if (url) meta.append(" · ", originalLink(url));
  const title = article.title ?? article.slug ?? article.id;
  // The quote as the panel showed it, checked again here against the text the server sent.
  const stored = article.quotes.find(
    (q) =>
      q.event === eventId && q.start === source.start && q.end === source.end && q.quote === source.quote,
  );
  const matches = Boolean(stored?.matches) && article.text.slice(source.start, source.end) === source.quote;
  const parts: HTMLElement[] = [header(dialog, title, meta)];
  if (!matches) {
    const warning = el(
      "p",
      "This quote no longer matches the article's text at its stored place, so nothing is highlighted: ",
      "reader-warning",
    );
    warning.setAttribute("role", "alert");
    warning.append(el("q", source.quote));
    parts.push(warning);
  }
  const text = el("div", undefined, "reader-text");
  text.tabIndex = 0;
  const others = article.quotes.filter(
    (q) => q.matches && !(q.start === source.start && q.end === source.end) && q.start >= 0,
  );
  text.append(...highlighted(article.text, matches ? source : undefined, others));
  parts.push(text);
  body.replaceChildren(...parts);
  const mark = text.querySelector("mark.quote");
  mark?.scrollIntoView({ block: "center" });
}

/** The text as nodes with the quote (and, lighter, the article's other non-overlapping quotes) marked. */
function highlighted(
  text: string,
  quote: { start: number; end: number } | undefined,
  others: { start: number; end: number }[],
): Node[] {
  const marks = [
    ...(quote ? [{ ...quote, cls: "quote" }] : []),
    ...others.map((q) => ({ start: q.start, end: q.end, cls: "other-quote" })),
  ].sort((a, b) => a.start - b.start || (a.cls === "quote" ? -1 : 1));
  const out: Node[] = [];
  let at = 0;
  for (const m of marks) {
    if (m.start < at) continue; // overlaps one already marked (the chosen quote sorts first)
    if (m.start > at) out.push(document.createTextNode(text.slice(at, m.start)));
    out.push(el("mark", text.slice(m.start, m.end), m.cls));
    at = m.end;
  }
  if (at < text.length) out.push(document.createTextNode(text.slice(at)));
  return out;
}
