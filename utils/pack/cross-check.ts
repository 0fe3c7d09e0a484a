import type { PackIssue } from './issues';
import { FORBIDDEN_CATEGORY_NAMES, ID_SECTIONS, type ForbiddenCategory } from './limits';

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
const entries = (raw: Record<string, unknown>, key: string): Array<Record<string, unknown>> =>
  Array.isArray(raw[key]) ? (raw[key] as unknown[]).map((e) => (isRecord(e) ? e : {})) : [];
const strings = (x: unknown): string[] => (Array.isArray(x) ? x.filter((s): s is string => typeof s === 'string') : []);
const idOf = (e: Record<string, unknown>) => (typeof e.id === 'string' && e.id ? { entryId: e.id } : {});

const SECTION_NAMES: Record<string, string> = {
  shops: '店铺', replies: '话术', sizeCharts: '尺码表', rules: '规则', profiles: '平台配置',
};
const MEASURES = ['height', 'weight', 'bust', 'waist', 'hip'] as const;
const VALUE_SELECTORS = ['conversationId', 'buyerNick', 'productTitle', 'shopName'] as const;

/**
 * What the schema cannot express. Runs on the raw JSON and tolerates any shape (the schema reports
 * shapes), so a lead sees duplicate ids in the same round as a missing field.
 */
export function crossCheck(raw: Record<string, unknown>): { errors: PackIssue[]; warnings: PackIssue[] } {
  const errors: PackIssue[] = [];
  const warnings: PackIssue[] = [];

  for (const section of ID_SECTIONS) {
    const first = new Map<string, number>();
    entries(raw, section).forEach((e, i) => {
      if (typeof e.id !== 'string') return;
      const at = first.get(e.id);
      if (at === undefined) first.set(e.id, i);
      else errors.push({ path: `${section}[${i}].id`, message: `${SECTION_NAMES[section]} id「${e.id}」重复：与 ${section}[${at}] 相同`, entryId: e.id, duplicateOf: `${section}[${at}]` });
    });
  }

  const categories = new Map<string, number>();
  entries(raw, 'forbiddenWords').forEach((e, i) => {
    if (typeof e.category !== 'string') return;
    const at = categories.get(e.category);
    const name = FORBIDDEN_CATEGORY_NAMES[e.category as ForbiddenCategory] ?? e.category;
    if (at === undefined) categories.set(e.category, i);
    else errors.push({ path: `forbiddenWords[${i}].category`, message: `类别「${name}」重复：与 forbiddenWords[${at}] 相同，请合并` });
  });

  entries(raw, 'sizeCharts').forEach((chart, i) => {
    entries(chart, 'rows').forEach((row, j) => {
      for (const m of MEASURES) {
        const r = row[m];
        if (Array.isArray(r) && typeof r[0] === 'number' && typeof r[1] === 'number' && r[0] > r[1]) {
          errors.push({ path: `sizeCharts[${i}].rows[${j}].${m}`, message: `下限 ${r[0]} 大于上限 ${r[1]}`, ...idOf(chart) });
        }
      }
    });
  });

  entries(raw, 'profiles').forEach((p, i) => {
    for (const key of VALUE_SELECTORS) {
      const vs = p[key];
      if (!isRecord(vs) || typeof vs.pattern !== 'string') continue;
      try {
        new RegExp(vs.pattern); // compiled, never evaluated as code: same call as utils/chat/read-value.ts
      } catch (e) {
        errors.push({ path: `profiles[${i}].${key}.pattern`, message: `不是有效的正则表达式：${(e as Error).message}`, ...idOf(p) });
      }
    }
  });

  // References: warnings, because a pack may point at shops or default replies defined elsewhere.
  const shopIds = new Set(entries(raw, 'shops').map((s) => s.id));
  const replyIds = new Set(entries(raw, 'replies').map((r) => r.id));
  for (const section of ['replies', 'sizeCharts', 'rules'] as const) {
    entries(raw, section).forEach((e, i) => {
      if (shopIds.size === 0) return;
      strings(e.shops).forEach((s, k) => {
        if (!shopIds.has(s)) warnings.push({ path: `${section}[${i}].shops[${k}]`, message: `店铺「${s}」不在 shops 列表中，是否写错？`, ...idOf(e) });
      });
    });
  }
  entries(raw, 'rules').forEach((rule, i) => {
    strings(rule.replyIds).forEach((r, k) => {
      if (!replyIds.has(r)) warnings.push({ path: `rules[${i}].replyIds[${k}]`, message: `话术「${r}」不在本数据包中（若是默认话术库的 id 可忽略）`, ...idOf(rule) });
    });
  });
  const shortcuts = new Map<string, string>();
  entries(raw, 'replies').forEach((r, i) => {
    if (typeof r.shortcut !== 'string' || !r.shortcut) return;
    const other = shortcuts.get(r.shortcut);
    if (other === undefined) shortcuts.set(r.shortcut, String(r.id));
    else warnings.push({ path: `replies[${i}].shortcut`, message: `快捷码「${r.shortcut}」与话术「${other}」相同，输入时两条都会出现`, ...idOf(r) });
  });
  return { errors, warnings };
}
