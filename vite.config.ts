// Builds the explorer (index.html) and the embeddable view (embed.html) into dist/client.
import { resolve } from "node:path";
import { defineConfig } from "vite";

export default defineConfig({
  root: "client",
  build: {
    outDir: resolve(import.meta.dirname, "dist/client"),
    emptyOutDir: true,
    rollupOptions: { input: { index: resolve(import.meta.dirname, "client/index.html") } },
  },
  server: { proxy: { "/api": "http://localhost:3000" } },
});
