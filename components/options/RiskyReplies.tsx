import { useEffect, useState } from 'preact/hooks';
import type { LibraryReport } from '@/utils/compliance';
import { sendMessage } from '@/utils/messaging/protocol';
import { CATEGORY_NAMES } from '@/components/sidepanel/DraftFindings';

interface Props {
  replies: Array<{ id: string; title: string; text: string }>;
  /** Words before the count, e.g. "话术库中" or "将导入的话术中". */
  scope: string;
}

/** "3 条话术含风险用语": the draft checker run over library replies, with what it found in each. */
export function RiskyReplies({ replies, scope }: Props) {
  const [reports, setReports] = useState<LibraryReport[] | null>(null);
  useEffect(() => {
    let stale = false;
    setReports(null);
    const slim = replies.map(({ id, title, text }) => ({ id, title, text }));
    void sendMessage('checkReplies', { replies: slim }).then((r) => !stale && setReports(r));
    return () => {
      stale = true;
    };
  }, [replies]);
  if (reports === null) return <p class="hint">正在检查风险用语… Checking…</p>;
  const titles = new Map(replies.map((r) => [r.id, r.title]));
  return (
    <details class="risky-replies" data-count={reports.length}>
      <summary>
        {reports.length === 0 ? `${scope}没有发现风险用语` : `${scope}有 ${reports.length} 条话术含风险用语`}
        <span class="en"> {reports.length} risky</span>
      </summary>
      <ul>
        {reports.map((r) => (
          <li key={r.replyId}>
            <strong>{titles.get(r.replyId) ?? r.replyId}</strong>：
            {r.findings.map((f) => `${CATEGORY_NAMES[f.category]}「${f.match}」`).join('；')}
          </li>
        ))}
      </ul>
    </details>
  );
}
