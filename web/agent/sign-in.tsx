import { useState } from "preact/hooks";

interface Props {
  /** Resolves to an error message, or undefined once signed in. */
  onSignIn: (email: string, password: string) => Promise<string | undefined>;
}

export function SignIn({ onSignIn }: Props) {
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  return (
    <main class="signin">
      <form
        class="signin-card"
        onSubmit={async (e) => {
          e.preventDefault();
          setBusy(true);
          const message = await onSignIn(email.trim(), password);
          setBusy(false);
          setError(message);
        }}
      >
        <h1>
          <span class="mark" aria-hidden="true">◐</span> Tandem
        </h1>
        <p class="muted">Sign in to the agent workspace.</p>
        <label for="email">E-mail</label>
        <input id="email" type="email" autocomplete="username" required autofocus value={email} onInput={(e) => setEmail(e.currentTarget.value)} />
        <label for="password">Password</label>
        <input id="password" type="password" autocomplete="current-password" required value={password} onInput={(e) => setPassword(e.currentTarget.value)} />
        {error && (
          <p class="error" role="alert">
            {error}
          </p>
        )}
        <button type="submit" class="primary" disabled={busy}>
          {busy ? "Signing in…" : "Sign in"}
        </button>
      </form>
    </main>
  );
}
