import words from './data/mood-words.json';

export type MoodLevel = 'calm' | 'upset' | 'angry';

export interface Mood {
  level: MoodLevel;
  urgent: boolean;
  /** The words and marks that gave it away, for the agent to see. */
  signals: string[];
}

const find = (text: string, list: string[]) => list.filter((w) => text.includes(w));

/**
 * How the buyer feels, from the latest message and the earlier ones of the conversation: threats
 * to complain (投诉, 12315, 差评) or insults make an angry buyer; milder frustration repeated
 * over several messages, or piled-up exclamation marks, escalate too.
 */
export function detectMood(latest: string, earlier: string[] = []): Mood {
  const text = latest.toLowerCase();
  const escalation = find(text, words.escalation);
  const anger = find(text, words.anger);
  const frustration = find(text, words.frustration);
  const urgency = find(text, words.urgency);
  const shouting = /[!！]{2,}|[?？]{3,}/.test(latest) ? ['！！'] : [];
  const before = earlier.slice(-4).join('\n').toLowerCase();
  const repeated = frustration.length + find(before, words.frustration).length + find(before, words.escalation).length;

  let level: MoodLevel = 'calm';
  if (escalation.length || anger.length || (frustration.length && shouting.length) || repeated >= 3) level = 'angry';
  else if (frustration.length || shouting.length) level = 'upset';
  return { level, urgent: urgency.length > 0, signals: [...escalation, ...anger, ...frustration, ...shouting, ...urgency] };
}
