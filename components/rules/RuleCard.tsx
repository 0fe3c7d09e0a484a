import type { PlatformRule, Reply } from '@/utils/library/types';
import { platformName } from '@/utils/trainee/labels';

const STALE_DAYS = 180;

/** True when the rule was last checked more than half a year before `now`. */
export function isStale(checkedAt: string, now = Date.now()): boolean {
  const t = Date.parse(checkedAt);
  return Number.isFinite(t) && now - t > STALE_DAYS * 86_400_000;
}

interface Props {
  rule: PlatformRule;
  replies: Reply[];
  bookmarked: boolean;
  onToggleBookmark(): void;
}

/** One rule: title, summary, expandable body, where from and when checked, linked replies to read. Text only. */
export function RuleCard({ rule, replies, bookmarked, onToggleBookmark }: Props) {
  const headingId = `rb-rule-${rule.id}`;
  return (
    <li class="rb-rule" data-rule-id={rule.id} aria-labelledby={headingId}>
      <div class="rb-head">
        <button
          type="button"
          class={`rb-star${bookmarked ? ' on' : ''}`}
          aria-pressed={bookmarked}
          aria-label={`${bookmarked ? '取消收藏' : '收藏'}「${rule.title}」`}
          title={bookmarked ? '取消收藏 Remove bookmark' : '收藏 Bookmark'}
          onClick={onToggleBookmark}
        >
          {bookmarked ? '★' : '☆'}
        </button>
        <h3 id={headingId} class="rb-title">{rule.title}</h3>
        <span class="rb-tags">
          {platformName(rule.platform)} · {rule.topic}
        </span>
      </div>
      <p class="rb-summary">{rule.summary}</p>
      {rule.body && (
        <details class="rb-body">
          <summary>
            查看全文 <span class="en">Full text</span>
          </summary>
          <p>{rule.body}</p>
        </details>
      )}
      <p class="rb-source">
        <span>
          出处 <span class="en">Source</span>：{rule.sourceRef || '—'}
        </span>
        <span class="rb-checked">
          核对于 {rule.checkedAt || '—'}
          {isStale(rule.checkedAt) && <span class="rb-stale">（超过半年未核对 Check again）</span>}
        </span>
      </p>
      {replies.length > 0 && (
        <details class="rb-replies">
          <summary>
            相关话术 {replies.length} 条 <span class="en">Linked replies (read only)</span>
          </summary>
          <ul>
            {replies.map((r) => (
              <li key={r.id} data-reply-id={r.id}>
                <span class="rb-reply-title">{r.title}</span>
                <span class="rb-reply-group">{r.group}</span>
                <p>{r.text}</p>
              </li>
            ))}
          </ul>
        </details>
      )}
    </li>
  );
}
