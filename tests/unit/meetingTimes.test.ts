import { describe, expect, it } from 'vitest';
import { describeRange, startRefusal } from '../../server/meetings/meetingTimes.ts';

const NOW = new Date('2026-06-01T12:00:00Z');
const at = (ms: number) => new Date(NOW.getTime() + ms).toISOString();

describe('meeting times', () => {
  it('let a meeting start from five minutes ago up to a year ahead', () => {
    expect(startRefusal(at(-4 * 60_000), NOW)).toBeUndefined();
    expect(startRefusal(at(364 * 86_400_000), NOW)).toBeUndefined();
    expect(startRefusal(at(-6 * 60_000), NOW)).toEqual({
      message: expect.stringMatching(/start in the future/),
      refusal: { code: 'start_past' },
    });
    expect(startRefusal(at(366 * 86_400_000), NOW)).toEqual({
      message: expect.stringMatching(/at most 365 days ahead/),
      refusal: { code: 'start_too_far', params: { days: 365 } },
    });
  });

  it('describe a clash in UTC, with both days when it crosses midnight', () => {
    expect(describeRange(new Date('2026-12-01T10:00:00Z'), new Date('2026-12-01T11:00:00Z'))).toBe(
      'from 10:00 to 11:00 UTC on 2026-12-01',
    );
    expect(describeRange(new Date('2026-12-01T23:30:00Z'), new Date('2026-12-02T00:30:00Z'))).toBe(
      'from 23:30 UTC on 2026-12-01 to 00:30 UTC on 2026-12-02',
    );
  });
});
