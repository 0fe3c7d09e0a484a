#!/usr/bin/env node
// Launcher for `npx kuaida …` (package.json "bin"): loads the TypeScript CLI through tsx's
// programmatic API, so there is no build step. tsconfig: false — the CLI needs no path aliases,
// and the lead's own tsconfig in the working directory must not change how it compiles.
import { register } from 'tsx/esm/api';

register({ tsconfig: false });
const { main } = await import('./kuaida.ts');
try {
  process.exitCode = await main(process.argv.slice(2));
} catch (e) {
  console.error(`✗ 内部错误 internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
  process.exitCode = 1;
}
