import { getDatabase } from '../db/database';
import type { SizeChart } from '../library/types';
import { chartForMessage } from '../library/size-format';
import { fillVariables } from '../library/variables';
import type { ChatSnapshot, SizeView, Suggestion } from '../messaging/protocol';
import { detectMood, type Mood } from '../mood/detect';
import { consultSize } from '../size/advisor';
import { getLibraryIndex } from './library-service';

export const SUGGESTION_LIMIT = 9;
/** The group whose replies calm an angry buyer; ranked first when the buyer is upset. */
export const SOOTHING_GROUP = '投诉安抚';
/** The size advice is not a library entry: it is inserted from the tab's current suggestions by this id. */
export const SIZE_ADVICE_ID = 'size-advice';

export interface Choices {
  shop: string | null;
  chartId: string | null;
}

/**
 * Library suggestions for a message, scoped to the shop and platform, variables filled. For an
 * upset buyer, de-escalation replies come first: the ones the message matches, else the team's
 * most used ones.
 */
export async function librarySuggestions(text: string, chat: ChatSnapshot | null, shop: string | null, mood: Mood | null): Promise<Suggestion[]> {
  const index = await getLibraryIndex();
  const scope = { limit: SUGGESTION_LIMIT, shop, platform: chat?.platform };
  let list = index.suggest(text, scope);
  if (mood && mood.level !== 'calm') {
    const matched = list.filter((s) => s.group === SOOTHING_GROUP);
    const extra = index.group(SOOTHING_GROUP, scope).filter((s) => !matched.some((m) => m.id === s.id));
    const soothing = [...matched, ...extra].slice(0, mood.level === 'angry' ? 3 : 2);
    list = [...soothing, ...list.filter((s) => !soothing.some((m) => m.id === s.id))].slice(0, SUGGESTION_LIMIT);
  }
  return list.map((s) => (s.kind === 'reply' ? { ...s, text: fillVariables(s.text, { buyerNick: chat?.buyerNick, shopName: shop }) } : s));
}

function chartsInScope(charts: SizeChart[], shop: string | null): SizeChart[] {
  return charts.filter((c) => !shop || c.shops.length === 0 || c.shops.includes(shop));
}

function rowsToHighlight(consultation: NonNullable<ReturnType<typeof consultSize>>): number[] {
  const advice = consultation.advice;
  if (!advice || !consultation.chart) return [];
  if (advice.kind === 'single') return [advice.row];
  const rows = consultation.chart.rows;
  if (advice.kind === 'between') {
    const [a, b] = advice.sizes.map((s) => rows.findIndex((r) => r.size === s));
    return a! >= 0 && b! >= 0 ? rows.map((_, i) => i).filter((i) => i >= a! && i <= b!) : [];
  }
  return [...new Set(advice.matches.flatMap((m) => m.rows))];
}

/**
 * Everything the panel shows for a buyer message: size advice first when the message is about
 * size (its reply insertable like any other), then library replies and rules.
 */
export async function buildSuggestions(
  text: string,
  chat: ChatSnapshot | null,
  choices: Choices,
): Promise<{ suggestions: Suggestion[]; size: SizeView | null; mood: Mood }> {
  const shop = choices.shop ?? chat?.shop ?? null;
  const earlier = (chat?.recent ?? []).filter((m) => m.direction === 'buyer' && m.text !== text).map((m) => m.text);
  const mood = detectMood(text, earlier);
  const [library, charts] = await Promise.all([librarySuggestions(text, chat, shop, mood), getDatabase().sizeCharts.toArray()]);
  const scoped = chartsInScope(charts, shop);
  const consultation = consultSize(text, scoped, { productTitle: chat?.productTitle, chosenId: choices.chartId });
  if (!consultation) return { suggestions: library, size: null, mood };
  const chart = consultation.chart;
  const size: SizeView = {
    chart: chart ? chartForMessage(chart) : null,
    chartReason: consultation.chartReason,
    charts: scoped.map((c) => ({ id: c.id, name: c.name })),
    highlight: rowsToHighlight(consultation),
    kind: consultation.advice?.kind ?? null,
    explanation: consultation.explanation,
    notes: consultation.body.notes,
  };
  if (!chart || !consultation.reply) return { suggestions: library, size, mood };
  const label = consultation.advice?.kind === 'single' ? `建议 ${consultation.advice.size} 码` : '尺码建议';
  const advice: Suggestion = {
    id: SIZE_ADVICE_ID,
    kind: 'size',
    title: label,
    group: chart.name,
    text: consultation.reply,
    reason: consultation.explanation,
    score: Number.MAX_SAFE_INTEGER,
  };
  return { suggestions: [advice, ...library], size, mood };
}
