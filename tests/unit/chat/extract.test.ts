// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { latestBuyerMessage, readChat } from '@/utils/chat/extract';
import { DEFAULT_PROFILES } from '@/utils/profiles';
import { findProfile } from '@/utils/profiles/match';

/**
 * Each console profile against a saved page of that console (tests/fixtures/pages). When a
 * console changes its markup, update the fixture from the live page and fix the profile data.
 */
interface Expected {
  profileId: string;
  url: string;
  conversationId: string;
  buyerNick: string;
  latestBuyerText: string;
  productTitle: string | null;
  /** Messages with text by direction (cards without text are not messages to answer). */
  textCounts: { buyer: number; agent: number; system: number };
}

const dir = path.resolve(__dirname, '../../fixtures/pages');
const expected = JSON.parse(readFileSync(path.join(dir, 'expected.json'), 'utf8')) as Record<string, Expected>;

describe.each(Object.entries(expected))('profile against saved page %s', (file, want) => {
  const doc = new DOMParser().parseFromString(readFileSync(path.join(dir, file), 'utf8'), 'text/html');
  const profile = findProfile(DEFAULT_PROFILES, want.url);

  it('is chosen for the console URL', () => {
    expect(profile?.id).toBe(want.profileId);
  });

  it('reads conversation, buyer, product and the latest buyer message', () => {
    const read = readChat(doc, profile!);
    expect(read.listFound).toBe(true);
    expect(read.conversationId).toBe(want.conversationId);
    expect(read.buyerNick).toBe(want.buyerNick);
    expect(read.productTitle).toBe(want.productTitle);
    expect(latestBuyerMessage(read.messages)?.text).toBe(want.latestBuyerText);
  });

  it('tells buyer, agent and system messages apart', () => {
    const read = readChat(doc, profile!);
    const count = (d: string) => read.messages.filter((m) => m.direction === d).length;
    expect({ buyer: count('buyer'), agent: count('agent'), system: count('system') }).toEqual(want.textCounts);
    expect(new Set(read.messages.map((m) => m.key)).size).toBe(read.messages.length);
  });

  it('finds the input box where the console has one', () => {
    if (profile!.input === null) expect(profile!.note).toMatch(/剪贴板/);
    else expect(doc.querySelector(profile!.input)).not.toBeNull();
  });
});

describe('readChat on a page without the chat pane', () => {
  it('reports that the list is missing rather than failing', () => {
    const doc = new DOMParser().parseFromString('<p>loading</p>', 'text/html');
    const read = readChat(doc, DEFAULT_PROFILES[0]!);
    expect(read).toMatchObject({ listFound: false, messages: [], conversationId: null, buyerNick: null });
  });

  it('survives a broken selector from a team pack', () => {
    const doc = new DOMParser().parseFromString('<div id="t-chat-scroll"></div>', 'text/html');
    const read = readChat(doc, { ...DEFAULT_PROFILES[0]!, message: ':::bad', buyerNick: { selector: '[[' } });
    expect(read).toMatchObject({ listFound: true, messages: [], buyerNick: null });
  });
});
