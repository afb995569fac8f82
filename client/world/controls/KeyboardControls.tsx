import { useEffect } from 'react';
import { input } from './input.ts';

const BINDINGS: Record<string, keyof typeof input.keys> = {
  KeyW: 'forward',
  ArrowUp: 'forward',
  KeyS: 'back',
  ArrowDown: 'back',
  KeyA: 'left',
  ArrowLeft: 'left',
  KeyD: 'right',
  ArrowRight: 'right',
  ShiftLeft: 'run',
  ShiftRight: 'run',
};

function isTyping(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))
  );
}

/** Renders nothing; turns key presses into walking intents, except while typing in a field. */
export function KeyboardControls() {
  useEffect(() => {
    const set = (event: KeyboardEvent, down: boolean) => {
      const action = BINDINGS[event.code];
      if (!action || (down && isTyping(event.target))) return;
      input.keys[action] = down;
      if (action !== 'run') event.preventDefault();
    };
    const onDown = (e: KeyboardEvent) => set(e, true);
    const onUp = (e: KeyboardEvent) => set(e, false);
    const releaseAll = () => {
      for (const key of Object.keys(input.keys) as (keyof typeof input.keys)[]) input.keys[key] = false;
    };
    addEventListener('keydown', onDown);
    addEventListener('keyup', onUp);
    addEventListener('blur', releaseAll);
    return () => {
      removeEventListener('keydown', onDown);
      removeEventListener('keyup', onUp);
      removeEventListener('blur', releaseAll);
      releaseAll();
    };
  }, []);
  return null;
}
