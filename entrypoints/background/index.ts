import { setupChatService } from '@/utils/background/chat-service';
import { setupCommands } from '@/utils/background/commands';
import { setupLibrary } from '@/utils/background/library-service';
import { setupPanels } from '@/utils/background/panels';

export default defineBackground(() => {
  setupLibrary();
  setupPanels();
  setupChatService();
  setupCommands();
});
