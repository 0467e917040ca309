import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import type { Store } from '../store/Store.ts';
import { Corpus } from './Corpus.ts';
import { createApp } from './createApp.ts';
import { resolveServeOptions, type ServeOptions } from './ServeOptions.ts';

/** A running server. */
export interface RunningServer {
  /** Base URL, e.g. `http://127.0.0.1:8787`. */
  url: string;
  port: number;
  corpus: Corpus;
  /** Stop accepting connections and wait for open ones to end. */
  close(): Promise<void>;
}

/**
 * Serve the HTTP API and the web UI over a store. Options are checked first (see `resolveServeOptions`:
 * a non-loopback host needs a token), so misuse throws a `TypeError` before anything listens.
 * @param store the store to serve (not closed by `close`)
 * @param options host, port, token and limits
 */
export async function startServer(store: Store, options: ServeOptions = {}): Promise<RunningServer> {
  if (!store) throw new TypeError('Expected a store');
  const o = resolveServeOptions(options);
  const corpus = new Corpus({ store, maxStaleMs: o.maxStaleMs });
  const app = createApp({ corpus, token: o.token, maxBodyBytes: o.maxBodyBytes, loopbackOnly: o.loopback });
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, hostname: o.host, port: o.port }, (info: AddressInfo) => {
      const host = info.family === 'IPv6' ? `[${info.address}]` : info.address;
      resolve({
        url: `http://${host}:${info.port}`,
        port: info.port,
        corpus,
        close: () =>
          new Promise<void>((done) => {
            server.close(() => void corpus.close().then(done, done));
            (server as { closeIdleConnections?: () => void }).closeIdleConnections?.();
          }),
      });
    });
    server.once('error', reject);
  });
}
