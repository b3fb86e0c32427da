// The package ships its types but its "exports" map hides them from TypeScript's resolver.
declare module "@neo4j-cypher/codemirror" {
  export * from "@neo4j-cypher/codemirror/src/codemirror.d.ts";
}
