import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import {
  BOOKMARKS_KEY,
  loadBookmarks,
  normalizeBookmarks,
  saveBookmarks,
  setBookmark,
  toggleBookmark,
  toggleStoredBookmark,
  watchBookmarks,
} from '@/utils/trainee/bookmarks';

beforeEach(() => fakeBrowser.reset());

describe('bookmark list', () => {
  it('toggles an id on and off, keeping the order bookmarked', () => {
    expect(toggleBookmark([], 'a')).toEqual(['a']);
    expect(toggleBookmark(['a', 'b'], 'c')).toEqual(['a', 'b', 'c']);
    expect(toggleBookmark(['a', 'b', 'c'], 'b')).toEqual(['a', 'c']);
  });

  it('sets a bookmark to a given state', () => {
    expect(setBookmark(['a'], 'a', true)).toEqual(['a']);
    expect(setBookmark(['a'], 'a', false)).toEqual([]);
    expect(setBookmark([], 'b', true)).toEqual(['b']);
  });

  it('cleans whatever was stored', () => {
    expect(normalizeBookmarks(undefined)).toEqual([]);
    expect(normalizeBookmarks('x')).toEqual([]);
    expect(normalizeBookmarks(['a', 3, '', 'a', null, 'b'])).toEqual(['a', 'b']);
  });
});

describe('bookmark storage', () => {
  it('starts empty and keeps everything under one key', async () => {
    expect(await loadBookmarks()).toEqual([]);
    await toggleStoredBookmark('rule-law-01');
    await toggleStoredBookmark('rule-jd-02');
    expect(await loadBookmarks()).toEqual(['rule-law-01', 'rule-jd-02']);
    const all = await browser.storage.local.get(null);
    expect(Object.keys(all)).toEqual([BOOKMARKS_KEY]);
  });

  it('loses no toggle when several happen at once', async () => {
    await Promise.all(['a', 'b', 'c', 'a'].map((id) => toggleStoredBookmark(id)));
    expect(await loadBookmarks()).toEqual(['b', 'c']);
  });

  it('survives a corrupted value and tells watchers about changes', async () => {
    await browser.storage.local.set({ [BOOKMARKS_KEY]: { not: 'a list' } });
    expect(await loadBookmarks()).toEqual([]);
    const seen: string[][] = [];
    const stop = watchBookmarks((ids) => seen.push(ids));
    await saveBookmarks(['x', 'x', 'y']);
    stop();
    await saveBookmarks(['z']);
    expect(seen).toEqual([['x', 'y']]);
  });
});
