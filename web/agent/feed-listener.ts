import type { AnyFrame } from "../shared/api-types.ts";

/**
 * A part of the workspace that lives off the agent feed besides the conversation
 * lists (presence, callbacks). `catchUp` runs after every (re)connect, so what it
 * shows is fetched again and nothing missed while disconnected stays stale.
 */
export interface FeedListener {
  onFrame: (frame: AnyFrame) => void;
  catchUp: () => Promise<void>;
}
