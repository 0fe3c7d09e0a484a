import { useEffect, useState } from 'preact/hooks';
import type { Reply } from '@/utils/library/types';
import { HiddenBadge, SourceBadge } from './badges';
import { EntryActions } from './EntryActions';

const PAGE = 200;

interface Props {
  replies: Reply[];
  hidden: ReadonlySet<string>;
  busy: boolean;
  onEdit(r: Reply): void;
  onDelete(r: Reply): void;
  onToggleHidden(r: Reply): void;
  onCopy(r: Reply): void;
}

const snippet = (s: string) => (s.length > 60 ? `${s.slice(0, 60)}…` : s);

/** The replies as a table; the first 200 (large team libraries), more on request. Text only, never HTML. */
export function ReplyTable({ replies, hidden, busy, ...on }: Props) {
  const [limit, setLimit] = useState(PAGE);
  useEffect(() => setLimit(PAGE), [replies]);
  if (replies.length === 0) return <p class="empty">没有符合条件的话术 · No replies match</p>;
  return (
    <>
      <table class="entries replies">
        <caption class="sr-only">话术列表 Replies</caption>
        <thead>
          <tr>
            <th scope="col">分组 <span class="en">Group</span></th>
            <th scope="col">标题 / 内容 <span class="en">Title / text</span></th>
            <th scope="col">快捷码 <span class="en">Shortcut</span></th>
            <th scope="col">来源 <span class="en">Source</span></th>
            <th scope="col">操作 <span class="en">Actions</span></th>
          </tr>
        </thead>
        <tbody>
          {replies.slice(0, limit).map((r) => {
            const isHidden = hidden.has(r.id);
            return (
              <tr key={r.id} data-id={r.id} class={isHidden ? 'is-hidden' : undefined}>
                <td>{r.group}</td>
                <td>
                  <div class="entry-title">{r.title}</div>
                  <div class="entry-text" title={r.text}>{snippet(r.text)}</div>
                </td>
                <td><code>{r.shortcut || '—'}</code></td>
                <td>
                  <SourceBadge source={r.source} /> <HiddenBadge hidden={isHidden} />
                </td>
                <td>
                  <EntryActions
                    source={r.source}
                    name={r.title}
                    hidden={isHidden}
                    copyLabel="复制为个人话术"
                    busy={busy}
                    onEdit={() => on.onEdit(r)}
                    onDelete={() => on.onDelete(r)}
                    onToggleHidden={() => on.onToggleHidden(r)}
                    onCopy={() => on.onCopy(r)}
                  />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {replies.length > limit && (
        <p class="more">
          显示前 {limit} 条，共 {replies.length} 条 ·{' '}
          <button type="button" onClick={() => setLimit(limit + PAGE * 5)}>
            显示更多 <span class="en">Show more</span>
          </button>
        </p>
      )}
    </>
  );
}
