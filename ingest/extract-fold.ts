// Moved to name-keys.ts (#17 "Names": this is general text code, not a step of extraction). Kept only
// so ingest/events/, developed on another branch, builds until it imports name-keys.ts itself.
export { fold, nameKey, skeleton, slug } from "./name-keys.ts";
