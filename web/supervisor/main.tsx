import { render } from "preact";
import "../agent/agent.css";
import "./supervisor.css";
import { SupervisorApp } from "./supervisor-app.tsx";

render(<SupervisorApp />, document.getElementById("app") as HTMLElement);
