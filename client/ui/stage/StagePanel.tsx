import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CountryId } from '../../../shared/countries.ts';
import { useSession } from '../../state/session.ts';
import { useStage } from '../../state/stage.ts';
import { HudPanel } from '../hud/HudPanel.tsx';
import { usePlaceName } from '../usePlaceName.ts';
import { AgendaTab } from './AgendaTab.tsx';
import { AudienceControls } from './AudienceControls.tsx';
import { PresenterControls } from './PresenterControls.tsx';
import { QuestionsTab } from './QuestionsTab.tsx';
import { QueueTab } from './QueueTab.tsx';
import { StageMediaNote } from './StageMediaNote.tsx';
import { stageRole } from './stageRole.ts';
import { StageTabs, type StageTab } from './StageTabs.tsx';
import { StageViewer } from './StageViewer.tsx';
import './stage.css';

type TabId = 'questions' | 'agenda' | 'queue';

/** The pavilion's stage: the live picture, one's part in it, and the questions, agenda and (organisers) queue. */
export function StagePanel({ pavilionId, onClose }: { pavilionId: CountryId; onClose(): void }) {
  const { t } = useTranslation();
  const user = useSession((s) => s.session?.user);
  const place = usePlaceName()({ kind: 'pavilion', id: pavilionId });
  const questions = useStage((s) => s.questions.filter((q) => !q.answered).length);
  const hands = useStage((s) => s.hands.length);
  const role = stageRole(user, pavilionId);
  const [tab, setTab] = useState<TabId>('questions');

  const tabs: StageTab<TabId>[] = [
    { id: 'questions', label: t('stage.tabs.questions'), count: questions },
    { id: 'agenda', label: t('stage.tabs.agenda') },
    ...(role === 'organiser' ? [{ id: 'queue' as const, label: t('stage.tabs.queue'), count: hands }] : []),
  ];

  return (
    <HudPanel id="stage-panel" className="stage-panel" title={t('stage.title')} subtitle={place} onClose={onClose}>
      <div className="stage-scroll">
        <StageViewer />
        <StageMediaNote />
        {user && (role === 'audience' ? <AudienceControls userId={user.id} /> : <PresenterControls />)}
        <StageTabs<TabId> tabs={tabs} selected={tab} label={t('stage.tabs.label')} onSelect={setTab} />
        <div id="stage-tabpanel" role="tabpanel" aria-labelledby={`stage-tab-${tab}`}>
          {tab === 'questions' && <QuestionsTab userId={user?.id ?? ''} organiser={role === 'organiser'} />}
          {tab === 'agenda' && <AgendaTab pavilionId={pavilionId} organiser={role === 'organiser'} />}
          {tab === 'queue' && <QueueTab />}
        </div>
      </div>
    </HudPanel>
  );
}
