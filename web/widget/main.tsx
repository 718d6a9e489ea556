// Entry of widget.js: one <script src=".../widget.js" defer> embeds the chat.
// The widget renders inside a shadow root so the host page's CSS cannot break
// it and its CSS cannot leak into the host page.
import { render } from "preact";
import css from "./widget.css?inline";
import { CustomerApi } from "./customer-api.ts";
import { pickLanguage } from "./i18n.ts";
import { WidgetApp } from "./widget-app.tsx";

// Must be read while the script runs: currentScript is null afterwards.
const script =
  (document.currentScript as HTMLScriptElement | null) ??
  document.querySelector<HTMLScriptElement>("script[src*='widget.js']");

function deskUrl(): string {
  const explicit = script?.dataset.tandemUrl;
  const url = explicit ?? new URL(".", script?.src ?? location.href).href;
  return url.replace(/\/+$/, "");
}

function mount(): void {
  if (document.getElementById("tandem-widget")) return; // embedded twice
  const host = document.createElement("div");
  host.id = "tandem-widget";
  const accent = script?.dataset.accent;
  if (accent) host.style.setProperty("--tw-accent", accent);
  document.body.appendChild(host);
  const root = host.attachShadow({ mode: "open" });
  const style = document.createElement("style");
  style.textContent = css;
  root.appendChild(style);

  const base = deskUrl();
  const languages = script?.dataset.language ? [script.dataset.language] : [...(navigator.languages ?? []), navigator.language];
  render(
    <WidgetApp api={new CustomerApi(base)} base={base} language={pickLanguage(languages)} title={script?.dataset.title} />,
    root,
  );
}

if (document.body) mount();
else document.addEventListener("DOMContentLoaded", mount);
