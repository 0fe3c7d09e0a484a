import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { checkDraft, type Finding } from '@/utils/compliance';
import type { Reply } from '@/utils/library/types';
import { saveAttempt } from '@/utils/trainee/progress';
import { buildPool, isCorrectPick, judgeDraft, makeRound, poolGroups, type Round } from '@/utils/trainee/rounds';
import type { Rng } from '@/utils/trainee/random';
import { ChoiceList } from './ChoiceList';
import { FindingList, MarkedDraft } from './Findings';
import { isTyping } from './keys';

type Mode = 'pick' | 'write';
type Result = { kind: 'pick'; id: string; correct: boolean } | { kind: 'write'; draft: string; findings: Finding[]; correct: boolean };
const RECENT = 30;

/** Practice rounds: a buyer message, then pick one of four replies or write one, checked for compliance. */
export function Practice({ replies, rng = Math.random }: { replies: Reply[]; rng?: Rng }) {
  const pool = useMemo(() => buildPool(replies), [replies]);
  const groups = useMemo(() => poolGroups(pool), [pool]);
  const [group, setGroup] = useState('');
  const [mode, setMode] = useState<Mode>('pick');
  const [round, setRound] = useState<Round | null>(null);
  const [result, setResult] = useState<Result | null>(null);
  const [draft, setDraft] = useState('');
  const [score, setScore] = useState({ right: 0, total: 0 });
  const recent = useRef<string[]>([]);
  const nextRef = useRef<HTMLButtonElement>(null);

  const next = () => {
    const r = makeRound(pool, replies, rng, { group: group || null, avoid: new Set(recent.current) });
    if (r) recent.current = [r.item.id, ...recent.current].slice(0, RECENT);
    setRound(r);
    setResult(null);
    setDraft('');
  };
  useEffect(next, [pool, group]);
  useEffect(() => {
    if (result) nextRef.current?.focus();
  }, [result]);

  const finish = (res: Result) => {
    if (!round || result) return;
    setResult(res);
    setScore((s) => ({ right: s.right + (res.correct ? 1 : 0), total: s.total + 1 }));
    void saveAttempt({ topic: round.item.group, correct: res.correct, at: Date.now() });
  };
  const pick = (id: string) => round && finish({ kind: 'pick', id, correct: isCorrectPick(round, id) });
  const submit = () => {
    const findings = checkDraft(draft);
    const verdict = judgeDraft(draft, findings);
    if (verdict) finish({ kind: 'write', draft, findings, correct: verdict.clean });
  };

  // Rebound in the same commit as the DOM update: with useEffect a key pressed right after the
  // card changed would reach the previous render's handler (Space then 1 at once did nothing).
  useLayoutEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (isTyping(e) || !round) return;
      const n = Number(e.key);
      if (mode === 'pick' && !result && n >= 1 && n <= round.options.length) pick(round.options[n - 1]!.id);
      else if (result && (e.key === 'n' || e.key === 'N')) next();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });

  const answers = round ? round.item.answerIds.map((id) => replies.find((r) => r.id === id)).filter((r): r is Reply => !!r) : [];
  const resultName = !result ? '' : result.kind === 'pick' ? (result.correct ? 'correct' : 'wrong') : result.correct ? 'clean' : 'risky';
  return (
    <section class="tr-practice" aria-label="练习 Practice" data-item-id={round?.item.id} data-result={resultName || undefined}>
      <div class="tr-toolbar">
        <label>分组 <span class="en">Group</span>{' '}
          <select value={group} onChange={(e) => setGroup((e.target as HTMLSelectElement).value)}>
            <option value="">全部 All</option>
            {groups.map((g) => <option key={g} value={g}>{g}</option>)}
          </select>
        </label>
        <div class="tr-modes" role="group" aria-label="答题方式 Mode">
          <button type="button" aria-pressed={mode === 'pick'} class="tr-mode-pick" onClick={() => setMode('pick')}>选择回复 <span class="en">Pick</span></button>
          <button type="button" aria-pressed={mode === 'write'} class="tr-mode-write" onClick={() => setMode('write')}>自己写 <span class="en">Write</span></button>
        </div>
        <span class="tr-score" aria-live="polite">本次 {score.right}/{score.total} <span class="en">this session</span></span>
      </div>
      {!round ? <p class="tr-hint">话术库不足以出题 Not enough replies for a round.</p> : <>
        <div class={`tr-buyer${round.item.angry ? ' angry' : ''}`}>
          <span class="tr-who">买家 <span class="en">Buyer</span>{round.item.angry && <span class="tr-mood">情绪激动 Upset</span>}</span>
          <p class="tr-message">{round.item.text}</p>
          <span class="tr-topic">{round.item.group}</span>
        </div>
        {mode === 'pick' ? (
          <ChoiceList options={round.options} correctId={round.correctId} answerIds={round.item.answerIds}
            picked={result?.kind === 'pick' ? result.id : null} onPick={pick} />
        ) : result?.kind !== 'write' && (
          <div class="tr-write">
            <label for="tr-draft">你的回复 <span class="en">Your reply</span>（Ctrl+Enter 提交）</label>
            <textarea id="tr-draft" rows={4} value={draft} maxLength={500} placeholder="像对真实买家一样回复… Reply as you would to the buyer"
              onInput={(e) => setDraft((e.target as HTMLTextAreaElement).value)}
              onKeyDown={(e) => e.key === 'Enter' && (e.ctrlKey || e.metaKey) && (e.preventDefault(), submit())} />
            <button type="button" class="primary tr-submit" disabled={!draft.trim()} onClick={submit}>提交 <span class="en">Check</span></button>
          </div>
        )}
        {result && (
          <div class={`tr-result ${resultName}`} role="status">
            <p class="tr-verdict">{
              result.kind === 'pick' ? (result.correct ? '✓ 回答正确 Correct' : '✗ 不太对，看看话术库的回复 Not quite')
                : result.correct ? '✓ 用语合规 Clean reply' : `✗ 发现 ${result.findings.length} 处风险用语 Risky wording`}</p>
            {result.kind === 'write' && <><MarkedDraft text={result.draft} findings={result.findings} /><FindingList findings={result.findings} /></>}
            <h3>话术库的回复 <span class="en">The library's answer</span></h3>
            <ul class="tr-answers">
              {answers.map((a) => <li key={a.id} data-reply-id={a.id}><strong>{a.title}</strong> <span class="en">{a.group}</span><p>{a.text}</p></li>)}
            </ul>
            <button ref={nextRef} type="button" class="primary tr-next" onClick={next}>下一题 <span class="en">Next (N)</span></button>
          </div>
        )}
      </>}
    </section>
  );
}
