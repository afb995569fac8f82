/**
 * What each quality preset costs and saves, and which one a device gets on its first visit.
 * Pure data and rules: the store (client/state/quality.ts) remembers the choice, the scene reads it.
 */

export const PRESETS = ['lowBandwidth', 'low', 'medium', 'high'] as const;
export type PresetId = (typeof PRESETS)[number];

export interface QualityPreset {
  /** Canvas pixel ratio range [min, max]; the device's own ratio is clamped into it. */
  dpr: [number, number];
  /** Shadow map size, or 0 for no shadows at all. */
  shadowMapSize: number;
  /** Camera far plane, metres: nothing beyond it is drawn. */
  drawDistance: number;
  /** Fog from near to far, ending before the far plane so the cut is never seen. */
  fog: [number, number];
  /** Name labels over avatars are drawn only within this distance... */
  labelDistance: number;
  /** ...and only for this many of the nearest people: a crowd's names are unreadable, and text is the costly part. */
  maxLabels: number;
  /** Booth logos, screens and other small details are drawn only within this distance. */
  detailDistance: number;
  /** Full figure, or one cheap capsule per visitor. */
  avatar: 'full' | 'simple';
  /** With full figures, others further than this are drawn as the cheap capsule (their details are a few pixels there). */
  fullFigureDistance: number;
  /** The stage's live picture is received (false: its sound only). */
  stageVideo: boolean;
  /** At most this many proximity voices are heard at once. */
  voiceCap: number;
  /** How often the visitor's own moves are sent. */
  moveRateHz: number;
}

const GRAPHICS_LOW = {
  dpr: [1, 1],
  shadowMapSize: 0,
  drawDistance: 260,
  fog: [40, 220],
  labelDistance: 14,
  maxLabels: 5,
  detailDistance: 45,
  avatar: 'simple',
  fullFigureDistance: 0,
} satisfies Partial<QualityPreset>;

export const QUALITY: Record<PresetId, QualityPreset> = {
  /** Slow mobile networks: audio only, fewer voices, half as many moves sent; low graphics. */
  lowBandwidth: { ...GRAPHICS_LOW, stageVideo: false, voiceCap: 3, moveRateHz: 10 },
  low: { ...GRAPHICS_LOW, stageVideo: true, voiceCap: 6, moveRateHz: 20 },
  medium: {
    dpr: [1, 1.5],
    shadowMapSize: 1024,
    drawDistance: 500,
    fog: [70, 330],
    labelDistance: 22,
    maxLabels: 8,
    detailDistance: 90,
    avatar: 'full',
    fullFigureDistance: 35,
    stageVideo: true,
    voiceCap: 6,
    moveRateHz: 20,
  },
  high: {
    dpr: [1, 2],
    shadowMapSize: 2048,
    drawDistance: 900,
    fog: [90, 420],
    labelDistance: 28,
    maxLabels: 8,
    detailDistance: Infinity,
    avatar: 'full',
    fullFigureDistance: 60,
    stageVideo: true,
    voiceCap: 6,
    moveRateHz: 20,
  },
};

/** What the browser tells about the device; any of it may be missing. */
export interface DeviceHints {
  coarsePointer: boolean;
  /** The screen's shorter side, CSS pixels. */
  shortSide: number;
  cores?: number;
  /** GiB, as navigator.deviceMemory rounds it. */
  memoryGb?: number;
  saveData?: boolean;
  /** navigator.connection.effectiveType: 'slow-2g', '2g', '3g' or '4g'. */
  effectiveType?: string;
}

const SLOW_NETWORKS = new Set(['slow-2g', '2g', '3g']);

/** The preset a device starts with; the visitor may change it. */
export function presetForDevice(hints: DeviceHints): PresetId {
  if (hints.saveData || (hints.effectiveType && SLOW_NETWORKS.has(hints.effectiveType))) return 'lowBandwidth';
  const cores = hints.cores ?? 4;
  const memory = hints.memoryGb ?? 4;
  const phone = hints.coarsePointer || hints.shortSide < 500;
  if (phone) return cores >= 6 && memory >= 4 ? 'medium' : 'low';
  if (cores <= 2 || memory <= 2) return 'low';
  if (cores <= 4 || memory < 8) return 'medium';
  return 'high';
}

export function isPreset(value: unknown): value is PresetId {
  return typeof value === 'string' && (PRESETS as readonly string[]).includes(value);
}

/**
 * Whether a too-low frame rate may step down to the low preset. Only a preset the device chose:
 * one the visitor chose is theirs, so a slow frame rate goes straight to the 2D view instead.
 */
export function canStepDown(preset: PresetId, auto: boolean): boolean {
  return auto && (preset === 'high' || preset === 'medium');
}
