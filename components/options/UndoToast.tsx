import { useEffect, useRef } from 'preact/hooks';

export interface ToastState {
  /** Changes for every toast, so that a new delete restarts the timer. */
  key: number;
  message: string;
  undo?: () => Promise<void>;
}

const SHOW_MS = 8000;

/**
 * "已删除 … 撤销" at the bottom of the page for 8 s. The undo button takes focus (the deleted
 * row's button is gone), and Escape closes the toast; focus then returns to `returnFocus`.
 */
export function UndoToast({ toast, onClose, returnFocus }: { toast: ToastState | null; onClose(): void; returnFocus?: () => void }) {
  const undoRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (!toast) return;
    undoRef.current?.focus();
    const timer = setTimeout(onClose, SHOW_MS);
    return () => clearTimeout(timer);
  }, [toast?.key]);
  if (!toast) return <div class="toast-region" role="status" aria-live="polite" />;

  const close = () => {
    onClose();
    returnFocus?.();
  };
  return (
    <div class="toast-region" role="status" aria-live="polite">
      <div class="toast" onKeyDown={(e) => e.key === 'Escape' && close()}>
        <span>{toast.message}</span>
        {toast.undo && (
          <button
            ref={undoRef}
            type="button"
            class="toast-undo"
            onClick={() => {
              const undo = toast.undo!;
              close();
              void undo();
            }}
          >
            撤销 <span class="en">Undo</span>
          </button>
        )}
        <button type="button" class="toast-close" aria-label="关闭提示 Dismiss" onClick={close}>
          ×
        </button>
      </div>
    </div>
  );
}
