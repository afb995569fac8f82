import { useLayoutEffect, type RefObject } from 'react';

/** The CSS property other overlays add to their top offset, so that they sit below the banner. */
const PROPERTY = '--announcement-height';

/**
 * Keeps `--announcement-height` on the page at the banner's height (plus a gap) while it shows,
 * so that the notices, panels and 2D pages anchored under the top bar move down instead of
 * being covered; back to nothing when it goes.
 */
export function useReservedHeight(ref: RefObject<HTMLElement | null>, gap = 8): void {
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const root = document.documentElement;
    const reserve = () => root.style.setProperty(PROPERTY, `${element.offsetHeight + gap}px`);
    reserve();
    const observer = new ResizeObserver(reserve);
    observer.observe(element);
    return () => {
      observer.disconnect();
      root.style.removeProperty(PROPERTY);
    };
  }, [ref, gap]);
}

/**
 * Keeps `--top-bar-height` on the page at the expo's top bar's height, which wraps to two rows
 * on a narrow screen or with a long place name, so that the banner starts right below it.
 */
export function useTopBarHeight(active: boolean): void {
  useLayoutEffect(() => {
    const bar = active ? document.querySelector<HTMLElement>('.top-bar') : null;
    if (!bar) return;
    const root = document.documentElement;
    const measure = () => root.style.setProperty('--top-bar-height', `${bar.offsetHeight}px`);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(bar);
    return () => {
      observer.disconnect();
      root.style.removeProperty('--top-bar-height');
    };
  }, [active]);
}
