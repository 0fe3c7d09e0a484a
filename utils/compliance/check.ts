/**
 * The compliance checker: runs every category's rules over normalised views of a draft and reports
 * findings in the agent's own text coordinates. Pure and synchronous: the content script calls it on
 * every keystroke, so all expensive work (compiling the lists) is cached per lists object.
 */
import { compile, type CompiledCategory, type CompiledGroup, type CompiledTone } from './compile';
import { DEFAULT_LISTS } from './lists';
import { BOUNDARY, clauseStart, digitsView, textView, type View } from './normalize';
import { CATEGORIES, type Category, type ComplianceLists, type Finding, type Severity } from './types';

type Range = [number, number];

const RANK: Record<Severity, number> = { low: 0, medium: 1, high: 2 };

interface Candidate {
  finding: Finding;
  yieldTo?: Category[];
}

/** How far back (in normalised characters) a negator is looked for; the clause start limits it further. */
const NEGATOR_REACH = 16;

function ranges(re: RegExp, view: View): Range[] {
  const out: Range[] = [];
  re.lastIndex = 0;
  for (let m; (m = re.exec(view.text)); ) {
    if (!m[0].length) {
      re.lastIndex++;
      continue;
    }
    out.push([view.from[m.index]!, view.to[m.index + m[0].length - 1]!]);
  }
  return out;
}

function negated(view: View, at: number, negator: RegExp): boolean {
  const from = Math.max(clauseStart(view.text, at), at - NEGATOR_REACH);
  return from < at && negator.test(view.text.slice(from, at));
}

/** A negator right after the match in the same clause (好评返现是不允许的). */
function postNegated(view: View, end: number, negator: RegExp): boolean {
  return negator.test(view.text.slice(end, end + NEGATOR_REACH));
}

function suggestionFor(cat: CompiledCategory, g: CompiledGroup, normalised: string): string {
  const hit = cat.replacements.find(([word]) => normalised.includes(word));
  if (hit) return `${hit[0]} → ${hit[1]}`;
  return g.group.suggestion ?? cat.lists.suggestion;
}

function scanCategory(text: string, views: { text: View; digits: () => View }, cat: CompiledCategory, out: Candidate[]) {
  const allowCache = new Map<View, Range[]>();
  const allowed = (view: View, start: number, end: number) => {
    if (!cat.allow) return false;
    let list = allowCache.get(view);
    if (!list) allowCache.set(view, (list = ranges(cat.allow, view)));
    return list.some(([s, e]) => s < end && start < e);
  };
  for (const g of cat.groups) {
    if (g.unless?.test(views.text.text)) continue;
    const view = g.group.view === 'digits' ? views.digits() : views.text;
    g.re.lastIndex = 0;
    for (let m; (m = g.re.exec(view.text)); ) {
      const len = m[0].length;
      if (!len) {
        g.re.lastIndex++;
        continue;
      }
      // Restart one character later, not after the match: an alternative that starts inside this match
      // may reach further ("加微" then "微信"), and overlapping findings are merged below.
      g.re.lastIndex = m.index + 1;
      const start = view.from[m.index]!;
      const end = view.to[m.index + len - 1]!;
      if (!g.group.ignoreAllow && allowed(view, start, end)) continue;
      if (!g.group.ignoreNegators && cat.negator && negated(view, m.index, cat.negator)) continue;
      if (!g.group.ignoreNegators && cat.postNegator && postNegated(view, m.index + len, cat.postNegator)) continue;
      out.push({
        finding: {
          category: cat.category,
          severity: g.group.severity ?? cat.lists.severity,
          start,
          end,
          match: text.slice(start, end),
          rule: g.group.rule ?? cat.lists.rule,
          suggestion: suggestionFor(cat, g, m[0]),
        },
        yieldTo: g.group.yieldTo,
      });
    }
  }
}

/** Where a sentence ends, for choosing which sentence of a draft the tone finding highlights. */
const SENTENCE_END = /[。!?\n]/;

interface ToneHit {
  id: string;
  global: boolean;
  weight: number;
  start: number;
  end: number;
}

/**
 * The tone stage of the negative category: every cue family found in the draft adds its weight once,
 * every cleaner found (apology, explanation, alternative, polite verbs) subtracts its weight once, and a
 * score at or above the threshold is reported on the sentence whose cues weigh most, naming the cues so
 * the agent sees why. Catches put-downs that no list names yet, from how they are said.
 */
function scanTone(text: string, view: View, tone: CompiledTone, out: Candidate[]) {
  const s = view.text;
  const allowed: Range[] = [];
  if (tone.allow) {
    tone.allow.lastIndex = 0;
    for (let m; (m = tone.allow.exec(s)); ) {
      if (m[0].length) allowed.push([m.index, m.index + m[0].length]);
      else tone.allow.lastIndex++;
    }
  }
  const hits: ToneHit[] = [];
  const weights = new Map<string, number>();
  for (const { cue, res } of tone.cues) {
    for (const re of res) {
      re.lastIndex = 0;
      for (let m; (m = re.exec(s)); ) {
        if (!m[0].length) {
          re.lastIndex++;
          continue;
        }
        const start = m.index;
        const end = start + m[0].length;
        if (allowed.some(([a, b]) => a < end && start < b)) continue;
        hits.push({ id: cue.id, global: !!cue.global, weight: cue.weight, start, end });
        weights.set(cue.id, cue.weight);
      }
    }
  }
  let score = 0;
  for (const w of weights.values()) score += w;
  const { threshold, mediumAt } = tone.lists;
  if (score < threshold) return;
  for (const { cue, res } of tone.cleaners) {
    if (res.some((re) => ((re.lastIndex = 0), re.test(s)))) score += cue.weight;
  }
  if (score < threshold) return;

  // The sentence whose distinct cues weigh most carries the highlight.
  const sentenceOf = (i: number) => {
    let n = 0;
    for (let k = 0; k < i; k++) if (SENTENCE_END.test(s[k]!)) n++;
    return n;
  };
  const located = hits.filter((h) => !h.global);
  const bySentence = new Map<number, ToneHit[]>();
  for (const h of located.length ? located : hits) {
    const k = sentenceOf(h.start);
    bySentence.set(k, [...(bySentence.get(k) ?? []), h]);
  }
  const weigh = (hs: ToneHit[]) => [...new Map(hs.map((h) => [h.id, h.weight])).values()].reduce((a, b) => a + b, 0);
  const best = [...bySentence.values()].sort((a, b) => weigh(b) - weigh(a))[0]!;
  let start = Math.min(...best.map((h) => h.start));
  let end = Math.max(...best.map((h) => h.end));
  while (start < end - 1 && BOUNDARY.test(s[start]!)) start++;
  while (end > start + 1 && BOUNDARY.test(s[end - 1]!)) end--;

  const cues = tone.cues.filter((c) => weights.has(c.cue.id)).map((c) => c.cue).sort((a, b) => b.weight - a.weight);
  const from = view.from[start]!;
  const to = view.to[end - 1]!;
  out.push({
    finding: {
      category: 'negative',
      severity: score >= mediumAt ? 'medium' : 'low',
      start: from,
      end: to,
      match: text.slice(from, to),
      rule: tone.lists.rule.replace('{cues}', cues.map((c) => c.label).join('、')),
      suggestion: cues.find((c) => c.suggestion)?.suggestion ?? tone.lists.suggestion,
    },
  });
}

/**
 * Overlapping findings of one category are one problem: report their union, with the rule and advice
 * of the longest part (the most specific wording).
 */
function merge(text: string, findings: Finding[]): Finding[] {
  const sorted = [...findings].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Finding[] = [];
  const open = new Map<string, Finding>();
  for (const f of sorted) {
    const last = open.get(f.category);
    if (!last || f.start >= last.end) {
      const copy = { ...f };
      kept.push(copy);
      open.set(f.category, copy);
      continue;
    }
    if (f.end - f.start > last.end - last.start) Object.assign(last, { rule: f.rule, suggestion: f.suggestion });
    if (RANK[f.severity] > RANK[last.severity]) last.severity = f.severity;
    last.end = Math.max(last.end, f.end);
    last.match = text.slice(last.start, last.end);
  }
  return kept;
}

/**
 * Compiles the lists ahead of time (about 30 ms once per lists object), so that the first keystroke
 * does not pay for it: call from the content script at start-up or in an idle callback.
 */
export function prepare(lists: ComplianceLists = DEFAULT_LISTS): void {
  compile(lists);
  checkDraft('预热', lists);
}

/** Risky wording in one draft, in text order. Deterministic for a given text and lists. */
export function checkDraft(text: string, lists: ComplianceLists = DEFAULT_LISTS): Finding[] {
  if (!text || !text.trim()) return [];
  const compiled = compile(lists);
  const tv = textView(text);
  let dv: View | null = null;
  const views = { text: tv, digits: () => (dv ??= digitsView(tv)) };
  const candidates: Candidate[] = [];
  for (const cat of compiled.categories) scanCategory(text, views, cat, candidates);
  if (compiled.tone) scanTone(text, tv, compiled.tone, candidates);
  const present = new Set(candidates.map((c) => c.finding.category));
  const kept = candidates.filter((c) => !c.yieldTo?.some((y) => present.has(y))).map((c) => c.finding);
  return merge(text, kept);
}

export type Summary = Record<Category, number> & { total: number };

/** Findings per category (every category present, zero when clean) and in all. */
export function summarize(findings: readonly Finding[]): Summary {
  const counts = Object.fromEntries(CATEGORIES.map((c) => [c, 0])) as Record<Category, number>;
  for (const f of findings) counts[f.category]++;
  return { ...counts, total: findings.length };
}

export interface LibraryReport {
  replyId: string;
  findings: Finding[];
}

/**
 * Library replies with risky wording, in input order; clean replies are left out. Only the text is checked:
 * it is what reaches the buyer, while the title is the agent's own label.
 */
export function checkLibrary(
  replies: ReadonlyArray<{ id: string; title: string; text: string }>,
  lists: ComplianceLists = DEFAULT_LISTS,
): LibraryReport[] {
  const out: LibraryReport[] = [];
  for (const r of replies) {
    const findings = checkDraft(r.text, lists);
    if (findings.length) out.push({ replyId: r.id, findings });
  }
  return out;
}
