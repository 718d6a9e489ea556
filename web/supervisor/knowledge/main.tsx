import { render } from "preact";
import "../../agent/agent.css";
import "../supervisor.css";
import "../knowledge.css";
import { KnowledgeApp } from "../knowledge-app.tsx";

render(<KnowledgeApp />, document.getElementById("app") as HTMLElement);
