import { readChartCsv, readJson, readJsonArray, readReplyCsv, readShopCsv, type BuildFile, type BuildIssue, type Read } from './build-inputs';
import { byFile, locateIssue } from './build-locate';
import { asWritten } from './canonical';
import type { PackIssue } from './issues';
import { PACK_FORMAT, PACK_FORMAT_VERSION } from './limits';
import type { Pack } from './schema';
import { validatePack } from './validate';

export type { BuildFile, BuildIssue };

export interface BuildOptions {
  /** Override pack.json's fields (the CLI's --id, --version, --title, --publisher). */
  id?: string;
  version?: string | number;
  title?: string;
  publisher?: string;
  /** One pack per shop in shops.json/csv: entries scoped to it plus the shared ones. */
  perShop?: boolean;
  /** publishedAt; also the default version when none is given. */
  now?: Date;
}

export type BuildResult =
  | { ok: true; packs: Pack[]; warnings: BuildIssue[]; ignored: string[] }
  | { ok: false; errors: BuildIssue[]; warnings: BuildIssue[] };

type Section = 'shops' | 'replies' | 'sizeCharts' | 'rules' | 'forbiddenWords' | 'profiles';

/** Which section a file feeds, from its base name; null for pack.json and files not recognised. */
function kindOf(name: string): { section: Section; read: (f: BuildFile) => Read } | 'meta' | null {
  const base = (name.split(/[\\/]/).pop() ?? name).toLowerCase();
  const is = (prefix: string, ext: string) => base.startsWith(prefix) && base.endsWith(ext);
  if (base === 'pack.json') return 'meta';
  if (is('replies', '.csv')) return { section: 'replies', read: readReplyCsv };
  if (is('shops', '.csv')) return { section: 'shops', read: readShopCsv };
  if (is('shops', '.json')) return { section: 'shops', read: readJsonArray };
  if (is('size-charts', '.json')) return { section: 'sizeCharts', read: readJsonArray };
  if (is('rules', '.json')) return { section: 'rules', read: readJsonArray };
  if (is('forbidden-words', '.json')) return { section: 'forbiddenWords', read: readJsonArray };
  if (is('profiles', '.json')) return { section: 'profiles', read: readJsonArray };
  if (is('charts', '.csv') || is('size-charts', '.csv')) return { section: 'sizeCharts', read: readChartCsv };
  return null;
}

const META_KEYS = ['id', 'version', 'title', 'publisher'] as const;

/**
 * Builds a pack (or one per shop) from a lead's files. Either every problem in every file is
 * reported, with file, row and column, or packs are returned: never a partly built pack.
 */
export function buildPack(files: BuildFile[], options: BuildOptions = {}): BuildResult {
  const now = options.now ?? new Date();
  const errors: BuildIssue[] = [];
  const ignored: string[] = [];
  const empty = (): Read => ({ entries: [], origins: [], errors: [] });
  const sections: Record<Section, Read> = {
    shops: empty(), replies: empty(), sizeCharts: empty(), rules: empty(), forbiddenWords: empty(), profiles: empty(),
  };
  let meta: Record<string, unknown> = {};
  let metaFile: string | null = null;

  for (const file of files) {
    const kind = kindOf(file.name);
    if (kind === null) ignored.push(file.name);
    else if (kind === 'meta') {
      const json = readJson(file);
      if (!json.ok) errors.push(json.error);
      else if (typeof json.value !== 'object' || json.value === null || Array.isArray(json.value)) errors.push({ file: file.name, message: '应为 JSON 对象 {…}' });
      else if ((json.value as Record<string, unknown>).format === PACK_FORMAT) {
        errors.push({ file: file.name, message: '这是已生成的数据包，不是元数据文件：pack.json 只写 id、version、title、publisher，请把生成的数据包放到别处' });
      } else {
        meta = json.value as Record<string, unknown>;
        metaFile = file.name;
        for (const key of Object.keys(meta)) {
          if (!(META_KEYS as readonly string[]).includes(key)) errors.push({ file: file.name, path: key, message: `未知字段，pack.json 只能写 ${META_KEYS.join('、')}` });
        }
      }
    } else {
      const read = kind.read(file);
      const into = sections[kind.section];
      into.entries.push(...read.entries);
      into.origins.push(...read.origins);
      errors.push(...read.errors);
    }
  }

  const given = (key: (typeof META_KEYS)[number]) => (options[key] !== undefined ? options[key] : meta[key]);
  const id = given('id');
  if (id === undefined) errors.push({ file: metaFile ?? 'pack.json', message: '缺少数据包 id：请在 pack.json 中写 "id"，或用 --id 指定' });
  const pack: Record<string, unknown> = {
    format: PACK_FORMAT,
    formatVersion: PACK_FORMAT_VERSION,
    id,
    version: given('version') ?? defaultVersion(now),
    publishedAt: now.toISOString(),
    ...(given('title') !== undefined ? { title: given('title') } : {}),
    ...(given('publisher') !== undefined ? { publisher: given('publisher') } : {}),
    ...Object.fromEntries(Object.entries(sections).map(([s, r]) => [s, r.entries])),
  };

  const origins = Object.fromEntries(Object.entries(sections).map(([s, r]) => [s, r.origins]));
  const fromOption = (key: string) => (options as Record<string, unknown>)[key] !== undefined;
  const locate = (issue: PackIssue): BuildIssue => locateIssue(issue, origins, fromOption, metaFile);
  const checked = validatePack(pack);
  const warnings = checked.warnings.map(locate);
  if (!checked.ok) errors.push(...checked.errors.filter((e) => !(e.path === 'id' && id === undefined)).map(locate));
  if (errors.length || !checked.ok) return { ok: false, errors: byFile(errors), warnings: byFile(warnings) };
  if (!options.perShop) return { ok: true, packs: [checked.pack], warnings: byFile(warnings), ignored };
  return splitByShop(checked.pack, byFile(warnings), ignored);
}

/** `2026.11.22-093000` (UTC): sorts as text and changes on every build. */
function defaultVersion(now: Date): string {
  const iso = now.toISOString();
  return `${iso.slice(0, 10).replace(/-/g, '.')}-${iso.slice(11, 19).replace(/:/g, '')}`;
}

/** One pack per shop: that shop's entries plus the shared ones (empty `shops`). */
function splitByShop(pack: Pack, warnings: BuildIssue[], ignored: string[]): BuildResult {
  if (pack.shops.length === 0) {
    return { ok: false, errors: [{ file: 'shops.json', message: '按店铺分包需要店铺列表：请提供 shops.json 或 shops.csv' }], warnings };
  }
  const errors: BuildIssue[] = [];
  const packs: Pack[] = [];
  for (const shop of pack.shops) {
    const scoped = <T extends { shops: string[] }>(list: T[]) => list.filter((e) => e.shops.length === 0 || e.shops.includes(shop.id));
    const one: Pack = {
      ...pack,
      id: `${pack.id}.${shop.id}`,
      ...(pack.title ? { title: `${pack.title} · ${shop.name}` } : {}),
      shops: [shop],
      replies: scoped(pack.replies),
      sizeCharts: scoped(pack.sizeCharts),
      rules: scoped(pack.rules),
    };
    const check = validatePack(asWritten(one)); // as the file will read: open ranges are null there
    if (check.ok) packs.push(one);
    else errors.push(...check.errors.map((e) => ({ file: `${one.id}`, path: e.path, message: e.message })));
  }
  return errors.length ? { ok: false, errors, warnings } : { ok: true, packs, warnings, ignored };
}

/**
 * A pack file as written: indented, so that a lead reading it (or its git history) can follow.
 * The layout is free: the signature covers the canonical form, not these bytes.
 */
export function packToJson(pack: object): string {
  return `${JSON.stringify(pack, null, 2)}\n`;
}
