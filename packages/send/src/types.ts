/** One rendered email, as `@chorus/emails`' `renderMaterial` returns it. */
export interface RenderedEmail {
  subject: string;
  preheader: string;
  html: string;
  text: string;
  /** Extra headers, including List-Unsubscribe and List-Unsubscribe-Post. */
  headers: Record<string, string>;
  /** `Name <address>` or a bare address. */
  from: string;
  replyTo?: string;
  locale: string;
}

/**
 * Renders the approved material for one recipient. `recipient` holds `email` plus the CSV's
 * personalization values. The CLI wires `renderMaterial`; tests pass a fake.
 */
export type Renderer = (recipient: Record<string, string>) => RenderedEmail | Promise<RenderedEmail>;

/** A recipient that passed validation, with the spreadsheet row it came from (header = row 1). */
export interface Recipient {
  row: number;
  email: string;
  fields: Record<string, string>;
  /** The person's name, from a name column of the list (`name`, or `firstName` and `lastName`): shown in `To`. */
  name?: string;
}

/** What a transport delivers: a rendered email addressed to one recipient. */
export interface OutgoingEmail {
  to: string;
  from: string;
  replyTo?: string;
  subject: string;
  html: string;
  text: string;
  headers: Record<string, string>;
}

/** A personalization field of an email material (`@chorus/content`'s `PersonalizationField`). */
export interface FieldSpec {
  name: string;
  required: boolean;
  fallback?: string | undefined;
}

/** Time, injectable so tests and benchmarks never wait on the wall clock unless they mean to. */
export interface Clock {
  now(): number;
  sleep(ms: number): Promise<void>;
}

export const systemClock: Clock = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms))),
};
