import { useEffect } from 'preact/hooks';
import { sendMessage, type SizeView, type Suggestion } from '@/utils/messaging/protocol';

export interface Pasted {
  suggestions: Suggestion[];
  size: SizeView | null;
}

interface Props {
  question: string;
  chartId: string | null;
  onQuestion: (text: string) => void;
  onSuggestions: (result: Pasted) => void;
}

/**
 * For consoles the extension cannot reach (the 千牛 desktop client): the agent pastes or types
 * the buyer's question here; chosen replies go to the clipboard.
 */
export function ClipboardMode({ question, chartId, onQuestion, onSuggestions }: Props) {
  useEffect(() => {
    const text = question.trim();
    if (!text) {
      onSuggestions({ suggestions: [], size: null });
      return;
    }
    let stale = false;
    const timer = setTimeout(() => {
      void sendMessage('suggestFor', { text, chartId }).then((result) => !stale && onSuggestions(result));
    }, 60);
    return () => {
      stale = true;
      clearTimeout(timer);
    };
  }, [question, chartId]);

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
