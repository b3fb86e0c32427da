// A TCP proxy on 127.0.0.1 in front of a real service (the test Neo4j's Bolt port), that a test cuts and
// restores: the service "goes down" and "comes back" for whoever connects through the proxy, without
// stopping the Neo4j other tests share.
import { connect, createServer, type AddressInfo, type Socket } from "node:net";

export interface TcpProxy {
  /** The proxy's port on 127.0.0.1. */
  readonly port: number;
  /** Destroys every open connection and resets new ones as they arrive, until restore(). */
  cut(): void;
  /** Forwards new connections again. */
  restore(): void;
  close(): Promise<void>;
}

export async function startTcpProxy(target: { host: string; port: number }): Promise<TcpProxy> {
  const open = new Set<Socket>();
  let down = false;
  const track = (socket: Socket) => {
    open.add(socket);
    socket.on("close", () => open.delete(socket));
  };
  const server = createServer((client) => {
    // Reset rather than close, so the client sees the connection fail at once.
    if (down) return void client.resetAndDestroy();
    const upstream = connect(target.port, target.host);
    track(client);
    track(upstream);
    client.pipe(upstream);
    upstream.pipe(client);
    client.on("error", () => upstream.destroy());
    upstream.on("error", () => client.destroy());
    client.on("close", () => upstream.destroy());
    upstream.on("close", () => client.destroy());
  });
  // Still listening while cut: a closed port could be taken by someone else before restore().
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve());
  });
  const destroyAll = () => {
    for (const socket of open) socket.destroy();
    open.clear();
  };
  return {
    port: (server.address() as AddressInfo).port,
    cut() {
      down = true;
      destroyAll();
    },
    restore() {
      down = false;
    },
    async close() {
      destroyAll();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

/**
 * The Bolt URI that reaches `uri`'s server through a proxy on 127.0.0.1: always a direct bolt:// (a
 * routing neo4j:// URI would hand the driver the server's own address), and for TLS +ssc, since the
 * server's certificate does not name 127.0.0.1.
 */
export function boltUriThrough(proxy: TcpProxy, uri: string): string {
  const tls = /^(bolt|neo4j)\+s/.test(uri);
  return `${tls ? "bolt+ssc" : "bolt"}://127.0.0.1:${proxy.port}`;
}

/** Host and port of a Bolt or Neo4j URI (7687 when it names none). */
export function boltAddress(uri: string): { host: string; port: number } {
  const url = new URL(uri.replace(/^[\w+]+:/, "http:"));
  return { host: url.hostname.replace(/^\[(.*)\]$/, "$1"), port: Number(url.port || 7687) };
}
