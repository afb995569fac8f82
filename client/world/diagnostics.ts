import type { Camera, WebGLRenderer } from 'three';
import { useQuality } from '../state/quality.ts';
import { useViewMode } from '../state/viewMode.ts';
import { crowd } from './avatars/crowd.ts';
import { motion } from './motion.ts';

declare global {
  interface Window {
    /** Read-only view of the per-frame state, for diagnostics and end-to-end tests. */
    __expo?: {
      readonly self: Readonly<typeof motion.self>;
      remotePositions(): Record<string, { x: number; z: number }>;
      /** The camera's yaw around the visitor, radians. */
      readonly cameraYaw: number;
      /** What the renderer really draws with, or null while no 3D scene is up. */
      renderer(): { pixelRatio: number; shadows: boolean; far: number } | null;
      /** What the last frame cost the GPU (three's renderer.info), or null while no 3D scene is up. */
      frame(): { drawCalls: number; triangles: number } | null;
      /** How many other people the last frame drew. */
      readonly avatarsDrawn: number;
      /** The quality preset and whether the device (not the visitor) chose it. */
      quality(): { preset: string; auto: boolean };
      view(): { mode: string; reason: string };
    };
  }
}

let scene: { gl: WebGLRenderer; camera: Camera & { far?: number } } | null = null;

/** The scene's renderer and camera, while it is up; returns the function that forgets them. */
export function reportRenderer(gl: WebGLRenderer, camera: Camera): () => void {
  const mine = { gl, camera };
  scene = mine;
  return () => {
    if (scene === mine) scene = null;
  };
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
    get cameraYaw() {
      return motion.cameraYaw;
    },
    renderer() {
      if (!scene) return null;
      return {
        pixelRatio: scene.gl.getPixelRatio(),
        shadows: scene.gl.shadowMap.enabled,
        far: scene.camera.far ?? 0,
      };
    },
    frame() {
      if (!scene) return null;
      const { calls, triangles } = scene.gl.info.render;
      return { drawCalls: calls, triangles };
    },
    get avatarsDrawn() {
      return crowd.members.length;
    },
    quality: () => {
      const { preset, auto } = useQuality.getState();
      return { preset, auto };
    },
    view: () => {
      const { mode, reason } = useViewMode.getState();
      return { mode, reason };
    },
  };
}
