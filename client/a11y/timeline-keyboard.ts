// The timeline by keyboard (#20): the bar takes the focus as a slider over its days; arrow keys move a
// day (Page Up/Down a month, Home/End to the ends), the day and its counts are said and marked, Enter
// picks it and Shift+Enter extends the range to it, as a click and a shift-click do.
const SVG = "http://www.w3.org/2000/svg";

export function mountTimelineKeyboard(
  svg: SVGSVGElement,
  pick: (date: string, extend: boolean) => void,
): void {
  svg.setAttribute("tabindex", "0");
  svg.setAttribute("role", "slider");
  svg.setAttribute("aria-label", "Timeline: meetings and incidents per day");
  svg.setAttribute("aria-valuemin", "0");
  let at = -1;
  // The bar is drawn again with every change of range (timeline.ts): its days are read from it.
  const days = () => [...svg.querySelectorAll<SVGRectElement>("rect[data-date]")];
  const show = () => {
    const all = days();
    svg.setAttribute("aria-valuemax", String(Math.max(0, all.length - 1)));
    svg.querySelector(".key-cursor")?.remove();
    const day = all[at];
    if (!day) {
      svg.setAttribute("aria-valuenow", "0");
      svg.setAttribute("aria-valuetext", all.length ? "No day chosen: arrow keys move by day" : "No days");
      return;
    }
    svg.setAttribute("aria-valuenow", String(at));
    svg.setAttribute("aria-valuetext", day.textContent ?? day.dataset.date ?? "");
    const cursor = document.createElementNS(SVG, "rect");
    cursor.setAttribute("class", "key-cursor");
    for (const a of ["x", "y", "width", "height"]) cursor.setAttribute(a, day.getAttribute(a) ?? "0");
    cursor.setAttribute("fill", "none");
    cursor.setAttribute("stroke", "#f59e0b");
    cursor.setAttribute("stroke-width", "2");
    cursor.setAttribute("vector-effect", "non-scaling-stroke");
    svg.append(cursor);
  };
  show();
  svg.addEventListener("focus", show);
  svg.addEventListener("keydown", (e) => {
    const all = days();
    if (!all.length) return;
    const last = all.length - 1;
    const step: Record<string, number> = { ArrowRight: 1, ArrowUp: 1, ArrowLeft: -1, ArrowDown: -1 };
    if (e.key in step) at = at < 0 ? (step[e.key]! > 0 ? 0 : last) : at + step[e.key]!;
    else if (e.key === "PageUp") at += 30;
    else if (e.key === "PageDown") at -= 30;
    else if (e.key === "Home") at = 0;
    else if (e.key === "End") at = last;
    else if (e.key === "Enter" && all[at]) {
      e.preventDefault();
      pick(all[at]!.dataset.date!, e.shiftKey);
      return;
    } else return;
    e.preventDefault();
    at = Math.max(0, Math.min(last, at));
    show();
  });
}
