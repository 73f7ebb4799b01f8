/**
 * Requests per anonymised address (/24 or /48) and route. Counted in this process's memory
 * (@fastify/rate-limit's local store): with several API processes each counts on its own, and
 * a restart starts again. The login throttle, which must be exact, counts in the database.
 */
const fifteenMinutes = 15 * 60_000;

export const publicRateLimits = {
  subscribe: { max: 20, timeWindow: fifteenMinutes },
  confirm: { max: 30, timeWindow: fifteenMinutes },
  unsubscribe: { max: 30, timeWindow: fifteenMinutes },
  /** The mail provider posts from a few addresses, sometimes in bursts. */
  bounces: { max: 300, timeWindow: 60_000 },
  contact: { max: 5, timeWindow: fifteenMinutes },
  selfServiceLink: { max: 10, timeWindow: fifteenMinutes },
  selfServicePage: { max: 30, timeWindow: fifteenMinutes },
} as const;
