import { useEffect, useState } from 'preact/hooks';
import { loadBookmarks, toggleStoredBookmark, watchBookmarks } from '@/utils/trainee/bookmarks';

/** Bookmarked rule ids, kept in step across the side panel, options and trainee pages. */
export function useBookmarks(): { ids: string[]; toggle(id: string): void } {
  const [ids, setIds] = useState<string[]>([]);
  useEffect(() => {
    let live = true;
    void loadBookmarks().then((v) => live && setIds(v));
    const stop = watchBookmarks(setIds);
    return () => {
      live = false;
      stop();
    };
  }, []);
  return { ids, toggle: (id) => void toggleStoredBookmark(id).then(setIds) };
}
