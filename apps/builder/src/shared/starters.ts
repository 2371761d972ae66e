/**
 * Starting points for a new campaign. Each one is a complete, valid campaign that passes the
 * language checks from the first second (a test holds this), built only from approved library
 * items, so a communicator starts from something correct and changes it.
 */
export const STARTERS = [
  {
    id: "awareness-week",
    label: "Awareness week",
    description: "A week of messages that names burnout as a system problem.",
  },
  {
    id: "policy-action",
    label: "Policy action",
    description: "Asks boards and hospitals to change one thing, with a clear call to action.",
  },
  {
    id: "event",
    label: "Event",
    description: "An invitation to a webinar or meeting, with date, time and a sign-up link.",
  },
  {
    id: "newsletter",
    label: "Newsletter",
    description: "A short newsletter with a key message, a fact and resources.",
  },
] as const;

export type StarterId = (typeof STARTERS)[number]["id"];

export function isStarterId(value: unknown): value is StarterId {
  return STARTERS.some((starter) => starter.id === value);
}

function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * 86_400_000);
}

/** The plain data of a new campaign file (what the YAML will hold). */
export function starterCampaign(
  starter: StarterId,
  id: string,
  title: string,
  now = new Date(),
): Record<string, unknown> {
  const base = {
    id,
    title,
    status: "draft",
    locales: ["en"],
    dates: { start: isoDate(addDays(now, 14)) },
    partners: [],
  };
  switch (starter) {
    case "awareness-week":
      return {
        ...base,
        summary: "A week of short messages that treat burnout as a problem of the work, not of the worker.",
        goal: "awareness",
        audiences: ["clinicians"],
        keyMessages: ["burnout-is-a-system-problem", "fix-the-work-not-the-worker"],
        callsToAction: [
          {
            id: "learn-more",
            label: "See what your team can change",
            url: "https://chorus-collaborative.org/act",
          },
        ],
        materials: [
          {
            id: "awareness-email",
            kind: "email",
            template: "awareness",
            title: "Awareness week email",
            audience: "clinicians",
            locale: "en",
            subject: "Burnout is a system problem",
            preheader: "This week, we look at the work, not the worker.",
            blocks: [
              { type: "heading", text: "It is the work, not you" },
              {
                type: "paragraph",
                text: "This week we talk about burnout. We want to fix the causes in how care is run.",
              },
              { type: "key-message", ref: "burnout-is-a-system-problem" },
              { type: "call-to-action", cta: "learn-more" },
              { type: "resource-list", heading: "Support from peers", resources: ["physician-support-line"] },
            ],
          },
        ],
      };
    case "policy-action":
      return {
        ...base,
        summary: "Asks licensing boards and hospitals to ask only about current impairment.",
        goal: "policy-action",
        audiences: ["clinicians", "leaders"],
        keyMessages: ["ask-only-about-current-impairment", "getting-care-is-good-practice"],
        callsToAction: [
          {
            id: "take-action",
            label: "Ask your board to change the question",
            url: "https://chorus-collaborative.org/act",
          },
        ],
        materials: [
          {
            id: "call-to-action-email",
            kind: "email",
            template: "call-to-action",
            title: "Call to action email",
            audience: "clinicians",
            locale: "en",
            subject: "Ask your board to change one question",
            preheader: "Getting care should never put a license at risk.",
            blocks: [
              {
                type: "paragraph",
                text: "Some forms still ask about any past mental health care. That keeps people from care.",
              },
              { type: "key-message", ref: "ask-only-about-current-impairment" },
              { type: "call-to-action", cta: "take-action" },
              {
                type: "resource-list",
                heading: "Tools for the change",
                resources: ["lorna-breen-remove-barriers"],
              },
            ],
          },
        ],
      };
    case "event": {
      const start = addDays(now, 30);
      start.setUTCHours(17, 0, 0, 0);
      const end = new Date(start.getTime() + 3_600_000);
      const stamp = (date: Date) => date.toISOString().replace(/\.\d{3}Z$/, "Z");
      return {
        ...base,
        summary: "Invites leaders to a one-hour online session on making care safe to seek.",
        goal: "event",
        audiences: ["leaders"],
        keyMessages: ["leaders-shape-the-conditions"],
        callsToAction: [
          { id: "register", label: "Save your seat", url: "https://chorus-collaborative.org/events" },
        ],
        materials: [
          {
            id: "invitation-email",
            kind: "email",
            template: "event-invitation",
            title: "Event invitation",
            audience: "leaders",
            locale: "en",
            subject: "Join us: a one-hour session for leaders",
            preheader: "A short online session with peers from other hospitals.",
            blocks: [
              {
                type: "paragraph",
                text: "Join peers for one hour. You will leave with a plan for your team.",
              },
              {
                type: "event",
                name: "Safe to Seek Care",
                start: stamp(start),
                end: stamp(end),
                timeZone: "America/New_York",
                location: "Online, with live captions",
                url: "https://chorus-collaborative.org/events",
              },
              { type: "key-message", ref: "leaders-shape-the-conditions" },
              { type: "call-to-action", cta: "register" },
            ],
          },
        ],
      };
    }
    case "newsletter":
      return {
        ...base,
        summary: "A monthly note with one key message, one fact and where to find support.",
        goal: "stigma-reduction",
        audiences: ["clinicians"],
        keyMessages: ["getting-care-is-good-practice"],
        callsToAction: [],
        materials: [
          {
            id: "newsletter-email",
            kind: "email",
            template: "newsletter",
            title: "Monthly newsletter",
            audience: "clinicians",
            locale: "en",
            subject: "This month: getting care is good practice",
            preheader: "One message, one fact and where to find support.",
            blocks: [
              { type: "heading", text: "Why asking early matters" },
              {
                type: "paragraph",
                text: "Everyone needs care at times. Asking for it early is a sign of good judgment.",
              },
              { type: "key-message", ref: "getting-care-is-good-practice" },
              {
                type: "stat",
                fact: "licensure-reluctance",
                lead: "Fear for a license still keeps many doctors from care.",
              },
              {
                type: "resource-list",
                heading: "Where to find support",
                resources: ["physician-support-line"],
              },
            ],
          },
        ],
      };
  }
}
