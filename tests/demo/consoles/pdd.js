/*
 * 仿拼多多商家客服工作台（Vue 2 应用）—— 快答 Kuaida 演示/端到端测试用。
 *
 * 选择器须满足 utils/profiles/default-profiles.json 的 pdd-merchant。模仿 Vue 的要点：
 *  - 状态在 JS 对象里；每次数据变化都 render()：消息 li、会话 li、头部都被“整体替换”成新节点（从不原地修改），
 *    #msgListContainer 的 currentuid 属性同步更新——外部代码不能缓存节点，必须重新查询；
 *  - textarea#replyTextarea 是“受控”的（v-model）：input 事件把 value 拷进 state.draft（并 state.inputEvents++），
 *    每次 render() 都写回 textarea.value = state.draft —— 不发 input 事件就直接改 value 的文字，下次重新渲染时会丢；
 *  - 发送取的是 state.draft（不是 textarea.value）：Enter（不按 Shift、非输入法组字中），或对 .send-btn 的“真实”点击
 *    （event.isTrusted；脚本合成的 click 被忽略，计入 state.ignoredClicks）；
 *  - 会话列表的“剩余回复时间”每秒刷新一次（只替换会话列表 li，不触碰消息列表和输入框）；
 *  - 客服新消息约 1.6s 后由“未读”变“已读”（触发一次完整 render）。
 *
 * window.kuaidaDemo API 见文件末尾。普通脚本（非 module），可从 file:// 打开。
 */
(function () {
  'use strict';

  var AGENT_NICK = '快答旗舰店-小答';
  var READ_DELAY_MS = 1600;
  var REPLY_LIMIT_MS = 3 * 60000;
  var SCOPE = 'data-v-1b7e9f20'; // 模仿 Vue scoped CSS 的属性

  var now = Date.now();
  function minsAgo(m) { return now - m * 60000; }

  var lastId = 1000;
  function nextMsgId(t) {
    var id = Math.max(lastId + 1, Math.floor(t / 1000) * 1000 + 1);
    lastId = id;
    return String(id);
  }
  var goodSeq = 0;
  function goodId() { goodSeq += 1; return String(628193012300 + goodSeq * 37); }

  function msg(m) {
    var t = m.t != null ? m.t : Date.now();
    return {
      msgId: nextMsgId(t), dir: m.dir, kind: m.kind || 'text', text: m.text || '', robot: !!m.robot,
      good: m.good || null, notify: m.notify || null, time: t, read: m.dir === 'agent' ? m.read !== false : undefined,
    };
  }

  var conversations = [
    {
      uid: '8251739946012', nick: '拼友小鹿', tag: '新客', color: '#f08a5d', area: '湖南 长沙', orders: 0, unread: 0, draft: '',
      product: null,
      history: [
        { dir: 'system', text: '买家从商品详情页进入会话', t: minsAgo(10) },
        { dir: 'buyer', kind: 'good', good: { id: '628193012345', name: '【百亿补贴】加厚珊瑚绒睡衣女冬季套装 可外穿 樱花粉', price: '¥39.90' }, t: minsAgo(10) },
        { dir: 'buyer', text: '今天能发货吗？', t: minsAgo(9) },
        { dir: 'agent', robot: true, text: '亲，当天17:00前付款的订单当天发货哦～', t: minsAgo(9) },
        { dir: 'buyer', text: '165 110斤穿什么码', t: minsAgo(1) },
      ],
    },
    {
      uid: '7310452287731', nick: '橙子汽水', tag: '老客', color: '#f2b134', area: '江苏 南京', orders: 3, unread: 0, draft: '',
      product: null,
      history: [
        { dir: 'buyer', text: '可以开发票吗', t: minsAgo(32) },
        { dir: 'agent', text: '亲，可以开具电子普通发票，确认收货后在订单详情里申请即可', t: minsAgo(31) },
        { dir: 'buyer', text: '好的，那我先拍了', t: minsAgo(30) },
        { dir: 'notify', notify: { title: '订单通知', body: '买家已付款 ¥79.00 · 订单号 261122-0417339905' }, t: minsAgo(28) },
      ],
    },
    {
      uid: '5529016634408', nick: 'pdd_用户3321', tag: '', color: '#7c8aa5', area: '河北 石家庄', orders: 1, unread: 2, draft: '',
      product: null,
      history: [
        { dir: 'system', text: '买家从订单详情进入会话（订单已签收）', t: minsAgo(5) },
        { dir: 'buyer', text: '质量太差了我要投诉', t: minsAgo(4) },
        { dir: 'buyer', text: '线头到处都是，洗一次就起球', t: minsAgo(4) },
      ],
    },
  ];
  conversations.forEach(function (c) {
    c.history = c.history.map(msg);
    c.history.forEach(function (m) { if (m.kind === 'good') c.product = m.good; });
  });

  var state = { inputEvents: 0, draft: '', sent: [], current: conversations[0].uid, renders: 0, ignoredClicks: 0 };
  var toast = '';

  /* ------------------------------------------------------------------ helpers */
  function $(sel) { return document.querySelector(sel); }
  function h(tag, attrs, children) {
    var n = document.createElement(tag);
    n.setAttribute(SCOPE, '');
    if (attrs) {
      Object.keys(attrs).forEach(function (k) {
        var v = attrs[k];
        if (v == null || v === false) return;
        if (k === 'class') n.className = v;
        else if (k === 'text') n.textContent = v;
        else if (k === 'style') n.setAttribute('style', v);
        else n.setAttribute(k, v === true ? '' : v);
      });
    }
    (children || []).forEach(function (c) { if (c != null) n.appendChild(typeof c === 'string' ? document.createTextNode(c) : c); });
    return n;
  }
  /** 用新节点整体替换 parent 的子节点（null 跳过）。 */
  function setChildren(parent, nodes) {
    parent.replaceChildren.apply(parent, nodes.filter(function (n) { return n != null; }));
  }
  function pad(n) { return String(n).padStart(2, '0'); }
  function fmtFull(t) {
    var d = new Date(t);
    return d.getFullYear() + '-' + pad(d.getMonth() + 1) + '-' + pad(d.getDate()) + ' ' + pad(d.getHours()) + ':' + pad(d.getMinutes()) + ':' + pad(d.getSeconds());
  }
  function fmtShort(t) { var d = new Date(t); return pad(d.getHours()) + ':' + pad(d.getMinutes()); }
  function emitChange() {
    try { window.dispatchEvent(new CustomEvent('kuaida-demo:change')); } catch (e) { /* ignore */ }
  }
  function current() {
    for (var i = 0; i < conversations.length; i++) if (conversations[i].uid === state.current) return conversations[i];
    return conversations[0];
  }
  function findConv(idOrNick) {
    if (idOrNick == null) return null;
    var key = String(idOrNick);
    for (var i = 0; i < conversations.length; i++) {
      var c = conversations[i];
      if (c.uid === key || c.nick === key) return c;
    }
    return null;
  }
  function requireConv(idOrNick) {
    var c = findConv(idOrNick);
    if (!c) throw new Error('kuaidaDemo: 没有这个会话 unknown conversation: ' + idOrNick + '（可用：' + conversations.map(function (x) { return x.uid; }).join(', ') + '）');
    return c;
  }
  function firstChar(s) { return (Array.from(s.replace(/^pdd_/, ''))[0] || '?').toUpperCase(); }

  /* ------------------------------------------------------------------ elements (static shell) */
  var chatList = $('.left-panel .chat-list');
  var tabCount = $('.chat-list-tab-count');
  var baseInfo = $('.chatWindowHeader .base-info');
  var container = $('#msgListContainer');
  var msgList = $('#msgListContainer .msg-list');
  var textarea = $('textarea#replyTextarea');
  var wordCount = $('.reply-foot .word-count');
  var toastEl = $('.reply-foot .reply-toast');
  var sendBtn = $('.reply-foot .send-btn');
  var rightBody = $('.right-panel .right-body');

  /* ------------------------------------------------------------------ render (always new nodes) */
  function renderMsg(m, conv) {
    var id = 'middlePanel_list_' + m.msgId;
    if (m.dir === 'system') {
      return h('li', { class: 'onemsg msg-system', id: id }, [h('div', { class: 'system-msg-text', text: m.text })]);
    }
    if (m.dir === 'notify') {
      return h('li', { class: 'onemsg notify-item', id: id }, [
        h('div', { class: 'notify-card' }, [h('div', { class: 'notify-title', text: m.notify.title }), h('div', { class: 'notify-body', text: m.notify.body })]),
      ]);
    }
    var buyer = m.dir === 'buyer';
    var content;
    if (m.kind === 'good' && m.good) {
      content = h('div', { class: 'msg-content good-msg' }, [
        h('div', { class: 'good-card', 'data-goods-id': m.good.id }, [
          h('div', { class: 'good-img' }),
          h('div', { class: 'good-info' }, [
            h('p', { class: 'good-name', text: m.good.name }),
            h('p', { class: 'good-id', text: '商品ID：' + m.good.id }),
            h('p', { class: 'good-price', text: m.good.price }),
          ]),
        ]),
      ]);
    } else {
      content = h('div', { class: 'msg-content' }, [h('p', { class: 'msg-content-box', text: m.text })]);
    }
    var main = h('div', { class: 'msg-main' }, [
      h('div', { class: 'msg-head' }, [
        h('span', { class: 'nickname', text: buyer ? conv.nick : AGENT_NICK }),
        h('span', { class: 'message-time', text: fmtFull(m.time) }),
      ]),
      content,
      !buyer && m.robot ? h('div', { class: 'robot-text', text: '机器人自动回复' }) : null,
      !buyer ? h('div', { class: 'msg-status' + (m.read ? '' : ' unread'), text: m.read ? '已读' : '未读' }) : null,
    ]);
    return h('li', { class: 'onemsg ' + (buyer ? 'buyer-item' : 'cs-item'), id: id }, [
      h('div', { class: 'msg-avatar', style: 'background:' + (buyer ? conv.color : '#e02e24'), text: buyer ? firstChar(conv.nick) : '答' }),
      main,
    ]);
  }

  function lastBuyerTime(conv) {
    for (var i = conv.history.length - 1; i >= 0; i--) {
      var m = conv.history[i];
      if (m.dir === 'agent') return null; // 已回复
      if (m.dir === 'buyer') return m.time;
    }
    return null;
  }
  function lastPreview(conv) {
    for (var i = conv.history.length - 1; i >= 0; i--) {
      var m = conv.history[i];
      if (m.dir === 'system') continue;
      if (m.dir === 'notify') return { text: '[' + m.notify.title + ']', time: m.time };
      return { text: m.kind === 'good' ? '[商品]' : m.text.replace(/\s+/g, ' '), time: m.time };
    }
    return { text: '', time: now };
  }

  function renderConvList() {
    var cur = current();
    var rows = conversations.map(function (c) {
      var p = lastPreview(c);
      var waiting = lastBuyerTime(c);
      var countdown = null;
      if (waiting != null) {
        var left = REPLY_LIMIT_MS - (Date.now() - waiting);
        var s = Math.max(0, Math.floor(Math.abs(left) / 1000));
        countdown = h('span', { class: 'reply-countdown' + (left < 0 ? ' overtime' : ''), text: (left < 0 ? '已超时 ' : '剩余 ') + pad(Math.floor(s / 60)) + ':' + pad(s % 60) });
      }
      return h('li', { class: 'chat-item' + (c === cur ? ' active' : ''), 'data-uid': c.uid }, [
        h('div', { class: 'chat-avatar', style: 'background:' + c.color, text: firstChar(c.nick) }),
        h('div', { class: 'chat-info' }, [
          h('div', { class: 'chat-top' }, [h('span', { class: 'chat-nickname', text: c.nick }), h('span', { class: 'chat-time', text: fmtShort(p.time) })]),
          h('div', { class: 'chat-bottom' }, [h('span', { class: 'chat-last-msg', text: p.text }), countdown]),
        ]),
        c.unread > 0 ? h('span', { class: 'unread-num', text: String(c.unread) }) : null,
      ]);
    });
    setChildren(chatList, rows);
    tabCount.textContent = '(' + conversations.length + ')';
  }

  function renderHeader() {
    var c = current();
    setChildren(baseInfo, [
      h('span', { class: 'name', text: c.nick }),
      c.tag ? h('span', { class: 'buyer-tag', text: c.tag }) : null,
      h('span', { class: 'buyer-uid', text: 'UID ' + c.uid }),
    ]);
    setChildren(rightBody, [
      h('div', { class: 'info-card' }, [
        h('div', { class: 'info-card-title', text: '买家信息' }),
        h('div', { class: 'info-row' }, [h('span', { text: '昵称' }), h('b', { text: c.nick })]),
        h('div', { class: 'info-row' }, [h('span', { text: '地区' }), h('b', { text: c.area })]),
        h('div', { class: 'info-row' }, [h('span', { text: '本店订单' }), h('b', { text: c.orders + ' 笔' })]),
      ]),
      h('div', { class: 'info-card' }, [
        h('div', { class: 'info-card-title', text: '正在咨询' }),
        h('div', { class: 'info-muted', text: c.product ? c.product.name : '暂无商品' }),
      ]),
      h('div', { class: 'info-muted', text: '演示页面：数据均为虚构，不会连接网络。' }),
    ]);
  }

  function renderMsgs() {
    var c = current();
    var items = [h('li', { class: 'load-more', text: '查看更多消息' })].concat(c.history.map(function (m) { return renderMsg(m, c); }));
    setChildren(msgList, items);
    container.setAttribute('currentuid', c.uid);
    container.scrollTop = container.scrollHeight;
  }

  function renderFoot() {
    if (textarea.value !== state.draft) textarea.value = state.draft; // v-model: 数据 → 视图
    wordCount.textContent = Array.from(state.draft).length + '/500';
    toastEl.textContent = toast;
  }

  function render() {
    state.renders += 1;
    renderConvList();
    renderHeader();
    renderMsgs();
    renderFoot();
    emitChange();
  }

  /* ------------------------------------------------------------------ data changes */
  var toastTimer = 0;
  function showToast(text) {
    toast = text;
    renderFoot();
    clearTimeout(toastTimer);
    toastTimer = setTimeout(function () { toast = ''; renderFoot(); }, 2000);
  }

  function addMessage(conv, m) {
    var item = msg(m);
    if (item.dir === 'agent') item.read = false; // 新发出的客服消息先“未读”
    conv.history.push(item);
    if (conv !== current() && item.dir === 'buyer') conv.unread += 1;
    if (item.dir === 'agent') {
      setTimeout(function () { item.read = true; render(); }, READ_DELAY_MS);
    }
    return item;
  }

  function send() {
    var c = current();
    var text = state.draft.replace(/^\s+|\s+$/g, '');
    if (!text) { showToast('不能发送空白消息'); return; }
    addMessage(c, { dir: 'agent', text: text });
    state.sent.push(text);
    state.draft = '';
    c.draft = '';
    render();
  }

  function switchConversation(idOrNick) {
    var c = requireConv(idOrNick);
    var cur = current();
    cur.draft = state.draft;
    state.current = c.uid;
    c.unread = 0;
    state.draft = c.draft || '';
    render(); // currentuid、头部、消息列表、输入框同一次渲染里一起变
  }

  /* ------------------------------------------------------------------ DOM events */
  textarea.addEventListener('input', function () {
    state.inputEvents += 1;
    state.draft = textarea.value; // v-model: 视图 → 数据
    current().draft = state.draft;
    wordCount.textContent = Array.from(state.draft).length + '/500';
    emitChange();
  });
  textarea.addEventListener('keydown', function (e) {
    if (e.key === 'Enter' && !e.shiftKey && !e.ctrlKey && !e.altKey && !e.metaKey && !e.isComposing && e.keyCode !== 229) {
      e.preventDefault();
      send();
    }
  });
  sendBtn.addEventListener('click', function (e) {
    if (!e.isTrusted) { state.ignoredClicks += 1; emitChange(); return; } // 页面忽略脚本合成的点击
    send();
    textarea.focus();
  });
  // 会话行每秒被替换一次：按下鼠标时就切换，免得 mousedown/mouseup 落在新旧两个节点上丢掉 click
  function onRowActivate(e) {
    if (e.type === 'mousedown' && e.button !== 0) return;
    var li = e.target instanceof Element ? e.target.closest('li.chat-item') : null;
    if (li && li.getAttribute('data-uid') !== state.current) switchConversation(li.getAttribute('data-uid'));
  }
  chatList.addEventListener('mousedown', onRowActivate);
  chatList.addEventListener('click', onRowActivate);

  // 每秒刷新“剩余回复时间”（只替换会话列表节点）
  setInterval(renderConvList, 1000);

  render();

  /* ------------------------------------------------------------------ API */
  window.kuaidaDemo = {
    platform: 'pdd',
    state: state,
    /** 买家发消息：默认当前会话；opts.conversation（uid 或昵称）指定其他会话时只在会话列表标记未读。 */
    buyerSays: function (text, opts) {
      var c = opts && opts.conversation != null ? requireConv(opts.conversation) : current();
      addMessage(c, { dir: 'buyer', text: String(text) });
      render();
    },
    /** 客服消息（如同事/其他设备发出），不经过输入框，不记入 state.sent。 */
    agentSays: function (text) {
      addMessage(current(), { dir: 'agent', text: String(text) });
      render();
    },
    systemSays: function (text) {
      addMessage(current(), { dir: 'system', text: String(text) });
      render();
    },
    switchConversation: switchConversation,
    /** 可传给 switchConversation 的会话 id（买家 uid；昵称也可以）。 */
    conversations: function () { return conversations.map(function (c) { return c.uid; }); },
    describeConversations: function () {
      var cur = current();
      return conversations.map(function (c) {
        return { id: c.uid, nick: c.nick, current: c === cur, unread: c.unread, product: c.product ? c.product.name : null };
      });
    },
    /**
     * 当前会话换一个咨询商品：追加一条买家商品卡片消息（.good-card，无文字），并移除该会话里旧的商品卡片，
     * 保证页面上只有一个 .good-card（档案用的是“第一个匹配”）。
     */
    showProduct: function (title) {
      var c = current();
      var good = { id: goodId(), name: String(title), price: '¥59.90' };
      c.history = c.history.filter(function (m) { return m.kind !== 'good'; });
      c.product = good;
      addMessage(c, { dir: 'buyer', kind: 'good', good: good });
      render();
    },
    /** 模拟 Vue 重新渲染：替换所有列表节点，并把 textarea.value 写回 state.draft。 */
    rerender: function () { render(); },
    sampleQuestions: ['今天能发货吗', '165 110斤穿什么码', '可以开发票吗', '质量太差了我要投诉', '发什么快递？', '能便宜点吗'],
  };
  emitChange();
})();
