import { ErrorCode, ServerError } from 'colyseus.js';
import { describe, expect, it } from 'vitest';
import { FULL_RETRIES, isCrowdedJoin, joinThroughCrowd } from '../../client/net/joinRetry.ts';

const full = () => new ServerError(ErrorCode.MATCHMAKE_UNHANDLED, 'AbCd123 is already full.');

/** A join that fails with `errors` in turn, then succeeds; counts its attempts. */
function joinFailing(...errors: Error[]) {
  const join = async () => {
    join.attempts++;
    const error = errors.shift();
    if (error) throw error;
    return 'joined';
  };
  join.attempts = 0;
  return join;
}

describe('joining through a crowd', () => {
  it('tells a crowded-out join from a refusal', () => {
    expect(isCrowdedJoin(full())).toBe(true);
    expect(isCrowdedJoin(new ServerError(0, 'seat reservation expired.'))).toBe(true);
    expect(isCrowdedJoin(new ServerError(ErrorCode.MATCHMAKE_UNHANDLED, 'database down'))).toBe(false);
    expect(isCrowdedJoin(new ServerError(4401, 'join refused: already full of bad tokens'))).toBe(false);
    expect(isCrowdedJoin(undefined)).toBe(false);
  });

  it('tries again while every instance is full, then gives up with the last error', async () => {
    const twice = joinFailing(full(), full());
    await expect(joinThroughCrowd(twice)).resolves.toBe('joined');
    expect(twice.attempts).toBe(3);

    const always = joinFailing(...Array.from({ length: FULL_RETRIES + 1 }, full));
    await expect(joinThroughCrowd(always)).rejects.toThrow('already full');
    expect(always.attempts).toBe(FULL_RETRIES + 1);
  });

  it('does not try again after a refusal', async () => {
    const refused = joinFailing(new ServerError(4401, 'join refused'));
    await expect(joinThroughCrowd(refused)).rejects.toThrow('join refused');
    expect(refused.attempts).toBe(1);
  });
});
