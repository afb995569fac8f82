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

/**
 * Keys meant for the interface, not for walking: typing in a field, or anything inside an element
 * marked `data-own-keys` (the chat and people panels, dialogs), whose lists and buttons use the keys themselves.
 */
export function isForInterface(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return false;
  if (target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))) {
    return true;
  }
  return target.closest('[data-own-keys]') !== null;
}

function releaseAll(): void {
  for (const key of Object.keys(input.keys) as (keyof typeof input.keys)[]) input.keys[key] = false;
}

/** Renders nothing; turns key presses into walking intents, except while the keys are for the interface. */
export function KeyboardControls() {
  useEffect(() => {
    const set = (event: KeyboardEvent, down: boolean) => {
      const action = BINDINGS[event.code];
      if (!action || (down && isForInterface(event.target))) return;
      input.keys[action] = down;
      if (action !== 'run') event.preventDefault();
    };
    const onDown = (e: KeyboardEvent) => set(e, true);
    const onUp = (e: KeyboardEvent) => set(e, false);
    // Moving into a field while a walking key is held would otherwise keep the avatar walking.
    const onFocus = (e: FocusEvent) => isForInterface(e.target) && releaseAll();
    addEventListener('keydown', onDown);
    addEventListener('keyup', onUp);
    addEventListener('blur', releaseAll);
    addEventListener('focusin', onFocus);
    return () => {
      removeEventListener('focusin', onFocus);
      removeEventListener('keydown', onDown);
      removeEventListener('keyup', onUp);
      removeEventListener('blur', releaseAll);
      releaseAll();
    };
  }, []);
  return null;
}
