import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Catalogue } from '../../../../shared/catalogue.ts';
import type { CountryId } from '../../../../shared/countries.ts';
import { localize, type Lang } from '../../../../shared/languages.ts';
import { useSlotTime } from '../../../i18n/useSlotTime.ts';
import { deleteStageSlot, fetchAgenda } from '../../../net/stageApi.ts';
import { ConfirmControl } from '../../ConfirmControl.tsx';
import { DataTable } from '../../exhibitor/DataTable.tsx';
import { findBooth } from '../../exhibitor/findBooth.ts';
import { LoadedList } from '../../exhibitor/LoadedList.tsx';
import { RefreshButton } from '../RefreshButton.tsx';
import { useRemote } from '../useRemote.ts';
import { SlotForm } from './SlotForm.tsx';

/** Each pavilion stage's programme: pick a stage, read its slots, add and delete them. */
export function AgendaSection({ catalogue }: { catalogue: Catalogue }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage as Lang;
  const time = useSlotTime();
  const [stageId, setStageId] = useState<CountryId>(catalogue.pavilions[0]!.id);
  const pavilion = catalogue.pavilions.find((p) => p.id === stageId) ?? catalogue.pavilions[0]!;
  const load = useCallback(() => fetchAgenda(stageId), [stageId]);
  const agenda = useRemote(load);
  const [announcement, setAnnouncement] = useState('');
  const columns = {
    when: t('eventData.agenda.when'),
    title: t('eventData.agenda.slotTitle'),
    speaker: t('eventData.agenda.speaker'),
    booth: t('eventData.agenda.booth'),
    actions: t('eventData.agenda.actions'),
  };
  const boothName = (id: string | null) => {
    const found = id ? findBooth(catalogue, id) : null;
    return found ? localize(found.booth.content.name, lang) : null;
  };

  return (
    <section id="agenda" className="exh-card" aria-labelledby="agenda-title" aria-busy={agenda.refreshing}>
      <div className="exh-card-head">
        <div>
          <h2 id="agenda-title">{t('eventData.agenda.title')}</h2>
          <p className="hint">{t('eventData.agenda.intro')}</p>
        </div>
        <RefreshButton busy={agenda.refreshing} updatedAt={agenda.updatedAt} onRefresh={agenda.reload} />
      </div>
      <div className="field ed-stage-pick">
        <label htmlFor="agenda-stage">{t('eventData.agenda.stage')}</label>
        <select id="agenda-stage" value={stageId} onChange={(e) => setStageId(e.target.value as CountryId)}>
          {catalogue.pavilions.map((p) => (
            <option key={p.id} value={p.id}>
              {localize(p.name, lang)}
            </option>
          ))}
        </select>
      </div>
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
      <LoadedList
        state={agenda.state}
        items={agenda.data}
        failure={agenda.failure}
        onRetry={agenda.reload}
        textKeys="eventData.agenda"
      >
        {(slots) => (
          <DataTable
            caption={t('eventData.agenda.caption', { stage: localize(pavilion.name, lang) })}
            columns={columns}
            unlabelledColumn="actions"
            className="ed-table"
          >
            {slots.map((slot) => (
              <tr key={slot.id} role="row" data-slot={slot.id}>
                <td role="cell" data-label={columns.when} className="org-when">
                  <time dateTime={slot.startsAt}>
                    {time.day(new Date(slot.startsAt))} · {time.range(slot.startsAt, slot.endsAt)}
                  </time>
                </td>
                <th scope="row" role="rowheader" data-label={columns.title}>
                  {slot.title}
                </th>
                <td role="cell" data-label={columns.speaker}>
                  {slot.speakerName}
                </td>
                <td role="cell" data-label={columns.booth}>
                  {boothName(slot.boothId) ?? <span className="exh-muted">—</span>}
                </td>
                <td role="cell" data-label={columns.actions}>
                  <div className="ed-actions">
                    <ConfirmControl
                      id={`slot-${slot.id}`}
                      labels={{
                        button: t('eventData.agenda.delete'),
                        question: t('eventData.agenda.deleteQuestion', { title: slot.title }),
                        confirm: t('eventData.agenda.deleteConfirm'),
                        working: t('eventData.agenda.deleting'),
                        keep: t('eventData.agenda.keep'),
                      }}
                      onConfirm={async () => {
                        await deleteStageSlot(pavilion.id, slot.id);
                        setAnnouncement(t('eventData.agenda.deleted', { title: slot.title }));
                        agenda.reload();
                      }}
                    />
                  </div>
                </td>
              </tr>
            ))}
          </DataTable>
        )}
      </LoadedList>
      <SlotForm
        key={pavilion.id}
        pavilion={pavilion}
        zone={time.zone}
        onAdded={(title) => {
          setAnnouncement(t('eventData.agenda.added', { title }));
          agenda.reload();
        }}
      />
    </section>
  );
}
