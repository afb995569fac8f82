import { TokenBucket } from './tokenBucket.ts';

/**
 * A token bucket per connection for one kind of message, created on first use and gone with the
 * connection's own object (a walker or a client), so nothing has to be cleaned up on leave.
 * Returns whether `key` may act now.
 */
export function clientBudget(ratePerSecond: number, burst: number): (key: object, now?: number) => boolean {
  const buckets = new WeakMap<object, TokenBucket>();
  return (key, now = Date.now()) => {
    let bucket = buckets.get(key);
    if (!bucket) buckets.set(key, (bucket = new TokenBucket(ratePerSecond, burst, now)));
    return bucket.tryTake(now);
  };
}
