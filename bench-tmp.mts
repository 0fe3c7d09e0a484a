import { generateReplies } from './tests/bench/generate-library.ts';
import { LibraryIndex } from './utils/search/engine.ts';
for (const n of [1000, 10000, 100000]) {
  const replies = generateReplies(n, 42);
  const t0 = performance.now();
  const idx = new LibraryIndex(replies, []);
  const t1 = performance.now();
  const qs = ['亲包邮吗为什么还要邮费啊', '啥时候能到', '我想不要了', '质量太差了我要投诉', '可以开发票吗公司报销', '165 110斤穿什么码', '快递到哪了怎么还没更新', '退款什么时候到账'];
  const lat: number[] = [];
  for (let r = 0; r < 5; r++) for (const q of qs) { const a = performance.now(); idx.suggest(q, { limit: 5 }); lat.push(performance.now() - a); }
  lat.sort((a, b) => a - b);
  console.log(n, 'build', (t1 - t0).toFixed(0), 'ms; p50', lat[Math.floor(lat.length / 2)].toFixed(2), 'p95', lat[Math.floor(lat.length * 0.95)].toFixed(2), 'heap MB', (process.memoryUsage().heapUsed / 1e6).toFixed(0));
}
