import type { Booth } from '../../../shared/booths.ts';
import type { Catalogue, Pavilion } from '../../../shared/catalogue.ts';

export function findBooth(catalogue: Catalogue, boothId: string): { booth: Booth; pavilion: Pavilion } | null {
  for (const pavilion of catalogue.pavilions) {
    const booth = pavilion.booths.find((b) => b.id === boothId);
    if (booth) return { booth, pavilion };
  }
  return null;
}
