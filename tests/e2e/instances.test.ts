import type { Room } from 'colyseus.js';
import { describe, expect, it } from 'vitest';
import { PROTOCOL_VERSION, ROOMS } from '../../shared/protocol.ts';
import type { ExpoRoomState } from '../../shared/schema.ts';
import { seriousA11yViolations } from '../fixtures/axe.ts';
import { ARTIFACTS, browserSuite, enterAs } from '../fixtures/browser.ts';
import { colyseusClient, newSession, until } from '../fixtures/server.ts';

/** Two seats a hall: a handful of people fill a pavilion's first hall and open a second. */
const suite = browserSuite(async () => ({ PAVILION_CAPACITY: '2', RECONNECT_SECONDS: '0' }));

async function inPavilion(name: string, pavilionId: string): Promise<{ room: Room<ExpoRoomState>; id: string }> {
  const { token, user } = await newSession(suite.server(), { name, country: pavilionId, lang: 'en' });
  const room = await colyseusClient(suite.server()).joinOrCreate<ExpoRoomState>(ROOMS.pavilion, {
    token,
    protocol: PROTOCOL_VERSION,
    pavilionId,
  });
  room.onMessage('*', () => undefined);
  return { room, id: user.id };
}

describe('the halls of a pavilion in the browser', { timeout: 600_000 }, () => {
  it('joins a friend in the second hall, shows which hall one is in, and moves to another', async () => {
    const page = await suite.newPage(1280, 800, { view: '2d' });
    page.setDefaultTimeout(120_000);
    try {
      const first = await inPavilion('Bolat Serikov', 'kz');
      const second = await inPavilion('Dana Akhmetova', 'kz');
      const friend = await inPavilion('Carl Nagy', 'kz');
      expect(friend.room.roomId).not.toBe(first.room.roomId);

      await enterAs(page, suite.server().url, 'Aysel Məmmədova', 'az', 240_000);
      // Friends meet in the same hall by finding one another: the jump lands in Carl's hall, not the first.
      await page.getByTestId('find-toggle').click();
      await page.getByRole('searchbox', { name: 'Search people by name or organisation' }).fill('Carl');
      await page
        .locator('li.found', { hasText: 'Carl Nagy' })
        .getByRole('button', { name: 'Jump next to Carl Nagy' })
        .click();
      const chip = page.getByTestId('hall-chip');
      await chip.waitFor({ timeout: 60_000 });
      await until(async () => (await chip.textContent()) === 'Hall 2 of 2', 30_000, 'the chip says hall 2 of 2');
      await until(() => friend.room.state.players.size === 2, 10_000, 'Aysel beside Carl');
      await page.getByTestId('find-toggle').click();

      // Hall 1 frees a seat; the card lists both halls and moves Aysel there.
      await second.room.leave(true);
      await chip.click();
      const card = page.getByRole('dialog', { name: 'Halls of this pavilion' });
      await card.waitFor();
      const rows = card.getByTestId('hall-row');
      await until(async () => (await rows.count()) === 2, 10_000, 'two halls listed');
      await until(
        async () => (await rows.nth(0).textContent())?.includes('Places taken: 1 of 2') === true,
        30_000,
        'hall 1 with a free seat',
      );
      expect(await rows.nth(1).textContent()).toMatch(/Hall 2.*Places taken: 2 of 2.*You are here/);
      await page.waitForTimeout(300);
      await page.screenshot({ path: `${ARTIFACTS}/instances-card.png` });
      expect(await seriousA11yViolations(page, '.hall-card')).toEqual([]);

      await rows.nth(0).getByRole('button', { name: 'Move here' }).click();
      await until(async () => (await chip.textContent()) === 'Hall 1 of 2', 30_000, 'the chip says hall 1 of 2');
      await until(() => first.room.state.players.size === 2, 10_000, 'Aysel beside Bolat in hall 1');
      await until(() => friend.room.state.players.size === 1, 10_000, 'Aysel gone from hall 2');
      await expect(card.isVisible()).resolves.toBe(false);

      // On a phone the chip sits under the place name; the card opens and closes from the keyboard.
      await page.setViewportSize({ width: 390, height: 844 });
      await chip.focus();
      await page.keyboard.press('Enter');
      await card.waitFor();
      await until(async () => (await rows.count()) === 2, 10_000, 'two halls listed on a phone');
      await page.waitForTimeout(300);
      await page.screenshot({ path: `${ARTIFACTS}/instances-phone.png` });
      await page.keyboard.press('Escape');
      await card.waitFor({ state: 'detached' });
      expect(await chip.evaluate((el) => el === document.activeElement)).toBe(true);
      for (const p of [first, friend]) await p.room.leave(true);
    } finally {
      await page.context().close();
    }
  });
});
