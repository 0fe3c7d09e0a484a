import type { Finding } from '@/utils/compliance';
import type { DraftCheck } from '@/utils/messaging/protocol';

export const CATEGORY_NAMES: Record<Finding['category'], string> = {
  absolute: '极限用语（广告法）',
  offplatform: '站外引流/私下交易',
  inducement: '好评诱导/返现',
  promise: '超出规则的承诺',
  negative: '消极或不礼貌用语',
};

const SEVERITY_NAMES = { high: '高', medium: '中', low: '低' } as const;

/** What the compliance check found in the draft: never blocks sending, only explains. */
export function DraftFindings({ draft }: { draft: DraftCheck | null }) {
  const findings = draft?.findings ?? [];
  return (
    <section class="draft-findings" aria-live="polite" data-count={findings.length} hidden={findings.length === 0}>
      <h2 class="list-title findings-title">
        草稿风险提示 <span class="en">Draft check</span>
        <span class="badge">{findings.length} 处</span>
      </h2>
      <ul>
        {findings.map((f, i) => (
          <li key={`${f.start}-${i}`} class={`finding severity-${f.severity}`} data-category={f.category}>
            <div class="finding-head">
              <span class="category">{CATEGORY_NAMES[f.category]}</span>
              <span class="severity">风险{SEVERITY_NAMES[f.severity]}</span>
            </div>
            <div class="match">「{f.match}」</div>
            <div class="why">{f.rule}</div>
            {f.suggestion && <div class="fix">建议：{f.suggestion}</div>}
          </li>
        ))}
      </ul>
      <p class="rule-note">提示仅供参考，不会阻止发送。</p>
    </section>
  );
}
