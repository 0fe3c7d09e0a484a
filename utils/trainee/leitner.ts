/**
 * A Leitner box for the rule flashcards. A new card starts in box 1; 认识 moves it up one box (seen less
 * often), 不认识 sends it back to box 1 (seen again this session). Pure functions plus a storage slot.
 */
import { finite, isRecord, storageSlot } from './storage';

export const BOXES = 5;
const DAY = 24 * 60 * 60 * 1000;
/** Days until a card in box N (1-based) is due again; box 1 is due at once, after the other due cards. */
export const BOX_INTERVAL_DAYS = [0, 1, 3, 7, 14] as const;

export interface CardState {
  box: number;
  /** Epoch ms when the card is next due. */
  due: number;
  seen: number;
  known: number;
}

export type LeitnerState = Record<string, CardState>;

export function answerCard(state: LeitnerState, id: string, known: boolean, now: number): LeitnerState {
  const prev = state[id];
  const box = known ? Math.min(BOXES, (prev?.box ?? 1) + 1) : 1;
  const card: CardState = {
    box,
    due: now + BOX_INTERVAL_DAYS[box - 1]! * DAY,
    seen: (prev?.seen ?? 0) + 1,
    known: (prev?.known ?? 0) + (known ? 1 : 0),
  };
  return { ...state, [id]: card };
}

/** The box a card is in; 0 for a card never answered. */
export const boxOf = (state: LeitnerState, id: string): number => state[id]?.box ?? 0;

/**
 * Cards due now, in the order to show them: never-seen cards and overdue ones first (oldest due first),
 * a card just missed last. Ties keep the order of `ids`.
 */
export function dueQueue(ids: readonly string[], state: LeitnerState, now: number): string[] {
  return ids
    .map((id, i) => ({ id, i, due: state[id]?.due ?? -Infinity }))
    .filter((c) => c.due <= now)
    .sort((a, b) => a.due - b.due || a.i - b.i)
    .map((c) => c.id);
}

/** Every card, due ones first then by due date: for "review ahead" once nothing is due. */
export function reviewAhead(ids: readonly string[], state: LeitnerState): string[] {
  return dueQueue(ids, state, Infinity);
}

/** How many of `ids` sit in each box: index 0 = never answered, 1…5 = boxes. */
export function boxCounts(ids: readonly string[], state: LeitnerState): number[] {
  const counts = new Array<number>(BOXES + 1).fill(0);
  for (const id of ids) counts[boxOf(state, id)]!++;
  return counts;
}

export function normalizeLeitner(raw: unknown): LeitnerState {
  const out: LeitnerState = {};
  if (!isRecord(raw)) return out;
  for (const [id, v] of Object.entries(raw)) {
    if (!isRecord(v)) continue;
    const box = Math.round(finite(v.box, 1));
    out[id] = { box: Math.min(BOXES, Math.max(1, box)), due: finite(v.due), seen: finite(v.seen), known: finite(v.known) };
  }
  return out;
}

export const LEITNER_KEY = 'kuaida.trainee.leitner';
const slot = storageSlot<LeitnerState>(LEITNER_KEY, () => ({}), normalizeLeitner);

export const loadLeitner = (): Promise<LeitnerState> => slot.get();
export const recordCard = (id: string, known: boolean, now = Date.now()): Promise<LeitnerState> =>
  slot.update((s) => answerCard(s, id, known, now));
export const resetLeitner = (): Promise<void> => slot.set({});
