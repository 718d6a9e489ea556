import { describe, expect, it } from "vitest";
import { DraftGate, lastSentenceEnd } from "./draft-gate.ts";

/** Feeds the text in pieces of `size` characters and returns every draft shown. */
function stream(text: string, passes: (prefix: string) => boolean = () => true, size = 3): string[] {
  const drafts: string[] = [];
  const gate = new DraftGate(passes, (d) => drafts.push(d));
  for (let i = 0; i < text.length; i += size) gate.add(text.slice(i, i + size));
  expect(gate.text).toBe(text);
  return drafts;
}

describe("DraftGate shows only whole, checked sentences", () => {
  it("shows a sentence once the next has begun, citation marks removed", () => {
    expect(stream("Refunds take 14 days [1]. Send the form in the app [1]. Thanks")).toEqual([
      "Refunds take 14 days.",
      "Refunds take 14 days. Send the form in the app.",
    ]);
  });

  it("keeps a citation written after the full stop with its sentence", () => {
    expect(stream("Refunds take 14 days. [1] You can")).toEqual(["Refunds take 14 days."]);
  });

  it("shows nothing of a last sentence until the answer goes on (the finished answer replaces the draft)", () => {
    expect(stream("Refunds take 14 days [1].")).toEqual([]);
  });

  it("holds back a prefix that fails the check, and everything after it that fails too", () => {
    const invented = (prefix: string) => !prefix.includes("€75");
    expect(stream("Pay in the app [1]. You get €75 back [1]. Also by phone [1]. Bye", invented)).toEqual(["Pay in the app."]);
  });

  it("shows a longer prefix that passes after a shorter one did not (a citation that came late)", () => {
    const cited = (prefix: string) => /\[\d\]/.test(prefix);
    expect(stream("Pay in the app. Or by phone [1]. Bye", cited)).toEqual(["Pay in the app. Or by phone."]);
  });

  it("checks the whole text shown so far, not the new sentence alone", () => {
    const seen: string[] = [];
    stream("One [1]. Two [1]. Three", (p) => (seen.push(p), true));
    expect(seen).toEqual(["One [1].", "One [1]. Two [1]."]);
  });
});

describe("DraftGate's cost", () => {
  it("checks each sentence end once, however many pieces follow a prefix that failed", () => {
    let checks = 0;
    stream("Pay in the app [1]. You get €75 back [1]. Also by phone [1]. Bye for now", (p) => (checks++, !p.includes("€75")), 1);
    expect(checks).toBe(3);
  });

  it("reads a list streamed a character at a time (line ends count as sentence ends)", () => {
    expect(stream("Gör så här [1]\n1. Öppna appen [1]\n2. Välj Mätarställning [1]\nKlart", () => true, 1)).toEqual([
      "Gör så här",
      "Gör så här\n1. Öppna appen",
      "Gör så här\n1. Öppna appen\n2. Välj Mätarställning",
    ]);
  });

  it("finds a sentence end far into a long answer", () => {
    const long = `${"Lorem ipsum dolor sit amet [1]. ".repeat(200)}End`;
    const drafts = stream(long, () => true, 7);
    expect(drafts.at(-1)).toBe("Lorem ipsum dolor sit amet. ".repeat(200).trim());
  });
});

describe("where a sentence ends, in several languages", () => {
  const cut = (text: string) => {
    const end = lastSentenceEnd(text, 0);
    return end === undefined ? undefined : text.slice(0, end);
  };

  it("not at a full stop after a digit: dates, ordinals and amounts stay whole", () => {
    expect(cut("Zahlen Sie bis zum 12. März [1]")).toBeUndefined(); // de
    expect(cut("Eräpäivä on 12. maaliskuuta [1]")).toBeUndefined(); // fi
    expect(cut("Betal senest 1. april [1]")).toBeUndefined(); // da
    expect(cut("The fee is €5. Then")).toBeUndefined();
  });

  it("at question and exclamation marks, and inverted ones in Spanish", () => {
    expect(cut("¿Ya lo ha hecho? ¡Perfecto! Su lectura")).toBe("¿Ya lo ha hecho? ¡Perfecto!");
    expect(cut("Czy to pomogło? Proszę")).toBe("Czy to pomogło?"); // pl
  });

  it("after closing quotes and guillemets", () => {
    expect(cut("Choisissez « Relevé. » Puis")).toBe("Choisissez « Relevé. »"); // fr
    expect(cut('Kies "Meterstand." Daarna')).toBe('Kies "Meterstand."'); // nl
  });

  it("at a line break before more text (a list)", () => {
    expect(cut("Gör så här [1]\n2. Öppna appen")).toBe("Gör så här [1]"); // sv
  });

  it("only after the given position", () => {
    const text = "Uno. Due. Tre";
    expect(lastSentenceEnd(text, 9)).toBeUndefined();
    expect(lastSentenceEnd(text, 3)).toBe(9); // it
  });
});
