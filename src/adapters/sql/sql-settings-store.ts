import { eq } from "drizzle-orm";
import type { SettingsStore } from "../../ports/settings-store.ts";
import type { DrizzleDb } from "./database.ts";
import { settings } from "./schema.ts";

export class SqlSettingsStore implements SettingsStore {
  constructor(private readonly db: DrizzleDb) {}

  async get(key: string): Promise<string | undefined> {
    const rows = await this.db.select().from(settings).where(eq(settings.key, key));
    return rows[0]?.value;
  }

  async setIfAbsent(key: string, value: string): Promise<string> {
    await this.db.insert(settings).values({ key, value }).onConflictDoNothing();
    return (await this.get(key)) ?? value;
  }
}
