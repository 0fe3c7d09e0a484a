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

/**
 * One family of tone cues (or of cleaners): its weight counts once per draft when any of its patterns occurs.
 * Each pattern is compiled on its own, so back-references (`\\1`) work; `{NAME}` macros are expanded.
 */
export interface ToneCue {
  id: string;
  /** Shown to the agent in the finding's rule, in Simplified Chinese (反问, 命令买家…). */
  label: string;
  /** Positive for cues, negative for cleaners (an apology, an alternative offered). */
  weight: number;
  patterns: string[];
  /** A property of the whole draft (no softening anywhere): adds weight but is not what gets highlighted. */
  global?: boolean;
  note?: string;
  /** Advice when this cue weighs most in the draft; the stage's `suggestion` otherwise. */
  suggestion?: string;
}

/**
 * The tone stage of the negative category: a score over cue families (rhetorical questions, orders to the
 * buyer, blame, mockery, dismissal…) minus cleaners (apology, explanation, alternative, polite verbs).
 * It catches put-downs no list names yet; a finding is reported when the score reaches `threshold`.
 */
export interface ToneLists {
  note?: string;
  /** Rule text; `{cues}` is replaced by the labels of the cues found. */
  rule: string;
  suggestion: string;
  threshold: number;
  /** From this score on the finding is medium, below it low. */
  mediumAt: number;
  /** Patterns whose matches no cue may overlap (别担心, 你好, 还有货…); the negative category's `allow` applies too. */
  allow: string[];
  cues: ToneCue[];
  cleaners: ToneCue[];
}

export interface ComplianceLists {
  /** Named alternatives that patterns insert with `{NAME}`. */
  vocab: Record<string, string[]>;
  categories: Record<Category, CategoryLists>;
  /** Tone stage for the negative category; absent → only the word lists run. */
  tone?: ToneLists;
}

/** What a team pack may add. Category-level `terms`/`patterns` become one extra rule with the category's defaults. */
export interface ComplianceExtra {
  vocab?: Record<string, string[]>;
  /** Tone cues/cleaners (same id: patterns appended; new id: added) and allow patterns. */
  tone?: { cues?: ToneCue[]; cleaners?: ToneCue[]; allow?: string[] };
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
