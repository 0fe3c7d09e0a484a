import { useEffect, useState } from 'preact/hooks';
import type { ImportMode, ImportPreview as Preview } from '@/utils/library/import-check';
import { COLUMN_NAMES } from '@/utils/library/reply-table';

const CHUNK = 500;

/** What an import would do, before anything is written: counts, then every problem by row and column. */
export function ImportPreview({ preview, mode, unit }: { preview: Preview; mode: ImportMode; unit: string }) {
  const { counts, problems, errorCount } = preview;
  // Thousands of problems (a whole file with one mistake repeated) are all listed, added a chunk
  // at a time so that the page never freezes.
  const [shown, setShown] = useState(CHUNK);
  useEffect(() => setShown(CHUNK), [preview]);
  useEffect(() => {
    if (shown >= problems.length) return;
    const t = setTimeout(() => setShown((n) => n + CHUNK), 16);
    return () => clearTimeout(t);
  }, [shown, problems]);
  return (
    <div class="import-preview" role="region" aria-label="导入预览 Import preview">
      <p class="counts" data-new={counts.new} data-changed={counts.changed} data-unchanged={counts.unchanged} data-errors={errorCount}>
        共 {counts.rows} {unit}：新增 <strong>{counts.new}</strong> · 修改 <strong>{counts.changed}</strong> · 未变 <strong>{counts.unchanged}</strong>
        {mode === 'replace' && <> · 删除其他个人话术 <strong>{counts.removed}</strong></>}
        {errorCount > 0 && <> · <span class="error">错误 {errorCount} 处</span></>}
        <span class="en"> new · changed · unchanged{mode === 'replace' ? ' · removed' : ''}</span>
      </p>
      {errorCount > 0 && <p class="error" role="alert">有 {errorCount} 处错误，改正文件后重新选择才能导入。Fix the file and choose it again.</p>}
      {problems.length > 0 && (
        <table class="problems">
          <caption class="sr-only">导入问题 Problems</caption>
          <thead>
            <tr>
              <th scope="col">{unit === '条' ? '条' : '行'} <span class="en">{unit === '条' ? 'Entry' : 'Row'}</span></th>
              <th scope="col">列 <span class="en">Column</span></th>
              <th scope="col">问题 <span class="en">Problem</span></th>
            </tr>
          </thead>
          <tbody>
            {problems.slice(0, shown).map((p, i) => (
              <tr key={i} class={`problem-${p.level}`} data-row={p.row} data-column={p.column}>
                <td>{p.row > 0 ? p.row : '—'}</td>
                <td>{p.column ? COLUMN_NAMES[p.column] : '—'}</td>
                <td>
                  <span class="level">{p.level === 'error' ? '错误' : '提示'}</span> {p.message}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
