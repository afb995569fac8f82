import { useEffect, useRef, useState, type PointerEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { input } from '../world/controls/input.ts';

const RADIUS = 48;

/** An on-screen stick for touch screens; shown only where the primary pointer is coarse. */
export function TouchJoystick() {
  const { t } = useTranslation();
  const [knob, setKnob] = useState({ x: 0, y: 0 });
  const centre = useRef<{ x: number; y: number; id: number } | null>(null);
  // Taken away mid-touch (the switch to 2D) there is no pointerup: a stick left held would walk on.
  useEffect(
    () => () => {
      input.stick.x = input.stick.y = 0;
    },
    [],
  );
  if (!matchMedia('(pointer: coarse)').matches) return null;

  const update = (e: PointerEvent<HTMLDivElement>) => {
    const c = centre.current;
    if (!c || c.id !== e.pointerId) return;
    let dx = e.clientX - c.x;
    let dy = e.clientY - c.y;
    const length = Math.hypot(dx, dy);
    if (length > RADIUS) {
      dx = (dx / length) * RADIUS;
      dy = (dy / length) * RADIUS;
    }
    input.stick.x = dx / RADIUS;
    input.stick.y = -dy / RADIUS;
    setKnob({ x: dx, y: dy });
  };
  const release = () => {
    centre.current = null;
    input.stick.x = input.stick.y = 0;
    setKnob({ x: 0, y: 0 });
  };
  return (
    <div
      className="joystick"
      role="application"
      aria-label={t('world.joystick')}
      onPointerDown={(e) => {
        const rect = e.currentTarget.getBoundingClientRect();
        centre.current = { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2, id: e.pointerId };
        e.currentTarget.setPointerCapture(e.pointerId);
        update(e);
      }}
      onPointerMove={update}
      onPointerUp={release}
      onPointerCancel={release}
    >
      <div className="joystick-knob" style={{ transform: `translate(${knob.x}px, ${knob.y}px)` }} />
    </div>
  );
}
