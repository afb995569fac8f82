/**
 * Text folded for searching: lower case by the rules of the interface language, then without
 * accents, and dotless ı as i, so that "omer" finds Ömer and "isik" finds IŞIK in any language.
 */
export function fold(text: string, lang: string): string {
  return text.toLocaleLowerCase(lang).normalize('NFD').replace(/\p{M}/gu, '').replace(/ı/g, 'i');
}

/** The words of a query, folded; a text matches when it contains every one of them. */
export function queryWords(query: string, lang: string): string[] {
  return fold(query, lang).split(/\s+/).filter(Boolean);
}

export function matchesWords(words: readonly string[], texts: readonly string[], lang: string): boolean {
  const haystack = fold(texts.join(' '), lang);
  return words.every((word) => haystack.includes(word));
}
