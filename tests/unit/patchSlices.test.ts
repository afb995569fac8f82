import type { Client } from '@colyseus/core';
import { describe, expect, it } from 'vitest';
import { CLIENTS_PER_SLICE, PatchSlices, type SendFigures } from '../../server/rooms/patchSlices.ts';

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/** What the sockets got, in order: (client index, text), and 'closed' when one was closed. */
type Log = [number, string][];

/** A client writing to socket `socket`, logging what it writes as client `index`. */
function clientOn(log: Log, index: number, socket: object): Client {
  return {
    sessionId: `s${index}`,
    ref: socket,
    raw: (data: Uint8Array) => log.push([index, Buffer.from(data).toString()]),
    leave: () => log.push([index, 'closed']),
  } as unknown as Client;
}

function clients(count: number): { list: Client[]; log: Log } {
  const log: Log = [];
  return { list: Array.from({ length: count }, (_, i) => clientOn(log, i, {})), log };
}

/** PatchSlices that report into `figures`, and fail the test on a failed send unless told. */
function slicesFor(figures: SendFigures[] = [], failures: unknown[] = []): PatchSlices {
  return new PatchSlices(
    () => undefined,
    (f) => figures.push(f),
    (error) => failures.push(error),
  );
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
    const slices = slicesFor(figures);
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
    const slices = slicesFor();
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

  it('keeps the order on a reconnected socket, whichever of its two client objects sends', async () => {
    const log: Log = [];
    const socket = {};
    const before = clientOn(log, 0, socket);
    const after = clientOn(log, 1, socket);
    const slices = slicesFor();
    slices.patch([before], () => true);
    // The reconnection: the room now patches the new object; code holding the old one still sends.
    slices.patch(
      [after],
      patchOf([after], () => 'patch'),
    );
    before.raw(Buffer.from('welcome'));
    await nextTurn();
    expect(log).toEqual([
      [1, 'patch'],
      [0, 'welcome'],
    ]);
  });

  it('sends what is queued for a client before closing its connection', () => {
    const { list, log } = clients(2);
    const slices = slicesFor();
    slices.patch(
      list,
      patchOf(list, () => 'patch'),
    );
    list[1]!.leave();
    expect(log).toEqual([
      [1, 'patch'],
      [1, 'closed'],
    ]);
  });

  it('sends what is left of one patch before the next one, so patches never overtake each other', () => {
    const { list, log } = clients(CLIENTS_PER_SLICE * 3);
    const figures: SendFigures[] = [];
    const slices = slicesFor(figures);
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
    // Each flush, made in one turn of the event loop, counts as one slice of its patch.
    expect(figures.map((f) => f.longestSliceSeconds)).toEqual(figures.map((f) => f.seconds));
  });

  it('goes on to the other clients when writing to one throws', async () => {
    const { list, log } = clients(3);
    const failures: unknown[] = [];
    const slices = slicesFor([], failures);
    list[1]!.raw = () => {
      throw new Error('socket gone');
    };
    slices.patch(
      list,
      patchOf(list, () => 'patch'),
    );
    await nextTurn();
    expect(log.map(([i]) => i)).toEqual([0, 2]);
    expect(failures).toHaveLength(1);
  });

  it('copies a send that points into the shared patch buffer, which the next patch overwrites', async () => {
    const { list, log } = clients(1);
    const shared = Buffer.alloc(16);
    const slices = new PatchSlices(
      () => shared.buffer,
      () => {},
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
