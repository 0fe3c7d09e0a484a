import { MAX_PACK_BYTES } from '../pack/limits';

/** What one attempt to download a pack gave. */
export type FetchOutcome =
  | { kind: 'ok'; text: string; etag: string | null }
  | { kind: 'notModified' }
  | { kind: 'error'; reason: string };

export interface FetchPackOptions {
  etag?: string | null;
  timeoutMs?: number;
  maxBytes?: number;
  fetchImpl?: typeof fetch;
}

export const DEFAULT_TIMEOUT_MS = 15_000;

/**
 * Downloads a pack with If-None-Match, a timeout and a size cap that is enforced while reading
 * (a host that sends 50 MB is cut off at the cap, not buffered first).
 */
export async function fetchPack(url: string, options: FetchPackOptions = {}): Promise<FetchOutcome> {
  const { etag, timeoutMs = DEFAULT_TIMEOUT_MS, maxBytes = MAX_PACK_BYTES, fetchImpl = fetch } = options;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    const res = await fetchImpl(url, {
      headers: etag ? { 'If-None-Match': etag } : {},
      signal: controller.signal,
      cache: 'no-cache',
      credentials: 'omit',
    });
    if (res.status === 304) return { kind: 'notModified' };
    if (!res.ok) return { kind: 'error', reason: `服务器返回 HTTP ${res.status}` };
    const declared = Number(res.headers.get('content-length') ?? 0);
    if (declared > maxBytes) return { kind: 'error', reason: `文件过大（${formatBytes(declared)}，上限 ${formatBytes(maxBytes)}）` };
    const text = await readCapped(res, maxBytes, controller);
    if (text === null) return { kind: 'error', reason: `文件过大（超过 ${formatBytes(maxBytes)}）` };
    return { kind: 'ok', text, etag: res.headers.get('etag') };
  } catch (e) {
    if (controller.signal.aborted) return { kind: 'error', reason: `连接超时（${Math.round(timeoutMs / 1000)} 秒）` };
    return { kind: 'error', reason: `无法连接：${e instanceof Error ? e.message : String(e)}` };
  } finally {
    clearTimeout(timer);
  }
}

async function readCapped(res: Response, maxBytes: number, controller: AbortController): Promise<string | null> {
  if (!res.body) return res.text();
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      controller.abort();
      await reader.cancel().catch(() => undefined);
      return null;
    }
    chunks.push(value);
  }
  const all = new Uint8Array(total);
  let offset = 0;
  for (const c of chunks) {
    all.set(c, offset);
    offset += c.byteLength;
  }
  return new TextDecoder('utf-8').decode(all);
}

function formatBytes(n: number): string {
  return n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(n / 1024)} KB`;
}
