import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import type { Hono } from 'hono';

export interface RunningHttpServer {
  /** The address to print: `localhost` for loopback and wildcard binds. */
  url: string;
  port: number;
  close(): Promise<void>;
}

/** Listens on `host:port` (port 0 picks a free one); rejects when the port is taken, with what to do about it. */
export function startHttpServer(app: Hono<any, any, any>, opts: { host: string; port: number }): Promise<RunningHttpServer> {
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, hostname: opts.host, port: opts.port }, (info: AddressInfo) => {
      const shown = ['127.0.0.1', '0.0.0.0', '::', '::1', 'localhost'].includes(opts.host) ? 'localhost' : opts.host.includes(':') ? `[${opts.host}]` : opts.host;
      resolve({
        url: `http://${shown}:${info.port}`,
        port: info.port,
        close: () =>
          new Promise<void>((done) => {
            server.close(() => done());
            // Idle keep-alive connections would otherwise hold the close open.
            (server as { closeIdleConnections?: () => void }).closeIdleConnections?.();
          }),
      });
    });
    server.once('error', (err: NodeJS.ErrnoException) => {
      reject(err.code === 'EADDRINUSE' ? new Error(`port ${opts.port} on ${opts.host} is already in use: stop the other program or pass --port with a free port`) : err);
    });
  });
}
