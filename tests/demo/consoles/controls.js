/*
 * 演示控制 Demo controls —— 给人用的浮动小面板（两种演示控制台共用）。
 * 它是 <body> 下独立的 fixed 元素 #kuaida-demo-controls，不在控制台的 DOM 子树里；
 * 只通过 window.kuaidaDemo API 操作页面。类名都以 kd-demo- 开头，不会撞上平台选择器。
 */
(function () {
  'use strict';

  function el(tag, cls, text) {
    var n = document.createElement(tag);
    if (cls) n.className = cls;
    if (text != null) n.textContent = text;
    return n;
  }

  function init() {
    var api = window.kuaidaDemo;
    if (!api || document.getElementById('kuaida-demo-controls')) return;

    var box = el('div', 'kd-demo-box');
    box.id = 'kuaida-demo-controls';
    box.title = '演示控制 Demo controls';
    box.setAttribute('role', 'complementary');
    box.setAttribute('aria-label', '演示控制 Demo controls');

    var head = el('div', 'kd-demo-head');
    head.appendChild(el('span', 'kd-demo-title', '演示控制 Demo controls'));
    var toggle = el('button', 'kd-demo-toggle', '–');
    toggle.type = 'button';
    toggle.title = '收起/展开';
    head.appendChild(toggle);
    box.appendChild(head);

    var body = el('div', 'kd-demo-body');
    box.appendChild(body);

    // 会话切换
    var convRow = el('label', 'kd-demo-row');
    convRow.appendChild(el('span', 'kd-demo-label', '当前会话'));
    var convSelect = el('select', 'kd-demo-select');
    convSelect.setAttribute('data-kd-demo', 'conversation');
    convRow.appendChild(convSelect);
    body.appendChild(convRow);
    convSelect.addEventListener('change', function () { api.switchConversation(convSelect.value); });

    // 买家消息
    var targetRow = el('label', 'kd-demo-row');
    targetRow.appendChild(el('span', 'kd-demo-label', '买家消息发给'));
    var targetSelect = el('select', 'kd-demo-select');
    targetSelect.setAttribute('data-kd-demo', 'target');
    targetRow.appendChild(targetSelect);
    body.appendChild(targetRow);

    var input = el('textarea', 'kd-demo-input');
    input.rows = 2;
    input.placeholder = '买家说…（Ctrl+Enter 发送）';
    input.setAttribute('data-kd-demo', 'buyer-text');
    body.appendChild(input);

    var btns = el('div', 'kd-demo-btns');
    var buyerBtn = el('button', 'kd-demo-btn kd-demo-btn_primary', '模拟买家发送');
    buyerBtn.type = 'button';
    buyerBtn.setAttribute('data-kd-demo', 'buyer-send');
    var agentBtn = el('button', 'kd-demo-btn', '模拟客服发送');
    agentBtn.type = 'button';
    agentBtn.title = '以客服身份直接发一条（如同事在另一台电脑回复）';
    var productBtn = el('button', 'kd-demo-btn', '换咨询商品');
    productBtn.type = 'button';
    productBtn.title = '输入框里的文字作为商品标题；为空则用示例商品';
    btns.appendChild(buyerBtn);
    btns.appendChild(agentBtn);
    btns.appendChild(productBtn);
    body.appendChild(btns);

    function target() {
      return targetSelect.value ? { conversation: targetSelect.value } : undefined;
    }
    function buyerSend(text) {
      text = String(text || '').trim();
      if (!text) return;
      api.buyerSays(text, target());
    }
    buyerBtn.addEventListener('click', function () { buyerSend(input.value); input.value = ''; });
    input.addEventListener('keydown', function (e) {
      if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) { e.preventDefault(); buyerSend(input.value); input.value = ''; }
    });
    agentBtn.addEventListener('click', function () {
      var t = input.value.trim();
      if (t) { api.agentSays(t); input.value = ''; }
    });
    var sampleProducts = ['纯棉短袖T恤 男士夏季宽松圆领 白色', '轻薄羽绒服女 短款 立领 90白鸭绒 雾霾蓝', '家用电热水壶 1.7L 304不锈钢 自动断电'];
    var productIdx = 0;
    productBtn.addEventListener('click', function () {
      var t = input.value.trim();
      if (!t) { t = sampleProducts[productIdx % sampleProducts.length]; productIdx += 1; }
      else input.value = '';
      api.showProduct(t);
    });

    // 一键示例问题
    body.appendChild(el('div', 'kd-demo-sub', '一键示例（买家）'));
    var samples = el('div', 'kd-demo-samples');
    (api.sampleQuestions || ['今天能发货吗', '165 110斤穿什么码', '可以开发票吗', '质量太差了我要投诉']).forEach(function (q) {
      var b = el('button', 'kd-demo-chip', q);
      b.type = 'button';
      b.addEventListener('click', function () { buyerSend(q); });
      samples.appendChild(b);
    });
    body.appendChild(samples);

    var status = el('div', 'kd-demo-status');
    body.appendChild(status);

    toggle.addEventListener('click', function () {
      var collapsed = box.classList.toggle('kd-demo-box_collapsed');
      toggle.textContent = collapsed ? '+' : '–';
    });

    function refresh() {
      var list = api.describeConversations ? api.describeConversations()
        : api.conversations().map(function (id) { return { id: id, nick: id, current: false, unread: 0 }; });
      var cur = list.filter(function (c) { return c.current; })[0];
      var keepTarget = targetSelect.value;
      convSelect.replaceChildren();
      targetSelect.replaceChildren();
      var o0 = el('option', null, '当前会话');
      o0.value = '';
      targetSelect.appendChild(o0);
      list.forEach(function (c) {
        var label = c.nick + (c.nick !== c.id ? '（' + c.id + '）' : '') + (c.unread ? ' · 未读' + c.unread : '');
        var o = el('option', null, label);
        o.value = c.id;
        if (c.current) o.selected = true;
        convSelect.appendChild(o);
        var t = el('option', null, label);
        t.value = c.id;
        targetSelect.appendChild(t);
      });
      targetSelect.value = keepTarget;
      if (targetSelect.value !== keepTarget) targetSelect.value = '';
      var s = api.state;
      status.textContent = '输入事件 ' + s.inputEvents + ' · 已发送 ' + s.sent.length +
        (s.loading ? ' · 加载消息中…' : '') + (cur ? '' : '') +
        '\n草稿：' + (s.draft ? JSON.stringify(s.draft) : '（空）');
    }

    window.addEventListener('kuaida-demo:change', refresh);
    refresh();
    document.body.appendChild(box);
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', init);
  else init();
})();
