import type { ChatMessage } from '../messaging/protocol';
import type { PlatformProfile } from '../profiles/types';
import { latestBuyerMessage, readChat, type ChatRead } from './extract';

export interface ChatChange {
  read: ChatRead;
  latestBuyer: ChatMessage | null;
  /** True when the conversation differs from the one last reported. */
  switched: boolean;
}

export interface WatcherOptions {
  /** Quiet time before the pane is read after a burst of DOM changes. */
  debounceMs?: number;
  /** How long to wait for the message list after the header shows another conversation. */
  switchSettleMs?: number;
}

function listSignature(messages: ChatMessage[]): string {
  const last = messages[messages.length - 1];
  return `${messages.length}|${last?.key ?? ''}`;
}

/**
 * Observes a console's chat pane and calls `onChange` once per meaningful change: a new buyer
 * message, another conversation, another buyer nick or product. Consoles such as JD show the
 * new conversation's header before its messages, so after a switch the watcher waits until the
 * list changes too (or `switchSettleMs` passes, for an empty conversation) before reporting.
 */
export class ChatWatcher {
  private observer: MutationObserver | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private lastReported: { conversationId: string | null; fingerprint: string; listSig: string } | null = null;
  private pendingSwitch: { conversationId: string | null; since: number } | null = null;
  private readonly debounceMs: number;
  private readonly switchSettleMs: number;

  constructor(
    private readonly doc: Document,
    private readonly profile: PlatformProfile,
    private readonly onChange: (change: ChatChange) => void,
    options: WatcherOptions = {},
  ) {
    this.debounceMs = options.debounceMs ?? 10;
    this.switchSettleMs = options.switchSettleMs ?? 1200;
  }

  start(): void {
    if (this.observer) return;
    this.observer = new MutationObserver(() => this.schedule(this.debounceMs));
    this.observer.observe(this.doc.body ?? this.doc.documentElement, {
      childList: true,
      subtree: true,
      characterData: true,
      attributes: true,
      attributeFilter: this.watchedAttributes(),
    });
    this.check();
  }

  stop(): void {
    this.observer?.disconnect();
    this.observer = null;
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  /** Forget what was reported, so that the next check reports again (e.g. after the worker restarted). */
  reset(): void {
    this.lastReported = null;
    this.schedule(0);
  }

  private watchedAttributes(): string[] {
    const specs = [this.profile.conversationId, this.profile.buyerNick, this.profile.productTitle];
    const attrs = specs.map((s) => s?.attribute).filter((a): a is string => Boolean(a));
    return [...new Set(['class', 'id', ...attrs])];
  }

  private schedule(ms: number): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.check(), ms);
  }

  private check(): void {
    this.timer = undefined;
    if (!this.observer) return;
    const read = readChat(this.doc, this.profile);
    const latestBuyer = latestBuyerMessage(read.messages);
    const listSig = listSignature(read.messages);
    const prev = this.lastReported;
    const switched = prev !== null && read.conversationId !== prev.conversationId;

    if (switched) {
      if (this.pendingSwitch?.conversationId !== read.conversationId) {
        this.pendingSwitch = { conversationId: read.conversationId, since: Date.now() };
      }
      const waited = Date.now() - this.pendingSwitch.since;
      if (listSig === prev.listSig && waited < this.switchSettleMs) {
        this.schedule(this.switchSettleMs - waited);
        return;
      }
    }
    this.pendingSwitch = null;

    const fingerprint = [read.listFound, read.buyerNick, read.productTitle, latestBuyer?.key, latestBuyer?.text].join('\u0001');
    if (prev && !switched && prev.fingerprint === fingerprint) return;
    this.lastReported = { conversationId: read.conversationId, fingerprint, listSig };
    this.onChange({ read, latestBuyer, switched });
  }
}
