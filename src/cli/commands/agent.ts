import type { Command } from "commander";
import { randomUUID } from "node:crypto";
import { SqlAgentStore } from "../../adapters/sql/sql-agent-store.ts";
import { randomSecret, ScryptPasswordHasher } from "../../adapters/system/system-adapters.ts";
import type { AgentRole } from "../../ports/agent-store.ts";
import { loadConfigOrExit, openConfiguredDatabase, runCommand } from "../desk-environment.ts";

const ROLES: AgentRole[] = ["agent", "supervisor", "admin"];
const MIN_PASSWORD = 10;

export function registerAgentCommand(program: Command): void {
  const agent = program.command("agent").description("People who answer customers");
  agent
    .command("add")
    .description("Add a person; prints a generated password unless --password-stdin is given")
    .requiredOption("--email <email>", "their e-mail, used to sign in")
    .requiredOption("--name <name>", "the name customers see")
    .option("--role <role>", "agent, supervisor or admin", "agent")
    .option("--password-stdin", "read the password from standard input instead of generating one")
    .action((options: { email: string; name: string; role: string; passwordStdin?: boolean }) =>
      runCommand(async () => {
        if (!ROLES.includes(options.role as AgentRole)) throw new Error(`--role must be one of ${ROLES.join(", ")}`);
        if (!/^[^\s@]+@[^\s@]+$/.test(options.email)) throw new Error("--email does not look like an e-mail address");
        const password = options.passwordStdin ? (await readStdin()).trim() : randomSecret(12);
        if (password.length < MIN_PASSWORD) throw new Error(`the password must have at least ${MIN_PASSWORD} characters`);
        const database = await openConfiguredDatabase(loadConfigOrExit());
        try {
          const created = await new SqlAgentStore(database.db).create({
            id: randomUUID(),
            email: options.email,
            name: options.name,
            role: options.role as AgentRole,
            passwordHash: await new ScryptPasswordHasher().hash(password),
            createdAt: new Date(),
          });
          if (!created.ok) throw new Error(`someone with the e-mail ${options.email} already exists`);
          process.stdout.write(`Added ${options.name} <${options.email}> as ${options.role}.\n`);
          if (!options.passwordStdin) process.stdout.write(`Password (shown once): ${password}\n`);
        } finally {
          await database.close();
        }
      }),
    );
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}
