import type { BusinessCard } from './cards.ts';

/** RFC 6350 §3.2: a content line should not be longer than 75 octets, line break excluded. */
const MAX_OCTETS = 75;
const CRLF = '\r\n';

/** RFC 6350 §3.4: backslash, comma and semicolon are escaped in text values, and line breaks are written as \n. */
export function escapeText(value: string): string {
  return value.replace(/[\\,;]/g, (ch) => `\\${ch}`).replace(/\r\n|\r|\n/g, '\\n');
}

function octets(ch: string): number {
  const code = ch.codePointAt(0)!;
  return code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
}

/**
 * RFC 6350 §3.2: a long line is folded by a line break followed by one space, which readers
 * remove. Folds fall between characters, never inside the UTF-8 bytes of one.
 */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let size = 0;
  for (const ch of line) {
    const n = octets(ch);
    // Continuation lines start with the space, which counts towards their 75 octets.
    const limit = parts.length === 0 ? MAX_OCTETS : MAX_OCTETS - 1;
    if (size + n > limit) {
      parts.push(current);
      current = '';
      size = 0;
    }
    current += ch;
    size += n;
  }
  parts.push(current);
  return parts.join(`${CRLF} `);
}

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
