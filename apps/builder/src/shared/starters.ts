/**
 * Starting points for a new campaign. Each one is a complete, valid campaign that passes the
 * language checks from the first second (test/starters.test.ts holds this), built only from approved
 * library items, so a communicator starts from something correct and changes it.
 *
 * Two kinds: moments in the year that partners campaign on (their dates are the next time the moment
 * comes round), and campaigns for any time of year (they start two weeks out).
 */

export const STARTER_IDS = [
  "suicide-prevention-month",
  "988-day",
  "nurses-week",
  "doctors-day",
  "match-day",
  "awareness-week",
  "policy-action",
  "event",
  "newsletter",
] as const;

export type StarterId = (typeof STARTER_IDS)[number];

/** A moment in the year: a starter whose campaign runs on the moment's next dates. */
export type MomentStarterId = Extract<
  StarterId,
  "suicide-prevention-month" | "988-day" | "nurses-week" | "doctors-day" | "match-day"
>;

export interface Starter {
  id: StarterId;
  /** What the communicator picks: the campaign kind, or the moment's own name. */
  label: string;
  /** One line: when the moment falls (for a moment) and what the campaign does. */
  description: string;
  /** Who its materials are written for, in words. */
  audience: string;
  /** `moment`: tied to dates in the year; `any-time`: starts two weeks after it is created. */
  group: "moment" | "any-time";
}

/** Plain data (the API sends it to the browser as JSON). Moments first, in calendar order. */
export const STARTERS: readonly Starter[] = [
  {
    id: "match-day",
    label: "Match Day and residency start",
    description: "Third Friday of March to July 1: support for students on Match Day and for new residents.",
    audience: "Trainees",
    group: "moment",
  },
  {
    id: "doctors-day",
    label: "National Doctors' Day",
    description: "March 30: thanks physicians and says getting care is part of good practice.",
    audience: "Physicians",
    group: "moment",
  },
  {
    id: "nurses-week",
    label: "Nurses Week",
    description: "May 6 to 12: thanks nurses, and asks leaders for changes to the work that last.",
    audience: "Nurses and nurse leaders",
    group: "moment",
  },
  {
    id: "suicide-prevention-month",
    label: "Suicide Prevention Awareness Month",
    description: "September: where every clinician can turn for support, with 988.",
    audience: "All clinicians",
    group: "moment",
  },
  {
    id: "988-day",
    label: "988 Day",
    description: "September 8 (9/8): save and share 988, the Suicide & Crisis Lifeline.",
    audience: "All clinicians",
    group: "moment",
  },
  {
    id: "awareness-week",
    label: "Awareness week",
    description: "A week of messages that names burnout as a system problem.",
    audience: "Clinicians",
    group: "any-time",
  },
  {
    id: "policy-action",
    label: "Policy action",
    description: "Asks boards and hospitals to change one thing, with a clear call to action.",
    audience: "Clinicians and leaders",
    group: "any-time",
  },
  {
    id: "event",
    label: "Event",
    description: "An invitation to a webinar or meeting, with date, time and a sign-up link.",
    audience: "Leaders",
    group: "any-time",
  },
  {
    id: "newsletter",
    label: "Newsletter",
    description: "A short newsletter with a key message, a fact and resources.",
    audience: "Clinicians",
    group: "any-time",
  },
];

export function isStarterId(value: unknown): value is StarterId {
  return STARTER_IDS.some((id) => id === value);
}

export function isMomentStarter(id: StarterId): id is MomentStarterId {
  return Object.hasOwn(MOMENTS, id);
}

function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * 86_400_000);
}

const pad = (n: number) => String(n).padStart(2, "0");
const ymd = (year: number, month: number, day: number) => `${year}-${pad(month)}-${pad(day)}`;

/** Match Day (the NRMP's main residency match): the third Friday of March. */
export function matchDay(year: number): string {
  const weekday = new Date(Date.UTC(year, 2, 1)).getUTCDay();
  const firstFriday = 1 + ((5 - weekday + 7) % 7);
  return ymd(year, 3, firstFriday + 14);
}

/** Each moment's days in a given year (UTC calendar days) and the observance it names. */
const MOMENTS: Record<MomentStarterId, { observance: string; days: (year: number) => [string, string] }> = {
  "suicide-prevention-month": {
    observance: "Suicide Prevention Awareness Month",
    days: (year) => [ymd(year, 9, 1), ymd(year, 9, 30)],
  },
  "988-day": { observance: "988 Day", days: (year) => [ymd(year, 9, 8), ymd(year, 9, 8)] },
  "nurses-week": { observance: "Nurses Week", days: (year) => [ymd(year, 5, 6), ymd(year, 5, 12)] },
  "doctors-day": {
    observance: "National Doctors' Day",
    days: (year) => [ymd(year, 3, 30), ymd(year, 3, 30)],
  },
  "match-day": {
    observance: "Match Day and the start of residency",
    days: (year) => [matchDay(year), ymd(year, 7, 1)],
  },
};

export interface StarterDates {
  start: string;
  end?: string;
  observance?: string;
}

/**
 * The dates a new campaign from `starter` gets. A moment: its next occurrence that starts after today
 * (UTC), so a campaign made on the day itself, or during a month-long moment, is for next year's (there
 * is no time left to review it). Any other starter: two weeks from today, open-ended.
 */
export function starterDates(starter: StarterId, now = new Date()): StarterDates {
  if (!isMomentStarter(starter)) return { start: isoDate(addDays(now, 14)) };
  const moment = MOMENTS[starter];
  const today = isoDate(now);
  const year = now.getUTCFullYear();
  // Every moment falls before the year's end, so next year's is always after today.
  const [start, end] = [year, year + 1].map(moment.days).find(([first]) => first > today)!;
  return { start, end, observance: moment.observance };
}

const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];
const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

/** "Tuesday, March 30, 2027"; "May 6 to 12, 2027"; "March 19 to July 1, 2027" (moments never cross a year). */
export function describeDates({ start, end }: Pick<StarterDates, "start" | "end">): string {
  const [year, month, day] = start.split("-").map(Number) as [number, number, number];
  if (!end || end === start) {
    const weekday = WEEKDAYS[new Date(Date.UTC(year, month - 1, day)).getUTCDay()];
    return `${weekday}, ${MONTHS[month - 1]} ${day}, ${year}`;
  }
  const [endYear, endMonth, endDay] = end.split("-").map(Number) as [number, number, number];
  const to = endMonth === month ? `${endDay}` : `${MONTHS[endMonth - 1]} ${endDay}`;
  return endYear === year
    ? `${MONTHS[month - 1]} ${day} to ${to}, ${year}`
    : `${MONTHS[month - 1]} ${day}, ${year} to ${to}, ${endYear}`;
}

export interface StarterGroup {
  id: Starter["group"];
  title: string;
  hint: string;
  starters: Array<Starter & { dates?: StarterDates }>;
}

/**
 * The starters as the new-campaign form lists them: moments first, soonest first with their next dates,
 * then the starters for any time of year in their usual order.
 */
export function starterGroups(now = new Date()): StarterGroup[] {
  const moments = STARTERS.filter((starter) => starter.group === "moment")
    .map((starter) => ({ ...starter, dates: starterDates(starter.id, now) }))
    .sort((a, b) => a.dates.start.localeCompare(b.dates.start));
  return [
    {
      id: "moment",
      title: "Moments in the year",
      hint: "Soonest first. The campaign gets the moment's next dates.",
      starters: moments,
    },
    {
      id: "any-time",
      title: "Any time of year",
      hint: "The campaign starts two weeks from today. Change the dates to fit.",
      starters: STARTERS.filter((starter) => starter.group === "any-time"),
    },
  ];
}

const SUPPORT_URL = "https://chorus-collaborative.org/support";

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
    dates: starterDates(starter, now),
    partners: [],
  };
  switch (starter) {
    case "suicide-prevention-month":
      return {
        ...base,
        summary:
          "For September: makes sure every clinician knows where to turn, any hour, and how to check on a colleague. Frames reaching out as normal and wise, and asks systems to make care safe to seek. Lists 988 wherever suicide is mentioned; no method or place details.",
        goal: "awareness",
        audiences: ["clinicians"],
        keyMessages: ["support-any-hour", "you-are-not-alone", "confidential-care-without-career-risk"],
        callsToAction: [
          { id: "save-the-numbers", label: "Save these support numbers in your phone", url: SUPPORT_URL },
        ],
        materials: [
          {
            id: "suicide-prevention-month-email",
            kind: "email",
            template: "awareness",
            title: "Suicide Prevention Awareness Month email",
            audience: "clinicians",
            locale: "en",
            subject: "Support is there for you, at any hour",
            preheader: "This September, save the numbers and check in on each other.",
            blocks: [
              { type: "heading", text: "Needing support is human" },
              {
                type: "paragraph",
                text: "September is Suicide Prevention Awareness Month. Caring for others is hard work. Anyone can reach a point where it is too much.",
              },
              { type: "key-message", ref: "support-any-hour" },
              {
                type: "resource-list",
                heading: "Free, confidential support",
                resources: ["988", "crisis-text-line"],
              },
              { type: "heading", text: "Check in on a colleague" },
              {
                type: "paragraph",
                text: "If a colleague seems not like themselves, find a quiet moment and ask how they are. Then listen. You can ask about suicide in plain words. Asking shows you care, and it does not plant the idea.",
              },
              { type: "key-message", ref: "you-are-not-alone" },
              {
                type: "stat",
                fact: "licensure-reluctance",
                lead: "Fear for a license keeps many doctors from care. That fear comes from forms and rules we can change.",
              },
              { type: "key-message", ref: "confidential-care-without-career-risk" },
              { type: "call-to-action", cta: "save-the-numbers" },
            ],
          },
          {
            id: "suicide-prevention-month-post",
            kind: "social-post",
            title: "Suicide Prevention Awareness Month post",
            audience: "clinicians",
            locale: "en",
            platform: "linkedin",
            text: "September is Suicide Prevention Awareness Month. Caring for others is hard, and needing support is human. If you or a colleague is struggling, call or text 988 at any hour. It is free and confidential. Save the number today.",
            link: SUPPORT_URL,
          },
        ],
      };
    case "988-day":
      return {
        ...base,
        summary:
          "For September 8 (9/8): asks every clinician to save 988 and share it with their team, for themselves and for anyone they worry about. Lists 988 wherever crisis or suicide is mentioned.",
        goal: "awareness",
        audiences: ["clinicians"],
        keyMessages: ["support-any-hour", "getting-care-is-good-practice"],
        callsToAction: [{ id: "save-988", label: "Save 988 and other support numbers", url: SUPPORT_URL }],
        materials: [
          {
            id: "988-day-email",
            kind: "email",
            template: "awareness",
            title: "988 Day email",
            audience: "clinicians",
            locale: "en",
            subject: "Today is 988 Day: save the number",
            preheader: "Call, text or chat 988 at any hour. It is free and confidential.",
            blocks: [
              { type: "heading", text: "A number worth saving" },
              {
                type: "paragraph",
                text: "September 8 is 988 Day, named for its date, 9/8. The 988 Suicide & Crisis Lifeline answers calls, texts and chats at any hour.",
              },
              { type: "key-message", ref: "support-any-hour" },
              { type: "resource-list", heading: "Save this number", resources: ["988"] },
              {
                type: "paragraph",
                text: "You can call for yourself or for someone you are worried about. Save 988 in your phone today, and share it with your team.",
              },
              { type: "key-message", ref: "getting-care-is-good-practice" },
              { type: "call-to-action", cta: "save-988" },
            ],
          },
          {
            id: "988-day-post",
            kind: "social-post",
            title: "988 Day post",
            audience: "clinicians",
            locale: "en",
            platform: "bluesky",
            text: "September 8 is 988 Day. If you or someone you know is in crisis, call, text or chat 988 at any hour. It is free and confidential. Save it in your phone today.",
            link: SUPPORT_URL,
          },
        ],
      };
    case "nurses-week":
      return {
        ...base,
        summary:
          "For Nurses Week (May 6 to 12): thanks nurses, names burnout as a problem of how the work is set up, and asks nurse leaders for changes that last: staffing, time to recover and peer support.",
        goal: "awareness",
        audiences: ["nurses", "leaders"],
        keyMessages: [
          "burnout-is-a-system-problem",
          "peers-understand",
          "leaders-shape-the-conditions",
          "fix-the-work-not-the-worker",
        ],
        callsToAction: [
          {
            id: "bring-peer-support",
            label: "Bring peer support to your unit",
            url: "https://chorus-collaborative.org/peer-support",
          },
          {
            id: "leader-actions",
            label: "See what leaders can change this quarter",
            url: "https://chorus-collaborative.org/leaders/this-quarter",
          },
        ],
        materials: [
          {
            id: "nurses-week-email",
            kind: "email",
            template: "awareness",
            title: "Nurses Week email for nurses",
            audience: "nurses",
            locale: "en",
            subject: "This Nurses Week, thank you, and more than thanks",
            preheader: "A thank-you matters. So do safe staffing and time to recover.",
            blocks: [
              { type: "heading", text: "Thank you for the care you give" },
              {
                type: "paragraph",
                text: "This week we honor the nurses who hold care together. A thank-you matters, but it does not fix a short-staffed shift.",
              },
              { type: "key-message", ref: "burnout-is-a-system-problem" },
              {
                type: "stat",
                fact: "clinician-burnout-nam",
                lead: "Burnout was common among nurses and doctors even before the pandemic.",
              },
              {
                type: "paragraph",
                text: "We are asking leaders for safe staffing, time to recover and fewer tasks that add nothing to care.",
              },
              { type: "key-message", ref: "peers-understand" },
              { type: "call-to-action", cta: "bring-peer-support" },
              {
                type: "resource-list",
                heading: "Training and support for nurses",
                resources: ["nurse-well-being-program", "988"],
              },
            ],
          },
          {
            id: "nurses-week-post",
            kind: "social-post",
            title: "Nurses Week post",
            audience: "nurses",
            locale: "en",
            platform: "facebook",
            text: "Happy Nurses Week. Thank you for the care you give every day. The best thanks is better work: safe staffing, time to recover and peers who understand.",
            link: "https://chorus-collaborative.org/peer-support",
          },
          {
            id: "nurses-week-leaders-email",
            kind: "email",
            template: "call-to-action",
            title: "Nurses Week email for leaders",
            audience: "leaders",
            locale: "en",
            subject: "Nurses Week: thank nurses with changes that last",
            preheader: "Staffing, schedules and peer support say thank you all year.",
            blocks: [
              {
                type: "paragraph",
                text: "Nurses Week is a good time to say thank you. The thanks that lasts is a change in how the work is set up.",
              },
              { type: "key-message", ref: "leaders-shape-the-conditions" },
              {
                type: "stat",
                fact: "health-worker-intent-to-leave-2022",
                lead: "Many health workers planned to look for a new job.",
              },
              {
                type: "paragraph",
                text: "Pick one change for this quarter. Ask your nurses which tasks add the least to care, then remove them.",
              },
              { type: "key-message", ref: "fix-the-work-not-the-worker" },
              { type: "call-to-action", cta: "leader-actions" },
              {
                type: "resource-list",
                heading: "Tools for leaders",
                resources: ["niosh-impact-wellbeing", "nurse-well-being-program"],
              },
            ],
          },
        ],
      };
    case "doctors-day":
      return {
        ...base,
        summary:
          "For National Doctors' Day (March 30): thanks physicians, says plainly that getting care is part of good practice, and asks boards to ask only about current impairment.",
        goal: "stigma-reduction",
        audiences: ["physicians"],
        keyMessages: [
          "getting-care-is-good-practice",
          "confidential-care-without-career-risk",
          "ask-only-about-current-impairment",
        ],
        callsToAction: [
          {
            id: "ask-your-board",
            label: "Ask your board to change the question",
            url: "https://chorus-collaborative.org/act",
          },
        ],
        materials: [
          {
            id: "doctors-day-email",
            kind: "email",
            template: "awareness",
            title: "Doctors' Day email",
            audience: "physicians",
            locale: "en",
            subject: "Happy Doctors' Day: your care matters too",
            preheader: "Thank you for your work. Getting care is part of good practice.",
            blocks: [
              { type: "heading", text: "Thank you for the care you give" },
              {
                type: "paragraph",
                text: "March 30 is National Doctors' Day. We thank you for your skill and your care. We also want to say it plainly: doctors need care too.",
              },
              { type: "key-message", ref: "getting-care-is-good-practice" },
              {
                type: "stat",
                fact: "physician-burnout-2023",
                lead: "Burnout is still common among physicians. Its causes lie in how the work is set up.",
              },
              { type: "key-message", ref: "confidential-care-without-career-risk" },
              {
                type: "paragraph",
                text: "Some license and credential forms still ask about any past mental health care. That keeps many doctors from getting help.",
              },
              { type: "key-message", ref: "ask-only-about-current-impairment" },
              { type: "call-to-action", cta: "ask-your-board" },
              {
                type: "resource-list",
                heading: "Free, confidential support",
                resources: ["physician-support-line", "988"],
              },
            ],
          },
          {
            id: "doctors-day-post",
            kind: "social-post",
            title: "Doctors' Day post",
            audience: "physicians",
            locale: "en",
            platform: "linkedin",
            text: "Happy National Doctors' Day. Getting care is part of good practice, and it should never put a license at risk. In a 2014 national survey, nearly 2 in 5 US physicians said worry about their license would make them reluctant to get mental health care.",
            link: "https://chorus-collaborative.org/act",
            facts: ["licensure-reluctance"],
          },
        ],
      };
    case "match-day":
      return {
        ...base,
        summary:
          "From Match Day (the third Friday of March) to the start of residency (July 1): tells students and new residents where to turn, and asks programs for care trainees can reach on their schedule. Lists 988 wherever crisis is mentioned.",
        goal: "stigma-reduction",
        audiences: ["trainees"],
        keyMessages: [
          "you-are-not-alone",
          "getting-care-is-good-practice",
          "trainees-need-safe-paths-to-care",
          "peers-understand",
        ],
        callsToAction: [
          { id: "save-the-numbers", label: "Save these support numbers in your phone", url: SUPPORT_URL },
        ],
        materials: [
          {
            id: "match-day-email",
            kind: "email",
            template: "awareness",
            title: "Match Day email",
            audience: "trainees",
            locale: "en",
            subject: "Match Day: whatever your news, you are not alone",
            preheader: "Joy, relief or hard news: support is there for every student.",
            blocks: [
              { type: "heading", text: "A big day, and a lot of feelings" },
              {
                type: "paragraph",
                text: "Match Day brings joy for many students and hard news for some. Every feeling that comes with it is normal. No single day decides your whole career.",
              },
              { type: "key-message", ref: "you-are-not-alone" },
              {
                type: "paragraph",
                text: "If today is hard, talk with someone you trust. If you are in crisis, call or text 988 at any hour.",
              },
              {
                type: "stat",
                fact: "medical-student-help-seeking",
                lead: "Many students who need care do not get it. Schools can make care easier to reach.",
              },
              { type: "key-message", ref: "getting-care-is-good-practice" },
              {
                type: "resource-list",
                heading: "Free, confidential support",
                resources: ["988", "physician-support-line"],
              },
              { type: "call-to-action", cta: "save-the-numbers" },
            ],
          },
          {
            id: "residency-start-email",
            kind: "email",
            template: "awareness",
            title: "Residency start email",
            audience: "trainees",
            locale: "en",
            subject: "Welcome to residency: support starts on day one",
            preheader: "Know where to turn before your first shift.",
            blocks: [
              { type: "heading", text: "Welcome to residency" },
              {
                type: "paragraph",
                text: "Residency is hard work, and the way it is run should not make it harder. You should be able to get care on your schedule.",
              },
              { type: "key-message", ref: "trainees-need-safe-paths-to-care" },
              {
                type: "stat",
                fact: "trainee-burnout-nam",
                lead: "Burnout is common in training. It reflects how training is set up, not a flaw in you.",
              },
              { type: "key-message", ref: "peers-understand" },
              {
                type: "paragraph",
                text: "Save these numbers before your first shift, and share them with your co-residents.",
              },
              {
                type: "resource-list",
                heading: "Free, confidential support",
                resources: ["physician-support-line", "988"],
              },
              { type: "call-to-action", cta: "save-the-numbers" },
            ],
          },
          {
            id: "match-day-post",
            kind: "social-post",
            title: "Match Day post",
            audience: "trainees",
            locale: "en",
            platform: "x",
            text: "Match Day brings joy for many and hard news for some. Whatever your news, you are not alone. Talk with someone you trust. In a crisis, call or text 988 at any hour.",
            link: SUPPORT_URL,
          },
        ],
      };
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
