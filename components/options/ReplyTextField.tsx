import { useRef } from 'preact/hooks';
import { describedBy, Field } from './Field';
import { VariablePreview } from './VariablePreview';

const INSERTABLE = ['{买家}', '{店铺}', '{订单号}'];

/** The reply text with variable buttons (inserted at the caret) and the live, highlighted preview. */
export function ReplyTextField(props: { value: string; error?: string; onChange(v: string): void; onSubmit(): void }) {
  const area = useRef<HTMLTextAreaElement>(null);
  const insert = (v: string) => {
    const el = area.current;
    if (!el) return;
    const [start, end] = [el.selectionStart, el.selectionEnd];
    props.onChange(props.value.slice(0, start) + v + props.value.slice(end));
    requestAnimationFrame(() => {
      el.focus();
      el.setSelectionRange(start + v.length, start + v.length);
    });
  };
  return (
    <Field id="reply-text" label="内容" en="Text" error={props.error} hint="Ctrl+Enter 保存 · 变量如 {买家} {订单号} 会在预览中高亮">
      <textarea
        ref={area}
        id="reply-text"
        rows={4}
        value={props.value}
        aria-invalid={props.error ? true : undefined}
        aria-describedby={describedBy('reply-text', props.error, true)}
        onInput={(e) => props.onChange((e.target as HTMLTextAreaElement).value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
            e.preventDefault();
            props.onSubmit();
          }
        }}
      />
      <div class="var-buttons" role="group" aria-label="插入变量 Insert variable">
        {INSERTABLE.map((v) => (
          <button key={v} type="button" onClick={() => insert(v)}>插入 {v}</button>
        ))}
      </div>
      <VariablePreview id="reply-text-preview" text={props.value} />
    </Field>
  );
}
