import { describe, expect, it } from 'vitest';
import { fillVariables } from '@/utils/library/variables';

describe('fillVariables', () => {
  it('fills the buyer nick and shop name', () => {
    expect(fillVariables('{买家}亲，欢迎光临{店铺}', { buyerNick: '小王', shopName: '快答旗舰店' })).toBe('小王亲，欢迎光临快答旗舰店');
  });
  it('falls back to wording that still reads well when the console did not say', () => {
    expect(fillVariables('{买家}亲，欢迎光临{店铺}', {})).toBe('亲，欢迎光临本店');
  });
  it('leaves unknown variables for the agent to see', () => {
    expect(fillVariables('订单{订单号}已发货', {})).toBe('订单{订单号}已发货');
  });
});
