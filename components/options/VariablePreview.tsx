import { FILLED_VARIABLES, splitVariables } from '@/utils/library/variables';

/**
 * The reply as the agent will see it, variables highlighted: green ones the console fills in,
 * amber ones the agent fills by hand. Rendered as text spans, never as HTML.
 */
export function VariablePreview({ id, text }: { id: string; text: string }) {
  const parts = splitVariables(text);
  const used = [...new Set(parts.filter((p) => p.variable).map((p) => p.variable!))];
  return (
    <div class="var-preview" id={id}>
      <div class="preview-label">
        预览 <span class="en">Preview</span>
      </div>
      <p class="preview-text">
        {parts.length === 0 ? <span class="empty">（空）</span> : parts.map((p, i) =>
          p.variable ? (
            <mark key={i} class={p.filled ? 'var filled' : 'var manual'} title={p.filled ? '控制台自动填写' : '需客服手动填写'}>
              {p.text}
            </mark>
          ) : (
            <span key={i}>{p.text}</span>
          ),
        )}
      </p>
      <ul class="var-legend">
        {Object.entries(FILLED_VARIABLES).map(([name, what]) => (
          <li key={name}>
            <mark class="var filled">{`{${name}}`}</mark> 自动填写：{what}
          </li>
        ))}
        {used.filter((v) => !(v in FILLED_VARIABLES)).map((v) => (
          <li key={v}>
            <mark class="var manual">{`{${v}}`}</mark> 不会自动填写，插入后请客服手动替换 <span class="en">left for the agent</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
