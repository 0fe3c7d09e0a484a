import { useEffect, useState } from 'preact/hooks';
import { sendMessage } from '@/utils/messaging/protocol';
import type { Subscription } from '@/utils/subscriptions/types';

const when = (t: number | null) => (t ? new Date(t).toLocaleString('zh-CN') : '从未');

/**
 * Asks for access to the pack's host only (optional host permission). Not awaited: hosts that
 * send CORS headers work without it, and when the agent grants it later the background
 * refreshes that host's subscriptions by itself (permissions.onAdded).
 */
async function requestHostAccess(url: string): Promise<void> {
  try {
    const origins = [`${new URL(url).origin}/*`];
    if (!(await browser.permissions.contains({ origins }))) await browser.permissions.request({ origins });
  } catch {
    // Firefox or a refused prompt: fall through to the fetch.
  }
}

/** Team packs: subscribe by URL (optionally pinned to the lead's public key), status, refresh. */
export function Subscriptions() {
  const [subs, setSubs] = useState<Subscription[]>([]);
  const [url, setUrl] = useState('');
  const [publicKey, setPublicKey] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const load = () => void sendMessage('listSubscriptions', undefined).then(setSubs);
  useEffect(load, []);

  const add = async (e: Event) => {
    e.preventDefault();
    setError(null);
    setBusy(true);
    try {
      void requestHostAccess(url);
      await sendMessage('subscribe', { url: url.trim(), publicKey: publicKey.trim() || null });
      setUrl('');
      setPublicKey('');
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    } finally {
      setBusy(false);
      load();
    }
  };

  const act = async (fn: () => Promise<unknown>) => {
    setBusy(true);
    await fn().catch((err: unknown) => setError(String(err)));
    setBusy(false);
    load();
  };

  return (
    <section class="card" aria-labelledby="subs-title">
      <header class="card-head">
        <h2 id="subs-title">
          团队话术包 <span class="en">Team packs</span>
        </h2>
      </header>
      <p class="hint">组长把话术包发布到任意静态地址（内网、对象存储、CDN）；这里订阅后每小时自动更新，也可手动刷新。团队内容与您自己的话术分开保存，更新不会覆盖个人话术。</p>
      <form class="sub-form" onSubmit={(e) => void add(e)}>
        <input id="sub-url" type="url" required placeholder="话术包地址 Pack URL (https://…/pack.json)" value={url} onInput={(e) => setUrl((e.target as HTMLInputElement).value)} />
        <input id="sub-key" type="text" placeholder="组长公钥（可选）Lead's public key (optional)" value={publicKey} onInput={(e) => setPublicKey((e.target as HTMLInputElement).value)} />
        <button type="submit" disabled={busy}>订阅 Subscribe</button>
      </form>
      {error && <p class="error" role="alert">{error}</p>}
      <ul class="subs">
        {subs.map((s) => (
          <li key={s.id} class={`sub ${s.lastError ? 'failing' : 'ok'}`} data-url={s.url}>
            <div class="sub-title">
              <strong>{s.packTitle ?? s.packId ?? s.url}</strong>
              {s.packVersion && <span class="version">版本 {s.packVersion}</span>}
              {s.publicKey && <span class="signed">已校验签名</span>}
            </div>
            <div class="sub-url">{s.url}</div>
            <div class="sub-status" data-status={s.lastError ? 'error' : 'ok'}>
              {s.lastError ? `更新失败：${s.lastError}（仍在使用上次成功的版本）` : '正常'} · 上次成功 {when(s.lastSuccessAt)} · 话术 {s.counts.replies} 条 · 尺码表 {s.counts.sizeCharts} · 规则 {s.counts.rules}
            </div>
            <div class="sub-actions">
              <button type="button" disabled={busy} onClick={() => void act(() => sendMessage('refreshSubscription', { id: s.id }))}>立即更新 Refresh</button>
              <button type="button" disabled={busy} onClick={() => void act(() => sendMessage('unsubscribe', { id: s.id }))}>取消订阅</button>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
