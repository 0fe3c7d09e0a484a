import { useEffect, useState } from 'preact/hooks';
import { download, today } from '@/components/common/download';
import { toCsv } from '@/utils/library/csv';
import type { LearnedExampleRow } from '@/utils/library/types';
import { sendMessage } from '@/utils/messaging/protocol';

type Row = LearnedExampleRow & { replyTitle: string };

/**
 * The buyer messages Kuaida learned as example questions (相似问法) from the agent's choices:
 * reviewable, removable, and exportable for the team lead to fold into the shared library.
 */
export function LearnedExamples() {
  const [rows, setRows] = useState<Row[] | null>(null);
  const load = () => void sendMessage('listLearnedExamples', undefined).then(setRows);
  useEffect(load, []);

  const exportCsv = () => {
    const table = [['replyId', 'replyTitle', 'shop', 'question', 'learnedAt'], ...(rows ?? []).map((r) => [
      r.replyId, r.replyTitle, r.shop, r.text, new Date(r.createdAt).toISOString(),
    ])];
    download(`kuaida-learned-questions-${today()}.csv`, toCsv(table), 'text/csv;charset=utf-8');
  };

  return (
    <section class="card" aria-labelledby="learned-title">
      <header class="card-head">
        <h2 id="learned-title">
          学习到的问法 <span class="en">Learned questions</span>
        </h2>
        <button type="button" onClick={exportCsv} disabled={!rows?.length}>
          导出 CSV Export
        </button>
      </header>
      <p class="hint">
        客服选用某条话术回复买家时，买家的原话会记为该话术的相似问法（每条话术每个店铺最多 50 条），下次相似的问题会优先推荐。组长可导出后合并进团队话术库的 questions 列。
      </p>
      {rows === null ? (
        <p>加载中…</p>
      ) : rows.length === 0 ? (
        <p class="empty">还没有学习记录 · Nothing learned yet</p>
      ) : (
        <table class="learned">
          <thead>
            <tr><th>买家原话 Question</th><th>话术 Reply</th><th>店铺 Shop</th><th>时间 When</th><th /></tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id}>
                <td>{r.text}</td>
                <td title={r.replyId}>{r.replyTitle}</td>
                <td>{r.shop || '—'}</td>
                <td>{new Date(r.createdAt).toLocaleString('zh-CN')}</td>
                <td>
                  <button type="button" onClick={() => void sendMessage('forgetLearnedExample', { id: r.id! }).then(load)}>
                    删除
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
