import { CardList, type CollectedCard } from '../../shared/cards.ts';
import { request } from './api.ts';

/** The business cards the signed-in person has collected, newest first. */
export async function fetchCards(): Promise<CollectedCard[]> {
  return (await request(CardList, '/api/cards')).cards;
}
