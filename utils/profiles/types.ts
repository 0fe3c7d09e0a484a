import type { PlatformId } from '../library/types';

/** How text gets into a console's input box so that the page's framework notices. */
export type InsertionStrategy = 'execCommand' | 'nativeSetter' | 'paste';

/**
 * A value read from the page: the text of the first element matching `selector`,
 * or its `attribute` when given. `strip` lists descendants whose text is not part of the value.
 */
export interface ValueSelector {
  selector: string;
  attribute?: string;
  strip?: string[];
  /** Regular expression whose first group is the value (applied after reading). */
  pattern?: string;
}

/**
 * Everything Kuaida knows about one seller console's page. Profiles are data:
 * a team pack may override any of them without a release.
 */
export interface PlatformProfile {
  id: string;
  platform: PlatformId;
  name: string;
  /** Match patterns (`scheme://host/path*`) of the real console. */
  urls: string[];
  /** Match patterns of local pages modelled on the console (demo and tests). */
  testUrls?: string[];
  /** Container whose subtree is observed for new messages and switches. */
  messageList: string;
  /** One message bubble, relative to messageList. */
  message: string;
  /** Direction of a message: the first of these selectors that the message matches or contains wins. */
  direction: { buyer: string; agent: string; system: string };
  /** Text of a message, relative to the message. */
  text: string;
  conversationId: ValueSelector;
  buyerNick: ValueSelector;
  /** Title of the product card shown in the conversation, if the console shows one. */
  productTitle?: ValueSelector;
  shopName?: ValueSelector;
  /** The input box; null when the console's input cannot be reached (desktop clients). */
  input: string | null;
  insertion: InsertionStrategy;
  /** Short note shown to the agent, e.g. that a console is only a transcript. */
  note?: string;
}
