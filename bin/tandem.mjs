#!/usr/bin/env node
// The installed `tandem` command. TypeScript runs through tsx's loader so there is no
// separate build step that could go stale between `git pull` and `npm start`.
import { register } from "tsx/esm/api";
register();
await import("../src/cli/main.ts");
