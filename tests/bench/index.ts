/** `npm run bench`: prints every benchmark's figures. Speed is reported here, never asserted in tests. */
import { fmt } from './stats';
import { benchPanelLatency } from './panel-latency';

console.log('== Buyer message → suggestions shown in the side panel (real Chromium, built extension) ==');
console.log('console | median ms | p95 ms | n');
for (const r of await benchPanelLatency(20)) {
  console.log(`${r.consoleName.padEnd(7)} | ${fmt(r.medianMs).padStart(9)} | ${fmt(r.p95Ms).padStart(6)} | ${r.n}`);
}
