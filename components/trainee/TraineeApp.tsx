import { useEffect, useRef, useState } from 'preact/hooks';
import { RulesBrowser } from '@/components/rules/RulesBrowser';
import { useLibrary } from '@/components/rules/use-library';
import { Flashcards } from './Flashcards';
import { Practice } from './Practice';
import { Progress } from './Progress';

const TABS = [
  { id: 'cards', zh: '规则闪卡', en: 'Flashcards' },
  { id: 'practice', zh: '练习', en: 'Practice' },
  { id: 'progress', zh: '进度', en: 'Progress' },
  { id: 'rules', zh: '规则库', en: 'Rules' },
] as const;
type Tab = (typeof TABS)[number]['id'];

const fromHash = (): Tab => TABS.find((t) => `#${t.id}` === location.hash)?.id ?? 'cards';

/** Trainee mode: rule flashcards, practice rounds, progress, and the rules browser. Deep links: #practice etc. */
export function TraineeApp() {
  const lib = useLibrary();
  const [tab, setTab] = useState<Tab>(fromHash);
  const tabRefs = useRef<Record<string, HTMLButtonElement | null>>({});

  useEffect(() => {
    const onHash = () => setTab(fromHash());
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  const choose = (t: Tab, focus = false) => {
    setTab(t);
    history.replaceState(null, '', `#${t}`);
    if (focus) tabRefs.current[t]?.focus();
  };
  const onTabKey = (e: KeyboardEvent) => {
    const i = TABS.findIndex((t) => t.id === tab);
    const to = { ArrowRight: i + 1, ArrowLeft: i - 1, Home: 0, End: TABS.length - 1 }[e.key];
    if (to === undefined) return;
    e.preventDefault();
    choose(TABS[(to + TABS.length) % TABS.length]!.id, true);
  };

  return (
    <main class="trainee" data-ready={lib.rules !== null && lib.replies !== null ? 'true' : 'false'}>
      <header class="tr-top">
        <h1>快答 · 新人训练 <span class="en">Kuaida trainee mode</span></h1>
        <p class="tr-sub">练规则、练回复，进度只保存在本机。<span class="en">Practise rules and replies; progress stays on this computer.</span></p>
      </header>
      <div class="tr-tabs" role="tablist" aria-label="训练内容 Sections" onKeyDown={onTabKey}>
        {TABS.map((t) => (
          <button key={t.id} ref={(el) => { tabRefs.current[t.id] = el; }} type="button" role="tab" id={`tab-${t.id}`}
            aria-selected={tab === t.id} aria-controls={`panel-${t.id}`} tabIndex={tab === t.id ? 0 : -1} onClick={() => choose(t.id)}>
            {t.zh} <span class="en">{t.en}</span>
          </button>
        ))}
      </div>
      {lib.error && (
        <p class="tr-error" role="alert">
          话术库加载失败：{lib.error} <button type="button" onClick={() => void lib.reload()}>重试 Retry</button>
        </p>
      )}
      <div role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`} class="tr-panel">
        {lib.rules === null || lib.replies === null ? (
          <p class="tr-hint">加载中… Loading</p>
        ) : tab === 'cards' ? (
          <Flashcards rules={lib.rules} />
        ) : tab === 'practice' ? (
          <Practice replies={lib.replies} />
        ) : tab === 'progress' ? (
          <Progress />
        ) : (
          <RulesBrowser rules={lib.rules} replies={lib.replies} />
        )}
      </div>
    </main>
  );
}
