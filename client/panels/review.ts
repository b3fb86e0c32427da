// Review (#19): the queue of facts and likely duplicate actors worth a look, each with its evidence
// beside it and the corrections it allows; the correction buttons and history on a node's panel; and
// the reviewer's token, kept for the browser session only.
import type { Correction, CorrectionCreated, NodeHistory } from "../../contract/corrections.ts";
import type { NodeDetails } from "../../contract/nodes.ts";
import type { ReviewItem, ReviewResponse } from "../../contract/review.ts";
import { api, ApiError } from "../api.ts";
import { el } from "./dom.ts";

const TOKEN_KEY = "whomet.reviewerToken";

/** Done in this session, newest first: each can be undone from the queue panel. */
const session: Correction[] = [];
/** What the last correction came to, said again when the queue is drawn anew after it. */
let lastStatus = "";

function tokenField(): HTMLElement {
  const label = el("label", "Reviewer token ", "token");
  const input = el("input");
  input.type = "password";
  input.id = "reviewer-token";
  input.autocomplete = "off";
  input.value = sessionStorage.getItem(TOKEN_KEY) ?? "";
  input.addEventListener("change", () => sessionStorage.setItem(TOKEN_KEY, input.value.trim()));
  label.append(input);
  return label;
}

async function send<T>(path: string, body: object): Promise<T> {
  const token = sessionStorage.getItem(TOKEN_KEY) ?? "";
  return api<T>(path, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
    body: JSON.stringify(body),
  });
}

/** Sends a correction; the answer or the API's refusal is said in `status`. */
async function correct(body: object, status: HTMLElement, onChanged: () => void): Promise<boolean> {
  status.textContent = "Saving…";
  try {
    const { correction } = await send<CorrectionCreated>("/api/corrections", body);
    session.unshift(correction);
    status.textContent = lastStatus = `Saved (${correction.kind}).`;
    onChanged();
    return true;
  } catch (error) {
    status.textContent = error instanceof ApiError ? `Refused: ${error.message}` : String(error);
    status.classList.add("error");
    return false;
  }
}

async function undo(c: Correction, status: HTMLElement, onChanged: () => void): Promise<void> {
  try {
    await send(`/api/corrections/${c.id}/undo`, {});
    c.undone = true;
    status.textContent = lastStatus = `Undone (${c.kind}).`;
    onChanged();
  } catch (error) {
    status.textContent = error instanceof ApiError ? `Refused: ${error.message}` : String(error);
  }
}

function describe(c: Correction): string {
  const what =
    "keep" in c
      ? `merge ${c.drop} into ${c.keep}`
      : c.kind === "split-actor"
        ? `split ${c.into} (${c.name}) off ${c.target}`
        : c.kind === "edit-date"
          ? `date of ${c.target} → ${c.date}`
          : `${c.kind} ${c.target}`;
  return `${what}${c.reason ? ` (“${c.reason}”)` : ""} · ${c.reviewer} · ${c.at.slice(0, 16).replace("T", " ")}`;
}

function textInput(placeholder: string, cls: string): HTMLInputElement {
  const input = el("input", undefined, cls);
  input.placeholder = placeholder;
  input.setAttribute("aria-label", placeholder);
  return input;
}

function btn(text: string, cls: string, run: () => void): HTMLButtonElement {
  const b = el("button", text, cls);
  b.type = "button";
  b.addEventListener("click", run);
  return b;
}

/** Confirm, reject with a reason, or re-date a meeting or incident. */
function factControls(
  target: string,
  expected: Record<string, string>,
  status: HTMLElement,
  onChanged: () => void,
): HTMLElement {
  const box = el("div", undefined, "review-controls");
  const reason = textInput("Reason (optional)", "review-reason");
  const date = el("input", undefined, "review-date");
  date.type = "date";
  date.setAttribute("aria-label", "Corrected date");
  const base = () => ({ target, expected, ...(reason.value.trim() ? { reason: reason.value.trim() } : {}) });
  box.append(
    reason,
    btn("Confirm", "review-confirm", () => void correct({ kind: "confirm", ...base() }, status, onChanged)),
    btn("Reject", "review-reject", () => void correct({ kind: "reject", ...base() }, status, onChanged)),
    date,
    btn("Set date", "review-set-date", () => {
      if (date.value) void correct({ kind: "edit-date", date: date.value, ...base() }, status, onChanged);
      else status.textContent = "Pick the corrected date first.";
    }),
  );
  return box;
}

/** An actor without a kind: the analyst picks one. */
function kindControls(item: ReviewItem, status: HTMLElement, onChanged: () => void): HTMLElement {
  const controls = el("div", undefined, "review-controls");
  const select = el("select", undefined, "review-kind");
  select.setAttribute("aria-label", "Actor kind");
  for (const kind of ["person", "organization", "state", "group"]) select.append(new Option(kind, kind));
  controls.append(
    select,
    btn(
      "Set kind",
      "review-set-kind",
      () =>
        void correct(
          {
            kind: "edit-actor",
            target: item.targets[0],
            actorKind: select.value,
            expected: item.fingerprints,
          },
          status,
          onChanged,
        ),
    ),
  );
  return controls;
}

function itemBlock(item: ReviewItem, status: HTMLElement, onChanged: () => void): HTMLElement {
  const box = el("div", undefined, "event review-item");
  box.dataset.reviewId = item.id;
  box.append(el("div", item.label, "when"), el("div", item.reasons.join(" · "), "hint"));
  for (const e of item.evidence) {
    box.append(el("blockquote", e.quote));
    box.append(el("cite", [e.target, e.source, e.date, e.slug].filter(Boolean).join(" · ")));
  }
  if (item.type === "actor-kind") box.append(kindControls(item, status, onChanged));
  else if (item.type.startsWith("duplicate-")) {
    const [a, b] = item.targets as [string, string];
    const reason = textInput("Reason (optional)", "review-reason");
    const merge = (keep: string, drop: string) => () =>
      void correct(
        {
          kind: item.type.replace("duplicate-", "merge-"),
          keep,
          drop,
          expected: item.fingerprints,
          ...(reason.value.trim() ? { reason: reason.value.trim() } : {}),
        },
        status,
        onChanged,
      );
    const controls = el("div", undefined, "review-controls");
    controls.append(
      reason,
      btn(`Merge into ${a}`, "review-merge", merge(a, b)),
      btn(`Merge into ${b}`, "review-merge-other", merge(b, a)),
    );
    box.append(controls);
  } else box.append(factControls(item.targets[0]!, item.fingerprints, status, onChanged));
  return box;
}

/** The review queue in the side panel; `onChanged` redraws the graph after a correction. */
export async function showReview(panel: HTMLElement, onChanged: () => void): Promise<void> {
  panel.replaceChildren(el("p", "Loading…", "hint"));
  const { items } = await api<ReviewResponse>("/api/review?limit=25");
  const status = el("p", lastStatus, "status review-status");
  status.setAttribute("role", "status");
  const refresh = () => {
    onChanged();
    void showReview(panel, onChanged);
  };
  panel.replaceChildren(el("h2", "Review"), tokenField(), status);
  panel.dataset.review = "true";
  if (session.length) {
    panel.append(el("h3", "Your corrections"));
    for (const c of session) {
      const row = el("div", describe(c), "review-done");
      if (!c.undone)
        row.append(
          " ",
          btn("Undo", "review-undo", () => void undo(c, status, refresh)),
        );
      panel.append(row);
    }
  }
  panel.append(el("h3", `To look at (${items.length})`));
  if (!items.length) panel.append(el("p", "Nothing to review.", "hint"));
  panel.append(...items.map((item) => itemBlock(item, status, refresh)));
}

/** "Lukashenka's aide" → "actor:lukashenkas-aide": the id a split-off actor gets. */
function actorIdOf(name: string): string {
  const slug = name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/['’]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
  return `actor:${slug}`;
}

function checkbox(value: string, text: string, cls: string): HTMLLabelElement {
  const label = el("label", undefined, "review-pick");
  const box = el("input", undefined, cls);
  box.type = "checkbox";
  box.value = value;
  label.append(box, ` ${text}`);
  return label;
}

/** Split a wrongly merged actor: a new actor, named here, takes the ticked facts and aliases. */
function splitControls(
  id: string,
  details: NodeDetails,
  expected: Record<string, string>,
  status: HTMLElement,
  onChanged: () => void,
): HTMLElement {
  const box = el("details", undefined, "review-split-box");
  box.append(el("summary", "Split off another actor"));
  const name = textInput("New actor's name", "review-split-name");
  box.append(name);
  const facts = [
    ...details.meetings.map((m) => [m.id, `${m.date} ${m.label ?? m.kind}`] as const),
    ...details.incidents.map((i) => [i.id, `${i.date} ${i.label ?? i.kind}`] as const),
  ];
  for (const [value, text] of facts) box.append(checkbox(value, text, "review-split-fact"));
  const aliases = details.node.properties.aliases;
  for (const alias of Array.isArray(aliases) ? aliases.map(String) : [])
    box.append(checkbox(alias, `alias “${alias}”`, "review-split-alias"));
  const ticked = (cls: string) =>
    [...box.querySelectorAll<HTMLInputElement>(`input.${cls}:checked`)].map((b) => b.value);
  box.append(
    btn("Split off", "review-split", () => {
      const newName = name.value.trim();
      if (!newName) {
        status.textContent = "Name the new actor first.";
        return;
      }
      void correct(
        {
          kind: "split-actor",
          target: id,
          into: actorIdOf(newName),
          name: newName,
          facts: ticked("review-split-fact"),
          aliases: ticked("review-split-alias"),
          expected,
        },
        status,
        onChanged,
      );
    }),
  );
  return box;
}

/** Correction buttons and the history on a node's panel (actors: merge another into this one). */
export async function mountNodeReview(panel: HTMLElement, id: string, onChanged: () => void): Promise<void> {
  if (!/^(actor|meeting|incident|place):/.test(id)) return;
  const history = await api<NodeHistory>(`/api/nodes/${encodeURIComponent(id)}/history`).catch(
    () => undefined,
  );
  const expected = history ? { [id]: history.fingerprint } : {};
  const section = el("section", undefined, "node-review");
  const status = el("p", "", "status review-status");
  section.append(el("h3", "Review"), tokenField(), status);
  const kind = id.slice(0, id.indexOf(":"));
  const other = textInput(`Duplicate ${kind} id (${kind}:…)`, "review-duplicate");
  section.append(
    other,
    btn(`Merge into this ${kind}`, "review-merge", () => {
      const drop = other.value.trim();
      void correct({ kind: `merge-${kind}s`, keep: id, drop, expected }, status, onChanged);
    }),
  );
  if (id.startsWith("actor:")) {
    const details = await api<NodeDetails>(`/api/nodes/${encodeURIComponent(id)}`).catch(() => undefined);
    if (details) section.append(splitControls(id, details, expected, status, onChanged));
  } else if (!id.startsWith("place:")) section.append(factControls(id, expected, status, onChanged));
  for (const c of history?.history ?? []) {
    const row = el("div", `${c.undone ? "undone: " : ""}${describe(c)}`, "review-history");
    if (!c.undone)
      row.append(
        " ",
        btn("Undo", "review-undo", () => void undo(c, status, onChanged)),
      );
    section.append(row);
  }
  panel.append(section);
}
