import type { Assistant, AssistantReply, AssistantRequest } from "../../ports/assistant.ts";
import type { KnowledgeIndex } from "../knowledge/knowledge-index.ts";

/**
 * The default assistant: it replies with the passage of the firm's article that answers
 * the question, verbatim, and cites it. It never writes words of its own, so it cannot
 * invent an amount, a deadline or a promise. Below the confidence threshold it does not
 * guess: it says it is unsure, and the conversation goes to a person.
 */
export class ExtractiveAssistant implements Assistant {
  constructor(
    private readonly knowledge: () => KnowledgeIndex,
    private readonly threshold: number,
  ) {}

  async answer(request: AssistantRequest): Promise<AssistantReply> {
    const [best] = this.knowledge().match(request.text, { language: request.language, limit: 1 });
    if (!best || best.score < this.threshold) {
      return { kind: "unsure", reason: "no article answers this question well enough", confidence: best?.score ?? 0 };
    }
    const { article } = best;
    return {
      kind: "answer",
      text: best.passage,
      sources: [{ articleId: article.id, title: article.title, version: article.version, ...(article.url ? { url: article.url } : {}) }],
      confidence: best.score,
    };
  }
}
