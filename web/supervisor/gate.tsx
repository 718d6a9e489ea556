// A whole-page message in place of a supervisor page: not signed in, or not a supervisor.
import type { ComponentChildren } from "preact";

export function Gate({ title, children }: { title: string; children: ComponentChildren }) {
  return (
    <main class="signin">
      <div class="signin-card gate" role="alert">
        <h1>
          <span class="mark" aria-hidden="true">◐</span> {title}
        </h1>
        <p>{children}</p>
      </div>
    </main>
  );
}

export function SignInFirst() {
  return (
    <Gate title="Sign in first">
      The supervisor view uses your agent workspace sign-in. <a href="/agent/">Sign in at the agent workspace</a>, then come
      back here.
    </Gate>
  );
}

export function ForSupervisorsOnly({ name, what }: { name: string; what: string }) {
  return (
    <Gate title="This page is for supervisors">
      You are signed in as {name}, an agent. Ask a supervisor if you need {what}. <a href="/agent/">Back to the agent workspace</a>
    </Gate>
  );
}
