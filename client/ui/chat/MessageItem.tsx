import { useTranslation } from 'react-i18next';
import type { ChatMessage } from '../../../shared/chat.ts';
import { Flag } from '../Flag.tsx';
import { RoleBadge } from '../RoleBadge.tsx';
import { useCountryName } from '../useCountryName.ts';

export interface MessageItemProps {
  message: ChatMessage;
  /** Sent by the visitor themselves. */
  mine: boolean;
  /** Follows a message by the same person, so the name is not repeated. */
  continued: boolean;
  /** Writes the message's moment: the time of day, with the date when it is not today. */
  formatTime: (iso: string) => string;
}

/** One message: who (flag, name, role), when, and the text, all as plain text. */
export function MessageItem({ message, mine, continued, formatTime }: MessageItemProps) {
  const { t } = useTranslation();
  const countryName = useCountryName();
  const country = countryName(message.country);
  return (
    <li className="chat-message" data-mine={mine} data-continued={continued}>
      {continued ? (
        <span className="visually-hidden">{mine ? t('chat.you') : message.name}</span>
      ) : (
        <div className="chat-meta">
          <span className="chat-flag" title={country}>
            <Flag country={message.country} size={14} />
            <span className="visually-hidden">{country}</span>
          </span>
          <span className="chat-name">{mine ? t('chat.you') : message.name}</span>
          <RoleBadge role={message.role} />
          <time className="chat-time" dateTime={message.at}>
            {formatTime(message.at)}
          </time>
        </div>
      )}
      <p className="chat-text">{message.text}</p>
    </li>
  );
}
