import { readFile } from "node:fs/promises";
import path from "node:path";
import { mentionsSuicideOrCrisis } from "@chorus/language";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { ContentStore } from "../src/server/store.js";
import { evaluateCampaign, type SharedContent } from "../src/shared/evaluate.js";
import { type Finding, fromContentDiagnostic, fromLanguageDiagnostic } from "../src/shared/findings.js";
import {
  describeDates,
  isMomentStarter,
  isStarterId,
  matchDay,
  STARTERS,
  type StarterId,
  starterCampaign,
  starterDates,
  starterGroups,
} from "../src/shared/starters.js";
import { REPO_ROOT, tempContent } from "./helpers.js";

// Campaigns made from starters, checked with the real library (campaigns/_library), loader and language
// checker, the way the builder creates them (POST /api/campaigns → store.create) and then shows them (the
// server's findings on open, and the editor's own check in the browser, evaluateCampaign).

/** The API tests' clock, the last second of a year and the first of the next. */
const CLOCKS = ["2026-11-23T10:00:00Z", "2026-12-31T23:59:59Z", "2027-01-01T00:00:00Z"];

const MOMENTS = STARTERS.filter((s) => s.group === "moment").map((s) => s.id);
const NEW_MOMENTS: StarterId[] = [
  "suicide-prevention-month",
  "988-day",
  "nurses-week",
  "doctors-day",
  "match-day",
];

// biome-ignore lint/suspicious/noExplicitAny: campaign data is edited loosely here; each test asserts the fields it needs
type Data = Record<string, any>;

const describeFinding = (f: Finding) => `${f.severity} ${f.code} at ${f.path}: ${f.message}`;
const fileOf = (id: string) => `campaigns/${id}/campaign.yaml`;

let shared: SharedContent;
beforeAll(async () => {
  const store = new ContentStore(path.join(REPO_ROOT, "campaigns"));
  shared = { files: await store.sharedFiles(), assets: await store.assetPaths() };
});

/** What the editor shows for `data` as campaign `id` on `now`. */
function check(id: string, data: unknown, now: Date): string[] {
  return evaluateCampaign(shared, fileOf(id), data, new Date(now)).findings.map(describeFinding);
}

function fresh(starter: StarterId, now = new Date(CLOCKS[0]!)): Data {
  return starterCampaign(starter, `new-${starter}`, `New ${starter}`, now) as Data;
}

describe("every starter is a complete campaign with no findings at all", () => {
  it("lists the five moments partners campaign on, and keeps the four kinds for any time", () => {
    expect([...MOMENTS].sort()).toEqual([...NEW_MOMENTS].sort());
    expect(STARTERS.map((s) => s.id)).toEqual(
      expect.arrayContaining(["awareness-week", "policy-action", "event", "newsletter"]),
    );
    expect(STARTERS).toHaveLength(9);
    for (const s of STARTERS) {
      expect(isStarterId(s.id)).toBe(true);
      expect(isMomentStarter(s.id), s.id).toBe(s.group === "moment");
    }
    expect(isStarterId("spring-gala")).toBe(false);
  });

  for (const clock of CLOCKS) {
    describe(`created on ${clock}`, () => {
      const now = new Date(clock);
      let env: Awaited<ReturnType<typeof tempContent>>;
      let store: ContentStore;
      let serverFindings: Map<StarterId, string[]>;
      const created = new Map<StarterId, string>();

      beforeAll(async () => {
        env = await tempContent();
        store = new ContentStore(env.contentDir, () => now);
        for (const s of STARTERS) {
          const id = `new-${s.id}`;
          await store.create(id, `New ${s.label}`, s.id);
          created.set(s.id, await readFile(path.join(env.contentDir, id, "campaign.yaml"), "utf8"));
        }
        // What opening each campaign reports (GET /api/campaigns/:id): the loader's diagnostics for its
        // file and the language findings.
        const result = await store.load();
        serverFindings = new Map(
          STARTERS.map((s) => {
            const id = `new-${s.id}`;
            return [
              s.id,
              [
                ...result.diagnostics.filter((d) => d.file === fileOf(id)).map(fromContentDiagnostic),
                ...store.lint(result, id).map(fromLanguageDiagnostic),
              ].map(describeFinding),
            ];
          }),
        );
      });
      afterAll(async () => {
        await env.cleanup();
      });

      for (const s of STARTERS) {
        it(`"${s.label}": no error or warning from the loader or the language checks`, () => {
          expect(serverFindings.get(s.id)).toEqual([]);
          // The editor checks what it read from the file, in the browser, with the same library.
          const data = parse(created.get(s.id)!);
          expect(check(`new-${s.id}`, data, now)).toEqual([]);
          expect(data.status).toBe("draft");
          expect(data.dates).toEqual(starterDates(s.id, now));
        });
      }
    });
  }
});

describe("the checks behind 'no findings' do fire on starter content", () => {
  const now = new Date(CLOCKS[0]!);

  it("warns when a nurses' email lists the Physician Support Line (resource-audience)", () => {
    const data = fresh("nurses-week");
    const email = data.materials[0];
    expect(email.audience).toBe("nurses");
    const at = email.blocks.findIndex((b: Data) => b.type === "resource-list");
    email.blocks[at].resources = ["physician-support-line", "988"];
    expect(check("new-nurses-week", data, now)).toEqual([
      expect.stringMatching(
        new RegExp(
          `^warning resource-audience at materials\\[0\\]\\.blocks\\[${at}\\]\\.resources\\[0\\]: resource "physician-support-line" is for physicians and trainees`,
        ),
      ),
    ]);
  });

  it("warns when the Doctors' Day starter is turned to nurses: it lists the physicians' line", () => {
    const data = fresh("doctors-day");
    data.audiences = ["nurses"];
    for (const material of data.materials) material.audience = "nurses";
    const findings = check("new-doctors-day", data, now);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatch(/^warning resource-audience .*"physician-support-line"/);
  });

  it("refuses a starter email that mentions suicide with no crisis line", () => {
    const data = fresh("suicide-prevention-month");
    const email = data.materials[0];
    email.blocks = email.blocks.filter((b: Data) => b.type !== "resource-list");
    expect(check("new-suicide-prevention-month", data, now)).toEqual([
      expect.stringMatching(/^error safe-messaging\/crisis-resource at materials\[0\]/),
    ]);
  });

  it("refuses a figure typed into starter copy instead of a library fact", () => {
    const data = fresh("nurses-week");
    data.materials[0].blocks.splice(1, 0, {
      type: "paragraph",
      text: "Nearly 40% of nurses say they are worn out.",
    });
    expect(check("new-nurses-week", data, now)).toEqual([
      expect.stringMatching(/^error evidence\/uncited-statistic at materials\[0\]\.blocks\[1\]\.text/),
    ]);
  });

  it("warns when starter copy reads above grade 10", () => {
    const data = fresh("nurses-week");
    const post = data.materials.findIndex((m: Data) => m.kind === "social-post");
    data.materials[post].text =
      "Organizational accountability necessitates comprehensive institutional interventions addressing occupational determinants. " +
      "Administrative documentation requirements substantially exacerbate professional exhaustion among experienced practitioners. " +
      "Sustainable improvement demands systematic reorganization of operational responsibilities, prioritizing collaborative decision-making and transparent communication.";
    expect(check("new-nurses-week", data, now)).toEqual([
      expect.stringMatching(
        new RegExp(
          `^warning plain-language/reading-grade at materials\\[${post}\\]: material "nurses-week-post" reads at grade`,
        ),
      ),
      expect.stringMatching(
        new RegExp(
          `^warning plain-language/reading-grade at materials\\[${post}\\]\\.text: text reads at grade`,
        ),
      ),
    ]);
  });

  it("warns once a starter's facts fall due for review before its moment: clean runs depend on the library's review dates", () => {
    // Made in April 2028, the campaign is for Doctors' Day 2029, after both its facts are due for review.
    const later = new Date("2028-04-01T12:00:00Z");
    const data = starterCampaign("doctors-day", "new-doctors-day", "Doctors' Day", later);
    expect(check("new-doctors-day", data, later)).toEqual([
      expect.stringMatching(
        /^warning review-due-during-campaign at materials\[0\]\.blocks\[3\]\.fact: fact "physician-burnout-2023"/,
      ),
      expect.stringMatching(
        /^warning review-due-during-campaign at materials\[1\]\.facts\[0\]: fact "licensure-reluctance"/,
      ),
    ]);
  });
});

describe("copy rules every new starter keeps", () => {
  const texts = (material: Data): string[] =>
    [
      material.subject,
      material.preheader,
      material.text,
      ...(material.blocks ?? []).flatMap((b: Data) => [b.text, b.heading, b.lead, b.label]),
    ].filter((t): t is string => typeof t === "string");

  /** The library text a material shows (key messages), as the safe-messaging check reads it. */
  async function libraryMessages(): Promise<Map<string, string>> {
    const file = shared.files.find((f) => f.path.endsWith("_library/key-messages.yaml"))!;
    const { keyMessages } = parse(file.text) as { keyMessages: Array<{ id: string; text: { en: string } }> };
    return new Map(keyMessages.map((m) => [m.id, m.text.en]));
  }

  /** A material that mentions suicide or crisis lists 988 itself (a block, or the number in a post). */
  function lists988(material: Data): boolean {
    if (material.kind === "social-post")
      return /(?<!\d)988(?!\d)/.test(material.text) || material.link === "https://988lifeline.org";
    return material.blocks.some((b: Data) => b.type === "resource-list" && b.resources.includes("988"));
  }

  it("lists the 988 Lifeline in every material that mentions suicide or crisis", async () => {
    const messages = await libraryMessages();
    const mentioning: string[] = [];
    for (const starter of NEW_MOMENTS) {
      for (const material of fresh(starter).materials) {
        const shown = [
          ...texts(material),
          ...(material.blocks ?? []).flatMap((b: Data) =>
            b.type === "key-message" ? [messages.get(b.ref)!] : [],
          ),
        ].join("\n");
        if (!mentionsSuicideOrCrisis(shown, "en")) continue;
        mentioning.push(material.id);
        expect(lists988(material), `${starter}: ${material.id}`).toBe(true);
      }
    }
    // Suicide Prevention Awareness Month, 988 Day and Match Day talk about crisis or suicide.
    expect(mentioning).toEqual([
      "suicide-prevention-month-email",
      "suicide-prevention-month-post",
      "988-day-email",
      "988-day-post",
      "match-day-email",
    ]);
    // The rule is not satisfied by any crisis line: a material with only the Crisis Text Line fails it.
    const email = fresh("suicide-prevention-month").materials[0];
    for (const b of email.blocks) if (b.type === "resource-list") b.resources = ["crisis-text-line"];
    expect(lists988(email)).toBe(false);
  });

  it("describes no method or place", () => {
    const method =
      /\b(?:method|bridge|roof|cliff|rail(?:way)?|tracks?|overdos\w*|firearms?|guns?|pills?|poison\w*|rope|hang\w*|jump\w*|drown\w*|cutting)\b/i;
    for (const starter of NEW_MOMENTS) {
      for (const material of fresh(starter).materials) {
        for (const text of texts(material)) expect(text, `${starter}: ${material.id}`).not.toMatch(method);
      }
    }
  });

  it("uses library key messages and facts by id, links to chorus-collaborative.org, and has an email", () => {
    for (const starter of NEW_MOMENTS) {
      const data = fresh(starter);
      expect(
        data.keyMessages.every((m: unknown) => typeof m === "string"),
        starter,
      ).toBe(true);
      expect(data.callsToAction.length, starter).toBeGreaterThan(0);
      for (const cta of data.callsToAction) expect(cta.url).toMatch(/^https:\/\/chorus-collaborative\.org\//);
      expect(
        data.materials.some((m: Data) => m.kind === "email"),
        starter,
      ).toBe(true);
      // Every material is for one of the campaign's audiences (the loader errors otherwise).
      for (const m of data.materials) expect(data.audiences).toContain(m.audience);
    }
  });

  it("gives each moment the audience it is for", () => {
    const audiences = (s: StarterId) => fresh(s).audiences;
    expect(audiences("nurses-week")).toEqual(["nurses", "leaders"]);
    expect(fresh("nurses-week").materials.map((m: Data) => m.audience)).toEqual([
      "nurses",
      "nurses",
      "leaders",
    ]);
    expect(audiences("doctors-day")).toEqual(["physicians"]);
    expect(audiences("match-day")).toEqual(["trainees"]);
    expect(audiences("suicide-prevention-month")).toEqual(["clinicians"]);
    expect(audiences("988-day")).toEqual(["clinicians"]);
  });

  it("Suicide Prevention Awareness Month stays clean when a hospital turns it to nurses, physicians or trainees", () => {
    const now = new Date(CLOCKS[0]!);
    for (const audience of ["nurses", "physicians", "trainees"]) {
      for (const starter of ["suicide-prevention-month", "988-day"] as const) {
        const data = fresh(starter);
        data.audiences = [audience];
        for (const material of data.materials) material.audience = audience;
        expect(check(`new-${starter}`, data, now), `${starter} for ${audience}`).toEqual([]);
      }
    }
  });
});

describe("a moment's dates are its next occurrence after now", () => {
  const at = (iso: string) => new Date(iso);
  const dates = (starter: StarterId, now: string) => {
    const { start, end } = starterDates(starter, at(now));
    return [start, end];
  };

  it("dates each moment across the turn of the year", () => {
    for (const now of ["2026-11-23T10:00:00Z", "2026-12-31T23:59:59Z", "2027-01-01T00:00:00Z"]) {
      expect(dates("suicide-prevention-month", now)).toEqual(["2027-09-01", "2027-09-30"]);
      expect(dates("988-day", now)).toEqual(["2027-09-08", "2027-09-08"]);
      expect(dates("nurses-week", now)).toEqual(["2027-05-06", "2027-05-12"]);
      expect(dates("doctors-day", now)).toEqual(["2027-03-30", "2027-03-30"]);
      expect(dates("match-day", now)).toEqual(["2027-03-19", "2027-07-01"]);
    }
    // After the last moment of 2027, every moment is in 2028.
    expect(dates("suicide-prevention-month", "2027-12-31T12:00:00Z")).toEqual(["2028-09-01", "2028-09-30"]);
    expect(dates("doctors-day", "2027-12-31T12:00:00Z")).toEqual(["2028-03-30", "2028-03-30"]);
    expect(dates("match-day", "2027-12-31T12:00:00Z")).toEqual(["2028-03-17", "2028-07-01"]);
  });

  it("moves to next year's on the day itself and during a moment, not before", () => {
    expect(dates("988-day", "2027-09-07T23:59:59Z")).toEqual(["2027-09-08", "2027-09-08"]);
    expect(dates("988-day", "2027-09-08T00:00:00Z")).toEqual(["2028-09-08", "2028-09-08"]);
    expect(dates("suicide-prevention-month", "2027-08-31T23:00:00Z")).toEqual(["2027-09-01", "2027-09-30"]);
    expect(dates("suicide-prevention-month", "2027-09-15T12:00:00Z")).toEqual(["2028-09-01", "2028-09-30"]);
    expect(dates("nurses-week", "2027-05-08T12:00:00Z")).toEqual(["2028-05-06", "2028-05-12"]);
    expect(dates("doctors-day", "2027-03-29T12:00:00Z")).toEqual(["2027-03-30", "2027-03-30"]);
    expect(dates("doctors-day", "2027-03-30T12:00:00Z")).toEqual(["2028-03-30", "2028-03-30"]);
    expect(dates("match-day", "2027-03-18T12:00:00Z")).toEqual(["2027-03-19", "2027-07-01"]);
    expect(dates("match-day", "2027-03-19T12:00:00Z")).toEqual(["2028-03-17", "2028-07-01"]);
    // The calendar day is UTC's, as for every date the builder writes: 8 p.m. in New York on March 29 is
    // already March 30, Doctors' Day itself.
    expect(starterDates("doctors-day", at("2027-03-29T20:00:00-05:00")).start).toBe("2028-03-30");
  });

  it("puts Match Day on the third Friday of March (the NRMP's dates for 2024 to 2026)", () => {
    expect([2024, 2025, 2026].map(matchDay)).toEqual(["2024-03-15", "2025-03-21", "2026-03-20"]);
    for (let year = 2020; year <= 2060; year++) {
      const day = new Date(`${matchDay(year)}T00:00:00Z`);
      expect(day.getUTCDay()).toBe(5);
      expect(day.getUTCMonth()).toBe(2);
      expect(day.getUTCDate()).toBeGreaterThanOrEqual(15);
      expect(day.getUTCDate()).toBeLessThanOrEqual(21);
    }
  });

  it("is always the next occurrence: day by day over four years, at the first and last second", () => {
    for (const starter of MOMENTS) {
      let previous: string | undefined;
      for (let t = Date.UTC(2026, 0, 1); t < Date.UTC(2030, 0, 1); t += 86_400_000) {
        const today = new Date(t).toISOString().slice(0, 10);
        const first = starterDates(starter, new Date(t));
        const last = starterDates(starter, new Date(t + 86_399_999));
        expect(last).toEqual(first);
        const { start, end } = first;
        expect(start > today, `${starter} on ${today}`).toBe(true);
        expect(end! >= start && end!.slice(0, 4) === start.slice(0, 4)).toBe(true);
        // The start only moves on the day it arrives, and then to the following year's.
        if (previous !== undefined && start !== previous) {
          expect(today, `${starter} moved early`).toBe(previous);
          expect(Number(start.slice(0, 4))).toBe(Number(previous.slice(0, 4)) + 1);
        }
        previous = start;
      }
    }
  });

  it("writes the dates and the observance into the campaign; any-time starters still start in two weeks", () => {
    const now = at("2026-12-31T23:59:59Z");
    expect(starterCampaign("nurses-week", "x", "X", now).dates).toEqual({
      start: "2027-05-06",
      end: "2027-05-12",
      observance: "Nurses Week",
    });
    for (const starter of ["awareness-week", "policy-action", "event", "newsletter"] as const) {
      expect(isMomentStarter(starter)).toBe(false);
      expect(starterCampaign(starter, "x", "X", now).dates).toEqual({ start: "2027-01-14" });
    }
  });
});

describe("how the new-campaign form lists the starters", () => {
  const ids = (now: string) => starterGroups(new Date(now)).map((g) => [g.id, g.starters.map((s) => s.id)]);

  it("lists moments first, soonest first, then the starters for any time of year", () => {
    expect(ids("2026-12-05T12:00:00Z")).toEqual([
      ["moment", ["match-day", "doctors-day", "nurses-week", "suicide-prevention-month", "988-day"]],
      ["any-time", ["awareness-week", "policy-action", "event", "newsletter"]],
    ]);
    expect(ids("2027-04-01T12:00:00Z")[0]).toEqual([
      "moment",
      ["nurses-week", "suicide-prevention-month", "988-day", "match-day", "doctors-day"],
    ]);
  });

  it("names each moment with its date: the month in its description and its next dates", () => {
    const [moments] = starterGroups(new Date("2026-12-05T12:00:00Z"));
    const month = (iso: string) =>
      new Date(`${iso}T00:00:00Z`).toLocaleString("en-US", { month: "long", timeZone: "UTC" });
    for (const s of moments!.starters) {
      expect(
        s.description.startsWith(month(s.dates!.start)) || s.description.startsWith("Third Friday of March"),
      ).toBe(true);
      expect(s.label).toBeTruthy();
      expect(s.audience).toBeTruthy();
    }
    expect(moments!.starters.map((s) => `${s.label}: ${describeDates(s.dates!)}`)).toEqual([
      "Match Day and residency start: March 19 to July 1, 2027",
      "National Doctors' Day: Tuesday, March 30, 2027",
      "Nurses Week: May 6 to 12, 2027",
      "Suicide Prevention Awareness Month: September 1 to 30, 2027",
      "988 Day: Wednesday, September 8, 2027",
    ]);
  });
});
