/**
 * `npm run bench`: prints every benchmark's figures, each beside its baseline measured in the
 * same run. Speed is reported here, never asserted in tests. `--skip-e2e` leaves out the browser.
 */
import { fmt } from './stats';
import { benchDraftCheck, benchPanelLatency } from './panel-latency';
import { benchImport } from './import';
import { benchSearch, printSearchBench } from './search';
import { benchWorkerRestart, printWorkerRestart } from './worker-restart';

const args = process.argv.slice(2);
const sizes = args.filter((a) => /^\d+$/.test(a)).map(Number);

printSearchBench(await benchSearch(sizes.length ? sizes : [1000, 10000, 100000]));
console.log('');
await benchImport();

if (!args.includes('--skip-e2e')) {
  console.log('\n== Buyer message → suggestions shown in the side panel (real Chromium, built extension) ==');
  console.log('console | median ms | p95 ms | n');
  for (const r of await benchPanelLatency(20)) {
    console.log(`${r.consoleName.padEnd(7)} | ${fmt(r.medianMs).padStart(9)} | ${fmt(r.p95Ms).padStart(6)} | ${r.n}`);
  }
  printWorkerRestart(await benchWorkerRestart(8));
  const d = await benchDraftCheck(20);
  console.log('\n== Risky draft typed → findings shown in the side panel (includes the 60 ms typing debounce) ==');
  console.log(`median ${fmt(d.medianMs)} ms | p95 ${fmt(d.p95Ms)} ms | n ${d.n}`);
}
