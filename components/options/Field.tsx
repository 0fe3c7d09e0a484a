import type { ComponentChildren } from 'preact';

/** aria-describedby for a control inside <Field>: its hint and its error. */
export const describedBy = (id: string, error?: string | null, hint?: ComponentChildren): string | undefined =>
  [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;

/** A labelled form row: Chinese label, English in grey, the control, a hint and the error under it. */
export function Field(props: { id: string; label: string; en: string; error?: string | null; hint?: ComponentChildren; children: ComponentChildren }) {
  const { id, label, en, error, hint, children } = props;
  return (
    <div class={`field${error ? ' invalid' : ''}`}>
      <label for={id}>
        {label} <span class="en">{en}</span>
      </label>
      {children}
      {hint && (
        <p id={`${id}-hint`} class="hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} class="field-error">
          {error}
        </p>
      )}
    </div>
  );
}

/** Moves focus to the first invalid control of a form after a failed submit. */
export function focusFirstInvalid(form: HTMLFormElement | null): void {
  form?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
}

/** A form's keydown handler: Escape cancels. */
export const escapeTo = (cancel: () => void) => (e: KeyboardEvent) => {
  if (e.key !== 'Escape') return;
  e.preventDefault();
  cancel();
};
