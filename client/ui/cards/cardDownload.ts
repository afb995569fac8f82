import type { CollectedCard } from '../../../shared/cards.ts';
import { vCardsOf, type VCardWords } from '../../../shared/vcard.ts';
import { saveBlob } from '../exhibitor/saveBlob.ts';

/** A file name from a person's name: letters and digits of any script, the rest as dashes. */
function fileNameOf(name: string): string {
  const base = name
    .normalize('NFC')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-|-$/g, '');
  return `${base || 'card'}.vcf`;
}

/** Saves cards as one .vcf file: one card under its owner's name, several under `allName`. */
export function downloadVCards(
  cards: readonly CollectedCard[],
  wordsOf: (card: CollectedCard) => VCardWords,
  allName: string,
) {
  const text = vCardsOf(cards.map((c) => ({ card: c.card, words: wordsOf(c) })));
  const name = cards.length === 1 ? fileNameOf(cards[0]!.card.name) : `${allName}.vcf`;
  saveBlob(new Blob([text], { type: 'text/vcard;charset=utf-8' }), name);
}
