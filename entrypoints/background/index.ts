import { setupBackup } from '@/utils/background/backup-service';
import { setupChatService } from '@/utils/background/chat-service';
import { setupCommands } from '@/utils/background/commands';
import { setupCompliance } from '@/utils/background/compliance-service';
import { setupLibraryEditing } from '@/utils/background/library-edit-service';
import { setupLibrary } from '@/utils/background/library-service';
import { setupPanels } from '@/utils/background/panels';
import { setupSubscriptions } from '@/utils/background/subscription-service';

export default defineBackground(() => {
  setupLibrary();
  setupPanels();
  setupChatService();
  setupCommands();
  setupSubscriptions();
  setupLibraryEditing();
  setupBackup();
  setupCompliance();
});
