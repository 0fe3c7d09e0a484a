import { describe, expect, it } from 'vitest';
import { canonicalJson, packSigningBytes } from '@/utils/pack/canonical';
import { fullPack, reversed } from './fixtures';

describe('canonicalJson', () => {
  it('does not depend on key order', () => {
    const pack = fullPack();
    expect(JSON.stringify(reversed(pack))).not.toBe(JSON.stringify(pack));
    expect(canonicalJson(reversed(pack))).toBe(canonicalJson(pack));
  });

  it('matches the RFC 8785 example (§3.2.2): numbers, escapes and literals', () => {
    const input = JSON.parse(
      '{"numbers":[333333333.33333329,1E30,4.50,2e-3,0.000000000000000000000000001],'
      + '"string":"\\u20ac$\\u000F\\u000aA\'\\u0042\\u0022\\u005c\\\\\\"\\/","literals":[null,true,false]}',
    );
    expect(canonicalJson(input)).toBe(
      '{"literals":[null,true,false],"numbers":[333333333.3333333,1e+30,4.5,0.002,1e-27],"string":"€$\\u000f\\nA\'B\\"\\\\\\\\\\"/"}',
    );
  });

  it('sorts keys by UTF-16 code units (RFC 8785 §3.2.3)', () => {
    const input = { '\u20ac': 1, '\r': 2, '\ufb33': 3, '1': 4, '\ud83d\ude00': 5, '\u0080': 6, '\u00f6': 7 };
    const keys = Object.keys(JSON.parse(canonicalJson(input)) as object);
    // JSON.parse puts the integer-like key first again; compare the serialised order instead.
    expect(canonicalJson(input)).toBe('{"\\r":2,"1":4,"\u0080":6,"ö":7,"€":1,"😀":5,"דּ":3}');
    expect(keys).toHaveLength(7);
  });

  it('serialises numbers as ECMAScript does', () => {
    expect(canonicalJson([0, -0, 5e-324, 1.7976931348623157e308, 9007199254740992, 1e21, 0.000001, 1e-7])).toBe(
      '[0,0,5e-324,1.7976931348623157e+308,9007199254740992,1e+21,0.000001,1e-7]',
    );
  });

  it('leaves out undefined properties, as the written file would', () => {
    expect(canonicalJson({ a: undefined, b: [undefined] })).toBe('{"b":[null]}');
  });

  it('refuses values without a JSON form', () => {
    expect(() => canonicalJson({ x: Infinity })).toThrow(/\$\.x 不是有限数字/);
    expect(() => canonicalJson(['\ud800'])).toThrow(/不成对的代理字符/);
    expect(() => canonicalJson({ d: new Date(0) })).toThrow(/不是 JSON 值/);
  });
});

describe('packSigningBytes', () => {
  it('covers everything but the signature', () => {
    const pack = fullPack();
    const signed = { ...pack, signature: { alg: 'Ed25519', value: 'x' } };
    expect(packSigningBytes(signed)).toEqual(packSigningBytes(pack));
    expect(packSigningBytes({ ...pack, title: 'other' })).not.toEqual(packSigningBytes(pack));
  });
});
