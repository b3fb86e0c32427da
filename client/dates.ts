// Dates as the explorer writes them for people: "17 Nov 2021". One place for the month names, used
// by captions, the hover card, result tables, the styling legend and the time bar's labels.

export const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}:\d{2}))?/;

/** "2021-11-17" as "17 Nov 2021" (a date-time keeps its hour and minute); anything else unchanged. */
export function shortDate(text: string): string {
  const m = ISO_DATE.exec(text);
  if (!m || Number(m[2]) < 1 || Number(m[2]) > 12) return text;
  return `${Number(m[3])} ${MONTHS[Number(m[2]) - 1]} ${m[1]}${m[4] ? ` ${m[4]}` : ""}`;
}
