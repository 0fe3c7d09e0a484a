import { describe, expect, it } from 'vitest';
import { defaultSizeCharts } from '@/utils/library/default';
import { chooseChart, consultSize } from '@/utils/size/advisor';

const charts = defaultSizeCharts();

describe('chooseChart', () => {
  it('picks the chart from the product title, the longest matching word winning', () => {
    expect(chooseChart(charts, { productTitle: '加绒加厚 男士牛仔裤 直筒' })?.chart.id).toBe('chart-pants');
    expect(chooseChart(charts, { productTitle: '儿童卫衣 男童' })?.chart.id).toBe('chart-kids');
  });

  it('prefers the agent\'s choice, then the message, and gives up when it cannot tell', () => {
    expect(chooseChart(charts, { productTitle: '牛仔裤', chosenId: 'chart-women-top' })?.reason).toBe('客服选择');
    expect(chooseChart(charts, { message: '宝宝穿什么码' })?.chart.id).toBe('chart-kids');
    expect(chooseChart(charts, { productTitle: '保温杯' })).toBeNull();
  });
});

describe('consultSize', () => {
  it('ignores messages that are not about size', () => {
    expect(consultSize('今天能发货吗', charts)).toBeNull();
  });

  it('recommends from the product\'s chart and explains which row matched', () => {
    const c = consultSize('165 110斤穿什么码', charts, { productTitle: '纯棉T恤 女' })!;
    expect(c.chart?.id).toBe('chart-women-top');
    expect(c.advice?.kind).toBeDefined();
    expect(c.reply).toMatch(/^亲，/);
    expect(c.explanation).toContain('身高165');
  });

  it('asks for the chart when the product does not tell', () => {
    const c = consultSize('穿多大码', charts, { productTitle: '保温杯' })!;
    expect(c.chart).toBeNull();
    expect(c.explanation).toMatch(/选择/);
  });
});
