import { getDatabase } from '../db/database';
import { getSetting } from '../db/tables/settings';
import { DEFAULT_PROFILES, mergeProfiles } from '../profiles';
import { findProfile } from '../profiles/match';
import type { PlatformProfile } from '../profiles/types';

/** Settings key of profile overrides (team packs, element picker). */
export const PROFILE_OVERRIDES_KEY = 'profileOverrides';

export async function profilesInForce(): Promise<PlatformProfile[]> {
  const overrides = await getSetting<Array<Partial<PlatformProfile> & { id: string }>>(
    getDatabase(),
    PROFILE_OVERRIDES_KEY,
    [],
  );
  return mergeProfiles(DEFAULT_PROFILES, overrides);
}

export async function profileForUrl(url: string): Promise<PlatformProfile | null> {
  return findProfile(await profilesInForce(), url);
}
