import { useEffect, useState } from 'react';
import { loadFindable, saveFindable } from '../../net/findApi.ts';

export interface Findable {
  /** null until the profile is read. */
  value: boolean | null;
  saving: boolean;
  failed: boolean;
  change(next: boolean): void;
}

/** The visitor's "let others find me and come to me", read from and saved to their profile. */
export function useFindable(): Findable {
  const [value, setValue] = useState<boolean | null>(null);
  const [saving, setSaving] = useState(false);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    const abort = new AbortController();
    loadFindable(abort.signal)
      .then(setValue)
      .catch(() => !abort.signal.aborted && setFailed(true));
    return () => abort.abort();
  }, []);
  const change = (next: boolean) => {
    setSaving(true);
    setFailed(false);
    saveFindable(next)
      .then(setValue)
      .catch(() => setFailed(true))
      .finally(() => setSaving(false));
  };
  return { value, saving, failed, change };
}
