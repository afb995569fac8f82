import { useEffect } from 'react';

/** Shows `title` in the browser tab while the calling page is open; the previous title comes back when it closes. */
export function useDocumentTitle(title: string): void {
  useEffect(() => {
    const previous = document.title;
    document.title = title;
    return () => {
      document.title = previous;
    };
  }, [title]);
}
