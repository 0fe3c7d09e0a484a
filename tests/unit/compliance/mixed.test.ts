import { describe, expect, it } from 'vitest';
import { categories, type Row } from './helpers';

// Drafts with two problems report both; review payoffs stay inducement even when called 补偿.
describe('several categories in one draft', () => {
  const rows: Row[] = [
    ['本店价格全网最便宜，想再优惠请私聊', ['absolute', 'offplatform']],
    ['好评后加我vx，返现5元', ['inducement', 'offplatform']],
    ['绝对正品，假一赔三', ['absolute', 'promise']],
    ['问那么多干嘛，保证明天到', ['negative', 'promise']],
    ['这双袜子永远不会起球，我跟您保证', ['absolute', 'promise']],
    ['这双鞋永久不变形，穿多久都一样', ['absolute', 'promise']],
    ['这次损失我自己用支付宝转给您30元当补偿', ['offplatform', 'promise']],
    ['您把差评删了，我私下补偿您20元', ['inducement']],
    ['今天拍保证后天送达，收货后给个五星再送您一包纸巾', ['inducement', 'promise']],
  ];
  it.each(rows)('%s', (text, expected) => expect(categories(text)).toEqual(expected));
});
