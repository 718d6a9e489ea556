import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { behaviours, startFakeChatServer, type FakeChatServer } from "../../test-support/fake-chat-server.ts";
import { ChatModelError, completionsUrl, OpenAiChatModel } from "./openai-chat-model.ts";

let server: FakeChatServer;
beforeAll(async () => {
  server = await startFakeChatServer();
});
afterAll(() => server.close());

const messages = [
  { role: "system" as const, content: "rules" },
  { role: "user" as const, content: '<passages>\n<passage n="1" article="a1" title="T">\nPay in the app.\n</passage>\n</passages>\n\n<customer_message>\nhow do I pay?\n</customer_message>' },
];

async function failure(model: OpenAiChatModel): Promise<ChatModelError> {
  const error = await model.complete(messages).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ChatModelError);
  return error as ChatModelError;
}

describe("OpenAiChatModel against a chat-completions endpoint", () => {
  it("returns the first choice's content and sends the model, the messages and temperature 0", async () => {
    server.play(behaviours.faithful());
    const model = new OpenAiChatModel({ baseUrl: server.baseUrl, model: "small-model", apiKey: "sk-test" });
    expect(await model.complete(messages)).toBe("Pay in the app. [1]");
    const request = server.requests.at(-1)!;
    expect(request.path).toBe("/v1/chat/completions");
    expect(request.body).toEqual({ model: "small-model", messages, temperature: 0, stream: false });
    expect(request.headers.authorization).toBe("Bearer sk-test");
  });

  it("sends no authorization header without a key (a local Ollama or llama.cpp server)", async () => {
    server.play(behaviours.faithful());
    await new OpenAiChatModel({ baseUrl: server.baseUrl, model: "llama" }).complete(messages);
    expect(server.requests.at(-1)!.headers.authorization).toBeUndefined();
  });

  it("an HTTP error becomes a clear error with the status and the body's gist", async () => {
    server.play(behaviours.serverError());
    const error = await failure(new OpenAiChatModel({ baseUrl: server.baseUrl, model: "m" }));
    expect(error.code).toBe("http_error");
    expect(error.status).toBe(500);
    expect(error.message).toContain("500");
    expect(error.message).toContain("the model crashed");
  });

  it("a reply that is not a completion is a bad_response error", async () => {
    server.play(behaviours.malformed());
    expect((await failure(new OpenAiChatModel({ baseUrl: server.baseUrl, model: "m" }))).code).toBe("bad_response");
  });

  it("a model slower than the timeout is cut off with a timeout error", async () => {
    server.play(behaviours.slow(5_000));
    const started = Date.now();
    const error = await failure(new OpenAiChatModel({ baseUrl: server.baseUrl, model: "m", timeoutMs: 200 }));
    expect(error.code).toBe("timeout");
    expect(error.message).toContain("200 ms");
    expect(Date.now() - started).toBeLessThan(3_000);
  });

  it("an unreachable endpoint is a network error naming the URL", async () => {
    const error = await failure(new OpenAiChatModel({ baseUrl: "http://127.0.0.1:9/v1", model: "m", timeoutMs: 2_000 }));
    expect(error.code).toBe("network");
    expect(error.message).toContain("127.0.0.1:9");
  });

  it("the caller's abort signal cancels the request", async () => {
    server.play(behaviours.slow(5_000));
    const controller = new AbortController();
    const pending = new OpenAiChatModel({ baseUrl: server.baseUrl, model: "m" }).complete(messages, { signal: controller.signal });
    setTimeout(() => controller.abort(), 50);
    await expect(pending).rejects.toMatchObject({ code: "aborted" });
  });
});

async function collect(pieces: AsyncIterable<string>): Promise<string[]> {
  const out: string[] = [];
  for await (const piece of pieces) out.push(piece);
  return out;
}

describe("OpenAiChatModel streaming (server-sent events)", () => {
  it("yields the answer in pieces that join to the whole reply, asking with stream: true", async () => {
    server.play(behaviours.shaped(behaviours.faithful(), { chunkChars: 3 }));
    const pieces = await collect(new OpenAiChatModel({ baseUrl: server.baseUrl, model: "m" }).stream!(messages));
    expect(pieces.length).toBeGreaterThan(3);
    expect(pieces.join("")).toBe("Pay in the app. [1]");
    const request = server.requests.at(-1)!;
    expect(request.body.stream).toBe(true);
    expect(request.headers.accept).toBe("text/event-stream");
  });

  it("pieces arrive while the model is still writing, not all at the end", async () => {
    server.play(behaviours.shaped(behaviours.faithful(), { chunkChars: 4, chunkDelayMs: 40 }));
    const arrivals: number[] = [];
    const started = Date.now();
    for await (const _piece of new OpenAiChatModel({ baseUrl: server.baseUrl, model: "m" }).stream!(messages)) arrivals.push(Date.now() - started);
    expect(arrivals.length).toBeGreaterThan(3);
    expect(arrivals.at(-1)! - arrivals[0]!).toBeGreaterThanOrEqual(80);
  });

  it("a server that ignores stream: true and answers one JSON completion still works", async () => {
    server.play(behaviours.shaped(behaviours.faithful(), { ignoreStream: true }));
    expect(await collect(new OpenAiChatModel({ baseUrl: server.baseUrl, model: "m" }).stream!(messages))).toEqual(["Pay in the app. [1]"]);
  });

  it("a connection dropped halfway is an error, not a shorter answer", async () => {
    server.play(behaviours.shaped(behaviours.faithful(), { cutAfterChars: 8, chunkChars: 4, chunkDelayMs: 20 }));
    const received: string[] = [];
    const error = await (async () => {
      for await (const piece of new OpenAiChatModel({ baseUrl: server.baseUrl, model: "m" }).stream!(messages)) received.push(piece);
    })().then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ChatModelError);
    expect((error as ChatModelError).code).toBe("network");
    expect(received.join("")).toBe("Pay in t");
  });

  it("an HTTP error before the stream starts is the same clear error as without streaming", async () => {
    server.play(behaviours.serverError());
    await expect(collect(new OpenAiChatModel({ baseUrl: server.baseUrl, model: "m" }).stream!(messages))).rejects.toMatchObject({
      code: "http_error",
      status: 500,
    });
  });

  it("a stream that stalls past the timeout is cut off with a timeout error", async () => {
    server.play(behaviours.shaped(behaviours.faithful(), { chunkChars: 2, chunkDelayMs: 400 }));
    await expect(collect(new OpenAiChatModel({ baseUrl: server.baseUrl, model: "m", timeoutMs: 300 }).stream!(messages))).rejects.toMatchObject({
      code: "timeout",
    });
  });

  it("an error event in the middle of the stream is an error naming it", async () => {
    const body = 'data: {"choices":[{"index":0,"delta":{"content":"Pay"}}]}\n\ndata: {"error":{"message":"overloaded"}}\n\n';
    const fakeFetch: typeof fetch = async () => new Response(body, { status: 200, headers: { "content-type": "text/event-stream" } });
    const model = new OpenAiChatModel({ baseUrl: "http://model.invalid/v1", model: "m", fetch: fakeFetch });
    await expect(collect(model.stream!(messages))).rejects.toThrow(/overloaded/);
  });
});

describe("completionsUrl", () => {
  it("appends /chat/completions to the base URL of each kind of server", () => {
    expect(completionsUrl("https://api.openai.com/v1")).toBe("https://api.openai.com/v1/chat/completions");
    expect(completionsUrl("http://localhost:11434/v1/")).toBe("http://localhost:11434/v1/chat/completions");
    expect(completionsUrl("http://localhost:8080")).toBe("http://localhost:8080/v1/chat/completions");
    expect(completionsUrl("http://vllm:8000/v1/chat/completions")).toBe("http://vllm:8000/v1/chat/completions");
  });
  it("keeps an Azure deployment's api-version query", () => {
    expect(completionsUrl("https://acme.openai.azure.com/openai/deployments/gpt4o?api-version=2024-06-01")).toBe(
      "https://acme.openai.azure.com/openai/deployments/gpt4o/chat/completions?api-version=2024-06-01",
    );
  });
  it("rejects what is not an http(s) URL", () => {
    expect(() => completionsUrl("localhost:11434")).toThrow(/http or https|not a URL/);
    expect(() => completionsUrl("not a url")).toThrow(/not a URL/);
  });
});

it("an Azure endpoint gets its key in the api-key header", async () => {
  let headers: Headers | undefined;
  const fakeFetch: typeof fetch = async (_url, init) => {
    headers = new Headers(init?.headers);
    return new Response(JSON.stringify({ choices: [{ message: { content: "ok [1]" } }] }), { status: 200 });
  };
  const model = new OpenAiChatModel({ baseUrl: "https://acme.openai.azure.com/openai/deployments/gpt4o?api-version=2024-06-01", model: "gpt4o", apiKey: "k", fetch: fakeFetch });
  expect(await model.complete(messages)).toBe("ok [1]");
  expect(headers?.get("api-key")).toBe("k");
  expect(headers?.get("authorization")).toBeNull();
});
