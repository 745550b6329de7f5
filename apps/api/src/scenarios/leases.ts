/**
 * Timing of scenario leases (DESIGN.md §6). A node that dies stops renewing; within LEASE_TTL_MS its
 * leases lapse and within one more LEASE_SCAN_MS another node has taken each scenario over, so a
 * running scenario pauses for at most about five seconds when the node playing it is lost.
 */

/** How long a lease lives unless renewed. Long enough to survive a GC pause or a slow query, short enough that a takeover feels prompt. */
export const LEASE_TTL_MS = 4000;

/** How often the holder renews its leases: several renewals fit in one TTL, so one slow round trip does not lose them. */
export const LEASE_RENEW_MS = 1000;

/** How often each node looks for running scenarios nobody holds (new, released, or lapsed). */
export const LEASE_SCAN_MS = 1000;

/** Most scenarios one scan claims, so a node starting alongside others does not take every scenario at once. */
export const LEASE_CLAIMS_PER_SCAN = 25;

/** Lease timing, overridable for tests. */
export interface LeaseTiming {
  /** @default LEASE_TTL_MS */
  ttlMs?: number;
  /** @default LEASE_RENEW_MS */
  renewEveryMs?: number;
  /** @default LEASE_SCAN_MS */
  scanEveryMs?: number;
}
