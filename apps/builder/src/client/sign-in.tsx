import { useId, useState } from "react";

/**
 * Team mode's front door: ask for a sign-in link by email. The answer is the same whether or not the
 * address belongs to the team (the server sends nothing to strangers), so the page never says who is a
 * member. A link that was used or has expired comes back here with `?error=…` in the address.
 */
export function SignInPage() {
  const id = useId();
  const [email, setEmail] = useState("");
  const [state, setState] = useState<
    { kind: "idle" } | { kind: "sending" } | { kind: "sent"; email: string } | { kind: "error"; text: string }
  >({ kind: "idle" });
  const linkError = new URLSearchParams(location.search).get("error");

  async function ask(event: React.FormEvent) {
    event.preventDefault();
    setState({ kind: "sending" });
    try {
      const response = await fetch("/api/auth/sign-in/magic-link", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ email: email.trim(), callbackURL: "/", errorCallbackURL: "/" }),
      });
      if (response.status === 429) {
        setState({
          kind: "error",
          text: "Too many sign-in links were asked for just now. Wait a few minutes, then try again.",
        });
      } else if (!response.ok) {
        setState({
          kind: "error",
          text: "The sign-in link could not be sent. Check the address and try again.",
        });
      } else {
        setState({ kind: "sent", email: email.trim() });
      }
    } catch {
      setState({
        kind: "error",
        text: "The builder could not be reached. Check your connection and try again.",
      });
    }
  }

  return (
    <section className="sign-in" aria-labelledby={`${id}-title`}>
      <h1 id={`${id}-title`}>Sign in</h1>
      {linkError ? (
        <p role="alert" className="notice notice--warning">
          That sign-in link has already been used or has expired. Ask for a new one below.
        </p>
      ) : null}
      {state.kind === "sent" ? (
        <div role="status" className="notice notice--success">
          <p>
            If <strong>{state.email}</strong> belongs to someone on the team, a sign-in link is on its way to
            it. The link works once, within 15 minutes.
          </p>
          <p>No email? Check the address with your team's admin: only people they have added can sign in.</p>
        </div>
      ) : (
        <form onSubmit={ask} noValidate={false}>
          <p>Chorus sends you a link to sign in: no password to remember.</p>
          <div className="field">
            <label htmlFor={`${id}-email`}>Your work email</label>
            <input
              id={`${id}-email`}
              type="email"
              name="email"
              autoComplete="email"
              required
              value={email}
              onChange={(e) => setEmail(e.target.value)}
            />
          </div>
          <p>
            <button type="submit" className="button button--primary" disabled={state.kind === "sending"}>
              {state.kind === "sending" ? "Sending…" : "Email me a sign-in link"}
            </button>
          </p>
          {state.kind === "error" ? (
            <p role="alert" className="notice notice--error">
              {state.text}
            </p>
          ) : null}
        </form>
      )}
    </section>
  );
}

/** End the session on the server, then start again at the front door. */
export async function signOut(): Promise<void> {
  await fetch("/api/auth/sign-out", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: "{}",
  });
  location.assign("/");
}
