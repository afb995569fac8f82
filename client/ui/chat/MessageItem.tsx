import { useTranslation } from 'react-i18next';
import type { ChatMessage, Peer } from '../../state/chatLog.ts';
import { Flag } from '../Flag.tsx';
import { ReportButton } from '../people/ReportButton.tsx';
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
  /** Present where the author can be written to directly from here. */
  onWrite?: (peer: Peer) => void;
  /** Present for an organiser: asks to delete the message. */
  onDelete?: (message: ChatMessage) => void;
}

/** One message: who (flag, name, role), when, and the text, all as plain text; or that it was deleted. */
export function MessageItem({ message, mine, continued, formatTime, onWrite, onDelete }: MessageItemProps) {
  const { t } = useTranslation();
  const countryName = useCountryName();
  const country = countryName(message.country);
  const name = mine ? t('chat.you') : message.name;
  const write = !mine && onWrite;
  return (
    <li className="chat-message" data-mine={mine} data-continued={continued} data-deleted={message.deleted}>
      {continued ? (
        <span className="visually-hidden">{name}</span>
      ) : (
        <div className="chat-meta">
          <span className="chat-flag" title={country}>
            <Flag country={message.country} size={14} />
            <span className="visually-hidden">{country}</span>
          </span>
          {write ? (
            <button
              type="button"
              className="chat-name chat-name-button"
              title={t('chat.writeTo', { name })}
              onClick={() => write({ id: message.fromId, name: message.name })}
            >
              {name}
            </button>
          ) : (
            <span className="chat-name">{name}</span>
          )}
          <RoleBadge role={message.role} />
          <time className="chat-time" dateTime={message.at}>
            {formatTime(message.at)}
          </time>
          {!mine && <ReportButton person={{ id: message.fromId, name: message.name }} />}
        </div>
      )}
      <div className="chat-bubble-row">
        {message.deleted ? (
          <p className="chat-text chat-text-deleted">{t('chat.deleted')}</p>
        ) : (
          <p className="chat-text">{message.text}</p>
        )}
        {onDelete && !message.deleted && (
          <button
            type="button"
            className="chat-delete"
            aria-label={t('chat.deleteFrom', { name: message.name })}
            title={t('chat.delete')}
            onClick={() => onDelete(message)}
          >
            <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
              <path d="M5 7h14M10 7V5h4v2M7 7l1 12h8l1-12M10.5 10.5v6M13.5 10.5v6" />
            </svg>
          </button>
        )}
      </div>
    </li>
  );
}
