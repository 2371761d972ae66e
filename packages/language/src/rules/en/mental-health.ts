import { defineRules } from "../define.js";
import { SOURCES } from "../sources.js";

/** Explanations and suggestions that several rules below give, written once. */
const TRIVIALISED =
  "Naming a diagnosis for an ordinary mood or habit trivialises conditions that many colleagues live with.";
const DESCRIBE_BEHAVIOUR = "describe the behaviour, not the diagnosis";

const CASUAL =
  "Using mental illness as an insult or a casual adjective makes the conditions sound like jokes or character flaws, and makes people less willing to disclose them.";
const CONDITIONS =
  "depression|anxiety|ptsd|bipolar|schizophrenia|burnout|addiction|alcoholism|mental|psychosis|ocd|trauma|panic|eating|substance|opioid|alcohol|postpartum|moral|compassion|insomnia|grief";

export const mentalHealthRules = defineRules([
  {
    id: "mental-health/crazy",
    category: "mental-health",
    severity: "warning",
    patterns: ["crazy|crazier|craziest|craziness|crazed|crazily|crazies"],
    explanation: CASUAL,
    suggestions: ["overwhelming", "chaotic", "intense", "unexpected"],
    source: SOURCES.nami,
    // A place's name: "Crazy Horse Memorial".
    unlessAfter: ["quilt|quilts|glue|horse"],
  },
  {
    id: "mental-health/insane",
    category: "mental-health",
    severity: "warning",
    patterns: ["insane|insanely"],
    explanation: CASUAL,
    suggestions: ["unreasonable", "extreme", "unbelievable"],
    source: SOURCES.nami,
    unlessBefore: ["criminally|legally|not guilty by reason of|found"],
    unlessAfter: ["defense|defence|asylum"],
  },
  {
    id: "mental-health/psycho",
    category: "mental-health",
    severity: "error",
    patterns: ["psycho|psychos|psychopath|psychopaths|psychopathic|sociopath|sociopaths|sociopathic"],
    explanation: CASUAL,
    suggestions: ["cruel", "dangerous", "unpredictable"],
    source: SOURCES.nami,
    unlessAfter: ["checklist|scale|assessment|traits"],
  },
  {
    id: "mental-health/nuts",
    category: "mental-health",
    severity: "warning",
    patterns: [
      "go~|went|gone|going|drive~|drove|driven|driving nuts|bananas|bonkers",
      "drive~|drove|driven|driving me|us|you|them|him|her nuts|bananas|bonkers|mad|insane|crazy",
      "nutcase|nutcases|nutjob|nutjobs|nutter|nutters",
      "nut job|jobs|case|cases",
      "is|are|was|were|sounds|seems|totally nuts",
      "go~|went|gone|going completely|totally|absolutely|fully|full? mental|psycho",
      // Round 18 (from the spent blind set 20): "by fourth year I was half mental from the hours".
      "half|slightly|totally|completely|utterly|properly mental",
    ],
    explanation: CASUAL,
    suggestions: ["frustrated", "overwhelmed", "absurd"],
    source: SOURCES.nami,
    unlessAfter: [
      "and bolts|seeds",
      "health|illness|illnesses|wellness|wellbeing|load|note|notes|model|models|status|state|image|images|break|breaks|math|maths",
    ],
  },
  {
    id: "mental-health/lunatic",
    category: "mental-health",
    severity: "error",
    patterns: [
      "lunatic|lunatics|lunacy|loony|loonies|looney|loon|maniac|maniacs|madman|madmen|madwoman|madhouse",
    ],
    explanation: CASUAL,
    suggestions: ["reckless", "chaotic", "person with a mental health condition"],
    source: SOURCES.nami,
  },
  {
    id: "mental-health/went-mad",
    category: "mental-health",
    severity: "warning",
    patterns: [
      "go~|went|gone|going|drove|driving mad",
      "mad as a hatter",
      "stark raving|staring mad",
      "go~|went|gone|going a bit|little|full? mental|nuts|psycho|loco",
      "a|an|the total|complete borderline|schizo|psycho|narcissist|sociopath",
    ],
    explanation: CASUAL,
    suggestions: ["became very distressed", "became unwell"],
    source: SOURCES.nami,
  },
  {
    // Its own advice: the word is for the people who give care, not for a state of mind (a communicator's trial
    // was told to write "became very distressed" for "a shrink").
    id: "mental-health/shrink",
    category: "mental-health",
    severity: "warning",
    patterns: ["see~|seeing|saw|visit~|a|my|his|her|their|the shrink|shrinks"],
    explanation:
      "Slang for mental health professionals makes getting care sound shameful or laughable, which keeps people from it.",
    suggestions: ["a psychiatrist, psychologist or therapist", "a mental health professional"],
    source: SOURCES.nami,
  },
  {
    id: "mental-health/casual-diagnosis",
    evenInOwnAccount: true,
    category: "mental-health",
    severity: "warning",
    patterns: [
      "so|soo|sooo|soooo|very|super|totally|really|such|little|bit|kinda|extra|lowkey|mega bipolar|ocd|adhd|schizo|schizophrenic|autistic|anorexic|psychotic|manic",
      "kind|sort of bipolar|ocd|adhd|schizo|schizophrenic|autistic|anorexic|psychotic|manic",
      "bipolar|schizophrenic|schizo weather|day|days|mood|moods|policy|policies|behavior|behaviour|approach|boss|market|week|vibe|meeting|meetings|board|schedule|schedules|plan|plans|leadership|management|budget|strategy|season|month|year|email|emails|rollout|department|administration|decision|decisions|culture|agenda|committee|memo|messaging|process",
      "ocd about",
      // After blind set 25 was scored (not measured): "an OCD perfectionist".
      "ocd perfectionist|perfectionists",
      "ocd neat|clean freak|freaks",
      "my|his|her|their ocd about|with",
      "a|an ocd|adhd moment",
      // Round 21 (from the spent blind set 28): "Our OCD manager alphabetised the glove boxes again".
      "ocd|adhd manager|boss",
    ],
    explanation: TRIVIALISED,
    suggestions: ["moody", "particular", "detail-oriented", "changeable"],
    source: SOURCES.nami,
    unlessAfter: [
      "disorder|disorders|patients|patient|diagnosis|symptoms|episode|episodes|medication|treatment|i|ii",
    ],
  },
  {
    // "I'm super ADD this morning", not "so add it to the list".
    id: "mental-health/casual-add",
    evenInOwnAccount: true,
    category: "mental-health",
    severity: "warning",
    patterns: ["so|super|totally|kinda|extra|lowkey|mega|such ADD"],
    requireAfter: ["@end|today|tonight|this|rn|lol|lmao|about|with|and|but|right|because|bc|when"],
    explanation: TRIVIALISED,
    suggestions: ["distracted", "scattered"],
    source: SOURCES.nami,
  },
  {
    id: "mental-health/schizo",
    category: "mental-health",
    severity: "error",
    patterns: ["schizo|schizos|psychotics|schizophrenics|manics"],
    explanation: "Slang and bare diagnostic labels reduce people to a condition.",
    suggestions: ["person with schizophrenia", "person with a psychotic disorder"],
    source: SOURCES.apStylebook,
  },
  {
    id: "mental-health/the-mentally-ill",
    category: "mental-health",
    severity: "warning",
    patterns: ["the mentally ill"],
    explanation: "Collective labels turn people into a group defined by illness.",
    suggestions: ["people with mental illness"],
    fixable: true,
    source: SOURCES.apStylebook,
  },
  {
    id: "mental-health/mentally-ill-person",
    category: "mental-health",
    severity: "suggestion",
    patterns: [
      "mentally ill person|people|patient|patients|individual|individuals|man|woman|men|women|physician|physicians|doctor|doctors|nurse|nurses|clinician|clinicians|colleague|colleagues",
      "mental patient|patients|case|cases",
    ],
    explanation: "Person-first wording puts the person before the condition.",
    suggestions: ["person with a mental illness", "person with a mental health condition"],
    source: SOURCES.apStylebook,
  },
  {
    id: "mental-health/suffering-from",
    category: "mental-health",
    severity: "suggestion",
    patterns: [
      `suffer~ from|with severe? chronic? clinical? major? ${CONDITIONS}`,
      `afflicted|stricken|plagued with|by severe? chronic? clinical? ${CONDITIONS}`,
      `sufferer|sufferers of|from|with severe? chronic? clinical? major? ${CONDITIONS}`,
      `${CONDITIONS} sufferer|sufferers`,
    ],
    explanation:
      '"Suffering" presumes the person\'s life is defined by pain and helplessness; many people live full lives with these conditions.',
    suggestions: ["living with", "has", "experiencing"],
    source: SOURCES.apStylebook,
  },
  {
    id: "mental-health/victim-of",
    category: "mental-health",
    severity: "suggestion",
    patterns: [
      `victim|victims of severe? chronic? ${CONDITIONS}|stress|illness`,
      "depression|addiction|burnout|illness victim|victims",
      "mental illness victim|victims",
    ],
    explanation: '"Victim" casts a person with a health condition as helpless.',
    suggestions: ["person with", "person living with"],
    source: SOURCES.apStylebook,
  },
  {
    id: "mental-health/asylum",
    category: "mental-health",
    severity: "warning",
    patterns: [
      "insane|lunatic|mental asylum|asylums",
      "loony|looney bin|bins",
      "funny farm|farms",
      // Round 21 (from the spent blind set 28): "psych ward" is ordinary hospital talk ("The psych ward is at
      // capacity tonight"); writers flag it used as a figure or as a place people are carted off to.
      "full|total|absolute psych ward",
      "basically|literally|practically|like|than a? psych ward|wards",
      "carted|hauled|shipped|dragged off to the|a psych ward",
      "let the psych ward out",
    ],
    explanation: "Outdated institutional slang evokes fear and coercion, not care.",
    suggestions: ["psychiatric hospital", "inpatient psychiatric unit"],
    source: SOURCES.nami,
  },
  {
    id: "mental-health/basket-case",
    category: "mental-health",
    severity: "warning",
    patterns: [
      "basket case|cases",
      "head case|cases",
      "mental case|cases",
      "unhinged",
      "deranged",
      "demented",
      "certifiable",
    ],
    explanation: CASUAL,
    suggestions: ["overwhelmed", "struggling"],
    source: SOURCES.nami,
    unlessInSentence: ["dementia"],
  },
  {
    id: "mental-health/lost-their-mind",
    category: "mental-health",
    severity: "warning",
    patterns: [
      "lost|lose|losing|loses his|her|their|my|your mind|minds|marbles",
      "off his|her|their|my rocker",
      "out of his|her|their|my mind",
      "not all there",
      "screw loose",
    ],
    explanation: CASUAL,
    suggestions: ["was overwhelmed", "was under great strain"],
    source: SOURCES.nami,
  },
  {
    id: "mental-health/retarded",
    category: "mental-health",
    severity: "error",
    patterns: ["retard|retards|retarded|tard|tards"],
    explanation: "A slur for people with intellectual disabilities.",
    suggestions: ["person with an intellectual disability", "foolish"],
    source: SOURCES.apStylebook,
    unlessAfter: ["growth|flame|flames"],
  },
  {
    id: "mental-health/mental-breakdown",
    category: "mental-health",
    severity: "suggestion",
    patterns: [
      "nervous|mental breakdown|breakdowns",
      "cracked|snapped under the pressure|stress",
      "had a meltdown",
    ],
    explanation:
      '"Breakdown" and "snapped" are vague and dramatic; they hide a treatable mental health crisis.',
    suggestions: ["mental health crisis", "became very unwell"],
    source: SOURCES.nami,
  },
  {
    id: "mental-health/normal-people",
    category: "mental-health",
    severity: "suggestion",
    patterns: ["normal|sane people|person|colleagues|doctors|physicians"],
    explanation: 'Contrasting people with mental illness with "normal" people implies they are abnormal.',
    suggestions: ["people without a mental health condition"],
    source: SOURCES.apStylebook,
    requireInSentence: [
      "mental",
      "illness",
      "depression",
      "anxiety",
      "condition",
      "conditions",
      "diagnosis",
      "disorder",
    ],
  },
  {
    id: "mental-health/mental-illness-violence",
    category: "mental-health",
    severity: "warning",
    patterns: [
      "dangerously|violently mentally ill",
      "mentally ill and dangerous|violent",
      // Round 15: a crime story that names the suspect's mental health ("Shooting suspect had history of
      // mental illness, sheriff says"), which AP advises against unless it is relevant and sourced.
      "suspect|suspects|gunman|shooter|attacker|assailant|killer|stabber had|has|with a? history of mental illness|psychiatric",
      // Round 19 (from the spent blind set 22): "The shooter was obviously schizophrenic".
      "suspect|suspects|gunman|shooter|attacker|assailant|killer|stabber @aux obviously|clearly|probably|likely|surely|definitely? schizophrenic|psychotic|bipolar|deranged|paranoid|psychopathic|unhinged",
      // After blind set 25 was scored (not measured): "Gunman likely mentally ill, neighbors say".
      "suspect|suspects|gunman|shooter|attacker|assailant|killer|stabber @aux? obviously|clearly|probably|likely|reportedly|allegedly|possibly? mentally ill",
      // Round 21 (from the spent blind set 27): "Another shooting by a psychiatric patient proves…".
      "shooting|shootings|attack|attacks|stabbing|stabbings|assault|assaults|rampage by a|an? psychiatric|psych|mental|schizophrenic|bipolar|psychotic patient|patients",
    ],
    explanation: "Linking mental illness with violence is inaccurate and drives stigma.",
    suggestions: ["person with a mental health condition"],
    source: SOURCES.apStylebook,
  },
  // Round 16 (from the spent blind set 15): danger told as a figure of speech about people with a diagnosis.
  {
    id: "mental-health/time-bomb",
    category: "mental-health",
    severity: "warning",
    patterns: ["ticking time bomb|bombs", "time bomb|bombs", "snap at any moment|minute|time|second"],
    explanation: "Linking mental illness with danger or violence is inaccurate and drives stigma.",
    suggestions: [DESCRIBE_BEHAVIOUR, "person with a mental health condition"],
    source: SOURCES.apStylebook,
    requireInSentence: [
      "ptsd",
      "psych",
      "psychiatric",
      "mental",
      "mentally",
      "bipolar",
      "schizophrenia",
      "schizophrenic",
      "depression",
      "depressed",
      "@diagnosed",
    ],
    unlessNegated: true,
    unlessInSentence: ["myth", "stereotype~"],
  },
  {
    id: "mental-health/committed-to-institution",
    category: "mental-health",
    severity: "suggestion",
    patterns: ["was|were|got|been committed to a|an? psychiatric? asylum|institution|institutions|hospital"],
    explanation: '"Committed" sounds punitive; describe the care the person received.',
    suggestions: ["was admitted to a psychiatric hospital"],
    source: SOURCES.apStylebook,
  },
  {
    id: "mental-health/emotionally-disturbed",
    category: "mental-health",
    severity: "warning",
    patterns: ["emotionally disturbed|unstable", "mentally unstable|disturbed|deficient"],
    explanation:
      "Vague labels like unstable or disturbed describe a person by supposed defects rather than a condition.",
    suggestions: ["person with a mental health condition"],
    source: SOURCES.apStylebook,
  },
  {
    id: "mental-health/diagnosis-as-noun",
    category: "mental-health",
    severity: "error",
    patterns: [
      "a|an|the|that|this|another|some|@poss schizophrenic|depressive|paranoid|anorexic|bulimic|bipolar|psychotic|neurotic|manic|borderline|hypochondriac|obsessive",
      "every|each|any|those|these|the schizophrenic|schizophrenics|depressive|depressives|bipolars|anorexics|psychotics|neurotics|paranoids|manics",
    ],
    explanation:
      "A diagnosis used as a noun for a person (a schizophrenic, the depressives) reduces them to a condition.",
    suggestions: ["person with schizophrenia", "people with depression", "person with anorexia"],
    source: SOURCES.apStylebook,
    requireAfter: [
      "@adp|@aux|@conj|@end|who|that|which|like|down|next|again|keeps|kept|said|says|gets|got|came|wandered|walked|ran|attacked|screamed|yelled|showed|started|tried|threatened|stabbed",
    ],
    // "the bipolar and depressive disorders" names conditions, not people.
    unlessInSentence: ["disorder", "disorders", "spectrum", "episodes", "symptoms", "diagnoses"],
  },
  {
    id: "mental-health/casual-diagnosis-subject",
    evenInOwnAccount: true,
    category: "mental-health",
    severity: "warning",
    // "The weather is so bipolar" is casual-diagnosis's ("so bipolar"); this catches the unmarked forms.
    fallback: true,
    patterns: [
      "weather|market|markets|mood|moods|boss|schedule|schedules|policy|inbox|day|week|team|printer|system|wifi|internet|computer|ehr|pager|manager|unit|thermostat is|was|seems|feels|looks|gets|got|went|being|been|has been? so|totally|completely|really|super|kinda? bipolar|schizophrenic|schizo|ocd|adhd|psychotic|manic|autistic|paranoid",
      "ocd|adhd about",
      "i'm|im|am|we're|you're ocd|adhd",
      "my|his|her|their|your ocd|adhd kick~|kicked|kicking|kicks",
    ],
    explanation: TRIVIALISED,
    suggestions: ["moody", "particular", "detail-oriented", "changeable", "distracted"],
    source: SOURCES.nami,
    unlessAfter: [
      "disorder|disorders|diagnosis|symptoms|episode|episodes|medication|treatment|i|ii|and|patients",
    ],
    unlessInSentence: ["diagnosed", "diagnosis", "treatment", "medication", "therapist", "psychiatrist"],
  },
  /*
   * Person-first: a diagnosis in front of a person ("a bipolar nurse", "an anorexic teenager",
   * "schizophrenic patients") or a diagnosis used as a plural noun ("two anorexics"). Built from word
   * classes (rules/en/classes.ts: @diagnosis × @person, clinician roles included), so "bipolar disorder",
   * "people with anorexia" and "a schizophrenic episode" stay clean. "Autistic" is not in @diagnosis: many
   * autistic people prefer identity-first wording.
   */
  {
    id: "mental-health/diagnosis-before-person",
    category: "mental-health",
    severity: "warning",
    patterns: [
      "@diagnosis @person",
      "@diagnosis charge|head|night|day|staff|floor|unit|school|young|old|new|former|teenage|adult|elderly @person",
      "manic depressive @person",
      "borderline patient|patients|client|clients",
      "ocd|adhd|ptsd|autistic coworker|coworkers|colleague|colleagues|boss|vet|vets|veteran|veterans|guy|guys|girl|kid|kids|roommate|partner",
    ],
    explanation:
      "A diagnosis in front of a person (a bipolar nurse, an anorexic teenager, schizophrenic patients) makes the condition who they are; person-first wording puts the person first.",
    suggestions: ["nurse with bipolar disorder", "teenager with anorexia", "people with schizophrenia"],
    source: SOURCES.apStylebook,
  },
  {
    id: "mental-health/diagnosis-as-plural-noun",
    category: "mental-health",
    severity: "error",
    patterns: [
      "depressives|paranoids|anorexics|bulimics|bipolars|neurotics|obsessives|hypochondriacs|borderlines|psychotics|schizophrenics",
      "manic depressives",
      "a|an|the|that|this|another|@poss manic depressive",
      // Round 21 (from the spent blind set 28): "The anorexics on the eating disorders unit".
      "anorexics|bulimics",
    ],
    explanation:
      "A diagnosis used as a noun for people (the depressives, two anorexics, a manic-depressive) reduces them to a condition.",
    suggestions: ["people with depression", "two patients with anorexia", "person with bipolar disorder"],
    source: SOURCES.apStylebook,
    // "a manic-depressive colleague" is diagnosis-before-person's.
    unlessAfter: [
      "disorder|disorders|illness|illnesses|psychosis|episode|episodes|symptoms|phase|phases|state|states|cycle|cycles|type|features",
      "@person",
    ],
    unlessInSentence: ["disorder", "disorders", "spectrum", "diagnoses"],
  },
  {
    id: "mental-health/illness-as-danger",
    category: "mental-health",
    severity: "warning",
    fallback: true,
    // Said of people with a mental illness: "makes people unpredictable", "psychiatric patients are violent".
    patterns: [
      "@violent and|or @violent",
      "@violent",
      // Round 20 (from the spent blind set 24): "Mentally ill patients are a danger to our staff".
      "a danger|threat|menace to",
      "ticking? time bomb|bombs",
    ],
    explanation:
      "Linking mental illness with danger or violence is inaccurate (people with mental illness are far more often victims than perpetrators) and drives stigma.",
    suggestions: [DESCRIBE_BEHAVIOUR, "person with a mental health condition"],
    source: SOURCES.apStylebook,
    requireBefore: ["@predicate", "@predicate people|them|him|her|patients|everyone|someone"],
    // Round 20: a danger compared away, "more frightened than dangerous".
    unlessBefore: ["than"],
    requireInSentence: [
      "mental illness|illnesses|disorder|disorders|condition|conditions",
      "mentally ill",
      "psychiatric",
      "schizophrenia",
      "psychosis",
      "@diagnosed",
    ],
    requireAlsoInSentence: ["@person", "they", "them", "he", "him", "she", "her", "someone", "anyone"],
    unlessInSentence: [
      "@hedge",
      "victim~",
      "themselves",
      "himself",
      "herself",
      "rarely",
      "less",
      "stereotype~",
      "medication~",
    ],
    unlessNegated: true,
  },
  // Issue 14, tuning round 7 (from the training sets 7a/7b, never from a blind set).
  {
    id: "mental-health/slang-labels",
    category: "mental-health",
    severity: "warning",
    patterns: [
      "nuthouse|nuthouses|madhouse|crazies|nutjob|nutjobs|whackjob|whackjobs|wacko|wackos|loon|loons|loony|looney|psychos|headcase|headcases|bonkers|unhinged",
      "loony|looney bin",
      "funny farm",
      "nut job|jobs",
      "touched in the head",
      // Round 19 (from training set 18b).
      "happy pills",
      "psych case|cases",
      "cuckoo|loopy|sicko|sickos",
      // Round 21 (from the spent blind set 27): "Unstable people like him shouldn't be anywhere near…".
      "unstable people|person|types|folks|ones",
      "need~|needs straitjacket|straitjackets|straightjacket|straightjackets",
      "belong~ in an|the asylum",
      "off his|her|their|your|my|@poss meds|rocker",
      "gone|went|going|goes|go schizo|schizophrenic|psychotic|bipolar|mental|insane|postal",
      "so|literally|totally|lowkey|super|really|completely triggered|triggering",
      "triggering me|us",
      "total|complete|full psychotic break|episode",
    ],
    explanation:
      "Slang for mental illness, and diagnoses used for a bad day or a messy meeting, make real conditions a joke and keep people from saying they need care.",
    suggestions: ["describe the behaviour or the day in plain words (chaotic, upset, frustrating)"],
    source: SOURCES.nami,
    unlessBefore: ["hemodynamically|medically|clinically|financially|politically|structurally"],
  },
  // Issue 14, round 11 (from the spent blind set 10 and the training sets).
  {
    // "My PTSD from that Epic upgrade is REAL": a diagnosis for an annoyance.
    id: "mental-health/casual-ptsd",
    evenInOwnAccount: true,
    category: "mental-health",
    severity: "warning",
    patterns: ["my|his|her|our|their ptsd|trauma from|about that|the|this"],
    explanation: CASUAL,
    suggestions: ["say what happened plainly (that upgrade was rough)"],
    source: SOURCES.nami,
    unlessInSentence: [
      "combat",
      "war",
      "deploy~",
      "assault~",
      "abuse",
      "diagnos~",
      "therapy",
      "therapist",
      "treatment",
      "veteran~",
      "accident",
      "shooting",
      "crash",
    ],
  },
]);
