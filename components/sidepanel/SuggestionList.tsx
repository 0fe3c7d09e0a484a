import { useEffect, useState } from 'preact/hooks';
import type { Suggestion } from '@/utils/messaging/protocol';

interface Props {
  id: string;
  label: string;
  items: Suggestion[];
  onChoose: (item: Suggestion) => void;
  /** Show Alt+N hints (the list that Alt+1…9 picks from). */
  numbered?: boolean;
}

/** An accessible listbox: arrow keys move, Enter or click chooses. */
export function SuggestionList({ id, label, items, onChoose, numbered = false }: Props) {
  const [active, setActive] = useState(0);
  useEffect(() => setActive(0), [items]);
  if (items.length === 0) return null;

  const onKeyDown = (e: KeyboardEvent) => {
    const last = items.length - 1;
    const moves: Record<string, number> = { ArrowDown: Math.min(active + 1, last), ArrowUp: Math.max(active - 1, 0), Home: 0, End: last };
    if (e.key in moves) {
      e.preventDefault();
      setActive(moves[e.key]!);
      document.getElementById(`${id}-${moves[e.key]}`)?.scrollIntoView({ block: 'nearest' });
    } else if (e.key === 'Enter' && items[active]) {
      e.preventDefault();
      onChoose(items[active]!);
    }
  };

  return (
    <ul
      id={id}
      class="suggestions"
      role="listbox"
      aria-label={label}
      tabIndex={0}
      aria-activedescendant={`${id}-${active}`}
      onKeyDown={onKeyDown}
    >
      {items.map((s, i) => (
        <li
          id={`${id}-${i}`}
          key={s.id}
          role="option"
          aria-selected={i === active}
          class={`suggestion kind-${s.kind}${i === active ? ' active' : ''}`}
          data-id={s.id}
          onClick={() => {
            setActive(i);
            onChoose(s);
          }}
        >
          <div class="suggestion-head">
            {numbered && i < 9 && <kbd title={`Alt+${i + 1}`}>{i + 1}</kbd>}
            <span class="title">{s.title}</span>
            <span class="group">{s.kind === 'rule' ? `规则 · ${s.group}` : s.kind === 'size' ? `尺码 · ${s.group}` : s.group}</span>
          </div>
          <div class="preview">{s.text}</div>
          {s.source && <div class="source">来源: {s.source}</div>}
          {s.reason && <div class="reason">匹配: {s.reason}</div>}
        </li>
      ))}
    </ul>
  );
}
