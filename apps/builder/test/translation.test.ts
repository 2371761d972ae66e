// biome-ignore-all lint/suspicious/noExplicitAny: API responses are read loosely; each test asserts the fields it needs
// Translations through the builder's API (decision 44): a Spanish version made from an English email is saved
// with its fields still in English flagged, and the campaign is not approved, by Approve in local mode or by a
// review stage in team mode, until every translation is reviewed and up to date with its source.
import { readdir, readFile, stat } from "node:fs/promises";
import path from "node:path";
import {
  Material,
  makeTranslation,
  markReviewed,
  markTranslated,
  markUpToDate,
  untranslatedFields,
} from "@chorus/content";
import { parseEml } from "@chorus/send";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createApp } from "../src/server/app.js";
import { ContentStore } from "../src/server/store.js";
import { openTeamMode, type TeamMode } from "../src/server/team.js";
import type { Finding } from "../src/shared/findings.js";
import { getIn, setIn } from "../src/shared/paths.js";
import { translationsBlockingApproval, withTranslationMarks } from "../src/shared/translation.js";
import { tempContent, testConfig } from "./helpers.js";

const ID = "september-nurses";
const EMAIL = "suicide-prevention-month-email";
const SPANISH = `${EMAIL}-es`;

type App = ReturnType<typeof createApp>["app"];

/** The API of one app, as a browser would use it (with `headers` on every request, e.g. a session cookie). */
function client(app: App, headers: Record<string, string> = {}) {
  const call = (url: string, init: RequestInit = {}) =>
    app.request(`http://127.0.0.1:4173${url}`, { ...init, headers: { ...headers, ...(init.headers ?? {}) } });
  const send = (url: string, method: string, body: unknown) =>
    call(url, { method, headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
  const open = async () => {
    const response = await call(`/api/campaigns/${ID}`);
    expect(response.status).toBe(200);
    return (await response.json()) as { version: string; data: any; diagnostics: Finding[] };
  };
  /** Save the campaign as `change` leaves it; the answer's status. */
  const save = async (change: (data: any) => void) => {
    const opened = await open();
    change(opened.data);
    const response = await send(`/api/campaigns/${ID}`, "PUT", {
      version: opened.version,
      data: opened.data,
    });
    expect(`${response.status} ${response.status === 200 ? "" : await response.text()}`).toBe("200 ");
  };
  const status = async (status: string, by?: string) => {
    const response = await send(`/api/campaigns/${ID}/status`, "POST", {
      version: (await open()).version,
      status,
      ...(by ? { by } : {}),
    });
    return { status: response.status, body: (await response.json()) as any };
  };
  return { call, send, open, save, status };
}

/** A new September campaign for nurses, in English and Spanish, with the Spanish version of its email. */
async function createWithSpanishVersion(api: ReturnType<typeof client>) {
  const created = await api.send("/api/campaigns", "POST", {
    id: ID,
    title: "September for nurses",
    starter: "suicide-prevention-month",
  });
  expect(created.status).toBe(201);
  await api.save((data) => {
    data.locales = ["en", "es"];
    data.materials = data.materials.filter((m: any) => m.kind === "email");
    data.materials.push(makeTranslation(data, EMAIL, "es"));
  });
}

/**
 * Write every field of the Spanish version still in English in (stand-in) Spanish, and give its button a call
 * to action of its own in Spanish.
 */
function translate(data: any) {
  const index = data.materials.findIndex((m: any) => m.id === SPANISH);
  const fields = untranslatedFields(data, data.materials[index]);
  expect(fields.length).toBeGreaterThan(0);
  fields.forEach((field, n) => {
    let spanish = field.at(-1) === "fallback" ? "colega" : `Texto en español número ${n + 1}.`;
    if (field.at(-1) === "cta") {
      spanish = `${getIn(data.materials[index], field)}-es`;
      data.callsToAction.push({ id: spanish, label: "Guarda estos números", url: "https://example.org/es" });
    }
    data.materials[index] = setIn(data.materials[index], field, spanish);
  });
  expect(untranslatedFields(data, data.materials[index])).toEqual([]);
}

function spanishOf(data: any): Material {
  return Material.parse(data.materials.find((m: any) => m.id === SPANISH));
}

function englishOf(data: any): Material {
  return Material.parse(data.materials.find((m: any) => m.id === EMAIL));
}

describe("translationsBlockingApproval", () => {
  const finding = (code: string, message: string): Finding => ({
    severity: "warning",
    code,
    category: "content",
    message,
    file: "campaigns/x/campaign.yaml",
    line: 3,
    column: 5,
    path: "materials[1].translation.status",
  });

  it("names every translation that is not ready, and nothing else", () => {
    expect(
      translationsBlockingApproval([finding("translation-untranslated", "still in English")]),
    ).toBeUndefined();
    expect(
      translationsBlockingApproval([
        finding("translation-unreviewed", 'the Spanish version "a-es" of "a" is not reviewed yet'),
        finding("translation-untranslated", "still in English — translate this"),
        finding(
          "translation-stale",
          'the English email "b" changed after its Spanish version "b-es" was made',
        ),
      ])?.message,
    ).toBe(
      'Cannot approve yet: the Spanish version "a-es" of "a" is not reviewed yet; the English email "b" changed after its Spanish version "b-es" was made.',
    );
  });
});

describe("withTranslationMarks", () => {
  const english = {
    id: "email",
    kind: "email",
    template: "newsletter",
    audience: "nurses",
    locale: "en",
    subject: "You are not alone",
    preheader: "Support, any hour",
    blocks: [{ type: "paragraph", text: "Call or text 988." }],
  } as const;

  it("marks each field still in English on a version being translated, even while the campaign is incomplete", () => {
    const spanish = { ...(makeTranslation({ materials: [english] }, "email", "es") as any), preheader: "" };
    spanish.subject = "No estás solo";
    const data = { materials: [english, spanish] } as any;
    const loaderMark: Finding = {
      severity: "warning",
      code: "translation-untranslated",
      category: "content",
      message: "still in English — translate this",
      file: "f",
      line: 9,
      column: 9,
      path: "materials[1].subject",
    };
    expect(withTranslationMarks(data, [loaderMark], 1).map((f) => [f.path, f.message])).toEqual([
      ["materials[1].blocks[0].text", "still in English — translate this"],
    ]);
    // The English email itself, and a version marked translated, carry no marks.
    expect(withTranslationMarks(data, [], 0)).toEqual([]);
    spanish.translation = markTranslated(spanish.translation);
    expect(withTranslationMarks(data, [], 1)).toEqual([]);
  });
});

describe("a Spanish version in local mode", () => {
  let env: Awaited<ReturnType<typeof tempContent>>;
  let api: ReturnType<typeof client>;
  beforeEach(async () => {
    env = await tempContent();
    api = client(createApp(testConfig(env.contentDir, env.chorusDir)).app);
  });
  afterEach(async () => {
    await env.cleanup();
  });

  it("is saved with its fields still in English flagged at their lines, and its pending review as what blocks approval", async () => {
    await createWithSpanishVersion(api);
    const opened = await api.open();
    const index = opened.data.materials.findIndex((m: any) => m.id === SPANISH);
    const mine = opened.diagnostics.filter((d) => d.path.startsWith(`materials[${index}]`));
    // Saved (createWithSpanishVersion saved it): the one error is the review it waits for, which blocks approval only.
    expect(mine.filter((d) => d.severity === "error").map((d) => [d.code, d.path])).toEqual([
      ["translation-unreviewed", `materials[${index}].translation.status`],
    ]);
    const untranslated = mine.filter((d) => d.code === "translation-untranslated");
    expect(untranslated.every((d) => d.severity === "warning")).toBe(true);
    expect(untranslated.length).toBeGreaterThan(2);
    expect(untranslated).toContainEqual(
      expect.objectContaining({
        path: `materials[${index}].subject`,
        message: "still in English — translate this",
        line: expect.any(Number),
      }),
    );
    expect(untranslated.every((d) => d.line > 0 && d.file === `campaigns/${ID}/campaign.yaml`)).toBe(true);
    // Its English text is checked once, in the English email: no language finding repeats it in Spanish.
    expect(mine.filter((d) => d.category !== "content")).toEqual([]);
  });

  it("refuses approval until the Spanish version is reviewed, saying which and what to do", async () => {
    await createWithSpanishVersion(api);
    expect((await api.status("in-review")).status).toBe(200);
    let refused = await api.status("approved", "Dana Reviewer");
    expect(refused.status).toBe(422);
    expect(refused.body.error).toBe(
      `Cannot approve yet: the Spanish version "${SPANISH}" of "${EMAIL}" is still being translated: translate it, mark it translated, and have a Spanish speaker review it before the campaign is approved.`,
    );
    expect(refused.body.translations.map((f: Finding) => f.code)).toEqual(["translation-unreviewed"]);
    const file = path.join(env.contentDir, ID, "campaign.yaml");
    expect(await readFile(file, "utf8")).toMatch(/^status: in-review$/m);

    await api.save((data) => {
      translate(data);
      const spanish = data.materials.find((m: any) => m.id === SPANISH);
      spanish.translation = markTranslated(spanish.translation);
    });
    refused = await api.status("approved", "Dana Reviewer");
    expect(refused.status).toBe(422);
    expect(refused.body.error).toMatch(
      /"suicide-prevention-month-email-es" .* is not reviewed yet: a Spanish speaker reads it and marks it reviewed/,
    );

    await api.save((data) => {
      const spanish = data.materials.find((m: any) => m.id === SPANISH);
      spanish.translation = markReviewed(spanishOf(data), "Ana García", new Date("2026-08-20T10:00:00Z"));
    });
    const approved = await api.status("approved", "Dana Reviewer");
    expect(approved.status).toBe(200);
    const text = await readFile(file, "utf8");
    expect(text).toMatch(/^status: approved$/m);
    expect(text).toMatch(
      /reviewed:\n\s+by: Ana García\n\s+at: "?2026-08-20T10:00:00Z"?\n\s+fingerprint: [0-9a-f]{16}/,
    );
  });

  it("flags the Spanish version as stale when the English changes after it, and refuses approval until it is brought up to date", async () => {
    await createWithSpanishVersion(api);
    await api.save((data) => {
      translate(data);
      const spanish = data.materials.find((m: any) => m.id === SPANISH);
      spanish.translation = markReviewed(
        { ...spanishOf(data), translation: markTranslated(spanishOf(data).translation!) },
        "Ana García",
        new Date("2026-08-20T10:00:00Z"),
      );
    });
    await api.save((data) => {
      data.materials.find((m: any) => m.id === EMAIL).preheader = "A changed English preheader.";
    });
    const opened = await api.open();
    const index = opened.data.materials.findIndex((m: any) => m.id === SPANISH);
    expect(opened.diagnostics.find((d) => d.code === "translation-stale")).toMatchObject({
      // Saved all the same: it keeps the campaign from being approved, not from being saved.
      severity: "error",
      path: `materials[${index}].translation.source`,
      message: `the English email "${EMAIL}" changed after its Spanish version "${SPANISH}" was made or last brought up to date: update the Spanish to match, then mark it up to date with the English`,
    });
    await api.status("in-review");
    const refused = await api.status("approved", "Dana Reviewer");
    expect(refused.status).toBe(422);
    expect(refused.body.error).toContain(`the English email "${EMAIL}" changed after its Spanish version`);

    // Brought up to date: a reviewed version goes back to "translated", and is reviewed again.
    await api.save((data) => {
      const spanish = data.materials.find((m: any) => m.id === SPANISH);
      spanish.preheader = "Un preencabezado cambiado.";
      spanish.translation = markUpToDate(spanish.translation, englishOf(data));
    });
    let now = await api.open();
    expect(now.diagnostics.map((d) => d.code)).not.toContain("translation-stale");
    expect(now.data.materials.find((m: any) => m.id === SPANISH).translation.status).toBe("translated");
    await api.save((data) => {
      const spanish = data.materials.find((m: any) => m.id === SPANISH);
      spanish.translation = markReviewed(spanishOf(data), "Ana García", new Date("2026-08-21T10:00:00Z"));
    });
    now = await api.open();
    expect(now.diagnostics.filter((d) => d.code.startsWith("translation-"))).toEqual([]);
    expect((await api.status("approved", "Dana Reviewer")).status).toBe(200);
  });

  it("answers a stale version with the conflict, not with the translations", async () => {
    await createWithSpanishVersion(api);
    await api.status("in-review");
    const response = await api.send(`/api/campaigns/${ID}/status`, "POST", {
      version: "0".repeat(64),
      status: "approved",
      by: "Dana",
    });
    expect(response.status).toBe(409);
  });
});

describe("a Spanish version in team mode", () => {
  const ORIGIN = "http://127.0.0.1:4173";
  let env: Awaited<ReturnType<typeof tempContent>>;
  let team: TeamMode;
  let app: App;
  let close: (() => Promise<void>) | undefined;
  const cookies = new Map<string, string>();

  async function signIn(email: string, address: string): Promise<string> {
    const connection = { incoming: { socket: { remoteAddress: address } } };
    const asked = await app.request(
      `${ORIGIN}/api/auth/sign-in/magic-link`,
      {
        method: "POST",
        headers: { "content-type": "application/json", origin: ORIGIN, host: new URL(ORIGIN).host },
        body: JSON.stringify({ email, callbackURL: "/" }),
      },
      connection,
    );
    expect(asked.status).toBe(200);
    const root = path.join(env.chorusDir, "messages");
    let link: string | undefined;
    let newest = 0;
    for (const dir of await readdir(root)) {
      for (const file of await readdir(path.join(root, dir))) {
        const where = path.join(root, dir, file);
        const parsed = await parseEml(await readFile(where, "utf8"));
        const to = parsed.headers.find((h) => h.name.toLowerCase() === "to")?.value ?? "";
        const found = /https?:\/\/\S+verify\?token=\S+/.exec(parsed.text ?? "")?.[0];
        const at = (await stat(where)).mtimeMs;
        if (to.includes(email) && found && at >= newest) {
          link = found;
          newest = at;
        }
      }
    }
    if (!link) throw new Error(`no sign-in link to ${email}`);
    const followed = await app.request(link, { headers: { host: new URL(link).host } }, connection);
    expect(followed.status).toBe(302);
    return (followed.headers.get("set-cookie") ?? "").split(";")[0]!;
  }

  beforeAll(async () => {
    env = await tempContent();
    const config = testConfig(env.contentDir, env.chorusDir, {
      team: { publicUrl: ORIGIN, authSecret: "a-test-secret-that-is-long-enough-0123456789" },
      now: () => new Date(),
    });
    const store = new ContentStore(config.contentDir, config.now);
    team = await openTeamMode({ ...config, team: config.team! }, store);
    ({ app, close } = createApp(config, { store, team }));
    const people = await team.people();
    for (const [index, [name, roles]] of (
      [
        ["author", ["author"]],
        ["reviewer", ["reviewer"]],
      ] as const
    ).entries()) {
      await people.add({ email: `${name}@example.org`, orgId: "collaborative", roles: [...roles] });
      cookies.set(name, await signIn(`${name}@example.org`, `203.0.113.${index + 1}`));
    }
  }, 120_000);
  afterAll(async () => {
    await close?.();
    await env?.cleanup();
  });

  it("refuses a review stage's approval while the Spanish version is not reviewed", async () => {
    const as = (who: string) =>
      client(app, { cookie: cookies.get(who)!, origin: ORIGIN, host: new URL(ORIGIN).host });
    const author = as("author");
    await createWithSpanishVersion(author);
    expect((await author.status("in-review")).status).toBe(200);
    const reviewer = as("reviewer");
    const review = (await (await reviewer.call(`/api/campaigns/${ID}/review`)).json()) as any;
    const decided = await reviewer.send(`/api/campaigns/${ID}/review/stages/clinical-review`, "POST", {
      version: review.version,
      decision: "approved",
    });
    expect(decided.status).toBe(422);
    expect(((await decided.json()) as any).error).toBe(
      `Cannot approve yet: the Spanish version "${SPANISH}" of "${EMAIL}" is still being translated: translate it, mark it translated, and have a Spanish speaker review it before the campaign is approved.`,
    );
    // Nothing was decided: the stage still waits for its reviewer.
    const after = (await (await reviewer.call(`/api/campaigns/${ID}/review`)).json()) as any;
    expect(after.stages[0]).toMatchObject({ id: "clinical-review", state: "current" });
    expect(after.stages[0].decision).toBeNull();

    // Translated and reviewed by a Spanish speaker: the stage approves (the edit restarts the review round).
    await author.save((data) => {
      translate(data);
      const spanish = data.materials.find((m: any) => m.id === SPANISH);
      spanish.translation = markReviewed(
        { ...spanishOf(data), translation: markTranslated(spanishOf(data).translation!) },
        "Ana García",
        new Date(),
      );
    });
    const again = (await (await reviewer.call(`/api/campaigns/${ID}/review`)).json()) as any;
    const approved = await reviewer.send(`/api/campaigns/${ID}/review/stages/clinical-review`, "POST", {
      version: again.version,
      decision: "approved",
    });
    expect(`${approved.status} ${await approved.clone().text()}`).toMatch(/^200 /);
  });
});
