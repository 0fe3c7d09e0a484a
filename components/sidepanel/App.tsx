import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { altDigit } from '@/utils/chat/hotkeys';
import { fillVariables } from '@/utils/library/variables';
import { sendMessage, type Suggestion } from '@/utils/messaging/protocol';
import { RulesBrowser } from '@/components/rules/RulesBrowser';
import { ChatHeader } from './ChatHeader';
import { DraftFindings } from './DraftFindings';
import { ClipboardMode, type Pasted } from './ClipboardMode';
import { ShopChooser } from './ShopChooser';
import { SizeCard } from './SizeCard';
import { copyText } from './clipboard';
import { SuggestionList } from './SuggestionList';
import { useLibrarySearch } from './use-library-search';
import { usePanelState } from './use-panel-state';

type Toast = { kind: 'ok' | 'error'; text: string } | null;

export function App() {
  const searchRef = useRef<HTMLInputElement>(null);
  const state = usePanelState(() => searchRef.current?.focus());
  const [query, setQuery] = useState('');
  const results = useLibrarySearch(query);
  const [clipboardMode, setClipboardMode] = useState(false);
  const [pastedQuestion, setPastedQuestion] = useState('');
  const [pasted, setPasted] = useState<Pasted>({ suggestions: [], size: null });
  const [pastedChart, setPastedChart] = useState<string | null>(null);
  const [toast, setToast] = useState<Toast>(null);
  const [showRules, setShowRules] = useState(false);

  const searching = query.trim().length > 0;
  const shown = searching ? results : clipboardMode ? pasted.suggestions : state.suggestions;
  // Replies and the size advice are insertable (numbered for Alt+1…9); rules are for reading.
  const replies = useMemo(() => shown.filter((s) => s.kind !== 'rule'), [shown]);
  const rules = useMemo(() => shown.filter((s) => s.kind === 'rule'), [shown]);
  const copies = clipboardMode || !state.chat?.canInsert;
  const sizeView = clipboardMode ? pasted.size : state.size;
  const chooseChart = (chartId: string | null) => {
    if (clipboardMode) setPastedChart(chartId);
    else if (state.tabId !== null) void sendMessage('setChoices', { tabId: state.tabId, chartId });
  };

  useEffect(() => {
    if (state.tabId !== null && !clipboardMode) void sendMessage('setVisibleList', { tabId: state.tabId, suggestions: replies });
  }, [replies, state.tabId, clipboardMode]);

  useEffect(() => {
    // Read by the e2e latency benchmark: when this panel rendered the latest suggestions.
    document.body.dataset.renderedAt = String(performance.timeOrigin + performance.now());
    document.body.dataset.latest = state.chat?.latestBuyer?.text ?? '';
  }, [state.computedAt, state.chat?.latestBuyer?.key]);

  const show = (t: Toast) => {
    setToast(t);
    setTimeout(() => setToast((cur) => (cur === t ? null : cur)), 2500);
  };

  const choose = async (s: Suggestion) => {
    if (s.kind === 'rule') {
      show({ kind: 'ok', text: `规则供参考，不会插入：${s.text}` });
      return;
    }
    if (copies || state.tabId === null) {
      const ok = await copyText(s.kind === 'size' ? s.text : fillVariables(s.text, { buyerNick: state.chat?.buyerNick }));
      const question = clipboardMode ? pastedQuestion.trim() : state.chat?.latestBuyer?.text;
      // A pick from the search box answers the buyer's latest message too: learn from both.
      if (ok) void sendMessage('recordUse', { id: s.id, question: question || undefined });
      show(ok ? { kind: 'ok', text: `已复制「${s.title}」，请到聊天窗口 Ctrl+V 粘贴` } : { kind: 'error', text: '复制失败' });
      return;
    }
    const result = await sendMessage('insertSuggestion', { tabId: state.tabId, id: s.id });
    show(
      result.ok
        ? { kind: 'ok', text: `已插入「${s.title}」，确认后请在聊天窗口按回车发送` }
        : { kind: 'error', text: result.error ?? '插入失败' },
    );
  };

  // Rebound in the same commit as the DOM update, so Alt+1 pressed just as new suggestions appear
  // inserts what the agent sees, never the previous message's first suggestion.
  useLayoutEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const n = altDigit(e);
      if (n === null) return;
      e.preventDefault();
      const s = replies[n - 1];
      if (s) void choose(s);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });

  return (
    <main class="panel">
      <header class="panel-top">
        <h1>
          快答 <span class="en">Kuaida</span>
        </h1>
        <nav class="top-links">
          <button type="button" class="link" aria-pressed={showRules} onClick={() => setShowRules(!showRules)} title="平台规则速查 Rules">
            规则
          </button>
          <button type="button" class="link" onClick={() => void browser.tabs.create({ url: browser.runtime.getURL('/trainee.html') })} title="新人训练 Trainee mode">
            训练
          </button>
          <button type="button" class="link" onClick={() => void browser.runtime.openOptionsPage()} title="设置与学习记录 Settings">
            设置
          </button>
        </nav>
        <label class="mode-toggle">
          <input type="checkbox" checked={clipboardMode} onChange={() => setClipboardMode(!clipboardMode)} />
          剪贴板模式 <span class="en">Clipboard</span>
        </label>
      </header>
      {showRules ? (
        <RulesBrowser compact />
      ) : (
        <>
      <input
        ref={searchRef}
        id="search"
        type="search"
        class="search"
        placeholder="搜索话术：关键词、快捷码 (Alt+Shift+K)"
        aria-label="搜索话术 Search replies"
        aria-controls="results"
        value={query}
        onInput={(e) => setQuery((e.target as HTMLInputElement).value)}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') {
            e.preventDefault();
            document.getElementById('results')?.focus();
          } else if (e.key === 'Enter' && replies[0]) {
            e.preventDefault();
            void choose(replies[0]);
          } else if (e.key === 'Escape') setQuery('');
        }}
      />
      {clipboardMode ? (
        <ClipboardMode question={pastedQuestion} chartId={pastedChart} onQuestion={setPastedQuestion} onSuggestions={setPasted} />
      ) : (
        <ChatHeader chat={state.chat} mood={state.mood} />
      )}
      {!clipboardMode && state.tabId !== null && (
        <ShopChooser
          value={state.shopChoice}
          detected={state.chat?.shop ?? null}
          onChange={(shop) => void sendMessage('setChoices', { tabId: state.tabId!, shop })}
        />
      )}
      {!clipboardMode && <DraftFindings draft={state.draft} />}
      {sizeView && !searching && <SizeCard size={sizeView} onChooseChart={chooseChart} />}
      <h2 class="list-title">
        {searching ? '搜索结果' : '推荐回复'} <span class="en">{searching ? 'Results' : 'Suggestions'}</span>
        {copies && <span class="badge">点击即复制</span>}
      </h2>
      <SuggestionList id="results" label="推荐回复" items={replies} onChoose={(s) => void choose(s)} numbered />
      {replies.length === 0 && <p class="empty">{searching ? '没有找到匹配的话术' : '暂无推荐'}</p>}
      {rules.length > 0 && (
        <>
          <h2 class="list-title rules">
            相关平台规则 <span class="en">Rules to know</span>
          </h2>
          <SuggestionList id="rules" label="相关平台规则" items={rules} onChoose={(s) => void choose(s)} />
          <p class="rule-note">规则摘要仅供参考，以平台当前公布的规则原文为准。</p>
        </>
      )}
        </>
      )}
      <div class={`toast ${toast?.kind ?? ''}`} role="status" aria-live="polite">
        {toast?.text}
      </div>
    </main>
  );
}
