import { ID_PATTERN, PLATFORM_IDS } from '../pack/limits';
import { replyFieldProblems, shortcutKey, type ReplyField } from './reply-fields';
import type { ImportRecord, TableProblem } from './reply-table';
import { REPLY_GROUPS, type Reply } from './types';

export type ImportMode = 'merge' | 'replace';

export interface CheckOptions {
  /** Entries the agent hid: never suggested, so their shortcuts are free. */
  hidden?: ReadonlySet<string>;
  now?: number;
  unit?: '行' | '条';
}

/** One line of the preview: where (row, column) and what. Errors block the import; notices do not. */
export interface ImportProblem {
  row: number;
  column: ReplyField | '';
  level: 'error' | 'notice';
  message: string;
}

export interface ImportPreview {
  /** What importReplies should write (new and changed; in replace mode also unchanged personal ones). */
  replies: Reply[];
  counts: { rows: number; total: number; new: number; changed: number; unchanged: number; removed: number };
  problems: ImportProblem[];
  errorCount: number;
  newGroups: string[];
}

const same = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);
const CONTENT = ['group', 'title', 'text', 'shortcut'] as const;
const LISTS = ['keywords', 'questions', 'shops', 'platforms'] as const;
const unchanged = (a: Reply, b: Reply) => CONTENT.every((k) => a[k] === b[k]) && LISTS.every((k) => same(a[k], b[k]));

/**
 * Checks an import reply by reply. `add` is called per record (the page calls it in chunks and
 * yields to the UI between them); `finish` runs the checks that need the whole file and the
 * mode, and can be called again when the agent switches mode.
 */
export class ImportChecker {
  private readonly existing: Map<string, Reply>;
  private readonly knownGroups: Set<string>;
  private readonly problems: ImportProblem[] = [];
  private readonly rowOfId = new Map<string, number>();
  private readonly rowOfShortcut = new Map<string, number>();
  private readonly newGroups = new Map<string, { row: number; count: number }>();
  private readonly shortcuts: Array<{ row: number; id: string; shortcut: string }> = [];
  private readonly valid: Reply[] = [];
  private rows = 0;

  private readonly hidden: ReadonlySet<string>;
  private readonly now: number;
  /** 行 for spreadsheet rows, 条 for JSON entries. */
  private readonly unit: string;

  constructor(existing: readonly Reply[], options: CheckOptions = {}) {
    this.hidden = options.hidden ?? new Set();
    this.now = options.now ?? Date.now();
    this.unit = options.unit ?? '行';
    this.existing = new Map(existing.map((r) => [r.id, r]));
    this.knownGroups = new Set<string>([...REPLY_GROUPS, ...existing.map((r) => r.group)]);
  }

  /** Problems found while reading the file (header, quotes), listed with the rest. */
  addTableProblems(problems: readonly TableProblem[]): void {
    for (const p of problems) this.problems.push({ ...p, level: 'error' });
  }

  add(record: ImportRecord): void {
    const { row } = record;
    this.rows++;
    const before = this.problems.length;
    const error = (column: ReplyField, message: string) => this.problems.push({ row, column, level: 'error', message });
    const { id } = record;
    if (!id) error('id', 'id 为空');
    else if (!ID_PATTERN.test(id)) error('id', `id「${id}」格式不对：1–64 个字符，只能用字母、汉字、数字和 _ . : -`);
    else {
      const first = this.rowOfId.get(id);
      if (first !== undefined) error('id', `id「${id}」与第 ${first} ${this.unit}重复`);
      else this.rowOfId.set(id, row);
      const owner = this.existing.get(id);
      if (owner?.source === 'team') error('id', `id「${id}」已被团队话术「${owner.title}」使用，请换一个 id`);
    }
    for (const p of replyFieldProblems(record)) error(p.field, p.message);
    const bad = record.platforms?.filter((p) => !(PLATFORM_IDS as readonly string[]).includes(p));
    if (bad?.length) error('platforms', `未知平台 ${bad.join('、')}（可用 ${PLATFORM_IDS.join('、')}）`);
    const key = shortcutKey(record.shortcut);
    if (key) {
      const first = this.rowOfShortcut.get(key);
      if (first !== undefined) error('shortcut', `快捷码「${record.shortcut}」与第 ${first} ${this.unit}重复`);
      else this.rowOfShortcut.set(key, row);
      this.shortcuts.push({ row, id, shortcut: record.shortcut });
    }
    const group = record.group || '通用';
    if (!this.knownGroups.has(group)) {
      const seen = this.newGroups.get(group);
      if (seen) seen.count++;
      else this.newGroups.set(group, { row, count: 1 });
    }
    if (this.problems.length === before) this.valid.push(this.merge(record, group));
  }

  /** The reply the record becomes: what the file does not say is kept from the library entry. */
  private merge(r: ImportRecord, group: string): Reply {
    const old = this.existing.get(r.id);
    return {
      id: r.id, group, title: r.title, text: r.text, keywords: r.keywords, shortcut: r.shortcut,
      questions: r.questions ?? old?.questions ?? [], shops: r.shops ?? old?.shops ?? [], platforms: r.platforms ?? old?.platforms ?? [],
      source: 'personal', useCount: old?.useCount ?? 0, updatedAt: this.now,
    };
  }

  finish(mode: ImportMode): ImportPreview {
    const fileIds = this.rowOfId;
    // Replies whose shortcut stays in the library after the import: not overwritten, not removed.
    const staying = [...this.existing.values()].filter((r) => !fileIds.has(r.id) && !(mode === 'replace' && r.source === 'personal'));
    const byShortcut = new Map<string, Reply>();
    for (const r of staying) if (r.shortcut && !this.hidden.has(r.id)) byShortcut.set(shortcutKey(r.shortcut), r);
    const clashes: ImportProblem[] = [];
    const clashing = new Set<string>();
    for (const { row, id, shortcut } of this.shortcuts) {
      const owner = byShortcut.get(shortcutKey(shortcut));
      if (!owner) continue;
      clashes.push({ row, column: 'shortcut', level: 'error', message: `快捷码「${shortcut}」已被话术「${owner.title}」（id ${owner.id}）使用` });
      clashing.add(id);
    }
    const replies: Reply[] = [];
    const counts = { rows: this.rows, total: 0, new: 0, changed: 0, unchanged: 0, removed: 0 };
    for (const reply of this.valid) {
      if (clashing.has(reply.id)) continue;
      counts.total++;
      const old = this.existing.get(reply.id);
      if (!old) counts.new++;
      else if (!unchanged(old, reply)) counts.changed++;
      else {
        counts.unchanged++;
        // Replace removes the personal replies the file does not list, so unchanged personal ones are written too.
        if (!(mode === 'replace' && old.source === 'personal')) continue;
      }
      replies.push(reply);
    }
    if (mode === 'replace') counts.removed = [...this.existing.values()].filter((r) => r.source === 'personal' && !fileIds.has(r.id)).length;
    const notices: ImportProblem[] = [...this.newGroups].map(([group, { row, count }]) => ({
      row, column: 'group', level: 'notice', message: `分组「${group}」不存在，导入后将新建（共 ${count} 行）`,
    }));
    const problems = [...this.problems, ...clashes, ...notices].sort((a, b) => a.row - b.row || order(a.column) - order(b.column));
    const errorCount = problems.filter((p) => p.level === 'error').length;
    return { replies, counts, problems, errorCount, newGroups: [...this.newGroups.keys()] };
  }
}

const COLUMN_ORDER: Array<ReplyField | ''> = ['', 'id', 'group', 'title', 'text', 'keywords', 'shortcut', 'questions', 'shops', 'platforms'];
const order = (c: ReplyField | '') => COLUMN_ORDER.indexOf(c);

/** The whole check at once (tests, benchmarks); the page uses ImportChecker in chunks. */
export function checkImport(
  records: readonly ImportRecord[],
  existing: readonly Reply[],
  options: CheckOptions & { mode?: ImportMode; tableProblems?: readonly TableProblem[] } = {},
): ImportPreview {
  const checker = new ImportChecker(existing, options);
  checker.addTableProblems(options.tableProblems ?? []);
  for (const r of records) checker.add(r);
  return checker.finish(options.mode ?? 'merge');
}
