/** Display names for the trainee page and the rules browser (Simplified Chinese first, English second). */
import type { Category, Severity } from '@/utils/compliance';
import type { PlatformId } from '@/utils/library/types';

/** Platforms in the order the rules browser offers them. */
export const RULE_PLATFORMS: ReadonlyArray<{ id: PlatformId; zh: string; en: string }> = [
  { id: 'taobao', zh: '淘宝/天猫', en: 'Taobao/Tmall' },
  { id: 'jd', zh: '京东', en: 'JD' },
  { id: 'pdd', zh: '拼多多', en: 'Pinduoduo' },
  { id: 'douyin', zh: '抖音', en: 'Douyin' },
  { id: 'law', zh: '国家法律', en: 'Law' },
  { id: 'kuaishou', zh: '快手', en: 'Kuaishou' },
];

export const platformName = (id: string): string => RULE_PLATFORMS.find((p) => p.id === id)?.zh ?? id;

export const CATEGORY_NAMES: Record<Category, { zh: string; en: string }> = {
  absolute: { zh: '绝对化用语', en: 'Absolute claims' },
  offplatform: { zh: '站外引流', en: 'Off-platform contact' },
  inducement: { zh: '诱导好评', en: 'Review inducement' },
  promise: { zh: '过度承诺', en: 'Over-promising' },
  negative: { zh: '服务态度', en: 'Negative tone' },
};

export const SEVERITY_NAMES: Record<Severity, string> = { high: '高风险', medium: '中风险', low: '低风险' };

/** Progress topic of a flashcard: rule topics share names with reply groups (售后, 评价), so they get a prefix. */
export const cardTopic = (ruleTopic: string): string => `规则·${ruleTopic}`;
