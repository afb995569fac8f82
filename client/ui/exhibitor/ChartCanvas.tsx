import { useEffect, useRef } from 'react';
import type { ChartConfiguration } from 'chart.js';
import { Chart } from './chartSetup.ts';

export interface ChartCanvasProps {
  config: ChartConfiguration<'line' | 'bar', number[], string>;
  /** What the chart shows, in one sentence, for those who cannot see it. */
  label: string;
}

/** One chart.js chart on a canvas: made when the config changes, destroyed before the next one or on unmount. */
export function ChartCanvas({ config, label }: ChartCanvasProps) {
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    if (!canvas.current) return;
    const chart = new Chart(canvas.current, config);
    return () => chart.destroy();
  }, [config]);
  return (
    <div className="exh-chart">
      <canvas ref={canvas} role="img" aria-label={label} />
    </div>
  );
}
