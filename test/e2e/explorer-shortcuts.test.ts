// The page's keyboard shortcuts (`/` to search, Ctrl+Z to undo, Escape) belong to the page, not to
// whatever the user is typing in: in the Cypher editor (CodeMirror, contenteditable) `/` is division
// and the start of a comment.
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, SCREENSHOT_DIR } from "../support/browser.ts";
import { startSeededServer, type TestServer } from "../support/server.ts";

let server: TestServer;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  server = await startSeededServer();
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const editor = "#cypher .cm-content";

/** The text the Cypher editor holds (CodeMirror's document, one line per .cm-line). */
const editorText = () =>
  page.evaluate((sel) => {
    const lines = [...document.querySelectorAll(`${sel} .cm-line`)];
    return lines.map((l) => l.textContent ?? "").join("\n");
  }, editor);

const focused = () =>
  page.evaluate(() => {
    const el = document.activeElement;
    return el ? `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ""}.${el.className}` : "none";
  });

/** Opens the explorer afresh and types `text` into the Cypher editor in place of its example. */
async function typeInEditor(text: string): Promise<void> {
  await page.goto(server.url);
  await page.waitForSelector("body[data-ready=true]");
  await page.click("#queries");
  await page.waitForSelector(editor);
  await page.click(editor);
  await page.keyboard.press("Control+A");
  await page.keyboard.press("Delete");
  await page.keyboard.type(text);
}

describe("keyboard shortcuts while typing", () => {
  it("leaves `/` to the Cypher editor: `RETURN 4 / 2 // note` is typed as is", async () => {
    await typeInEditor("RETURN 4 / 2 // note");
    expect(await editorText()).toBe("RETURN 4 / 2 // note");
    expect(await focused()).toContain("cm-content");
    expect(await page.inputValue("#search")).toBe("");
    await page.screenshot({ path: join(SCREENSHOT_DIR, "explorer-shortcuts-editor.png") });
  });

  it("still focuses the search box on `/` when the focus is on the page", async () => {
    await typeInEditor("RETURN 4 / 2 // note");
    expect(await page.inputValue("#search")).toBe("");
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    expect(await page.evaluate(() => document.activeElement === document.body)).toBe(true);
    await page.keyboard.press("/");
    expect(await focused()).toMatch(/^input#search/);
    // The key only moved the focus; it typed nothing.
    expect(await page.inputValue("#search")).toBe("");
    // The editor kept its text.
    expect(await editorText()).toBe("RETURN 4 / 2 // note");
  });

  it("leaves Ctrl+Z to the editor's own undo, not the graph's", async () => {
    await typeInEditor("RETURN 4 / 2 // note");
    await page.keyboard.press("End");
    await page.keyboard.type(" more");
    const before = await page.textContent("#status");
    await page.keyboard.press("Control+z");
    expect(await editorText()).not.toContain("more");
    // The graph's undo would have said "Nothing to undo." (nothing was expanded yet).
    expect(await page.textContent("#status")).toBe(before);
    expect(await focused()).toContain("cm-content");
  });
});
