import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import type { BuildFile } from '../pack/build-inputs';
import { formatPackIssue, type PackIssue } from '../pack/issues';
import { parsePack, type ParsePackResult } from '../pack/validate';

/** Exit codes: 0 done, 1 a pack or signature failed its check, 2 the command was used wrongly. */
export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

/** A mistake in how the command was called (exit code 2), as opposed to a bad pack (1). */
export class UsageError extends Error {}

export const say = (line = '') => process.stdout.write(`${line}\n`);
export const warn = (line = '') => process.stderr.write(`${line}\n`);

/** Paths in messages relative to where the lead ran the command: shorter, and what they typed. */
export const shown = (path: string) => relative(process.cwd(), resolve(path)) || '.';

export function readText(path: string): string {
  if (!existsSync(path)) throw new UsageError(`找不到文件 file not found: ${path}`);
  if (statSync(path).isDirectory()) throw new UsageError(`这是文件夹，不是文件 (a folder): ${path}`);
  return readFileSync(path, 'utf8');
}

/** Inputs of `pack build`: the files of each folder (not its subfolders, not hidden files), and single files. */
export function readInputs(paths: string[]): { files: BuildFile[]; absolute: string[] } {
  const files: BuildFile[] = [];
  const absolute: string[] = [];
  for (const p of paths) {
    if (!existsSync(p)) throw new UsageError(`找不到 not found: ${p}`);
    const list = statSync(p).isDirectory()
      ? readdirSync(p).filter((n) => !n.startsWith('.')).sort().map((n) => join(p, n)).filter((f) => statSync(f).isFile())
      : [p];
    for (const f of list) {
      files.push({ name: shown(f), text: readFileSync(f, 'utf8') });
      absolute.push(resolve(f));
    }
  }
  return { files, absolute };
}

export function writeText(path: string, text: string, mode?: number): void {
  mkdirSync(dirname(resolve(path)), { recursive: true });
  writeFileSync(path, text, mode === undefined ? undefined : { mode });
  // `mode` only applies when the file is created: tighten an existing one too.
  if (mode !== undefined) chmodSync(path, mode);
}

/**
 * A key file: the base64 line, skipping `#` comment lines (keygen writes a warning line on top).
 * For --pubkey, the argument may be the key itself instead of a file.
 */
export function readKey(pathOrKey: string, allowLiteral: boolean): string {
  if (existsSync(pathOrKey) && statSync(pathOrKey).isFile()) {
    const lines = readFileSync(pathOrKey, 'utf8').split(/\r?\n/).map((l) => l.trim());
    return lines.filter((l) => l && !l.startsWith('#')).at(-1) ?? '';
  }
  if (allowLiteral && /^[A-Za-z0-9+/]{20,}={0,2}$/.test(pathOrKey.trim())) return pathOrKey.trim();
  throw new UsageError(`找不到密钥文件 key file not found: ${pathOrKey}`);
}

export function printIssues(issues: PackIssue[], heading: string, to: (line: string) => void = warn): void {
  if (!issues.length) return;
  to(heading);
  for (const issue of issues) to(`  ${formatPackIssue(issue)}`);
}

/** Reads and validates a pack file; prints its errors. */
export function loadPack(path: string): ParsePackResult {
  const result = parsePack(readText(path));
  if (!result.ok) printIssues(result.errors, `✗ ${shown(path)} 不是有效的数据包 (invalid pack)：`);
  printIssues(result.warnings, `! ${shown(path)} 提醒 (warnings)：`);
  return result;
}

export function kilobytes(text: string): string {
  const bytes = Buffer.byteLength(text, 'utf8');
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`;
}
