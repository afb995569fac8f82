import { useRef, type KeyboardEvent } from 'react';

export interface StageTab<Id extends string> {
  id: Id;
  label: string;
  /** A number shown after the label (questions, raised hands). */
  count?: number;
}

export interface StageTabsProps<Id extends string> {
  tabs: StageTab<Id>[];
  selected: Id;
  label: string;
  onSelect(id: Id): void;
  /** Prefix of the tabs' ids and of the tab panel's (`<prefix>-tabpanel`), when another panel uses these tabs. */
  idPrefix?: string;
}

/** A tab list with arrow-key movement, as the WAI-ARIA tabs pattern has it. */
export function StageTabs<Id extends string>({
  tabs,
  selected,
  label,
  onSelect,
  idPrefix = 'stage',
}: StageTabsProps<Id>) {
  const list = useRef<HTMLDivElement>(null);
  const onKeyDown = (event: KeyboardEvent) => {
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (!step) return;
    event.preventDefault();
    const index = tabs.findIndex((tab) => tab.id === selected);
    const next = tabs[(index + step + tabs.length) % tabs.length]!;
    onSelect(next.id);
    list.current?.querySelector<HTMLButtonElement>(`#${idPrefix}-tab-${next.id}`)?.focus();
  };
  return (
    <div className="stage-tabs" role="tablist" aria-label={label} ref={list} onKeyDown={onKeyDown}>
      {tabs.map((tab) => (
        <button
          key={tab.id}
          id={`${idPrefix}-tab-${tab.id}`}
          type="button"
          role="tab"
          className="stage-tab"
          aria-selected={tab.id === selected}
          aria-controls={`${idPrefix}-tabpanel`}
          tabIndex={tab.id === selected ? 0 : -1}
          onClick={() => onSelect(tab.id)}
        >
          {tab.label}
          {tab.count !== undefined && tab.count > 0 && <span className="stage-count-pill">{tab.count}</span>}
        </button>
      ))}
    </div>
  );
}
