// A node's context menu: right-click (or long-press on touch) opens the node's actions at the
// pointer, as an ordinary menu that stays open until a choice, Escape or a click elsewhere.
// Hand-written because the actions change per node (Pin/Unpin, "Path from …") and the Cytoscape
// menu extensions either need a held-button swipe (cxtmenu) or a fixed item list (context-menus).
import type { Core, NodeSingular } from "cytoscape";
import { el } from "./dom.ts";

export interface MenuAction {
  label: string;
  run: () => void;
}

export function mountContextMenu(cy: Core, actionsFor: (node: NodeSingular) => MenuAction[]): void {
  const menu = el("div", undefined, "context-menu");
  menu.setAttribute("role", "menu");
  menu.hidden = true;
  // Outside the graph's container, so Cytoscape does not take clicks on the menu as taps.
  document.body.append(menu);

  const close = () => {
    menu.hidden = true;
    menu.replaceChildren();
  };
  const open = (node: NodeSingular, x: number, y: number) => {
    menu.replaceChildren(
      el("div", String(node.data("label")), "context-title"),
      ...actionsFor(node).map((action) => {
        const item = el("button", action.label);
        item.type = "button";
        item.setAttribute("role", "menuitem");
        item.addEventListener("click", () => {
          close();
          action.run();
        });
        return item;
      }),
    );
    menu.hidden = false;
    // At the node, kept inside the graph area.
    const box = cy.container()!.getBoundingClientRect();
    menu.style.left = `${box.left + Math.min(x, box.width - menu.offsetWidth - 4)}px`;
    menu.style.top = `${box.top + Math.min(y, box.height - menu.offsetHeight - 4)}px`;
    menu.querySelector<HTMLButtonElement>("button")?.focus();
  };

  cy.on("cxttap taphold", "node", (evt) => {
    const p = evt.renderedPosition ?? (evt.target as NodeSingular).renderedPosition();
    open(evt.target as NodeSingular, p.x, p.y);
  });
  cy.on("tapstart viewport", close);
  cy.on("cxttap", (evt) => {
    if (evt.target === cy) close();
  });
  menu.addEventListener("keydown", (e) => {
    const items = [...menu.querySelectorAll<HTMLButtonElement>("button")];
    const at = items.indexOf(document.activeElement as HTMLButtonElement);
    if (e.key === "Escape") close();
    else if (e.key === "ArrowDown" || e.key === "ArrowUp") {
      e.preventDefault();
      const step = e.key === "ArrowDown" ? 1 : -1;
      items[(at + step + items.length) % items.length]?.focus();
    }
  });
  document.addEventListener("pointerdown", (e) => {
    if (!menu.hidden && !menu.contains(e.target as Node)) close();
  });
}
