import type { Client } from '@colyseus/core';
import { describe, expect, it } from 'vitest';
import { CLIENTS_PER_SLICE, PatchSlices, type SendFigures } from '../../server/rooms/patchSlices.ts';

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Clients whose raw sends land in one log, as (client, text) in the order the sockets got them. */
function clients(count: number): { list: Client[]; log: [number, string][] } {
  const log: [number, string][] = [];
  const list = Array.from(
    { length: count },
    (_, i) =>
      ({
        sessionId: `s${i}`,
        raw: (data: Uint8Array) => log.push([i, Buffer.from(data).toString()]),
      }) as unknown as Client,
  );
  return { list, log };
}

/** What the room's patch does: one send per client. */
const patchOf = (list: Client[], text: (i: number) => string) => () => {
  list.forEach((c, i) => c.raw(Buffer.from(text(i))));
  return true;
};

describe('sending a patch in slices', () => {
  it('sends nothing during the patch, then one slice per turn of the event loop until all are out', async () => {
    const { list, log } = clients(CLIENTS_PER_SLICE * 2 + 10);
    const figures: SendFigures[] = [];
    const slices = new PatchSlices(
      () => undefined,
      (f) => figures.push(f),
    );
    expect(
      slices.patch(
        list,
        patchOf(list, (i) => `patch ${i}`),
      ),
    ).toBe(true);
    expect(log).toHaveLength(0);
    await nextTurn();
    expect(log).toHaveLength(CLIENTS_PER_SLICE);
    await nextTurn();
    expect(log).toHaveLength(CLIENTS_PER_SLICE * 2);
    await nextTurn();
    expect(log.map(([i]) => i)).toEqual(list.map((_, i) => i));
    expect(figures).toHaveLength(1);
    expect(figures[0]!.longestSliceSeconds).toBeLessThanOrEqual(figures[0]!.seconds);
  });

  it('keeps each client’s order: a message after the patch waits behind it, others go straight out', async () => {
    const { list, log } = clients(CLIENTS_PER_SLICE + 1);
    const slices = new PatchSlices(
      () => undefined,
      () => {},
    );
    // The room's patch reaches everyone but the last client.
    const patched = list.slice(0, -1);
    slices.patch(
      list,
      patchOf(patched, () => 'patch'),
    );
    list[0]!.raw(Buffer.from('chat'));
    list.at(-1)!.raw(Buffer.from('idle'));
    expect(log).toEqual([[list.length - 1, 'idle']]);
    await nextTurn();
    await nextTurn();
    expect(log.filter(([i]) => i === 0).map(([, text]) => text)).toEqual(['patch', 'chat']);
    expect(log).toHaveLength(patched.length + 2);
  });

  it('sends what is left of one patch before the next one, so patches never overtake each other', () => {
    const { list, log } = clients(CLIENTS_PER_SLICE * 3);
    const slices = new PatchSlices(
      () => undefined,
      () => {},
    );
    slices.patch(
      list,
      patchOf(list, () => 'first'),
    );
    slices.patch(
      list,
      patchOf(list, () => 'second'),
    );
    expect(log).toHaveLength(list.length);
    expect(log.every(([, text]) => text === 'first')).toBe(true);
    slices.flushAll();
    expect(log.slice(list.length).every(([, text]) => text === 'second')).toBe(true);
    expect(log).toHaveLength(list.length * 2);
  });

  it('copies a send that points into the shared patch buffer, which the next patch overwrites', async () => {
    const { list, log } = clients(1);
    const shared = Buffer.alloc(16);
    const slices = new PatchSlices(
      () => shared.buffer,
      () => {},
    );
    slices.patch(list, () => {
      shared.write('old patch');
      list[0]!.raw(shared.subarray(0, 9));
      return true;
    });
    shared.write('overwrite');
    await nextTurn();
    expect(log).toEqual([[0, 'old patch']]);
  });
});
