import type { PlatformId, Reply } from './types';

/**
 * What the library manager accepts in a reply, shared by the edit form and the import check so
 * that a file and a form never disagree. Lengths count characters as people see them (code points).
 */
export const REPLY_LIMITS = { title: 40, text: 1000, keyword: 30, shortcut: 16 } as const;

/** Shortcuts are typed in the search box with an English keyboard: ASCII letters and digits only. */
export const SHORTCUT_PATTERN = /^[A-Za-z0-9]{1,16}$/;

/** Platforms a reply can be limited to (法律法规 applies to rules only). */
export const SCOPE_PLATFORMS = ['jd', 'pdd', 'douyin', 'kuaishou', 'taobao'] as const satisfies readonly PlatformId[];

export const PLATFORM_NAMES: Record<PlatformId, string> = {
  jd: '京东', pdd: '拼多多', douyin: '抖音', kuaishou: '快手', taobao: '淘宝/天猫', law: '法律法规',
};

export const charCount = (s: string): number => [...s].length;

/** Keywords typed in the form: `|` or commas, half- or full-width (agents type in Chinese input mode). */
export const splitKeywords = (s: string): string[] => s.split(/[|｜,，、]/).map((k) => k.trim()).filter(Boolean);
/** One item per line (example questions). */
export const splitLines = (s: string): string[] => s.split(/\r?\n/).map((k) => k.trim()).filter(Boolean);
/** Shop ids: commas, 、 or whitespace. */
export const splitIds = (s: string): string[] => s.split(/[,，、\s]+/).map((k) => k.trim()).filter(Boolean);

/** Shortcuts are matched case-insensitively by the search box. */
export const shortcutKey = (s: string): string => s.trim().toLowerCase();

export type ReplyField = 'id' | 'group' | 'title' | 'text' | 'keywords' | 'shortcut' | 'questions' | 'shops' | 'platforms';

export interface FieldProblem {
  field: ReplyField;
  message: string;
}

type Checked = Pick<Reply, 'title' | 'text' | 'keywords' | 'shortcut'>;

/** Problems of one reply's own fields (uniqueness is checked against the library separately). */
export function replyFieldProblems(r: Checked): FieldProblem[] {
  const out: FieldProblem[] = [];
  const tooLong = (field: ReplyField, name: string, value: string, max: number) => {
    const n = charCount(value);
    if (n > max) out.push({ field, message: `${name}有 ${n} 个字，超过上限 ${max}` });
  };
  if (!r.title.trim()) out.push({ field: 'title', message: '标题为空' });
  else tooLong('title', '标题', r.title, REPLY_LIMITS.title);
  if (!r.text.trim()) out.push({ field: 'text', message: '内容为空' });
  else tooLong('text', '内容', r.text, REPLY_LIMITS.text);
  for (const k of r.keywords) tooLong('keywords', `关键词「${k.length > 12 ? `${k.slice(0, 12)}…` : k}」`, k, REPLY_LIMITS.keyword);
  if (r.shortcut && !SHORTCUT_PATTERN.test(r.shortcut)) {
    out.push({ field: 'shortcut', message: `快捷码「${r.shortcut}」只能用英文字母和数字，1–${REPLY_LIMITS.shortcut} 位` });
  }
  return out;
}

/**
 * The reply (other than `selfId`) that already uses this shortcut, if any. Hidden entries are
 * never suggested, so their shortcuts are free: an agent can copy a team reply, hide the
 * original and keep the shortcut everyone knows.
 */
export function shortcutOwner(shortcut: string, replies: Iterable<Reply>, selfId: string, hidden: ReadonlySet<string> = new Set()): Reply | undefined {
  const key = shortcutKey(shortcut);
  if (!key) return undefined;
  for (const r of replies) {
    if (r.id !== selfId && !hidden.has(r.id) && shortcutKey(r.shortcut) === key) return r;
  }
  return undefined;
}

/** A new personal entry id, `p-` and 10 random base-36 characters. */
export function newPersonalId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(10));
  return `p-${Array.from(bytes, (b) => (b % 36).toString(36)).join('')}`;
}
