import { useEffect, useState } from 'preact/hooks';
import { emptyProgress, loadProgress, watchProgress, type ProgressState } from '@/utils/trainee/progress';

/** The stored progress, updated whenever a flashcard or practice round records an attempt. */
export function useProgress(): ProgressState {
  const [state, setState] = useState<ProgressState>(emptyProgress);
  useEffect(() => {
    let live = true;
    void loadProgress().then((s) => live && setState(s));
    const stop = watchProgress(setState);
    return () => {
      live = false;
      stop();
    };
  }, []);
  return state;
}
