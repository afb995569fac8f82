import { motion } from './motion.ts';

declare global {
  interface Window {
    /** Read-only view of the per-frame state, for diagnostics and end-to-end tests. */
    __expo?: {
      readonly self: Readonly<typeof motion.self>;
      remotePositions(): Record<string, { x: number; z: number }>;
    };
  }
}

/** Exposes where everyone is drawn, read-only, without a debugger or a framework hook. */
export function exposeDiagnostics(): void {
  window.__expo = {
    get self() {
      return { ...motion.self };
    },
    remotePositions() {
      const out: Record<string, { x: number; z: number }> = {};
      for (const [id, samples] of motion.remote) {
        const last = samples[samples.length - 1];
        if (last) out[id] = { x: last.x, z: last.z };
      }
      return out;
    },
  };
}
