import { EventSourceParserStream } from "eventsource-parser/stream";
import type { ChatMessage, ChatModel } from "../../ports/chat-model.ts";

export interface OpenAiChatModelOptions {
  /**
   * The endpoint's base URL: "https://api.openai.com/v1", "http://localhost:11434/v1"
   * (Ollama), "http://localhost:8000/v1" (vLLM), "http://localhost:8080" (llama.cpp), an
   * Azure deployment URL with its `?api-version=`, or a full ".../chat/completions" URL.
   */
  baseUrl: string;
  model: string;
  apiKey?: string;
  /** Default 15 s: past that a person answers faster than the model. */
  timeoutMs?: number;
  /** For tests; Node's global fetch otherwise. */
  fetch?: typeof fetch;
}

/** Why a completion failed, as a stable code (the desk logs it and falls back). */
export type ChatModelErrorCode = "timeout" | "aborted" | "network" | "http_error" | "bad_response";

export class ChatModelError extends Error {
  constructor(
    readonly code: ChatModelErrorCode,
    message: string,
    readonly status?: number,
  ) {
    super(message);
    this.name = "ChatModelError";
  }
}

export const DEFAULT_CHAT_TIMEOUT_MS = 15_000;
/** An error body is quoted in the message, cut short: it may echo the prompt. */
const ERROR_BODY_CHARS = 200;
/** One server-sent event larger than this is not a token delta but a broken stream. */
const MAX_EVENT_CHARS = 1_000_000;

/**
 * Any OpenAI-compatible `/chat/completions` endpoint, at temperature 0: the whole reply
 * (`complete`) or its deltas as they are written (`stream`, server-sent events). Either
 * way the assistant checks the text before a customer sees any of it.
 */
export class OpenAiChatModel implements ChatModel {
  private readonly url: string;
  private readonly headers: Record<string, string>;
  private readonly timeoutMs: number;
  private readonly fetch: typeof fetch;

  constructor(private readonly options: OpenAiChatModelOptions) {
    this.url = completionsUrl(options.baseUrl);
    const azure = isAzure(this.url);
    this.headers = { "content-type": "application/json", accept: "application/json" };
    if (options.apiKey) {
      // Azure OpenAI takes its resource key in `api-key`; everyone else a bearer token.
      if (azure) this.headers["api-key"] = options.apiKey;
      else this.headers.authorization = `Bearer ${options.apiKey}`;
    }
    this.timeoutMs = options.timeoutMs ?? DEFAULT_CHAT_TIMEOUT_MS;
    this.fetch = options.fetch ?? globalThis.fetch;
  }

  /** Where requests go, for the start-up log line (it carries no key). */
  get endpoint(): string {
    return this.url;
  }

  async complete(messages: ChatMessage[], options: { signal?: AbortSignal } = {}): Promise<string> {
    const request = this.begin(messages, false, options.signal);
    const response = await this.send(request);
    const text = await this.read(request, () => response.text());
    return contentOf(text, this.url);
  }

  async *stream(messages: ChatMessage[], options: { signal?: AbortSignal } = {}): AsyncIterable<string> {
    const request = this.begin(messages, true, options.signal);
    const response = await this.send(request);
    // A server that ignores `stream: true` answers with one JSON completion; take it whole.
    if (!(response.headers.get("content-type") ?? "").includes("text/event-stream") || !response.body) {
      yield contentOf(await this.read(request, () => response.text()), this.url);
      return;
    }
    const events = response.body
      .pipeThrough(new TextDecoderStream())
      .pipeThrough(new EventSourceParserStream({ onError: "terminate", maxBufferSize: MAX_EVENT_CHARS }));
    const reader = events.getReader();
    let finished = false;
    try {
      for (;;) {
        const { done, value } = await this.read(request, () => reader.read());
        // A stream cut off mid-answer must not pass for a whole (shorter) answer.
        if (done && finished) return;
        if (done) throw new ChatModelError("network", `the language model at ${this.url} stopped streaming before the answer was finished`);
        if (value.data.trim() === "[DONE]") return;
        const chunk = chunkOf(value.data, this.url);
        finished ||= chunk.finished;
        if (chunk.delta) yield chunk.delta;
      }
    } finally {
      // Stopping early (the caller gave up, or [DONE]) closes the connection too.
      await reader.cancel().catch(() => undefined);
    }
  }

  private begin(messages: ChatMessage[], stream: boolean, caller: AbortSignal | undefined): PendingRequest {
    const timeout = AbortSignal.timeout(this.timeoutMs);
    const signal = caller ? AbortSignal.any([timeout, caller]) : timeout;
    const body = JSON.stringify({ model: this.options.model, messages, temperature: 0, stream });
    return { body, stream, signal, timeout, caller };
  }

  private async send(request: PendingRequest): Promise<Response> {
    const headers = request.stream ? { ...this.headers, accept: "text/event-stream" } : this.headers;
    const response = await this.read(request, () => this.fetch(this.url, { method: "POST", headers, body: request.body, signal: request.signal }));
    if (!response.ok) {
      const text = await this.read(request, () => response.text());
      throw new ChatModelError(
        "http_error",
        `the language model at ${this.url} answered ${response.status} ${response.statusText}: ${errorDetail(text)}`,
        response.status,
      );
    }
    return response;
  }

  /** Runs one step of the exchange, turning a timeout, a cancel or a lost connection into a ChatModelError. */
  private async read<T>(request: PendingRequest, step: () => Promise<T>): Promise<T> {
    try {
      return await step();
    } catch (error) {
      if (error instanceof ChatModelError) throw error;
      if (request.timeout.aborted) throw new ChatModelError("timeout", `the language model did not answer within ${this.timeoutMs} ms (${this.url})`);
      if (request.caller?.aborted) throw new ChatModelError("aborted", "the request to the language model was cancelled");
      const reason = error instanceof Error ? (error.cause instanceof Error ? error.cause.message : error.message) : String(error);
      throw new ChatModelError("network", `cannot reach the language model at ${this.url}: ${reason}`);
    }
  }
}

interface PendingRequest {
  body: string;
  stream: boolean;
  signal: AbortSignal;
  timeout: AbortSignal;
  caller: AbortSignal | undefined;
}

/** Appends `/chat/completions` to the base URL's path, keeping its query (Azure's api-version). */
export function completionsUrl(baseUrl: string): string {
  let url: URL;
  try {
    url = new URL(baseUrl);
  } catch {
    throw new Error(`the language model base URL is not a URL: "${baseUrl}"`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") throw new Error(`the language model base URL must be http or https, not ${url.protocol}`);
  const path = url.pathname.replace(/\/+$/, "");
  if (!path.endsWith("/chat/completions")) url.pathname = `${path === "" ? "/v1" : path}/chat/completions`;
  return url.toString();
}

function isAzure(url: string): boolean {
  const { hostname, pathname } = new URL(url);
  return hostname.endsWith(".openai.azure.com") || pathname.includes("/openai/deployments/");
}

function contentOf(text: string, url: string): string {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new ChatModelError("bad_response", `the language model at ${url} did not answer with JSON: ${errorDetail(text)}`);
  }
  const content = firstChoiceContent(parsed);
  if (content === undefined) {
    throw new ChatModelError("bad_response", `the language model at ${url} answered without choices[0].message.content: ${errorDetail(text)}`);
  }
  return content;
}

/**
 * One streamed chunk: `choices[0].delta.content`, which may be absent (a role-only or
 * final chunk), and whether the choice says it is finished (`finish_reason`).
 */
function chunkOf(data: string, url: string): { delta: string; finished: boolean } {
  let parsed: unknown;
  try {
    parsed = JSON.parse(data);
  } catch {
    throw new ChatModelError("bad_response", `the language model at ${url} streamed an event that is not JSON: ${errorDetail(data)}`);
  }
  // Some servers report a failure halfway through as an event with an `error` member.
  if (isRecord(parsed) && parsed.error !== undefined) {
    throw new ChatModelError("http_error", `the language model at ${url} failed while streaming: ${errorDetail(JSON.stringify(parsed.error))}`);
  }
  if (!isRecord(parsed) || !Array.isArray(parsed.choices)) {
    throw new ChatModelError("bad_response", `the language model at ${url} streamed an event without choices: ${errorDetail(data)}`);
  }
  const choice: unknown = parsed.choices[0];
  if (!isRecord(choice)) return { delta: "", finished: false };
  const finished = typeof choice.finish_reason === "string";
  const delta = isRecord(choice.delta) && typeof choice.delta.content === "string" ? choice.delta.content : "";
  return { delta, finished };
}

function firstChoiceContent(parsed: unknown): string | undefined {
  if (!isRecord(parsed) || !Array.isArray(parsed.choices)) return undefined;
  const choice: unknown = parsed.choices[0];
  if (!isRecord(choice) || !isRecord(choice.message)) return undefined;
  const content = choice.message.content;
  return typeof content === "string" ? content : undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null;
}

function errorDetail(body: string): string {
  const oneLine = body.replace(/\s+/g, " ").trim();
  if (oneLine === "") return "(empty body)";
  return oneLine.length > ERROR_BODY_CHARS ? `${oneLine.slice(0, ERROR_BODY_CHARS)}…` : oneLine;
}
