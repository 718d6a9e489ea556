// The links between the supervisor pages, in every supervisor page's top bar.
const PAGES = [
  { href: "/supervisor/", label: "Live view" },
  { href: "/supervisor/knowledge/", label: "Knowledge base" },
  { href: "/agent/", label: "Agent workspace" },
] as const;

export function SupervisorNav({ current }: { current: "/supervisor/" | "/supervisor/knowledge/" }) {
  return (
    <nav class="sup-nav" aria-label="Supervisor pages">
      {PAGES.map((p) => (
        <a key={p.href} class="ghost navlink" href={p.href} aria-current={p.href === current ? "page" : undefined}>
          {p.label}
        </a>
      ))}
    </nav>
  );
}
