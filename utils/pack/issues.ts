import type * as v from 'valibot';

/** One problem in a pack: where (`replies[12].text`) and what, in Chinese. */
export interface PackIssue {
  path: string;
  message: string;
  /** The id of the entry the path points into, so a lead can search the file for it. */
  entryId?: string;
  /** For a duplicate id: the path of the entry that has it first (lets build.ts name both files). */
  duplicateOf?: string;
}

/** `replies[12].text（id：r-13）：不能为空`. */
export function formatPackIssue(issue: PackIssue): string {
  const where = issue.path || '（整个文件）';
  return `${where}${issue.entryId ? `（id：${issue.entryId}）` : ''}：${issue.message}`;
}

/** `[{key:'replies'},{key:12},{key:'text'}]` → `replies[12].text`. */
export function joinPath(keys: ReadonlyArray<string | number>): string {
  return keys.reduce<string>((out, k) => (typeof k === 'number' ? `${out}[${k}]` : out ? `${out}.${k}` : k), '');
}

export function issueKeys(issue: v.BaseIssue<unknown>): Array<string | number> {
  return (issue.path ?? []).map((p) => (typeof p.key === 'number' ? p.key : String(p.key)));
}

const size = (input: unknown) => (typeof input === 'string' || Array.isArray(input) ? input.length : 0);

/**
 * Chinese messages for valibot's issues, passed as the parse config's `message`, so every schema
 * in schema.ts stays free of message boilerplate. Messages set on an action (regex) win over this.
 */
export function chineseMessage(issue: v.BaseIssue<unknown>): string {
  const n = issue.requirement;
  switch (issue.type) {
    case 'strict_object':
      if (issue.expected === 'never') return '未知字段（拼写是否有误？可用的字段见 docs/pack-format.md）';
      if (issue.received === 'undefined' && issue.path) return '缺少必填字段 (required)';
      return '应为对象 {…}';
    case 'string':
      return '应为文本（字符串）';
    case 'number':
      return '应为数字';
    case 'array':
      return '应为列表 […]';
    case 'tuple':
      return '应为 [下限, 上限] 两个数字';
    case 'literal':
      return `应为 ${issue.expected}`;
    case 'picklist':
      return `应为以下之一：${(issue.expected ?? '').replace(/[()"]/g, '').split(' | ').join('、')}`;
    case 'nullable':
      return '应为文本或 null';
    case 'union':
      return '应为文本或数字';
    case 'min_length':
      return n === 1 ? '至少要有 1 项' : `至少要有 ${String(n)} 项`;
    case 'max_length':
      return typeof issue.input === 'string'
        ? `太长：最多 ${String(n)} 个字符（现有 ${size(issue.input)}）`
        : `太多：最多 ${String(n)} 项（现有 ${size(issue.input)}）`;
    case 'min_value':
      return `不能小于 ${String(n)}`;
    case 'max_value':
      return `不能大于 ${String(n)}`;
    case 'iso_date':
      return '应为日期，格式 YYYY-MM-DD，如 2026-11-22';
    case 'iso_timestamp':
      return '应为 ISO 8601 日期时间，如 2026-11-22T09:30:00+08:00';
    default:
      return issue.message;
  }
}

/** The errors worth reading: after this many, one line says how many more there are. */
export const MAX_REPORTED_ISSUES = 200;

export function capIssues(issues: PackIssue[], max = MAX_REPORTED_ISSUES): PackIssue[] {
  if (issues.length <= max) return issues;
  return [...issues.slice(0, max), { path: '', message: `还有 ${issues.length - max} 处问题未列出，请先改正以上问题` }];
}
