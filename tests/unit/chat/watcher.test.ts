// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ChatWatcher, type ChatChange } from '@/utils/chat/watcher';
import { DEFAULT_PROFILES } from '@/utils/profiles';

const jd = DEFAULT_PROFILES.find((p) => p.id === 'jd-dongdong')!;

function bubble(dir: 'left' | 'right', text: string, id: string): string {
  return `<div class="c-wrap"><div class="c-c"><div class="message"><div class="message_${dir}" id="s_${id}">
    <pre class="message__text"><span class="message__content">${text}</span></pre></div></div></div></div>`;
}

function page(pin: string, nick: string, messages: string): void {
  document.body.innerHTML = `
    <div id="t-alluser-wrap"><div class="alluser-item alluser-item_check" id="u_${pin}imcustomer1"></div></div>
    <div class="chat-head"><div class="chat-head-title"><span class="chat-head-name">${nick}<span class="consult-type">售前</span></span></div></div>
    <div id="t-chat-scroll">${messages}</div>`;
}

const flush = async (ms: number) => {
  await Promise.resolve();
  await vi.advanceTimersByTimeAsync(ms);
};

describe('ChatWatcher', () => {
  let changes: ChatChange[];
  let watcher: ChatWatcher;
  beforeEach(() => {
    vi.useFakeTimers();
    changes = [];
  });
  afterEach(() => {
    watcher.stop();
    vi.useRealTimers();
  });

  it('reports the pane at start and each new buyer message once', async () => {
    page('alice', '爱丽丝', bubble('left', '在吗', '1'));
    watcher = new ChatWatcher(document, jd, (c) => changes.push(c), { debounceMs: 20 });
    watcher.start();
    expect(changes).toHaveLength(1);
    expect(changes[0]!.latestBuyer?.text).toBe('在吗');
    expect(changes[0]!.read.buyerNick).toBe('爱丽丝');
    expect(changes[0]!.read.conversationId).toBe('aliceimcustomer1');

    document.getElementById('t-chat-scroll')!.insertAdjacentHTML('beforeend', bubble('left', '今天能发货吗', '2'));
    document.getElementById('t-chat-scroll')!.insertAdjacentHTML('beforeend', bubble('left', '急用', '3'));
    await flush(50);
    expect(changes).toHaveLength(2); // a burst is read once
    expect(changes[1]!.latestBuyer?.text).toBe('急用');

    document.getElementById('t-chat-scroll')!.insertAdjacentHTML('beforeend', bubble('right', '亲，今天发', '4'));
    await flush(50);
    expect(changes).toHaveLength(2); // an agent message is not a new question
  });

  it('after a switch, waits for the new conversation\'s messages before reporting', async () => {
    page('alice', '爱丽丝', bubble('left', '在吗', '1'));
    watcher = new ChatWatcher(document, jd, (c) => changes.push(c), { debounceMs: 20, switchSettleMs: 1000 });
    watcher.start();
    // JD updates the header and the selected row first…
    document.querySelector('.alluser-item')!.id = 'u_bobimcustomer1';
    document.querySelector('.chat-head-name')!.firstChild!.textContent = '鲍勃';
    await flush(300);
    expect(changes).toHaveLength(1);
    // …then the list.
    document.getElementById('t-chat-scroll')!.innerHTML = bubble('left', '可以开发票吗', '9');
    await flush(50);
    expect(changes).toHaveLength(2);
    expect(changes[1]).toMatchObject({ switched: true, latestBuyer: { text: '可以开发票吗' } });
    expect(changes[1]!.read.buyerNick).toBe('鲍勃');
  });

  it('reports a switch to an empty conversation after the settle time', async () => {
    page('alice', '爱丽丝', bubble('left', '在吗', '1'));
    watcher = new ChatWatcher(document, jd, (c) => changes.push(c), { debounceMs: 20, switchSettleMs: 500 });
    watcher.start();
    document.querySelector('.alluser-item')!.id = 'u_carolimcustomer1';
    await flush(100);
    expect(changes).toHaveLength(1);
    await flush(500);
    expect(changes).toHaveLength(2);
    expect(changes[1]!.read.conversationId).toBe('carolimcustomer1');
  });

  it('stops observing when stopped', async () => {
    page('alice', '爱丽丝', bubble('left', '在吗', '1'));
    watcher = new ChatWatcher(document, jd, (c) => changes.push(c), { debounceMs: 20 });
    watcher.start();
    watcher.stop();
    document.getElementById('t-chat-scroll')!.insertAdjacentHTML('beforeend', bubble('left', '人呢', '2'));
    await flush(100);
    expect(changes).toHaveLength(1);
  });
});
