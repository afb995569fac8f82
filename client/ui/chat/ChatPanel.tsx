import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { CHAT_LIMITS } from '../../../shared/chat.ts';
import { useChat } from '../../state/chat.ts';
import { peerOf } from '../../state/chatLog.ts';
import { useSession } from '../../state/session.ts';
import { useWorld } from '../../state/world.ts';
import { HudPanel } from '../hud/HudPanel.tsx';
import { usePlaceName } from '../usePlaceName.ts';
import { ChatComposer } from './ChatComposer.tsx';
import { ChatNoticeLine } from './ChatNoticeLine.tsx';
import { ChatTabs } from './ChatTabs.tsx';
import { ConversationList } from './ConversationList.tsx';
import { MessageList } from './MessageList.tsx';
import { MuteNotice } from './MuteNotice.tsx';
import { useMute } from './useMute.ts';
import './chat.css';

/** The chat: what the room said, what people nearby said, and direct conversations; a line to say something. */
export function ChatPanel({ onClose }: { onClose(): void }) {
  const { t } = useTranslation();
  const zone = useWorld((s) => s.zone);
  const place = usePlaceName()(zone);
  const mute = useMute();
  const tab = useChat((s) => s.tab);
  const peer = useChat((s) => s.peer);
  const room = useChat((s) => s.room);
  const nearby = useChat((s) => s.nearby);
  const direct = useChat((s) => s.direct);
  const selfId = useSession((s) => s.session?.user.id);
  const metres = CHAT_LIMITS.nearbyRadius;

  useEffect(() => useChat.getState().markRead(), []);
  const write = (to: { id: string; name: string }) => useChat.getState().openConversation(to);

  const subtitle =
    tab === 'room'
      ? t('chat.audience', { place })
      : tab === 'nearby'
        ? t('chat.nearbyAudience', { metres })
        : peer
          ? t('chat.directAudience', { name: peer.name })
          : t('chat.directTitle');

  return (
    <HudPanel id="chat-panel" className="chat-panel" title={t('chat.title')} subtitle={subtitle} onClose={onClose}>
      <ChatTabs />
      {tab === 'direct' && peer && (
        <div className="chat-peer">
          <button type="button" className="chat-back" onClick={() => useChat.getState().openConversation(null)}>
            <span aria-hidden="true">←</span> {t('chat.allConversations')}
          </button>
          <span className="chat-peer-name">{peer.name}</span>
        </div>
      )}
      <div role="tabpanel" aria-labelledby={`chat-tab-${tab}`} className="chat-tabpanel">
        {tab === 'room' && <MessageList messages={room} empty={t('chat.empty')} onWrite={write} />}
        {tab === 'nearby' && (
          <MessageList messages={nearby} empty={t('chat.nearbyEmpty', { metres })} onWrite={write} />
        )}
        {tab === 'direct' && !peer && <ConversationList />}
        {tab === 'direct' && peer && (
          <MessageList
            messages={direct.filter((m) => peerOf(m, selfId).id === peer.id)}
            empty={t('chat.conversationEmpty', { name: peer.name })}
          />
        )}
      </div>
      <ChatNoticeLine />
      {mute && <MuteNotice mute={mute} />}
      {(tab !== 'direct' || peer) && (
        <ChatComposer
          label={
            tab === 'room'
              ? t('chat.inputLabel', { place })
              : tab === 'nearby'
                ? t('chat.nearbyInputLabel', { metres })
                : t('chat.directInputLabel', { name: peer!.name })
          }
          kind={tab}
          toId={peer?.id}
          muted={mute !== null}
        />
      )}
    </HudPanel>
  );
}
