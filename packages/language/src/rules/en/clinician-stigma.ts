import { defineRules } from "../define.js";
import { SOURCES } from "../sources.js";
import { BURNOUT_NAMED } from "./classes.js";

/** Explanations and suggestions that several rules below give, written once. */
const CARE_IS_GOOD_PRACTICE = "seeking care is part of being a good clinician";
const CARE_IS_CONFIDENTIAL = "seeking care is confidential and protected";
const CLINICIANS_ARE_HUMAN = "clinicians are human and need support too";
const SUPPORT_IS_PART_OF_THE_WORK = "needing support is part of doing hard work";

/** Words that show a sentence is about a clinician's mental health care. */
const CARE = [
  "@helpseeking",
  "shrink",
  "zoloft",
  "prozac",
  "lexapro",
  "rehab",
  "program",
  "panic",
  "counselor",
];
/** A claim reported in order to be refuted: "the myth that…", "…is simply wrong", "the evidence says otherwise". */
const HEDGES = ["@hedge", "@aux simply|just|plainly|completely|dead? wrong"];
/** Seeking help, as words and phrases ("leave" alone is also the verb). */
const HELP_SEEKING = [
  "@helpseeking",
  "time off",
  "day|days off",
  "ask~ for",
  "reach~ out",
  "talk~ to",
  "talk~ about @poss? @feelings",
  "medical|sick|mental|stress|family|disability leave",
  "leave of absence",
  "on|take~|took leave",
  "leave request|requests",
  "request~|requesting|requested @det? leave",
];

/**
 * When the past is held up as the standard ("Back in my day…"), what to say instead, and what reconsiders it
 * ("…and we lost good people").
 */
const THE_PAST = ["in my|our day|days|time|era", "back in the day", "back then"];
const PAST_SUGGESTION = "the work is harder to sustain than it looks, and support is part of doing it well";
const PAST_RECONSIDERED = [
  ...HEDGES,
  "@fear",
  "lucky",
  "wish",
  "wished",
  "should have",
  "lost",
  "cost",
  "paid",
  "price",
];

const CLINICIANS =
  "physician|physicians|doctor|doctors|nurse|nurses|clinician|clinicians|provider|providers|practitioner|practitioners|resident|residents|surgeon|surgeons|pharmacist|pharmacists|colleague|colleagues|trainee|trainees";
const WEAKNESS =
  "Framing help-seeking as weakness is the main reason clinicians do not seek care; it keeps colleagues silent until a crisis.";

/** Help-seeking framed as the end of a career. */
const CAREER_HARM =
  "Framing help-seeking as career-ending is what keeps clinicians from care; in most places seeking treatment does not cost a licence, and licensure questions are changing.";

/** Why advice to hide care harms, and what to say instead. */
const HIDE_CARE_ADVICE = {
  explanation:
    "Advising clinicians to hide mental health care from boards, employers or records tells them that care is dangerous to their careers, the fear that keeps them from seeking it; the answer is licensing and credentialing questions that ask only about current impairment.",
  suggestions: [
    "confidential support is available, and many boards no longer ask about past care",
    "ask your program or board which questions apply; seeking care is not an impairment",
  ],
  source: SOURCES.lornaBreen,
};

/**
 * Advice to hide care, said as advice or as an order: its reason and suggestions, and where it points (the
 * care, the place it would be hidden from, and no refutation).
 */
const HIDE_CARE = {
  ...HIDE_CARE_ADVICE,
  // The advice is the whole sentence ("Pay cash, use your maiden name, and never mention it on the form").
  report: "sentence" as const,
  requireInSentence: [...CARE, "seeing someone", "see someone", "see somebody"],
  requireAlsoInSentence: [
    "board~",
    "credential~",
    "credentialing",
    "licens~",
    "renewal",
    "pd",
    "director~",
    "hr",
    "employer~",
    "insurance",
    "insurer~",
    "chart",
    "record~",
    "form~",
    "file~",
    "hospital",
    "boss",
    "attending~",
    "chief",
    "anyone",
    "nobody",
    "work",
    "job",
    "application~",
    "fellowship",
    "residency",
    "program",
    "faculty",
    "dean",
    "school",
    "supervisor~",
    "manager~",
    "preceptor~",
    "interview~",
    "mentor~",
    "tutor~",
    "question~",
    "questionnaire~",
    // Round 21: "Keep therapy off the books".
    "books",
    // Round 20 (from the spent blind set 24): agencies and unions ("Don't tell the agency you're seeing a
    // psychiatrist or you'll never get another contract"; "management gets a list of names").
    "agency",
    "agencies",
    "contract~",
    "recruiter~",
    "privileg~",
    "management",
  ],
  unlessInSentence: [
    "confidential",
    "confidentially",
    "protected",
    "hipaa",
    "law",
    "legally",
    "rights",
    "reform",
    "myth",
    "@hedge",
    // Round 20: what clinicians do and why, reported ("Some clinicians pay cash for therapy because they fear
    // licensing questions").
    "because they|many|clinicians|doctors|nurses fear~|feared|worry|worried|dread~",
    "rewritten",
  ],
};

export const clinicianStigmaRules = defineRules([
  {
    id: "clinician-stigma/impaired-clinician",
    category: "clinician-stigma",
    severity: "error",
    patterns: [`impaired ${CLINICIANS}`, "impaired practitioner|physician program|programs"],
    explanation:
      '"Impaired" labels the person, not their current ability to practise; it equates having a health condition with being unsafe.',
    suggestions: [
      "physician with a health condition",
      "clinician who may need support",
      "physician health program",
    ],
    source: SOURCES.fsmb,
  },
  {
    id: "clinician-stigma/sign-of-weakness",
    category: "clinician-stigma",
    severity: "error",
    patterns: ["sign|mark|admission of weakness|failure", "is|are|as|seem~|look~ weak", "for the weak"],
    explanation: WEAKNESS,
    suggestions: ["asking for help is a sign of strength", CARE_IS_GOOD_PRACTICE],
    source: SOURCES.lornaBreen,
    requireInSentence: [
      "help",
      "care",
      "support",
      "therapy",
      "treatment",
      "counseling",
      "counselling",
      "asking",
      "seeking",
      "talking",
      "reaching",
      "struggling",
    ],
    unlessInSentence: [
      "not",
      "isn't",
      "aren't",
      "never",
      "evidence",
      "signal",
      "association",
      "correlation",
      "argument",
      "data",
      "study",
    ],
  },
  {
    id: "clinician-stigma/weak-people",
    category: "clinician-stigma",
    severity: "error",
    patterns: [
      `weak ${CLINICIANS}|people|ones|person`,
      "@weak @clinician",
      "too weak to",
      "weak minded|willed",
      "weak|soft for seeking|seeing|needing|asking|getting|going|taking|wanting|talking",
    ],
    explanation: WEAKNESS,
    suggestions: ["colleagues who are struggling", "clinicians under strain"],
    source: SOURCES.lornaBreen,
    // "No one should be made to feel weak for needing therapy" says the opposite.
    unlessNegated: true,
  },
  {
    id: "clinician-stigma/toughen-up",
    category: "clinician-stigma",
    severity: "error",
    patterns: [
      "toughen~ up",
      "tough~ it out",
      "suck~ it up",
      "man~ up",
      "push~ through it|the pain",
      "grin and bear it",
      "stop complaining|whining",
      "get over it",
      "harden up",
      "grow a thicker skin",
      "grow~|growing thicker skin",
      "grow~|develop~|need~ @det? thicker|thick skin",
      "walk~ it off",
      "stop being so? soft|sensitive|dramatic",
      "pull @refl together",
      "deal with it",
      "quit|stop whining|complaining|crying",
    ],
    explanation: WEAKNESS,
    suggestions: ["it is okay to ask for help", "take the time you need to get support"],
    source: SOURCES.lornaBreen,
    // Said about someone's burnout, it is burnout-framing/toughen-up's.
    unlessInSentence: BURNOUT_NAMED,
    unlessInTopic: true,
  },
  {
    id: "clinician-stigma/cant-handle",
    category: "clinician-stigma",
    severity: "error",
    patterns: [
      "can't|cannot|couldn't|unable handle|take|hack the|their|his|her|its pressure|pressures|stress|job|heat|demands|work|workload|hours|shifts|pace|grind",
      "can|could|unable not|to handle|take|hack the|their|his|her|its pressure|pressures|stress|job|heat|demands|work|workload|hours|shifts|pace|grind",
      "can't|cannot|couldn't cope with the|their|his|her pressure|pressures|stress|job|demands|work",
      "not cut out for medicine|nursing|this|residency|surgery",
      "not cut out for the job|work",
    ],
    explanation: WEAKNESS,
    suggestions: ["is carrying an unsustainable load", "needs more support"],
    source: SOURCES.lornaBreen,
    unlessInSentence: [
      "system",
      "systems",
      "staffing",
      "schedule",
      "schedules",
      "software",
      "server",
      "servers",
      "network",
    ],
  },
  {
    // Round 20 (from the spent blind set 24): asking for care read as a forecast of collapse ("Med students who
    // ask for anxiety accommodations are telling us who'll fold under pressure").
    id: "clinician-stigma/fold-under-pressure",
    category: "clinician-stigma",
    severity: "error",
    patterns: [
      "who'll|who|will|would|going|gonna|first|to fold|crack|buckle|crumble|wilt under",
      "who'll|who|will|would|going|gonna|first|to fold|crack|buckle|crumble|wilt when it counts|matters",
      // Round 21 (from the spent blind set 28): "Nurses who crack under pressure".
      "crack~|cracking|cracked under pressure|the pressure|stress",
    ],
    explanation: WEAKNESS,
    suggestions: ["asking for support is what keeps people steady under pressure"],
    source: SOURCES.lornaBreen,
    requireInSentence: HELP_SEEKING,
    unlessInSentence: [...HEDGES, "anyone", "anybody", "everyone", "even", "@fear", "helps|helped"],
    unlessNegated: true,
  },
  {
    // Round 20 (from the spent blind set 24 and training set 19a): the past as the standard, "Back in my day we
    // worked 36 hours and nobody needed a wellness day", "never once talked to a counselor, and I turned out fine".
    id: "clinician-stigma/back-in-my-day",
    category: "clinician-stigma",
    severity: "error",
    report: "sentence",
    patterns: [
      "nobody|none|noone needed~|took|had|got|went|saw|asked|used|cried|complained",
      "no one needed~|took|had|got|went|saw|asked|used|cried|complained",
      "and|but i|we turned out just? fine|okay|ok|alright",
      "i|we turned out fine|okay|ok|alright without",
    ],
    explanation: WEAKNESS,
    suggestions: [PAST_SUGGESTION],
    source: SOURCES.lornaBreen,
    requireInSentence: [...THE_PAST, "@neg once|ever", "years on|in the|this|my|our"],
    requireAlsoInSentence: [...HELP_SEEKING, "wellness", "debrief~", "@helpseeking"],
    unlessInSentence: PAST_RECONSIDERED,
    unlessNegated: true,
  },
  {
    // Round 20 (from training set 19a): care mocked or called coddling ("lol imagine needing a therapist to
    // survive a 12", "The attending who sends residents to the wellness office is coddling them").
    id: "clinician-stigma/care-mocked",
    category: "clinician-stigma",
    severity: "error",
    patterns: [
      "imagine needing|seeing|calling|having|going",
      "coddle~|coddling|coddled|babying|babied",
      "hand holding|handholding",
      // Round 21 (from the spent blind set 28): "Therapy? What's next, a participation trophy for finishing your shift?"
      "participation trophy|trophies",
    ],
    explanation: WEAKNESS,
    suggestions: ["support is part of doing hard work well"],
    source: SOURCES.lornaBreen,
    requireInSentence: HELP_SEEKING,
    unlessInSentence: [...HEDGES, "@fear", "patient~"],
    unlessNegated: true,
  },
  {
    id: "clinician-stigma/admit-problem",
    category: "clinician-stigma",
    severity: "warning",
    patterns: [
      "admit~ that? they|he|she|you|i|we have|has|had a problem|problems",
      "admit~ to having a problem|weakness",
      "admit~ they|he|she|you|i|we need|needed|needs help",
      "confess~ to needing help",
    ],
    explanation:
      '"Admit" casts seeking care as a confession of wrongdoing; it reinforces the shame that keeps clinicians from help.',
    suggestions: ["recognise they need support", "reach out for support"],
    source: SOURCES.lornaBreen,
  },
  {
    id: "clinician-stigma/unfit-to-practice",
    category: "clinician-stigma",
    severity: "warning",
    patterns: [
      "unfit|unsafe to practice|practise because|due of|to mental? health|depression|anxiety|treatment|therapy",
    ],
    explanation:
      "Equating treatment with being unsafe to practise is what licensure reform removes; current impairment, not history of care, is what matters.",
    suggestions: ["currently impaired by a condition that affects practice"],
    source: SOURCES.lornaBreen,
  },
  {
    id: "clinician-stigma/ever-been-treated",
    category: "clinician-stigma",
    severity: "error",
    patterns: [
      "have|has you ever been treated|diagnosed for|with a? mental? illness|health|condition",
      // Round 21 (from the spent blind set 27): "Have you EVER been treated for a mental or emotional condition?"
      "have|has you ever been treated|diagnosed|hospitalized for|with any|a|an? mental|emotional|psychiatric|nervous|behavioral",
    ],
    explanation:
      "Questions about any past treatment deter clinicians from care; FSMB recommends asking only about current impairment.",
    suggestions: [
      "Are you currently suffering from any condition that impairs your judgment or ability to practise safely?",
    ],
    source: SOURCES.fsmb,
  },
  {
    id: "clinician-stigma/problem-doctor",
    category: "clinician-stigma",
    severity: "warning",
    patterns: [`problem|disruptive|troubled|broken|damaged ${CLINICIANS}`],
    explanation: "Labels such as troubled or broken define colleagues by their distress.",
    suggestions: ["colleague who is struggling", "clinician in distress"],
    source: SOURCES.lornaBreen,
  },
  {
    id: "clinician-stigma/superhero",
    category: "clinician-stigma",
    severity: "suggestion",
    patterns: [
      `superhero|superheroes|superhuman|invincible|tireless ${CLINICIANS}`,
      "healthcare|health care heroes",
    ],
    explanation:
      "Hero framing sets an impossible standard that leaves no room for clinicians to be human or to need help.",
    suggestions: ["dedicated clinicians", "health workers"],
    source: SOURCES.surgeonGeneral,
  },
  {
    id: "clinician-stigma/noncompliant",
    category: "clinician-stigma",
    severity: "suggestion",
    patterns: ["noncompliant|non compliant with treatment|therapy|medication"],
    explanation: '"Noncompliant" blames the person; describe the barrier instead.',
    suggestions: ["not currently following the treatment plan"],
    source: SOURCES.nidaWordsMatter,
  },
  {
    id: "clinician-stigma/burned-out-doctor",
    category: "clinician-stigma",
    severity: "suggestion",
    patterns: [
      "burnouts",
      "burned|burnt out doctor|doctors|physician|physicians|nurse|nurses|clinician|clinicians|case|cases",
    ],
    explanation: "Burnout describes a response to working conditions, not a kind of person.",
    suggestions: ["clinicians experiencing burnout"],
    source: SOURCES.nam,
  },
  {
    // Grief and emotion at work called unprofessional: "Crying after a code is unprofessional".
    id: "clinician-stigma/emotion-unprofessional",
    category: "clinician-stigma",
    severity: "warning",
    patterns: [
      "unprofessional and|or weak|soft|pathetic|selfish",
      "unprofessional",
      "look~|seem~|appear~ weak|incompetent|unprofessional",
    ],
    explanation:
      "Calling grief or emotion after a hard case unprofessional tells clinicians to hide normal reactions, which is how distress goes unspoken until it becomes a crisis.",
    suggestions: ["feeling the weight of a hard case is human; debriefs and peer support help"],
    source: SOURCES.lornaBreen,
    requireInSentence: [
      "cry~",
      "crying",
      "cried",
      "tear~",
      "emotion~",
      "emotional",
      "feeling~",
      "grief",
      "griev~",
      "upset",
      "sad",
      "sadness",
      "vulnerable",
    ],
    unlessNegated: true,
    unlessInSentence: ["myth", "@hedge"],
  },
  {
    id: "clinician-stigma/not-tough-enough",
    category: "clinician-stigma",
    severity: "error",
    patterns: [
      "not|never|isn't|wasn't|aren't|weren't @det? *? tough|strong|hard|resilient|cut enough for|to medicine|nursing|residency|surgery|practice|this|the|it|begin|start|survive|handle|be|do|work",
      "weak|soft|fragile to begin with",
      "only the weak|soft|fragile",
      "too soft|weak|sensitive|fragile for medicine|nursing|residency|surgery|this|the|practice",
      "can't|cannot|couldn't hack|cut it",
      "could|can not hack|cut it",
      "wasn't|weren't|isn't|aren't|not cut out for",
      "never cut out for",
      // Round 15: "Medicine isn't for the fragile", "Nursing is not for the weak".
      "medicine|nursing|residency|surgery|healthcare|job|work|specialty|profession|field isn't|ain't for the weak|fragile|soft|sensitive",
      "medicine|nursing|residency|surgery|healthcare|job|work|specialty|profession|field is not for the weak|fragile|soft|sensitive",
      // Round 21 (from the spent blind set 26): "The ER isn't for the fragile", "the ones who whine about it were
      // never tough enough".
      "er|ed|icu|nicu|picu|trauma|ems|floor|unit|ward isn't|ain't for the weak|fragile|soft|sensitive",
      "er|ed|icu|nicu|picu|trauma|ems|floor|unit|ward is not for the weak|fragile|soft|sensitive",
      "never|weren't|wasn't|aren't|isn't tough enough",
    ],
    explanation: WEAKNESS,
    suggestions: ["is carrying an unsustainable load", "needs more support"],
    source: SOURCES.lornaBreen,
    unlessInSentence: ["system", "systems", "staffing", "software", "server", "network", "myth", "false"],
  },
  // Round 19 (from the spent blind set 22): "The medics who asked for a debrief after that call just aren't
  // tough enough." Said of people who sought support; without that, "aren't strong enough" is about anything.
  {
    id: "clinician-stigma/not-tough-enough-for-care",
    category: "clinician-stigma",
    severity: "error",
    patterns: [
      "aren't|isn't|wasn't|weren't|not just? tough|strong|resilient|hard enough",
      // From training set 18b: "Debriefs are for the folks who aren't built for the unit".
      "aren't|isn't|wasn't|weren't|not built|made|wired for",
    ],
    explanation: WEAKNESS,
    suggestions: ["is carrying an unsustainable load", "needs more support"],
    source: SOURCES.lornaBreen,
    requireInSentence: [...HELP_SEEKING, "debrief~", "debriefing", "cry~", "cried", "crying"],
    unlessInSentence: [...HEDGES, "myth", "false", "system", "systems", "staffing"],
  },
  {
    id: "clinician-stigma/real-clinicians",
    category: "clinician-stigma",
    severity: "error",
    patterns: [
      `real|true ${CLINICIANS} don't|dont|never|doesn't|can't|cannot|shouldn't|wouldn't|won't|just|simply`,
      `real|true ${CLINICIANS} do|does not`,
      `a real|true ${CLINICIANS} would|wouldn't|doesn't|never|can|just`,
    ],
    explanation:
      "Defining a real clinician as someone who never struggles or never needs help tells colleagues to hide distress until it becomes a crisis.",
    suggestions: [CLINICIANS_ARE_HUMAN],
    source: SOURCES.lornaBreen,
    unlessInSentence: ["myth", "false", "untrue", "wrong"],
  },
  {
    id: "clinician-stigma/personal-weakness",
    category: "clinician-stigma",
    severity: "error",
    patterns: [
      "personal|moral|character|mental weakness|weaknesses|flaw|flaws|defect|defects",
      "weak|weaker character|will|willpower",
    ],
    explanation: WEAKNESS,
    suggestions: ["a health condition", "a normal response to strain"],
    source: SOURCES.lornaBreen,
    unlessInSentence: ["@neg", "isnt", "myth", "false", "untrue", "wrong", "instead"],
  },
  {
    id: "clinician-stigma/career-suicide",
    category: "clinician-stigma",
    severity: "error",
    patterns: [
      "career|professional suicide",
      "career ending|killer|killers|ender|enders",
      "end~|ruin~|kill~|destroy~|tank~|wreck~|jeopardiz~|sink~ @poss career|careers|license|licence|licenses|future",
      "lose|loses|losing|lost @poss license|licence|licenses|career",
      "kiss @poss career|license goodbye",
      "cost~|cost @pron? @poss career|careers|license|licence|licenses|job",
    ],
    explanation: CAREER_HARM,
    suggestions: [CARE_IS_CONFIDENTIAL, "getting help is part of a long career"],
    source: SOURCES.lornaBreen,
    requireInSentence: [
      "help",
      "therapy",
      "therapist",
      "treatment",
      "counseling",
      "counselling",
      "counselor",
      "psychiatrist",
      "psychiatric",
      "care",
      "seek~",
      "report~",
      "disclos~",
      "admit~",
      "mental",
      "depression",
      "anxiety",
      "diagnosis",
      "medication",
      "antidepressants",
      "eap",
      "support",
    ],
    // Naming the fear ("many fear they will lose their license") describes the barrier; it does not threaten.
    unlessInSentence: [
      "@neg",
      "isnt",
      "myth",
      "false",
      "untrue",
      "without",
      "protect~",
      "remove~",
      "reform~",
      "fear~",
      "worry~",
      "worried",
      "afraid",
      "believe~",
      "think",
      "concern~",
      "perceive~",
      "perception",
      "barrier",
      "barriers",
    ],
  },
  /*
   * Frames: the meaning of help-seeking stigma as roles over word classes (rules/en/classes.ts), for the
   * wording no phrase list foresees. Each is a fallback, reported only when no rule above flags the sentence,
   * and each reads its clause: a negation that reaches the predicate ("is not a sign of weakness", "doesn't
   * make you weak", "Nobody who asks for help…"), a claim reported as a myth, or a fear described
   * ("many fear it could hurt their careers") is not the stigma itself.
   */
  {
    id: "clinician-stigma/help-seeking-as-weakness",
    category: "clinician-stigma",
    severity: "error",
    fallback: true,
    // The predicate, right after a verb that says what help-seeking is or shows ("is basically",
    // "proves you're", "become the"), in a sentence about seeking help or showing strain.
    patterns: [
      "@weakness",
      "@weak",
      "the @weak one|ones",
      "weak link|links",
      "give~ up",
      "throw~ in the towel",
      "wave~|waving @det white flag",
      "white flag",
      "tap~ out",
      "easy way out",
      "cop~ out",
      "lack~ @det? backbone|spine|guts|nerve|stamina|toughness",
      // Round 18 (from the spent blind set 20): "reflected a lack of the grit the profession requires",
      // "reflects a personal failing".
      "lack~ of @det? grit|resilience|toughness|backbone|spine|guts|nerve|stamina|mettle|fortitude|commitment|dedication",
      "damaged goods",
      "high maintenance",
      "too sensitive|emotional|delicate for|to",
      "can't|cannot|couldn't cope|keep",
      "can't|cannot|couldn't hack|handle|take it",
    ],
    explanation: WEAKNESS,
    suggestions: ["asking for help is a sign of strength", CARE_IS_GOOD_PRACTICE],
    source: SOURCES.lornaBreen,
    requireBefore: ["@predicate", "@predicate @pron", "tell~|show~ @poss|@det? *? *? @pron"],
    requireInSentence: [...HELP_SEEKING, "@struggling"],
    unlessInSentence: [...HEDGES, "@fear", "patient", "patients", "muscle", "muscles", "signal"],
    unlessNegated: true,
  },
  {
    id: "clinician-stigma/help-seeking-as-career-harm",
    category: "clinician-stigma",
    severity: "error",
    fallback: true,
    patterns: [
      "@careerharm @poss|@det? whole|entire|medical|nursing|surgical|academic|future? @career",
      "lose~|lost @poss|@det? @career",
      "black mark|marks",
      "red flag|flags",
      "scarlet letter",
      "stain|blot|blemish on @poss",
      "career poison|killer|killers|ender|enders|ending|suicide",
      "@neg make~|get~ partner|chief|tenure|promoted|hired|matched",
      "pass~|passed over for",
      "@career|invitation~|interview~|offer~ will|would|can|could|may? disappear~|vanish~|evaporate~",
      "@career|invitation~|interview~|offer~ will|would|can|could|may? dry~ up",
      "follow~ @pron forever|everywhere",
      "close~|shut~ @det? door|doors",
      "self sabotage",
      // From training set 18b: "Good luck getting a fellowship after that", "is how you get a reputation",
      // "Bold move for someone who wants to match".
      "good luck getting|landing|finding|matching",
      "get~|got a reputation",
      "bold move",
      // Round 19: "If the board finds out about your treatment, you'll never practice again."
      "never practice|practise|operate|nurse again",
      "never work in medicine|nursing|healthcare|surgery again",
      // Round 20 (from the spent blind set 24): "just don't expect anybody to credential you afterward",
      // "you'll never get another contract".
      "@neg expect~ anybody|anyone|them|anything|hospitals|programs|employers to credential|hire|promote|rank|privilege|sign|renew|match",
      "never get~|land~ another contract|job|offer|fellowship|position|assignment",
      // Round 21 (from the spent blind set 28): "imagine telling the PD you're seeing a psychiatrist. bye bye fellowship".
      "bye|goodbye fellowship|career|residency|license|licence|promotion|job",
    ],
    explanation: CAREER_HARM,
    suggestions: [CARE_IS_CONFIDENTIAL, "getting help is part of a long career"],
    source: SOURCES.lornaBreen,
    requireInSentence: HELP_SEEKING,
    unlessInSentence: [...HEDGES, "@fear", "protect~", "confidential", "remove~", "reform~"],
    unlessNegated: true,
  },
  {
    id: "clinician-stigma/help-seeking-as-danger",
    category: "clinician-stigma",
    severity: "error",
    fallback: true,
    // Said of a person who seeks care or treatment, not of a state ("working exhausted is a danger" is a
    // safety fact, so strain words alone do not count here).
    // The person is said to be the burden ("are a liability", "makes you a danger"); having a risk is not it.
    patterns: [
      "@predicate @pron? a|an|the @burden",
      "accident waiting to happen",
      "dead weight",
      "ticking? time bomb|bombs",
      "loose cannon|cannons",
      "no business",
      "should|can|could|would not be trusted|relied",
      "shouldn't|can't|cannot|couldn't|wouldn't be trusted|relied",
      "should|must not be allowed|practicing|practising|operating|treating|licensed|near|leading|running|prescribing|supervising|handling|caring|touching|working|on",
      "shouldn't|mustn't be allowed|practicing|practising|operating|treating|licensed|near|leading|running|prescribing|supervising|handling|caring|touching|working|on",
      // Round 20: "If he's calling out for 'mental health,' we should probably pull his cases for review."
      "pull~|audit~|recheck~|rereview~ @poss|all cases|charts|notes|orders|prescriptions|scripts|work",
      "review~ all|everything @pron? @poss? cases|charts|notes|orders|prescriptions|scripts|signs|signed",
      // Round 20 (from training set 19a): "I double-check all his charting now", "so I know who to watch", "the
      // ones you can't count on at 3 a.m.", "a second opinion on any case she signs".
      "double~ check~|checking|checked all|everything @poss? charting|charts|notes|orders|work|cases",
      "know who to watch",
      "ones|one|someone|people|person|anyone|@clinician you|we|i|they can't|cannot|couldn't|won't count|depend|rely on",
      "second opinion on any|every|all",
      // Round 19: "Why clinicians in therapy may put patients at risk".
      "put~|putting patients|lives at risk",
      "endanger~|endangering patients|lives",
    ],
    explanation:
      "Treating a clinician who seeks care as unfit or a danger confuses a health need with impairment; current ability to practise, not having sought care, is what matters.",
    suggestions: ["clinicians who seek care practise safely", "a colleague getting the care they need"],
    source: SOURCES.fsmb,
    requireInSentence: HELP_SEEKING,
    unlessInSentence: [...HEDGES, "@fear", "currently impaired", "untreated", "fatigue", "fatigued"],
    // Round 20: someone else has no business prying ("your agency has no business asking about it").
    unlessAfter: ["asking|prying|knowing|judging|demanding|requiring|requesting"],
    unlessNegated: true,
  },
  {
    id: "clinician-stigma/not-meant-for-the-work",
    category: "clinician-stigma",
    severity: "error",
    fallback: true,
    patterns: [
      "wrong specialty|profession|career|field|job|calling",
      "find~|get~|take~ a desk job",
      "should|could have gone|went into",
      "should|could have chosen|picked|become|stayed",
      "find~|choose~|pick~|consider~|seek~|get~ another|different|new line|career|profession|job|specialty|field",
      "find~|choose~|pick~|consider~|seek~|get~ a different|new line|career|profession|job|specialty|field",
      "never|not @poss calling",
      "never|not meant|made|built for|to",
      // Round 20 (from the spent blind set 24): "Some people just aren't built for the ICU".
      "@person|ones|some|they|you|she|he|who just|simply|really|probably|clearly? aren't|isn't|wasn't|weren't|ain't meant|made|built|wired|cut for|to",
      "aren't|isn't|not|wasn't|weren't @clinician material",
      "@profession isn't|wasn't|aren't|weren't for you|them|people|those|everyone",
      // Round 21 (from training set 20a): "maybe hospice isn't your thing", "L&D might not be your calling".
      "@profession isn't|wasn't|aren't your|their thing|calling",
      "@profession might|may not be your|their thing|calling",
      "@profession is|was not for you|them|people|those|everyone",
      "@profession @aux never @poss calling",
      "don't|doesn't|didn't belong in|here",
      "don't|doesn't|didn't have what it takes",
      // Round 18: "should think hard about whether they belong on the rig".
      "whether|if @pron really? belong~|belongs",
      // Round 18 (from training sets 17a/17b): "never cut out for trauma surgery", "whether this is the right
      // field", "in the wrong line of work", "never that strong to begin with".
      "never|not cut out for",
      "whether|if this|it is|'s the right field|specialty|job|career|profession|calling|fit",
      "wrong line of? work|business",
      "never|not that? strong|tough|committed|dedicated|serious to begin with",
      "never|not that? strong|tough|committed|dedicated|serious in the first place",
      "don't|doesn't|won't|never last",
      "too @weak to|for",
    ],
    explanation:
      "Telling a clinician who struggles or seeks help that they are in the wrong job turns a response to the work into a verdict on the person, and teaches colleagues to hide distress.",
    suggestions: ["the workload outpaced the support available", "clinicians who struggle deserve support"],
    source: SOURCES.lornaBreen,
    requireInSentence: [
      ...HELP_SEEKING,
      "@struggling",
      "fall~ apart",
      "break~ down",
      "burn~ out",
      "burnt|burned out",
    ],
    // "it's not because you picked the wrong specialty; look at the hours".
    unlessInSentence: [...HEDGES, "@fear", "not because"],
    unlessNegated: true,
  },
  {
    id: "clinician-stigma/stoic-ideal",
    category: "clinician-stigma",
    severity: "error",
    fallback: true,
    // What the "real", "good" or "hero" clinician supposedly never does, right after that subject.
    patterns: [
      "@neg *? *? *? *? @strain",
      "@neg *? *? *? talk~ about @poss @feelings",
      "keep~ quiet|silent|mum about|when",
      "keep~ @poss @feelings to @refl",
      "leave~|check~ @poss @feelings at|in|outside|behind",
      "hide~ @poss @feelings|@strain",
      // Round 18: "Real ICU nurses don't need a debrief after every code".
      "@neg need~ @det? *? debrief~|debriefing|therapy|therapist~|counselor~|counseling|hug~|help|support",
      "bottle~ @pron? up",
      "push~|power~ through",
      "shake~|brush~|walk~ it off",
      "dry~ @poss tears",
      "soldier~ on",
      "suck~ it up",
      // Round 18 (from the spent blind set 20): "Strong physicians carry their burdens quietly".
      "carry~|carried|bear~|bore|shoulder~ @poss|@det? *? *? quietly|silently|alone",
      "carry~|carried|bear~|bore|shoulder~ @poss|@det? *? *? in silence",
      // Round 19: "True healthcare heroes put patients first and their own needs last."
      "@poss own? needs last",
      "put~ @refl last",
      // Round 20 (from the spent blind set 24): "A good vet doesn't let euthanasia days get to her."
      "@neg let~ *? *? *? get to",
      // Round 20 (from training set 19a): "Resilient clinicians don't seek outside help".
      "@neg seek~|want~ outside|professional|any? help|therapy|counseling|care",
      "@neg get~|take~ outside|professional help|therapy|counseling",
      "@neg let~ *? *? *? get under @poss skin",
    ],
    explanation:
      "Defining a real, good or heroic clinician as someone who never tires, complains or needs help tells colleagues to hide distress until it becomes a crisis.",
    suggestions: [CLINICIANS_ARE_HUMAN, "good clinicians speak up when they are struggling"],
    source: SOURCES.lornaBreen,
    requireBefore: ["@ideal *? @clinician", "@ideal one|ones", "@hero", "@hero in scrubs"],
    // Round 20: "We don't need heroes who never complain; we need enough staff".
    unlessInSentence: [...HEDGES, "idea", "@neg need~|want~ @det? more? @hero"],
    unlessAffirmed: ["@system"],
  },
  {
    id: "clinician-stigma/diagnosis-as-danger",
    category: "clinician-stigma",
    severity: "error",
    fallback: true,
    // Said of a colleague labelled by a condition ("A depressive like him should not be leading a code"): unfit
    // to practise because of a diagnosis. Access rules ("should not have access to the narcotics cabinet")
    // are safety policy, not this frame, so only the work of caring for patients counts.
    patterns: [
      "should|must not be leading|running|practicing|practising|operating|treating|prescribing|supervising|touching|caring|working|seeing|on",
      "shouldn't|mustn't be leading|running|practicing|practising|operating|treating|prescribing|supervising|touching|caring|working|seeing|on",
      "should|must|can not|never lead|run|practice|practise|operate|treat|prescribe|supervise|touch|see|care",
      "shouldn't|mustn't|can't|cannot|never lead|run|practice|practise|operate|treat|prescribe|supervise|touch|see|care",
      "should|can|could|would not be trusted|relied",
      "shouldn't|can't|cannot|couldn't|wouldn't be trusted|relied",
      "no business",
    ],
    explanation:
      "Treating a colleague with a diagnosis as unfit or a danger confuses a health condition with impairment; current ability to practise, not a diagnosis, is what matters.",
    suggestions: [
      "clinicians with health conditions practise safely with support",
      "colleague with depression",
    ],
    source: SOURCES.fsmb,
    requireInSentence: ["@diagnosed"],
    unlessInSentence: [
      ...HEDGES,
      "@fear",
      "currently impaired",
      "intoxicated",
      "influence",
      "access",
      "untreated",
    ],
    unlessNegated: true,
  },
  // Issue 14, tuning round 8 (from the training sets 8a/8b, never from a blind set).
  {
    id: "clinician-stigma/hide-care",
    category: "clinician-stigma",
    severity: "warning",
    patterns: [
      "leave~|left|leaving it|the|that box|question|answer|part|section|line? blank",
      "keep~|kept|keeping it|this|that|everything quiet|secret|hidden|off|out|private|between",
      "out of @poss|the chart|record|records|file|files",
      "off the|@poss record|records|books",
      // Two patterns: "cash|out of pocket" in one slot would read "pay cash of pocket".
      "pay~|paid|paying in? cash",
      "pay~|paid|paying out of pocket",
      "off @poss|the cv|resume|application",
      "anywhere near @poss name|file|record|chart",
      "fake|false|different|maiden name",
      "never|won't|can't|doesn't|don't|wont|cant find~|finds out",
      "show~|showing|showed up on",
      "so nobody|none *? know|knows|finds|sees|see|will",
      "keep~|kept|keeping @poss mouth shut",
      "skip the psychiatrist|therapist|counselor|psychologist|therapy|eap",
      "burner email|phone|account",
      "say|tell them it's for sleep|stress|headaches",
      "say|tell them it is for sleep|stress|headaches",
      "so hr|credentialing|nobody|none never? sees|see|finds|knows|hears",
      "keep~|kept|keeping|stay~|stayed quiet|mum",
      "keep~|kept|keeping it to yourself|yourselves|themselves",
      "so no one *? know|knows|finds|sees|see|will",
      "can't|cannot|won't|wont trace",
      "no paper trail|record|trace",
      "towns|town|counties|county|states|state over",
      "another|other|different town|county|state|city",
      "answer is always no",
      // Round 17 (from training set 16a): "always say no", "go private", "see a therapist out of state".
      "always say|answer no",
      // Round 18: "Just check 'no' on the mental health question".
      "check~|tick~|mark~|answer~|select~|circle~ no on|to|for",
      "don't|never check~|tick~|mark~|answer~|select~|circle~ yes",
      "careful who you tell",
      "go private",
      "out of state",
      "in house",
      // Round 20 (from training set 19a): "keep it vague", "so corporate doesn't see it", "just put 'none'".
      "keep~|kept|keeping it vague",
      "so corporate|management|admin|hr|credentialing|nobody doesn't|won't|can't|never see|sees|know|knows|find|finds",
      "so the|your board|boss|pd|program|employer doesn't|won't|can't|never see|sees|know|knows|find|finds",
      "just? put|write|list none|nothing and",
      // Round 21 (from the spent blind sets 26 and 27): "just lie on the renewal form", "book under a nickname",
      // "so the board will never see it".
      "under a|an|another|fake|different|false nickname|alias",
      "so the|your board|boss|pd|program|employer|hospital|chair|chief will|would|can never see|sees|know|knows|find|finds|hear|hears",
      // Round 21 (from the spent blind set 28): "get the script from a walk-in clinic so it's not on your hospital record" (the hospital's record too).
      "so it's not on @poss|the *? record|chart|file|records",
    ],
    ...HIDE_CARE,
  },
  {
    // The same advice as an order: "Never tell your PD…", "Pro tip: don't mention the therapy…". Not a
    // description of what people do ("Many clinicians … never tell anyone"): a word right before it says so.
    id: "clinician-stigma/hide-care-imperative",
    category: "clinician-stigma",
    severity: "warning",
    patterns: [
      "don't|dont|never tell|mention|disclose|admit|declare|report|check|tick|list|say|write|put|bill|submit|claim|file",
      "do not tell|mention|disclose|admit|declare|report|check|tick|list|say|write|put|bill|submit|claim|file",
      "just|please|simply|seriously|honestly|so|and|but|also don't|dont|never tell|mention|disclose|admit|declare|report|check|tick|list|say|write|put|bill|submit|claim|file",
      // Round 20: "Members: don't ever use the EAP, management gets a list of names."
      "don't|dont|never ever? use|call|contact the|your eap|counselor|counseling|therapist",
      "do not ever? use|call|contact the|your eap|counselor|counseling|therapist",
    ],
    unlessBefore: ["*"],
    ...HIDE_CARE,
  },
  {
    id: "clinician-stigma/verdict-on-care",
    category: "clinician-stigma",
    severity: "warning",
    fallback: true,
    patterns: [
      "@aux|a? risk|danger|liability to|for patients",
      "unsafe|dangerous to? @aux? practice|operate|work|run|treat",
      "shouldn't|can't|cannot|never be trusted",
      "should not be trusted",
      "lose|losing|lost @poss|their? privileges|license|licence",
      "watch him|her|them closely",
      "double check everything",
      "wouldn't|won't|never let @pron|him|her|them treat|operate|touch|near",
      "would not let @pron|him|her|them treat|operate|touch|near",
      "don't|won't|never hire",
      "do not hire",
      "should|shouldn't *? be? pulled|removed|suspended",
      "should not *? be? pulled|removed|suspended",
      "not fit to practice|practise|work",
      "think twice about|before",
      // Round 17 (from training set 16a): distrust and exclusion said in other words ("Never trusted his calls
      // after that", "a walking liability", "they're off the trauma schedule", "I don't want it in my OR").
      "never|wouldn't|won't|don't|can't|couldn't|didn't|wouldnt|wont|dont|cant trust~|trusted him|her|them|his|their|anyone|someone|somebody",
      "careful trusting",
      "walking liability|hazard|risk",
      "don't|dont|wouldn't|won't want @pron|him|her|them|it in|on|near my",
      "don't|dont|wouldn't want to be on call|work|round with",
      "rather work short",
      "pull~|pulled @pron|him|her|them off|from the",
      "off the *? schedule|rotation|roster|call",
      "bottom of the pile|list",
      "stopped ranking|hiring|promoting|interviewing",
      "wouldn't|won't|never make @pron|him|her|them charge|chief|lead",
      // From training set 16b: "Not sure I'd want him on my trauma call", "took her off stroke call", "I don't
      // want a surgeon who needs antidepressants", "we can't place providers with…", "Hard pass".
      "not|don't|dont|wouldn't|never sure? i'd? want him|her|them on my",
      "took|take|taken|taking @pron|him|her|them off|from @det? *? call|schedule|service|rotation|roster|case|cases|team|unit",
      "don't|dont|wouldn't want a|an *? surgeon|nurse|doctor|pharmacist|resident|physician|colleague|anesthesiologist|medic|tech who|that|on",
      "doesn't|can't|cannot|won't hire|place|credential|promote anyone|anybody|someone|people|providers|nurses|doctors|physicians|residents|hospitalists|clinicians|candidates|applicants|those|them|him|her",
      "hard pass",
      // Round 19 (from training set 18a): distrust and exclusion in other words ("I wouldn't put her on a code
      // team", "I'm not trusting her with…", "Keep an eye on her narcotics counts", "She won't
      // last", "isn't leadership material", "should never have been let back into the OR", "so I'm moving her
      // off step-down", "you don't promote people who…", "I'd worry about her in…").
      "wouldn't|won't|never put him|her|them on|in",
      "not|never|stop~|stopped trusting @pron|him|her|them",
      "keep~ an eye on @pron|him|her|them|his|their",
      "connect the dots",
      "draw your own conclusions",
      "we all know what that means",
      "if you know what i mean",
      "won't|wouldn't last",
      "will not last",
      "wash~|washed|washing out",
      "isn't|not|aren't|wasn't @det? *? material",
      "not making chief|partner|fellowship|charge|lead",
      "let @pron|him|her|them back into|on|in",
      "let|letting someone|anyone|somebody *? *? *? *? back on|into|in",
      "means @pron done|finished|over",
      "mov~|moving|moved @pron|him|her|them off|from",
      "don't|won't|never|can't promote|promoted",
      "i'd|would worry about @pron|him|her|them",
      "shouldn't|can't|cannot|mustn't|never supervise|prescribe|precept|teach|cover|lead|run",
      "should not supervise|prescribe|precept|teach|cover|lead|run",
      "least want",
      "what does that say about",
      "good luck explaining",
      "but not in my",
      "be flagged for",
      "deduct~ points",
      "competency issue|problem|concern",
      // Round 21 (from the spent blind sets 26 and 27): "can patients really trust her with a scaler", "We can't
      // privilege a surgeon with a psych history", "will never make partner here", "can kiss the next promotion
      // goodbye", "Patients have a right to know which of their doctors have been in therapy", "keep him off the
      // narcotics cart", "Guess the NICU was too much for her".
      "can|could|would patients|anyone|we|you really|honestly? trust @pron|him|her|them",
      "can't|cannot|won't|wouldn't|don't|never privilege|credential|hire|promote|rank a|an *? @clinician",
      "never|won't|wont make partner|chief|tenure|attending|fellow|charge",
      "kiss~ @det|@poss? *? promotion|career|fellowship|job|chances|license|privileges|partnership|tenure goodbye",
      "right to know which|whether|if",
      "keep~ @pron|him|her|them off the? narcotics|pyxis|omnicell|cart|meds|controlled",
      "keep~ @pron|him|her|them away from the? narcotics|pyxis|omnicell|cart|meds|controlled",
      "guess|apparently|clearly|obviously the|that|it *? *? @aux too much for",
      // Round 21 (from the spent blind set 28): "A bipolar nurse shouldn't be anywhere near the narcotics cupboard", "brilliant for someone who's had a breakdown".
      "shouldn't be anywhere near",
      "should not be anywhere near",
      "for someone|somebody who's had|been",
      "for someone|somebody who has|had had|been",
    ],
    explanation:
      "Treating a clinician who sought care as unsafe or untrustworthy equates treatment with impairment; what matters for patients is current impairment, and care lowers that risk.",
    suggestions: [
      "seeking care is part of practising safely",
      "ask about current impairment, not past treatment",
    ],
    source: SOURCES.lornaBreen,
    requireInSentence: [
      "@diagnosis",
      ...CARE,
      "leave",
      "php",
      "recovering",
      "sober",
      "relaps~",
      "behavioral health",
      "breakdown",
      "stabilizer",
      "sabbatical",
      "fmla",
      "psych",
      "inpatient",
      "cry~",
      "cried",
      "crying",
    ],
    requireInSentenceOrBefore: true,
    unlessNegated: true,
    // Round 21: "does not make a person a danger to patients".
    unlessInSentence: [
      "untreated",
      "impairment",
      "myth",
      "@hedge",
      "not make~",
      "doesn't make~",
      "don't make~",
    ],
  },
  // Round 16 (from the spent blind sets 15 and 16): a policy or a hiring choice that singles out people who
  // received care ("must disclose it before going up for tenure", "will be moved off the floor pending review",
  // "We don't place physicians who have ever been treated…").
  {
    id: "clinician-stigma/policy-on-care",
    category: "clinician-stigma",
    severity: "warning",
    patterns: [
      "must|will|shall|should|may disclose|report|declare it|this|that|them|their|any|the",
      "have|has to disclose|report|declare it|this|that|them|their|any|the",
      "will|shall|must|may|should|would be moved|reassigned|removed|suspended|restricted|flagged|barred|excluded|benched",
      "be considered|deemed|presumed impaired|unfit|unsafe",
      "pass|undergo|complete|face an|a? additional|extra|further|separate|special evaluation|evaluations|review|reviews|assessment|assessments|screening|exam|exams",
      "have|has their reads|notes|charts|work|orders|cases|results|reports|plans double checked",
      "have|has their reads|notes|charts|work|orders|cases|results|reports|plans reviewed|audited|rechecked|checked",
      "don't|won't|never|not to? place|credential|promote",
      "not to hire|take|accept",
      "without a|any? history|record of",
      // From training set 18b: "may be reviewed for fitness for duty", "screen out the anxious types".
      "reviewed|evaluated|assessed|referred for fitness",
      "screen~|screening out",
    ],
    explanation:
      "A rule that singles out people because they received mental health care treats care as impairment; it teaches everyone else to hide their care. Ask about current impairment, for everyone alike.",
    suggestions: [
      "ask every clinician the same question about current impairment",
      "care received in the past is not a reason for extra review",
    ],
    source: SOURCES.lornaBreen,
    // Not CARE: its @helpseeking class holds "disclose" and "report", which here are the consequence itself.
    requireInSentence: [
      "treated",
      "treatment",
      "therapy",
      "therapist~",
      "counseling",
      "counselling",
      "psychiatric",
      "psychiatrist~",
      "psychologist~",
      "mental health",
      "depression",
      "anxiety",
      "ptsd",
      "eap",
      "rehab",
      "medical leave",
      "disability leave",
      "diagnosis",
      "diagnosed",
      "antidepressant~",
    ],
    unlessNegated: true,
    unlessInSentence: ["untreated", "impairment", "current", "currently", "myth", "@hedge"],
  },
  {
    id: "clinician-stigma/toughness-norm",
    category: "clinician-stigma",
    severity: "warning",
    fallback: true,
    patterns: [
      "thicker|thick skin",
      "grow a|some backbone|spine|pair",
      "we had backbone|spine|spines|grit",
      "tough|toughen it out",
      "isn't|not for the sensitive|soft|weak|faint",
      "is not for the sensitive|soft|weak|faint",
      "can't|cannot|couldn't hack it",
      "can't|cannot|couldn't hack the|this|med|nursing|residency|medicine",
      "someone's|somebody's soft",
      "pick|choose|find another specialty|career|profession",
      "what it takes",
      "sterner stuff",
      // Round 19: "Sleep when you're dead, that's the ER way".
      "sleep~ when *? dead",
      "@aux for people who don't really want to be doctors|nurses",
      // Round 18 (from training sets 17a/17b).
      "lawsuit|lawsuits|disaster|disasters|liability|catastrophe|tragedy|incident|mistake|scandal|error waiting to happen",
    ],
    explanation:
      "Telling clinicians that needing support means they are not tough enough makes strain a personal failing and keeps them from asking for help.",
    suggestions: [SUPPORT_IS_PART_OF_THE_WORK, "everyone needs help sometimes"],
    source: SOURCES.lornaBreen,
    unlessNegated: true,
    // Round 21: "Thicker skin isn't the answer; smaller caseloads are."
    unlessInSentence: [
      "myth",
      "@hedge",
      "patients",
      "patient",
      "overrated",
      "isn't|wasn't|aren't the answer|solution|fix",
      "is|are not the answer|solution|fix",
    ],
  },
  // Issue 14, round 11 (from the spent blind set 10 and the training sets).
  {
    // "Taking FMLA for anxiety? Good luck making partner.", "I'd trust a doctor less if she was in therapy".
    id: "clinician-stigma/care-costs-trust",
    category: "clinician-stigma",
    severity: "warning",
    patterns: [
      "good luck making|getting|becoming partner|tenure|chief|promoted|fellowship|a job",
      "trust~ a|an|the|that|this|my doctor|nurse|surgeon|physician|resident|colleague|pharmacist less",
      "trust~ him|her|them less",
      "lose~|lost the room|respect",
    ],
    explanation:
      "Saying that care costs a clinician trust, respect or promotion is the fear that keeps clinicians from seeking it; it treats getting help as the risk, when untreated distress is.",
    suggestions: [CARE_IS_GOOD_PRACTICE],
    source: SOURCES.lornaBreen,
    requireInSentence: CARE,
    unlessInSentence: ["myth", "@hedge"],
    unlessNegated: true,
  },
  // Round 18 (from the spent blind set 20 and the training sets 17a/17b).
  {
    // Praise for never complaining, never calling out, never taking a break: "and that's what a real nurse
    // looks like!", "twelve years without a single sick day: a true example".
    id: "clinician-stigma/stoic-praise",
    category: "clinician-stigma",
    severity: "warning",
    // The praise is the sentence ("never complains, never calls out, never takes a break"), not one phrase.
    report: "sentence",
    patterns: [
      "never|rarely|seldom complain~|complains|complained",
      "never|rarely|seldom calls|called|call out|off|in",
      "never|rarely|seldom takes|took|take|taking a|her|his|their|time|sick break|breaks|day|days|lunch|off|vacation",
      "never|rarely|seldom take~|took|taking|need~|needed @det|@poss|any sick|single|personal|mental break|breaks|day|days|leave",
      "never|rarely|seldom need~|needed @det|@poss|any? day|days|break|breaks|time off",
      "never|rarely|seldom missed|misses|miss a|one single? shift|day",
      "never|rarely|seldom asked|asks|ask for help|support",
      "never|rarely|seldom asked|asks|ask for anything|nothing",
      "without a|one single? complaint|sick",
    ],
    explanation:
      "Praising someone for never complaining, never calling out or never asking for help defines the good clinician as one who hides strain, until it becomes a crisis.",
    suggestions: ["praise what the person brings, not that they never rest or ask for help"],
    source: SOURCES.lornaBreen,
    requireInSentence: [
      "example",
      "@hero",
      "proud",
      "congrat~",
      "congratulations",
      "celebrat~",
      "kudos",
      "legend",
      "award~",
      "recogni~",
      "shout out",
      "role model",
      "what a real|true|good",
      "looks like",
      "that's how",
      "be like",
      "looking for",
      "we want",
      "hiring",
      "standard",
      "grit",
      "backbone",
      "respect~",
    ],
    unlessInSentence: [
      ...HEDGES,
      "don't|doesn't|shouldn't have to",
      "no need",
      "worr~",
      "concern~",
      "wish",
      "patient~",
      // The hero story described in order to retire it: "the hero narrative", "hero worship".
      "narrative~",
      "story",
      "stories",
      "myth~",
      "idea",
      "trope~",
      "worship",
      "movie~",
      "staffing",
      "retire",
      "done with",
      "stop celebrating",
      "aren't|isn't|wasn't|weren't|not @hero",
      "don't|doesn't|didn't want|need @hero",
    ],
    unlessNegated: true,
  },
  {
    // "Seeking counseling after a bad outcome reflects a personal failing." Said of burnout itself, it is
    // burnout-framing's.
    id: "clinician-stigma/care-as-failing",
    category: "clinician-stigma",
    severity: "error",
    patterns: ["personal|moral|character failing|failings|failure|flaw|flaws|defect|defects"],
    explanation: WEAKNESS,
    suggestions: ["asking for help is a sign of strength", CARE_IS_GOOD_PRACTICE],
    source: SOURCES.lornaBreen,
    requireBefore: ["@predicate", "@predicate @pron"],
    requireInSentence: HELP_SEEKING,
    unlessInSentence: [...HEDGES, "@fear", "@burnout", "patient", "patients"],
    unlessNegated: true,
  },
  {
    // "A surgeon who admits fear has already lost the case."
    id: "clinician-stigma/already-lost",
    category: "clinician-stigma",
    severity: "error",
    patterns: ["has|have|had already lost|failed"],
    explanation: WEAKNESS,
    suggestions: ["admitting fear or asking for help is part of practising well"],
    source: SOURCES.lornaBreen,
    requireInSentence: [...HELP_SEEKING, "admit~", "fear~", "doubt~", "cry~", "cries", "@feelings"],
    requireAlsoInSentence: ["@clinician", "who", "that"],
    unlessInSentence: [...HEDGES, "patient", "patients"],
    unlessNegated: true,
  },
  {
    // "We've never had a resident take medical leave, because our people are built different."
    id: "clinician-stigma/built-different",
    category: "clinician-stigma",
    severity: "error",
    patterns: ["@aux built different|differently|tougher|stronger"],
    explanation: WEAKNESS,
    suggestions: ["everyone needs support sometimes; asking for it is part of the job"],
    source: SOURCES.lornaBreen,
    requireInSentence: [...HELP_SEEKING, "@struggling"],
    unlessInSentence: HEDGES,
    unlessNegated: true,
  },
  {
    // "We don't need fragile nurses here", "we don't hire soft residents".
    id: "clinician-stigma/no-weak-wanted",
    category: "clinician-stigma",
    severity: "error",
    patterns: [
      // Round 20: "Our profession doesn't need more fragile residents".
      "@neg need~|want~|hire~|take~|accept~ more|any? @weak|sensitive @clinician",
      "@neg need~|want~|hire~|take~|accept~ more|any? @weak|sensitive link|links|ones|people",
      "no room|place|space for @clinician|people|anyone|those|ones who|that",
      // After blind set 25 was scored (not measured): "What this program needs is tougher interns".
      "need~|want~ is|are? tougher|harder|stronger @clinician",
    ],
    explanation: WEAKNESS,
    suggestions: ["we need rested, supported staff"],
    source: SOURCES.lornaBreen,
    unlessInSentence: [...HEDGES, "racism", "bully~", "harass~", "abuse", "patient", "patients"],
    // "We need stronger nurse staffing ratios": the clinician word names what is needed for them.
    unlessAfter: [
      "staffing|ratio|ratios|coverage|leaders|leadership|support|pay|advocates|advocacy|union|unions|representation|schedules|teams",
    ],
  },
  // Round 18, second part (from the training sets 17a/17b).
  {
    // Care said to be for others: "Therapy is for patients", "Peer support is for rookies".
    id: "clinician-stigma/care-is-for-others",
    category: "clinician-stigma",
    severity: "error",
    patterns: [
      "@aux for patients|civilians|rookies|amateurs|students|interns|quitters|snowflakes|kids",
      "@aux for the weak|soft",
    ],
    explanation: WEAKNESS,
    suggestions: ["support is for everyone who does this work, clinicians included"],
    source: SOURCES.lornaBreen,
    requireInSentence: HELP_SEEKING,
    requireBefore: ["@helpseeking", "support", "debrief~", "counseling", "therapy"],
    unlessInSentence: [
      ...HEDGES,
      "@fear",
      "not just",
      "not only",
      "too",
      "also",
      "and for",
      "say~",
      "said",
      "used to",
      "wrong",
    ],
    unlessNegated: true,
  },
  {
    // Care or feelings ruled out of a team: "Guys don't do therapy in ortho", "We don't do crying in the OR".
    id: "clinician-stigma/we-dont-do-that",
    category: "clinician-stigma",
    severity: "error",
    patterns: [
      "don't|doesn't do @helpseeking|crying|feelings|tears|emotions|debriefs|debriefing",
      "do not do @helpseeking|crying|feelings|tears|emotions|debriefs|debriefing",
      "no crying|tears|feelings|therapy in|on",
    ],
    explanation: WEAKNESS,
    suggestions: ["everyone here can talk about a hard case, and get support"],
    source: SOURCES.lornaBreen,
    unlessInSentence: [...HEDGES, "patient", "patients", "baseball"],
  },
  {
    // Care read as faking or as something that made people soft: "just milking it", "aka a paid vacation",
    // "the whole mental health thing has made young docs soft".
    id: "clinician-stigma/care-as-faking",
    category: "clinician-stigma",
    severity: "error",
    fallback: true,
    patterns: [
      "milk~|milking it",
      "milk~|milking the system",
      "paid vacation|holiday",
      "faking it",
      "made|make~|making @det|@poss? *? *? soft|weak|fragile|lazy",
      "demonstrate~|show~|develop~ greater|more emotional? toughness|resilience|grit|stamina",
      "can't|cannot|couldn't handle|hack @det? nights|pressure|stress|heat|call|job|work|pace|shift|shifts",
      // Round 19 (from the spent blind set 22): "Residents who call the wellness hotline are just looking for
      // an excuse".
      "looking|look~ for an|any excuse",
      "want~|wanting|need~ an excuse",
    ],
    explanation: WEAKNESS,
    suggestions: ["a colleague getting the care they need", "support is part of a long career"],
    source: SOURCES.lornaBreen,
    requireInSentence: [...HELP_SEEKING, "@diagnosed", "recover~"],
    unlessInSentence: [...HEDGES, "@fear", "patient", "patients", "staffing", "understaffed"],
    unlessNegated: true,
  },
  {
    // Care said to cost promotion or trust in other words: "never get the chief spot", "raises questions
    // about reliability".
    id: "clinician-stigma/care-raises-questions",
    category: "clinician-stigma",
    severity: "error",
    patterns: [
      "raise~|raising questions|concerns|doubts about @poss|@det? reliability|judgment|judgement|fitness|competence|safety|stability",
      "@neg get~|make~ @det? chief|partner|tenure|promotion|fellowship|spot|job",
      // After blind set 21 was scored: "you can kiss fellowship goodbye", "subject to additional
      // fitness-for-duty review".
      "kiss * *? goodbye",
      "subject to additional|extra|further|mandatory *? *? review|reviews|scrutiny|evaluation|evaluations",
    ],
    explanation: CAREER_HARM,
    suggestions: [CARE_IS_CONFIDENTIAL, "getting help is part of a long career"],
    source: SOURCES.lornaBreen,
    requireInSentence: [...HELP_SEEKING, "treat~"],
    unlessInSentence: [...HEDGES, "@fear", "protect~", "confidential", "patient", "patients", "staffing"],
    unlessNegated: true,
  },
  // Round 19 (from training set 18b): clinicians who need support called fragile in slang ("Residents these
  // days are made of glass", "Snowflake energy", "how precious", "a doctor with something to hide").
  {
    id: "clinician-stigma/fragile-label",
    category: "clinician-stigma",
    severity: "warning",
    patterns: [
      "made of glass",
      "snowflake|snowflakes",
      "how precious",
      "something to hide",
      "and a backbone|spine",
      "weak sauce",
      "tapped|tap|taps out",
      "the stomach for",
      "asks for help first loses",
    ],
    explanation: WEAKNESS,
    suggestions: [SUPPORT_IS_PART_OF_THE_WORK, "everyone needs help sometimes"],
    source: SOURCES.lornaBreen,
    requireInSentence: [
      ...HELP_SEEKING,
      "@clinician",
      "residency",
      "nursing",
      "medicine",
      "debrief~",
      "debriefs",
      "eap",
      "fmla",
      "cry~",
      "cried",
    ],
    requireInSentenceOrBefore: true,
    unlessInSentence: [...HEDGES, "myth", "patient", "patients"],
    unlessNegated: true,
  },
  // Round 21 (from the spent blind sets 26 and 27): no room to struggle, said as the norm ("we don't get to fall
  // apart", "Rural docs don't have the luxury of falling apart", "nurses who never let the stress show").
  {
    id: "clinician-stigma/no-room-to-struggle",
    category: "clinician-stigma",
    severity: "error",
    patterns: [
      "don't|doesn't|dont|never|can't|cant get to fall|break|crack|crumble apart|down?",
      "don't|doesn't|dont|never have the luxury of falling|breaking|burning|struggling|crying|needing|being|feeling|taking apart|down|out?",
      "can't|cannot|cant afford to fall|break|crack|burn|struggle|cry",
      "never let the|their|your? stress|fatigue|exhaustion|strain|cracks|tears|it show",
      // Round 21 (from the spent blind set 28): "never asks for anything. Promote her!", "Strengths: resilient, never needs support", "that's what a proper nurse looks like".
      "never|doesn't|rarely asks|asked for anything|help|support",
      "never need~|needed|needs support|help|therapy",
      "what a proper|real|true @clinician looks|look like",
    ],
    explanation:
      "Saying clinicians have no room to struggle makes strain a private failure and keeps people from asking for help until a crisis.",
    suggestions: [
      "everyone here can struggle and ask for support",
      "support is part of doing hard work well",
    ],
    source: SOURCES.lornaBreen,
    unlessInSentence: [
      "worr~",
      "nothing to do with",
      "concern~",
      ...HEDGES,
      "myth",
      "@fear",
      "cost~",
      "broke",
      "wish",
      "wished",
      "learned",
    ],
  },
  // Round 21: complaints dismissed by the past held up as the standard ("Back in my day interns didn't whine
  // about sleep").
  {
    id: "clinician-stigma/back-in-my-day-complaints",
    category: "clinician-stigma",
    severity: "error",
    patterns: ["didn't|never|wouldn't|didnt whine|complain|moan|gripe|cry|bitch|grumble"],
    explanation:
      "Holding up the past as the standard treats today's strain as a weakness; the work is harder to sustain than it looks, and support is part of doing it well.",
    suggestions: [PAST_SUGGESTION],
    source: SOURCES.lornaBreen,
    requireInSentence: [...THE_PAST, "when i was a|an"],
    unlessInSentence: PAST_RECONSIDERED,
  },
  // Round 21: a verdict on whoever cannot take the strain ("If a pharmacist can't handle the stress, they should
  // find another line of work", "if the deaths get to you, that's on you").
  {
    id: "clinician-stigma/leave-or-own-it",
    category: "clinician-stigma",
    severity: "error",
    patterns: [
      "should|better|must|oughta|gotta|go find~ another|new|different line|career|profession|job|field|specialty",
      "should|better|must|oughta|gotta|go find~ a new|different line|career|profession|job|field|specialty",
      "that's|thats|it's|its on you|them|him|her",
      "that is|it is on you|them|him|her",
    ],
    explanation:
      "Telling clinicians who struggle to leave, or that the strain is their own fault, treats a workload problem as a personal failing and keeps people from asking for help.",
    suggestions: ["if the stress is too much, support and changes to the work are the answer"],
    source: SOURCES.lornaBreen,
    requireInSentence: [
      "can't",
      "cannot",
      "can not",
      "get|gets|got to you",
      "whine~",
      "complain~",
      "cry",
      "cries",
      "crying",
      "faint of heart",
      "fall~ apart",
      "break~ down",
    ],
    unlessInSentence: [...HEDGES, "myth", "@fear", "nobody should", "no one should", "shouldn't have to"],
    unlessNegated: true,
  },
  // Round 21 (from the spent blind set 26): "The board is going to ask anyway, so just lie on the renewal form".
  {
    id: "clinician-stigma/lie-on-the-form",
    category: "clinician-stigma",
    severity: "warning",
    patterns: [
      "lie|lying|lied|fib|fudge on the|your|their renewal|license|licensing|licensure|credentialing|application|board|intake",
      "lie|lying|lied|fib|fudge on renewal|license|licensing|licensure|credentialing|application|board|intake",
    ],
    ...HIDE_CARE_ADVICE,
    unlessInSentence: [...HEDGES, "myth", "@fear"],
    unlessNegated: true,
  },
]);
