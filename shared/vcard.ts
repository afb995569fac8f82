import type { BusinessCard } from './cards.ts';
import { CRLF, escapeText, foldLine } from './contentLines.ts';

/** A telephone number as a tel: URI (RFC 3966) when it is international; otherwise as the text typed. */
function telLine(phone: string): string {
  const digits = phone.replace(/[^0-9+]/g, '');
  if (digits.startsWith('+')) return `TEL;VALUE=uri;TYPE=work,voice:tel:${digits}`;
  return `TEL;VALUE=text;TYPE=work,voice:${escapeText(phone)}`;
}

/** Words the vCard carries in the reader's language: the country's name and a note of when and where the cards were exchanged. */
export interface VCardWords {
  countryName: string;
  note: string;
}

/** One business card as a vCard 4.0 (RFC 6350); fields left empty on the card are left out. */
export function vCardOf(card: BusinessCard, words: VCardWords): string {
  const lines = [
    'BEGIN:VCARD',
    'VERSION:4.0',
    'PRODID:-//Turkic Metaverse//Business cards//EN',
    'KIND:individual',
    `UID:urn:uuid:${card.userId}`,
    `FN:${escapeText(card.name)}`,
    card.organisation && `ORG:${escapeText(card.organisation)}`,
    card.title && `TITLE:${escapeText(card.title)}`,
    card.email && `EMAIL;TYPE=work:${escapeText(card.email)}`,
    card.phone && telLine(card.phone),
    card.website && `URL;TYPE=work:${new URL(card.website).href}`,
    `ADR;TYPE=work:;;;;;;${escapeText(words.countryName)}`,
    words.note && `NOTE:${escapeText(words.note)}`,
    'END:VCARD',
  ];
  return lines
    .filter((line): line is string => Boolean(line))
    .map(foldLine)
    .join(CRLF)
    .concat(CRLF);
}

/** Several cards in one .vcf file, one vCard after another. */
export function vCardsOf(cards: readonly { card: BusinessCard; words: VCardWords }[]): string {
  return cards.map(({ card, words }) => vCardOf(card, words)).join('');
}
