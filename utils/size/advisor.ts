import type { SizeChart } from '../library/types';
import { readBodyData, type BodyData } from './body-data';
import { adviceExplanation, adviceReply, chartAudience, recommendSize, type SizeAdvice } from './recommend';

/** Words of a buyer asking which size to take, when no measurement is given yet. */
const ASKS_SIZE = /尺码|码数|码子|几码|什么码|啥码|多大码|哪个码|拿多大|穿多大|要多大|选多大|大小|合身|偏大|偏小|[sSmMlL]码|[xX]{1,3}[lL]|号码/;

export interface SizeConsultation {
  chart: SizeChart | null;
  /** Why this chart: the product word that matched, the agent's choice, or the only chart there is. */
  chartReason: string;
  body: BodyData;
  advice: SizeAdvice | null;
  reply: string;
  explanation: string;
}

/** The chart for the product in the conversation: the agent's choice, else the one whose words the title uses most. */
export function chooseChart(
  charts: SizeChart[],
  context: { productTitle?: string | null; message?: string; chosenId?: string | null },
): { chart: SizeChart; reason: string } | null {
  if (context.chosenId) {
    const chosen = charts.find((c) => c.id === context.chosenId);
    if (chosen) return { chart: chosen, reason: '客服选择' };
  }
  for (const [text, source] of [[context.productTitle, '商品'], [context.message, '买家消息']] as const) {
    if (!text) continue;
    // The chart whose words cover most of the text wins: "儿童卫衣 男童" is kids' wear, not a top.
    let best: { chart: SizeChart; words: string[]; cover: number } | null = null;
    for (const chart of charts) {
      const words = chart.matchWords.filter((w) => w && text.includes(w));
      const cover = words.reduce((n, w) => n + w.length, 0);
      if (cover > (best?.cover ?? 0)) best = { chart, words, cover };
    }
    if (best) return { chart: best.chart, reason: `${source}含「${best.words.join('、')}」` };
  }
  return charts.length === 1 ? { chart: charts[0]!, reason: '唯一的尺码表' } : null;
}

/**
 * Size advice for a buyer message, or null when the message is not about size. When no chart
 * can be told from context the consultation still says so, so that the agent can pick one.
 */
export function consultSize(
  message: string,
  charts: SizeChart[],
  context: { productTitle?: string | null; chosenId?: string | null } = {},
): SizeConsultation | null {
  const plain = readBodyData(message);
  const measured = plain.heightCm !== null || plain.weightKg !== null || plain.waistCm !== null;
  if (!measured && !ASKS_SIZE.test(message)) return null;
  const picked = chooseChart(charts, { ...context, message });
  if (!picked) {
    return { chart: null, chartReason: '', body: plain, advice: null, reply: '', explanation: '无法判断商品对应的尺码表，请在下方选择' };
  }
  const body = readBodyData(message, { subjectHint: chartAudience(picked.chart) });
  const advice = recommendSize(picked.chart, body);
  return {
    chart: picked.chart,
    chartReason: picked.reason,
    body,
    advice,
    reply: adviceReply(advice, body, picked.chart),
    explanation: adviceExplanation(advice),
  };
}
