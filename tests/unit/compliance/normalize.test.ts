import { describe, expect, it } from 'vitest';
import { checkDraft, digitsView, textView } from '@/utils/compliance';

describe('textView', () => {
  it('folds full width, case and spacing', () => {
    expect(textView('ＡＢＣ　ｖ　Ｘ，１２３').text).toBe('abcvx,123');
  });

  it('drops decoration inserted between characters', () => {
    expect(textView('薇❤信').text).toBe('薇信');
    expect(textView('V✨信').text).toBe('v信');
    expect(textView('微\u200b信').text).toBe('微信');
  });

  it('drops separators next to Chinese characters but keeps them inside URLs', () => {
    expect(textView('微.信 威-信 V_信').text).toBe('微信威信v信');
    expect(textView('t.cn/Ab1').text).toBe('t.cn/ab1');
  });

  it('reads pictographs and look-alikes that stand for words', () => {
    expect(textView('🐧号').text).toBe('企鹅号');
    expect(textView('➕V').text).toBe('+v');
  });

  it('maps traditional forms of listed words', () => {
    expect(textView('絕對頂級').text).toBe('绝对顶级');
  });

  it('maps every view character back to the original text', () => {
    const original = '加 Ｖ❤信';
    const v = textView(original);
    expect(v.text).toBe('加v信');
    expect(v.text.split('').map((_, i) => original.slice(v.from[i], v.to[i]))).toEqual(['加', 'Ｖ', '信']);
  });
});

describe('digitsView', () => {
  const digits = (s: string) => digitsView(textView(s)).text;

  it('turns spelled-out numbers into digits', () => {
    expect(digits('一三八零零一二三四五六')).toBe('13800123456');
    expect(digits('壹叁捌贰贰叁叁肆肆伍伍')).toBe('13822334455');
    expect(digits('幺三九 二二三三 四四五五')).toBe('13922334455');
  });

  it('joins digits split by spaces, dots, dashes or stars', () => {
    expect(digits('138 1234 5678')).toBe('13812345678');
    expect(digits('138.1234.5678')).toBe('13812345678');
    expect(digits('138-1234-5678')).toBe('13812345678');
    expect(digits('138*1234*5678')).toBe('13812345678');
    expect(digits('１３８－１２３４－５６７８')).toBe('13812345678');
  });

  it('reads a letter o between digits as zero', () => {
    expect(digits('138o1234567')).toBe('13801234567');
  });

  it('leaves short numerals and ordinary numbers alone', () => {
    expect(digits('适合一到三岁')).toBe('适合一到三岁');
    expect(digits('第一次')).toBe('第一次');
    expect(digits('3.5元')).toBe('3.5元');
  });
});

describe('obfuscated contact details are found and located', () => {
  const spans = (text: string) => checkDraft(text).filter((f) => f.category === 'offplatform').map((f) => f.match);

  it.each([
    ['电话 １３９ ００１１ ２２３３ 打我', '１３９ ００１１ ２２３３'],
    ['手机一五九二二三三四四五五', '一五九二二三三四四五五'],
    ['加 v x ：abc_12', 'v x'],
    ['微 信号 kd888', '微 信号'],
    ['w.x: kd_shop', 'w.x'],
    ['抠抠：12345678', '抠抠'],
    ['🐧号 12345678', '🐧号'],
  ])('%s', (text, span) => {
    expect(spans(text).some((s) => s.includes(span))).toBe(true);
  });

  it('reports offsets in the original text', () => {
    const text = '亲～有事打我手机 壹叁捌 零零壹壹 贰贰叁叁';
    const f = checkDraft(text).find((x) => x.match.startsWith('壹'));
    expect(f).toBeDefined();
    expect(text.slice(f!.start, f!.end)).toBe('壹叁捌 零零壹壹 贰贰叁叁');
  });
});
