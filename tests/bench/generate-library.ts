/**
 * Deterministic synthetic reply libraries for benchmarks: realistic enough in length, vocabulary and
 * overlap between replies that index size and query cost resemble a real shop's, at any size.
 */
import { REPLY_GROUPS, type Reply } from '../../utils/library/types';

import { seededRng } from '../../utils/trainee/random';

/** The same sequence on every machine for a given seed (mulberry32, shared with the trainee rounds). */
export const prng = seededRng;

export const pick = <T>(rand: () => number, xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;

type Group = (typeof REPLY_GROUPS)[number];
/** title, its pinyin initials, keywords, a body sentence ({n} = product noun), example questions. */
type Topic = [string, string, string[], string, string[]];

export const TOPICS: Record<Group, Topic[]> = {
  售前: [['有现货', 'yxh', ['有货吗', '现货', '库存'], '{n}目前有现货，拍下即可安排', ['{n}还有货吗', '现在有现货吗']],
    ['材质说明', 'czsm', ['材质', '面料', '纯棉'], '{n}采用优质面料，亲肤透气不起球', ['{n}是什么材质的', '这个是纯棉的吗']]],
  物流: [['发货时间', 'fhsj', ['发货', '什么时候发', '几天发'], '{n}下单后48小时内发货，大促期间顺延', ['{n}什么时候发货', '今天能发吗']],
    ['快递查询', 'kdcx', ['快递', '物流', '到哪了'], '您的{n}已在运输途中，可在订单详情查看物流', ['快递到哪了', '物流怎么不动了']],
    ['发什么快递', 'fsmkd', ['顺丰', '什么快递', '包邮'], '{n}默认发中通或韵达，需要顺丰可补差价', ['发什么快递', '能发顺丰吗']]],
  售后: [['退款进度', 'tkjd', ['退款', '钱呢', '到账'], '{n}的退款已提交，原路退回一般1到3个工作日到账', ['退款怎么还没到', '钱什么时候退']],
    ['七天无理由', 'qtwly', ['退货', '七天无理由', '不想要了'], '{n}支持七天无理由退货，请保持商品完好', ['{n}能退吗', '不喜欢可以退吗']],
    ['换货流程', 'hhlc', ['换货', '换一个', '换颜色'], '{n}可以申请换货，寄回后我们收到即给您换新发出', ['{n}能换吗', '怎么换货']]],
  发票: [['开发票', 'kfp', ['发票', '开票', '专票'], '{n}可以开具电子普通发票，下单时填写抬头即可', ['能开发票吗', '可以开专票吗']]],
  优惠: [['优惠券', 'yhq', ['优惠券', '便宜点', '打折'], '{n}领券下单更划算，店铺首页可领满减券', ['有优惠券吗', '能便宜点不']],
    ['价格保护', 'jgbh', ['保价', '降价', '差价'], '{n}支持15天价保，降价后可申请退差价', ['降价了能退差价吗', '买了就降价']]],
  尺码: [['尺码推荐', 'cmtj', ['尺码', '大小', '偏大偏小'], '{n}按平时尺码选购即可，告知身高体重可帮您推荐', ['{n}尺码准吗', '170穿什么码']]],
  质量问题: [['破损补发', 'psbf', ['破损', '坏了', '质量问题'], '很抱歉{n}出现问题，麻烦拍照发给我们为您补发', ['{n}收到是坏的', '质量太差了']]],
  安装维修: [['预约安装', 'yyaz', ['安装', '上门', '师傅'], '{n}签收后联系售后即可预约师傅免费上门安装', ['{n}包安装吗', '师傅什么时候来']]],
  支付: [['花呗分期', 'hbfq', ['花呗', '分期', '付款'], '{n}支持花呗分期和信用卡支付，结算页可选择', ['能用花呗吗', '可以分期吗']]],
  投诉安抚: [['安抚致歉', 'afzq', ['投诉', '太差了', '生气'], '非常抱歉给您带来不好的体验，{n}的问题我们一定负责到底', ['我要投诉', '你们怎么回事']]],
  评价: [['好评返现', 'hpfx', ['评价', '好评', '晒图'], '感谢您对{n}的支持，期待您的真实评价', ['怎么评价', '追评有什么用']]],
  通用: [['欢迎语', 'hyy', ['在吗', '你好', '有人吗'], '欢迎光临本店，{n}相关问题随时问我', ['在吗', '有人吗']]],
};

export const NOUNS: [string, string][] = [
  ['空调', 'kt'], ['床品', 'cp'], ['羽绒服', 'yrf'], ['连衣裙', 'lyq'], ['冰箱', 'bx'], ['洗衣机', 'xyj'], ['运动鞋', 'ydx'],
  ['四件套', 'sjt'], ['牛仔裤', 'nzk'], ['电饭煲', 'dfb'], ['枕头', 'zt'], ['卫衣', 'wy'], ['热水器', 'rsq'], ['茶叶', 'cy'],
];
const VARIANTS = ['', '', '（大促）', '（新客）', '（会员）', '·偏远地区', '（预售）', '（直播间）'];
const OPENERS = ['亲，', '亲爱的，', '您好亲，', '亲亲，', ''];
const FILLERS = ['有任何问题随时联系客服哦', '感谢您的耐心等待', '祝您购物愉快', '请您放心', '具体以页面说明为准', '小店会持续跟进'];
const CLOSERS = ['~', '哦~', '，谢谢理解！', '。', '呢～'];

/** n replies for one seed: the same seed gives the same library, ids r0…r(n-1). */
export function generateReplies(n: number, seed = 1): Reply[] {
  const rand = prng(seed);
  const replies: Reply[] = [];
  for (let i = 0; i < n; i++) {
    const group = pick(rand, REPLY_GROUPS);
    const [title, initials, keywords, body, questions] = pick(rand, TOPICS[group]);
    const [noun, nounInitials] = pick(rand, NOUNS);
    let text = pick(rand, OPENERS) + body.replaceAll('{n}', noun);
    while (text.length < 30 || (text.length < 70 && rand() < 0.5)) text += `，${pick(rand, FILLERS)}`;
    text = text.slice(0, 94) + pick(rand, CLOSERS);
    const extra = [noun, `${noun}${title.slice(0, 2)}`, pick(rand, FILLERS).slice(0, 4)];
    const qs = [...questions, `想问下${noun}${title.slice(0, 2)}的事`].map((q) => q.replaceAll('{n}', noun));
    replies.push({
      id: `r${i}`,
      group,
      title: rand() < 0.7 ? `${noun}${title}${pick(rand, VARIANTS)}` : `${title}${pick(rand, VARIANTS)}`,
      text,
      keywords: [...keywords, ...extra].slice(0, 3 + Math.floor(rand() * 4)),
      shortcut: rand() < 0.8 ? (rand() < 0.5 ? initials : initials + nounInitials) : '',
      questions: qs.slice(0, Math.floor(rand() * 4)),
      shops: [],
      platforms: [],
      source: 'team',
      useCount: Math.floor(rand() * rand() * 200),
      updatedAt: 1_700_000_000_000 + i,
    });
  }
  return replies;
}
