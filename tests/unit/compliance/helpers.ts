import { checkDraft } from '@/utils/compliance';
import type { Category, ComplianceLists } from '@/utils/compliance';

/** The categories reported for a draft, in the checker's fixed order: what the panel shows. */
export function categories(text: string, lists?: ComplianceLists): Category[] {
  return [...new Set(checkDraft(text, lists).map((f) => f.category))].sort();
}

/** Table rows: [draft, expected categories]; clean drafts expect []. */
export type Row = [string, Category[]];
