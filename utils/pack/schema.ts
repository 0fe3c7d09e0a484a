import * as v from 'valibot';
import { crossCheck } from './cross-check';
import {
  described, id, list, PackForbiddenWordsSchema, PackProfileSchema, PackReplySchema, PackRuleSchema, PackShopSchema,
  PackSignatureSchema, PackSizeChartSchema, text,
} from './entries';
import { capIssues, chineseMessage, issueKeys, joinPath, type PackIssue } from './issues';
import { FORBIDDEN_CATEGORIES, LIMITS as L, PACK_FORMAT, PACK_FORMAT_VERSION } from './limits';

/*
 * The team-pack format, version 1: the single source of truth. validatePack() below runs it,
 * docs/pack.schema.json is generated from it (utils/pack/write-json-schema.ts), and the types are
 * inferred from it. The entries' schemas are in entries.ts; docs/pack-format.md explains it all.
 */

export {
  PackForbiddenWordsSchema, PackProfileSchema, PackReplySchema, PackRuleSchema, PackShopSchema, PackSignatureSchema,
  PackSizeChartSchema, PackSizeRowSchema,
} from './entries';
export type { PackIssue };

export const PackSchema = v.strictObject({
  $schema: v.optional(described(v.string(), '可选：指向 pack.schema.json，供编辑器提示')),
  format: v.literal(PACK_FORMAT),
  formatVersion: described(v.literal(PACK_FORMAT_VERSION), '数据包格式版本（由快答定义，不是您的版本号）'),
  id: described(id, '数据包 id，如 acme-cs-team'),
  version: described(
    v.union([
      v.pipe(v.string(), v.regex(new RegExp(`^\\S{1,${L.version}}$`, 'u'), `应为 1–${L.version} 个非空白字符`)),
      v.pipe(v.number(), v.minValue(0)),
    ]),
    '您自己的版本号，每次发布都要改，如 2026.11.22-1',
  ),
  publishedAt: described(v.pipe(v.string(), v.isoTimestamp()), '发布时间，ISO 8601，如 2026-11-22T09:30:00+08:00'),
  title: v.optional(text(L.title)),
  publisher: v.optional(text(L.publisher)),
  shops: list(PackShopSchema, L.shops),
  replies: list(PackReplySchema, L.replies),
  sizeCharts: list(PackSizeChartSchema, L.sizeCharts),
  rules: list(PackRuleSchema, L.rules),
  forbiddenWords: list(PackForbiddenWordsSchema, FORBIDDEN_CATEGORIES.length),
  profiles: list(PackProfileSchema, L.profiles),
  signature: v.optional(PackSignatureSchema),
});

/** A validated pack: as in the file, except that open size ranges end in Infinity instead of null. */
export type Pack = v.InferOutput<typeof PackSchema>;
/** A pack as written in the file. */
export type PackInput = v.InferInput<typeof PackSchema>;
export type PackShop = v.InferOutput<typeof PackShopSchema>;
export type PackReply = v.InferOutput<typeof PackReplySchema>;
export type PackSizeChart = v.InferOutput<typeof PackSizeChartSchema>;
export type PackRule = v.InferOutput<typeof PackRuleSchema>;
export type PackForbiddenWords = v.InferOutput<typeof PackForbiddenWordsSchema>;
export type PackProfile = v.InferOutput<typeof PackProfileSchema>;
export type PackSignature = v.InferOutput<typeof PackSignatureSchema>;

export type ValidateResult =
  | { ok: true; pack: Pack; warnings: PackIssue[] }
  | { ok: false; errors: PackIssue[]; warnings: PackIssue[] };

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/**
 * Checks a parsed pack: the schema, then what a schema cannot say (duplicate ids, ranges,
 * regular expressions). All problems at once, each with its path, so one round of fixes suffices.
 * Warnings (a shop id not in `shops`, …) never make a pack invalid.
 */
export function validatePack(json: unknown): ValidateResult {
  if (!isRecord(json)) return fail([{ path: '', message: '数据包应为 JSON 对象 {…}' }]);
  // A wrong format or a newer format version would otherwise drown in field-by-field errors.
  if (json.format !== PACK_FORMAT) {
    return fail([{ path: 'format', message: `这不是快答数据包：format 应为 "${PACK_FORMAT}"` }]);
  }
  if (typeof json.formatVersion === 'number' && json.formatVersion > PACK_FORMAT_VERSION) {
    return fail([{
      path: 'formatVersion',
      message: `数据包格式版本为 ${json.formatVersion}，此版快答只认识 ${PACK_FORMAT_VERSION}：请更新快答扩展或 CLI`,
    }]);
  }
  const parsed = v.safeParse(PackSchema, json, { message: chineseMessage });
  const schemaErrors = (parsed.issues ?? []).map((issue) => toPackIssue(json, issue));
  const cross = crossCheck(json);
  const errors = sortIssues([...schemaErrors, ...cross.errors]);
  const warnings = sortIssues(cross.warnings);
  if (errors.length || !parsed.success) return { ok: false, errors: capIssues(errors), warnings: capIssues(warnings) };
  return { ok: true, pack: parsed.output, warnings: capIssues(warnings) };
}

function fail(errors: PackIssue[]): { ok: false; errors: PackIssue[]; warnings: PackIssue[] } {
  return { ok: false, errors, warnings: [] };
}

function toPackIssue(json: Record<string, unknown>, issue: v.BaseIssue<unknown>): PackIssue {
  const keys = issueKeys(issue);
  const entry = keys.length >= 2 && typeof keys[1] === 'number' ? (json[keys[0] as string] as unknown[])[keys[1]] : undefined;
  const entryId = isRecord(entry) && typeof entry.id === 'string' && entry.id ? entry.id : undefined;
  return { path: joinPath(keys), message: issue.message, ...(entryId ? { entryId } : {}) };
}

/** Section by section in file order, then by index, so the list reads top to bottom. */
const SECTION_ORDER = Object.keys(PackSchema.entries);
const rank = (key: string) => (SECTION_ORDER.includes(key) ? SECTION_ORDER.indexOf(key) : SECTION_ORDER.length);

function sortIssues(issues: PackIssue[]): PackIssue[] {
  const tokens = (p: string) => p.match(/[^.[\]]+/g) ?? [];
  const cmp = (a: string, b: string, first: boolean): number => {
    if (first) return rank(a) - rank(b);
    const na = Number(a), nb = Number(b);
    return Number.isInteger(na) && Number.isInteger(nb) ? na - nb : a < b ? -1 : a > b ? 1 : 0;
  };
  return issues
    .map((issue, i) => ({ issue, i, t: tokens(issue.path) }))
    .sort((a, b) => {
      for (let k = 0; k < Math.min(a.t.length, b.t.length); k++) {
        const c = cmp(a.t[k]!, b.t[k]!, k === 0);
        if (c) return c;
      }
      return a.t.length - b.t.length || a.i - b.i;
    })
    .map(({ issue }) => issue);
}
