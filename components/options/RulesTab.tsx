import { useMemo, useRef, useState } from 'preact/hooks';
import { filterRules } from '@/utils/library/entry-filter';
import { PLATFORM_NAMES } from '@/utils/library/reply-fields';
import type { PlatformRule } from '@/utils/library/types';
import { HiddenBadge, SourceBadge } from './badges';
import { EntryActions } from './EntryActions';
import { useLibraryActions } from './library-actions';
import { RuleForm } from './RuleForm';
import { useEntries } from './use-entries';

/** Platform rules: platform, topic, summary, where from and when checked; same edit/delete/hide rules as replies. */
export function RulesTab({ version }: { version: number }) {
  const lib = useEntries('rule', version);
  const act = useLibraryActions(lib);
  const [query, setQuery] = useState('');
  const [editing, setEditing] = useState<{ rule: PlatformRule | null; note?: string } | null>(null);
  const newButton = useRef<HTMLButtonElement>(null);
  const all = lib.entries ?? [];
  const shown = useMemo(() => filterRules(all, query.trim()), [lib.entries, query]);
  const topics = useMemo(() => [...new Set(all.map((r) => r.topic))], [lib.entries]);
  const closeForm = () => {
    setEditing(null);
    setTimeout(() => newButton.current?.focus());
  };
  const copy = async (r: PlatformRule) => {
    const saved = await act.copy(r);
    if (saved) setEditing({ rule: saved, note: '已复制为个人规则，可以修改。' });
  };

  return (
    <div class="rules-tab">
      <div class="toolbar">
        <input type="search" class="list-search" aria-label="筛选规则 Filter rules" placeholder="筛选：标题、摘要、主题、平台、出处 Filter"
          value={query} onInput={(e) => setQuery((e.target as HTMLInputElement).value)} onKeyDown={(e) => e.key === 'Escape' && setQuery('')} />
        <button ref={newButton} type="button" class="primary" onClick={() => setEditing({ rule: null })} disabled={!lib.entries}>
          新建规则 <span class="en">New rule</span>
        </button>
      </div>
      {editing && (
        <RuleForm key={editing.rule?.id ?? 'new'} rule={editing.rule} note={editing.note} topics={topics}
          onSave={async (r) => { await lib.save(r); closeForm(); }} onCancel={closeForm} />
      )}
      {(lib.error ?? act.error) && <p class="error" role="alert">{lib.error ?? act.error}</p>}
      <p class="count" aria-live="polite">{lib.entries === null ? '加载中…' : `共 ${all.length} 条规则${shown.length !== all.length ? `，筛选出 ${shown.length} 条` : ''}`}</p>
      {shown.length > 0 && (
        <table class="entries rules">
          <caption class="sr-only">平台规则列表 Rules</caption>
          <thead>
            <tr>
              <th scope="col">平台 <span class="en">Platform</span></th>
              <th scope="col">主题 <span class="en">Topic</span></th>
              <th scope="col">标题 / 摘要 <span class="en">Title / summary</span></th>
              <th scope="col">出处 · 核对 <span class="en">Source · checked</span></th>
              <th scope="col">来源 <span class="en">From</span></th>
              <th scope="col">操作 <span class="en">Actions</span></th>
            </tr>
          </thead>
          <tbody>
            {shown.map((r) => {
              const isHidden = lib.hidden.has(r.id);
              return (
                <tr key={r.id} data-id={r.id} class={isHidden ? 'is-hidden' : undefined}>
                  <td>{PLATFORM_NAMES[r.platform] ?? r.platform}</td>
                  <td>{r.topic}</td>
                  <td><div class="entry-title">{r.title}</div><div class="entry-text">{r.summary}</div></td>
                  <td><div>{r.sourceRef || '—'}</div><div class="entry-text">核对于 {r.checkedAt}</div></td>
                  <td><SourceBadge source={r.source} /> <HiddenBadge hidden={isHidden} /></td>
                  <td>
                    <EntryActions source={r.source} name={r.title} hidden={isHidden} copyLabel="复制为个人规则" busy={act.busy}
                      onEdit={() => setEditing({ rule: r })} onDelete={() => void act.del(r, r.title)}
                      onToggleHidden={() => void act.toggleHidden(r)} onCopy={() => void copy(r)} />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </div>
  );
}
