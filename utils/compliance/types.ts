/** Shapes of the compliance checker: what it reports and the data (word lists, patterns) it runs on. */

export type Category = 'absolute' | 'offplatform' | 'inducement' | 'promise' | 'negative';
export type Severity = 'high' | 'medium' | 'low';

export const CATEGORIES: readonly Category[] = ['absolute', 'offplatform', 'inducement', 'promise', 'negative'];

export interface Finding {
  category: Category;
  severity: Severity;
  /** UTF-16 offsets into the text as the agent typed it (not the normalised text), end exclusive. */
  start: number;
  end: number;
  /** The original text between start and end, for highlighting. */
  match: string;
  /** Why it matters, in Simplified Chinese (the law or platform rule). */
  rule: string;
  /** A polite rewording or what to say instead. */
  suggestion?: string;
}

/**
 * One rule: literal terms and/or regular expressions over the normalised text, reported together.
 * Patterns may use `{NAME}` to insert the alternatives of `vocab.NAME` (e.g. `{TIME}`, `{BENEFIT}`),
 * so a team pack that adds a word to the vocabulary extends every rule that uses it.
 */
export interface RuleGroup {
  id: string;
  /** For maintainers: why the rule exists and where its boundary is (JSON has no comments). */
  note?: string;
  /** Literal phrases, matched after normalisation (width, case, separators, traditional forms). */
  terms?: string[];
  /** Regular-expression sources (no flags; JSON-escaped). */
  patterns?: string[];
  /** `digits`: run on the view where Chinese/financial numerals are digits and separators between digits are gone. */
  view?: 'text' | 'digits';
  severity?: Severity;
  rule?: string;
  suggestion?: string;
  /** Report even inside an allow-listed (trap) phrase: for wording that is risky whatever surrounds it. */
  ignoreAllow?: boolean;
  /** Report even after a negator/hedge in the same clause. */
  ignoreNegators?: boolean;
  /** Drop the finding when any of these patterns occurs anywhere in the draft (an apology or alternative offered). */
  unless?: string[];
  /** Drop the finding when the draft is also reported in one of these categories (which then describes it better). */
  yieldTo?: Category[];
}

export interface CategoryLists {
  /** For maintainers: what the category covers and what it deliberately leaves out. */
  note?: string;
  rule: string;
  suggestion: string;
  severity: Severity;
  /** Patterns that, just before a match in the same clause, negate or hedge it (不是/不能保证/预计…). */
  negators: string[];
  /** How many characters may stand between a negator and the match. */
  negatorGap: number;
  /**
   * Patterns that, just after a match in the same clause, negate it (好评返现是不允许的, 保证明天到是不可能的).
   * Optional: categories without them only look backwards.
   */
  postNegators?: string[];
  /** How many characters may stand between the match and a post-negator (default 6). */
  postNegatorGap?: number;
  /** Trap words: a match overlapping one of them is dropped (最近, 微波炉, 万能胶…). */
  allow: string[];
  /** Trap patterns, same effect as `allow`. */
  allowPatterns: string[];
  groups: RuleGroup[];
  /** Matched word → better wording, shown as "word → replacement" (the longest contained word wins). */
  replacements: Record<string, string>;
}

export interface ComplianceLists {
  /** Named alternatives that patterns insert with `{NAME}`. */
  vocab: Record<string, string[]>;
  categories: Record<Category, CategoryLists>;
}

/** What a team pack may add. Category-level `terms`/`patterns` become one extra rule with the category's defaults. */
export interface ComplianceExtra {
  vocab?: Record<string, string[]>;
  categories?: Partial<
    Record<
      Category,
      {
        terms?: string[];
        patterns?: string[];
        allow?: string[];
        allowPatterns?: string[];
        negators?: string[];
        postNegators?: string[];
        groups?: RuleGroup[];
        replacements?: Record<string, string>;
      }
    >
  >;
}
