import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { PlatformRule } from '@/utils/library/types';
import { cardTopic, platformName } from '@/utils/trainee/labels';
import { boxCounts, boxOf, BOXES, dueQueue, loadLeitner, recordCard, reviewAhead, type LeitnerState } from '@/utils/trainee/leitner';
import { saveAttempt } from '@/utils/trainee/progress';
import { platformsPresent, topicsPresent } from '@/utils/trainee/rules-filter';
import { isTyping, ownsSpace } from './keys';

/** Rule cheat-sheets as flashcards over a Leitner box. Space flips, 1 = 认识, 2 = 不认识. */
export function Flashcards({ rules }: { rules: PlatformRule[] }) {
  const [leitner, setLeitner] = useState<LeitnerState | null>(null);
  const [platform, setPlatform] = useState('');
  const [topic, setTopic] = useState('');
  const [session, setSession] = useState<string[] | null>(null);
  const [flipped, setFlipped] = useState(false);
  const [done, setDone] = useState(0);
  const cardRef = useRef<HTMLDivElement>(null);

  useEffect(() => void loadLeitner().then(setLeitner), []);
  const topics = useMemo(() => topicsPresent(rules, platform || null), [rules, platform]);
  const ids = useMemo(
    () => rules.filter((r) => (!platform || r.platform === platform) && (!topic || r.topic === topic)).map((r) => r.id),
    [rules, platform, topic],
  );
  // A new session whenever the filter changes: the cards due now, each missed card again at the end.
  useEffect(() => {
    if (leitner) setSession(dueQueue(ids, leitner, Date.now()));
    setFlipped(false);
  }, [ids, leitner === null]);

  const rule = rules.find((r) => r.id === session?.[0]);
  const answer = async (known: boolean) => {
    if (!rule || !flipped) return;
    setLeitner(await recordCard(rule.id, known));
    void saveAttempt({ topic: cardTopic(rule.topic), correct: known, at: Date.now() });
    setSession((s) => (s ? [...s.slice(1), ...(known ? [] : [rule.id])] : s));
    setFlipped(false);
    setDone((n) => n + 1);
    cardRef.current?.focus();
  };

  // Rebound in the same commit as the DOM update: with useEffect a key pressed right after the
  // card changed would reach the previous render's handler (Space then 1 at once did nothing).
  useLayoutEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (isTyping(e)) return;
      if (e.key === ' ' && !ownsSpace(e) && rule) {
        e.preventDefault();
        setFlipped((f) => !f);
      } else if (e.key === '1' || e.key === '2') void answer(e.key === '1');
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });

  const counts = leitner ? boxCounts(ids, leitner) : [];
  return (
    <section class="tr-cards" aria-label="规则闪卡 Flashcards">
      <div class="tr-toolbar">
        <label>平台 <span class="en">Platform</span>{' '}
          <select value={platform} onChange={(e) => { setPlatform((e.target as HTMLSelectElement).value); setTopic(''); }}>
            <option value="">全部 All</option>
            {platformsPresent(rules).map((p) => <option key={p} value={p}>{platformName(p)}</option>)}
          </select>
        </label>
        <label>主题 <span class="en">Topic</span>{' '}
          <select value={topic} onChange={(e) => setTopic((e.target as HTMLSelectElement).value)}>
            <option value="">全部 All</option>
            {topics.map((t) => <option key={t} value={t}>{t}</option>)}
          </select>
        </label>
        <span class="tr-boxes" title="新卡 / 各盒卡片数 New / cards per box">
          新 {counts[0] ?? 0}{counts.slice(1).map((n, i) => ` · 盒${i + 1} ${n}`)}
        </span>
      </div>
      <p class="tr-hint">空格翻面，1 = 认识，2 = 不认识 <span class="en">Space flips · 1 know · 2 don't know</span> · 本次已答 {done}</p>
      {rule ? (
        <div ref={cardRef} tabIndex={0} class={`tr-card${flipped ? ' flipped' : ''}`} data-card-id={rule.id} data-flipped={String(flipped)}
          aria-live="polite" aria-label={`闪卡：${rule.title}`}>
          <div class="tr-card-meta">{platformName(rule.platform)} · {rule.topic} <span class="tr-box">{boxOf(leitner ?? {}, rule.id) ? `盒 ${boxOf(leitner ?? {}, rule.id)}/${BOXES}` : '新卡 New'}</span></div>
          <h2 class="tr-card-title">{rule.title}</h2>
          {flipped ? (
            <div class="tr-card-back">
              <p class="tr-card-summary">{rule.summary}</p>
              {rule.body && <p class="tr-card-body">{rule.body}</p>}
              <p class="tr-card-source">出处：{rule.sourceRef || '—'} · 核对于 {rule.checkedAt}</p>
            </div>
          ) : (
            <p class="tr-card-prompt">先回想这条规则的要点，再翻面核对。<span class="en">Recall it, then flip.</span></p>
          )}
          <div class="tr-card-actions">
            <button type="button" class="tr-flip" onClick={() => setFlipped(!flipped)}>{flipped ? '翻回' : '翻面'} <span class="en">Flip (Space)</span></button>
            {flipped && <>
              <button type="button" class="tr-know" onClick={() => void answer(true)}>认识 <span class="en">Know (1)</span></button>
              <button type="button" class="tr-dunno" onClick={() => void answer(false)}>不认识 <span class="en">Don't know (2)</span></button>
            </>}
          </div>
        </div>
      ) : (
        <div class="tr-done">
          <p>{session === null ? '加载中… Loading' : ids.length ? '这一组的卡片今天都复习完了 All done for today.' : '没有符合条件的规则 No cards.'}</p>
          {session !== null && ids.length > 0 && leitner && (
            <button type="button" onClick={() => setSession(reviewAhead(ids, leitner))}>提前复习全部 <span class="en">Review ahead</span></button>
          )}
        </div>
      )}
    </section>
  );
}
