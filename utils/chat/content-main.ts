import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { onMessage, sendMessage, type ChatSnapshot } from '../messaging/protocol';
import type { PlatformProfile } from '../profiles/types';
import { insertIntoConsole } from '../insert/insert';
import { DraftMarker } from './draft-marker';
import { watchDraft } from './draft-watcher';
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
  let stopDraft = () => undefined as void;
  const marker = new DraftMarker(document);

  const start = async () => {
    watcher?.stop();
    watcher = null;
    stopDraft();
    profile = await sendMessage('getProfile', { url: location.href }).catch(() => null);
    if (!profile || ctx.isInvalid) return;
    const active = profile;
    watcher = new ChatWatcher(document, active, (change) => {
      void sendMessage('reportChat', snapshot(active, change)).catch(() => undefined);
    });
    watcher.start();
    // The draft is checked by the background (word lists and team packs live there).
    stopDraft = watchDraft(document, active, (text, input) => {
      void sendMessage('reportDraft', { text })
        .then((r) => marker.show(r.count, r.severity, input))
        .catch(() => undefined);
    });
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
    stopDraft();
    marker.remove();
    removeInsertListener();
    removeHotkeys();
  });
  await start();
}
