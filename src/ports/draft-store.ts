import type { Source } from "../core/conversations/conversation.ts";

export interface AssistDraft {
  id: string;
  conversationId: string;
  agentId: string;
  text: string;
  sources: Source[];
  createdAt: Date;
}

export interface DraftStore {
  add(draft: AssistDraft): Promise<void>;
  get(id: string): Promise<AssistDraft | undefined>;
}
