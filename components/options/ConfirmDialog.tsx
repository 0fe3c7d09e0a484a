import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';

/**
 * A modal confirm (native <dialog>: focus stays inside, Escape cancels). Focus starts on the
 * safe choice, 取消.
 */
export function ConfirmDialog(props: { open: boolean; title: string; confirmLabel: string; children: ComponentChildren; onConfirm(): void; onCancel(): void }) {
  const ref = useRef<HTMLDialogElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    const d = ref.current;
    if (!d) return;
    if (props.open && !d.open) {
      d.showModal();
      cancelRef.current?.focus();
    } else if (!props.open && d.open) d.close();
  }, [props.open]);
  return (
    <dialog ref={ref} class="confirm" aria-labelledby="confirm-title" onCancel={(e) => { e.preventDefault(); props.onCancel(); }}>
      <h3 id="confirm-title">{props.title}</h3>
      <div class="confirm-body">{props.children}</div>
      <div class="form-actions">
        <button type="button" class="danger" onClick={props.onConfirm}>{props.confirmLabel}</button>
        <button ref={cancelRef} type="button" onClick={props.onCancel}>取消 <span class="en">Cancel</span></button>
      </div>
    </dialog>
  );
}
