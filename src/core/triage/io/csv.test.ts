import { describe, expect, it } from "vitest";
import { parseCsv, parseCsvRecords } from "./csv.ts";

describe("CSV", () => {
  it("reads quoted fields with commas, doubled quotes and line breaks", () => {
    expect(parseCsv('a,b\n"x, y","say ""hi""\nthere"\n')).toEqual([
      ["a", "b"],
      ["x, y", 'say "hi"\nthere'],
    ]);
  });

  it("accepts CRLF line ends and a byte-order mark, and skips blank lines", () => {
    expect(parseCsv("\ufeffa,b\r\n1,2\r\n\r\n3,4")).toEqual([
      ["a", "b"],
      ["1", "2"],
      ["3", "4"],
    ]);
  });

  it("maps rows to the header's names, with missing cells empty", () => {
    expect(parseCsvRecords("text,label\nhello\n").records).toEqual([{ text: "hello", label: "" }]);
  });
});
