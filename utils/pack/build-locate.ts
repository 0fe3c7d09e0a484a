import type { BuildIssue, Origin } from './build-inputs';
import { joinPath, type PackIssue } from './issues';

/*
 * The assembled pack is validated once (validate.ts); each problem found there is put back where
 * the lead typed it: CSV file, row and column, or JSON file and path.
 */

/** Maps `replies[12].keywords[3]` back to `replies-b.csv` row 7, column keywords. */
export function locateIssue(
  issue: PackIssue,
  origins: Record<string, Origin[]>,
  fromOption: (key: string) => boolean,
  metaFile: string | null,
): BuildIssue {
  const keys = issue.path.match(/[^.[\]]+/g) ?? [];
  const [section, index, ...rest] = keys.map((k) => (/^\d+$/.test(k) ? Number(k) : k));
  const list = typeof section === 'string' ? origins[section] : undefined;
  const origin = list && typeof index === 'number' ? list[index] : undefined;
  const where = (o: Origin | undefined) => (o ? (o.kind === 'csv' ? `${o.file} 第 ${o.row} 行` : `${o.file} [${o.index}]`) : '');
  let message = issue.message;
  if (issue.duplicateOf && list) {
    const first = list[Number(/\[(\d+)\]/.exec(issue.duplicateOf)?.[1])];
    if (first) message = message.replace(/与 \S+\[\d+\] 相同/, `与 ${where(first)}相同`);
  }
  const entryId = issue.entryId ? { entryId: issue.entryId } : {};
  if (origin?.kind === 'csv') return { file: origin.file, ...csvCell(origin, rest), message, ...entryId };
  if (origin) return { file: origin.file, path: joinPath([origin.index, ...rest]), message, ...entryId };
  if (section === 'id' || section === 'version' || section === 'title' || section === 'publisher') {
    return fromOption(section) ? { file: `命令行 --${section}`, message } : { file: metaFile ?? 'pack.json', path: section, message };
  }
  return { file: typeof section === 'string' ? section : '', path: issue.path, message };
}

/** The row and column of a CSV-sourced entry's field; a size chart spreads over one row per size. */
function csvCell(origin: Extract<Origin, { kind: 'csv' }>, rest: Array<string | number | undefined>): { row: number; column: string } {
  const [field, index, dim, end] = rest;
  if (field === 'rows' && typeof index === 'number' && origin.rows) {
    const column = typeof dim === 'string' && typeof end === 'number' ? `${dim}_${end === 1 ? 'max' : 'min'}` : String(dim ?? '');
    return { row: origin.rows[index] ?? origin.row, column };
  }
  return { row: origin.row, column: (field === 'name' || field === 'id') && origin.rows ? 'chart' : String(field ?? '') };
}

/** File by file, top to bottom: the order a lead fixes them in. */
export function byFile(issues: BuildIssue[]): BuildIssue[] {
  return issues
    .map((issue, i) => ({ issue, i }))
    .sort((a, b) => a.issue.file.localeCompare(b.issue.file) || (a.issue.row ?? 0) - (b.issue.row ?? 0) || a.i - b.i)
    .map(({ issue }) => issue);
}
