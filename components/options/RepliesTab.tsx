import { useMemo, useRef, useState } from 'preact/hooks';
import { filterReplies, groupsOf, sortReplies } from '@/utils/library/entry-filter';
import { shortcutOwner } from '@/utils/library/reply-fields';
import type { Reply } from '@/utils/library/types';
import { useLibraryActions } from './library-actions';
import { ReplyForm } from './ReplyForm';
import { ReplyTable } from './ReplyTable';
import { RiskyReplies } from './RiskyReplies';
import { useEntries } from './use-entries';

/** The replies tab: type-ahead filter, group filter, the list, and the create/edit form. */
export function RepliesTab({ version }: { version: number }) {
  const lib = useEntries('reply', version);
  const act = useLibraryActions(lib);
  const [query, setQuery] = useState('');
  const [group, setGroup] = useState('');
  // The reply being edited, 'new' for a new one; `note` explains a copy.
  const [editing, setEditing] = useState<{ reply: Reply | null; note?: string } | null>(null);
  const newButton = useRef<HTMLButtonElement>(null);

  const all = lib.entries ?? [];
  const sorted = useMemo(() => sortReplies(all), [lib.entries]);
  const groups = useMemo(() => groupsOf(all), [lib.entries]);
  const shown = useMemo(() => filterReplies(sorted, query.trim(), group), [sorted, query, group]);

  const copy = async (r: Reply) => {
    const taken = shortcutOwner(r.shortcut, all, '', lib.hidden); // the original counts too, unless hidden
    const saved = await act.copy(r, (c) => ({ ...c, useCount: 0, shortcut: taken ? '' : c.shortcut }));
    if (saved) {
      setEditing({
        reply: saved,
        note: `已复制为个人话术，可以修改。${taken ? `快捷码「${r.shortcut}」仍属于团队话术，已清空；隐藏原团队话术后可以继续使用它。` : ''}`,
      });
    }
  };
  const closeForm = () => {
    setEditing(null);
    setTimeout(() => newButton.current?.focus());
  };

  return (
    <div class="replies-tab">
      <div class="toolbar">
        <input
          type="search"
          class="list-search"
          aria-label="筛选话术：标题、内容、关键词、快捷码、分组 Filter replies"
          placeholder="筛选：标题、内容、关键词、快捷码、分组 Filter"
          value={query}
          onInput={(e) => setQuery((e.target as HTMLInputElement).value)}
          onKeyDown={(e) => e.key === 'Escape' && setQuery('')}
        />
        <label class="inline">
          分组 <span class="en">Group</span>
          <select value={group} onChange={(e) => setGroup((e.target as HTMLSelectElement).value)}>
            <option value="">全部 All</option>
            {groups.map((g) => (
              <option key={g} value={g}>{g}</option>
            ))}
          </select>
        </label>
        <button ref={newButton} type="button" class="primary" onClick={() => setEditing({ reply: null })} disabled={!lib.entries}>
          新建话术 <span class="en">New</span>
        </button>
      </div>
      {lib.entries && <RiskyReplies replies={lib.entries} scope="话术库中" />}
      {editing && (
        <ReplyForm
          key={editing.reply?.id ?? 'new'}
          reply={editing.reply}
          note={editing.note}
          replies={all}
          hidden={lib.hidden}
          groups={groups}
          onSave={async (r) => {
            const saved = await lib.save(r);
            closeForm();
            return saved;
          }}
          onCancel={closeForm}
        />
      )}
      {(lib.error ?? act.error) && <p class="error" role="alert">{lib.error ?? act.error}</p>}
      <p class="count" id="reply-count" data-count={all.length} aria-live="polite">
        {lib.entries === null ? '加载中…' : `共 ${all.length} 条话术${shown.length !== all.length ? `，筛选出 ${shown.length} 条` : ''}`}
      </p>
      <ReplyTable
        replies={shown}
        hidden={lib.hidden}
        busy={act.busy}
        onEdit={(r) => setEditing({ reply: r })}
        onDelete={(r) => void act.del(r, r.title)}
        onToggleHidden={(r) => void act.toggleHidden(r)}
        onCopy={(r) => void copy(r)}
      />
    </div>
  );
}
