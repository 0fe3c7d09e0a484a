import Dexie from 'dexie';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { getDatabase } from '@/utils/db/database';
import { refreshSubscription, subscribe } from '@/utils/background/subscription-service';
import { generateKeyPair, signPack } from '@/utils/pack/signing';
import { startPackServer, serveWithEtag } from './pack-server';

// The extension's own subscription code against a real HTTP server: whatever the host does,
// the library always holds the last good pack and the status says why.

const pack = (version: string, replies: Array<{ id: string; title: string; text: string }>) => ({
  format: 'kuaida-pack',
  formatVersion: 1,
  id: 'acme-team',
  version,
  publishedAt: '2026-11-22T09:30:00+08:00',
  title: 'ACME 客服团队',
  shops: [],
  replies: replies.map((r) => ({ group: '物流', keywords: ['发货'], shortcut: '', shops: [], platforms: [], ...r })),
  sizeCharts: [],
  rules: [],
  forbiddenWords: [],
  profiles: [],
});

const teamTexts = async () =>
  (await getDatabase().replies.where('source').equals('team').toArray()).map((r) => r.text).sort();

let server: Awaited<ReturnType<typeof startPackServer>>;
let keys: { publicKey: string; privateKey: string };
beforeAll(async () => {
  server = await startPackServer();
  keys = await generateKeyPair();
});
afterAll(() => server.close());
beforeEach(async () => {
  getDatabase().close();
  await Dexie.delete('kuaida');
  await getDatabase().open();
});

describe('pack subscription against a real HTTP server', () => {
  it('goes through 200+ETag, 304, a new version, and every failure keeping the last good pack', async () => {
    const v1 = await signPack(pack('1', [{ id: 't-ship', title: '发货时间', text: '团队版：48小时内发货' }]), keys.privateKey);
    server.respond(serveWithEtag(JSON.stringify(v1), '"v1"'));
    const sub = await subscribe(server.url, keys.publicKey);
    expect(sub).toMatchObject({ lastError: null, packVersion: '1', etag: '"v1"', counts: { replies: 1 } });
    expect(await teamTexts()).toEqual(['团队版：48小时内发货']);

    // 304: nothing downloaded, nothing changed, still healthy.
    const hits = server.hits;
    const unchanged = await refreshSubscription(sub.id);
    expect(server.hits).toBe(hits + 1);
    expect(unchanged).toMatchObject({ lastError: null, packVersion: '1' });

    // A new version replaces the team content (added, changed, removed).
    const v2 = await signPack(pack('2', [{ id: 't-invoice', title: '开发票', text: '团队版：可开电子发票' }]), keys.privateKey);
    server.respond(serveWithEtag(JSON.stringify(v2), '"v2"'));
    expect(await refreshSubscription(sub.id)).toMatchObject({ lastError: null, packVersion: '2', etag: '"v2"' });
    expect(await teamTexts()).toEqual(['团队版：可开电子发票']);

    const failures: Array<[string, (typeof server)['respond'] extends (fn: infer F) => void ? F : never, RegExp]> = [
      ['HTTP 500', (_q, res) => res.writeHead(500).end('oops'), /HTTP 500/],
      ['timeout', () => undefined /* never answers */, /超时/],
      ['truncated JSON', (_q, res) => res.writeHead(200).end(JSON.stringify(v2).slice(0, 60)), /JSON/],
      ['invalid pack', (_q, res) => res.writeHead(200).end(JSON.stringify({ ...v2, replies: [{ id: 'x' }] })), /格式错误/],
      ['unsigned', (_q, res) => res.writeHead(200).end(JSON.stringify(pack('3', []))), /签名/],
      ['wrong signature', (_q, res) => res.writeHead(200).end(JSON.stringify({ ...v2, version: '3' })), /签名/],
      ['50 MB body', (_q, res) => {
        res.writeHead(200, { 'Content-Type': 'application/json' });
        const chunk = Buffer.alloc(1024 * 1024, 0x20);
        let sent = 0;
        const more = () => {
          while (sent < 50 && res.write(chunk)) sent++;
          if (sent < 50) res.once('drain', more);
          else res.end();
        };
        res.on('error', () => undefined);
        more();
      }, /过大/],
    ];
    for (const [name, respond, why] of failures) {
      server.respond(respond);
      const status = await refreshSubscription(sub.id, { timeoutMs: 800 });
      expect(status?.lastError, name).toMatch(why);
      expect(status?.packVersion, name).toBe('2');
      expect(await teamTexts(), name).toEqual(['团队版：可开电子发票']);
    }

    // Back to normal: the next good pack applies and clears the error.
    server.respond(serveWithEtag(JSON.stringify(v2), '"v2b"'));
    expect(await refreshSubscription(sub.id)).toMatchObject({ lastError: null, etag: '"v2b"' });
  });

  it('keeps the agent\'s personal replies through pack updates', async () => {
    await getDatabase().replies.put({
      id: 'p-mine', group: '通用', title: '我的话术', text: '个人', keywords: [], shortcut: '', questions: [],
      shops: [], platforms: [], source: 'personal', useCount: 3, updatedAt: 1,
    });
    server.respond(serveWithEtag(JSON.stringify(pack('1', [{ id: 't-a', title: 'A', text: 'a' }])), '"a"'));
    const sub = await subscribe(server.url, null);
    expect(sub).toMatchObject({ lastError: null, counts: { replies: 1 } });
    server.respond(serveWithEtag(JSON.stringify(pack('2', [])), '"b"'));
    expect(await refreshSubscription(sub.id)).toMatchObject({ lastError: null, counts: { replies: 0 } });
    expect(await getDatabase().replies.get('p-mine')).toMatchObject({ text: '个人', useCount: 3 });
    expect(await teamTexts()).toEqual([]);
  });
});
