import type { InsertResult } from '../messaging/protocol';
import type { PlatformProfile } from '../profiles/types';
import { FALLBACKS, INSERTERS } from './strategies';

/**
 * Puts `text` into the console's input box with the profile's strategy, falling back to the
 * others. Keeps what the agent already typed. Never sends: no Enter, no click on send.
 */
export function insertIntoConsole(doc: Document, profile: PlatformProfile, text: string): InsertResult {
  if (!profile.input) return { ok: false, error: '此平台的输入框无法写入，请用剪贴板模式' };
  let el: HTMLElement | null = null;
  try {
    el = doc.querySelector<HTMLElement>(profile.input);
  } catch {
    return { ok: false, error: `输入框选择器无效: ${profile.input}` };
  }
  if (!el) return { ok: false, error: '未找到聊天输入框：请先打开一个会话' };
  const order = [profile.insertion, ...FALLBACKS.filter((s) => s !== profile.insertion)];
  for (const strategy of order) {
    try {
      if (INSERTERS[strategy](el, text)) return { ok: true, strategy };
    } catch {
      // try the next strategy
    }
  }
  return { ok: false, error: '输入框没有接受文本' };
}
