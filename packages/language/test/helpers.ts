import { Campaign, type Library, type LoadedCampaign, parseContentFile } from "@chorus/content";

export const LIBRARY: Library = {
  keyMessages: [
    {
      id: "help-is-available",
      title: { en: "Help is available" },
      text: { en: "If you are thinking about suicide, you can call or text 988 at any hour." },
    },
  ],
  facts: [
    {
      id: "physician-burnout-2021",
      value: "62.8%",
      statement: { en: "of US physicians reported at least one symptom of burnout in 2021." },
      citation: {
        title: "Changes in Burnout and Satisfaction With Work-Life Integration in Physicians",
        publisher: "Mayo Clinic Proceedings",
        year: 2022,
        url: "https://doi.org/10.1016/j.mayocp.2022.09.002",
      },
      reviewBy: "2027-06-30",
    },
    {
      id: "nurses-one-in-three",
      value: "1 in 3",
      statement: { en: "nurses say they plan to leave their job within a year." },
      citation: {
        title: "Nursing survey",
        publisher: "Example Journal",
        year: 2024,
        url: "https://example.org/survey",
      },
      reviewBy: "2027-06-30",
    },
  ],
  definitions: [],
  resources: [
    {
      id: "988",
      name: { en: "988 Suicide & Crisis Lifeline", es: "988 Línea de Prevención del Suicidio y Crisis" },
      description: { en: "Free, confidential support." },
      kind: "crisis",
      phone: "988",
      sms: { number: "988" },
      url: "https://988lifeline.org",
      hours: { en: "24/7" },
      serves: ["en", "es"],
    },
    {
      id: "crisis-text-line",
      name: { en: "Crisis Text Line" },
      description: { en: "Text support." },
      kind: "crisis",
      sms: { number: "741741", keyword: "HOME" },
      url: "https://www.crisistextline.org",
      hours: { en: "24/7" },
      serves: ["en"],
    },
    {
      id: "physician-support-line",
      name: { en: "Physician Support Line" },
      description: { en: "Peer support by psychiatrists." },
      kind: "support-line",
      phone: "1-888-409-0141",
      url: "https://www.physiciansupportline.com",
      hours: { en: "Weekdays" },
      serves: ["en"],
    },
  ],
};

export const CAMPAIGN_FILE = "campaigns/test/campaign.yaml";

/** The head of a valid campaign file; append `materials:` YAML to it. */
export const CAMPAIGN_HEAD = `# Test campaign: this comment must survive every fix
id: test
title: Test campaign
summary: A campaign written for the language checker tests.
goal: awareness
status: draft
audiences: [clinicians]
locales: [en, es]
dates:
  start: 2026-10-01
`;

/** Parse a campaign file through the content package, failing loudly if the fixture is invalid. */
export function loadCampaign(text: string): LoadedCampaign {
  const parsed = parseContentFile(Campaign, text, CAMPAIGN_FILE);
  if (!parsed.value) {
    throw new Error(
      `fixture is not a valid campaign:\n${parsed.diagnostics.map((d) => `${d.path}: ${d.message}`).join("\n")}`,
    );
  }
  return { campaign: parsed.value, file: CAMPAIGN_FILE, source: parsed.source };
}

/** A one-email campaign whose blocks are the given YAML lines (indented under `blocks:`). */
export function emailCampaign(
  blocks: string,
  extra: { audience?: string; locale?: string; subject?: string } = {},
): string {
  return `${CAMPAIGN_HEAD}materials:
  - id: email
    kind: email
    template: newsletter
    audience: ${extra.audience ?? "clinicians"}
    locale: ${extra.locale ?? "en"}
    subject: ${extra.subject ?? "News from the collaborative"}
    preheader: What changed this month
    blocks:
${blocks}`;
}
