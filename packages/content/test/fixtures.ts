import { parse } from "yaml";
import {
  approvalFingerprint,
  Campaign,
  type ContentFileInput,
  type LoadOptions,
  type LoadResult,
  loadContentFiles,
} from "../src/index.js";

/** A small, valid content tree kept in memory; each test changes one file and looks at the result. */
export const FIXTURE: Record<string, string> = {
  "campaigns/_library/messages.yaml": `keyMessages:
  - id: burnout-is-systemic
    title:
      en: Burnout is a system problem
      es: El agotamiento es un problema del sistema
    text:
      en: Burnout comes from how work is designed, not from personal weakness.
      es: El agotamiento viene de cómo se organiza el trabajo.
`,
  "campaigns/_library/facts.yaml": `facts:
  - id: physician-burnout-2021
    value: "62.8%"
    statement:
      en: of US physicians reported at least one symptom of burnout in 2021.
      es: de los médicos de EE. UU. tuvo al menos un síntoma de agotamiento en 2021.
    citation:
      title: Changes in Burnout and Satisfaction With Work-Life Integration in Physicians
      publisher: Mayo Clinic Proceedings
      year: 2022
      url: https://doi.org/10.1016/j.mayocp.2022.09.002
    reviewBy: 2027-06-30
`,
  "campaigns/_library/resources.yaml": `resources:
  - id: lifeline-988
    name:
      en: 988 Suicide & Crisis Lifeline
      es: 988 Línea de Prevención del Suicidio y Crisis
    description:
      en: Free, confidential support by call or text, any time.
      es: Apoyo gratuito y confidencial por llamada o texto.
    kind: crisis
    phone: "988"
    sms:
      number: "988"
    url: https://988lifeline.org
    hours:
      en: 24/7
      es: Las 24 horas
    serves: [en, es]
`,
  "campaigns/_partners/collaborative.yaml": `id: collaborative
name: Clinician Well-Being Collaborative
kind: collaborative
logo:
  file: logos/collaborative.svg
  alt: Clinician Well-Being Collaborative
colors:
  primary: "#1B4F72"
website: https://chorus-collaborative.org
postalAddress:
  - 100 Main Street
  - Springfield, IL 62701
sender:
  name: Clinician Well-Being Collaborative
  email: news@chorus-collaborative.org
unsubscribeUrl: https://chorus-collaborative.org/unsubscribe
sendingDomains: [chorus-collaborative.org]
`,
  "campaigns/_partners/logos/collaborative.svg": "<svg xmlns='http://www.w3.org/2000/svg'/>",
  "campaigns/system-problem/campaign.yaml": `# A comment the loader must not mind
id: system-problem
title: Burnout is a system problem
summary: Shift the conversation from personal resilience to fixing the work.
goal: awareness
status: in-review
audiences: [clinicians, leaders]
locales: [en, es]
dates:
  start: 2026-10-01
  end: 2026-10-31
keyMessages:
  - burnout-is-systemic
  - id: fix-the-work
    text: Fix the work, not the worker.
callsToAction:
  - id: read-guide
    label: Read the leader guide
    url: https://chorus-collaborative.org/guide
materials:
  - id: email-clinicians
    kind: email
    template: awareness
    audience: clinicians
    locale: en
    subject: "{{firstName}}, burnout is not a personal failing"
    preheader: What your organization can change this month.
    personalization:
      - name: firstName
        fallback: colleague
    blocks:
      - type: paragraph
        text: Dear {{firstName}}, this month we focus on the work itself.
      - type: key-message
        ref: burnout-is-systemic
      - type: stat
        fact: physician-burnout-2021
      - type: resource-list
        resources: [lifeline-988]
      - type: call-to-action
        cta: read-guide
      - type: image
        src: https://chorus-collaborative.org/images/team.png
        alt: Two nurses talking at a workstation
  - id: email-leaders-es
    kind: email
    template: newsletter
    audience: leaders
    locale: es
    subject: El agotamiento es un problema del sistema
    preheader: Lo que su organización puede cambiar.
    blocks:
      - type: key-message
        ref: fix-the-work
      - type: stat
        fact: physician-burnout-2021
  - id: banner
    kind: web-banner
    audience: clinicians
    locale: en
    size: 300x250
    headline: Fix the work, not the worker
    cta:
      label: See what leaders can do
      url: https://chorus-collaborative.org/leaders
`,
};

/**
 * The fixture campaign as approved: status, approval record and the fingerprint of what was approved,
 * as the builder writes them. `edit` the result to change the campaign after approval.
 */
export function approvedCampaignText(): string {
  const text = FIXTURE["campaigns/system-problem/campaign.yaml"]!;
  const fingerprint = approvalFingerprint(Campaign.parse(parse(text)));
  return text.replace(
    "status: in-review\n",
    `status: approved\napproval:\n  by: Dana Reviewer\n  at: 2026-09-01T12:00:00Z\n  fingerprint: ${fingerprint}\n`,
  );
}

export function withFile(path: string, text: string | undefined): ContentFileInput[] {
  const files = { ...FIXTURE };
  if (text === undefined) delete files[path];
  else files[path] = text;
  return Object.entries(files).map(([p, t]) => ({ path: p, text: t }));
}

export function edit(path: string, from: string, to: string): ContentFileInput[] {
  const original = FIXTURE[path]!;
  if (!original.includes(from)) throw new Error(`fixture ${path} does not contain ${JSON.stringify(from)}`);
  return withFile(path, original.replace(from, to));
}

export function load(files: ContentFileInput[], options: LoadOptions = {}): LoadResult {
  return loadContentFiles(files, {
    now: new Date("2026-11-23T00:00:00Z"),
    assets: new Set(files.map((f) => f.path)),
    ...options,
  });
}

/** 1-based line and column of the first occurrence of `needle` in `text` (plus `offset` characters). */
export function positionOf(text: string, needle: string, offset = 0): { line: number; column: number } {
  const index = text.indexOf(needle);
  if (index === -1) throw new Error(`not found: ${needle}`);
  const before = text.slice(0, index + offset).split("\n");
  return { line: before.length, column: before.at(-1)!.length + 1 };
}
