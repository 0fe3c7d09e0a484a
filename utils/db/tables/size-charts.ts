import type { KuaidaDB } from '../database';
import type { SizeChart } from '../../library/types';

export function allSizeCharts(db: KuaidaDB): Promise<SizeChart[]> {
  return db.sizeCharts.toArray();
}
