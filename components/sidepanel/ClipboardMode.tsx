import { useEffect } from 'preact/hooks';
import { sendMessage, type Suggestion } from '@/utils/messaging/protocol';

interface Props {
  question: string;
  onQuestion: (text: string) => void;
  onSuggestions: (items: Suggestion[]) => void;
}

/**
 * For consoles the extension cannot reach (the 千牛 desktop client): the agent pastes or types
 * the buyer's question here; chosen replies go to the clipboard.
 */
export function ClipboardMode({ question, onQuestion, onSuggestions }: Props) {
  useEffect(() => {
    const text = question.trim();
    if (!text) {
      onSuggestions([]);
      return;
    }
    let stale = false;
    const timer = setTimeout(() => {
      void sendMessage('suggestFor', { text }).then((items) => !stale && onSuggestions(items));
    }, 60);
    return () => {
      stale = true;
      clearTimeout(timer);
    };
  }, [question]);

  return (
    <section class="clipboard-mode">
      <label for="clipboard-question">
        买家问题 <span class="en">Buyer's question</span>
      </label>
      <textarea
        id="clipboard-question"
        rows={3}
        placeholder="把买家的消息粘贴到这里 (Ctrl+V)，选中的回复会复制到剪贴板"
        value={question}
        onInput={(e) => onQuestion((e.target as HTMLTextAreaElement).value)}
      />
    </section>
  );
}
