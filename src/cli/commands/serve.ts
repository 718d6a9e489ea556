import type { Command } from "commander";
import { startDesk } from "../../server/start.ts";
import { loadConfigOrExit, runCommand } from "../desk-environment.ts";

export function registerServeCommand(program: Command): void {
  program
    .command("serve")
    .description("Run the desk: customer widget, agent workspace and API (embedded database unless DATABASE_URL is set)")
    .option("-p, --port <port>", "port to listen on (default: PORT or 3000)")
    .action((options: { port?: string }) =>
      runCommand(async () => {
        const config = loadConfigOrExit({ ...process.env, ...(options.port ? { PORT: options.port } : {}) });
        const running = await startDesk({
          port: config.port,
          host: config.host,
          dataDir: config.databaseUrl ? undefined : config.dataDir,
          databaseUrl: config.databaseUrl,
          redisUrl: config.redisUrl,
          apiKey: config.apiKey,
          demo: config.demo,
          logLevel: config.logLevel,
          triageModelPath: config.triageModelPath,
          answerThreshold: config.answerThreshold,
          widgetOrigins: config.widgetOrigins,
          callbackWithinHours: config.callbackWithinHours,
          languageModel: config.languageModel,
          teamHours: config.teamHours,
        });
        const base = config.publicUrl ?? running.url;
        const lines = [
          `Tandem is running.`,
          `  Customer chat (demo page with the widget): ${base}/`,
          `  Agent workspace:                           ${base}/agent/`,
          `  API description (OpenAPI):                 ${base}/api/openapi.json`,
          `  Database: ${config.databaseUrl ? "PostgreSQL (DATABASE_URL)" : `embedded, in ${config.dataDir}`}`,
          `  Assistant: ${config.languageModel ? `language model ${config.languageModel.model}, behind the groundedness check` : "extractive (quotes the firm's articles)"}`,
        ];
        if (running.demoCredentials) {
          lines.push(
            ``,
            `A demo supervisor was created (shown this once; add people with \`tandem agent add\`):`,
            `  e-mail:   ${running.demoCredentials.email}`,
            `  password: ${running.demoCredentials.password}`,
          );
        }
        if (running.generatedApiKey) {
          lines.push(
            ``,
            `The firm's API key was generated (shown this once; set TANDEM_API_KEY to choose your own):`,
            `  ${running.generatedApiKey}`,
          );
        }
        process.stdout.write(`${lines.join("\n")}\n`);
        const stop = () => {
          void running.close().then(() => process.exit(0));
        };
        process.once("SIGINT", stop);
        process.once("SIGTERM", stop);
      }),
    );
}
