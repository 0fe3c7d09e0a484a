import { useLayoutEffect, useRef } from 'preact/hooks';

/**
 * A ref that takes focus when its element mounts. The HTML `autofocus` attribute is not enough
 * for forms opened inside a running page: Chrome skips it while another element (the button
 * that opened the form) still has focus, so the first field sometimes stayed unfocused.
 */
export function useFocusOnMount<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  useLayoutEffect(() => ref.current?.focus(), []);
  return ref;
}
