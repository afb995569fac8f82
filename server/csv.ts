// The writer lives in shared/ so that the browser writes the same CSV as the server.
export { csvCell, toCsv } from '../shared/csv.ts';
