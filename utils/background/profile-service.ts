import { getDatabase } from '../db/database';
import { getSetting } from '../db/tables/settings';
import { DEFAULT_PROFILES, mergeProfiles } from '../profiles';
import { findProfile } from '../profiles/match';
import type { PlatformProfile } from '../profiles/types';

/** Settings key of profile overrides (team packs, element picker). */
export const PROFILE_OVERRIDES_KEY = 'profileOverrides';

type Override = Partial<PlatformProfile> & { id: string };

/** Bundled profiles, then team packs' overrides, then the agent's own (element picker) on top. */
export async function profilesInForce(): Promise<PlatformProfile[]> {
  const db = getDatabase();
  const team = await db.settings.where('key').startsWith('team.profiles.').toArray();
  const own = await getSetting<Override[]>(db, PROFILE_OVERRIDES_KEY, []);
  return mergeProfiles(DEFAULT_PROFILES, [...team.flatMap((row) => row.value as Override[]), ...own]);
}

export async function profileForUrl(url: string): Promise<PlatformProfile | null> {
  return findProfile(await profilesInForce(), url);
}
