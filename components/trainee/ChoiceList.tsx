import type { ReplyLite } from '@/utils/trainee/rounds';

interface Props {
  options: ReplyLite[];
  correctId: string;
  /** Ids that also answer the message (a pick of any of them is right). */
  answerIds: string[];
  picked: string | null;
  onPick(id: string): void;
}

/** The four candidate replies; keys 1–4 pick (handled by the practice section). Marked after a pick. */
export function ChoiceList({ options, correctId, answerIds, picked, onPick }: Props) {
  return (
    <ol class="tr-options" aria-label="候选回复 Candidate replies">
      {options.map((o, i) => {
        const right = answerIds.includes(o.id);
        const state = picked === null ? '' : right ? ' right' : picked === o.id ? ' wrong' : ' dim';
        return (
          <li key={o.id}>
            <button type="button" class={`tr-option${state}`} data-option-id={o.id} data-correct={o.id === correctId ? 'true' : undefined}
              aria-pressed={picked === o.id} disabled={picked !== null} onClick={() => onPick(o.id)}>
              <kbd>{i + 1}</kbd>
              <span class="tr-option-title">{o.title}</span>
              <span class="tr-option-group">{o.group}</span>
              <span class="tr-option-text">{o.text}</span>
            </button>
          </li>
        );
      })}
    </ol>
  );
}
