import { useCallback, useState } from 'react';
import { ModerationLog } from '../ModerationLog.tsx';
import { ReportsSection } from './ReportsSection.tsx';
import './moderation.css';

/** The console's moderation: visitors' reports to act on, then the log of every action, read again after each. */
export function ModerationPanel() {
  const [acted, setActed] = useState(0);
  const onActed = useCallback(() => setActed((n) => n + 1), []);
  return (
    <>
      <ReportsSection onActed={onActed} />
      <ModerationLog stamp={acted} />
    </>
  );
}
