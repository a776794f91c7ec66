/**
 * A TCP proxy on 127.0.0.1 that forwards every new connection to one local port, and can be
 * pointed at another: how several team server instances stand behind one address (README, "Run
 * several"), so a browser keeps one origin while its instance changes underneath.
 */
import { createConnection, createServer, type Socket } from 'node:net';

export interface TcpProxy {
  /** The address browsers use, with a trailing slash. */
  url: string;
  origin: string;
  /** New connections go to this port from now on; open ones stay where they are. */
  pointTo(port: number): void;
  /** Cuts every open connection and stops listening. */
  close(): Promise<void>;
}

export async function startTcpProxy(targetPort: number): Promise<TcpProxy> {
  let target = targetPort;
  const open = new Set<Socket>();
  const server = createServer((client) => {
    const upstream = createConnection({ host: '127.0.0.1', port: target });
    // Either side ending ends both: a dead instance must look dead to the browser, not hang.
    const cut = () => {
      client.destroy();
      upstream.destroy();
    };
    for (const socket of [client, upstream]) {
      open.add(socket);
      socket.once('close', () => {
        open.delete(socket);
        cut();
      });
      socket.once('error', cut);
    }
    client.pipe(upstream);
    upstream.pipe(client);
  });
  const port = await new Promise<number>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      if (typeof address === 'object' && address) resolve(address.port);
      else reject(new Error('The proxy has no port'));
    });
  });
  const origin = `http://127.0.0.1:${port}`;
  return {
    url: `${origin}/`,
    origin,
    pointTo(port) {
      target = port;
    },
    async close() {
      open.forEach((socket) => socket.destroy());
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
