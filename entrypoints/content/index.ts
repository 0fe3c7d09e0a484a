import { contentScriptMatches } from '@/utils/profiles';
import { runChatAssistant } from '@/utils/chat/content-main';

export default defineContentScript({
  matches: contentScriptMatches(),
  runAt: 'document_idle',
  main: (ctx) => runChatAssistant(ctx),
});
