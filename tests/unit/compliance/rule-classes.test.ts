import { describe, expect, it } from 'vitest';
import { DEFAULT_LISTS, mergeLists } from '@/utils/compliance';
import { categories, type Row } from './helpers';

// The rule classes added for unseen phrasing: each row is a fresh sentence for one class, with traps next to it.

describe('post-negators: a negator after the match cleans it', () => {
  const rows: Row[] = [
    ['晒图返红包这种做法我们是不允许的', []],
    ['好评返现属于违规，我们不做', []],
    ['保证周五前到货是不可能的，我们会尽快发', []],
    ['三天内必到吗？要看快递哦', []],
    ['加私人微信是违规的，请在平台沟通', []],
    ['晒图返红包，截图发我', ['inducement']],
    ['保证周五前到货', ['promise']],
  ];
  it.each(rows)('%s', (text, expected) => expect(categories(text)).toEqual(expected));

  it('a team pack can add post-negators', () => {
    const lists = mergeLists(DEFAULT_LISTS, { categories: { offplatform: { postNegators: ['万万不可'] } } });
    expect(categories('加我微信万万不可', lists)).toEqual([]);
    expect(categories('加我微信', lists)).toEqual(['offplatform']);
  });
});

describe('negative: structural cues', () => {
  const flagged: Row[] = [
    ['爱退就退，我无所谓', ['negative']],
    ['嫌麻烦就别拍', ['negative']],
    ['再问我就不回复了', ['negative']],
    ['你先看完详情再来问', ['negative']],
    ['我又不是快递员，我怎么会知道', ['negative']],
    ['这个问题第五遍了', ['negative']],
    ['连这点钱都要计较', ['negative']],
    ['你们这种顾客我见得多了', ['negative']],
    ['跟你讲了你也听不懂', ['negative']],
    ['换个尺码不就行了吗', ['negative']],
    ['关客服什么事', ['negative']],
    ['随你吧', ['negative']],
    ['你没有看页面上的说明吗', ['negative']],
    ['我很忙，有事快说', ['negative']],
    ['不满意就去投诉吧', ['negative']],
  ];
  it.each(flagged)('%s', (text, expected) => expect(categories(text)).toEqual(expected));

  const clean: Row[] = [
    ['这边很忙，回复慢了非常抱歉，我马上帮您查', []],
    ['很抱歉这款卖完了，您可以去其他店看看同款', []],
    ['不清楚的话您可以随时来问我', []],
    ['这个我不太清楚，我去问一下同事再回复您', []],
    ['颜色随你喜欢挑，都有现货', []],
    ['您想好了告诉我，我帮您改价', []],
  ];
  it.each(clean)('clean: %s', (text, expected) => expect(categories(text)).toEqual(expected));
});

describe('inducement: wider review actions and benefits', () => {
  const flagged: Row[] = [
    ['评价里配两张实拍图，私信客服有心意', ['inducement']],
    ['写满二十个字的好评，找我返一成货款', ['inducement']],
    ['追加评价后我们免费再寄一瓶', ['inducement']],
    ['给个满星评价，下次享受老客价', ['inducement']],
    ['中评帮忙处理一下，运费我们给您报销', ['inducement']],
    ['打个五分，抽奖送耳机', ['inducement']],
  ];
  it.each(flagged)('%s', (text, expected) => expect(categories(text)).toEqual(expected));

  const clean: Row[] = [
    ['现在下单有优惠，收到记得给个好评哦', []],
    ['评价完成后平台会自动发放淘金币', []],
    ['评价里的买家秀很多，可以参考', []],
  ];
  it.each(clean)('clean: %s', (text, expected) => expect(categories(text)).toEqual(expected));
});

describe('promise: personal terms beyond policy', () => {
  const flagged: Row[] = [
    ['包你后天收到', ['promise']],
    ['放心，绝不会出现色差', ['absolute', 'promise']],
    ['我帮您办个仅退款就行', ['promise']],
    ['退款给您，东西您留着穿', ['promise']],
    ['这个价我给您一直留着，下个月来买也是这个价', ['promise']],
    ['多发的那件算我给您的补偿', ['promise']],
    ['用了不合适也照样给您换', ['promise']],
    ['详情页上是一年保修，我给您保三年', ['promise']],
    ['没效果包退', ['promise']],
    ['保您用完皮肤变嫩', ['promise']],
  ];
  it.each(flagged)('%s', (text, expected) => expect(categories(text)).toEqual(expected));

  const clean: Row[] = [
    ['按照店铺售后政策，可以为您提供一张店铺优惠券作为补偿', []],
    ['有问题我负责跟进到底', []],
    ['明天肯定能到吗？这个要看快递', []],
  ];
  it.each(clean)('clean: %s', (text, expected) => expect(categories(text)).toEqual(expected));
});

describe('offplatform: more obfuscations and off-site deals', () => {
  const flagged: Row[] = [
    ['卫x：shop_77', ['offplatform']],
    ['+V 领更多优惠', ['offplatform']],
    ['回头要货直接微我', ['offplatform']],
    ['加个扣聊', ['offplatform']],
    ['球球：六六五五四四三三', ['offplatform']],
    ['尾款直接转给我就行', ['offplatform']],
    ['打款到我这边：转账给我', ['offplatform']],
    ['不用在网上拍了，我直接给您寄', ['offplatform']],
    ['去我另一家店拍更便宜', ['offplatform']],
    ['快手上搜我们店名', ['offplatform']],
    ['复制到浏览器打开领券', ['offplatform']],
    ['€Ab12Cd34Ef€ 复制后打开', ['offplatform']],
  ];
  it.each(flagged)('%s', (text, expected) => expect(categories(text)).toEqual(expected));

  const clean: Row[] = [
    ['付款时可以选微信，也可以用花呗', []],
    ['型号是VX-3000，和上一代通用', []],
    ['纽扣：一共6颗，备用扣在吊牌上', []],
    ['扣我们的钱是平台规定的服务费', []],
    ['有问题随时找我', []],
  ];
  it.each(clean)('clean: %s', (text, expected) => expect(categories(text)).toEqual(expected));
});

describe('absolute: size limits stay clean', () => {
  it('最大是XL is a size bound', () => expect(categories('最大是3XL，您可以参考尺码表')).toEqual([]));
});
