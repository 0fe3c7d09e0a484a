import { describe, expect, it } from 'vitest';
import { detectMood } from '@/utils/mood/detect';

describe('detectMood', () => {
  it.each([
    ['今天能发货吗', 'calm'],
    ['好的谢谢', 'calm'],
    // Product words that contain an insult's characters are no insult.
    ['现在购买赠送什么东西吗', 'calm'],
    ['滚筒洗衣机能洗羽绒服吗', 'calm'],
    ['ATM机能刷吗', 'calm'],
    ['什么破东西用一天就坏了', 'angry'],
    ['东西收到了有点失望', 'upset'],
    ['怎么还没发货！！', 'angry'],
    ['再不处理我就打12315投诉你们', 'angry'],
    ['你们就是骗子', 'angry'],
    ['不给退我就给差评', 'angry'],
    ['退一赔三懂不懂', 'angry'],
  ])('%s → %s', (text, level) => {
    expect(detectMood(text).level).toBe(level);
  });

  it('escalates mild frustration repeated over the conversation', () => {
    expect(detectMood('还没到吗', ['等了好几天了', '怎么回事啊']).level).toBe('angry');
    expect(detectMood('还没到吗').level).toBe('upset');
  });

  it('notices urgency separately from mood, and names the signals', () => {
    const m = detectMood('明天要用 能不能加急 太过分了');
    expect(m).toMatchObject({ level: 'angry', urgent: true });
    expect(m.signals).toEqual(expect.arrayContaining(['太过分', '明天要用', '加急']));
    expect(detectMood('急用，今天能发吗').level).toBe('calm');
  });
});
