/**
 * The language-model assistant's own cost, beside a same-run baseline, and what streaming
 * buys the customer.
 *
 *   node bin/run-ts.mjs bench/assistant.bench.ts [--quick]
 *
 * - CPU per answer: retrieval + the groundedness check of a whole answer (the baseline:
 *   what every model answer costs), against the same answer streamed through DraftGate,
 *   which checks every prefix that ends a sentence as well. The model is an in-process
 *   fake that answers at once, so only Tandem's own work is timed.
 * - Time to first draft: the same answer from a model writing at about 40 tokens/s (four
 *   characters every 25 ms), against the time the whole answer takes (what a customer
 *   waits without streaming).
 */
import type { ChatMessage, ChatModel } from "../src/ports/chat-model.ts";
import { buildKnowledgeIndex } from "../src/core/knowledge/index.ts";
import { loadSampleKnowledgeBase } from "../src/core/knowledge/testing/sample-kb.ts";
import { ModelAssistant } from "../src/core/assistant/model-assistant.ts";
import { fmt, printTable } from "./support/stats.ts";

const quick = process.argv.includes("--quick");
const index = buildKnowledgeIndex(loadSampleKnowledgeBase());
const QUESTION = "How do I submit a meter reading?";
// Five sentences, each cited, each in the retrieved passage's own words.
const ANSWER = [
  "You can submit a meter reading in the Nordvik Energy app or on the My Account page at any time [1].",
  'Choose "Meter reading" [1].',
  "Enter the numbers shown on your meter from left to right [1].",
  "Ignore any numbers in red or after a decimal point [1].",
  "You can submit a meter reading at any time [1].",
].join(" ");

class FakeModel implements ChatModel {
  constructor(private readonly pace?: { chars: number; everyMs: number }) {}
  async complete(_messages: ChatMessage[]): Promise<string> {
    return ANSWER;
  }
  async *stream(_messages: ChatMessage[]): AsyncIterable<string> {
    const size = this.pace?.chars ?? 4;
    for (let i = 0; i < ANSWER.length; i += size) {
      if (this.pace) await new Promise((resolve) => setTimeout(resolve, this.pace!.everyMs));
      yield ANSWER.slice(i, i + size);
    }
  }
}

function assistant(model: ChatModel, blocked: string[]) {
  return new ModelAssistant(() => index, model, { threshold: 0.5, maxPassages: 3, onBlocked: (e) => blocked.push(`${e.reason}: ${e.problems.join("; ")}`) });
}

async function cpuPerAnswer(withDrafts: boolean, rounds: number): Promise<{ usPerAnswer: number; drafts: number }> {
  const blocked: string[] = [];
  const a = assistant(new FakeModel(), blocked);
  let drafts = 0;
  const onDraft = withDrafts ? () => void drafts++ : undefined;
  const ask = () => a.answer({ text: QUESTION, language: "en", earlierCustomerTexts: [], ...(onDraft ? { onDraft } : {}) });
  for (let i = 0; i < 200; i++) await ask(); // warm-up
  drafts = 0;
  const started = process.cpuUsage();
  for (let i = 0; i < rounds; i++) await ask();
  const used = process.cpuUsage(started);
  if (blocked.length) throw new Error(`the bench answer was blocked: ${blocked[0]}`);
  return { usPerAnswer: (used.user + used.system) / rounds, drafts: drafts / rounds };
}

async function timeToFirstDraft(): Promise<{ firstDraftMs: number; wholeMs: number }> {
  const blocked: string[] = [];
  const a = assistant(new FakeModel({ chars: 4, everyMs: 25 }), blocked);
  const started = performance.now();
  let firstDraftMs = NaN;
  await a.answer({
    text: QUESTION,
    language: "en",
    earlierCustomerTexts: [],
    onDraft: () => {
      if (Number.isNaN(firstDraftMs)) firstDraftMs = performance.now() - started;
    },
  });
  if (blocked.length) throw new Error(`the bench answer was blocked: ${blocked[0]}`);
  return { firstDraftMs, wholeMs: performance.now() - started };
}

const rounds = quick ? 500 : 3_000;
// Alternate baseline and streamed passes; report the median of each (a noisy machine).
const whole: number[] = [];
const streamed: number[] = [];
let draftsPerAnswer = 0;
for (let pass = 0; pass < 3; pass++) {
  whole.push((await cpuPerAnswer(false, rounds)).usPerAnswer);
  const s = await cpuPerAnswer(true, rounds);
  streamed.push(s.usPerAnswer);
  draftsPerAnswer = s.drafts;
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const ttfd = await timeToFirstDraft();

console.log(`answer: ${ANSWER.length} characters, 5 sentences; ${rounds} answers per pass, median of 3 alternating passes`);
printTable(
  ["measurement", "CPU µs/answer", "× baseline"],
  [
    ["baseline: retrieval + check of the whole answer", fmt(median(whole)), "1.00"],
    [`streamed: + a check of every sentence-ending prefix (${fmt(draftsPerAnswer, 0)} drafts)`, fmt(median(streamed)), fmt(median(streamed) / median(whole), 2)],
  ],
);
console.log(
  `model writing ~40 tokens/s: first checked draft after ${fmt(ttfd.firstDraftMs, 0)} ms; whole answer after ${fmt(ttfd.wholeMs, 0)} ms ` +
    `(what the customer waits without streaming): the first words show ${fmt(ttfd.wholeMs / ttfd.firstDraftMs, 1)}× sooner`,
);
