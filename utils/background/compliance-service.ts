import { checkDraft, checkLibrary, DEFAULT_LISTS, mergeLists, type Category, type ComplianceLists, type Finding } from '../compliance';
import { getDatabase } from '../db/database';
import { onMessage } from '../messaging/protocol';
import { notifyPanels } from './panels';
import { updateTab } from './tab-state';

interface PackWords {
  category: Category;
  terms: string[];
  allow?: string[];
}

let lists: Promise<ComplianceLists> | null = null;

/** The bundled word lists plus every subscribed team pack's forbidden words, built once. */
export function complianceLists(): Promise<ComplianceLists> {
  lists ??= (async () => {
    const rows = await getDatabase().settings.where('key').startsWith('team.forbiddenWords.').toArray();
    let merged = DEFAULT_LISTS;
    for (const row of rows) {
      for (const w of (row.value as PackWords[] | undefined) ?? []) {
        merged = mergeLists(merged, { categories: { [w.category]: { terms: w.terms, allow: w.allow } } });
      }
    }
    return merged;
  })();
  return lists;
}

/** Call when team packs change. */
export function invalidateComplianceLists(): void {
  lists = null;
}

const RANK = { high: 3, medium: 2, low: 1 } as const;

export function worstSeverity(findings: Finding[]): Finding['severity'] | null {
  return findings.reduce<Finding['severity'] | null>((w, f) => (!w || RANK[f.severity] > RANK[w] ? f.severity : w), null);
}

export function setupCompliance(): void {
  // The content script sends the draft as the agent types; findings go to the panel, the count back to the page's marker.
  onMessage('reportDraft', async ({ data, sender }) => {
    const tabId = sender.tab?.id;
    const findings = checkDraft(data.text, await complianceLists());
    if (tabId !== undefined) {
      await updateTab(tabId, { draft: { text: data.text, findings, checkedAt: Date.now() } });
      await notifyPanels(tabId);
    }
    return { count: findings.length, severity: worstSeverity(findings) };
  });

  onMessage('checkText', async ({ data }) => checkDraft(data.text, await complianceLists()));

  onMessage('checkReplies', async ({ data }) => checkLibrary(data.replies, await complianceLists()));
}
