// Keyboard shortcuts for the workspace: j / k move through the list, Enter opens
// (the rows are buttons), Esc goes back to the list. Ctrl/Cmd+Enter sends from
// anywhere in the reply box. Letters are ignored while typing in a field.
import { useEffect } from "preact/hooks";

interface Options {
  /** The list the letters move through. */
  listSelector: string;
  onBack: () => void;
}

function typing(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
}

export function useShortcuts({ listSelector, onBack }: Options): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.altKey) return;
      if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) {
        const form = e.target instanceof HTMLElement ? e.target.closest("form") : null;
        if (form) {
          e.preventDefault();
          form.requestSubmit();
        }
        return;
      }
      if (e.key === "Escape") {
        // An open dialog or popover closes first; Esc from the reply box leaves it.
        if (document.querySelector("dialog[open]")) return;
        const details = e.target instanceof HTMLElement ? e.target.closest("details.presence-more") : null;
        if (details instanceof HTMLDetailsElement) {
          details.open = false;
          details.querySelector("summary")?.focus();
          return;
        }
        onBack();
        return;
      }
      if (typing(e.target) || e.ctrlKey || e.metaKey) return;
      if (e.key !== "j" && e.key !== "k") return;
      const rows = [...document.querySelectorAll<HTMLElement>(`${listSelector} .row`)];
      if (rows.length === 0) return;
      e.preventDefault();
      const at = rows.indexOf(document.activeElement as HTMLElement);
      const current = at >= 0 ? at : rows.findIndex((r) => r.getAttribute("aria-current") === "true");
      const next = e.key === "j" ? Math.min(rows.length - 1, current + 1) : Math.max(0, current < 0 ? 0 : current - 1);
      rows[next]?.focus();
      rows[next]?.scrollIntoView({ block: "nearest" });
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [listSelector, onBack]);
}
