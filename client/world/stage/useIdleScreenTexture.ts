import { useEffect, useMemo } from 'react';
import { CanvasTexture, SRGBColorSpace } from 'three';
import { useDisposable } from '../architecture/useDisposable.ts';
import { IDLE_SCREEN_SIZE, paintIdleScreen, type IdleScreenText } from './paintIdleScreen.ts';

/**
 * The idle screen as a texture, painted again whenever its words change (and once more when the
 * page's font has loaded, since a canvas paints with whatever font is there at that moment).
 */
export function useIdleScreenTexture(text: IdleScreenText): CanvasTexture {
  const texture = useDisposable(() => {
    const canvas = document.createElement('canvas');
    canvas.width = IDLE_SCREEN_SIZE.width;
    canvas.height = IDLE_SCREEN_SIZE.height;
    const map = new CanvasTexture(canvas);
    map.colorSpace = SRGBColorSpace;
    map.anisotropy = 8;
    return map;
  }, []);
  const { heading, label, title, detail } = text;
  const words = useMemo(() => ({ heading, label, title, detail }), [heading, label, title, detail]);

  useEffect(() => {
    const canvas = texture.image as HTMLCanvasElement;
    const ctx = canvas.getContext('2d');
    if (!ctx) return;
    let current = true;
    const paint = () => {
      if (!current) return;
      paintIdleScreen(ctx, words);
      texture.needsUpdate = true;
    };
    paint();
    void document.fonts?.load(`700 64px "Noto Sans"`, words.title || 'A').then(paint, () => undefined);
    return () => {
      current = false;
    };
  }, [texture, words]);

  return texture;
}
