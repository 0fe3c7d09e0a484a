import { defineExtensionMessaging } from '@webext-core/messaging';
import type { LearnedExampleRow, PlatformId, PlatformRule, Reply, Shop, SizeChart } from '../library/types';
import type { InsertionStrategy, PlatformProfile } from '../profiles/types';
import type { Subscription } from '../subscriptions/types';
import type { KuaidaBackup } from '../background/backup-service';
import type { Finding, LibraryReport } from '../compliance';
import type { Mood } from '../mood/detect';

export type Direction = 'buyer' | 'agent' | 'system';

export type EntryKind = 'reply' | 'rule' | 'sizeChart';
export type AnyEntry = Reply | PlatformRule | SizeChart;

export interface ChatMessage {
  direction: Direction;
  text: string;
  /** Stable enough to tell a new message from one already seen (element id, or position + text). */
  key: string;
}

/** What the content script read from the active chat pane. Chat text stays inside the browser. */
export interface ChatSnapshot {
  profileId: string;
  platform: PlatformId;
  profileName: string;
  conversationId: string | null;
  buyerNick: string | null;
  productTitle: string | null;
  /** Shop name shown by the console, when its profile knows where; scopes suggestions. */
  shop: string | null;
  latestBuyer: ChatMessage | null;
  /** The last few messages of the conversation, oldest first. */
  recent: ChatMessage[];
  /** False on consoles whose input box the extension cannot reach (千牛 desktop client). */
  canInsert: boolean;
  note?: string;
  /** performance.timeOrigin + now() when the content script saw the change (for latency figures). */
  seenAt: number;
}

export interface Suggestion {
  id: string;
  /** 'size': advice computed from a size chart for this message (inserted like a reply). */
  kind: 'reply' | 'rule' | 'size';
  title: string;
  group: string;
  /** For replies, the text to insert (variables filled); for rules, the summary. */
  text: string;
  /** Words of the query that matched, for the "why" line. */
  reason: string;
  score: number;
  /** For rules: where the rule comes from and when it was checked. */
  source?: string;
}

/** What the panel shows of a size consultation: the chart, the rows that matched, why. */
export interface SizeView {
  chart: SizeChart | null;
  chartReason: string;
  /** Charts the agent can choose from when the product does not tell. */
  charts: Array<{ id: string; name: string }>;
  highlight: number[];
  kind: 'single' | 'between' | 'ask' | 'none' | null;
  explanation: string;
  notes: string[];
}

/** The agent's draft in the console's input box and what the compliance check found in it. */
export interface DraftCheck {
  text: string;
  findings: Finding[];
  checkedAt: number;
}

export interface PanelState {
  tabId: number | null;
  chat: ChatSnapshot | null;
  draft: DraftCheck | null;
  /** How the buyer feels, from the latest messages (angry buyers get de-escalation replies first). */
  mood: Mood | null;
  suggestions: Suggestion[];
  size: SizeView | null;
  /** Shop chosen in the panel for this tab (null: the console's own, or every shop). */
  shopChoice: string | null;
  /** When the suggestions were computed (epoch ms). */
  computedAt: number;
}

export interface InsertResult {
  ok: boolean;
  strategy?: InsertionStrategy | 'clipboard';
  error?: string;
}

/** Every one-shot message between the extension's parts. The background answers all but insertText. */
export interface ProtocolMap {
  /** content → background: the profile for this page, or null when none applies. */
  getProfile(data: { url: string }): PlatformProfile | null;
  /** content → background: the chat pane changed (new buyer message, conversation switch). */
  reportChat(data: ChatSnapshot): void;
  /** content → background: Alt+N pressed in the page; insert the Nth suggestion shown for this tab. */
  pickSuggestion(data: { n: number }): InsertResult;
  /** background → content: put text into the console's input box (never sends). */
  insertText(data: { text: string }): InsertResult;
  /** panel → background: insert a library entry into the target tab's input. */
  insertSuggestion(data: { tabId: number; id: string }): InsertResult;
  /** panel → background: what the panel lists now, so Alt+N in the page picks the same entry. */
  setVisibleList(data: { tabId: number; suggestions: Suggestion[] }): void;
  /** panel → background: manual search over the whole library. */
  searchLibrary(data: { query: string; limit?: number; kinds?: Array<'reply' | 'rule'> }): Suggestion[];
  /** panel → background: suggestions for a pasted buyer question (clipboard mode). */
  suggestFor(data: { text: string; shop?: string | null; chartId?: string | null }): { suggestions: Suggestion[]; size: SizeView | null };
  /** panel → background: the shop or size chart the agent picked for this tab; suggestions are recomputed. */
  setChoices(data: { tabId: number; shop?: string | null; chartId?: string | null }): void;
  /** panel → background: the shops known (from team packs), for the shop chooser. */
  listShops(): Shop[];
  /** panel → background: a reply was copied to the clipboard for this buyer question (learning from use). */
  recordUse(data: { id: string; question?: string }): void;
  /** panel/options → background: every learned example, for the team lead to review or export. */
  listLearnedExamples(): Array<LearnedExampleRow & { replyTitle: string }>;
  /** panel/options → background: forget one learned example. */
  forgetLearnedExample(data: { id: number }): void;
  /** options → background: team pack subscriptions and their status. */
  listSubscriptions(): Subscription[];
  /** options → background: subscribe to a pack URL (optionally pinned to the lead's public key) and fetch it. */
  subscribe(data: { url: string; publicKey: string | null }): Subscription;
  unsubscribe(data: { id: string }): void;
  /** options → background: fetch a subscription now. */
  refreshSubscription(data: { id: string }): Subscription | null;
  /** options → background: the library manager (utils/background/library-edit-service.ts). */
  listEntries(data: { kind: EntryKind }): { entries: AnyEntry[]; hidden: string[] };
  saveEntry(data: { kind: EntryKind; entry: AnyEntry }): AnyEntry;
  deleteEntries(data: { kind: EntryKind; ids: string[] }): AnyEntry[];
  restoreEntries(data: { kind: EntryKind; entries: AnyEntry[] }): void;
  setHidden(data: { kind: EntryKind; id: string; hidden: boolean }): void;
  importReplies(data: { replies: Reply[]; mode: 'merge' | 'replace' }): { written: number; removed: number };
  /** content → background: the draft in the input box changed; returns what the page's marker shows. */
  reportDraft(data: { text: string }): { count: number; severity: Finding['severity'] | null };
  /** panel/trainee → background: compliance check of any text, with the team's word lists. */
  checkText(data: { text: string }): Finding[];
  /** options → background: compliance check of library replies ("3 replies contain risky words"). */
  checkReplies(data: { replies: Array<{ id: string; title: string; text: string }> }): LibraryReport[];
  /** options → background: full backup of everything (library, settings, learned questions) and restore. */
  exportBackup(): KuaidaBackup;
  restoreBackup(data: { backup: unknown }): Record<string, number>;
}

export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();

/** The long-lived port a side panel opens to receive pushed state. */
export const PANEL_PORT = 'kuaida-panel';

export type PanelToBackground = {
  type: 'watch';
  windowId: number | null;
  pinnedTabId: number | null;
  selfTabId: number | null;
};
export type BackgroundToPanel = { type: 'state'; state: PanelState } | { type: 'focusSearch' };
