import { describe, expect, it } from "vitest";
import { smallTalkOf } from "./small-talk.ts";

describe("small talk, said on its own", () => {
  it("greetings in the twelve languages", () => {
    const greetings = ["Hello!", "hi there 👋", "Good morning", "Hej hej", "Guten Tag", "Bonjour", "Buenos días", "Goedemiddag", "Dzień dobry", "Buongiorno", "Hyvää päivää", "Goddag", "God morgen", "Olá, bom dia"];
    for (const text of greetings) expect(smallTalkOf(text), text).toBe("greeting");
  });

  it("thanks and a satisfied yes in the twelve languages", () => {
    const thanks = ["thanks!", "Thank you so much, that helped", "ok perfect", "Tack så mycket!", "Danke schön", "Merci beaucoup", "¡Muchas gracias!", "Dank je wel", "Dziękuję bardzo", "Grazie mille", "Kiitos paljon", "Mange tak", "Tusen takk", "Muito obrigado", "yes", "Hi, thanks"];
    for (const text of thanks) expect(smallTalkOf(text), text).toBe("thanks");
  });

  it("anything more is an inquiry, in any language", () => {
    const inquiries = [
      "hi, my card was stolen",
      "Hello, how do I submit a meter reading?",
      "Hej, jag vill prata med en människa",
      "Danke, aber die Rechnung ist falsch",
      "Bonjour, je n'ai pas reçu mon remboursement",
      "thanks for nothing",
      "Is anyone there?",
      "C'è qualcuno?",
      "no thanks, that did not help at all",
      "",
      "so",
    ];
    for (const text of inquiries) expect(smallTalkOf(text), text).toBeUndefined();
  });

  it("a long run of polite words is still read as an inquiry (over eight words)", () => {
    expect(smallTalkOf("hello hello hello hello hello hello hello hello hello")).toBeUndefined();
  });
});
