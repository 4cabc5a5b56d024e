// Starts the API server on a host and port; the only place that listens.
import type { Server } from 'node:http';
import type { Store } from '../store/connect';
import { createApp } from './app';
import { checkBind } from './guard';

export async function startServer(opts: { store: Store; port: number; host: string; token?: string; curationPath?: string }): Promise<{ url: string; close(): Promise<void>; server: Server }> {
  const token = opts.token ?? (process.env.KG_API_TOKEN || undefined);
  checkBind(opts.host, token);
  const app = createApp({ driver: opts.store.driver, token, curationPath: opts.curationPath });
  const server = await new Promise<Server>((res, rej) => {
    const s = app.listen(opts.port, opts.host, () => res(s));
    s.once('error', rej);
  });
  const addr = server.address();
  const port = typeof addr === 'object' && addr ? addr.port : opts.port;
  return {
    url: `http://${opts.host.includes(':') ? `[${opts.host}]` : opts.host}:${port}`,
    server,
    close: () => new Promise((res) => server.close(() => res())),
  };
}
