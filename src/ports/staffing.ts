/**
 * Who is there to answer, as a recent snapshot (refreshed in the background), so the
 * core can tell a customer the truth about the wait without a database read.
 */
export interface Staffing {
  availability(language: string): Availability;
}

export interface Availability {
  /** People online now (any language). */
  agentsOnline: number;
  /** People online now who speak this language. */
  speakersOnline: number;
  /** From the queue and recent handling times; absent when nobody is online. */
  estimatedMinutes?: number;
  /** When people are usually there, in the firm's own words (configured), for when nobody is. */
  teamHours?: string;
}
