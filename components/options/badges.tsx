import type { EntrySource } from '@/utils/library/types';

const SOURCE: Record<EntrySource, [string, string]> = {
  default: ['内置', 'default'],
  team: ['团队', 'team'],
  personal: ['个人', 'personal'],
};

/** Where an entry came from: 内置 / 团队 / 个人. */
export function SourceBadge({ source }: { source: EntrySource }) {
  const [zh, en] = SOURCE[source];
  return (
    <span class={`badge source-${source}`} title={en}>
      {zh}
    </span>
  );
}

export function HiddenBadge({ hidden }: { hidden: boolean }) {
  return hidden ? <span class="badge hidden-badge" title="hidden: never suggested">已隐藏</span> : <span class="sr-only">显示中</span>;
}
