// One command (`npm run build:web`) builds two different kinds of output:
// the host page, agent app and supervisor pages (live view, knowledge base) as a normal multi-page app, and the widget as a
// self-contained IIFE library. Vite builds one kind per pass, so the app pass
// starts the widget pass from its closeBundle hook.
import { fileURLToPath } from "node:url";
import { build, defineConfig, type InlineConfig, type Plugin } from "vite";

const webDir = fileURLToPath(new URL(".", import.meta.url));
const outDir = `${webDir}dist`;

// Preact through the automatic JSX runtime; no preset plugin needed.
const oxc = { jsx: { runtime: "automatic" as const, importSource: "preact" } };

const widgetConfig: InlineConfig = {
  configFile: false,
  root: webDir,
  logLevel: "warn",
  publicDir: false,
  oxc,
  define: { "process.env.NODE_ENV": JSON.stringify("production") },
  build: {
    outDir,
    emptyOutDir: false, // the app pass already wrote index.html, agent/ and supervisor/
    target: "es2019",
    lib: {
      entry: `${webDir}widget/main.tsx`,
      name: "TandemWidget",
      formats: ["iife"],
      fileName: () => "widget.js",
    },
  },
};

function widgetPass(): Plugin {
  return {
    name: "tandem-widget-pass",
    apply: "build",
    // The host page's widget tag is marked vite-ignore so Vite leaves it alone
    // (it is a classic script built by the second pass); tidy the gap it leaves.
    transformIndexHtml: {
      order: "post",
      handler: (html) => html.replace(/<script\s+src="\/widget\.js"/, '<script src="/widget.js"'),
    },
    async closeBundle() {
      await build(widgetConfig);
    },
  };
}

export default defineConfig({
  root: webDir,
  base: "/",
  publicDir: false,
  oxc,
  plugins: [widgetPass()],
  server: {
    // `vite --config web/vite.config.ts` against the mock in web/dev/ (or a real desk).
    proxy: { "/api": { target: "http://127.0.0.1:3100", ws: true }, "/widget.js": "http://127.0.0.1:3100" },
  },
  build: {
    outDir,
    emptyOutDir: true,
    target: "es2020",
    rollupOptions: {
      input: {
        host: `${webDir}index.html`,
        agent: `${webDir}agent/index.html`,
        supervisor: `${webDir}supervisor/index.html`,
        knowledge: `${webDir}supervisor/knowledge/index.html`,
      },
    },
  },
});
