import type { CallbackStore } from "../../ports/callback-store.ts";
import type { DraftStore } from "../../ports/draft-store.ts";
import type { NoteStore } from "../../ports/note-store.ts";
import type { PresenceStore } from "../../ports/presence-store.ts";
import type { DeskDeps } from "../conversations/desk-deps.ts";

/** What the people side of the desk needs beyond the conversation ports. */
export interface StaffDeps extends DeskDeps {
  presence: PresenceStore;
  notes: NoteStore;
  callbacks: CallbackStore;
  drafts: DraftStore;
  /** Names for routed assignments ("A person (Maja)"). */
  agentName(agentId: string): Promise<string | undefined>;
}

/** The scope of events meant for staff screens only (presence, callbacks, notes). */
export const STAFF_SCOPE = "staff";
