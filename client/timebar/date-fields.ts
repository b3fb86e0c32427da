// The From and To fields (#20) take typed dates (YYYY-MM-DD) and query only once a date is whole and
// real: "202" (a year half typed) asks nothing and says nothing yet; "2021-02-30" says it is not a date;
// From after To says so. A whole, valid pair is applied as soon as it is typed; an emptied field clears
// its side.

export type DateField =
  | { kind: "empty" }
  | { kind: "partial" }
  | { kind: "invalid"; message: string }
  | { kind: "date"; date: string };

const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

/** What a date field holds: nothing, the start of a date still being typed, a bad date (why), or a date. */
export function parseDateField(text: string): DateField {
  const value = text.trim();
  if (!value) return { kind: "empty" };
  const whole = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!whole) {
    // The start of YYYY-MM-DD: digits of the year, then a dash and digits of the month, and so on.
    if (/^\d{1,4}(-(\d{1,2}(-\d{0,2})?)?)?$/.test(value) && value.length < 10) {
      const month = /^\d{4}-(\d{2})/.exec(value)?.[1];
      if (month && (Number(month) < 1 || Number(month) > 12))
        return { kind: "invalid", message: `"${value}": the month must be 01 to 12` };
      return { kind: "partial" };
    }
    return { kind: "invalid", message: `"${value}" is not a date: type it as YYYY-MM-DD` };
  }
  const [year, month, day] = [Number(whole[1]), Number(whole[2]), Number(whole[3])];
  if (month < 1 || month > 12) return { kind: "invalid", message: `"${value}": the month must be 01 to 12` };
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day < 1 || day > days)
    return { kind: "invalid", message: `"${value}": ${MONTHS[month - 1]} ${year} has ${days} days` };
  if (year < 1800 || year > 2200)
    return { kind: "invalid", message: `"${value}": the year must be between 1800 and 2200` };
  return { kind: "date", date: value };
}

/** The range to apply from the two fields' texts, or why not (undefined message: still typing). */
export function checkRange(
  fromText: string,
  toText: string,
): { ok: true; from: string; to: string } | { ok: false; message?: string; field?: "from" | "to" } {
  const from = parseDateField(fromText);
  const to = parseDateField(toText);
  if (from.kind === "invalid") return { ok: false, message: `From: ${from.message}`, field: "from" };
  if (to.kind === "invalid") return { ok: false, message: `To: ${to.message}`, field: "to" };
  if (from.kind === "partial" || to.kind === "partial") return { ok: false };
  const f = from.kind === "date" ? from.date : "";
  const t = to.kind === "date" ? to.date : "";
  if (f && t && f > t) return { ok: false, message: `From (${f}) is after To (${t})`, field: "to" };
  return { ok: true, from: f, to: t };
}

/**
 * Wires the two fields: each keystroke is checked; a whole valid range differing from the current one
 * is applied; a bad one is said beside the fields (and marked invalid for screen readers); a field left
 * half typed says so when it loses focus.
 */
export function wireDateFields(
  from: HTMLInputElement,
  to: HTMLInputElement,
  current: () => { from: string; to: string },
  apply: (range: { from: string; to: string }) => void,
): void {
  const error = document.createElement("span");
  error.id = "date-error";
  error.className = "date-error";
  error.setAttribute("role", "alert");
  to.closest("label")!.after(error);
  for (const field of [from, to]) field.setAttribute("aria-describedby", error.id);

  const say = (message = "", field?: "from" | "to") => {
    error.textContent = message;
    from.setAttribute("aria-invalid", String(field === "from"));
    to.setAttribute("aria-invalid", String(field === "to"));
  };
  const check = (leaving: boolean) => {
    const result = checkRange(from.value, to.value);
    if (!result.ok) {
      if (result.message) return say(result.message, result.field);
      if (!leaving) return say();
      const half = parseDateField(from.value).kind === "partial" ? "from" : "to";
      return say(`${half === "from" ? "From" : "To"}: finish the date as YYYY-MM-DD`, half);
    }
    say();
    const now = current();
    if (result.from !== now.from || result.to !== now.to) apply({ from: result.from, to: result.to });
  };
  for (const field of [from, to]) {
    field.addEventListener("input", () => check(false));
    field.addEventListener("change", () => check(true));
  }
}
