import type { Command } from "commander";
import { readArticleFiles } from "../../adapters/files/article-files.ts";
import { SqlArticleStore } from "../../adapters/sql/sql-article-store.ts";
import { importArticles } from "../../core/knowledge/import-articles.ts";
import { loadConfigOrExit, openConfiguredDatabase, runCommand } from "../desk-environment.ts";

export function registerKbImportCommand(kb: Command): void {
  kb.command("import")
    .description("Load a folder of Markdown articles (or one CSV file) into the knowledge base; re-importing updates in place")
    .argument("<path>", "folder of .md files (front matter optional) or a .csv file")
    .action((path: string) =>
      runCommand(async () => {
        const read = readArticleFiles(path);
        if (!read.ok) {
          for (const e of read.errors) process.stderr.write(`${e.file}:${e.line}: ${e.message}\n`);
          throw new Error(`nothing was imported: ${read.errors.length} problem(s) above`);
        }
        const database = await openConfiguredDatabase(loadConfigOrExit());
        try {
          const outcome = await importArticles({ articles: new SqlArticleStore(database.db) }, read.drafts);
          if (!outcome.ok) {
            for (const e of outcome.errors) process.stderr.write(`${e.file}:${e.line}: ${e.message}\n`);
            throw new Error(`nothing was imported: ${outcome.errors.length} problem(s) above`);
          }
          const s = outcome.summary;
          process.stdout.write(`${s.created} created, ${s.updated} updated, ${s.unchanged} unchanged\n`);
        } finally {
          await database.close();
        }
      }),
    );
}
