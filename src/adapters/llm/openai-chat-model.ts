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

/**
 * Any OpenAI-compatible `/chat/completions` endpoint: temperature 0, no streaming (the
 * groundedness check needs the whole answer before anything is sent).
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
    const timeout = AbortSignal.timeout(this.timeoutMs);
    const signal = options.signal ? AbortSignal.any([timeout, options.signal]) : timeout;
    const body = JSON.stringify({ model: this.options.model, messages, temperature: 0, stream: false });
    let response: Response;
    let text: string;
    try {
      response = await this.fetch(this.url, { method: "POST", headers: this.headers, body, signal });
      text = await response.text();
    } catch (error) {
      if (timeout.aborted) throw new ChatModelError("timeout", `the language model did not answer within ${this.timeoutMs} ms (${this.url})`);
      if (options.signal?.aborted) throw new ChatModelError("aborted", "the request to the language model was cancelled");
      const reason = error instanceof Error ? (error.cause instanceof Error ? error.cause.message : error.message) : String(error);
      throw new ChatModelError("network", `cannot reach the language model at ${this.url}: ${reason}`);
    }
    if (!response.ok) {
      throw new ChatModelError(
        "http_error",
        `the language model at ${this.url} answered ${response.status} ${response.statusText}: ${errorDetail(text)}`,
        response.status,
      );
    }
    return contentOf(text, this.url);
  }
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
