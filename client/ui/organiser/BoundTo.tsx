import { Flag } from '../Flag.tsx';
import { useScopeName } from './useScopeName.ts';

/** What an invitation is bound to, with the flag of its country where it has one; a dash when bound to nothing. */
export function BoundTo({ role, scope }: { role: string; scope: string | null }) {
  const scopeName = useScopeName()(role, scope);
  if (!scopeName) return <span className="exh-muted">—</span>;
  return (
    <span className="org-bound">
      {scopeName.country && <Flag country={scopeName.country} size={14} />}
      <span>{scopeName.name}</span>
    </span>
  );
}
