import http from 'node:http';
import type { AddressInfo } from 'node:net';

export type Respond = (req: http.IncomingMessage, res: http.ServerResponse) => void;

/** A real HTTP server on 127.0.0.1 whose behaviour each test step sets. */
export async function startPackServer(): Promise<{ url: string; respond(fn: Respond): void; hits: number; close(): Promise<void> }> {
  let handler: Respond = (_req, res) => res.writeHead(404).end();
  const state = { hits: 0 };
  const server = http.createServer((req, res) => {
    state.hits++;
    handler(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/team/pack.json`,
    respond: (fn) => {
      handler = fn;
    },
    get hits() {
      return state.hits;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Serves a body with an ETag, answering 304 to a matching If-None-Match. */
export function serveWithEtag(body: string, etag: string): Respond {
  return (req, res) => {
    if (req.headers['if-none-match'] === etag) return void res.writeHead(304, { ETag: etag }).end();
    res.writeHead(200, { 'Content-Type': 'application/json', ETag: etag, 'Access-Control-Allow-Origin': '*' }).end(body);
  };
}
