import type { KuaidaDB } from '../database';
import type { PlatformRule } from '../../library/types';

export function allRules(db: KuaidaDB): Promise<PlatformRule[]> {
  return db.rules.toArray();
}
