/**
 * Dependency-free static server for the 快答 Kuaida demo consoles.
 *
 * Serves `tests/demo/consoles/` under `/kuaida-demo/` (e.g. `/kuaida-demo/jd.html`,
 * `/kuaida-demo/pdd.html`; `/kuaida-demo/` is the index page). Everything else is 404.
 *
 *   import { startDemoServer } from './tests/demo/server';
 *   const demo = await startDemoServer();          // random free port on localhost
 *   page.goto(demo.url('/kuaida-demo/jd.html'));
 *   await demo.close();
 *
 * Run directly for humans: `npx tsx tests/demo/server.ts` (port from DEMO_PORT, default 5273).
 */
import http from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export type DemoRouteHandler = (req: IncomingMessage, res: ServerResponse) => void | Promise<void>;

export interface DemoServerOptions {
  /** 0 (default) = a random free port. */
  port?: number;
  /** Default `localhost` (listens on 127.0.0.1 and, when available, ::1 with the same port). */
  host?: string;
  /** Exact pathnames (no query string) handled before the static files, any method. */
  extraRoutes?: Record<string, DemoRouteHandler>;
}

export interface DemoServer {
  /** e.g. `http://localhost:43210` (no trailing slash). */
  origin: string;
  /** `url('/kuaida-demo/jd.html')` → `http://localhost:43210/kuaida-demo/jd.html`. */
  url(path: string): string;
  close(): Promise<void>;
}

export const DEMO_PREFIX = '/kuaida-demo/';
export const CONSOLES_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'consoles');

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml; charset=utf-8',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

function sendText(res: ServerResponse, status: number, body: string, extraHeaders: Record<string, string> = {}): void {
  const buf = Buffer.from(body, 'utf8');
  res.writeHead(status, {
    'Content-Type': 'text/plain; charset=utf-8',
    'Content-Length': String(buf.length),
    'Cache-Control': 'no-store',
    ...extraHeaders,
  });
  res.end(res.req?.method === 'HEAD' ? undefined : buf);
}

function isInside(root: string, candidate: string): boolean {
  const rel = path.relative(root, candidate);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

/** Resolves a request pathname to a file under CONSOLES_DIR, or null (→ 404). */
async function resolveStatic(pathname: string): Promise<string | null> {
  if (!pathname.startsWith(DEMO_PREFIX)) return null;
  let rel: string;
  try {
    rel = decodeURIComponent(pathname.slice(DEMO_PREFIX.length));
  } catch {
    return null;
  }
  if (rel.includes('\0') || rel.includes('\\')) return null;
  const segments = rel.split('/');
  if (segments.some((s) => s === '..' || s === '.')) return null;
  if (segments.some((s) => s.startsWith('.') && s.length > 0)) return null; // no dotfiles

  const root = await fs.realpath(CONSOLES_DIR);
  let file = path.resolve(root, rel);
  if (!isInside(root, file)) return null;

  let stat = await fs.stat(file).catch(() => null);
  if (stat?.isDirectory()) {
    file = path.join(file, 'index.html');
    stat = await fs.stat(file).catch(() => null);
  } else if (!stat && !path.extname(file)) {
    // `/kuaida-demo/jd` → jd.html
    file = `${file}.html`;
    stat = await fs.stat(file).catch(() => null);
  }
  if (!stat?.isFile()) return null;
  const real = await fs.realpath(file).catch(() => null);
  if (!real || !isInside(root, real)) return null;
  return real;
}

function formatOrigin(host: string, port: number): string {
  if (host === '0.0.0.0' || host === '::' || host === '' || host === 'localhost') return `http://localhost:${port}`;
  if (host.includes(':')) return `http://[${host}]:${port}`;
  return `http://${host}:${port}`;
}

function listen(server: http.Server, port: number, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const onError = (err: Error) => reject(err);
    server.once('error', onError);
    server.listen(port, host, () => {
      server.off('error', onError);
      const addr = server.address();
      resolve(typeof addr === 'object' && addr ? addr.port : port);
    });
  });
}

function closeServer(server: http.Server): Promise<void> {
  return new Promise((resolve) => {
    if (!server.listening) return resolve();
    server.close(() => resolve());
    server.closeAllConnections?.();
  });
}

export async function startDemoServer(opts: DemoServerOptions = {}): Promise<DemoServer> {
  const host = opts.host ?? 'localhost';
  const extraRoutes = opts.extraRoutes ?? {};

  const handler = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    try {
      let pathname: string;
      try {
        pathname = new URL(req.url ?? '/', 'http://localhost').pathname;
      } catch {
        return sendText(res, 400, 'Bad Request');
      }

      const route = Object.prototype.hasOwnProperty.call(extraRoutes, pathname) ? extraRoutes[pathname] : undefined;
      if (route) {
        await route(req, res);
        return;
      }

      if (pathname === DEMO_PREFIX.slice(0, -1)) {
        return sendText(res, 301, 'Moved', { Location: DEMO_PREFIX });
      }
      if (!pathname.startsWith(DEMO_PREFIX)) return sendText(res, 404, 'Not Found');
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        return sendText(res, 405, 'Method Not Allowed', { Allow: 'GET, HEAD' });
      }

      const file = await resolveStatic(pathname);
      if (!file) return sendText(res, 404, 'Not Found');
      const body = await fs.readFile(file);
      res.writeHead(200, {
        'Content-Type': CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream',
        'Content-Length': String(body.length),
        'Cache-Control': 'no-store',
        'X-Content-Type-Options': 'nosniff',
      });
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch (err) {
      if (!res.headersSent) sendText(res, 500, 'Internal Server Error');
      else res.destroy(err as Error);
    }
  };

  const servers: http.Server[] = [];
  const make = () => {
    const s = http.createServer((req, res) => void handler(req, res));
    servers.push(s);
    return s;
  };

  let port: number;
  if (host === 'localhost') {
    // `localhost` may resolve to 127.0.0.1 or ::1 depending on the client: listen on both.
    port = await listen(make(), opts.port ?? 0, '127.0.0.1');
    const v6 = make();
    try {
      await listen(v6, port, '::1');
    } catch {
      servers.pop(); // no IPv6 loopback (or port taken there): IPv4 is enough
    }
  } else {
    port = await listen(make(), opts.port ?? 0, host);
  }

  const origin = formatOrigin(host, port);
  return {
    origin,
    url: (p: string) => origin + (p.startsWith('/') ? p : `/${p}`),
    close: async () => {
      await Promise.all(servers.map(closeServer));
    },
  };
}

function isMain(): boolean {
  const entry = process.argv[1];
  if (!entry) return false;
  try {
    return import.meta.url === pathToFileURL(path.resolve(entry)).href;
  } catch {
    return false;
  }
}

if (isMain()) {
  const port = Number(process.env.DEMO_PORT ?? 5273);
  const host = process.env.DEMO_HOST ?? 'localhost';
  const demo = await startDemoServer({ port, host });
  const lines = [
    `快答 Kuaida 演示控制台已启动 (demo consoles serving ${CONSOLES_DIR})`,
    `  索引 Index:      ${demo.url('/kuaida-demo/')}`,
    `  京东咚咚 JD:     ${demo.url('/kuaida-demo/jd.html')}`,
    `  拼多多 PDD:      ${demo.url('/kuaida-demo/pdd.html')}`,
    'Ctrl+C 停止 (stop)',
  ];
  console.log(lines.join('\n'));
  const stop = () => {
    void demo.close().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
