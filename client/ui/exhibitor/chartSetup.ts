import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Filler,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
} from 'chart.js';

/** Only the pieces the dashboard draws, so the rest of chart.js is left out of the bundle. */
Chart.register(BarController, LineController); // the chart types
Chart.register(BarElement, LineElement, PointElement, Filler); // what they draw
Chart.register(CategoryScale, LinearScale, Legend, Tooltip); // axes, legend and tooltip
Chart.defaults.font.family = "'Noto Sans', system-ui, sans-serif";
Chart.defaults.color = '#5b6b74';

/** The site palette (client/styles.css). */
export const CHART_COLORS = {
  turquoise: '#40c4c4',
  teal: '#17627a',
  gold: '#d9a441',
  grid: '#e3eaec',
  ink: '#14232c',
} as const;

export { Chart };
