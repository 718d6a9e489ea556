// Sign-in gate: the workspace only renders for a signed-in agent.
import { useEffect, useMemo, useState } from "preact/hooks";
import { ApiError } from "../shared/http.ts";
import { AgentApi } from "./agent-api.ts";
import type { Agent } from "./agent-types.ts";
import { SignIn } from "./sign-in.tsx";
import { Workspace } from "./workspace.tsx";

type Auth = { state: "checking" } | { state: "signed-out" } | { state: "signed-in"; agent: Agent };

export function AgentApp() {
  const api = useMemo(() => new AgentApi(), []);
  const [auth, setAuth] = useState<Auth>({ state: "checking" });

  useEffect(() => {
    api.me().then(
      (agent) => setAuth({ state: "signed-in", agent }),
      () => setAuth({ state: "signed-out" }),
    );
  }, [api]);

  if (auth.state === "checking") return <p class="loading">Loading…</p>;
  if (auth.state === "signed-out") {
    return (
      <SignIn
        onSignIn={async (email, password) => {
          try {
            setAuth({ state: "signed-in", agent: await api.signIn(email, password) });
            return undefined;
          } catch (err) {
            if (err instanceof ApiError && err.status === 401) return "That e-mail and password do not match an agent.";
            if (err instanceof ApiError && err.status === 429) return "Too many attempts. Wait a minute and try again.";
            return "Could not reach the desk. Try again.";
          }
        }}
      />
    );
  }
  return (
    <Workspace
      api={api}
      me={auth.agent}
      onSignOut={async () => {
        await api.signOut().catch(() => undefined);
        setAuth({ state: "signed-out" });
      }}
      onSessionLost={() => setAuth({ state: "signed-out" })}
    />
  );
}
