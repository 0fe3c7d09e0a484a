import { build } from 'esbuild';
import path from 'node:path';
import { ROOT } from './extension';

/** Bundles a project module into a script that exposes its exports as `window[globalName]`. */
export async function bundleForPage(entry: string, globalName: string): Promise<string> {
  const out = await build({
    entryPoints: [path.join(ROOT, entry)],
    bundle: true,
    write: false,
    format: 'iife',
    globalName,
    target: 'chrome120',
    alias: { '@': ROOT },
  });
  return out.outputFiles[0]!.text;
}
