import defaults from './default-profiles.json';
import type { PlatformProfile } from './types';

export const DEFAULT_PROFILES = defaults as PlatformProfile[];

/**
 * The profiles in force: the bundled defaults with overrides (from a team pack or the
 * agent's element picker) replacing a default of the same id field by field, and new ids added.
 */
export function mergeProfiles(
  base: PlatformProfile[],
  overrides: Array<Partial<PlatformProfile> & { id: string }>,
): PlatformProfile[] {
  const merged = new Map(base.map((p) => [p.id, p]));
  for (const o of overrides) {
    const current = merged.get(o.id);
    if (current) merged.set(o.id, { ...current, ...o, direction: { ...current.direction, ...o.direction } });
    else if (isCompleteProfile(o)) merged.set(o.id, o);
  }
  return [...merged.values()];
}

function isCompleteProfile(p: Partial<PlatformProfile>): p is PlatformProfile {
  return Boolean(p.id && p.platform && p.urls?.length && p.messageList && p.message && p.direction && p.text);
}

/** Every match pattern the content script must be registered for (manifest content_scripts). */
export function contentScriptMatches(profiles = DEFAULT_PROFILES): string[] {
  return [...new Set(profiles.flatMap((p) => [...p.urls, ...(p.testUrls ?? [])]))];
}

export type { PlatformProfile };
