import { useCallback, useRef, type ReactNode, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { useCards } from '../../state/cards.ts';
import { useChat } from '../../state/chat.ts';
import { onePanelAtATime, useHud, type HudPanel } from '../../state/hud.ts';
import { useMedia } from '../../state/media.ts';
import { useWorld } from '../../state/world.ts';
import { CardOffers } from '../cards/CardOffers.tsx';
import { CardsPanel } from '../cards/CardsPanel.tsx';
import { ChatPanel } from '../chat/ChatPanel.tsx';
import { FindPanel } from '../find/FindPanel.tsx';
import { PeoplePanel } from '../people/PeoplePanel.tsx';
import { ReactionBar } from '../reactions/ReactionBar.tsx';
import { StageAudioUnlock } from '../stage/StageAudioUnlock.tsx';
import { StagePanel } from '../stage/StagePanel.tsx';
import { VoiceControls } from '../voice/VoiceControls.tsx';
import { HudButton } from './HudButton.tsx';
import { CardsIcon, ChatIcon, FindIcon, PeopleIcon, StageIcon } from './icons.tsx';
import { useChatHotkey } from './useChatHotkey.ts';
import './hud.css';

/** Closes a panel and gives focus back to the button that opened it. */
function closePanel(panel: HudPanel, button: RefObject<HTMLButtonElement | null>) {
  useHud.getState().close(panel);
  button.current?.focus();
}

/**
 * The dock at the bottom of the expo: Chat, People, Find, Cards and (inside a pavilion) Stage buttons with
 * their panels above them. `children` sits beside the buttons (the controls hint on a desktop).
 */
export function HudDock({ children }: { children?: ReactNode }) {
  const { t } = useTranslation();
  const chatOpen = useHud((s) => s.chat);
  const peopleOpen = useHud((s) => s.people);
  const stageOpen = useHud((s) => s.stage);
  const findOpen = useHud((s) => s.find);
  const cardsOpen = useHud((s) => s.cards);
  const newCards = useCards((s) => s.unseen);
  const unread = useChat((s) => s.unread);
  const count = useWorld((s) => Object.keys(s.roster).length + 1);
  const pavilionId = useWorld((s) => (s.zone.kind === 'pavilion' ? s.zone.id : null));
  const live = useMedia((s) => s.video !== null || s.listening.length > 0);
  const chatButton = useRef<HTMLButtonElement>(null);
  const peopleButton = useRef<HTMLButtonElement>(null);
  const stageButton = useRef<HTMLButtonElement>(null);
  const findButton = useRef<HTMLButtonElement>(null);
  const cardsButton = useRef<HTMLButtonElement>(null);

  const toggle = (panel: HudPanel) => useHud.getState().toggle(panel, onePanelAtATime());
  const closeChat = useCallback(() => closePanel('chat', chatButton), []);
  const closePeople = useCallback(() => closePanel('people', peopleButton), []);
  const closeStage = useCallback(() => closePanel('stage', stageButton), []);
  const closeFind = useCallback(() => closePanel('find', findButton), []);
  const closeCards = useCallback(() => closePanel('cards', cardsButton), []);
  const openChat = useCallback(() => {
    useHud.getState().open('chat', onePanelAtATime());
    requestAnimationFrame(() => document.getElementById('chat-input')?.focus());
  }, []);
  useChatHotkey(openChat);

  return (
    <div
      className="hud-dock"
      data-open={chatOpen || peopleOpen || findOpen || cardsOpen || (stageOpen && pavilionId !== null)}
    >
      <CardOffers />
      <div className="hud-panels">
        {stageOpen && pavilionId && <StagePanel pavilionId={pavilionId} onClose={closeStage} />}
        {chatOpen && <ChatPanel onClose={closeChat} />}
        {peopleOpen && <PeoplePanel onClose={closePeople} />}
        {findOpen && <FindPanel onClose={closeFind} />}
        {cardsOpen && <CardsPanel onClose={closeCards} />}
      </div>
      <div className="hud-bar">
        <HudButton
          ref={chatButton}
          panel="chat"
          open={chatOpen}
          icon={<ChatIcon />}
          label={t('chat.button')}
          onClick={() => toggle('chat')}
        >
          {unread > 0 && !chatOpen && (
            <span className="hud-badge">
              <span aria-hidden="true">{unread > 99 ? '99+' : unread}</span>
              <span className="visually-hidden">{t('chat.unread', { count: unread })}</span>
            </span>
          )}
        </HudButton>
        <HudButton
          ref={peopleButton}
          panel="people"
          open={peopleOpen}
          icon={<PeopleIcon />}
          label={t('people.button')}
          onClick={() => toggle('people')}
        >
          <span className="hud-count" aria-hidden="true">
            {count}
          </span>
          <span className="visually-hidden">{t('world.peopleHere', { count })}</span>
        </HudButton>
        <HudButton
          ref={findButton}
          panel="find"
          open={findOpen}
          icon={<FindIcon />}
          label={t('find.button')}
          onClick={() => toggle('find')}
        >
          {null}
        </HudButton>
        <HudButton
          ref={cardsButton}
          panel="cards"
          open={cardsOpen}
          icon={<CardsIcon />}
          label={t('cards.button')}
          onClick={() => toggle('cards')}
        >
          {newCards > 0 && !cardsOpen && (
            <span className="hud-badge">
              <span aria-hidden="true">{newCards}</span>
              <span className="visually-hidden">{t('cards.newCards', { count: newCards })}</span>
            </span>
          )}
        </HudButton>
        {pavilionId && (
          <HudButton
            ref={stageButton}
            panel="stage"
            open={stageOpen}
            icon={<StageIcon />}
            label={t('stage.button')}
            description={live ? t('stage.live') : undefined}
            onClick={() => toggle('stage')}
          >
            {live && <span aria-hidden="true" className="hud-live-dot" />}
          </HudButton>
        )}
        {pavilionId && !stageOpen && <StageAudioUnlock />}
        <VoiceControls />
        <ReactionBar />
        {children}
      </div>
    </div>
  );
}
