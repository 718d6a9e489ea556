// A stand-in for a firm's own website on another origin, embedding the widget
// with one script tag that names the desk through data-tandem-url.
import { readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { distDir } from "./web-build.ts";

export interface ForeignSite {
  url: string;
  close: () => Promise<void>;
}

export async function startForeignSite(deskUrl: string): Promise<ForeignSite> {
  const widget = readFileSync(`${distDir}widget.js`);
  const page = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Another firm's site</title></head>
<body><h1>Another firm's own site</h1>
<script src="/widget.js" data-tandem-url="${deskUrl}" data-title="Help" defer></script></body></html>`;
  const server: Server = createServer((req, res) => {
    if (req.url === "/widget.js") res.writeHead(200, { "content-type": "text/javascript" }).end(widget);
    else res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(page);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
