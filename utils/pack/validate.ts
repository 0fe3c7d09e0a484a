import { formatLocation, parseJsonText } from './json-text';
import type { PackIssue } from './issues';
import { MAX_PACK_BYTES } from './limits';
import { validatePack, type Pack } from './schema';

export { validatePack, type ValidateResult } from './schema';
export type { PackIssue };

export type ParsePackResult =
  | { ok: true; pack: Pack; raw: unknown; warnings: PackIssue[] }
  | { ok: false; errors: PackIssue[]; warnings: PackIssue[] };

/**
 * A pack file's text → validated pack, plus `raw`, the parsed JSON exactly as published. Either
 * can be given to verifyPack (the validated pack differs only in open size ranges, which
 * verification writes back as null); `raw` is what a lead's file says, for re-signing.
 */
export function parsePack(text: string): ParsePackResult {
  const bytes = new TextEncoder().encode(text).byteLength;
  if (bytes > MAX_PACK_BYTES) {
    return fail([{ path: '', message: `文件过大：${(bytes / 1024 / 1024).toFixed(1)} MB，上限 20 MB（扩展会拒绝）` }]);
  }
  const json = parseJsonText(text);
  if (!json.ok) {
    const where = formatLocation(json.error);
    return fail([{ path: '', message: `${where ? `${where}：` : ''}${json.error.message}` }]);
  }
  const result = validatePack(json.value);
  return result.ok ? { ...result, raw: json.value } : result;
}

function fail(errors: PackIssue[]): { ok: false; errors: PackIssue[]; warnings: PackIssue[] } {
  return { ok: false, errors, warnings: [] };
}
