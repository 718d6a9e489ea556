import { Command } from "commander";
import { registerAgentCommand } from "./commands/agent.ts";
import { registerServeCommand } from "./commands/serve.ts";
import { registerTriageCommand } from "./commands/triage.ts";
import { registerCalibrateCommand } from "./commands/calibrate.ts";
import { registerAnalyzeCommand } from "./commands/analyze.ts";
import { registerKbCommand } from "./commands/kb.ts";

/**
 * The `tandem` command. Each sub-command lives in its own file under commands/ and
 * registers itself here. stdout carries only a command's output; logs go to stderr.
 */
const program = new Command("tandem")
  .description("Tandem: a customer-service desk where an AI assistant and people work in tandem")
  .showHelpAfterError();

// --- command registrations (one line each) ---
registerServeCommand(program);
registerAgentCommand(program);
registerTriageCommand(program);
registerCalibrateCommand(program);
registerAnalyzeCommand(program);
registerKbCommand(program);

await program.parseAsync(process.argv);
