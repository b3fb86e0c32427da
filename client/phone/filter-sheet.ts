// On a phone the filters fold into a sheet (#20): they took ~350 px of an 844 px screen, leaving the
// graph a strip. A toolbar button opens and closes it (styles.css hides the button on wider screens);
// Escape or Done closes it and gives the focus back to the button.
export function mountFilterSheet(toggle: HTMLButtonElement, sheet: HTMLElement): void {
  toggle.setAttribute("aria-controls", sheet.id);
  const done = document.createElement("button");
  done.type = "button";
  done.className = "sheet-done";
  done.textContent = "Done";
  sheet.append(done);
  const setOpen = (open: boolean) => {
    sheet.toggleAttribute("data-open", open);
    toggle.setAttribute("aria-expanded", String(open));
  };
  setOpen(false);
  toggle.addEventListener("click", () => setOpen(!sheet.hasAttribute("data-open")));
  done.addEventListener("click", () => {
    setOpen(false);
    toggle.focus();
  });
  sheet.addEventListener("keydown", (e) => {
    if (e.key !== "Escape" || !sheet.hasAttribute("data-open")) return;
    setOpen(false);
    toggle.focus();
  });
}
