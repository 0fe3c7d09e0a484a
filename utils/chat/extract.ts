import type { ChatMessage, Direction } from '../messaging/protocol';
import type { PlatformProfile } from '../profiles/types';
import { cleanText, readValue } from './read-value';

export interface ChatRead {
  /** False while the console has not rendered its message list (loading, no conversation open). */
  listFound: boolean;
  conversationId: string | null;
  buyerNick: string | null;
  productTitle: string | null;
  shopName: string | null;
  messages: ChatMessage[];
}

function safeQueryAll(root: ParentNode, selector: string): Element[] {
  try {
    return [...root.querySelectorAll(selector)];
  } catch {
    return [];
  }
}

function hasOrIs(el: Element, selector: string): boolean {
  try {
    return el.matches(selector) || el.querySelector(selector) !== null;
  } catch {
    return false;
  }
}

export function messageDirection(el: Element, profile: PlatformProfile): Direction | null {
  // System first: JD wraps system notices in the same `.message` shell as chat bubbles.
  if (hasOrIs(el, profile.direction.system)) return 'system';
  if (hasOrIs(el, profile.direction.buyer)) return 'buyer';
  if (hasOrIs(el, profile.direction.agent)) return 'agent';
  return null;
}

function messageKey(el: Element, index: number, text: string): string {
  const id = el.id || el.querySelector('[id]')?.id;
  return id ? `#${id}` : `@${index}:${text}`;
}

/** Reads the chat pane with a profile's selectors. Pure: no side effects on the page. */
export function readChat(doc: ParentNode, profile: PlatformProfile): ChatRead {
  const list = safeQueryAll(doc, profile.messageList)[0];
  const messages: ChatMessage[] = [];
  if (list) {
    safeQueryAll(list, profile.message).forEach((el, index) => {
      const direction = messageDirection(el, profile);
      if (!direction) return;
      const textEl = safeQueryAll(el, profile.text)[0];
      const text = cleanText(textEl?.textContent);
      if (!text && direction !== 'system') return; // images and cards carry no text to answer
      messages.push({ direction, text, key: messageKey(el, index, text) });
    });
  }
  return {
    listFound: Boolean(list),
    conversationId: readValue(doc, profile.conversationId),
    buyerNick: readValue(doc, profile.buyerNick),
    productTitle: readValue(doc, profile.productTitle),
    shopName: readValue(doc, profile.shopName),
    messages,
  };
}

export function latestBuyerMessage(messages: ChatMessage[]): ChatMessage | null {
  for (let i = messages.length - 1; i >= 0; i--) if (messages[i]!.direction === 'buyer') return messages[i]!;
  return null;
}
