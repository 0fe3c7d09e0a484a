/**
 * Canonical JSON in the manner of RFC 8785 (JCS): object keys sorted by UTF-16 code units, no
 * whitespace, numbers and strings serialised exactly as ECMAScript's JSON.stringify does (which is
 * what JCS specifies). Written here rather than taken from a package because it is 40 lines and
 * the signature's meaning must not change with someone else's release.
 *
 * Deviations kept on purpose, mirroring JSON.stringify so that what is signed equals what a
 * written-then-parsed file contains: an object property whose value is `undefined` is left out.
 */
export function canonicalJson(value: unknown): string {
  return serialise(value, '$');
}

function serialise(value: unknown, at: string): string {
  if (value === null || typeof value === 'boolean') return String(value);
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`规范化失败：${at} 不是有限数字 (${value})`);
    return JSON.stringify(value); // shortest round-trip form, -0 → 0, 1e21 style exponents
  }
  if (typeof value === 'string') {
    // A lone surrogate has no UTF-8 form: two different strings would sign as the same bytes.
    if (/\p{Cs}/u.test(value)) throw new Error(`规范化失败：${at} 含有不成对的代理字符`);
    return JSON.stringify(value);
  }
  if (Array.isArray(value)) {
    return `[${value.map((item, i) => (item === undefined ? 'null' : serialise(item, `${at}[${i}]`))).join(',')}]`;
  }
  if (isPlainObject(value)) {
    const obj = value;
    // Default sort compares UTF-16 code units, as RFC 8785 §3.2.3 requires.
    const keys = Object.keys(obj).filter((k) => obj[k] !== undefined).sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${serialise(obj[k], `${at}.${k}`)}`).join(',')}}`;
  }
  throw new Error(`规范化失败：${at} 不是 JSON 值 (${typeof value})`);
}

/** Plain objects only: a Date or Map would serialise differently from what JSON.parse gives back. */
function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/**
 * The same value as it reads back from a file written with JSON.stringify (an open size range's
 * Infinity becomes null, `undefined` disappears): what a signature or a diff must look at.
 */
export function asWritten<T>(value: T): unknown {
  return value === undefined ? null : JSON.parse(JSON.stringify(value));
}

/** The bytes a pack's signature covers: the canonical JSON of the pack without `signature`, UTF-8. */
export function packSigningBytes(pack: object): Uint8Array {
  const { signature: _signature, ...unsigned } = pack as Record<string, unknown>;
  return new TextEncoder().encode(canonicalJson(unsigned));
}
