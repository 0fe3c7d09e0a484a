import type { EntrySource } from '@/utils/library/types';

interface Props {
  source: EntrySource;
  /** The entry's title, for the buttons' accessible names. */
  name: string;
  hidden: boolean;
  /** 复制为个人话术 / 个人规则 / 个人尺码表 */
  copyLabel: string;
  busy?: boolean;
  onEdit(): void;
  onDelete(): void;
  onToggleHidden(): void;
  onCopy(): void;
}

/**
 * Row actions. Team entries are read-only (the lead maintains them): hide or copy them into a
 * personal entry. Default and personal entries are edited and deleted (with undo).
 */
export function EntryActions(p: Props) {
  const team = p.source === 'team';
  return (
    <div class="row-actions">
      {!team && (
        <button type="button" disabled={p.busy} aria-label={`编辑「${p.name}」`} onClick={p.onEdit}>
          编辑
        </button>
      )}
      {team && (
        <button type="button" disabled={p.busy} aria-label={`${p.copyLabel}「${p.name}」`} onClick={p.onCopy}>
          {p.copyLabel}
        </button>
      )}
      <button type="button" disabled={p.busy} aria-label={`${p.hidden ? '取消隐藏' : '隐藏'}「${p.name}」`} onClick={p.onToggleHidden}>
        {p.hidden ? '取消隐藏' : '隐藏'}
      </button>
      {!team && (
        <button type="button" class="danger" disabled={p.busy} aria-label={`删除「${p.name}」`} onClick={p.onDelete}>
          删除
        </button>
      )}
    </div>
  );
}
