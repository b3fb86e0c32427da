// The focus kept where the user is (#20): a side panel drawn again (a node's details after Pin, Expand
// or Collapse, whose buttons change) took the focused button away and left the focus on <body>. It
// goes to the button in the same place in the new panel (Pin becomes Unpin there), else the heading.
export async function keepingFocus<T>(panel: HTMLElement, redraw: () => Promise<T>): Promise<T> {
  const was = document.activeElement;
  const buttons = () => [...panel.querySelectorAll<HTMLButtonElement>("button")];
  const at = was instanceof HTMLButtonElement && panel.contains(was) ? buttons().indexOf(was) : -1;
  const result = await redraw();
  if (at >= 0 && !panel.contains(document.activeElement)) {
    const heading = panel.querySelector<HTMLElement>("h2");
    const target = buttons()[at] ?? heading;
    if (target === heading) heading?.setAttribute("tabindex", "-1");
    target?.focus();
  }
  return result;
}
