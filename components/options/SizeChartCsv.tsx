import { useState } from 'preact/hooks';
import type { CsvError } from '@/utils/library/csv';
import { decodeText } from '@/utils/library/import-file';
import type { SizeChart } from '@/utils/library/types';
import { parseSizeChartCsv, parseSizeChartTable, sizeChartTable, toSizeChartCsv } from '@/utils/size/chart-csv';
import { download, errorText, today, XLSX_TYPE } from '@/components/common/download';

/** SheetJS is large: loaded only when an XLSX file is read or written. */
const spreadsheet = () => import('@/utils/library/spreadsheet');

/** Chart CSV/XLSX (same columns, utils/size/chart-csv.ts): export all charts; import with a preview, blocked on any error. */
export function SizeChartCsv({ charts, onImport }: { charts: SizeChart[]; onImport(list: SizeChart[]): Promise<void> }) {
  const [preview, setPreview] = useState<{ charts: SizeChart[]; errors: CsvError[] } | null>(null);
  const [status, setStatus] = useState<string | null>(null);

  const choose = async (file: File | undefined) => {
    if (!file) return;
    setStatus(null);
    const bytes = new Uint8Array(await file.arrayBuffer());
    const parsed = /\.xlsx$/i.test(file.name)
      ? parseSizeChartTable((await spreadsheet()).readSheetRows(bytes), { now: Date.now() })
      : parseSizeChartCsv(decodeText(bytes), { now: Date.now() });
    const byId = new Map(charts.map((c) => [c.id, c]));
    for (const c of parsed.charts) {
      if (byId.get(c.id)?.source === 'team') parsed.errors.push({ row: 0, column: 'chart', message: `尺码表「${c.name}」与团队尺码表同名（id ${c.id}），请改名` });
    }
    setPreview(parsed);
  };
  const run = async () => {
    if (!preview) return;
    try {
      await onImport(preview.charts);
      setStatus(`已导入 ${preview.charts.length} 张尺码表`);
      setPreview(null);
    } catch (e) {
      setStatus(`导入失败：${errorText(e)}`);
    }
  };

  return (
    <div class="chart-csv">
      <button type="button" disabled={!charts.length} onClick={() => download(`kuaida-size-charts-${today()}.csv`, toSizeChartCsv(charts), 'text/csv;charset=utf-8')}>
        导出尺码表 CSV <span class="en">Export</span>
      </button>
      <button type="button" disabled={!charts.length} onClick={() => void spreadsheet().then((x) => download(`kuaida-size-charts-${today()}.xlsx`, x.toXlsx(sizeChartTable(charts), '尺码表'), XLSX_TYPE))}>
        导出 XLSX
      </button>
      <label class="file-button">
        导入尺码表 CSV/XLSX <span class="en">Import</span>
        <input type="file" accept=".csv,.xlsx,text/csv" onChange={(e) => void choose((e.target as HTMLInputElement).files?.[0])} />
      </label>
      {status && <p role="status">{status}</p>}
      {preview && (
        <div class="import-preview" role="region" aria-label="尺码表导入预览 Size chart import preview">
          {preview.errors.length > 0 ? (
            <ul class="problems">{preview.errors.map((e, i) => <li key={i} class="error">{e.row > 0 ? `第 ${e.row} 行` : ''}{e.column && ` · ${e.column}`}：{e.message}</li>)}</ul>
          ) : (
            <p>将导入 {preview.charts.length} 张尺码表：{preview.charts.map((c) => `${c.name}（${c.rows.length} 个尺码${charts.some((x) => x.id === c.id) ? '，覆盖现有' : ''}）`).join('、')}</p>
          )}
          <button type="button" class="primary" disabled={preview.errors.length > 0 || !preview.charts.length} onClick={() => void run()}>导入 <span class="en">Import</span></button>
          <button type="button" onClick={() => setPreview(null)}>取消 <span class="en">Cancel</span></button>
        </div>
      )}
    </div>
  );
}
