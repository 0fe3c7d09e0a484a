/*
 * 仿京东咚咚商家工作台（快答 Kuaida 演示/端到端测试用）。
 *
 * 结构与类名按 /work/shared/platforms.md，选择器须满足 utils/profiles/default-profiles.json 的 jd-dongdong。
 * 行为要点（模仿真实页面）：
 *  - 编辑器 div.EditorContent[contenteditable] 自己监听 input 事件：更新“已输入 N 字”和 state.draft / state.inputEvents；
 *  - Enter（不按 Shift、非输入法组字中）或点击 span.send-button 发送：追加客服消息，清空编辑器，state.sent.push(text)；
 *  - 切换会话：先更新会话列表选中行和头部（昵称/咨询类型/商品），约 300ms 后才替换消息列表；
 *  - 客服新消息先显示“未读”，约 1.6s 后变“已读”（消息节点内的延迟变更）。
 *
 * window.kuaidaDemo API 见文件末尾。普通脚本（非 module），可从 file:// 打开。
 */
(function () {
  'use strict';

  var VENDER_ID = '10086321';
  var AGENT_NICK = '快答-小答';
  var SWITCH_DELAY_MS = 300;
  var READ_DELAY_MS = 1600;
  var TYPING_TEXT = '对方正在输入…';

  var now = Date.now();
  function minsAgo(m) { return now - m * 60000; }

  var PRODUCTS = {
    jacket: { title: '【加绒加厚】男士冬季羊羔绒夹克 宽松工装外套 黑色', price: '¥299.00', sku: '100058231947' },
    down: { title: '儿童加厚羽绒服中长款 女童90白鸭绒外套 樱花粉', price: '¥359.00', sku: '100047715320' },
    cup: { title: '316不锈钢保温杯 大容量500ml 商务男女水杯 月光白', price: '¥89.00', sku: '100039921876' },
    bedding: { title: '新疆长绒棉四件套 100支贡缎 1.8m床 简约条纹', price: '¥499.00', sku: '100061234580' },
  };

  /* ------------------------------------------------------------------ data */
  var seq = 0;
  function msgId(t) { seq += 1; return 's_' + t + String(seq).padStart(3, '0'); }

  function mkConv(c) {
    c.rowId = 'u_' + c.pin + 'imcustomer' + VENDER_ID;
    c.unread = c.unread || 0;
    c.draftHtml = null;
    c.history = c.history.map(function (m) {
      var t = m.t != null ? m.t : now;
      return {
        id: msgId(t), dir: m.dir, kind: m.kind || 'text', text: m.text || '',
        product: m.product || null, time: t, read: m.dir === 'agent' ? m.read !== false : undefined,
      };
    });
    return c;
  }

  var conversations = [
    mkConv({
      pin: 'jd_6f2a9c81e3b7', consult: '售前', level: 'PLUS会员', area: '北京 朝阳区', color: '#f0883e', typing: true,
      product: PRODUCTS.jacket,
      orders: [],
      history: [
        { dir: 'system', text: '顾客从商品详情页进入咨询', t: minsAgo(9) },
        { dir: 'buyer', kind: 'card', product: PRODUCTS.jacket, t: minsAgo(9) },
        { dir: 'buyer', text: '在吗？这件外套今天能发货吗', t: minsAgo(8) },
        { dir: 'agent', text: '您好，欢迎光临快答旗舰店～\n当天16:00前付款的订单当天发出哦', t: minsAgo(7) },
        { dir: 'buyer', text: '165 110斤穿什么码', t: minsAgo(1) },
      ],
    }),
    mkConv({
      pin: '乐乐妈咪2019', consult: '售后', level: '金牌会员', area: '浙江 杭州市', color: '#d9589b', typing: false, unread: 1,
      product: PRODUCTS.down,
      orders: [{ id: '292836471050', status: '已签收' }],
      history: [
        { dir: 'buyer', text: '衣服收到了，袖子有点长', t: minsAgo(26) },
        { dir: 'agent', text: '亲，方便告诉一下宝宝的身高体重吗？', t: minsAgo(25) },
        { dir: 'buyer', text: '128cm 25kg', t: minsAgo(24) },
        { dir: 'agent', text: '建议换 120 码哦，支持7天无理由退换，换货运费我们承担', t: minsAgo(22) },
        { dir: 'system', text: '顾客已提交换货申请（服务单号 7723901）', t: minsAgo(20) },
        { dir: 'buyer', text: '换货的话大概几天能收到？', t: minsAgo(3) },
      ],
    }),
    mkConv({
      pin: '星河漫步2021', consult: '售前', level: '注册会员', area: '广东 深圳市', color: '#4a8fe7', typing: false,
      product: null,
      orders: [{ id: '292901338472', status: '待发货' }],
      history: [
        { dir: 'buyer', text: '可以开发票吗？公司要报销', t: minsAgo(40) },
        { dir: 'agent', text: '可以的亲，下单后在“我的订单-订单详情”里申请电子普通发票即可', t: minsAgo(39) },
        { dir: 'buyer', text: '专票可以开吗？抬头是公司', t: minsAgo(12) },
      ],
    }),
    mkConv({
      pin: 'jd_a8c3e5d71f02', consult: '售后', level: '银牌会员', area: '四川 成都市', color: '#6b7a8f', typing: false, unread: 2,
      product: PRODUCTS.cup,
      orders: [{ id: '292777015633', status: '已完成' }],
      history: [
        { dir: 'system', text: '顾客从订单详情页进入咨询', t: minsAgo(6) },
        { dir: 'buyer', text: '质量太差了，用了两天杯盖就漏水', t: minsAgo(5) },
        { dir: 'buyer', text: '我要投诉！', t: minsAgo(5) },
      ],
    }),
  ];

  var HISTORY_ROWS = [
    { pin: 'jd_7731b0c2aa19', brief: '好的谢谢', date: '昨天', color: '#8c8c8c' },
    { pin: '小熊不吃糖', brief: '已经收到了，挺好的', date: '11-20', color: '#8c8c8c' },
  ];

  var state = { inputEvents: 0, draft: '', sent: [], current: '', loading: false };
  var current = conversations[0];
  var displayed = null; // conversation whose messages are in .c-c

  /* ------------------------------------------------------------------ helpers */
  function $(sel, root) { return (root || document).querySelector(sel); }
  function el(tag, cls, text) {
    var n = document.createElement(tag);
    if (cls) n.className = cls;
    if (text != null) n.textContent = text;
    return n;
  }
  function pad(n) { return String(n).padStart(2, '0'); }
  function fmtFull(t) {
    var d = new Date(t);
    return d.getFullYear() + '-' + pad(d.getMonth() + 1) + '-' + pad(d.getDate()) + ' ' +
      pad(d.getHours()) + ':' + pad(d.getMinutes()) + ':' + pad(d.getSeconds());
  }
  function fmtShort(t) { var d = new Date(t); return pad(d.getHours()) + ':' + pad(d.getMinutes()); }
  function emitChange() {
    try { window.dispatchEvent(new CustomEvent('kuaida-demo:change')); } catch (e) { /* ignore */ }
  }
  function findConv(idOrPin) {
    if (idOrPin == null) return null;
    var key = String(idOrPin);
    for (var i = 0; i < conversations.length; i++) {
      var c = conversations[i];
      if (c.pin === key || c.rowId === key || 'u_' + key === c.rowId || c.pin + 'imcustomer' + VENDER_ID === key) return c;
    }
    return null;
  }
  function requireConv(idOrPin) {
    var c = findConv(idOrPin);
    if (!c) throw new Error('kuaidaDemo: 没有这个会话 unknown conversation: ' + idOrPin + '（可用：' + conversations.map(function (x) { return x.pin; }).join(', ') + '）');
    return c;
  }
  function avatarChar(name) { var m = /[\u4e00-\u9fff]/.exec(name); return m ? m[0] : '客'; }

  /* ------------------------------------------------------------------ elements */
  var listCurrent = $('#t-alluser-current');
  var listHistory = $('#t-alluser-history');
  var headName = $('.chat-head-title > .chat-head-name');
  var productBox = $('.chat-product');
  var productSlot = productBox.parentNode;
  var productName = $('.chat-product .name');
  var productPrice = $('.chat-product-price');
  var scroller = $('#t-chat-scroll .c-wrap');
  var cc = $('#t-chat-scroll .c-wrap > .c-c');
  var editor = $('.pell-editor-wrapper > div.EditorContent');
  var counter = $('.EditorFoot-count');
  var tip = $('.EditorFoot-tip');
  var sendBtn = $('.EditorFoot .SendButtonGroup span.send-button');

  /* ------------------------------------------------------------------ rendering */
  function renderMessage(m, conv) {
    var wrap = el('div', 'message');
    if (m.dir === 'system') {
      var sw = el('div', 'message__system_wrap');
      sw.appendChild(el('div', 'message__system', m.text));
      wrap.appendChild(sw);
      return wrap;
    }
    var buyer = m.dir === 'buyer';
    var side = el('div', buyer ? 'message_left' : 'message_right');
    side.id = m.id;
    var av = el('div', 'message__avatar', buyer ? avatarChar(conv.pin) : '答');
    av.style.background = buyer ? conv.color : '#e4393c';
    var main = el('div', 'message__main');
    var nick = el('div', 'message__nickname', buyer ? conv.pin : AGENT_NICK);
    nick.appendChild(el('span', 'message__time_str', fmtFull(m.time)));
    main.appendChild(nick);
    if (m.kind === 'card' && m.product) {
      var comp = el('div', buyer ? 'message_componet-left' : 'message_componet-right');
      var card = el('div', 'CardWrapper ProductCard');
      card.appendChild(el('div', 'ProductCard-img'));
      var info = el('div', 'ProductCard-info');
      info.appendChild(el('div', 'ProductCard-title', m.product.title));
      info.appendChild(el('div', 'ProductCard-price', m.product.price));
      info.appendChild(el('div', 'ProductCard-sku', '商品编号：' + m.product.sku));
      card.appendChild(info);
      comp.appendChild(card);
      main.appendChild(comp);
    } else {
      var bubble = el('div', 'message__bubble');
      var pre = el('pre', 'message__text');
      pre.appendChild(el('span', 'message__content', m.text));
      bubble.appendChild(pre);
      main.appendChild(bubble);
    }
    if (!buyer) {
      main.appendChild(el('div', 'message__read_status' + (m.read ? '' : ' message__read_status_unread'), m.read ? '已读' : '未读'));
    }
    side.appendChild(av);
    side.appendChild(main);
    wrap.appendChild(side);
    return wrap;
  }

  function scrollToBottom() { scroller.scrollTop = scroller.scrollHeight; }

  function renderMessages() {
    var frag = document.createDocumentFragment();
    current.history.forEach(function (m) { frag.appendChild(renderMessage(m, current)); });
    cc.replaceChildren(frag);
    cc.classList.remove('c-c_loading');
    displayed = current;
    scrollToBottom();
  }

  function briefOf(conv) {
    for (var i = conv.history.length - 1; i >= 0; i--) {
      var m = conv.history[i];
      if (m.dir === 'system') continue;
      return { text: m.kind === 'card' ? '[商品链接]' : m.text.replace(/\s+/g, ' '), time: m.time };
    }
    return { text: '', time: now };
  }

  function renderRow(conv) {
    var row = el('div', 'alluser-item');
    row.id = conv.rowId;
    row.setAttribute('data-pin', conv.pin);
    var av = el('div', 'alluser-item-avatar', avatarChar(conv.pin));
    av.style.background = conv.color;
    var main = el('div', 'alluser-item-main');
    var top = el('div', 'alluser-item-top');
    var name = el('span', 'alluser-item-name', conv.pin);
    name.title = conv.pin;
    top.appendChild(name);
    top.appendChild(el('span', 'alluser-item-tag' + (conv.consult === '售后' ? ' alluser-item-tag_after' : ''), conv.consult));
    var dw = el('span', 'alluser-item-date-w');
    dw.appendChild(el('span', 'alluser-item-date', ''));
    top.appendChild(dw);
    main.appendChild(top);
    main.appendChild(el('div', 'alluser-item-breifdesc', ''));
    row.appendChild(av);
    row.appendChild(main);
    var badge = el('span', 'alluser-item-unread', '');
    row.appendChild(badge);
    row.addEventListener('click', function () { switchConversation(conv.pin); });
    conv.row = row;
    updateRow(conv);
    return row;
  }

  function updateRow(conv) {
    var row = conv.row;
    if (!row) return;
    var b = briefOf(conv);
    row.querySelector('.alluser-item-breifdesc').textContent = b.text;
    row.querySelector('.alluser-item-date').textContent = fmtShort(b.time);
    row.classList.toggle('alluser-item_check', conv === current);
    row.classList.toggle('alluser-item_unread', conv.unread > 0);
    var badge = row.querySelector('.alluser-item-unread');
    badge.textContent = conv.unread > 0 ? String(conv.unread) : '';
    badge.hidden = !(conv.unread > 0);
  }

  function renderRows() {
    conversations.forEach(function (c) { listCurrent.appendChild(renderRow(c)); });
    HISTORY_ROWS.forEach(function (h) {
      var row = el('div', 'alluser-item alluser-item_history');
      row.id = 'u_' + h.pin + 'imcustomer' + VENDER_ID;
      var av = el('div', 'alluser-item-avatar', avatarChar(h.pin));
      av.style.background = h.color;
      var main = el('div', 'alluser-item-main');
      var top = el('div', 'alluser-item-top');
      var name = el('span', 'alluser-item-name', h.pin);
      name.title = h.pin;
      top.appendChild(name);
      var dw = el('span', 'alluser-item-date-w');
      dw.appendChild(el('span', 'alluser-item-date', h.date));
      top.appendChild(dw);
      main.appendChild(top);
      main.appendChild(el('div', 'alluser-item-breifdesc', h.brief));
      row.appendChild(av);
      row.appendChild(main);
      listHistory.appendChild(row);
    });
  }

  function renderHead() {
    var consult = el('span', 'consult-type' + (current.consult === '售后' ? ' consult-type_after' : ''), current.consult);
    var entering = el('span', 'chatHead-entering', current.typing ? TYPING_TEXT : '');
    headName.replaceChildren(document.createTextNode(current.pin), consult, entering);
    // 没有咨询商品时商品条不在 DOM 里（.chat-product .name 匹配不到）
    if (current.product) {
      productName.textContent = current.product.title;
      productPrice.textContent = current.product.price;
      if (!productBox.isConnected) productSlot.appendChild(productBox);
    } else {
      productName.textContent = '';
      productPrice.textContent = '';
      productBox.remove();
    }
    $('.side-pin').textContent = current.pin;
    $('.side-level').textContent = current.level;
    $('.side-consult').textContent = current.consult;
    $('.side-area').textContent = current.area;
    var orders = $('.side-orders');
    orders.replaceChildren();
    if (!current.orders.length) orders.appendChild(el('div', 'side-order', '暂无订单'));
    current.orders.forEach(function (o) {
      var d = el('div', 'side-order', '订单 ' + o.id);
      d.appendChild(el('em', null, o.status));
      orders.appendChild(d);
    });
  }

  function setTypingIndicator() {
    var entering = headName.querySelector('.chatHead-entering');
    if (entering) entering.textContent = current.typing ? TYPING_TEXT : '';
  }

  /* ------------------------------------------------------------------ editor */
  function readEditor() {
    var t = editor.innerText || '';
    return t.replace(/\u00a0/g, ' ').replace(/\n+$/, '');
  }
  function updateCounter() { counter.textContent = '已输入 ' + Array.from(state.draft).length + ' 字'; }
  function syncDraft() { state.draft = readEditor(); updateCounter(); }
  function clearEditor() {
    editor.innerHTML = '<br>';
    state.draft = '';
    updateCounter();
  }
  var tipTimer = 0;
  function showTip(text) {
    tip.textContent = text;
    tip.classList.add('EditorFoot-toast');
    clearTimeout(tipTimer);
    tipTimer = setTimeout(function () { tip.textContent = 'Enter 发送，Shift+Enter 换行'; tip.classList.remove('EditorFoot-toast'); }, 2000);
  }

  editor.addEventListener('input', function () {
    state.inputEvents += 1;
    syncDraft();
    emitChange();
  });
  editor.addEventListener('keydown', function (e) {
    if (e.key === 'Enter' && !e.shiftKey && !e.ctrlKey && !e.altKey && !e.metaKey && !e.isComposing && e.keyCode !== 229) {
      e.preventDefault();
      send();
    }
  });
  // 粘贴只保留纯文本（像真实编辑器一样去格式）
  editor.addEventListener('paste', function (e) {
    var text = e.clipboardData && e.clipboardData.getData('text/plain');
    if (text == null) return;
    e.preventDefault();
    document.execCommand('insertText', false, text);
  });
  sendBtn.addEventListener('click', function () { send(); editor.focus(); });

  /* ------------------------------------------------------------------ actions */
  function addMessage(conv, m) {
    var t = Date.now();
    var msg = {
      id: msgId(t), dir: m.dir, kind: m.kind || 'text', text: m.text || '', product: m.product || null,
      time: t, read: m.dir === 'agent' ? false : undefined,
    };
    conv.history.push(msg);
    if (conv === current && displayed === current) {
      cc.appendChild(renderMessage(msg, conv));
      scrollToBottom();
    } else if (conv !== current && m.dir === 'buyer') {
      conv.unread += 1;
    }
    if (msg.dir === 'agent') {
      setTimeout(function () {
        msg.read = true;
        var node = document.getElementById(msg.id);
        var rs = node && node.querySelector('.message__read_status');
        if (rs) { rs.textContent = '已读'; rs.classList.remove('message__read_status_unread'); }
      }, READ_DELAY_MS);
    }
    updateRow(conv);
    return msg;
  }

  function send() {
    var text = readEditor().replace(/^\s+|\s+$/g, '');
    if (!text) { showTip('不能发送空白消息'); return; }
    addMessage(current, { dir: 'agent', text: text });
    state.sent.push(text);
    current.draftHtml = null;
    clearEditor();
    emitChange();
  }

  function switchConversation(idOrPin) {
    var conv = requireConv(idOrPin);
    if (conv === current && displayed === current) return;
    // 保存当前会话草稿
    current.draftHtml = readEditor() ? editor.innerHTML : null;
    current = conv;
    conv.unread = 0;
    state.current = conv.pin;
    // 1) 先更新选中行与头部
    conversations.forEach(updateRow);
    renderHead();
    if (conv.draftHtml) editor.innerHTML = conv.draftHtml; else editor.innerHTML = '<br>';
    syncDraft();
    // 2) 约 300ms 后才替换消息列表（真实咚咚如此）
    state.loading = true;
    cc.classList.add('c-c_loading');
    clearTimeout(switchConversation.timer);
    switchConversation.timer = setTimeout(function () {
      renderMessages();
      state.loading = false;
      emitChange();
    }, SWITCH_DELAY_MS);
    emitChange();
  }

  /* ------------------------------------------------------------------ tabs (cosmetic) */
  Array.prototype.forEach.call(document.querySelectorAll('#t-alluser-wrap .c_tabs-tab'), function (tab) {
    tab.addEventListener('click', function () {
      var pane = tab.getAttribute('data-pane');
      Array.prototype.forEach.call(document.querySelectorAll('#t-alluser-wrap .c_tabs-tab'), function (t) {
        t.classList.toggle('c_tabs-tab_check', t === tab);
      });
      Array.prototype.forEach.call(document.querySelectorAll('#t-alluser-wrap .c_tabs-tabpane'), function (p) {
        p.hidden = p.getAttribute('data-pane') !== pane; // 非当前页签仍留在 DOM 中
      });
    });
  });

  /* ------------------------------------------------------------------ boot */
  renderRows();
  state.current = current.pin;
  renderHead();
  renderMessages();
  conversations.forEach(updateRow);
  updateCounter();

  /* ------------------------------------------------------------------ API */
  window.kuaidaDemo = {
    platform: 'jd',
    state: state,
    /** 买家发消息：默认当前会话；opts.conversation 指定其他会话时只标记未读。 */
    buyerSays: function (text, opts) {
      var conv = opts && opts.conversation != null ? requireConv(opts.conversation) : current;
      conv.typing = false;
      if (conv === current) setTypingIndicator();
      addMessage(conv, { dir: 'buyer', text: String(text) });
      emitChange();
    },
    /** 客服消息（如同事/其他设备发出），不经过编辑器，不记入 state.sent。 */
    agentSays: function (text) {
      addMessage(current, { dir: 'agent', text: String(text) });
      emitChange();
    },
    systemSays: function (text) {
      addMessage(current, { dir: 'system', text: String(text) });
      emitChange();
    },
    switchConversation: switchConversation,
    /** 可传给 switchConversation 的会话 id（买家 pin）。 */
    conversations: function () { return conversations.map(function (c) { return c.pin; }); },
    describeConversations: function () {
      return conversations.map(function (c) {
        return { id: c.pin, nick: c.pin, rowId: c.rowId, current: c === current, unread: c.unread, product: c.product ? c.product.title : null };
      });
    },
    /** 当前会话换一个咨询商品：更新头部商品条，并追加一条买家商品卡片消息（无文字）。 */
    showProduct: function (title) {
      var p = { title: String(title), price: '¥199.00', sku: String(100000000000 + Math.floor(Math.random() * 1e9)) };
      current.product = p;
      renderHead();
      addMessage(current, { dir: 'buyer', kind: 'card', product: p });
      emitChange();
    },
    /** 头部“对方正在输入…”开关（会被昵称读取剥离）。 */
    setTyping: function (on) { current.typing = on !== false; setTypingIndicator(); emitChange(); },
    /** 重新生成消息列表节点（替换全部 .message）。 */
    rerender: function () { if (!state.loading) renderMessages(); emitChange(); },
    sampleQuestions: ['今天能发货吗', '165 110斤穿什么码', '可以开发票吗', '质量太差了我要投诉', '什么时候能到北京？', '能便宜点吗，买两件'],
  };
  emitChange();
})();
