// The supervisor live view. Same cookie session as the agent workspace: not
// signed in → a link there; signed in as an agent → told plainly it is not theirs.
import { useEffect, useMemo, useState } from "preact/hooks";
import { AgentApi } from "../agent/agent-api.ts";
import type { Agent } from "../agent/agent-types.ts";
import { ForSupervisorsOnly, SignInFirst } from "./gate.tsx";
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
  if (auth.state === "signed-out" || overview.state === "signed-out") return <SignInFirst />;
  if (overview.state === "forbidden") return <ForSupervisorsOnly name={auth.agent.name} what="these figures" />;
  if (overview.state === "loading") return <p class="loading">Loading the live view…</p>;
  return <OverviewView me={auth.agent} data={overview} />;
}

