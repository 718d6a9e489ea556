import { createServer, type IncomingHttpHeaders, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { ChatMessage } from "../ports/chat-model.ts";

/**
 * A local server that speaks the OpenAI chat-completions protocol and plays the
 * adversary: a model that invents amounts and policies, drops citations, obeys injected
 * instructions, answers in the wrong language, fails or stalls. A real model cannot run
 * here; this one misbehaves on purpose, so the tests show what the check stops.
 */
export interface ChatCompletionRequest {
  model: string;
  messages: ChatMessage[];
  temperature?: number;
  stream?: boolean;
}

export interface RecordedRequest {
  path: string;
  headers: IncomingHttpHeaders;
  body: ChatCompletionRequest;
}

export type FakeReply = ({ content: string } & StreamShape) | { status: number; body: string; delayMs?: number };

/** How a content reply is sent when the request asked for `stream: true`. */
export interface StreamShape {
  /** Before the reply (or its first chunk) is sent. */
  delayMs?: number;
  /** Characters per streamed chunk (default 7: about two tokens). */
  chunkChars?: number;
  /** Pause between chunks, so a test can watch drafts arrive. */
  chunkDelayMs?: number;
  /** Drop the connection after this many characters, without [DONE]. */
  cutAfterChars?: number;
  /** Answer one JSON completion even when asked to stream, as some servers do. */
  ignoreStream?: boolean;
}

/** Decides the reply to one request; `prompt` is the request read back into its parts. */
export type Behaviour = (prompt: ReadPrompt, request: ChatCompletionRequest) => FakeReply;

export interface ReadPrompt {
  passages: Array<{ n: number; articleId: string; text: string }>;
  customerText: string;
}

export interface FakeChatServer {
  /** The base URL to configure, as for a real endpoint ("http://127.0.0.1:PORT/v1"). */
  baseUrl: string;
  requests: RecordedRequest[];
  play(behaviour: Behaviour): void;
  close(): Promise<void>;
}

export async function startFakeChatServer(initial: Behaviour = behaviours.faithful()): Promise<FakeChatServer> {
  let behaviour = initial;
  const requests: RecordedRequest[] = [];
  const timers = new Set<NodeJS.Timeout>();
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      if (req.method !== "POST" || !req.url?.startsWith("/v1/chat/completions")) return send(res, 404, JSON.stringify({ error: { message: "not found" } }));
      let body: ChatCompletionRequest;
      try {
        body = JSON.parse(Buffer.concat(chunks).toString("utf8")) as ChatCompletionRequest;
      } catch {
        return send(res, 400, JSON.stringify({ error: { message: "invalid JSON" } }));
      }
      requests.push({ path: req.url, headers: req.headers, body });
      const reply = behaviour(readPrompt(body.messages), body);
      const respond = () => {
        if ("status" in reply) send(res, reply.status, reply.body);
        else if (body.stream === true && !reply.ignoreStream) streamCompletion(res, body.model, reply, timers);
        else send(res, 200, completion(body.model, reply.content));
      };
      if (!reply.delayMs) return respond();
      const timer = setTimeout(() => {
        timers.delete(timer);
        respond();
      }, reply.delayMs);
      timers.add(timer);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}/v1`,
    requests,
    play(next) {
      behaviour = next;
    },
    close() {
      for (const t of timers) clearTimeout(t);
      server.closeAllConnections();
      return new Promise((resolve, reject) => server.close((e) => (e ? reject(e) : resolve())));
    },
  };
}

function send(res: ServerResponse, status: number, body: string): void {
  if (res.writableEnded || res.destroyed) return;
  res.writeHead(status, { "content-type": "application/json" });
  res.end(body);
}

function completion(model: string, content: string): string {
  return JSON.stringify({
    id: "chatcmpl-fake",
    object: "chat.completion",
    created: 0,
    model,
    choices: [{ index: 0, message: { role: "assistant", content }, finish_reason: "stop" }],
    usage: { prompt_tokens: 0, completion_tokens: 0, total_tokens: 0 },
  });
}

/** Server-sent events as OpenAI sends them: a role chunk, content deltas, a finish chunk, [DONE]. */
function streamCompletion(res: ServerResponse, model: string, reply: { content: string } & StreamShape, timers: Set<NodeJS.Timeout>): void {
  res.writeHead(200, { "content-type": "text/event-stream; charset=utf-8", "cache-control": "no-cache" });
  const event = (delta: Record<string, unknown>, finish: string | null = null) =>
    `data: ${JSON.stringify({ id: "chatcmpl-fake", object: "chat.completion.chunk", created: 0, model, choices: [{ index: 0, delta, finish_reason: finish }] })}\n\n`;
  const size = Math.max(1, reply.chunkChars ?? 7);
  const text = reply.cutAfterChars === undefined ? reply.content : reply.content.slice(0, reply.cutAfterChars);
  const pieces: string[] = [event({ role: "assistant", content: "" })];
  for (let i = 0; i < text.length; i += size) pieces.push(event({ content: text.slice(i, i + size) }));
  if (reply.cutAfterChars === undefined) pieces.push(event({}, "stop"), "data: [DONE]\n\n");
  const next = () => {
    if (res.destroyed) return;
    const piece = pieces.shift();
    if (piece === undefined) {
      if (reply.cutAfterChars === undefined) res.end();
      else res.destroy();
      return;
    }
    res.write(piece);
    if (!reply.chunkDelayMs) return next();
    const timer = setTimeout(() => {
      timers.delete(timer);
      next();
    }, reply.chunkDelayMs);
    timers.add(timer);
  };
  next();
}

/** Reads the passages and the fenced customer text back out of the user message. */
export function readPrompt(messages: readonly ChatMessage[]): ReadPrompt {
  const user = messages.filter((m) => m.role === "user").map((m) => m.content).join("\n");
  const passages = [...user.matchAll(/<passage n="(\d+)" article="([^"]*)"[^>]*>\n([\s\S]*?)\n<\/passage>/g)].map((m) => ({
    n: Number(m[1]),
    articleId: m[2]!,
    text: m[3]!,
  }));
  const customerText = /<customer_message>\n([\s\S]*?)\n<\/customer_message>/.exec(user)?.[1] ?? "";
  return { passages, customerText };
}

/** The opening sentence of the first passage: what a faithful-looking answer starts with. */
function opening(prompt: ReadPrompt): string {
  const text = prompt.passages[0]?.text ?? "";
  return /^[\s\S]*?[.!?](?=\s|$)/.exec(text)?.[0] ?? text;
}

export const behaviours = {
  /** Quotes the first passage and cites it: what a well-behaved model does. */
  faithful: (): Behaviour => (p) => ({ content: `${p.passages[0]?.text ?? ""} [1]` }),
  /** A faithful start, then an amount no article states. */
  inventedAmount: (amount = "€75"): Behaviour => (p) => ({ content: `${opening(p)} You will also get ${amount} back on your next bill. [1]` }),
  /** The one-device rule another firm's bot made up. */
  inventedPolicy: (): Behaviour => (p) => ({ content: `${opening(p)} Please note you can use it on one device only. [1]` }),
  /** A grounded answer with no citation. */
  missingCitation: (): Behaviour => (p) => ({ content: p.passages[0]?.text ?? "" }),
  /** Cites a passage it was never given. */
  unknownCitation: (): Behaviour => (p) => ({ content: `${opening(p)} [7]` }),
  unsure: (): Behaviour => () => ({ content: "UNSURE" }),
  /**
   * A model that does what the customer's message tells it: a faithful-looking opening,
   * then the injected content, cited as if it came from the passage.
   */
  obeyInjection: (payloadFor: (customerText: string) => string): Behaviour => (p) => ({
    content: `${opening(p)} ${payloadFor(p.customerText)} [1]`,
  }),
  /**
   * The same, with the opening cited on its own and a closing line after the payload: a
   * streamed answer would show each finished sentence, the payload's too, if unchecked.
   */
  obeyInjectionAfterCitedOpening: (payloadFor: (customerText: string) => string): Behaviour => (p) => ({
    content: `${opening(p)} [1] ${payloadFor(p.customerText)} [1] Anything else?`,
  }),
  /** A grounded-looking German answer, whatever the customer's language. */
  wrongLanguage: (): Behaviour => () => ({
    content: "Sie können Ihren Zählerstand jederzeit in der App oder auf der Seite Mein Konto eingeben, das ist ganz einfach. [1]",
  }),
  serverError: (): Behaviour => () => ({ status: 500, body: JSON.stringify({ error: { message: "the model crashed" } }) }),
  /** Answers faithfully, but only after `ms`: longer than the client's timeout. */
  slow: (ms: number): Behaviour => (p) => ({ content: `${p.passages[0]?.text ?? ""} [1]`, delayMs: ms }),
  /** Any behaviour, streamed in the given shape (slow chunks, a cut connection…) when asked to stream. */
  shaped: (inner: Behaviour, shape: StreamShape): Behaviour => (p, r) => {
    const reply = inner(p, r);
    return "content" in reply ? { ...reply, ...shape } : reply;
  },
  /** 200 with a body that is not a completion. */
  malformed: (): Behaviour => () => ({ status: 200, body: JSON.stringify({ result: "ok" }) }),
};
