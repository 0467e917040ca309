/** Options of `cotejo serve`, as given. */
export interface ServeOptions {
  /** Interface to bind (default 127.0.0.1). Any other than loopback needs a token. */
  host?: string;
  /** TCP port (default 8787; 0 picks a free one). */
  port?: number;
  /** Bearer token that write endpoints require; required when the host is not loopback. */
  token?: string;
  /** Largest request body accepted, in bytes (default 10 MiB); larger ones get 413. */
  maxBodyBytes?: number;
  /** How long lists may lag ingestion (see `CorpusOptions.maxStaleMs`). */
  maxStaleMs?: number | 'auto';
}

/** Options with defaults applied and checked. */
export type ResolvedServeOptions = Required<Omit<ServeOptions, 'token'>> & { token: string | null; loopback: boolean };

/** Shortest token accepted. */
export const MIN_TOKEN_LENGTH = 16;

/**
 * Whether a host name or address is the loopback interface (`127.0.0.0/8`, `::1`, `localhost`).
 * @param host a host name or IP address, possibly in brackets
 */
export function isLoopback(host: string): boolean {
  const h = host.replace(/^\[|\]$/g, '').toLowerCase();
  return h === 'localhost' || h === '::1' || h === '0:0:0:0:0:0:0:1' || /^127(?:\.\d{1,3}){3}$/.test(h);
}

/**
 * Apply defaults and check the options once. Misuse throws a `TypeError`: a port out of range, a token
 * shorter than {@link MIN_TOKEN_LENGTH} characters, or a host that is not loopback without a token
 * (anyone on the network could then write to the store).
 * @param options the options as given
 */
export function resolveServeOptions(options: ServeOptions = {}): ResolvedServeOptions {
  const host = options.host ?? '127.0.0.1';
  const port = options.port ?? 8787;
  const token = options.token ?? null;
  const maxBodyBytes = options.maxBodyBytes ?? 10 * 1024 * 1024;
  if (typeof host !== 'string' || !host) throw new TypeError(`Expected a host name or address, not \`${String(host)}\``);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new TypeError(`Expected a port between 0 and 65535, not \`${String(port)}\``);
  if (token !== null && (typeof token !== 'string' || token.length < MIN_TOKEN_LENGTH || /\s/.test(token)))
    throw new TypeError(`Expected a token of at least ${MIN_TOKEN_LENGTH} characters without spaces`);
  if (!Number.isInteger(maxBodyBytes) || maxBodyBytes < 1024) throw new TypeError(`Expected maxBodyBytes to be an integer ≥ 1024, not \`${String(maxBodyBytes)}\``);
  const loopback = isLoopback(host);
  if (!loopback && !token) throw new TypeError(`Refusing to serve on ${host} without a token: anyone who can reach it could write to the store. Give --token, or bind to 127.0.0.1.`);
  return { host, port, token, maxBodyBytes, maxStaleMs: options.maxStaleMs ?? 'auto', loopback };
}
