import { useMemo, useState } from 'preact/hooks';
import type { PlatformRule, Reply } from '@/utils/library/types';
import { platformName, RULE_PLATFORMS } from '@/utils/trainee/labels';
import { filterRules, linkedReplies, platformsPresent, topicsPresent } from '@/utils/trainee/rules-filter';
import { RuleCard } from './RuleCard';
import { useBookmarks } from './use-bookmarks';
import { useLibrary } from './use-library';
import { useRuleSearch } from './use-rule-search';
import './rules.css';

interface Props {
  /** Narrow layout for the side panel. */
  compact?: boolean;
  /** Rules and replies when the host already has them (the trainee page); otherwise loaded here. */
  rules?: PlatformRule[] | null;
  replies?: Reply[] | null;
}

/**
 * Platform rules to read: filter by platform and topic, search with the suggestion engine (pinyin and
 * colloquial words work), bookmarks. For the side panel's 规则 view and the options page.
 */
export function RulesBrowser({ compact = false, ...given }: Props) {
  const own = given.rules === undefined;
  const loaded = useLibrary(own);
  const rules = own ? loaded.rules : given.rules ?? null;
  const replies = own ? loaded.replies : given.replies ?? null;
  const bookmarks = useBookmarks();
  const [query, setQuery] = useState('');
  const [platform, setPlatform] = useState<string | null>(null);
  const [topic, setTopic] = useState<string | null>(null);
  const [bookmarkedOnly, setBookmarkedOnly] = useState(false);
  const matchIds = useRuleSearch(query, rules);

  const all = rules ?? [];
  const platforms = useMemo(() => platformsPresent(all), [rules]);
  const topics = useMemo(() => topicsPresent(all, platform), [rules, platform]);
  const activeTopic = topic && topics.includes(topic) ? topic : null;
  const shown = useMemo(
    () => filterRules(all, { platform, topic: activeTopic, bookmarkedOnly, matchIds }, bookmarks.ids),
    [rules, platform, activeTopic, bookmarkedOnly, matchIds, bookmarks.ids],
  );
  const replyMap = useMemo(() => new Map((replies ?? []).map((r) => [r.id, r])), [replies]);
  const en = (id: string) => RULE_PLATFORMS.find((p) => p.id === id)?.en;

  return (
    <section class={`rb${compact ? ' rb-compact' : ''}`} aria-label="平台规则 Platform rules">
      <div class="rb-filters">
        <input type="search" class="rb-search" value={query} aria-label="搜索规则 Search rules"
          placeholder="搜索规则：关键词、拼音、口语 Search rules"
          onInput={(e) => setQuery((e.target as HTMLInputElement).value)}
          onKeyDown={(e) => e.key === 'Escape' && setQuery('')} />
        <div class="rb-platforms" role="group" aria-label="平台 Platform">
          {[null, ...platforms].map((p) => (
            <button key={p ?? 'all'} type="button" class="rb-chip" aria-pressed={platform === p} data-platform={p ?? 'all'}
              onClick={() => setPlatform(p)}>
              {p ? platformName(p) : '全部'} {!compact && <span class="en">{p ? en(p) : 'All'}</span>}
            </button>
          ))}
        </div>
        <div class="rb-row">
          <label class="rb-topic">
            主题 <span class="en">Topic</span>
            <select value={activeTopic ?? ''} onChange={(e) => setTopic((e.target as HTMLSelectElement).value || null)}>
              <option value="">全部主题 All</option>
              {topics.map((t) => <option key={t} value={t}>{t}</option>)}
            </select>
          </label>
          <label class="rb-check">
            <input type="checkbox" checked={bookmarkedOnly} onChange={() => setBookmarkedOnly(!bookmarkedOnly)} />
            只看收藏 <span class="en">Bookmarked</span> ({bookmarks.ids.length})
          </label>
        </div>
      </div>
      <p class="rb-note" role="note">
        规则摘要仅供参考，以平台当前公布的规则原文为准 <span class="en">Summaries are for reference; the platform's current published rules prevail.</span>
      </p>
      {loaded.error && own && <p class="rb-error" role="alert">规则加载失败：{loaded.error} <button type="button" onClick={() => void loaded.reload()}>重试 Retry</button></p>}
      <p class="rb-count" aria-live="polite">
        {rules === null ? '加载中… Loading' : `显示 ${shown.length} / ${all.length} 条规则`}
      </p>
      {rules !== null && shown.length === 0 && (
        <p class="rb-empty">{bookmarkedOnly && !bookmarks.ids.length ? '还没有收藏的规则，点 ☆ 收藏。' : '没有符合条件的规则 No rules match'}</p>
      )}
      <ul class="rb-list">
        {shown.map((r) => (
          <RuleCard key={r.id} rule={r} replies={linkedReplies(r, replyMap)} bookmarked={bookmarks.ids.includes(r.id)}
            onToggleBookmark={() => bookmarks.toggle(r.id)} />
        ))}
      </ul>
    </section>
  );
}
