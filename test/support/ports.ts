// A TCP port on 127.0.0.1 that was free a moment ago, for a process the test or bench starts itself
// (a second API, a supervised Neo4j). Another program may take it before then; on this machine none does.
import { createServer, type AddressInfo } from "node:net";

export async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}
