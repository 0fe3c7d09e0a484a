import { describe, expect, it } from 'vitest';
import { contentScriptMatches, DEFAULT_PROFILES, mergeProfiles } from '@/utils/profiles';
import { findProfile, matchesPattern } from '@/utils/profiles/match';

describe('matchesPattern', () => {
  it('ignores the port and matches the path glob, like Chrome', () => {
    expect(matchesPattern('http://localhost:5273/kuaida-demo/jd.html', 'http://localhost/kuaida-demo/jd*')).toBe(true);
    expect(matchesPattern('http://localhost/kuaida-demo/pdd.html', 'http://localhost/kuaida-demo/jd*')).toBe(false);
    expect(matchesPattern('http://127.0.0.1:5273/kuaida-demo/jd.html', 'http://localhost/kuaida-demo/jd*')).toBe(false);
  });

  it('handles scheme and subdomain wildcards', () => {
    expect(matchesPattern('https://a.b.example.com/x', '*://*.example.com/*')).toBe(true);
    expect(matchesPattern('https://example.com/x', '*://*.example.com/*')).toBe(true);
    expect(matchesPattern('https://badexample.com/x', '*://*.example.com/*')).toBe(false);
    expect(matchesPattern('ftp://example.com/x', '*://example.com/*')).toBe(false);
    expect(matchesPattern('not a url', '*://example.com/*')).toBe(false);
    expect(matchesPattern('https://example.com/x', 'garbage')).toBe(false);
  });
});

describe('platform profiles', () => {
  it.each([
    ['https://dongdong.jd.com/', 'jd-dongdong'],
    ['https://mms.pinduoduo.com/chat-merchant/index.html#/', 'pdd-merchant'],
    ['https://im.jinritemai.com/pc_seller_v2/main/workspace', 'douyin-feige'],
    ['https://im.kwaixiaodian.com/workbench', 'kuaishou-workbench'],
    ['https://market.m.taobao.com/app/qn/im-history-search/index.html', 'qianniu-imui'],
    ['http://localhost:40000/kuaida-demo/jd.html', 'jd-dongdong'],
    ['http://localhost:40000/kuaida-demo/pdd.html', 'pdd-merchant'],
  ])('%s uses profile %s', (url, id) => {
    expect(findProfile(DEFAULT_PROFILES, url)?.id).toBe(id);
  });

  it('recognises no profile on other pages', () => {
    expect(findProfile(DEFAULT_PROFILES, 'https://www.jd.com/')).toBeNull();
    expect(findProfile(DEFAULT_PROFILES, 'http://localhost:40000/kuaida-demo/')).toBeNull();
  });

  it('registers the content script for every profile URL', () => {
    const matches = contentScriptMatches();
    for (const p of DEFAULT_PROFILES) for (const u of p.urls) expect(matches).toContain(u);
  });

  it('every console has selectors for list, message, direction, text, conversation, nick and input', () => {
    for (const p of DEFAULT_PROFILES) {
      expect(p.messageList && p.message && p.text, p.id).toBeTruthy();
      expect(p.direction.buyer && p.direction.agent && p.direction.system, p.id).toBeTruthy();
      expect(p.conversationId.selector && p.buyerNick.selector, p.id).toBeTruthy();
      expect(p.input === null ? p.note : p.insertion, p.id).toBeTruthy();
    }
  });

  it('overrides replace fields of a default profile and may add new consoles', () => {
    const merged = mergeProfiles(DEFAULT_PROFILES, [
      { id: 'jd-dongdong', input: '#new-editor', direction: { buyer: '.left-new' } as never },
      { id: 'custom', platform: 'taobao', name: '自定义', urls: ['https://x.example/*'], messageList: '#l', message: '.m', direction: { buyer: '.b', agent: '.a', system: '.s' }, text: '.t', conversationId: { selector: '#c' }, buyerNick: { selector: '#n' }, input: '#i', insertion: 'nativeSetter' },
      { id: 'incomplete', urls: ['https://y.example/*'] },
    ]);
    const jd = merged.find((p) => p.id === 'jd-dongdong')!;
    expect(jd.input).toBe('#new-editor');
    expect(jd.direction.buyer).toBe('.left-new');
    expect(jd.direction.agent).toBe('.message_right');
    expect(findProfile(merged, 'https://x.example/chat')?.id).toBe('custom');
    expect(merged.some((p) => p.id === 'incomplete')).toBe(false);
  });
});
