/** What the stage screen says while nothing is live. */
export interface IdleScreenText {
  /** "STAGE" */
  heading: string;
  /** "Next at 14:30", "Starting soon", or nothing planned. */
  label: string;
  title: string;
  /** The speaker, or an empty line. */
  detail: string;
}

export const IDLE_SCREEN_SIZE = { width: 1024, height: 576 } as const;

const FONT = '"Noto Sans", system-ui, sans-serif';

/** Lines of `text` no wider than `width`, at most `max`, the last shortened with an ellipsis. */
function wrap(ctx: CanvasRenderingContext2D, text: string, width: number, max: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (ctx.measureText(candidate).width <= width || !line) line = candidate;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  if (lines.length <= max) return lines;
  const kept = lines.slice(0, max);
  let last = kept[max - 1]!;
  while (last.length > 1 && ctx.measureText(`${last}…`).width > width) last = last.slice(0, -1);
  kept[max - 1] = `${last.trimEnd()}…`;
  return kept;
}

/** A dark screen in the expo's colours: a gold heading, the next slot large, its speaker below. */
export function paintIdleScreen(ctx: CanvasRenderingContext2D, text: IdleScreenText): void {
  const { width: w, height: h } = IDLE_SCREEN_SIZE;
  const background = ctx.createLinearGradient(0, 0, w, h);
  background.addColorStop(0, '#0f3a4d');
  background.addColorStop(1, '#071a24');
  ctx.fillStyle = background;
  ctx.fillRect(0, 0, w, h);

  // The shanyrak of the brand mark, faint, on the right.
  ctx.save();
  ctx.globalAlpha = 0.12;
  ctx.strokeStyle = '#d9a441';
  ctx.lineWidth = 14;
  ctx.beginPath();
  ctx.arc(w - 150, h / 2, 190, 0, Math.PI * 2);
  ctx.stroke();
  ctx.beginPath();
  ctx.moveTo(w - 150, h / 2 - 190);
  ctx.lineTo(w - 150, h / 2 + 190);
  ctx.moveTo(w - 340, h / 2);
  ctx.lineTo(w + 40, h / 2);
  ctx.stroke();
  ctx.restore();

  ctx.strokeStyle = 'rgba(217, 164, 65, 0.55)';
  ctx.lineWidth = 4;
  ctx.strokeRect(22, 22, w - 44, h - 44);

  const left = 72;
  const textWidth = w - left * 2;
  ctx.textBaseline = 'alphabetic';
  ctx.fillStyle = '#d9a441';
  ctx.font = `700 36px ${FONT}`;
  ctx.letterSpacing = '6px';
  ctx.fillText(text.heading.toLocaleUpperCase(), left, 100);
  ctx.letterSpacing = '0px';

  // The label, the title (up to two lines) and the speaker, as one block in the middle of the rest.
  ctx.font = `700 84px ${FONT}`;
  const lines = wrap(ctx, text.title, textWidth, 2);
  const labelHeight = text.label ? 70 : 0;
  const detailHeight = text.detail ? 64 : 0;
  const block = labelHeight + lines.length * 96 + detailHeight;
  let y = 130 + Math.max(0, (h - 60 - 130 - block) / 2);

  if (text.label) {
    ctx.fillStyle = '#40c4c4';
    ctx.font = `600 46px ${FONT}`;
    ctx.fillText(text.label, left, y + 46, textWidth);
    y += labelHeight;
  }
  ctx.fillStyle = '#fff7e3';
  ctx.font = `700 84px ${FONT}`;
  for (const line of lines) {
    ctx.fillText(line, left, y + 80);
    y += 96;
  }
  if (text.detail) {
    ctx.fillStyle = '#b9cdd3';
    ctx.font = `400 42px ${FONT}`;
    ctx.fillText(text.detail, left, y + 50, textWidth);
  }
}
