import { FormActions } from './FormActions';
import { useRef, useState } from 'preact/hooks';
import { useFocusOnMount } from '@/components/common/focus-on-mount';
import { newPersonalId, PLATFORM_NAMES, splitIds, splitKeywords } from '@/utils/library/reply-fields';
import type { PlatformId, PlatformRule } from '@/utils/library/types';
import { errorText } from '@/components/common/download';
import { escapeTo, Field, focusFirstInvalid } from './Field';
import { ScopeFields } from './ScopeFields';

type Draft = Record<'platform' | 'topic' | 'title' | 'summary' | 'body' | 'keywords' | 'sourceRef' | 'checkedAt' | 'shops', string>;
const REQUIRED: Array<[keyof Draft, string]> = [['topic', '主题'], ['title', '标题'], ['summary', '摘要'], ['body', '正文']];

const toDraft = (r: PlatformRule | null): Draft => ({
  platform: r?.platform ?? 'law', topic: r?.topic ?? '', title: r?.title ?? '', summary: r?.summary ?? '', body: r?.body ?? '',
  keywords: r?.keywords.join(' | ') ?? '', sourceRef: r?.sourceRef ?? '', checkedAt: r?.checkedAt ?? new Date().toISOString().slice(0, 10),
  shops: r?.shops.join(', ') ?? '',
});

function errorsOf(d: Draft): Partial<Draft> {
  const errors: Partial<Draft> = {};
  for (const [k, name] of REQUIRED) if (!d[k].trim()) errors[k] = `${name}为空`;
  if (d.summary.length > 500) errors.summary = `摘要有 ${d.summary.length} 个字，超过上限 500`;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(d.checkedAt)) errors.checkedAt = '请填写日期 YYYY-MM-DD';
  return errors;
}

/** Create or edit a platform rule. Enter saves from a one-line field, Escape cancels. */
export function RuleForm(props: { rule: PlatformRule | null; note?: string; topics: string[]; onSave(r: PlatformRule): Promise<void>; onCancel(): void }) {
  const { rule } = props;
  const [d, setD] = useState(() => toDraft(rule));
  const titleRef = useFocusOnMount<HTMLInputElement>();
  const [errors, setErrors] = useState<Partial<Draft>>({});
  const [saveError, setSaveError] = useState<string | null>(null);
  const form = useRef<HTMLFormElement>(null);
  const bind = (k: keyof Draft) => ({
    id: `rule-${k}`, value: d[k], 'aria-invalid': errors[k] ? true : undefined, 'aria-describedby': errors[k] ? `rule-${k}-error` : undefined,
    onInput: (e: Event) => {
      const value = (e.target as HTMLInputElement).value;
      setD((old) => ({ ...old, [k]: value }));
    },
  });
  const submit = async (e: Event) => {
    e.preventDefault();
    const found = errorsOf(d);
    setErrors(found);
    if (Object.keys(found).length) return void setTimeout(() => focusFirstInvalid(form.current));
    const saved: PlatformRule = {
      ...(rule ?? { id: newPersonalId(), replyIds: [], source: 'personal', updatedAt: Date.now() }),
      platform: d.platform as PlatformId, topic: d.topic.trim(), title: d.title.trim(), summary: d.summary.trim(), body: d.body.trim(),
      keywords: splitKeywords(d.keywords), sourceRef: d.sourceRef.trim(), checkedAt: d.checkedAt, shops: splitIds(d.shops),
    };
    try {
      await props.onSave(saved);
    } catch (err) {
      setSaveError(errorText(err));
    }
  };

  return (
    <form ref={form} class="entry-form" aria-labelledby="rule-form-title" noValidate onSubmit={(e) => void submit(e)} onKeyDown={escapeTo(props.onCancel)}>
      <h3 id="rule-form-title">{rule ? '编辑规则' : '新建规则'} <span class="en">{rule ? 'Edit rule' : 'New rule'}</span></h3>
      {props.note && <p class="notice">{props.note}</p>}
      <Field id="rule-title" label="标题" en="Title" error={errors.title}><input type="text" ref={titleRef} {...bind('title')} /></Field>
      <Field id="rule-platform" label="平台" en="Platform">
        <select {...bind('platform')} onChange={bind('platform').onInput}>
          {Object.entries(PLATFORM_NAMES).map(([id, name]) => <option key={id} value={id}>{name}</option>)}
        </select>
      </Field>
      <Field id="rule-topic" label="主题" en="Topic" error={errors.topic}>
        <input type="text" list="rule-topics" {...bind('topic')} />
        <datalist id="rule-topics">{props.topics.map((t) => <option key={t} value={t} />)}</datalist>
      </Field>
      <Field id="rule-summary" label="摘要" en="Summary" error={errors.summary}><textarea rows={2} {...bind('summary')} /></Field>
      <Field id="rule-body" label="正文" en="Body" error={errors.body}><textarea rows={5} {...bind('body')} /></Field>
      <Field id="rule-keywords" label="关键词" en="Keywords"><input type="text" {...bind('keywords')} /></Field>
      <Field id="rule-sourceRef" label="出处" en="Source"><input type="text" placeholder="如《消费者权益保护法》第二十五条" {...bind('sourceRef')} /></Field>
      <Field id="rule-checkedAt" label="核对日期" en="Checked on" error={errors.checkedAt}><input type="date" {...bind('checkedAt')} /></Field>
      <ScopeFields idPrefix="rule" shops={d.shops} onShops={(v) => setD((old) => ({ ...old, shops: v }))} />
      <FormActions saveError={saveError} onCancel={props.onCancel} />
    </form>
  );
}
