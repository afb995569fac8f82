import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useChat } from '../../state/chat.ts';
import { useWorld } from '../../state/world.ts';
import { HudPanel } from '../hud/HudPanel.tsx';
import { usePlaceName } from '../usePlaceName.ts';
import { ChatComposer } from './ChatComposer.tsx';
import { ChatNoticeLine } from './ChatNoticeLine.tsx';
import { MessageList } from './MessageList.tsx';
import { MuteNotice } from './MuteNotice.tsx';
import { useMute } from './useMute.ts';

/** The room's chat: what everyone here has said, and a line to say something. */
export function ChatPanel({ onClose }: { onClose(): void }) {
  const { t } = useTranslation();
  const zone = useWorld((s) => s.zone);
  const place = usePlaceName()(zone);
  const mute = useMute();

  useEffect(() => useChat.getState().markRead(), []);

  return (
    <HudPanel
      id="chat-panel"
      className="chat-panel"
      title={t('chat.title')}
      subtitle={t('chat.audience', { place })}
      onClose={onClose}
    >
      <MessageList />
      <ChatNoticeLine />
      {mute && <MuteNotice mute={mute} />}
      <ChatComposer place={place} muted={mute !== null} />
    </HudPanel>
  );
}
