import { useState } from 'preact/hooks';
import { toReplyCsv } from '@/utils/library/csv';
import type { Reply } from '@/utils/library/types';
import { sendMessage } from '@/utils/messaging/protocol';
import { download, errorText, today, XLSX_TYPE } from '@/components/common/download';

type Scope = 'mine' | 'personal' | 'all';
const pick = (replies: Reply[], scope: Scope) =>
  replies.filter((r) => scope === 'all' || r.source === 'personal' || (scope === 'mine' && r.source === 'default'));

/** Replies as CSV or XLSX with the import columns (id,group,title,text,keywords,shortcut,questions). */
export function ReplyExport() {
  const [scope, setScope] = useState<Scope>('mine');
  const [error, setError] = useState<string | null>(null);
  const run = async (format: 'csv' | 'xlsx') => {
    setError(null);
    try {
      const replies = pick((await sendMessage('listEntries', { kind: 'reply' })).entries as Reply[], scope);
      const name = `kuaida-replies-${today()}.${format}`;
      if (format === 'csv') download(name, toReplyCsv(replies), 'text/csv;charset=utf-8');
      else download(name, (await import('@/utils/library/spreadsheet')).toReplyXlsx(replies), XLSX_TYPE);
    } catch (e) {
      setError(errorText(e));
    }
  };
  return (
    <div class="ie-block">
      <h3>
        导出话术 <span class="en">Export replies</span>
      </h3>
      <div class="toolbar">
        <label class="inline">
          范围 <span class="en">Which</span>
          <select value={scope} onChange={(e) => setScope((e.target as HTMLSelectElement).value as Scope)}>
            <option value="mine">个人和内置（可再导入）Personal + default</option>
            <option value="personal">仅个人 Personal only</option>
            <option value="all">全部，含团队 All, incl. team</option>
          </select>
        </label>
        <button type="button" onClick={() => void run('csv')}>导出 CSV</button>
        <button type="button" onClick={() => void run('xlsx')}>导出 Excel (.xlsx)</button>
      </div>
      {scope === 'all' && <p class="hint">团队话术的 id 属于团队，再导入时会被拒绝；给组长整理话术时使用。</p>}
      {error && <p class="error" role="alert">导出失败：{error}</p>}
    </div>
  );
}
