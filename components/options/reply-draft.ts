import { charCount, newPersonalId, replyFieldProblems, shortcutOwner, splitIds, splitKeywords, splitLines } from '@/utils/library/reply-fields';
import type { PlatformId, Reply } from '@/utils/library/types';

export const NEW_GROUP = '__new__';

/** The reply form's fields as the inputs hold them. */
export interface ReplyDraft {
  title: string;
  group: string;
  newGroup: string;
  text: string;
  keywords: string;
  questions: string;
  shortcut: string;
  shops: string;
  platforms: PlatformId[];
}
export type DraftErrors = Partial<Record<keyof ReplyDraft, string>>;

export function toDraft(r: Reply | null): ReplyDraft {
  return {
    title: r?.title ?? '', group: r?.group ?? '通用', newGroup: '', text: r?.text ?? '',
    keywords: r?.keywords.join(' | ') ?? '', questions: r?.questions.join('\n') ?? '', shortcut: r?.shortcut ?? '',
    shops: r?.shops.join(', ') ?? '', platforms: r?.platforms ?? [],
  };
}

/** The reply the draft describes; a new one gets a personal id. */
export function fromDraft(d: ReplyDraft, base: Reply | null): Reply {
  return {
    ...(base ?? { id: newPersonalId(), source: 'personal', useCount: 0, updatedAt: Date.now() }),
    group: d.group === NEW_GROUP ? d.newGroup.trim() : d.group,
    title: d.title.trim(), text: d.text.trim(), keywords: splitKeywords(d.keywords), questions: splitLines(d.questions),
    shortcut: d.shortcut.trim(), shops: splitIds(d.shops), platforms: d.platforms,
  };
}

/** The form's errors, by field: the same rules as the import check, plus shortcut uniqueness. */
export function draftErrors(d: ReplyDraft, base: Reply | null, replies: readonly Reply[], hidden: ReadonlySet<string>): DraftErrors {
  const reply = fromDraft(d, base ?? ({ id: '' } as Reply));
  const errors: DraftErrors = {};
  for (const p of replyFieldProblems(reply)) {
    const key = p.field as keyof ReplyDraft;
    errors[key] ??= p.message;
  }
  if (d.group === NEW_GROUP && !reply.group) errors.newGroup = '请填写新分组的名称';
  else if (charCount(reply.group) > 32) errors.newGroup = '分组名称最多 32 个字';
  const owner = !errors.shortcut && shortcutOwner(reply.shortcut, replies, base?.id ?? '', hidden);
  if (owner) errors.shortcut = `快捷码「${reply.shortcut}」已被话术「${owner.title}」使用`;
  return errors;
}
