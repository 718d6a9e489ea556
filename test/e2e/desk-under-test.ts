// Starts the desk in-process on a free port with a fresh data folder and the
// demo company. TANDEM_E2E_MOCK=1 swaps in web/dev's mock desk, for working on
// the browser apps without the real server.
import { randomUUID } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";

export type Role = "agent" | "supervisor" | "admin";

export interface Credentials {
  email: string;
  password: string;
}

export interface DeskUnderTest {
  url: string;
  demoCredentials: Credentials;
  /** Another person who can sign in; the demo only seeds a supervisor. */
  addAgent: (name: string, role: Role) => Promise<Credentials>;
  close: () => Promise<void>;
}

const emailFor = (name: string) => `${name.toLowerCase().replace(/[^a-z]+/g, ".")}.${randomUUID().slice(0, 6)}@e2e.example`;

export async function startDeskUnderTest(): Promise<DeskUnderTest> {
  if (process.env.TANDEM_E2E_MOCK === "1") {
    const { startMockDesk } = await import("../../web/dev/mock-desk.ts");
    const mock = await startMockDesk();
    return {
      ...mock,
      addAgent: async (name, role) => {
        const credentials = { email: emailFor(name), password: `pw-${randomUUID()}` };
        await mock.addAgent({ name, role, ...credentials });
        return credentials;
      },
    };
  }
  const { startDesk } = await import("../../src/server/start.ts");
  const dataDir = await mkdtemp(join(tmpdir(), "tandem-e2e-"));
  const running = await startDesk({ port: 0, dataDir, demo: true, logLevel: "silent" });
  if (!running.demoCredentials) throw new Error("the demo desk started without demo credentials");
  const { desk } = running;
  return {
    url: running.url,
    demoCredentials: running.demoCredentials,
    addAgent: async (name, role) => {
      const credentials = { email: emailFor(name), password: `pw-${randomUUID()}` };
      const passwordHash = await desk.passwords.hash(credentials.password);
      const created = await desk.agents.create({ id: randomUUID(), email: credentials.email, name, role, passwordHash, createdAt: new Date() });
      if (!created.ok) throw new Error(`could not add ${name}: ${created.reason}`);
      return credentials;
    },
    close: async () => {
      await running.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
