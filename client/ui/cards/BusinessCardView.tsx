import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { BusinessCard } from '../../../shared/cards.ts';
import { Flag } from '../Flag.tsx';
import { RoleBadge } from '../RoleBadge.tsx';
import { useCountryName } from '../useCountryName.ts';
import { MailIcon, PhoneIcon, WebIcon } from './cardIcons.tsx';

export interface BusinessCardViewProps {
  card: Omit<BusinessCard, 'userId'>;
  /** Contacts become links (mailto:, tel:, the website); a preview of what is being typed shows them as text. */
  linked: boolean;
  /** Shown at the foot of the card: when and where it was exchanged, or its actions. */
  children?: ReactNode;
}

/** Only the digits and a leading +, as a tel: link wants them. */
const telHref = (phone: string) => `tel:${phone.replace(/[^0-9+]/g, '')}`;

function Contact({ icon, label, href, text }: { icon: ReactNode; label: string; href?: string; text: string }) {
  return (
    <li>
      {icon}
      <span className="visually-hidden">{label}: </span>
      {href ? (
        <a href={href} target={href.startsWith('http') ? '_blank' : undefined} rel="noopener noreferrer">
          {text}
        </a>
      ) : (
        <span>{text}</span>
      )}
    </li>
  );
}

/** A business card as others see it: who, what they do, and how to reach them; fields left empty are not shown. */
export function BusinessCardView({ card, linked, children }: BusinessCardViewProps) {
  const { t } = useTranslation();
  const countryName = useCountryName()(card.country);
  const website = /^https?:\/\//i.test(card.website) ? card.website : '';
  const hasContacts = card.email || card.phone || card.website;
  return (
    <article className="business-card" aria-label={t('cards.cardOf', { name: card.name })}>
      <div className="business-card-band" aria-hidden="true" />
      <header className="business-card-head">
        <h3 className="business-card-name">{card.name}</h3>
        {card.title && <p className="business-card-title">{card.title}</p>}
        {card.organisation && <p className="business-card-org">{card.organisation}</p>}
      </header>
      <p className="business-card-origin">
        <Flag country={card.country} size={14} />
        <span>{countryName}</span>
        <RoleBadge role={card.role} />
      </p>
      {hasContacts && (
        <ul className="business-card-contacts">
          {card.email && (
            <Contact
              icon={<MailIcon />}
              label={t('cards.email')}
              href={linked ? `mailto:${card.email}` : undefined}
              text={card.email}
            />
          )}
          {card.phone && (
            <Contact
              icon={<PhoneIcon />}
              label={t('cards.phone')}
              href={linked ? telHref(card.phone) : undefined}
              text={card.phone}
            />
          )}
          {card.website && (
            <Contact
              icon={<WebIcon />}
              label={t('cards.website')}
              href={linked && website ? website : undefined}
              text={card.website.replace(/^https?:\/\//i, '').replace(/\/$/, '')}
            />
          )}
        </ul>
      )}
      {children && <footer className="business-card-foot">{children}</footer>}
    </article>
  );
}
