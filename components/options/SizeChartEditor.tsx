import { FormActions } from './FormActions';
import { useRef, useState } from 'preact/hooks';
import { useFocusOnMount } from '@/components/common/focus-on-mount';
import { DIM_NAMES, SIZE_DIMS } from '@/utils/library/size-format';
import type { SizeChart } from '@/utils/library/types';
import { errorText } from '@/components/common/download';
import { escapeTo, Field } from './Field';
import { ScopeFields } from './ScopeFields';
import { chartDraft, draftToChart, rowDraft, type ChartDraft, type RowDraft } from './size-chart-draft';

const jin = (kg: string) => (kg.trim() && !Number.isNaN(Number(kg)) ? `${Math.round(Number(kg) * 20) / 10} 斤` : '');

/** Edits a size chart row by row (cm and kg; empty = no bound; a lone min or max is open-ended). */
export function SizeChartEditor(props: { chart: SizeChart | null; note?: string; onSave(c: SizeChart): Promise<void>; onCancel(): void }) {
  const [d, setD] = useState<ChartDraft>(() => chartDraft(props.chart));
  const nameRef = useFocusOnMount<HTMLInputElement>();
  const [errors, setErrors] = useState<Array<{ row: number; message: string }>>([]);
  const [saveError, setSaveError] = useState<string | null>(null);
  const errorBox = useRef<HTMLDivElement>(null);
  const setRow = (i: number, k: keyof RowDraft, v: string) => setD((o) => ({ ...o, rows: o.rows.map((r, j) => (j === i ? { ...r, [k]: v } : r)) }));
  const text = (k: 'name' | 'matchWords') => ({ id: `chart-${k}`, value: d[k], onInput: (e: Event) => { const v = (e.target as HTMLInputElement).value; setD((o) => ({ ...o, [k]: v })); } });

  const submit = async (e: Event) => {
    e.preventDefault();
    const { chart, errors: found } = draftToChart(d, props.chart);
    setErrors(found);
    if (!chart) return void setTimeout(() => errorBox.current?.focus());
    try {
      await props.onSave(chart);
    } catch (err) {
      setSaveError(errorText(err));
    }
  };

  return (
    <form class="entry-form chart-form" aria-labelledby="chart-form-title" noValidate onSubmit={(e) => void submit(e)} onKeyDown={escapeTo(props.onCancel)}>
      <h3 id="chart-form-title">{props.chart ? '编辑尺码表' : '新建尺码表'} <span class="en">{props.chart ? 'Edit size chart' : 'New size chart'}</span></h3>
      {props.note && <p class="notice">{props.note}</p>}
      {errors.length > 0 && (
        <div class="form-errors" role="alert" tabIndex={-1} ref={errorBox}>
          <ul>{errors.map((x, i) => <li key={i}>{x.message}</li>)}</ul>
        </div>
      )}
      <Field id="chart-name" label="名称" en="Name"><input type="text" ref={nameRef} {...text('name')} /></Field>
      <Field id="chart-matchWords" label="匹配词" en="Match words" hint="商品标题含这些词时选用此表，用 | 或逗号分隔"><input type="text" aria-describedby="chart-matchWords-hint" {...text('matchWords')} /></Field>
      <ScopeFields idPrefix="chart" shops={d.shops} onShops={(v) => setD((o) => ({ ...o, shops: v }))} />
      <table class="size-edit">
        <caption>尺码（cm / kg；只填下限 = 以上，只填上限 = 以下）<span class="en">Sizes</span></caption>
        <thead>
          <tr>
            <th scope="col">尺码 <span class="en">Size</span></th>
            {SIZE_DIMS.map((k) => <th key={k} scope="col">{DIM_NAMES[k][0]} <span class="en">{DIM_NAMES[k][2]} min–max</span></th>)}
            <th scope="col"><span class="sr-only">操作</span></th>
          </tr>
        </thead>
        <tbody>
          {d.rows.map((r, i) => (
            <tr key={i} class={errors.some((x) => x.row === i + 1) ? 'invalid' : undefined}>
              <td><input type="text" class="size-input" aria-label={`第 ${i + 1} 行尺码`} value={r.size} onInput={(e) => setRow(i, 'size', (e.target as HTMLInputElement).value)} /></td>
              {SIZE_DIMS.map((k) => (
                <td key={k} class="range-cell">
                  {(['Min', 'Max'] as const).map((end) => (
                    <input key={end} type="number" min={0} step="any" inputMode="decimal" value={r[`${k}${end}`]}
                      aria-label={`第 ${i + 1} 行${DIM_NAMES[k][0]}${end === 'Min' ? '下限' : '上限'} ${DIM_NAMES[k][2]}`}
                      onInput={(e) => setRow(i, `${k}${end}`, (e.target as HTMLInputElement).value)} />
                  ))}
                  {k === 'weight' && <span class="jin">{[jin(r.weightMin), jin(r.weightMax)].filter(Boolean).join('–')}</span>}
                </td>
              ))}
              <td><button type="button" aria-label={`删除第 ${i + 1} 行`} onClick={() => setD((o) => ({ ...o, rows: o.rows.filter((_, j) => j !== i) }))}>删除</button></td>
            </tr>
          ))}
        </tbody>
      </table>
      <button type="button" onClick={() => setD((o) => ({ ...o, rows: [...o.rows, rowDraft()] }))}>＋ 添加尺码 <span class="en">Add size</span></button>
      <FormActions saveError={saveError} onCancel={props.onCancel} />
    </form>
  );
}
