import { describe, expect, it } from 'vitest';
import { categories, type Row } from './helpers';

// Moving contact, payment or the deal off the platform, including obfuscated forms.
describe('off-platform contact and payment', () => {
  const flagged: Row[] = [
    ['亲，方便加个微信吗，我发您实拍图', ['offplatform']],
    ['加我V信 kd_2024 ，给您发视频', ['offplatform']],
    ['亲，vx：lucky_shop 备注订单号', ['offplatform']],
    ['有问题可以找我 w x 同号', ['offplatform']],
    ['加一下我的薇芯，售后更方便', ['offplatform']],
    ['亲，+V 领取专属券', ['offplatform']],
    ['亲，我的QQ是 81234567，上线就回', ['offplatform']],
    ['扣扣号：六六八八九九七七，加我', ['offplatform']],
    ['我手机 １３７－２２３３－４４５５，随时打', ['offplatform']],
    ['有事打这个：一五八 六六七七 八八九九', ['offplatform']],
    ['我电话是壹叁玖贰贰叁叁肆肆伍伍', ['offplatform']],
    ['发邮件到 sales.kd@outlook.com 我给您报价', ['offplatform']],
    ['去 https://kd-mall.shop 下单更便宜', ['offplatform']],
    ['我们网站是 kdhome点com，上面款式更全', ['offplatform']],
    ['扫一下包装上的二维码进群，群里有福利', ['offplatform']],
    ['这边说不方便，我们私聊', ['offplatform']],
    ['亲，定金直接转我支付宝就行', ['offplatform']],
    ['您把钱打到我银行卡上，我马上发货', ['offplatform']],
    ['同城的话可以面交，不用走快递', ['offplatform']],
    ['以后要货直接找我，不用在店里拍', ['offplatform']],
    ['您留个电话，我让师傅直接联系您', ['offplatform']],
    ['关注一下我们公众号，那里有更多活动', ['offplatform']],
    ['我们闲鱼上也有卖，价格更低', ['offplatform']],
  ];
  it.each(flagged)('%s', (text, expected) => expect(categories(text)).toEqual(expected));

  const traps: Row[] = [
    // platform channels and checkout
    ['售后问题请直接在旺旺上说，客服上线就处理', []],
    ['可以在京东咚咚里联系我们售后', []],
    ['点订单页的联系客服就能找到我们', []],
    ['付款时可以选微信支付，也可以用支付宝', []],
    ['支持微信和支付宝付款', []],
    ['退款会原路退回您的微信零钱', []],
    // couriers, carriers, order and model numbers
    ['配送小哥到了会电话联系您，记得留意来电', []],
    ['快递小哥电话是13812345678，您可以问下他放哪了', []],
    ['顺丰客服电话95338，可以查询物流', []],
    ['您的快递单号是 JT3012345678901', []],
    ['订单号 230415667788990011，您看一下', []],
    ['这款型号是 KD-1359876543，请核对', []],
    // words that only contain the characters
    ['这个饭盒可以进微波炉加热', []],
    ['这个相机包能装一台微单加两个镜头', []],
    ['蔷薇色和奶白色都有货', []],
    ['这款是V领的，显脸小', []],
    ['这件外套扣扣子的地方有点紧，可以放大一码', []],
    ['QQ糖口味的软糖，小朋友很爱吃', []],
    ['这款果冻很Q弹', []],
    ['小企鹅造型的保温杯，送孩子很合适', []],
    ['这款手表可以接收微信消息提醒', []],
    ['这套绘本适合三到六岁的小朋友', []],
    // negated
    ['我们不会让您加微信，请只在平台内沟通', []],
    ['请勿添加任何陌生人的联系方式，谨防诈骗', []],
  ];
  it.each(traps)('clean: %s', (text, expected) => expect(categories(text)).toEqual(expected));
});
