import { DIM_NAMES, formatRange, formatWeight, usedDims } from '@/utils/library/size-format';
import type { SizeChart } from '@/utils/library/types';

/** One size chart as a table: size × the measures it uses; weight in kg with 斤 beside it. */
export function SizeChartTable({ chart }: { chart: SizeChart }) {
  const dims = usedDims(chart);
  return (
    <table class="size-table">
      <caption class="sr-only">{chart.name}</caption>
      <thead>
        <tr>
          <th scope="col">尺码 <span class="en">Size</span></th>
          {dims.map((d) => (
            <th key={d} scope="col">
              {DIM_NAMES[d][0]} <span class="en">{d === 'weight' ? 'kg（斤）' : DIM_NAMES[d][2]}</span>
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {chart.rows.map((r, i) => (
          <tr key={i}>
            <th scope="row">{r.size}</th>
            {dims.map((d) => (
              <td key={d}>{d === 'weight' ? formatWeight(r.weight) : formatRange(r[d])}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
