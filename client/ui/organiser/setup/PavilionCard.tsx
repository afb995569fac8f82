import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Pavilion } from '../../../../shared/catalogue.ts';
import { localize, type Lang } from '../../../../shared/languages.ts';
import { pavilionCapacity } from '../../../../shared/world/boothCapacity.ts';
import { DataTable } from '../../exhibitor/DataTable.tsx';
import { Flag } from '../../Flag.tsx';
import { BoothRow, type BoothColumns } from './BoothRow.tsx';
import { NewBoothForm } from './NewBoothForm.tsx';
import { PavilionEditor } from './PavilionEditor.tsx';

type Open = 'none' | 'edit' | 'add';

/** One pavilion: its colours, names and booth count; edited or given a booth in place; its booths below. */
export function PavilionCard({ pavilion, onAnnounce }: { pavilion: Pavilion; onAnnounce(text: string): void }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage as Lang;
  const [open, setOpen] = useState<Open>('none');
  const [listed, setListed] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const listId = `pavilion-${pavilion.id}-booths`;
  const name = localize(pavilion.name, lang);
  const max = pavilionCapacity(pavilion.style);
  const full = pavilion.booths.length >= max;
  const columns: BoothColumns = {
    booth: t('setup.booths.booth'),
    kind: t('setup.booths.kind'),
    actions: t('setup.booths.actions'),
  };
  const { primary, secondary, accent } = pavilion.colors;

  return (
    <article className="setup-pavilion" aria-labelledby={`pavilion-${pavilion.id}-name`}>
      <div className="setup-pavilion-head">
        <span className="setup-swatches" aria-hidden="true">
          {[primary, secondary, accent].map((colour, i) => (
            <span key={i} style={{ background: colour }} />
          ))}
        </span>
        <Flag country={pavilion.country} size={22} />
        <div className="setup-pavilion-title">
          <h3 id={`pavilion-${pavilion.id}-name`} ref={heading} tabIndex={-1}>
            {name}
          </h3>
          <p className="hint">{localize(pavilion.tagline, lang)}</p>
        </div>
        <span className={full ? 'setup-count full' : 'setup-count'}>
          {t('setup.pavilions.count', { used: pavilion.booths.length, max })}
        </span>
        <div className="setup-pavilion-actions">
          <button
            type="button"
            className="ghost small"
            aria-expanded={listed}
            aria-controls={listId}
            onClick={() => setListed(!listed)}
          >
            {listed ? t('setup.booths.hide') : t('setup.booths.show')}
          </button>
          <button
            type="button"
            className="ghost small"
            aria-expanded={open === 'edit'}
            onClick={() => setOpen(open === 'edit' ? 'none' : 'edit')}
          >
            {t('setup.pavilions.edit')}
          </button>
          <button
            type="button"
            className="secondary small"
            aria-expanded={open === 'add'}
            disabled={full}
            aria-describedby={full ? `pavilion-${pavilion.id}-full` : undefined}
            onClick={() => setOpen(open === 'add' ? 'none' : 'add')}
          >
            {t('setup.pavilions.add')}
          </button>
        </div>
      </div>
      {full && (
        <p id={`pavilion-${pavilion.id}-full`} className="hint setup-full">
          {t('setup.pavilions.full', { max })}
        </p>
      )}
      {open === 'edit' && (
        <PavilionEditor
          pavilion={pavilion}
          title={t('setup.editor.title', { pavilion: name })}
          onDone={(saved) => {
            setOpen('none');
            if (saved) onAnnounce(t('setup.editor.saved', { pavilion: name }));
          }}
        />
      )}
      {open === 'add' && (
        <NewBoothForm
          pavilionId={pavilion.id}
          title={t('setup.newBooth.title', { pavilion: name })}
          onDone={(created) => {
            setOpen('none');
            if (!created) return;
            setListed(true);
            onAnnounce(t('setup.newBooth.created', { name: created }));
          }}
        />
      )}
      {!listed ? null : pavilion.booths.length === 0 ? (
        <p id={listId} className="hint">
          {t('setup.booths.empty')}
        </p>
      ) : (
        <div id={listId}>
          <DataTable
            caption={t('setup.booths.caption', { pavilion: name })}
            columns={columns}
            unlabelledColumn="actions"
            className="setup-table"
          >
            {pavilion.booths.map((booth) => (
              <BoothRow
                key={booth.id}
                booth={booth}
                columns={columns}
                onDeleted={(boothName) => {
                  // The row and the button that had focus are gone: focus goes back to the pavilion.
                  heading.current?.focus();
                  onAnnounce(t('setup.booths.deleted', { name: boothName }));
                }}
              />
            ))}
          </DataTable>
        </div>
      )}
    </article>
  );
}
