import { describe, expect, it } from 'vitest';
import { isRetryable, retryingConflicts } from '../../server/db/retryingConflicts.ts';

const dbError = (code: string) => Object.assign(new Error(`database error ${code}`), { code });

describe('retryingConflicts', () => {
  it('knows deadlocks and serialization failures from every other database error', () => {
    expect(isRetryable(dbError('40P01'))).toBe(true);
    expect(isRetryable(dbError('40001'))).toBe(true);
    expect(isRetryable(dbError('23P01'))).toBe(false);
    expect(isRetryable(dbError('23505'))).toBe(false);
    expect(isRetryable(new Error('plain'))).toBe(false);
    expect(isRetryable(undefined)).toBe(false);
  });

  it('runs the work again after a deadlock and returns what the run that got through returned', async () => {
    let runs = 0;
    const result = await retryingConflicts(async () => {
      runs++;
      if (runs < 3) throw dbError('40P01');
      return 'booked';
    });
    expect(result).toBe('booked');
    expect(runs).toBe(3);
  });

  it('throws any other error at once, without running the work again', async () => {
    let runs = 0;
    const clash = dbError('23P01');
    await expect(
      retryingConflicts(async () => {
        runs++;
        throw clash;
      }),
    ).rejects.toBe(clash);
    expect(runs).toBe(1);
  });

  it('gives up after its attempts and throws the last deadlock as it was', async () => {
    let runs = 0;
    await expect(
      retryingConflicts(async () => {
        runs++;
        throw dbError('40001');
      }, 3),
    ).rejects.toMatchObject({ code: '40001' });
    expect(runs).toBe(3);
  });
});
