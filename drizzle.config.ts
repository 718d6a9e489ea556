import { defineConfig } from "drizzle-kit";

export default defineConfig({
  dialect: "postgresql",
  schema: "./src/adapters/sql/schema.ts",
  out: "./src/adapters/sql/migrations",
});
