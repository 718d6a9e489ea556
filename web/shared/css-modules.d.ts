// Vite's `?inline` CSS imports, typed without pulling in vite/client globally.
declare module "*.css?inline" {
  const css: string;
  export default css;
}

// Plain CSS imports: Vite bundles them; nothing is exported.
declare module "*.css";
