import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fetchCards } from '../../net/cardsApi.ts';
import { fetchProfile } from '../../net/profileApi.ts';
import { useCards } from '../../state/cards.ts';
import { LoadFailure } from '../exhibitor/LoadFailure.tsx';
import { HudPanel } from '../hud/HudPanel.tsx';
import { useRemote } from '../organiser/useRemote.ts';
import { StageTabs } from '../stage/StageTabs.tsx';
import '../stage/stage.css';
import { CollectedCards } from './CollectedCards.tsx';
import { MyCardForm } from './MyCardForm.tsx';
import './cards.css';

type Tab = 'received' | 'mine';

function Loading() {
  const { t } = useTranslation();
  return (
    <p className="loading cards-loading" role="status">
      <span className="spinner" aria-hidden="true" /> {t('cards.loading')}
    </p>
  );
}

/** The cards received in exchanges, read afresh on opening; cards arriving meanwhile join the list. */
function ReceivedTab() {
  const collected = useCards((s) => s.collected);
  const load = useCallback(async () => {
    const cards = await fetchCards();
    useCards.getState().setCollected(cards);
    return cards;
  }, []);
  const remote = useRemote(load);
  if (remote.state === 'failed' && !collected) return <LoadFailure failure={remote.failure} onRetry={remote.reload} />;
  if (!collected || remote.state === 'loading') return <Loading />;
  return <CollectedCards cards={collected} />;
}

function MineTab() {
  const remote = useRemote(fetchProfile);
  if (remote.state === 'failed') return <LoadFailure failure={remote.failure} onRetry={remote.reload} />;
  if (!remote.data) return <Loading />;
  return <MyCardForm profile={remote.data} />;
}

/** "Business cards": the cards received, and one's own card to edit. */
export function CardsPanel({ onClose }: { onClose(): void }) {
  const { t } = useTranslation();
  const [tab, setTab] = useState<Tab>('received');
  useEffect(() => {
    useCards.getState().markSeen();
  }, []);
  return (
    <HudPanel
      id="cards-panel"
      className="cards-panel"
      title={t('cards.title')}
      subtitle={t('cards.subtitle')}
      onClose={onClose}
    >
      <StageTabs<Tab>
        idPrefix="cards"
        label={t('cards.title')}
        selected={tab}
        onSelect={setTab}
        tabs={[
          { id: 'received', label: t('cards.received') },
          { id: 'mine', label: t('cards.myCard') },
        ]}
      />
      <div id="cards-tabpanel" className="cards-body" role="tabpanel" aria-labelledby={`cards-tab-${tab}`}>
        {tab === 'received' ? <ReceivedTab /> : <MineTab />}
      </div>
    </HudPanel>
  );
}
