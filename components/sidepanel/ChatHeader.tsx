import type { ChatSnapshot } from '@/utils/messaging/protocol';
import type { Mood } from '@/utils/mood/detect';

const MOOD_TEXT = { angry: '买家情绪激动，先安抚再解决', upset: '买家有些不满，注意语气', calm: '' } as const;

/** What the panel sees: platform and buyer, or how to get a chat recognised. */
export function ChatHeader({ chat, mood }: { chat: ChatSnapshot | null; mood?: Mood | null }) {
  if (!chat) {
    return (
      <section class="chat-header unknown" aria-live="polite" data-state="unknown">
        <strong>未识别聊天窗口</strong>
        <span class="en">Chat not recognised</span>
        <p>
          请在京东咚咚、拼多多、抖店飞鸽或快手小店的客服工作台打开一个会话；千牛等桌面客户端请使用下方的
          “剪贴板模式”。
        </p>
      </section>
    );
  }
  return (
    <section class="chat-header" aria-live="polite" data-state="recognised" data-platform={chat.platform}>
      <div>
        <span class="platform">{chat.profileName}</span>
        {chat.buyerNick && (
          <span class="buyer" data-buyer={chat.buyerNick}>
            买家 {chat.buyerNick}
          </span>
        )}
      </div>
      {chat.productTitle && <div class="product">商品: {chat.productTitle}</div>}
      {mood && (mood.level !== 'calm' || mood.urgent) && (
        <div class={`mood mood-${mood.level}`} role="status" data-mood={mood.level}>
          {mood.level !== 'calm' && <strong>⚠ {MOOD_TEXT[mood.level]}</strong>}
          {mood.urgent && <span class="urgent">急</span>}
          {mood.signals.length > 0 && <span class="signals">（{mood.signals.slice(0, 4).join('、')}）</span>}
        </div>
      )}
      {chat.note && <p class="note">{chat.note}</p>}
      <div class="latest" data-latest={chat.latestBuyer?.text ?? ''}>
        {chat.latestBuyer ? (
          <>
            <span class="label">买家最新消息</span>
            <q>{chat.latestBuyer.text}</q>
          </>
        ) : (
          <span class="label">暂无买家消息 · No buyer message yet</span>
        )}
      </div>
    </section>
  );
}
