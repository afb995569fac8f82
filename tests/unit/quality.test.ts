import { describe, expect, it } from 'vitest';
import {
  FRAME_WATCH,
  newFrameWatch,
  watchFrame,
  type FrameVerdict,
} from '../../client/world/quality/frameRateWatch.ts';
import { canStepDown, presetForDevice, QUALITY } from '../../client/world/quality/qualityPresets.ts';

const phone = { coarsePointer: true, shortSide: 390 };
const desktop = { coarsePointer: false, shortSide: 1080 };

describe('the quality preset a device starts with', () => {
  it('gives a slow or data-saving network the low-bandwidth preset, whatever the device', () => {
    expect(presetForDevice({ ...desktop, cores: 16, memoryGb: 16, saveData: true })).toBe('lowBandwidth');
    expect(presetForDevice({ ...phone, effectiveType: '3g' })).toBe('lowBandwidth');
    expect(presetForDevice({ ...phone, effectiveType: '2g' })).toBe('lowBandwidth');
    expect(presetForDevice({ ...phone, effectiveType: 'slow-2g' })).toBe('lowBandwidth');
    expect(presetForDevice({ ...phone, effectiveType: '4g', saveData: false })).not.toBe('lowBandwidth');
  });

  it('gives phones low, or medium when they have the cores and memory for it', () => {
    expect(presetForDevice({ ...phone, cores: 4, memoryGb: 4 })).toBe('low');
    expect(presetForDevice({ ...phone, cores: 8, memoryGb: 2 })).toBe('low');
    expect(presetForDevice({ ...phone, cores: 8, memoryGb: 8 })).toBe('medium');
    // A small screen counts as a phone even with a fine pointer (a stylus, a mouse on a tablet).
    expect(presetForDevice({ coarsePointer: false, shortSide: 360, cores: 2 })).toBe('low');
  });

  it('gives desktops high only with plenty of cores and memory', () => {
    expect(presetForDevice({ ...desktop, cores: 2, memoryGb: 8 })).toBe('low');
    expect(presetForDevice({ ...desktop, cores: 4, memoryGb: 8 })).toBe('medium');
    expect(presetForDevice({ ...desktop, cores: 8, memoryGb: 4 })).toBe('medium');
    expect(presetForDevice({ ...desktop, cores: 8, memoryGb: 8 })).toBe('high');
    // Browsers that tell nothing (Safari, Firefox) get the middle.
    expect(presetForDevice(desktop)).toBe('medium');
  });

  it('makes each step down cheaper: pixels, shadows, distance, avatars, and for low bandwidth the network', () => {
    const [lowBandwidth, low, medium, high] = [QUALITY.lowBandwidth, QUALITY.low, QUALITY.medium, QUALITY.high];
    expect(high.dpr[1]).toBeGreaterThan(medium.dpr[1]);
    expect(medium.dpr[1]).toBeGreaterThan(low.dpr[1]);
    expect(high.shadowMapSize).toBeGreaterThan(medium.shadowMapSize);
    expect(low.shadowMapSize).toBe(0);
    expect(low.drawDistance).toBeLessThan(medium.drawDistance);
    for (const p of [low, medium, high]) expect(p.fog[1]).toBeLessThan(p.drawDistance);
    expect(low.avatar).toBe('simple');
    expect(high.avatar).toBe('full');
    expect(lowBandwidth).toMatchObject({ stageVideo: false, avatar: 'simple' });
    expect(lowBandwidth.voiceCap).toBeLessThan(low.voiceCap);
    expect(lowBandwidth.moveRateHz).toBeLessThan(low.moveRateHz);
  });
});

/** Feeds `seconds` of frames of `ms` each; returns every verdict other than 'fine', with when it came. */
function run(
  watch = newFrameWatch(),
  frames: { ms: number; seconds: number; hidden?: boolean; lastStep?: boolean }[],
): { verdict: FrameVerdict; at: number }[] {
  const out: { verdict: FrameVerdict; at: number }[] = [];
  let t = 0;
  for (const { ms, seconds, hidden = false, lastStep = false } of frames) {
    for (let elapsed = 0; elapsed < seconds * 1000; elapsed += ms) {
      t += ms;
      const verdict = watchFrame(watch, ms, hidden, lastStep);
      if (verdict !== 'fine') out.push({ verdict, at: t });
    }
  }
  return out;
}

describe('what a too-low frame rate may do to the preset', () => {
  it('steps a preset the device chose down to low, once', () => {
    expect(canStepDown('high', true)).toBe(true);
    expect(canStepDown('medium', true)).toBe(true);
    expect(canStepDown('low', true)).toBe(false);
    expect(canStepDown('lowBandwidth', true)).toBe(false);
  });

  it('never lowers a preset the visitor chose: the watch goes straight to giving up on 3D', () => {
    for (const preset of ['high', 'medium', 'low', 'lowBandwidth'] as const)
      expect(canStepDown(preset, false)).toBe(false);
    const verdicts = run(newFrameWatch(), [{ ms: 200, seconds: 20, lastStep: !canStepDown('medium', false) }]);
    expect(verdicts.map((v) => v.verdict)).toEqual(['giveUp']);
  });
});

describe('the frame-rate watch', () => {
  it('leaves a smooth scene alone', () => {
    expect(run(undefined, [{ ms: 16, seconds: 60 }])).toEqual([]);
    expect(run(undefined, [{ ms: 45, seconds: 60 }])).toEqual([]); // 22 fps: slow but usable
  });

  it('steps down after the warm-up and a full window of low frame rate, then gives up at the lowest preset', () => {
    const watch = newFrameWatch();
    const first = run(watch, [{ ms: 100, seconds: 30 }]);
    expect(first[0]?.verdict).toBe('stepDown');
    const at = first[0]!.at;
    expect(at).toBeGreaterThanOrEqual(FRAME_WATCH.warmUpMs + FRAME_WATCH.windowMs * 0.9);
    expect(at).toBeLessThan(FRAME_WATCH.warmUpMs + FRAME_WATCH.windowMs + 1000);
    // Each verdict starts the watch afresh: the next one needs a warm-up and a window of its own.
    expect(first.map((v) => v.verdict)).toEqual(['stepDown', 'stepDown']);
    expect(first[1]!.at - at).toBeGreaterThanOrEqual(FRAME_WATCH.warmUpMs + FRAME_WATCH.windowMs * 0.9);
    // At the low preset the same frame rate gives up on 3D.
    const second = run(newFrameWatch(), [{ ms: 100, seconds: 20, lastStep: true }]);
    expect(second.map((v) => v.verdict)).toEqual(['giveUp']);
  });

  it('ignores slow frames during the warm-up (loading, shader compiling)', () => {
    expect(
      run(undefined, [
        { ms: 250, seconds: FRAME_WATCH.warmUpMs / 1000 },
        { ms: 16, seconds: 60 },
      ]),
    ).toEqual([]);
  });

  it('judges by the median: a few hitches in a smooth scene are no verdict', () => {
    const watch = newFrameWatch();
    const frames = [];
    for (let i = 0; i < 30; i++) frames.push({ ms: 16, seconds: 0.5 }, { ms: 1500, seconds: 1.5 });
    // On average 16 frames a second (three quarters of the time is spent in hitches), but most frames are smooth.
    expect(run(watch, frames)).toEqual([]);
  });

  it('does not count a tab in the background, where the browser slows animation on purpose', () => {
    expect(run(undefined, [{ ms: 1000, seconds: 120, hidden: true }])).toEqual([]);
    // Slow frames before and after a hidden spell do not add up to one window.
    const watch = newFrameWatch();
    expect(
      run(watch, [
        { ms: 16, seconds: 6 },
        { ms: 100, seconds: 8 },
        { ms: 1000, seconds: 30, hidden: true },
        { ms: 100, seconds: 8 },
      ]),
    ).toEqual([]);
  });

  it('decides on a device drawing under half a frame a second: long frames in a row are slowness', () => {
    const stepped = run(undefined, [{ ms: 3000, seconds: 60 }]);
    expect(stepped[0]?.verdict).toBe('stepDown');
    expect(stepped[0]!.at).toBeLessThan(3000 + FRAME_WATCH.warmUpMs + FRAME_WATCH.windowMs + 3000);
    expect(run(undefined, [{ ms: 2500, seconds: 60, lastStep: true }])[0]?.verdict).toBe('giveUp');
  });

  it('treats a single very long frame (a sleeping laptop) as a pause, not as slowness', () => {
    expect(
      run(undefined, [
        { ms: 16, seconds: 6 },
        { ms: 60_000, seconds: 60 },
        { ms: 16, seconds: 30 },
      ]),
    ).toEqual([]);
  });
});
