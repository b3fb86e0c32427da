// The ad-hoc Cypher editor: CodeMirror 6 with Neo4j's Cypher language support (highlighting,
// completion of keywords, labels, relationship types and properties, syntax errors as you type).
// Loaded on demand: the Cypher parser is large and most visits never open the editor.
import type { EditorApi } from "@neo4j-cypher/codemirror";
import { NODE_LABELS, RELATIONSHIP_TYPES } from "../../cypher/vocabulary.ts";

export interface CypherEditor {
  readonly value: string;
  focus(): void;
  /** Marks an error from the server at its place in the query (or the whole query). */
  showError(message: string): void;
  clearError(): void;
}

// Properties the graph model stores; the editor offers them after a dot.
const PROPERTY_KEYS = [
  "id",
  "name",
  "kind",
  "aliases",
  "title",
  "date",
  "cameo",
  "label",
  "place",
  "sourceCount",
  "source",
  "url",
  "quote",
  "start",
  "end",
  "role",
  "what",
];

/** Neo4j reports syntax errors as "… (line 2, column 7 (offset: 40))": the offset locates them. */
export function errorOffset(message: string, text: string): { from: number; to: number } | undefined {
  const m = /\(line (\d+), column (\d+) \(offset: (\d+)\)\)/.exec(message);
  if (!m) return undefined;
  const from = Math.min(Number(m[3]), text.length);
  // Underline up to the end of the offending word, at least one character.
  const word = /^[\w$.]+/.exec(text.slice(from))?.[0].length ?? 1;
  return { from: Math.max(0, Math.min(from, text.length - 1)), to: Math.min(text.length, from + word) };
}

let tooltipElement: HTMLElement | undefined;

/** One element in the page's body for every editor's pop-ups (the panel makes a new editor each time). */
function tooltipHost(): HTMLElement {
  if (!tooltipElement) {
    tooltipElement = document.createElement("div");
    tooltipElement.className = "cm-editor cm-cypher cm-light cypher-tooltips";
    document.body.append(tooltipElement);
  }
  return tooltipElement;
}

export async function createCypherEditor(
  parent: HTMLElement,
  options: { value: string; onRun: () => void; onChange?: (value: string) => void },
): Promise<CypherEditor> {
  const [
    { createCypherEditor: create },
    { StateEffect, StateField },
    { Decoration, EditorView, keymap, tooltips },
  ] = await Promise.all([
    import("@neo4j-cypher/codemirror"),
    import("@codemirror/state"),
    import("@codemirror/view"),
    import("@neo4j-cypher/codemirror/css/cypher-codemirror.css"),
  ]);
  // The server's error is kept apart from the editor's own linter, which redraws its marks on its
  // own schedule: a mark on the words Neo4j stumbled on, cleared by the next edit.
  const setServerError = StateEffect.define<{ from: number; to: number; message: string } | null>();
  const serverError = StateField.define({
    create: () => Decoration.none,
    update(marks, tr) {
      for (const effect of tr.effects) {
        if (!effect.is(setServerError)) continue;
        if (!effect.value) return Decoration.none;
        const { from, to, message } = effect.value;
        return Decoration.set([
          Decoration.mark({
            class: "cm-server-error",
            attributes: { title: message },
          }).range(from, Math.max(to, from + 1)),
        ]);
      }
      return tr.docChanged ? Decoration.none : marks;
    },
    provide: (field) => EditorView.decorations.from(field),
  });
  // The typings say it returns the API; the code returns { editor: API }.
  const { editor } = create(parent, {
    value: options.value,
    theme: "light",
    lineNumbers: true,
    lineWrapping: true,
    lint: true,
    schema: {
      labels: NODE_LABELS.map((l) => `:${l}`),
      relationshipTypes: RELATIONSHIP_TYPES.map((t) => `:${t}`),
      propertyKeys: PROPERTY_KEYS,
    },
    // Ctrl/Cmd+Enter runs; the editor's own keymap would insert a line break.
    preExtensions: [
      serverError,
      // Completion and lint pop-ups live outside the side panel, which cut them at its edge; their
      // host carries the editor's classes, which the package's stylesheet expects above them.
      tooltips({ parent: tooltipHost() }),
      keymap.of([
        {
          key: "Mod-Enter",
          run: () => {
            options.onRun();
            return true;
          },
        },
      ]),
    ],
  }) as unknown as { editor: EditorApi };
  // The package's .d.ts resolves CodeMirror's CommonJS typings; the view is the same ES module one.
  const codemirror = editor.codemirror as unknown as InstanceType<typeof EditorView>;
  codemirror.contentDOM.setAttribute("aria-label", "Cypher query (read-only)");
  codemirror.dom.id = "cypher";
  if (options.onChange) editor.onValueChanged((value: string) => options.onChange!(value));
  return {
    get value() {
      return codemirror.state.doc.toString();
    },
    focus: () => editor.focus(),
    showError(message) {
      const text = codemirror.state.doc.toString();
      if (!text) return;
      const at = errorOffset(message, text) ?? { from: 0, to: text.length };
      codemirror.dispatch({ effects: setServerError.of({ ...at, message }) });
    },
    clearError() {
      codemirror.dispatch({ effects: setServerError.of(null) });
    },
  };
}
