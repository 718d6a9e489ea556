/**
 * Every Redis key and channel Tandem uses, in one place. Prefix with TANDEM_REDIS_PREFIX
 * to share one Redis between several desks.
 */
export function redisKeys(prefix: string) {
  return {
    /** Pub/sub channel: committed conversation changes, fanned out to every server process. */
    deskEvents: `${prefix}:desk-events`,
  };
}
