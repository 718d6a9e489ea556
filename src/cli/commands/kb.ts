import type { Command } from "commander";
import { registerKbImportCommand } from "./kb-import.ts";
import { registerKbMatchCommand } from "./kb-match.ts";

/** `tandem kb`: the knowledge-base commands, one file each, registered on this group. */
export function registerKbCommand(program: Command): Command {
  const kb = program.command("kb").description("Knowledge base: import articles, match questions against them");
  registerKbImportCommand(kb);
  registerKbMatchCommand(kb);
  return kb;
}
