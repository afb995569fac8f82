import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry, Summary } from 'prom-client';

/** Seconds; fine around the 15 ms a tick of a 500-person room should stay under. */
const TICK_BUCKETS = [
  0.0005, 0.001, 0.002, 0.003, 0.004, 0.005, 0.006, 0.008, 0.01, 0.0125, 0.015, 0.02, 0.03, 0.05, 0.1,
];

/** The server's own figures, exposed at /metrics and read by the benchmark. */
export class Metrics {
  readonly registry = new Registry();

  readonly patchSeconds = new Summary({
    name: 'expo_patch_seconds',
    help: 'Time to encode one state patch of a room for all its clients (sends follow in slices)',
    labelNames: ['room'],
    percentiles: [0.5, 0.9, 0.99],
    maxAgeSeconds: 60,
    ageBuckets: 3,
    registers: [this.registry],
  });

  readonly interestSeconds = new Summary({
    name: 'expo_interest_seconds',
    help: 'Time to choose, before a patch, whom a slice of the clients of a room receive the movements of',
    labelNames: ['room'],
    percentiles: [0.5, 0.9, 0.99],
    maxAgeSeconds: 60,
    ageBuckets: 3,
    registers: [this.registry],
  });

  /**
   * How long one tick of a room with people in it holds the event loop: the interest refresh and
   * encoding the patch for every client. Its sends follow in slices (patchSendSeconds). A
   * histogram, so that a benchmark can take the percentiles of just its own window.
   */
  readonly tickSeconds = new Histogram({
    name: 'expo_tick_seconds',
    help: 'Time one room tick with clients holds the event loop: interest refresh plus encoding the patch',
    labelNames: ['room'],
    buckets: TICK_BUCKETS,
    registers: [this.registry],
  });

  /**
   * The CPU time the process spent in a tick. On a machine shared with other busy processes the
   * wall time of a tick includes waiting for a core; this does not.
   */
  readonly tickCpuSeconds = new Histogram({
    name: 'expo_tick_cpu_seconds',
    help: 'CPU time of one room tick with clients: interest refresh plus encoding the patch',
    labelNames: ['room'],
    buckets: TICK_BUCKETS,
    registers: [this.registry],
  });

  /** Handing one patch to the sockets, slice by slice (server/rooms/patchSlices.ts): all slices together... */
  readonly patchSendSeconds = new Histogram({
    name: 'expo_patch_send_seconds',
    help: 'Time to hand one patch to the sockets of a room, all its slices together',
    labelNames: ['room'],
    buckets: TICK_BUCKETS,
    registers: [this.registry],
  });

  /** ...the longest single slice, which is how long the sends hold the event loop at once... */
  readonly patchSliceSeconds = new Histogram({
    name: 'expo_patch_slice_seconds',
    help: 'The longest slice of the sends of one patch of a room',
    labelNames: ['room'],
    buckets: TICK_BUCKETS,
    registers: [this.registry],
  });

  /** ...and what a whole patch costs: the tick plus all its sends, in CPU time. */
  readonly patchCpuSeconds = new Histogram({
    name: 'expo_patch_cpu_seconds',
    help: 'CPU time of one whole patch of a room: the tick plus all its sends',
    labelNames: ['room'],
    buckets: TICK_BUCKETS,
    registers: [this.registry],
  });

  readonly clients = new Gauge({
    name: 'expo_room_clients',
    help: 'Connected clients per room kind',
    labelNames: ['room'],
    registers: [this.registry],
  });

  /**
   * Rooms opened and closed, by room kind. Their difference is the rooms alive; a soak watches
   * pavilion and meeting rooms come and go while memory stays flat (tests/bench/soak.ts).
   */
  readonly roomsCreated = new Counter({
    name: 'expo_rooms_created_total',
    help: 'Rooms created, by room kind',
    labelNames: ['room'],
    registers: [this.registry],
  });

  readonly roomsDisposed = new Counter({
    name: 'expo_rooms_disposed_total',
    help: 'Rooms disposed, by room kind',
    labelNames: ['room'],
    registers: [this.registry],
  });

  readonly movesRejected = new Counter({
    name: 'expo_moves_rejected_total',
    help: 'Moves refused by the server, by reason',
    labelNames: ['reason'],
    registers: [this.registry],
  });

  readonly joinsRefused = new Counter({
    name: 'expo_joins_refused_total',
    help: 'Room joins refused, by reason',
    labelNames: ['reason'],
    registers: [this.registry],
  });

  readonly requestsLimited = new Counter({
    name: 'expo_http_requests_limited_total',
    help: 'HTTP requests refused by a rate limit, by limit and verdict (drop or disconnect)',
    labelNames: ['limit', 'verdict'],
    registers: [this.registry],
  });

  readonly messagesLimited = new Counter({
    name: 'expo_messages_limited_total',
    help: 'Room messages refused by the per-client flood guard, by verdict (drop or disconnect)',
    labelNames: ['verdict'],
    registers: [this.registry],
  });

  readonly messagesRejected = new Counter({
    name: 'expo_messages_rejected_total',
    help: 'Room messages refused to their sender (failed schema, missing permission, ...), by message type and refusal code',
    labelNames: ['type', 'reason'],
    registers: [this.registry],
  });

  /** By route pattern, never the raw path, so that the label values stay few. */
  readonly httpSeconds = new Histogram({
    name: 'expo_http_request_seconds',
    help: 'HTTP request latency, by method, route pattern and status class',
    labelNames: ['method', 'route', 'status'],
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [this.registry],
  });

  readonly dbErrors = new Counter({
    name: 'expo_db_errors_total',
    help: 'Database queries and connections that failed, by SQLSTATE class (08 connection, 23 constraint, 40 conflict; none: no code)',
    labelNames: ['class'],
    registers: [this.registry],
  });

  readonly moderation = new Counter({
    name: 'expo_moderation_actions_total',
    help: 'Moderation actions taken by organisers, by action',
    labelNames: ['action'],
    registers: [this.registry],
  });

  constructor() {
    collectDefaultMetrics({ register: this.registry });
  }

  render(): Promise<string> {
    return this.registry.metrics();
  }

  contentType(): string {
    return this.registry.contentType;
  }
}
