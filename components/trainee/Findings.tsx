import type { Finding } from '@/utils/compliance';
import { CATEGORY_NAMES, SEVERITY_NAMES } from '@/utils/trainee/labels';

/** The draft with each finding's words marked (text nodes only, never HTML). */
export function MarkedDraft({ text, findings }: { text: string; findings: readonly Finding[] }) {
  const parts: Array<{ text: string; finding?: Finding }> = [];
  let at = 0;
  for (const f of [...findings].sort((a, b) => a.start - b.start)) {
    if (f.start < at) continue;
    if (f.start > at) parts.push({ text: text.slice(at, f.start) });
    parts.push({ text: text.slice(f.start, f.end), finding: f });
    at = f.end;
  }
  if (at < text.length) parts.push({ text: text.slice(at) });
  return (
    <p class="tr-draft">
      {parts.map((p, i) =>
        p.finding ? (
          <mark key={i} class={`sev-${p.finding.severity}`} title={CATEGORY_NAMES[p.finding.category].zh}>{p.text}</mark>
        ) : (
          <span key={i}>{p.text}</span>
        ),
      )}
    </p>
  );
}

/** What the compliance checker found in a written reply: category, words, why, and a better wording. */
export function FindingList({ findings }: { findings: readonly Finding[] }) {
  if (!findings.length) {
    return <p class="tr-clean" data-findings="0">未发现违规风险用语 <span class="en">No risky wording found</span></p>;
  }
  return (
    <ul class="tr-findings" data-findings={findings.length} aria-label="合规提示 Compliance findings">
      {findings.map((f, i) => (
        <li key={`${f.start}-${i}`} class={`tr-finding sev-${f.severity}`} data-category={f.category}>
          <div class="tr-finding-head">
            <span class="tr-cat">{CATEGORY_NAMES[f.category].zh}</span>
            <span class="en">{CATEGORY_NAMES[f.category].en}</span>
            <span class="tr-sev">{SEVERITY_NAMES[f.severity]}</span>
            <q class="tr-match">{f.match}</q>
          </div>
          <p class="tr-why">原因 <span class="en">Why</span>：{f.rule}</p>
          {f.suggestion && <p class="tr-fix">建议 <span class="en">Instead</span>：{f.suggestion}</p>}
        </li>
      ))}
    </ul>
  );
}
