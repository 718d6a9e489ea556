import { Command } from "commander";

/**
 * The `tandem` command. Each sub-command lives in its own file under commands/ and
 * registers itself here. stdout carries only a command's output; logs go to stderr.
 */
const program = new Command("tandem")
  .description("Tandem: a customer-service desk where an AI assistant and people work in tandem")
  .showHelpAfterError();

// --- command registrations (one line each) ---

await program.parseAsync(process.argv);
