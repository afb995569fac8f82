import { useEffect } from 'react';

/** Enter pressed while nothing in particular has the focus (the world itself) calls `onChat`. */
export function useChatHotkey(onChat: () => void): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Enter' || e.repeat || e.isComposing || e.shiftKey || e.ctrlKey || e.altKey || e.metaKey) return;
      const target = e.target;
      if (target !== document.body && !(target instanceof HTMLCanvasElement)) return;
      e.preventDefault();
      onChat();
    };
    addEventListener('keydown', onKey);
    return () => removeEventListener('keydown', onKey);
  }, [onChat]);
}
