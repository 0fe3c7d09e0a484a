import { FormActions } from './FormActions';
import { useRef, useState } from 'preact/hooks';
import { useFocusOnMount } from '@/components/common/focus-on-mount';
import type { Reply } from '@/utils/library/types';
import { errorText } from '@/components/common/download';
import { describedBy, escapeTo, Field, focusFirstInvalid } from './Field';
import { draftErrors, fromDraft, NEW_GROUP, toDraft, type DraftErrors, type ReplyDraft } from './reply-draft';
import { ReplyTextField } from './ReplyTextField';
import { ScopeFields } from './ScopeFields';

interface Props {
  reply: Reply | null;
  note?: string;
  replies: readonly Reply[];
  hidden: ReadonlySet<string>;
  groups: string[];
  onSave(r: Reply): Promise<unknown>;
  onCancel(): void;
}

/** Create or edit a reply. Enter saves from a one-line field, Ctrl+Enter from the text, Escape cancels. */
export function ReplyForm({ reply, note, replies, hidden, groups, onSave, onCancel }: Props) {
  const [d, setD] = useState<ReplyDraft>(() => toDraft(reply));
  const titleRef = useFocusOnMount<HTMLInputElement>();
  const [errors, setErrors] = useState<DraftErrors>({});
  const [saveError, setSaveError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const form = useRef<HTMLFormElement>(null);
  const set = <K extends keyof ReplyDraft>(k: K, v: ReplyDraft[K]) => setD((old) => ({ ...old, [k]: v }));
  const input = (k: keyof ReplyDraft) => (e: Event) => set(k, (e.target as HTMLInputElement).value as never);
  const a11y = (k: keyof ReplyDraft, hint?: boolean) => ({ 'aria-invalid': errors[k] ? true : undefined, 'aria-describedby': describedBy(`reply-${k}`, errors[k], hint) });

  const submit = async (e: Event) => {
    e.preventDefault();
    const found = draftErrors(d, reply, replies, hidden);
    setErrors(found);
    if (Object.keys(found).length) return void setTimeout(() => focusFirstInvalid(form.current));
    setSaving(true);
    setSaveError(null);
    try {
      await onSave(fromDraft(d, reply));
    } catch (err) {
      setSaveError(errorText(err));
      setSaving(false);
    }
  };

  return (
    <form ref={form} class="entry-form" aria-labelledby="reply-form-title" noValidate onSubmit={(e) => void submit(e)} onKeyDown={escapeTo(onCancel)}>
      <h3 id="reply-form-title">
        {reply ? '编辑话术' : '新建话术'} <span class="en">{reply ? 'Edit reply' : 'New reply'}</span>
      </h3>
      {note && <p class="notice">{note}</p>}
      {reply?.source === 'default' && <p class="hint">这是内置话术；保存后变为个人话术，内置库更新时不会覆盖您的修改。</p>}
      <Field id="reply-title" label="标题" en="Title" error={errors.title}>
        <input id="reply-title" type="text" ref={titleRef} value={d.title} onInput={input('title')} {...a11y('title')} />
      </Field>
      <Field id="reply-group" label="分组" en="Group">
        <select id="reply-group" value={d.group} onChange={input('group')}>
          {groups.map((g) => <option key={g} value={g}>{g}</option>)}
          <option value={NEW_GROUP}>＋ 新分组… New group</option>
        </select>
      </Field>
      {d.group === NEW_GROUP && (
        <Field id="reply-newGroup" label="新分组名称" en="New group name" error={errors.newGroup}>
          <input id="reply-newGroup" type="text" value={d.newGroup} onInput={input('newGroup')} {...a11y('newGroup')} />
        </Field>
      )}
      <ReplyTextField value={d.text} error={errors.text} onChange={(v) => set('text', v)} onSubmit={() => form.current?.requestSubmit()} />
      <Field id="reply-shortcut" label="快捷码" en="Shortcut" error={errors.shortcut} hint="英文字母或数字，1–16 位，在侧边栏搜索框输入即可找到 · letters/digits, unique">
        <input id="reply-shortcut" type="text" autoComplete="off" spellcheck={false} value={d.shortcut} onInput={input('shortcut')} {...a11y('shortcut', true)} />
      </Field>
      <Field id="reply-keywords" label="关键词" en="Keywords" error={errors.keywords} hint="用 | 或逗号分隔 · separated by | or commas">
        <input id="reply-keywords" type="text" value={d.keywords} onInput={input('keywords')} {...a11y('keywords', true)} />
      </Field>
      <Field id="reply-questions" label="相似问法" en="Example questions" hint="每行一个买家问法 · one per line">
        <textarea id="reply-questions" rows={3} value={d.questions} onInput={input('questions')} aria-describedby="reply-questions-hint" />
      </Field>
      <ScopeFields idPrefix="reply" shops={d.shops} onShops={(v) => set('shops', v)} platforms={d.platforms} onPlatforms={(v) => set('platforms', v)} />
      <FormActions saveError={saveError} saving={saving} onCancel={onCancel} />
    </form>
  );
}
