/**
 * Decides from the frame rate whether the 3D view is too slow for this device: first it steps
 * down to the low preset, and only if the low preset is still too slow does it give up on 3D.
 * Pure: the scene feeds it frame times, it answers what to do.
 */

export const FRAME_WATCH = {
  /** Loading, compiling shaders and the first textures make the first seconds slow anywhere. */
  warmUpMs: 5000,
  /** The median frame rate over this window must stay below `minFps` to act. */
  windowMs: 10_000,
  minFps: 20,
  /**
   * A frame longer than this is a pause (a debugger, a sleeping laptop), not a slow frame; but
   * one right after another such frame is a device drawing under half a frame a second.
   */
  pauseMs: 2000,
} as const;

export type FrameVerdict = 'fine' | 'stepDown' | 'giveUp';

export interface FrameWatch {
  /** Time since the watch (re)started, counting only visible time. */
  elapsedMs: number;
  /** Recent frame durations with their end times. */
  frames: { at: number; ms: number }[];
  /** Whether the last frame was longer than `pauseMs`. */
  afterLong: boolean;
}

export function newFrameWatch(): FrameWatch {
  return { elapsedMs: 0, frames: [], afterLong: false };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/**
 * Adds one frame of `ms` milliseconds. `hidden` frames (a tab in the background, where browsers
 * slow animation down on purpose) are not counted and restart the window. `lastStep` says no lower
 * preset may be taken (the low one is on, or the visitor chose theirs), so the only step left is the 2D view.
 */
export function watchFrame(watch: FrameWatch, ms: number, hidden: boolean, lastStep: boolean): FrameVerdict {
  const long = ms > FRAME_WATCH.pauseMs;
  const pause = hidden || (long && !watch.afterLong);
  watch.afterLong = long && !hidden;
  if (pause) {
    watch.frames.length = 0;
    return 'fine';
  }
  watch.elapsedMs += ms;
  if (watch.elapsedMs < FRAME_WATCH.warmUpMs) return 'fine';
  watch.frames.push({ at: watch.elapsedMs, ms });
  while (watch.frames.length > 0 && watch.frames[0]!.at <= watch.elapsedMs - FRAME_WATCH.windowMs) watch.frames.shift();
  const covered = watch.frames.reduce((sum, f) => sum + f.ms, 0);
  // A full window of evidence first: a few slow frames after a hitch are no verdict.
  if (covered < FRAME_WATCH.windowMs * 0.95) return 'fine';
  const fps = 1000 / median(watch.frames.map((f) => f.ms));
  if (fps >= FRAME_WATCH.minFps) return 'fine';
  watch.frames.length = 0;
  watch.elapsedMs = 0;
  return lastStep ? 'giveUp' : 'stepDown';
}
