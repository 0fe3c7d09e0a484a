import Fuse from 'fuse.js';
import { pinyin } from 'pinyin-pro';
import type { PlatformRule, Reply } from '../library/types';
import { compact } from './normalize';

type Entry = Reply | PlatformRule;

interface Keys {
  entry: Entry;
  shortcut: string;
  /** Compacted title, computed on the first search like the pinyin. */
  title?: string;
  /** Pinyin of the title, computed on the first search (pinyin-pro is too slow to run for every entry at build). */
  initials?: string;
  full?: string;
}

export interface DirectHit {
  entry: Entry;
  reason: string;
}

const ASCII = /^[a-z0-9/]+$/;
/** Fuse.js costs ~1 ms per 1,000 titles per keystroke: fuzzy title matching stops past this size. */
const FUZZY_LIMIT = 20_000;

/**
 * What agents type into the search box to reach one reply at once: its shortcut code (exact,
 * then prefix), the pinyin initials or full pinyin of its title ("fhsj", "tuikuan"), or part of
 * its title.
 */
export class TypeAhead {
  private keys = new Map<string, Keys>();
  private fuse: Fuse<Keys> | null = null;

  upsert(entry: Entry): void {
    const shortcut = 'shortcut' in entry ? entry.shortcut.toLowerCase().replace(/^\//, '') : '';
    this.keys.set(entry.id, { entry, shortcut });
    this.fuse = null;
  }

  remove(id: string): void {
    this.keys.delete(id);
    this.fuse = null;
  }

  /** Typo-tolerant title matches (退宽 → 退款, 优惠卷 → 优惠券) for short queries. */
  private fuzzy(q: string, limit: number): Keys[] {
    if (this.keys.size > FUZZY_LIMIT || [...q].length < 2 || [...q].length > 8) return [];
    this.fuse ??= new Fuse([...this.keys.values()], {
      keys: [{ name: 'entry.title', weight: 1 }],
      threshold: 0.4,
      ignoreLocation: true,
    });
    return this.fuse.search(q, { limit }).map((r) => r.item);
  }

  find(query: string, limit: number, allowed: (e: Entry) => boolean): DirectHit[] {
    const q = query.trim().toLowerCase().replace(/^\//, '').replace(/\s+/g, '');
    if (!q) return [];
    const tiers: DirectHit[][] = [[], [], [], [], []];
    const ascii = ASCII.test(q);
    const cq = ascii ? q : compact(q);
    for (const k of this.keys.values()) {
      if (!allowed(k.entry)) continue;
      if (ascii) {
        if (k.shortcut === q) tiers[0]!.push({ entry: k.entry, reason: `快捷码 ${k.shortcut}` });
        else if (k.shortcut && k.shortcut.startsWith(q)) tiers[1]!.push({ entry: k.entry, reason: `快捷码 ${k.shortcut}` });
        else if (q.length >= 2) {
          this.ensurePinyin(k);
          if (k.initials!.startsWith(q)) tiers[2]!.push({ entry: k.entry, reason: `拼音首字母 ${k.initials}` });
          else if (q.length >= 3 && k.full!.includes(q)) tiers[3]!.push({ entry: k.entry, reason: '拼音' });
        }
      } else if (cq) {
        k.title ??= compact(k.entry.title);
        if (k.title.includes(cq)) tiers[k.title.startsWith(cq) ? 2 : 4]!.push({ entry: k.entry, reason: '标题' });
      }
    }
    const direct = tiers.flat();
    if (!ascii && direct.length < limit) {
      const seen = new Set(direct.map((d) => d.entry.id));
      for (const k of this.fuzzy(q, limit)) {
        if (!seen.has(k.entry.id) && allowed(k.entry)) direct.push({ entry: k.entry, reason: '标题相近' });
      }
    }
    return direct.slice(0, limit);
  }

  private ensurePinyin(k: Keys): void {
    if (k.initials !== undefined) return;
    const syllables = pinyin(k.entry.title, { toneType: 'none', type: 'array', nonZh: 'consecutive' })
      .map((s) => s.toLowerCase().replace(/[^a-z0-9]/g, ''))
      .filter(Boolean);
    k.initials = syllables.map((s) => s[0]).join('');
    k.full = syllables.join('');
  }
}
