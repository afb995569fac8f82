import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { closeOutcome, CONSENTED_LEAVE } from '../../client/net/closeOutcome.ts';
import { isFinalRefusal, rejoinAfterRestart, retryDelay } from '../../client/net/restartRejoin.ts';
import { CLOSE_CODES, JOIN_ERRORS } from '../../shared/protocol.ts';

describe('what the client does when a room closes', () => {
  const plaza = { kind: 'plaza' } as const;
  const pavilion = { kind: 'pavilion', id: 'uz' } as const;

  it('comes back after a restart, wherever it was', () => {
    expect(closeOutcome(CLOSE_CODES.serverShutdown, plaza)).toEqual({ kind: 'restart' });
    expect(closeOutcome(CLOSE_CODES.serverShutdown, pavilion)).toEqual({ kind: 'restart' });
  });

  it('keeps its other answers: a leave on purpose, a dropped line, a ban', () => {
    expect(closeOutcome(CONSENTED_LEAVE, plaza)).toEqual({ kind: 'ignore' });
    expect(closeOutcome(1006, plaza)).toEqual({ kind: 'recover' });
    expect(closeOutcome(CLOSE_CODES.banned, plaza)).toEqual({ kind: 'exit', notice: { key: 'errors.banned' } });
    expect(closeOutcome(CLOSE_CODES.removed, pavilion).kind).toBe('toPlaza');
  });
});

describe('joining again after a restart', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());
  const refusal = (code: number) => Object.assign(new Error('refused'), { code });

  it('waits 1 s, then a little longer each time, never more than 5 s', () => {
    expect([0, 1, 2, 3, 4, 5, 10].map(retryDelay)).toEqual([1000, 1500, 2250, 3375, 5000, 5000, 5000]);
  });

  it('tries until the server is back', async () => {
    const join = vi
      .fn<() => Promise<string>>()
      .mockRejectedValueOnce(new Error('connect ECONNREFUSED'))
      .mockRejectedValueOnce(new Error('connect ECONNREFUSED'))
      .mockResolvedValue('room');
    const outcome = rejoinAfterRestart(join, () => true);
    await vi.advanceTimersByTimeAsync(1000 + 1500 + 2250);
    await expect(outcome).resolves.toEqual({ kind: 'joined', room: 'room' });
    expect(join).toHaveBeenCalledTimes(3);
  });

  it('stops at once on a refusal that means the session is over', async () => {
    for (const code of [JOIN_ERRORS.unauthorized, JOIN_ERRORS.forbidden, JOIN_ERRORS.protocol_mismatch]) {
      expect(isFinalRefusal(refusal(code))).toBe(true);
      const outcome = rejoinAfterRestart(
        () => Promise.reject(refusal(code)),
        () => true,
      );
      await vi.advanceTimersByTimeAsync(1000);
      await expect(outcome).resolves.toMatchObject({ kind: 'refused' });
    }
    expect(isFinalRefusal(refusal(JOIN_ERRORS.bad_request))).toBe(false);
  });

  it('gives up when the wait is over, or when the visitor has left meanwhile', async () => {
    const down = vi.fn(() => Promise.reject(new Error('connect ECONNREFUSED')));
    const outcome = rejoinAfterRestart(down, () => true, 30_000);
    await vi.advanceTimersByTimeAsync(40_000);
    await expect(outcome).resolves.toEqual({ kind: 'timedOut' });
    expect(down.mock.calls.length).toBeGreaterThan(5);

    let wanted = true;
    const left = rejoinAfterRestart(down, () => wanted);
    wanted = false;
    await vi.advanceTimersByTimeAsync(1000);
    await expect(left).resolves.toEqual({ kind: 'abandoned' });
  });
});
