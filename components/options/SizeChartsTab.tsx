import { useMemo, useRef, useState } from 'preact/hooks';
import { chartForMessage, chartFromMessage } from '@/utils/library/size-format';
import type { SizeChart } from '@/utils/library/types';
import { HiddenBadge, SourceBadge } from './badges';
import { EntryActions } from './EntryActions';
import { useLibraryActions } from './library-actions';
import { SizeChartCsv } from './SizeChartCsv';
import { SizeChartEditor } from './SizeChartEditor';
import { SizeChartTable } from './SizeChartTable';
import { useEntries } from './use-entries';

/** Size charts, each shown as a table; edited row by row; chart CSV import and export. */
export function SizeChartsTab({ version }: { version: number }) {
  const lib = useEntries('sizeChart', version);
  const act = useLibraryActions(lib);
  const [editing, setEditing] = useState<{ chart: SizeChart | null; note?: string } | null>(null);
  const newButton = useRef<HTMLButtonElement>(null);
  const charts = useMemo(() => (lib.entries ?? []).map(chartFromMessage), [lib.entries]);
  const save = (c: SizeChart) => lib.save(chartForMessage(c));
  const closeForm = () => {
    setEditing(null);
    setTimeout(() => newButton.current?.focus());
  };
  const copy = async (c: SizeChart) => {
    const saved = await act.copy(chartForMessage(c));
    if (saved) setEditing({ chart: chartFromMessage(saved), note: '已复制为个人尺码表，可以修改。' });
  };

  return (
    <div class="charts-tab">
      <div class="toolbar">
        <button ref={newButton} type="button" class="primary" onClick={() => setEditing({ chart: null })} disabled={!lib.entries}>
          新建尺码表 <span class="en">New size chart</span>
        </button>
        <SizeChartCsv charts={charts} onImport={async (list) => { for (const c of list) await lib.save(chartForMessage(c)); }} />
      </div>
      {editing && (
        <SizeChartEditor key={editing.chart?.id ?? 'new'} chart={editing.chart} note={editing.note}
          onSave={async (c) => { await save(c); closeForm(); }} onCancel={closeForm} />
      )}
      {(lib.error ?? act.error) && <p class="error" role="alert">{lib.error ?? act.error}</p>}
      {lib.entries === null && <p>加载中…</p>}
      {lib.entries?.length === 0 && <p class="empty">还没有尺码表 · No size charts</p>}
      {charts.map((c) => {
        const isHidden = lib.hidden.has(c.id);
        return (
          <article key={c.id} class={`chart${isHidden ? ' is-hidden' : ''}`} data-id={c.id} aria-labelledby={`chart-${c.id}-name`}>
            <header class="chart-head">
              <h3 id={`chart-${c.id}-name`}>{c.name}</h3>
              <SourceBadge source={c.source} /> <HiddenBadge hidden={isHidden} />
              <EntryActions source={c.source} name={c.name} hidden={isHidden} copyLabel="复制为个人尺码表" busy={act.busy}
                onEdit={() => setEditing({ chart: c })} onDelete={() => void act.del(lib.entries!.find((x) => x.id === c.id)!, c.name)}
                onToggleHidden={() => void act.toggleHidden(c)} onCopy={() => void copy(c)} />
            </header>
            <p class="entry-text">
              匹配词：{c.matchWords.join('、') || '—'} · 店铺：{c.shops.join('、') || '所有店铺'}
            </p>
            <SizeChartTable chart={c} />
          </article>
        );
      })}
    </div>
  );
}
