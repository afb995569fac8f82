import { useEffect, useMemo, type DependencyList } from 'react';

interface Disposable {
  dispose(): void;
}

function isDisposable(value: unknown): value is Disposable {
  return typeof value === 'object' && value !== null && typeof (value as Disposable).dispose === 'function';
}

function disposeDeep(value: unknown): void {
  if (isDisposable(value)) value.dispose();
  else if (Array.isArray(value)) value.forEach(disposeDeep);
  else if (typeof value === 'object' && value !== null) Object.values(value).forEach(disposeDeep);
}

/**
 * useMemo for GPU resources: whatever the factory builds (a geometry, a material, or a record
 * or array of them) is released when the inputs change or the component unmounts, because
 * three never frees GPU buffers by itself.
 */
export function useDisposable<T>(factory: () => T, deps: DependencyList): T {
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const value = useMemo(factory, deps);
  useEffect(() => () => disposeDeep(value), [value]);
  return value;
}
