// The supervisor live view. Same cookie session as the agent workspace: not
// signed in → a link there; signed in as an agent → told plainly it is not theirs.
import type { ComponentChildren } from "preact";
import { useEffect, useMemo, useState } from "preact/hooks";
import { AgentApi } from "../agent/agent-api.ts";
import type { Agent } from "../agent/agent-types.ts";
import { OverviewView } from "./overview-view.tsx";
import { useOverview } from "./use-overview.ts";

type Auth = { state: "checking" } | { state: "signed-out" } | { state: "signed-in"; agent: Agent };

export function SupervisorApp() {
  const api = useMemo(() => new AgentApi(), []);
  const [auth, setAuth] = useState<Auth>({ state: "checking" });
  useEffect(() => {
    api.me().then(
      (agent) => setAuth({ state: "signed-in", agent }),
      () => setAuth({ state: "signed-out" }),
    );
  }, [api]);
  const overview = useOverview(api, auth.state === "signed-in");

  if (auth.state === "checking") return <p class="loading">Loading…</p>;
  if (auth.state === "signed-out" || overview.state === "signed-out") {
    return (
      <Gate title="Sign in first">
        The supervisor view uses your agent workspace sign-in. <a href="/agent/">Sign in at the agent workspace</a>, then
        come back here.
      </Gate>
    );
  }
  if (overview.state === "forbidden") {
    return (
      <Gate title="This page is for supervisors">
        You are signed in as {auth.agent.name}, an agent. Ask a supervisor if you need these figures.{" "}
        <a href="/agent/">Back to the agent workspace</a>
      </Gate>
    );
  }
  if (overview.state === "loading") return <p class="loading">Loading the live view…</p>;
  return <OverviewView me={auth.agent} data={overview} />;
}

function Gate({ title, children }: { title: string; children: ComponentChildren }) {
  return (
    <main class="signin">
      <div class="signin-card gate" role="alert">
        <h1>
          <span class="mark" aria-hidden="true">◐</span> {title}
        </h1>
        <p>{children}</p>
      </div>
    </main>
  );
}
