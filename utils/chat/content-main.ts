import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { onMessage, sendMessage, type ChatSnapshot } from '../messaging/protocol';
import type { PlatformProfile } from '../profiles/types';
import { insertIntoConsole } from '../insert/insert';
import { listenForAltDigits } from './hotkeys';
import { ChatWatcher, type ChatChange } from './watcher';

const RECENT_MESSAGES = 8;

function snapshot(profile: PlatformProfile, change: ChatChange): ChatSnapshot {
  const { read, latestBuyer } = change;
  return {
    profileId: profile.id,
    platform: profile.platform,
    profileName: profile.name,
    conversationId: read.conversationId,
    buyerNick: read.buyerNick,
    productTitle: read.productTitle,
    shop: read.shopName,
    latestBuyer,
    recent: read.messages.slice(-RECENT_MESSAGES),
    canInsert: profile.input !== null,
    note: profile.note,
    seenAt: performance.timeOrigin + performance.now(),
  };
}

/**
 * The content script's whole job: find this page's profile, report the chat pane to the
 * background, insert text on request, and pass Alt+N to the background. Restarts on SPA
 * navigation; everything stops when the extension context goes away.
 */
export async function runChatAssistant(ctx: ContentScriptContext): Promise<void> {
  let profile: PlatformProfile | null = null;
  let watcher: ChatWatcher | null = null;

  const start = async () => {
    watcher?.stop();
    watcher = null;
    profile = await sendMessage('getProfile', { url: location.href }).catch(() => null);
    if (!profile || ctx.isInvalid) return;
    const active = profile;
    watcher = new ChatWatcher(document, active, (change) => {
      void sendMessage('reportChat', snapshot(active, change)).catch(() => undefined);
    });
    watcher.start();
  };

  const removeInsertListener = onMessage('insertText', ({ data }) =>
    profile ? insertIntoConsole(document, profile, data.text) : { ok: false, error: '此页面不是已识别的聊天窗口' },
  );
  const removeHotkeys = listenForAltDigits(window, (n) => {
    if (profile) void sendMessage('pickSuggestion', { n }).catch(() => undefined);
  });
  ctx.addEventListener(window, 'wxt:locationchange', () => void start());
  ctx.onInvalidated(() => {
    watcher?.stop();
    removeInsertListener();
    removeHotkeys();
  });
  await start();
}
