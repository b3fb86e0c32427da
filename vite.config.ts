// Builds the explorer (index.html) and the embeddable view (embed.html) into dist/client.
import { resolve } from "node:path";
import { defineConfig } from "vite";

export default defineConfig({
  root: "client",
  build: {
    outDir: resolve(import.meta.dirname, "dist/client"),
    emptyOutDir: true,
    // The Cypher editor's parser (~900 kB) is one chunk loaded only when the Queries panel opens.
    chunkSizeWarningLimit: 1000,
    rollupOptions: {
      input: {
        index: resolve(import.meta.dirname, "client/index.html"),
        embed: resolve(import.meta.dirname, "client/embed.html"),
        "whomet-graph": resolve(import.meta.dirname, "client/whomet-graph.ts"),
      },
      output: {
        // The custom element script is linked from other sites: a stable name, no hash.
        entryFileNames: (chunk) =>
          chunk.name === "whomet-graph" ? "embed/whomet-graph.js" : "assets/[name]-[hash].js",
      },
    },
  },
  server: { proxy: { "/api": "http://localhost:3000" } },
});
