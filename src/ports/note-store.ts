export interface Note {
  id: string;
  conversationId: string;
  agentId: string;
  agentName: string;
  text: string;
  createdAt: Date;
}

/** Internal notes live apart from messages, so no customer-facing read can return one. */
export interface NoteStore {
  add(note: Note): Promise<void>;
  list(conversationId: string): Promise<Note[]>;
}
