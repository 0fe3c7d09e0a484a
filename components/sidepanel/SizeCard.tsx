import type { SizeView } from '@/utils/messaging/protocol';
import { chartFromMessage, formatRange, formatWeight } from '@/utils/library/size-format';

const COLUMNS = [
  ['height', '身高 cm'],
  ['weight', '体重'],
  ['bust', '胸围'],
  ['waist', '腰围'],
  ['hip', '臀围'],
] as const;

interface Props {
  size: SizeView;
  onChooseChart: (chartId: string | null) => void;
}

/** The size consultation: which chart, why, what each number points to, and the chart with the matching rows marked. */
export function SizeCard({ size, onChooseChart }: Props) {
  const chart = size.chart ? chartFromMessage(size.chart) : null;
  const columns = chart ? COLUMNS.filter(([dim]) => chart.rows.some((r) => r[dim])) : [];
  return (
    <section class={`size-card kind-${size.kind ?? 'nochart'}`} aria-label="尺码建议 Size advice">
      <div class="size-head">
        <strong>尺码助手</strong>
        <label>
          尺码表
          <select
            aria-label="选择尺码表 Choose size chart"
            value={chart?.id ?? ''}
            onChange={(e) => onChooseChart((e.target as HTMLSelectElement).value || null)}
          >
            {!chart && <option value="">请选择…</option>}
            {size.charts.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        </label>
        {size.chartReason && <span class="why">（{size.chartReason}）</span>}
      </div>
      <p class="size-explanation">{size.explanation}</p>
      {size.notes.length > 0 && <p class="size-notes">注意：{size.notes.join('；')}</p>}
      {chart && (
        <table class="size-table">
          <thead>
            <tr>
              <th>尺码</th>
              {columns.map(([, label]) => (
                <th key={label}>{label}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {chart.rows.map((row, i) => (
              <tr key={row.size} class={size.highlight.includes(i) ? 'match' : ''} aria-current={size.highlight.includes(i) ? 'true' : undefined}>
                <td>{row.size}</td>
                {columns.map(([dim]) => (
                  <td key={dim}>{dim === 'weight' ? formatWeight(row.weight) : row[dim] ? formatRange(row[dim]!) : '—'}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
