import { useEffect, useRef, useState } from 'react';
import './anchoredPopover.css';

const WIDTH = 340;
const MARGIN = 8;

/** The inline size of a popover: its usual width, never wider than the screen allows. */
export const POPOVER_WIDTH = `min(${WIDTH}px, calc(100vw - ${2 * MARGIN}px))`;

/**
 * A card that opens below its button in the top bar, portalled into the body: where it sits, and
 * how it closes (Escape, a press anywhere else, the caller's close button). `align` says which
 * edge lines up with the button's; `onOpen` runs as it opens (focus, a refresh).
 */
export function useAnchoredPopover(align: 'start' | 'end', onOpen?: (popover: HTMLDivElement) => void) {
  const [anchor, setAnchor] = useState<{ top: number; left: number } | null>(null);
  const button = useRef<HTMLButtonElement>(null);
  const popover = useRef<HTMLDivElement>(null);
  // Read when the popover opens, as the caller's latest render defined it.
  const opened = useRef(onOpen);
  opened.current = onOpen;
  const open = anchor !== null;

  const close = (refocus: boolean) => {
    setAnchor(null);
    if (refocus) button.current?.focus();
  };
  const toggle = () => {
    const rect = button.current?.getBoundingClientRect();
    if (open || !rect) return setAnchor(null);
    // Below the button, never past either side of the screen.
    const width = Math.min(WIDTH, innerWidth - 2 * MARGIN);
    const edge = align === 'start' ? rect.left : rect.right - width;
    setAnchor({ top: rect.bottom + 8, left: Math.min(Math.max(MARGIN, edge), innerWidth - width - MARGIN) });
  };

  useEffect(() => {
    if (!open) return;
    if (popover.current) opened.current?.(popover.current);
    // In the capture phase, and stopped there: this Escape closes the popover only, not a booth card or panel too.
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      e.stopPropagation();
      close(true);
    };
    const onDown = (e: PointerEvent) => {
      // A press anywhere else (the scene, another button) closes it, as a menu would.
      const target = e.target as Node;
      if (!popover.current?.contains(target) && !button.current?.contains(target)) close(false);
    };
    addEventListener('keydown', onKey, true);
    addEventListener('pointerdown', onDown);
    return () => {
      removeEventListener('keydown', onKey, true);
      removeEventListener('pointerdown', onDown);
    };
  }, [open]);

  return { anchor, open, button, popover, close, toggle, setAnchor };
}
