import type { ReactNode, Ref } from 'react';
import type { HudPanel } from '../../state/hud.ts';

export interface HudButtonProps {
  ref: Ref<HTMLButtonElement>;
  /** The panel the button opens and closes. */
  panel: HudPanel;
  open: boolean;
  icon: ReactNode;
  label: string;
  /** Said after the name by screen readers (a state such as "live"), without changing the name. */
  description?: string;
  onClick(): void;
  /** What the button shows after its label: a count, a badge. */
  children: ReactNode;
}

/** A button in the dock that opens and closes one panel, pressed while the panel is open. */
export function HudButton({ ref, panel, open, icon, label, description, onClick, children }: HudButtonProps) {
  return (
    <button
      ref={ref}
      type="button"
      className="hud-button"
      aria-pressed={open}
      // Only while the panel is there to point at: a reference to nothing is an error to screen readers.
      aria-controls={open ? `${panel}-panel` : undefined}
      aria-description={description}
      onClick={onClick}
      data-testid={`${panel}-toggle`}
    >
      {icon}
      <span className="hud-button-label">{label}</span>
      {children}
    </button>
  );
}
