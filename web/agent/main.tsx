import { render } from "preact";
import "./agent.css";
import { AgentApp } from "./agent-app.tsx";

render(<AgentApp />, document.getElementById("app") as HTMLElement);
