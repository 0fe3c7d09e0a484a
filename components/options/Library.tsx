import { useRef, useState } from 'preact/hooks';
import type { EntryKind } from '@/utils/messaging/protocol';
import { ImportExport } from './ImportExport';
import { NotifyContext, type Notify } from './library-actions';
import { RepliesTab } from './RepliesTab';
import { RulesTab } from './RulesTab';
import { SizeChartsTab } from './SizeChartsTab';
import { UndoToast, type ToastState } from './UndoToast';

const TABS: Array<{ kind: EntryKind; zh: string; en: string }> = [
  { kind: 'reply', zh: '话术', en: 'Replies' },
  { kind: 'rule', zh: '平台规则', en: 'Rules' },
  { kind: 'sizeChart', zh: '尺码表', en: 'Size charts' },
];

/** The library manager: replies, rules and size charts in tabs, import/export, one undo toast. */
export function Library() {
  const [tab, setTab] = useState<EntryKind>('reply');
  const [toast, setToast] = useState<ToastState | null>(null);
  // Bumped after an import or a restore: every tab reloads from the background.
  const [version, setVersion] = useState(0);
  const tabRefs = useRef<Array<HTMLButtonElement | null>>([]);
  const notify: Notify = (message, undo) => setToast({ key: Date.now() + Math.random(), message, undo });

  const onTabKey = (e: KeyboardEvent, i: number) => {
    const next = { ArrowRight: i + 1, ArrowLeft: i - 1, Home: 0, End: TABS.length - 1 }[e.key];
    if (next === undefined) return;
    e.preventDefault();
    const j = (next + TABS.length) % TABS.length;
    setTab(TABS[j]!.kind);
    tabRefs.current[j]?.focus();
  };

  return (
    <NotifyContext.Provider value={notify}>
      <section class="card library" aria-labelledby="library-title">
        <header class="card-head">
          <h2 id="library-title">
            话术库 <span class="en">Library</span>
          </h2>
        </header>
        <div class="tabs" role="tablist" aria-label="话术库 Library">
          {TABS.map((t, i) => (
            <button
              key={t.kind}
              ref={(el) => void (tabRefs.current[i] = el)}
              type="button"
              role="tab"
              id={`tab-${t.kind}`}
              aria-selected={tab === t.kind}
              aria-controls={`panel-${t.kind}`}
              tabIndex={tab === t.kind ? 0 : -1}
              onClick={() => setTab(t.kind)}
              onKeyDown={(e) => onTabKey(e, i)}
            >
              {t.zh} <span class="en">{t.en}</span>
            </button>
          ))}
        </div>
        <div role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`} class="tab-panel">
          {tab === 'reply' && <RepliesTab version={version} />}
          {tab === 'rule' && <RulesTab version={version} />}
          {tab === 'sizeChart' && <SizeChartsTab version={version} />}
        </div>
      </section>
      <ImportExport onChanged={() => setVersion((v) => v + 1)} />
      <UndoToast toast={toast} onClose={() => setToast(null)} returnFocus={() => (document.querySelector<HTMLElement>('.tab-panel .list-search') ?? document.getElementById(`tab-${tab}`))?.focus()} />
    </NotifyContext.Provider>
  );
}
