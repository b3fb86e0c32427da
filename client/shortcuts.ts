// The page's keyboard shortcuts (`/` search, Ctrl+Z undo, Escape), all behind one guard: a key pressed
// where the user types (a text field, a select, CodeMirror's contenteditable editor) is their text, never
// a shortcut. Each shortcut used to test the focus itself, and missed contenteditable: `/` in the Cypher
// editor jumped to the search box.

// Inputs that take no typed text: a shortcut pressed on a checkbox is still the page's.
const NO_TEXT = new Set([
  "button",
  "checkbox",
  "color",
  "file",
  "image",
  "radio",
  "range",
  "reset",
  "submit",
]);

/** Whether keys pressed on this element are the user's typing. */
export function takesText(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLInputElement) return !NO_TEXT.has(target.type);
  return target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement;
}

/**
 * Calls `handler` for page-wide keys, except while the focus is where the user types or when the
 * focused element already handled the key (called preventDefault: an editor's own Ctrl+Z).
 */
export function onShortcut(handler: (e: KeyboardEvent) => void): void {
  document.addEventListener("keydown", (e) => {
    if (e.defaultPrevented || takesText(e.composedPath()[0] ?? null) || takesText(document.activeElement))
      return;
    handler(e);
  });
}
