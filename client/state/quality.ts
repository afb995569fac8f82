import { create } from 'zustand';
import {
  canStepDown,
  isPreset,
  presetForDevice,
  QUALITY,
  type PresetId,
  type QualityPreset,
} from '../world/quality/qualityPresets.ts';

/** Where the visitor's own choice is remembered; a choice made for them by the device is not. */
const STORAGE_KEY = 'tm.quality';

interface NetworkInformation {
  saveData?: boolean;
  effectiveType?: string;
}

/** Reads what the browser tells about the device, where it tells anything. */
function deviceHints() {
  const nav = navigator as Navigator & { deviceMemory?: number; connection?: NetworkInformation };
  return {
    coarsePointer: matchMedia('(pointer: coarse)').matches,
    shortSide: Math.min(screen.width, screen.height),
    cores: nav.hardwareConcurrency,
    memoryGb: nav.deviceMemory,
    saveData: nav.connection?.saveData,
    effectiveType: nav.connection?.effectiveType,
  };
}

interface QualityState {
  preset: PresetId;
  /** Whether the device chose (on the first visit, or a too-slow frame rate stepped down) rather than the visitor. */
  auto: boolean;
  /** The visitor's choice in the settings, remembered for the next visit. */
  choose(preset: PresetId): void;
  /**
   * The frame rate stayed too low: steps down to the low preset for this visit only. A preset the
   * visitor chose themselves is theirs: it is never changed behind their back.
   */
  stepDown(): void;
}

function initial(): Pick<QualityState, 'preset' | 'auto'> {
  const saved = localStorage.getItem(STORAGE_KEY);
  if (isPreset(saved)) return { preset: saved, auto: false };
  return { preset: presetForDevice(deviceHints()), auto: true };
}

export const useQuality = create<QualityState>((set, get) => ({
  ...initial(),
  choose: (preset) => {
    localStorage.setItem(STORAGE_KEY, preset);
    set({ preset, auto: false });
  },
  stepDown: () => {
    const { preset, auto } = get();
    if (canStepDown(preset, auto)) set({ preset: 'low', auto: true });
  },
}));

/** The current preset's settings, for code outside React (the network, the frame loop). */
export function quality(): QualityPreset {
  return QUALITY[useQuality.getState().preset];
}

/** The current preset's settings, for components. */
export function useQualityPreset(): QualityPreset {
  return QUALITY[useQuality((s) => s.preset)];
}
