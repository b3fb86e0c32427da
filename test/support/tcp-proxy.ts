// A TCP proxy on 127.0.0.1 in front of a real service (the test Neo4j's Bolt port), that a test cuts and
// restores: the service "goes down" and "comes back" for whoever connects through the proxy, without
// stopping the Neo4j other tests share.
import { connect, createServer, type AddressInfo, type Socket } from "node:net";

export interface TcpProxy {
  /** The proxy's port on 127.0.0.1. */
  readonly port: number;
  /** Connections opened to the proxy so far, refused (cut) ones included: who tried to reach the service. */
  readonly attempts: number;
  /** Destroys every open connection and resets new ones as they arrive, until restore(). */
  cut(): void;
  /**
   * Neo4j silent, as one shutting down or behind a dropped network: open connections stop forwarding
   * (their bytes wait), new ones are accepted and left unanswered, until restore().
   */
  hold(): void;
  /** Forwards again: new connections, and (after hold) the held ones where they stopped. */
  restore(): void;
  close(): Promise<void>;
}

export async function startTcpProxy(target: { host: string; port: number }): Promise<TcpProxy> {
  const open = new Set<Socket>();
  let down = false;
  let holding = false;
  /** Connections that arrived during hold(), joined to the target on restore(). */
  let waiting: Socket[] = [];
  const track = (socket: Socket) => {
    open.add(socket);
    socket.on("close", () => open.delete(socket));
  };
  const forward = (client: Socket) => {
    const upstream = connect(target.port, target.host);
    track(upstream);
    client.pipe(upstream);
    upstream.pipe(client);
    client.on("error", () => upstream.destroy());
    upstream.on("error", () => client.destroy());
    client.on("close", () => upstream.destroy());
    upstream.on("close", () => client.destroy());
  };
  let attempts = 0;
  const server = createServer((client) => {
    attempts += 1;
    // Reset rather than close, so the client sees the connection fail at once.
    if (down) return void client.resetAndDestroy();
    track(client);
    if (holding) {
      client.pause();
      client.on("error", () => client.destroy());
      waiting.push(client);
      return;
    }
    forward(client);
  });
  // Still listening while cut: a closed port could be taken by someone else before restore().
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve());
  });
  const destroyAll = () => {
    for (const socket of open) socket.destroy();
    open.clear();
    waiting = [];
  };
  return {
    port: (server.address() as AddressInfo).port,
    get attempts() {
      return attempts;
    },
    cut() {
      down = true;
      holding = false;
      destroyAll();
    },
    hold() {
      holding = true;
      for (const socket of open) socket.pause();
    },
    restore() {
      down = false;
      if (!holding) return;
      holding = false;
      for (const socket of open) if (!waiting.includes(socket)) socket.resume();
      for (const client of waiting) if (!client.destroyed) forward(client);
      waiting = [];
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
