import { describe, expect, it } from "vitest";
import { type CheckOptions, check, type TextDiagnostic } from "../src/index.js";

const WORDS_ONLY: CheckOptions = { locale: "en", audience: "public", readability: false, evidence: false };

function findings(text: string, options: Partial<CheckOptions> = {}): TextDiagnostic[] {
  return check(text, { ...WORDS_ONLY, ...options });
}

/** `[ruleId, flagged text]` for each finding. */
function flagged(text: string, options: Partial<CheckOptions> = {}): Array<[string, string]> {
  return findings(text, options).map((d) => [d.ruleId, text.slice(d.start, d.end)]);
}

describe("suicide and safe messaging", () => {
  it.each([
    ["He committed suicide last year.", "suicide/committed-suicide", "committed suicide"],
    ["Too many residents commit suicide.", "suicide/commit-suicide", "commit suicide"],
    ["When a colleague commits suicide, we grieve.", "suicide/commits-suicide", "commits suicide"],
    ["She thought about committing suicide.", "suicide/committing-suicide", "committing suicide"],
    ["It was a successful suicide.", "suicide/successful-suicide", "successful suicide"],
    ["He survived a failed attempt.", "suicide/failed-attempt-alone", "failed attempt"],
    ["Researchers counted completed suicides.", "suicide/completed-suicide", "completed suicides"],
    ["The suicide victim was 34.", "suicide/suicide-victim", "suicide victim"],
    ["Some say suicide is a selfish act.", "suicide/selfish", "suicide is a selfish"],
    ["For some doctors suicide is inevitable.", "suicide/inevitable", "inevitable"],
    ["He died by hanging, the suicide report said.", "suicide/method-detail", "by hanging"],
    ["He was found dead in his office.", "suicide/location-detail", "found dead in his office"],
  ])("flags %j", (text, ruleId, words) => {
    expect(flagged(text)).toContainEqual([ruleId, words]);
  });

  it("reads a failed attempt at something else as that, and a failed attempt to end a life as outcome wording", () => {
    expect(findings("After a failed attempt to upgrade the EHR, IT rolled back the build.")).toEqual([]);
    expect(findings("An unsuccessful attempt at the boards is not the end of a career.")).toEqual([]);
    expect(flagged("Her failed attempt to end her life was in May.")).toContainEqual([
      "suicide/failed-attempt",
      "failed attempt to end",
    ]);
  });

  it("does not flag 'committed to suicide prevention'", () => {
    expect(findings("We are committed to suicide prevention.")).toEqual([]);
  });

  it("does not flag 'died by suicide' or 'suicide is preventable'", () => {
    expect(findings("She died by suicide. Suicide is preventable and suicide is not inevitable.")).toEqual(
      [],
    );
  });

  it("does not flag a flagged phrase that is only mentioned in quotation marks", () => {
    expect(findings("Say “died by suicide,” not “committed suicide.”")).toEqual([]);
    expect(findings('Avoid "commit suicide".')).toEqual([]);
  });
});

describe("matching", () => {
  it("reports exact character offsets", () => {
    const text = "In 2019 our colleague committed suicide.";
    const [finding] = findings(text);
    expect(finding).toMatchObject({ start: 22, end: 39 });
    expect(text.slice(finding!.start, finding!.end)).toBe("committed suicide");
  });

  it("matches a phrase across a line break and keeps offsets in the original text", () => {
    const text = "Her brother Committed\n    suicide in 2019.";
    const [finding] = findings(text);
    expect(finding?.ruleId).toBe("suicide/committed-suicide");
    expect(text.slice(finding!.start, finding!.end)).toBe("Committed\n    suicide");
  });

  it("ignores case", () => {
    expect(flagged("COMMITTED SUICIDE")).toEqual([["suicide/committed-suicide", "COMMITTED SUICIDE"]]);
  });

  it("treats hyphens like spaces inside phrases", () => {
    expect(flagged("a substance-abuse program")).toEqual([
      ["substance-use/substance-abuse", "substance-abuse"],
    ]);
  });

  it("understands curly apostrophes", () => {
    expect(flagged("He can’t handle the pressure.")).toEqual([
      ["clinician-stigma/cant-handle", "can’t handle the pressure"],
    ]);
  });

  it("matches inflections and plurals", () => {
    expect(flagged("Addicts and drug abusers abused opioids.").map(([id]) => id)).toEqual([
      "substance-use/addict",
      "substance-use/opioid-abuser",
      "substance-use/abuse-substances",
    ]);
  });

  it("matches a phrase followed by a possessive, with straight or curly apostrophes", () => {
    expect(flagged("The suicide victim’s family asked for privacy.")).toEqual([
      ["suicide/suicide-victim", "suicide victim’s"],
    ]);
    expect(flagged("The suicide victim's family asked for privacy.")).toEqual([
      ["suicide/suicide-victim", "suicide victim's"],
    ]);
  });

  it("flags the plural noun 'crazies'", () => {
    expect(flagged("He called the patients a bunch of crazies.")).toEqual([
      ["mental-health/crazy", "crazies"],
    ]);
  });

  it("does not match a phrase split across two sentences", () => {
    expect(findings("The team committed. Suicide prevention is the goal.")).toEqual([]);
  });

  it("explains the harm and offers alternatives with the guidance source", () => {
    const [finding] = findings("He committed suicide.");
    expect(finding).toMatchObject({
      severity: "error",
      category: "suicide",
      suggestions: ["died by suicide"],
      fixable: true,
      source: { url: "https://suicidepreventionmessaging.org/" },
    });
    expect(finding?.message).toMatch(/^"committed suicide": "Commit" ties suicide to crime/);
  });

  it("can skip rules by id (the meaning model's too)", () => {
    const text = "He committed suicide.";
    expect(findings(text, { disable: ["suicide/committed-suicide"] }).map((d) => d.ruleId)).toEqual([
      "suicide/meaning-model",
    ]);
    expect(findings(text, { disable: ["suicide/committed-suicide", "suicide/meaning-model"] })).toEqual([]);
  });
});

describe("substance use", () => {
  it.each([
    ["He is an addict.", "addict"],
    ["Drug abuse is rarely discussed.", "Drug abuse"],
    ["Her father was an alcoholic.", "alcoholic"],
    ["The junkies were ignored.", "junkies"],
    ["She has stayed clean for two years.", "stayed clean"],
    ["His urine came back dirty.", "came back dirty"],
    ["He hid his drug habit.", "drug habit"],
    ["Methadone is just replacing one drug with another.", "replacing one drug with another"],
  ])("flags %j", (text, words) => {
    expect(findings(text).map((d) => text.slice(d.start, d.end))).toEqual([words]);
    expect(findings(text)[0]?.category).toBe("substance-use");
  });

  it("does not flag 'abuse of power'", () => {
    expect(findings("Abuse of power harms residents.")).toEqual([]);
  });

  it("does not flag 'dirty linen'", () => {
    expect(findings("Nobody wants to air their dirty linen.")).toEqual([]);
  });

  it("does not flag 'a clean workspace'", () => {
    expect(findings("Keep a clean workspace.")).toEqual([]);
  });

  it("does not flag 'drug interactions'", () => {
    expect(findings("Check for drug interactions before prescribing.")).toEqual([]);
  });

  it("does not flag the name of SAMHSA or alcoholic beverages", () => {
    expect(
      findings(
        "The Substance Abuse and Mental Health Services Administration does not serve alcoholic drinks.",
      ),
    ).toEqual([]);
  });

  it("does not flag nicotine replacement therapy", () => {
    expect(findings("Nicotine replacement therapy helps people quit.")).toEqual([]);
  });
});

describe("mental health terms", () => {
  it.each([
    ["That shift was crazy.", "crazy"],
    ["The policy is insane.", "insane"],
    ["He is a psycho.", "psycho"],
    ["The inbox is driving me nuts.", "driving me nuts"],
    ["Only a lunatic would do that.", "lunatic"],
    ["I nearly went mad.", "went mad"],
    ["The weather is so bipolar.", "so bipolar"],
    ["I'm a little OCD about labels.", "little OCD"],
    ["The plan felt totally schizo.", "totally schizo"],
    ["Do not abandon the mentally ill.", "the mentally ill"],
    ["Clinicians suffering from depression need support.", "suffering from depression"],
    ["She is a victim of depression.", "victim of depression"],
  ])("flags %j", (text, words) => {
    expect(findings(text).map((d) => [d.category, text.slice(d.start, d.end)])).toEqual([
      ["mental-health", words],
    ]);
  });

  it("does not flag the names of conditions used as diagnoses", () => {
    expect(
      findings("He has bipolar disorder. Symptoms of OCD can start early. Psychotic symptoms need care."),
    ).toEqual([]);
  });

  it("does not flag 'nuts and bolts' or 'tree nuts'", () => {
    expect(findings("The nuts and bolts of scheduling. Tree nuts are an allergen.")).toEqual([]);
  });

  it("does not flag 'mad' meaning angry", () => {
    expect(findings("I am mad about the parking rules.")).toEqual([]);
  });
});

describe("clinician-specific stigma", () => {
  it.each([
    ["Programs for impaired physicians are punitive.", "impaired physicians"],
    ["Asking for help is a sign of weakness.", "sign of weakness"],
    ["Interns are told to toughen up.", "toughen up"],
    ["If you can't handle the pressure, leave.", "can't handle the pressure"],
    ["Clinicians should admit they have a problem.", "admit they have a problem"],
  ])("flags %j", (text, words) => {
    expect(findings(text).map((d) => [d.category, text.slice(d.start, d.end)])).toEqual([
      ["clinician-stigma", words],
    ]);
  });

  it("does not flag 'weak evidence'", () => {
    expect(findings("Weak evidence should not drive policy. The evidence is weak.")).toEqual([]);
  });

  it("does not flag 'impaired kidney function'", () => {
    expect(findings("Impaired kidney function changes the dose.")).toEqual([]);
  });

  it("does not flag help-seeking described as strength", () => {
    expect(
      findings("Seeking help is not a sign of weakness. Asking for help is a sign of strength."),
    ).toEqual([]);
  });
});

describe("individual-blame framing of burnout", () => {
  it("warns when resilience training is offered as the fix, with the system-level alternative", () => {
    const [finding] = findings("Resilience training is the answer to burnout.");
    expect(finding).toMatchObject({ ruleId: "burnout-framing/resilience-as-fix", severity: "warning" });
    expect(finding?.suggestions[0]).toMatch(/system drivers of burnout/);
  });

  it("warns when burnout is called a personal failing", () => {
    expect(flagged("Burnout is a personal failing.")).toEqual([
      ["burnout-framing/personal-failing", "Burnout is a personal failing"],
    ]);
  });

  it("does not flag resilience mentioned alongside system fixes", () => {
    expect(findings("Resilience training alone will not fix burnout; safe staffing will.")).toEqual([]);
  });

  it("does not flag resilience outside a fix-burnout claim", () => {
    expect(findings("The community showed great resilience after the storm.")).toEqual([]);
  });
});

describe("links and images", () => {
  it("flags 'click here' anywhere", () => {
    expect(flagged("To register, click here.")).toEqual([["accessibility/click-here", "click here"]]);
  });

  it("flags generic link text only when it is the whole link label", () => {
    expect(flagged("Read more", { context: "link" })).toEqual([["accessibility/read-more", "Read more"]]);
    expect(findings("Read more about the 988 Lifeline.")).toEqual([]);
    expect(findings("Read the 988 messaging framework", { context: "link" })).toEqual([]);
  });

  it("flags alt text that starts with 'image of'", () => {
    expect(flagged("Image of two nurses talking", { context: "alt" })).toEqual([
      ["accessibility/image-of", "Image of"],
    ]);
  });

  it("does not flag 'image of' in body text", () => {
    expect(findings("The image of medicine as a calling is changing.")).toEqual([]);
  });

  it("flags empty, placeholder and file-name alt text", () => {
    expect(flagged("  ", { context: "alt" })).toEqual([["accessibility/image-missing-alt", "  "]]);
    expect(flagged("photo", { context: "alt" })).toEqual([["accessibility/placeholder-alt", "photo"]]);
    expect(flagged("IMG_2041.jpg", { context: "alt" })).toEqual([
      ["accessibility/image-missing-alt", "IMG_2041.jpg"],
    ]);
  });

  it("flags images without alt text inside copy", () => {
    expect(flagged("See ![](https://example.org/a.png) and <img src='b.png'>.")).toEqual([
      ["accessibility/image-missing-alt", "![](https://example.org/a.png)"],
      ["accessibility/image-missing-alt", "<img src='b.png'>"],
    ]);
  });
});

describe("quote blocks", () => {
  it("leaves a speaker's stigma wording alone but warns about unsafe suicide wording", () => {
    const text =
      "I thought asking for help was a sign of weakness. My colleague committed suicide and I went crazy.";
    const [finding, ...rest] = findings(text, { context: "quote" });
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({
      ruleId: "suicide/committed-suicide",
      severity: "warning",
      fixable: false,
    });
    expect(text.slice(finding!.start, finding!.end)).toBe("committed suicide");
    expect(finding!.suggestions[0]).toMatch(/^paraphrase the speaker .*or choose an illustrative quote/);
    expect(finding!.message).toMatch(/in a quote: .*The speaker's words are theirs to keep/);
  });

  it("warns, as a quote, about stigmatizing words a speaker says of other people (decision 45)", () => {
    const text = "We don't hire addicts, period, and the psych patients are dangerous.";
    const found = findings(text, { context: "quote" });
    expect(found.map((d) => [d.category, text.slice(d.start, d.end), d.severity])).toEqual([
      ["clinician-stigma", "don't hire", "warning"],
      ["substance-use", "addicts", "warning"],
      ["mental-health", "dangerous", "warning"],
    ]);
    for (const finding of found) {
      expect(finding.message).toMatch(/in a quote: .*The speaker's words are theirs to keep/);
      expect(finding.suggestions[0]).toMatch(/^paraphrase the speaker/);
      expect(finding.fixable).toBe(false);
    }
  });

  it("leaves a speaker's account of themselves alone in English and Spanish, pronoun or not", () => {
    expect(
      findings("My colleague was a drug addict, he wrote, and nobody noticed.", { context: "quote" }),
    ).toEqual([]);
    expect(
      findings("Pensé que pedir ayuda era de débiles. Me equivoqué.", { context: "quote", locale: "es" }),
    ).toEqual([]);
    const spanish = findings("Los que piden ayuda son débiles, nos dijo el jefe.", {
      context: "quote",
      locale: "es",
    }).find((d) => d.category === "clinician-stigma");
    expect(spanish?.severity).toBe("warning");
    expect(spanish?.message).toMatch(/en una cita: .*Las palabras del hablante son suyas/);
    expect(spanish?.suggestions[0]).toMatch(/^parafrasee al hablante/);
  });

  it("does not warn about a survivor's account of what they once believed", () => {
    expect(findings("I believed suicide was the only way out.", { context: "quote" })).toEqual([]);
  });

  it("flags the same wording outside a quote block", () => {
    const text = "My colleague committed suicide.";
    expect(findings(text, { context: "body" })).toHaveLength(1);
  });
});

describe("Spanish", () => {
  const es = { locale: "es" as const };
  it.each([
    ["Él cometió suicidio en 2020.", "suicide/cometio-suicidio", "cometió suicidio"],
    ["No quería cometer suicidio.", "suicide/cometer-suicidio", "cometer suicidio"],
    ["Es un adicto.", "substance-use/adicto", "adicto"],
    ["Su madre era adicta.", "substance-use/adicto", "adicta"],
    ["Lo trataron como a un drogadicto.", "substance-use/drogadicto", "drogadicto"],
    ["Ese turno fue una locura y él está loco.", "mental-health/loco", "locura"],
    ["Los médicos que sufren de depresión callan.", "mental-health/sufre-de", "sufren de depresión"],
    ["Es víctima de la ansiedad.", "mental-health/victima-de", "víctima de la ansiedad"],
    ["Un enfermo mental merece respeto.", "mental-health/enfermo-mental", "enfermo mental"],
    ["Pedir ayuda es señal de debilidad.", "clinician-stigma/senal-de-debilidad", "señal de debilidad"],
    ["Haga clic aquí para leer la guía.", "accessibility/haga-clic-aqui", "Haga clic aquí"],
  ])("flags %j", (text, ruleId, words) => {
    expect(flagged(text, es)).toContainEqual([ruleId, words]);
  });

  it("matches Spanish words written without accents", () => {
    expect(flagged("Cometio suicidio.", es)).toEqual([["suicide/cometio-suicidio", "Cometio suicidio"]]);
  });

  it("does not flag 'murió por suicidio' or 'prevención del suicidio'", () => {
    expect(findings("Murió por suicidio. Trabajamos en la prevención del suicidio.", es)).toEqual([]);
  });

  it("does not apply English rules to Spanish text", () => {
    expect(findings("crazy", es)).toEqual([]);
  });
});

describe("wording that generalises (issue 14)", () => {
  it.each([
    ["Three nurses have suicided since March.", "suicide/suicide-as-verb", "suicided", "warning"],
    ["She killed herself with pills from the unit.", "suicide/method-means", "killed herself with", "error"],
    [
      "He jumped off the hospital roof.",
      "suicide/jumped-from-place",
      "jumped off the hospital roof",
      "error",
    ],
    [
      "He died by suicide in the call room.",
      "suicide/location-detail",
      "by suicide in the call room",
      "error",
    ],
    [
      "Suicides among nurses are soaring.",
      "suicide/epidemic",
      "Suicides among nurses are soaring",
      "warning",
    ],
    ["Everyone said it was selfish of him to die like that.", "suicide/selfish", "selfish", "error"],
    [
      "After two suicide attempts she finally succeeded.",
      "suicide/finally-succeeded",
      "finally succeeded",
      "error",
    ],
    ["Real nurses never complain.", "clinician-stigma/real-clinicians", "Real nurses never", "error"],
    ["Seeing a therapist is career suicide.", "clinician-stigma/career-suicide", "career suicide", "error"],
    ["Burnout comes down to mindset.", "burnout-framing/mindset", "comes down to mindset", "warning"],
    ["Leaders turned a deaf ear to us.", "accessibility/ableist-idiom", "turned a deaf ear", "warning"],
    ["The paranoid in room 4 is shouting.", "mental-health/diagnosis-as-noun", "The paranoid", "error"],
    ["He is a drunk, they said.", "substance-use/a-drunk", "a drunk", "error"],
  ] as const)("flags %j", (text, ruleId, words, severity) => {
    const finding = findings(text).find((d) => d.ruleId === ruleId);
    expect(finding && [text.slice(finding.start, finding.end), finding.severity]).toEqual([words, severity]);
  });

  it.each([
    "We lost a colleague to suicide last year.",
    "Safe storage of firearms saves lives.",
    "He finally succeeded in passing his boards after two attempts.",
    "Seeing a therapist will not end your career.",
    "The patient was paralyzed by a stroke.",
    "A depressive episode is treatable.",
    "Drunk driving crashes rise during the holidays.",
    "Mindfulness can help, but it is not a cure for burnout.",
  ])("does not flag %j", (text) => {
    expect(flagged(text)).toEqual([]);
  });

  it.each([
    ["Dos residentes se suicidaron el año pasado.", "suicide/se-suicido", "se suicidaron"],
    ["Se quitó la vida con pastillas de la unidad.", "suicide/metodo-medio", "con pastillas"],
    ["Se disparan los suicidios entre residentes.", "suicide/sensacionalista", "Se disparan los suicidios"],
    [
      "Ir al psiquiatra es un suicidio profesional.",
      "clinician-stigma/suicidio-profesional",
      "suicidio profesional",
    ],
    ["Un retiro de yoga es la respuesta para el equipo.", "burnout-framing/remedio-individual", "respuesta"],
    ["La dirección hizo oídos sordos.", "accessibility/expresion-capacitista", "hizo oídos sordos"],
    ["Es una excusa coja.", "accessibility/expresion-capacitista", "excusa coja"],
  ])("flags Spanish %j", (text, ruleId, words) => {
    expect(flagged(text, { locale: "es" })).toContainEqual([ruleId, words]);
  });

  it("reports a sentence once when a broad rule and a precise one of the same family both match", () => {
    expect(flagged("A wellness app is the cure for burnout.")).toEqual([
      ["burnout-framing/wellness-day-fix", "A wellness app is the cure for burnout"],
    ]);
  });
});

describe("a label named in order to reject it (issue 14, round 9)", () => {
  const es: Partial<CheckOptions> = { locale: "es" };
  it.each([
    ['Don\'t say "crazy" or click here.', {}, ["accessibility/click-here", "click here"]],
    [
      "Stop calling people lunatics, and download here.",
      {},
      ["accessibility/download-here", "download here"],
    ],
    [
      "Dejemos de llamar locos a los colegas y haga clic aquí.",
      es,
      ["accessibility/haga-clic-aqui", "haga clic aquí"],
    ],
  ] as const)("does not excuse link text in a sentence rejecting a label: %j", (text, options, expected) => {
    expect(flagged(text, options)).toContainEqual(expected);
  });

  it.each([
    ["Calling suicide selfish ignores the illness and the exhaustion behind it.", {}],
    ["Calling someone crazy because they're struggling helps no one.", {}],
    ["Calling a colleague soft for asking for coverage is how we lose good people.", {}],
    ["Calling it a lack of resilience misses the staffing problem.", {}],
    ["Can we stop telling people they aren't cut out for this?", {}],
    ["Anyone who mentions suicide should be heard, not dismissed as attention-seeking.", {}],
    ["Being strong for your patients should never mean hiding how you are.", {}],
    ["Llamar flojo a quien se quema ignora la falta de personal.", es],
    ["Dejemos de decir que pedir ayuda es de débiles.", es],
    ["Don't say committed suicide; say died by suicide.", {}],
    ["Instead of calling him an addict, say he has a substance use disorder.", {}],
    ["No one with depression deserves to be called crazy.", {}],
    ["Evitemos decir que alguien cometió suicidio: el suicidio no es un delito.", es],
    ["En lugar de llamarle adicto, hablamos de una persona con un trastorno por consumo.", es],
    ["El término enfermo mental etiqueta a la persona.", es],
    ["Nadie con una enfermedad mental merece que lo llamen loco.", es],
    // A question answered no at once (after blind set 18).
    ["Is burnout a personal failing? No — and our scheduling policy is built on that answer.", {}],
    ["¿Pedir ayuda es de débiles? Para nada.", es],
    // Single curly quotes around a phrase mention it, as double quotes do (after blind set 18).
    [
      "Style note: ‘committed suicide’ echoes the era when suicide was a crime, so we write ‘died by suicide’.",
      {},
    ],
  ] as const)("leaves %j alone (rules and model)", (text, options) => {
    expect(findings(text, options)).toEqual([]);
  });

  it.each([
    // "instead of calling someone" is a phone call, not a label being named (round 14).
    ["He took the easy way out instead of calling someone.", {}, "suicide"],
    ["Calling in sick is for the weak.", {}, "clinician-stigma"],
    ["Calling her crazy was fair; she is.", {}, "mental-health"],
    ["Pedir ayuda es de débiles.", es, "clinician-stigma"],
    ["Never call in sick during orientation; real nurses don't.", {}, "clinician-stigma"],
    ["He's an addict.", {}, "substance-use"],
    ["Is burnout a personal failing? Yes, mostly.", {}, "burnout-framing"],
    // Since round 21, "toughen up" said about burnout named in a question just before is burnout framing.
    ["Burned out? No wonder: nurses today need to toughen up.", {}, "burnout-framing"],
    // An apostrophe is not a quotation mark.
    ["He committed suicide in the nurses’ lounge.", {}, "suicide"],
  ] as const)("still flags %j, where the label is applied", (text, options, category) => {
    expect(findings(text, options).map((finding) => finding.category)).toContain(category);
  });
});

describe("round 9 wording (issue 14)", () => {
  const es: Partial<CheckOptions> = { locale: "es" };
  it.each([
    ["want to kms after that M&M ngl", {}, "suicide/joke-kms", "kms"],
    ["seven nights in a row?? somebody just shoot me", {}, "suicide/joke-shoot-me", "just shoot me"],
    [
      "my pager will not stop, I'm about to throw myself out the window",
      {},
      "suicide/joke-slang",
      "throw myself out",
    ],
    [
      "Heard the anesthesiologist offed himself over the holidays.",
      {},
      "suicide/offed-himself",
      "offed himself",
    ],
    ["Doctor jumps to his death from Route 9 bridge", {}, "suicide/jumped-from-place", "jumps to his death"],
    ["Losing his license is what made him do it.", {}, "suicide/single-cause", "is what made him do it"],
    [
      "The pharmacist showed up drunk to a Saturday shift.",
      {},
      "substance-use/showed-up-drunk",
      "showed up drunk",
    ],
    ["He kicked his Xanax habit last year.", {}, "substance-use/picked-up-a-habit", "kicked his Xanax habit"],
    ["Sorry, I'm super ADD this morning.", {}, "mental-health/casual-add", "super ADD"],
    [
      "Why does every depressive on the unit end up on my list?",
      {},
      "mental-health/diagnosis-as-noun",
      "every depressive",
    ],
    [
      "Dr. Ortiz suffers from MS but still operates twice a week.",
      {},
      "accessibility/suffers-from",
      "suffers from MS",
    ],
    ["Stricken with ALS, the nurse retired in May.", {}, "accessibility/suffers-from", "Stricken with ALS"],
    [
      "Crying after a code is unprofessional; save it for the car.",
      {},
      "clinician-stigma/emotion-unprofessional",
      "unprofessional",
    ],
    [
      "Surgery is not for you if you need a counselor.",
      {},
      "clinician-stigma/not-meant-for-the-work",
      "Surgery is not for you",
    ],
    [
      "Never tell your PD about the therapy.",
      {},
      "clinician-stigma/hide-care-imperative",
      "Never tell your PD about the therapy",
    ],
    [
      "La enfermera llegó bien pedo al turno de noche.",
      es,
      "substance-use/llego-borracho",
      "llegó bien pedo",
    ],
    ["Llegó otro falopero a la guardia, che.", es, "substance-use/drogadicto", "falopero"],
    ["Ese correo me dio un trigger horrible, jaja.", es, "mental-health/jerga", "me dio un trigger"],
    [
      "Sufre de esclerosis múltiple desde joven.",
      es,
      "accessibility/sufre-discapacidad",
      "Sufre de esclerosis",
    ],
    [
      "Llorar después de un código es falta de profesionalismo.",
      es,
      "clinician-stigma/emocion-poco-profesional",
      "falta de profesionalismo",
    ],
  ] as const)("flags %j", (text, options, ruleId, words) => {
    expect(flagged(text, options)).toContainEqual([ruleId, words]);
  });

  it.each([
    ["I ran 10 kms yesterday.", {}],
    ["Shoot me an email when you land.", {}],
    ["Many clinicians in therapy never tell anyone at work.", {}],
    ["She picked up a habit of running before shifts.", {}],
    ["Crying after a hard code is human, not unprofessional.", {}],
    ["His behaviour toward the nurses was unprofessional.", {}],
    ["She suffered from the heat on the transport.", {}],
    ["La herida ya está curada y el paciente regresa a casa hoy.", es],
    ["Llorar después de un código no es falta de profesionalismo.", es],
  ] as const)("leaves %j alone", (text, options) => {
    expect(findings(text, options)).toEqual([]);
  });
});

describe("round 10 wording (issue 14, from the spent blind set 9 and training sets)", () => {
  const es: Partial<CheckOptions> = { locale: "es" };
  it.each([
    [
      "Needle exchange draws users from three counties, neighbors complain",
      {},
      "substance-use/users-alone",
      "users",
    ],
    ["Random testing keeps the dirty ones out of the OR.", {}, "substance-use/dirty-ones", "the dirty ones"],
    ["One of the PGY-1s is a coke fiend on weekends.", {}, "substance-use/slang-for-people", "coke fiend"],
    [
      "My OCD coworker color-codes the crash cart drawers",
      {},
      "mental-health/diagnosis-before-person",
      "OCD coworker",
    ],
    [
      "Sufferers of bipolar disorder often make great leaders.",
      {},
      "mental-health/suffering-from",
      "Sufferers of bipolar",
    ],
    [
      "Our retired surgeon, a stroke victim, still comes in to teach.",
      {},
      "accessibility/suffers-from",
      "stroke victim",
    ],
    [
      "Con este censo de 40 pacientes ya estamos en modo suicida 💀",
      es,
      "suicide/broma-figura",
      "modo suicida",
    ],
    [
      "El médico se suicidó tras perder la demanda por negligencia.",
      es,
      "suicide/causa-unica",
      "se suicidó tras",
    ],
    [
      "Ese residente es un caso psiquiátrico, ni lo pongan en la UCI.",
      es,
      "mental-health/jerga",
      "un caso psiquiátrico",
    ],
    [
      "Afectado de ceguera desde los 40, aprendió braille.",
      es,
      "accessibility/sufre-discapacidad",
      "Afectado de ceguera",
    ],
    ["Qué mensaje tan sordo el del director.", es, "accessibility/expresion-capacitista", "tan sordo"],
  ] as const)("flags %j", (text, options, ruleId, words) => {
    expect(flagged(text, options)).toContainEqual([ruleId, words]);
  });

  it.each([
    ["Person-first: 'a resident with bipolar disorder', not 'a bipolar resident'.", {}],
    ["The 'psycho killer' trope in movies makes our patients' lives harder.", {}],
    ["EHR users reported the new build is slow.", {}],
    ["Decir “está loco” duele. Mejor hablemos de la persona.", es],
    ["Es una persona en tratamiento, no “la anoréxica de la 4”.", es],
  ] as const)("leaves %j alone", (text, options) => {
    expect(findings(text, options)).toEqual([]);
  });

  it("reads a literal 'muy sordo' about a patient as literal (the rule; the model weighs it on its own)", () => {
    expect(
      flagged("El paciente está muy sordo del oído izquierdo.", es).filter(
        ([id]) => !id.endsWith("/meaning-model"),
      ),
    ).toEqual([]);
  });

  it("still flags a short quote of speech, which is not an example of wording", () => {
    expect(flagged("“He's crazy,” she said about the new attending.")).toContainEqual([
      "mental-health/crazy",
      "crazy",
    ]);
  });
});

describe("round 11 wording (issue 14, from the spent blind set 10 and training sets)", () => {
  const es: Partial<CheckOptions> = { locale: "es" };
  it.each([
    ["Suicide among women physicians is skyrocketing.", {}, "suicide/epidemic"],
    ["One of our medics committed suicide with his service weapon on Friday.", {}, "suicide/means-from-work"],
    ["call schedule this month is literally suicidal 💀", {}, "suicide/joke-slang"],
    ["Thankfully it wasn't a successful attempt, and he's recovering.", {}, "suicide/failed-attempt-alone"],
    ["A schizophrenic wandered into the main lobby.", {}, "mental-health/diagnosis-as-noun"],
    ["my PTSD from that Epic upgrade is REAL 😩", {}, "mental-health/casual-ptsd"],
    ["Surgeons who see shrinks lose the room.", {}, "mental-health/shrink"],
    [
      "Are they deaf? We've been asking for a second pharmacist for two years.",
      {},
      "accessibility/disability-as-insult",
    ],
    [
      "honestly I'd trust a doctor less if I knew she was in therapy",
      {},
      "clinician-stigma/care-costs-trust",
    ],
    [
      "A good medic leaves it at the scene. Only the weak take it home.",
      {},
      "clinician-stigma/not-tough-enough",
    ],
    ["Nobody burns out if they truly love what they do.", {}, "burnout-framing/never-burn-out"],
    [
      "Fuentes del hospital aseguran que el auxiliar no mostraba ninguna señal de alarma.",
      es,
      "suicide/sin-senales-2",
    ],
    ["El que avisa no lo hace; los que van en serio no lo cuentan.", es, "suicide/mito-avisa"],
    ["La enfermera saltó desde el helipuerto del hospital al acabar el turno.", es, "suicide/metodo-lugar-2"],
    ["De los tres intentos, el último tuvo éxito.", es, "suicide/resultado-3"],
    ["Va empastillado a todas las guardias, se le nota en la cara.", es, "substance-use/jerga-3"],
    ["El R3 está como una cabra, se ha apuntado a diez guardias.", es, "mental-health/jerga-2"],
    [
      "El agresor del centro de salud tenía antecedentes psiquiátricos",
      es,
      "mental-health/antecedentes-y-violencia",
    ],
    ["Este plan de contingencia cojea por las noches.", es, "accessibility/metafora-discapacidad-2"],
  ] as const)("flags %j", (text, options, ruleId) => {
    expect(findings(text, options).map((finding) => finding.ruleId)).toContain(ruleId);
  });

  it.each([
    ["It's a myth that people who talk about suicide only want attention.", {}],
    [
      "Needing help after two years of COVID doesn't mean you weren't cut out for nursing; it means you're human.",
      {},
    ],
    ["The family asked that we not publish her letter, and we will honor that.", {}],
    ["Durante las obras, la salida más fácil hacia el aparcamiento es la puerta B.", es],
    ["El antiguo manicomio de la ciudad es hoy un centro cultural.", es],
    ["Por respeto a la familia no vamos a difundir la carta que dejó.", es],
    ["El paciente cojea desde la fractura de tobillo.", es],
  ] as const)("leaves %j alone", (text, options) => {
    expect(findings(text, options).filter((finding) => !finding.ruleId.endsWith("/meaning-model"))).toEqual(
      [],
    );
  });
});

describe("round 13 wording (issue 14, from the spent blind set 12 and the training sets)", () => {
  const es: Partial<CheckOptions> = { locale: "es" };
  it.each([
    ["Everyone on nights knew she was a user.", {}, "substance-use/is-a-user", "she was a user"],
    ["Our unit has one drunk and everybody covers for him.", {}, "substance-use/a-drunk", "one drunk"],
    ["The new fellow has a Percocet habit, apparently.", {}, "substance-use/drug-habit", "Percocet habit"],
    [
      "Users line up outside the clinic for their Suboxone every Tuesday.",
      {},
      "substance-use/users-alone",
      "Users",
    ],
    [
      "If you see a therapist, pay out of pocket so your program director never finds out.",
      {},
      "clinician-stigma/hide-care",
      "If you see a therapist, pay out of pocket so your program director never finds out",
    ],
    [
      "Don't bill it to your insurance, just see someone across the state line.",
      {},
      "clinician-stigma/hide-care-imperative",
      "Don't bill it to your insurance, just see someone across the state line",
    ],
    [
      "I'd think twice before scheduling a resident on antidepressants for nights.",
      {},
      "clinician-stigma/verdict-on-care",
      "think twice before",
    ],
    [
      "La enfermera que pidió licencia por depresión ya no es confiable en la UCI.",
      es,
      "clinician-stigma/veredicto-sobre-atencion",
      "ya no es confiable",
    ],
    [
      "Si empezás con el psiquiatra, te sacamos de la guardia de los sábados.",
      es,
      "clinician-stigma/veredicto-sobre-atencion",
      "te sacamos de la guardia",
    ],
    [
      "Pagá la terapia en efectivo, así tu jefa ni se entera.",
      es,
      "clinician-stigma/ocultar-atencion",
      "Pagá la terapia en efectivo, así tu jefa ni se entera",
    ],
  ] as const)("flags %j", (text, options, ruleId, words) => {
    expect(flagged(text, options)).toContainEqual([ruleId, words]);
  });

  it.each([
    ["He's a user of the new scheduling app.", {}],
    ["She is a power user of the EHR and trains the rest of us.", {}],
    ["Calling suicide selfish only teaches people to stay silent.", {}],
    ["Labeling her a coward teaches the whole unit to hide what they feel.", {}],
    ["El colegio garantiza que la terapia es confidencial: nadie se entera.", es],
  ] as const)("leaves %j alone", (text, options) => {
    expect(findings(text, options)).toEqual([]);
  });
});

describe("round 15 wording (issue 14, from the spent blind set 14 and the training sets)", () => {
  const es: Partial<CheckOptions> = { locale: "es" };
  it.each([
    [
      "Suicide is the coward's way out and I won't pretend otherwise.",
      {},
      "suicide/selfish",
      "coward's way out",
    ],
    ["Dirty UA = no contract. Agency policy, not mine.", {}, "substance-use/clean-test", "Dirty UA"],
    [
      "Medicine isn't for the fragile, and the sooner residents learn that, the better.",
      {},
      "clinician-stigma/not-tough-enough",
      "Medicine isn't for the fragile",
    ],
    ["Nursing is not for the weak.", {}, "clinician-stigma/not-tough-enough", "Nursing is not for the weak"],
    [
      "Clinic shooting suspect had history of mental illness, sheriff says",
      {},
      "mental-health/mental-illness-violence",
      "suspect had history of mental illness",
    ],
    ["Se colgó en la sala de guardias de Medicina Interna.", es, "suicide/metodo", "Se colgó en la sala"],
    ["En la planta tenemos dos bipolares.", es, "mental-health/esquizofrenico", "dos bipolares"],
    ["Ese tío es un desequilibrado.", es, "mental-health/jerga", "un desequilibrado"],
    ["Ese paciente is totally psycho, llamen a security.", es, "mental-health/jerga", "psycho"],
    ["Lleva años con el hábito de la cocaína.", es, "substance-use/jerga-regional", "hábito de la cocaína"],
  ] as const)("flags %j", (text, options, ruleId, words) => {
    expect(flagged(text, options)).toContainEqual([ruleId, words]);
  });

  it.each([
    // A negation in the clause excuses a verdict on suicide; one elsewhere in the sentence does not (above).
    ["Suicide is not selfish.", {}],
    ["I don't think suicide is selfish.", {}],
    ["Don't tell people they're taking the easy way out; tell them you're glad they're here.", {}],
    ["People love to say medicine isn't for the fragile, but nobody is fragile for needing sleep.", {}],
    ["El hábito de lavarse las manos salva vidas.", es],
    ["Un desequilibrio hormonal explica los síntomas.", es],
    ["The nurse had a history of mental illness and thrived with support.", {}],
  ] as const)("leaves %j alone", (text, options) => {
    expect(findings(text, options)).toEqual([]);
  });

  it("reads 'se colgó' as a method only with a place or a beam after it", () => {
    for (const text of ["Se colgó la mochila y salió de guardia.", "Se colgó el estetoscopio al cuello."])
      expect(flagged(text, es).map(([ruleId]) => ruleId)).not.toContain("suicide/metodo");
  });

  it("reads more advice to hide care in Spanish (round 17, from the spent blind set 17)", () => {
    for (const text of [
      "No marques la casilla de salud mental en la solicitud de credenciales.",
      "Pide ayuda por la puerta de atrás, que en Recursos Humanos no se enteren.",
    ])
      expect(flagged(text, es).map(([id]) => id)).toContain("clinician-stigma/ocultar-atencion");
  });

  it("still flags advice to hide care that starts like a refutation", () => {
    expect(
      findings("Don't tell anyone you're seeing a therapist, or the board will find out.").map(
        (finding) => finding.category,
      ),
    ).toContain("clinician-stigma");
  });
});

describe("round 16 wording (issue 14, from the spent blind set 15 and the training sets)", () => {
  const es: Partial<CheckOptions> = { locale: "es" };
  it("reads a verdict that a label piles shame on people as a rejection (found on blind set 16 after scoring)", () => {
    expect(
      findings("Calling suicide cowardly or selfish piles shame on the very people we're trying to reach."),
    ).toEqual([]);
    expect(findings("Suicide is cowardly and selfish.").map((finding) => finding.category)).toContain(
      "suicide",
    );
  });

  it.each([
    [
      "Their so-called recovery lasts about as long as a shift change.",
      {},
      "substance-use/labels",
      "so-called recovery",
    ],
    ["Only hire clean candidates for the agency.", {}, "substance-use/labels", "clean candidates"],
    ["Vets with PTSD are ticking time bombs.", {}, "mental-health/time-bomb", "ticking time bombs"],
    [
      "Keep an eye on the psych patients in hall B; they can snap at any moment.",
      {},
      "mental-health/time-bomb",
      "snap at any moment",
    ],
    [
      "Al jefe de servicio se le ha ido la olla con el cuadrante.",
      es,
      "mental-health/jerga-espana",
      "se le ha ido la olla",
    ],
    ["Este horario es de psiquiátrico, de verdad.", es, "mental-health/jerga-espana", "es de psiquiátrico"],
    ["Ese paciente no está bien de la cabeza.", es, "mental-health/jerga", "no está bien de la cabeza"],
    [
      "Pobre mujer, aquejada de un trastorno bipolar desde joven.",
      es,
      "mental-health/sufre-de",
      "aquejada de un trastorno",
    ],
    [
      "La técnica que murió por suicidio en el aparcamiento del hospital había pedido cambio de turno.",
      es,
      "suicide/lugar-muerte",
      "por suicidio en el aparcamiento",
    ],
  ] as const)("flags %j", (text, options, ruleId, words) => {
    expect(flagged(text, options)).toContainEqual([ruleId, words]);
  });

  it.each([
    ["The so-called recovery room is on 3 West.", {}, "substance-use/labels"],
    ["Vets with PTSD are not ticking time bombs.", {}, "mental-health/time-bomb"],
    ["The staffing crisis is a ticking time bomb.", {}, "mental-health/time-bomb"],
    ["Se me fue la olla y olvidé la reunión.", es, "mental-health/jerga-espana"],
    ["La paciente es de psiquiátrico: la trasladamos a la planta 5.", es, "mental-health/jerga-espana"],
  ] as const)("leaves %j to its rule", (text, options, ruleId) => {
    expect(flagged(text, options).map(([id]) => id)).not.toContain(ruleId);
  });
});

describe("policies that single out people who received care (round 16, from the spent blind sets 15 and 16)", () => {
  const es: Partial<CheckOptions> = { locale: "es" };
  it.each([
    [
      "Any faculty member who has used the counseling service must disclose it before going up for tenure.",
      {},
      "must disclose it",
    ],
    [
      "Nurses who request a schedule change for mental health reasons will be moved off the floor pending review.",
      {},
      "will be moved",
    ],
    [
      "We don't place physicians who have ever been treated for a mental health condition.",
      {},
      "don't place",
    ],
    [
      "Partners who disclose a psychiatric diagnosis will have their reads double-checked for six months.",
      {},
      "have their reads double-checked",
    ],
    [
      "Employees who have received psychiatric treatment may be reassigned away from patient care.",
      {},
      "may be reassigned",
    ],
    [
      "Todo empleado que haya estado de baja por salud mental pasará una evaluación de aptitud adicional.",
      es,
      "pasará una evaluación de aptitud",
    ],
    [
      "Los profesionales que hayan recibido atención en salud mental deberán superar una evaluación adicional.",
      es,
      "deberán superar una evaluación",
    ],
    [
      "Priorizaremos a profesionales sin antecedentes de atención psicológica.",
      es,
      "sin antecedentes de atención",
    ],
    [
      "Cualquiera que haya pasado por psiquiatría no debería firmar informes de anatomía patológica.",
      es,
      "no debería firmar",
    ],
    // Round 17, from the spent blind set 17.
    [
      "Los colegiados que hayan recibido tratamiento psiquiátrico deberán someterse a evaluación antes de renovar.",
      es,
      "deberán someterse a evaluación",
    ],
    ["Buscamos perfiles sin historial de bajas por salud mental.", es, "sin historial de bajas"],
    [
      "El personal con antecedentes de baja psiquiátrica no podrá hacer guardias localizadas.",
      es,
      "no podrá hacer guardias",
    ],
    [
      "Valoramos candidatos que nunca hayan necesitado apoyo psicológico.",
      es,
      "que nunca hayan necesitado apoyo",
    ],
  ] as const)("flags %j", (text, options, words) => {
    const ids = flagged(text, options)
      .filter(([, found]) => found === words)
      .map(([id]) => id);
    expect(
      ids.some(
        (id) => id === "clinician-stigma/policy-on-care" || id === "clinician-stigma/politica-sobre-atencion",
      ),
    ).toBe(true);
  });

  it.each([
    ["Counseling is confidential and will not be reported to your program.", {}],
    ["Staff who use the EAP will not be moved or flagged.", {}],
    ["Patients with depression will be monitored weekly by the care team.", {}],
    ["Physicians must report any current impairment, whatever their treatment history.", {}],
    ["Quien haya ido al psicólogo no pasará ninguna evaluación adicional.", es],
    ["El paciente con depresión pasará una evaluación de seguimiento.", es],
    ["El paciente con depresión deberá someterse a una revisión mensual.", es],
    ["La residente con ansiedad no puede hacer guardias esta semana porque está de vacaciones.", es],
  ] as const)("leaves %j to its rules", (text, options) => {
    const ids = flagged(text, options).map(([id]) => id);
    expect(ids).not.toContain("clinician-stigma/policy-on-care");
    expect(ids).not.toContain("clinician-stigma/politica-sobre-atencion");
  });
});

describe("round 17 wording (issue 14, from training set 16a)", () => {
  const es: Partial<CheckOptions> = { locale: "es" };
  it.each([
    [
      "She's been seeing a psychiatrist since March, and I don't want her in my OR.",
      {},
      "clinician-stigma/verdict-on-care",
      "don't want her in my",
    ],
    [
      "He came back from his PHP contract last month. Never trusted his judgment after that.",
      {},
      "clinician-stigma/verdict-on-care",
      "Never trusted his",
    ],
    [
      "Word is she's in therapy, so she's off the night schedule.",
      {},
      "clinician-stigma/verdict-on-care",
      "off the night schedule",
    ],
    [
      "She took FMLA for her anxiety. Now she's a walking liability.",
      {},
      "clinician-stigma/verdict-on-care",
      "walking liability",
    ],
    [
      "If the credentialing form asks about therapy, always say no.",
      {},
      "clinician-stigma/hide-care",
      "If the credentialing form asks about therapy, always say no",
    ],
    [
      "He took a month off for his nerves. Couldn't hack nursing.",
      {},
      "clinician-stigma/toughness-norm",
      "Couldn't hack nursing",
    ],
    [
      "Honestly, burnout comes from a negative attitude.",
      {},
      "burnout-framing/deficit-as-cause",
      "comes from a negative attitude",
    ],
    [
      "At some point, residents need to own their burnout.",
      {},
      "burnout-framing/deficit-as-cause",
      "own their burnout",
    ],
    [
      "Nobody made you stay late: you burned yourself out.",
      {},
      "burnout-framing/deficit-as-cause",
      "burned yourself out",
    ],
    [
      "Burnout is exhausting for everyone, but some of it is on them.",
      {},
      "burnout-framing/on-you",
      "of it is on them",
    ],
    [
      "La enfermera que va al psiquiatra, yo no me fiaría de ella en un paritorio.",
      es,
      "clinician-stigma/veredicto-sobre-atencion",
      "no me fiaría de",
    ],
    [
      "Está en tratamiento psiquiátrico y no la quiero en mi quirófano.",
      es,
      "clinician-stigma/veredicto-sobre-atencion",
      "no la quiero en mi quirófano",
    ],
    [
      "Pasó por el PAIME el año pasado. Para mí ya no es médica de fiar.",
      es,
      "clinician-stigma/veredicto-sobre-atencion",
      "no es médica de fiar",
    ],
    [
      "Si tu jefa te pregunta por la terapia, págalo cash y no digas nada.",
      es,
      "clinician-stigma/ocultar-atencion",
      "Si tu jefa te pregunta por la terapia, págalo cash y no digas nada",
    ],
    [
      "El R1 pidió una baja por ansiedad. Se rajó a los dos meses.",
      es,
      "clinician-stigma/flojo-por-pedir-ayuda",
      "Se rajó",
    ],
    [
      "Fue al psicólogo por una guardia mala: cero aguante.",
      es,
      "clinician-stigma/flojo-por-pedir-ayuda",
      "cero aguante",
    ],
    [
      "El burnout se lo buscaron ellos con tanta guardia extra.",
      es,
      "burnout-framing/deficit-como-causa",
      "se lo buscaron",
    ],
    [
      "Nueva app de respiración para el personal: ¡adiós al burnout!",
      es,
      "burnout-framing/remedio-personal",
      "Nueva app de respiración para el personal: ¡adiós al burnout",
    ],
    [
      "Hoy estoy de un TOC con las carpetas que ni yo me aguanto.",
      es,
      "mental-health/diagnostico-casual",
      "estoy de un TOC",
    ],
    [
      "Con otra auditoría me va a dar un brote psicótico.",
      es,
      "mental-health/diagnostico-casual",
      "me va a dar un brote psicótico",
    ],
    [
      "La dirección sigue sorda al dolor de las plantas.",
      es,
      "accessibility/expresion-capacitista",
      "sorda al dolor",
    ],
    // In a quote, a first-person verdict on someone else is not the speaker's account of themselves.
    [
      "He's on antidepressants. I wouldn't let him near my patients.",
      { context: "quote" },
      "clinician-stigma/verdict-on-care",
      "wouldn't let him near",
    ],
    [
      "Está con antidepresivos y yo no me fiaría de ella en un paritorio.",
      { locale: "es", context: "quote" },
      "clinician-stigma/veredicto-sobre-atencion",
      "no me fiaría de",
    ],
    ["The suboxone crowd is in the lobby again.", {}, "substance-use/labels", "suboxone crowd"],
    [
      "Sober for a month and he's back on the bottle.",
      {},
      "substance-use/off-the-wagon",
      "back on the bottle",
    ],
    ["El anestesista se cayó del carro en Navidad.", es, "substance-use/jerga-recaida", "se cayó del carro"],
    [
      "Dicen que la adjunta le da al frasco desde el verano.",
      es,
      "substance-use/jerga-recaida",
      "le da al frasco",
    ],
    [
      "He did a month at a wellness program. Not sure I'd want him on my service.",
      {},
      "clinician-stigma/verdict-on-care",
      "Not sure I'd want him on my",
    ],
    [
      "Word got out about her therapist, so the chief took her off the transplant call.",
      {},
      "clinician-stigma/verdict-on-care",
      "took her off the transplant call",
    ],
    [
      "Sorry, I don't want a nurse who needs antidepressants on my unit.",
      {},
      "clinician-stigma/verdict-on-care",
      "don't want a nurse who",
    ],
    [
      "The last locum had a breakdown; we hope you're made of sterner stuff.",
      {},
      "clinician-stigma/toughness-norm",
      "sterner stuff",
    ],
    [
      "Dicen que el adjunto va al psiquiatra; yo no le dejaría ni una vía.",
      es,
      "clinician-stigma/veredicto-sobre-atencion",
      "no le dejaría ni",
    ],
    [
      "Volvió de la baja por ansiedad y le quitamos las guardias de UCI.",
      es,
      "clinician-stigma/veredicto-sobre-atencion",
      "le quitamos las guardias",
    ],
    [
      "Yo no quiero que me opere un cirujano en tratamiento psiquiátrico.",
      es,
      "clinician-stigma/veredicto-sobre-atencion",
      "no quiero que me opere",
    ],
    [
      "Con lo de sus nervios, yo no la propondría para supervisora.",
      es,
      "clinician-stigma/veredicto-sobre-atencion",
      "no la propondría para",
    ],
    [
      "Llora en el office cada semana. Blandita, como toda su promoción.",
      es,
      "clinician-stigma/flojo-por-pedir-ayuda",
      "Blandita",
    ],
    // A system cause someone is told not to blame is denied, not affirmed.
    [
      "Stop blaming the EHR: burnout is a mindset problem.",
      {},
      "burnout-framing/deficit-as-cause",
      "mindset problem",
    ],
    [
      "Dejad de echarle la culpa al sistema: el burnout es falta de disciplina.",
      es,
      "burnout-framing/deficit-como-causa",
      "falta de disciplina",
    ],
  ] as const)("flags %j", (text, options, ruleId, words) => {
    expect(flagged(text, options)).toContainEqual([ruleId, words]);
  });

  it.each([
    ["We blame the EHR, not a mindset problem, for burnout.", {}, "burnout-framing/deficit-as-cause"],
    [
      "Quiero que me atienda la doctora que fue a terapia: escucha mejor que nadie.",
      es,
      "clinician-stigma/veredicto-sobre-atencion",
    ],
    [
      "I want her on my team: she went to therapy and came back stronger.",
      {},
      "clinician-stigma/verdict-on-care",
    ],
    [
      "The EAP took him off the waitlist and into therapy within a day.",
      {},
      "clinician-stigma/verdict-on-care",
    ],
    ["La bandeja se cayó del carro de curas al girar.", es, "substance-use/jerga-recaida"],
    ["The methadone clinic serves people in recovery.", {}, "substance-use/labels"],
    ["The bottle of hand sanitizer is back on the shelf.", {}, "substance-use/off-the-wagon"],
    [
      "I used to think therapy was a sign of weakness.",
      { context: "quote" },
      "clinician-stigma/sign-of-weakness",
    ],
    [
      "Echadle la culpa al sistema: el burnout no es falta de disciplina.",
      es,
      "burnout-framing/deficit-como-causa",
    ],
    // The care and the verdict in different paragraphs, or no care at all.
    [
      "He came back from his PHP contract last month.\n\nNever trusted his judgment after that.",
      {},
      "clinician-stigma/verdict-on-care",
    ],
    ["The pager died twice tonight. Never trusted it after that.", {}, "clinician-stigma/verdict-on-care"],
    [
      "She went on leave for depression. I would never trust a manager who punishes that.",
      {},
      "clinician-stigma/verdict-on-care",
    ],
    [
      "Our CMO says: I own our burnout scores, and fixing them is my job.",
      {},
      "burnout-framing/deficit-as-cause",
    ],
    [
      "Ir al psicólogo no es motivo para quitar turnos, aclaró la clínica.",
      es,
      "clinician-stigma/veredicto-sobre-atencion",
    ],
    [
      "Pagar la terapia en efectivo para esconderla es un síntoma del problema, no una solución.",
      es,
      "clinician-stigma/ocultar-atencion",
    ],
    [
      "Decir que quien pide una baja por ansiedad es un flojo es un mito que hace daño.",
      es,
      "clinician-stigma/flojo-por-pedir-ayuda",
    ],
    ["No es flojo quien pide una baja por ansiedad.", es, "clinician-stigma/flojo-por-pedir-ayuda"],
    [
      "El pollo del comedor estaba frío y el residente de baja no vino.",
      es,
      "clinician-stigma/flojo-por-pedir-ayuda",
    ],
    ["Al paciente le dio un brote psicótico en la sala de espera.", es, "mental-health/diagnostico-casual"],
    [
      "El paciente, sordo a los cinco años por una meningitis, usa audífonos.",
      es,
      "accessibility/expresion-capacitista",
    ],
  ] as const)("leaves %j to other rules", (text, options, ruleId) => {
    expect(flagged(text, options).map(([id]) => id)).not.toContain(ruleId);
  });
});

describe("round 18 wording (issue 14, from the spent blind set 20)", () => {
  const es: Partial<CheckOptions> = { locale: "es" };
  const quote: Partial<CheckOptions> = { context: "quote" };
  it.each([
    [
      "Understaffing drove Nurse Patel to take her life.",
      {},
      "suicide/single-cause",
      "drove Nurse Patel to take her life",
    ],
    [
      "Burnout is what killed Dr. Kim, plain and simple.",
      {},
      "suicide/single-cause",
      "Burnout is what killed",
    ],
    [
      "Screening residents about suicidal thoughts should be avoided, since the questions can plant the idea.",
      {},
      "suicide/myth-plants-idea",
      "plant the idea",
    ],
    [
      "Records show the resident bought the rope at a hardware store near the hospital.",
      {},
      "suicide/means-obtained",
      "bought the rope",
    ],
    [
      "Forty notes before midnight?? someone hide the scalpels from me",
      {},
      "suicide/joke-shoot-me",
      "hide the scalpels from me",
    ],
    [
      "He had a failed attempt last winter, and nobody said the word out loud.",
      {},
      "suicide/failed-attempt-alone",
      "failed attempt",
    ],
    ["By fourth year I was half mental from the hours.", {}, "mental-health/nuts", "half mental"],
    [
      "The anorexic applicant was asked for more records.",
      {},
      "mental-health/diagnosis-before-person",
      "anorexic applicant",
    ],
    [
      "She's a depression victim, according to the article.",
      {},
      "mental-health/victim-of",
      "depression victim",
    ],
    [
      "I'm so OCD about my inbox, zero unread or I can't sleep.",
      quote,
      "mental-health/casual-diagnosis",
      "so OCD",
    ],
    [
      "A bipolar nurse should never be in charge of a shift, in my opinion.",
      quote,
      "mental-health/diagnosis-before-person",
      "bipolar nurse",
    ],
    [
      "I'll be honest with you, I'd never hire a CMO who'd been to rehab.",
      quote,
      "clinician-stigma/verdict-on-care",
      "never hire",
    ],
    [
      "The committee concluded that the resident's leave request reflected a lack of the grit the job requires.",
      {},
      "clinician-stigma/help-seeking-as-weakness",
      "lack of the grit",
    ],
    [
      "Seeking counseling after a bad outcome reflects a personal failing.",
      {},
      "clinician-stigma/care-as-failing",
      "personal failing",
    ],
    [
      "Applicants should understand that disclosing past counseling will likely end their application here.",
      {},
      "clinician-stigma/help-seeking-as-career-harm",
      "end their application",
    ],
    [
      "Just check no on the mental health question.",
      {},
      "clinician-stigma/hide-care",
      "Just check no on the mental health question",
    ],
    [
      "A surgeon who admits fear has already lost the case.",
      {},
      "clinician-stigma/already-lost",
      "has already lost",
    ],
    [
      "Strong physicians carry their burdens quietly.",
      {},
      "clinician-stigma/stoic-ideal",
      "carry their burdens quietly",
    ],
    [
      "Dana never complains, never calls out, and that's what a real nurse looks like!",
      {},
      "clinician-stigma/stoic-praise",
      "Dana never complains, never calls out, and that's what a real nurse looks like",
    ],
    [
      "We've never had a resident take medical leave, because our people are built different.",
      {},
      "clinician-stigma/built-different",
      "are built different",
    ],
    [
      "We don't need fragile nurses in this unit.",
      {},
      "clinician-stigma/no-weak-wanted",
      "don't need fragile nurses",
    ],
    [
      "The committee attributed the hospitalist's burnout primarily to her perfectionism.",
      {},
      "burnout-framing/put-down-to-the-person",
      "attributed the hospitalist's burnout primarily to her perfectionism",
    ],
    [
      "Some people are just wired to burn out.",
      {},
      "burnout-framing/put-down-to-the-person",
      "wired to burn",
    ],
    [
      "Burned out? This magnesium gummy fixes that.",
      {},
      "burnout-framing/fix-all",
      "This magnesium gummy fixes that",
    ],
    [
      "Burnout? Nothing a bubble bath and a sheet mask can't fix.",
      {},
      "burnout-framing/nothing-it-cant-fix",
      "Nothing a bubble bath and a sheet mask can't fix",
    ],
    [
      "Our resilience workshops will solve burnout across the system by spring.",
      {},
      "burnout-framing/personal-fix",
      "Our resilience workshops will solve burnout across the system by spring",
    ],
    [
      "Se discutió el caso del interno cuyo intento exitoso conmocionó al servicio.",
      es,
      "suicide/resultado-2",
      "cuyo intento exitoso",
    ],
    ["El compañero fue hallado colgado en el galpón de la base.", es, "suicide/metodo", "hallado colgado"],
    ["El turno de Navidad fue un auténtico suicidio.", es, "suicide/broma-figura", "un auténtico suicidio"],
    ["Su muerte fue por una ruptura amorosa y ya está.", es, "suicide/causa-unica-3", "Su muerte fue por"],
    [
      "Le falta cuero para la UCI, se le nota en la cara.",
      es,
      "clinician-stigma/falta-madera",
      "falta cuero para",
    ],
    ["Vos no tenés pasta de intensivista.", es, "clinician-stigma/falta-madera", "no tenés pasta de"],
    [
      "«Aquí no necesitamos enfermeras frágiles», dijo la directora.",
      es,
      "clinician-stigma/no-queremos-debiles",
      "no necesitamos enfermeras frágiles",
    ],
    [
      "Los médicos que buscan ayuda ponen en peligro a sus pacientes.",
      es,
      "clinician-stigma/atencion-como-riesgo",
      "ponen en peligro a sus pacientes",
    ],
    [
      "Si vas al PAIME, olvídate de que te renueven el contrato.",
      es,
      "clinician-stigma/olvidate-del-contrato",
      "olvídate de que te renueven",
    ],
    [
      "Ir a terapia está bien para los pacientes, no para nosotros.",
      es,
      "clinician-stigma/no-para-nosotros",
      "no para nosotros",
    ],
    [
      "Consejo práctico: en la solicitud de privilegios, omita cualquier tratamiento psicológico.",
      es,
      "clinician-stigma/ocultar-atencion-2",
      "omita cualquier tratamiento",
    ],
    [
      "Una doctora con ataques de pánico no debería estar en urgencias.",
      es,
      "clinician-stigma/diagnostico-fuera-del-servicio",
      "no debería estar en urgencias",
    ],
    [
      "Te quemas porque quieres, nadie te obliga a quedarte.",
      es,
      "burnout-framing/culpa-de-la-persona",
      "porque quieres",
    ],
    [
      "Si te quemaste, es que te falta madera para la UCI.",
      es,
      "burnout-framing/culpa-de-la-persona",
      "falta madera",
    ],
    [
      "¿Burnout? Eso se arregla con un fin de semana en la playa.",
      es,
      "burnout-framing/se-arregla-con",
      "Eso se arregla con un fin de semana en la playa",
    ],
    // Second part, from the training sets 17a/17b.
    [
      "Therapy is for patients; we're the ones who give care.",
      {},
      "clinician-stigma/care-is-for-others",
      "is for patients",
    ],
    ["Guys don't do therapy in ortho.", {}, "clinician-stigma/we-dont-do-that", "don't do therapy"],
    [
      "Therapists who still go to grief groups are just milking it.",
      {},
      "clinician-stigma/care-as-faking",
      "milking it",
    ],
    [
      "The applicant's history of treatment for anxiety raises questions about reliability.",
      {},
      "clinician-stigma/care-raises-questions",
      "raises questions about reliability",
    ],
    [
      "Real ICU nurses don't need a debrief after every code.",
      {},
      "clinician-stigma/stoic-ideal",
      "don't need a debrief",
    ],
    [
      "Tough love: the floor has no room for nurses who fall apart.",
      {},
      "clinician-stigma/no-weak-wanted",
      "no room for nurses who",
    ],
    [
      "A nurse on antidepressants is a lawsuit waiting to happen.",
      {},
      "clinician-stigma/toughness-norm",
      "lawsuit waiting to happen",
    ],
    [
      "Dicen que Taylor estuvo internada. Yo que tú revisaba dos veces sus órdenes.",
      es,
      "clinician-stigma/veredicto-sobre-atencion-2",
      "revisaba dos veces",
    ],
    [
      "En la entrevista, ni se te ocurra marcar 'sí' en la pregunta de salud mental.",
      es,
      "clinician-stigma/ocultar-atencion-2",
      "ni se te ocurra marcar",
    ],
    [
      "La que va a terapia es porque no da el ancho.",
      es,
      "clinician-stigma/no-sirve-para-la-profesion",
      "no da el ancho",
    ],
    [
      "Buscamos personal resiliente: aquí no hay tiempo para bajones.",
      es,
      "clinician-stigma/no-queremos-debiles",
      "no hay tiempo para bajones",
    ],
    [
      "Millennials burn out because they were raised on participation trophies.",
      {},
      "burnout-framing/because-of-the-person",
      "Millennials burn out because they were raised on participation trophies",
    ],
    [
      "If residents meal-prepped on Sundays, we wouldn't be having this burnout conversation.",
      {},
      "burnout-framing/if-only-they",
      "If residents meal-prepped on Sundays, we wouldn't be having this burnout conversation",
    ],
    // Written after blind set 21 was scored (not measured).
    [
      "He swallowed forty tablets he'd been prescribed for migraines.",
      {},
      "suicide/means-obtained",
      "swallowed forty tablets",
    ],
    ["Did his test come back clean?", {}, "substance-use/clean-test", "come back clean"],
    ["Benzo abuse among ICU staff climbed.", {}, "substance-use/alcohol-abuse", "Benzo abuse"],
    [
      "If you tell the PD you're depressed you can kiss fellowship goodbye.",
      {},
      "clinician-stigma/care-raises-questions",
      "kiss fellowship goodbye",
    ],
    ["Ya ni el suicidio me salva, jajaja.", es, "suicide/broma-figura", "ni el suicidio me salva"],
    [
      "Casos de drogadicción en el personal crecen en silencio.",
      es,
      "substance-use/abuso-de-sustancias",
      "drogadicción",
    ],
    [
      "Si fue al psicólogo, ¿cómo le confías una UCI?",
      es,
      "clinician-stigma/veredicto-sobre-atencion-2",
      "cómo le confías",
    ],
    [
      "Los residentes se agotan porque no saben organizarse.",
      es,
      "burnout-framing/porque-la-persona",
      "Los residentes se agotan porque no saben organizarse",
    ],
  ] as const)("flags %j", (text, options, ruleId, words) => {
    expect(flagged(text, options)).toContainEqual([ruleId, words]);
  });

  it.each([
    [
      "She burned out because the unit was short-staffed for months.",
      {},
      "burnout-framing/because-of-the-person",
    ],
    [
      "She didn't burn out because she was weak. She covered three vacancies for a year.",
      {},
      "burnout-framing/because-of-the-person",
    ],
    ["If you feel burned out, you won't be alone: call the EAP.", {}, "burnout-framing/if-only-they"],
    [
      "La fisio está quemada porque lleva tres meses cubriendo dos plazas.",
      es,
      "burnout-framing/porque-la-persona",
    ],
    ["The campaign drove clinicians to suicide prevention training.", {}, "suicide/single-cause"],
    ["Asking about suicide does not plant the idea.", {}, "suicide/myth-plants-idea"],
    ["Maria has a serious Diet Coke habit.", {}, "substance-use/drug-habit"],
    ["Our patient never complains about the food, a true example.", {}, "clinician-stigma/stoic-praise"],
    [
      "The hero narrative tells clinicians that real heroes never complain.",
      {},
      "clinician-stigma/stoic-praise",
    ],
    ["Dana never complains, and honestly that worries me.", {}, "clinician-stigma/stoic-praise"],
    ["Burnout reflects a personal failing.", {}, "clinician-stigma/care-as-failing"],
    [
      "I was a nurse who never asked for help, and I thought therapy was weakness.",
      quote,
      "clinician-stigma/help-seeking-as-weakness",
    ],
    ["Burnout is mostly about staffing, not habits.", {}, "burnout-framing/put-down-to-the-person"],
    ["Su intento fallido de aprobar el examen lo desanimó.", es, "suicide/resultado-2"],
    ["El intento fallido de intubación obligó a llamar a anestesia.", es, "suicide/resultado-2"],
    ["Nadie se quema porque quiere.", es, "burnout-framing/culpa-de-la-persona"],
    [
      "No queremos héroes que nunca se quejan: queremos equipos descansados.",
      es,
      "clinician-stigma/elogio-estoico",
    ],
    [
      "La meditación me sirve a mí, pero la solución al burnout es organizativa.",
      es,
      "burnout-framing/autocuidado-como-solucion",
    ],
    ["Therapy is for patients and for the people treating them.", {}, "clinician-stigma/care-is-for-others"],
    [
      "Some older surgeons still think therapy is for the weak. I was wrong too.",
      {},
      "clinician-stigma/care-is-for-others",
    ],
    [
      "La depresión es un factor de riesgo importante y se puede tratar.",
      es,
      "clinician-stigma/atencion-como-riesgo",
    ],
    [
      "La frase «mejor vete a dermatología» no ayuda a nadie.",
      es,
      "clinician-stigma/no-sirve-para-la-profesion",
    ],
  ] as const)("leaves %j to other rules", (text, options, ruleId) => {
    expect(flagged(text, options).map(([id]) => id)).not.toContain(ruleId);
  });
});

describe("round 19 wording (issue 14, from the spent blind set 22)", () => {
  const es: Partial<CheckOptions> = { locale: "es" };
  it.each([
    [
      "The nurse who got clean in 2019 now runs our peer group.",
      {},
      "substance-use/got-clean",
      "who got clean",
    ],
    [
      "Police say the gunman was clearly psychotic.",
      {},
      "mental-health/mental-illness-violence",
      "gunman was clearly psychotic",
    ],
    [
      "Nurses who wanted counseling after the shooting just aren't strong enough.",
      {},
      "clinician-stigma/not-tough-enough-for-care",
      "aren't strong enough",
    ],
    [
      "Interns who book therapy in January are looking for an excuse to skip call.",
      {},
      "clinician-stigma/care-as-faking",
      "looking for an excuse",
    ],
    [
      "Tell the board about the counseling and you will never practice again.",
      {},
      "clinician-stigma/help-seeking-as-career-harm",
      "never practice again",
    ],
    [
      "Surgeons on antidepressants who are in therapy put patients at risk, the op-ed claims.",
      {},
      "clinician-stigma/help-seeking-as-danger",
      "put patients at risk",
    ],
    [
      "You can sleep when you're dead, rookie.",
      {},
      "clinician-stigma/toughness-norm",
      "sleep when you're dead",
    ],
    ["Real heroes put their own needs last.", {}, "clinician-stigma/stoic-ideal", "their own needs last"],
    ["His burnout is self-inflicted, honestly.", {}, "burnout-framing/self-made", "self-inflicted"],
    [
      "Anyone who burns out in the ED chose the wrong specialty.",
      {},
      "burnout-framing/self-made",
      "chose the wrong specialty",
    ],
    [
      "Light a candle, journal for ten minutes, and burnout melts away.",
      {},
      "burnout-framing/vanishes",
      "burnout melts",
    ],
    [
      "Since the merger, the pharmacy has been limping along with two techs.",
      {},
      "accessibility/ableist-idiom",
      "limping along with",
    ],
    ["He is a victim of aphasia after the stroke.", {}, "accessibility/suffers-from", "victim of aphasia"],
    [
      "His final letter was reproduced in full on the station's website after he died by suicide.",
      {},
      "suicide/note-in-full",
      "was reproduced in full",
    ],
    ["Preguntarle a un residente por el suicidio puede darle ideas.", es, "suicide/mitos", "darle ideas"],
    [
      "Nadie se lo imaginaba: la encontraron muerta el lunes.",
      es,
      "suicide/sin-senales",
      "Nadie se lo imaginaba",
    ],
    [
      "La publicación la reproducimos íntegra: es la carta de despedida que dejó el residente.",
      es,
      "suicide/nota-transcrita",
      "la reproducimos íntegra",
    ],
    ["Otra muestra sucia y lo sacan del programa.", es, "substance-use/muestra-sucia", "muestra sucia"],
    [
      "Los esquizofrénicos tendrían que estar encerrados.",
      es,
      "mental-health/encierro",
      "tendrían que estar encerrados",
    ],
    [
      "Los enfermos de la mente necesitan vigilancia.",
      es,
      "mental-health/enfermo-mental",
      "enfermos de la mente",
    ],
    [
      "Si vas a terapia, mejor no lo declares en la solicitud.",
      es,
      "clinician-stigma/ocultar-atencion-2",
      "mejor no lo declares",
    ],
    [
      "Fuiste al psicólogo del hospital y ahora te queda en el expediente.",
      es,
      "clinician-stigma/ocultar-atencion-2",
      "te queda en el expediente",
    ],
    [
      "Una enfermera con litio no debería entrar a la UCI.",
      es,
      "clinician-stigma/diagnostico-como-peligro",
      "no debería entrar",
    ],
    [
      "Quien ha pasado por psiquiatría supone un riesgo para los pacientes.",
      es,
      "clinician-stigma/atencion-como-riesgo",
      "supone un riesgo para los pacientes",
    ],
    [
      "La cirugía no es para débiles, doctor.",
      es,
      "clinician-stigma/no-queremos-debiles",
      "cirugía no es para débiles",
    ],
    [
      "El residente que llora por una guardia no tiene vocación.",
      es,
      "clinician-stigma/sin-vocacion",
      "no tiene vocación",
    ],
    [
      "La enfermera que se quiebra no sirve en urgencias.",
      es,
      "clinician-stigma/no-sirve-para-esto",
      "se quiebra no sirve",
    ],
    [
      "El agotamiento lo causan los mismos médicos que no delegan.",
      es,
      "burnout-framing/culpa-de-la-persona",
      "lo causan los mismos",
    ],
    [
      "Las guardias de 24 horas no son el problema; el problema es cómo las llevas.",
      es,
      "burnout-framing/como-lo-vives",
      "Las guardias de 24 horas no son el problema; el problema es cómo las llevas",
    ],
    ["El proyecto anda rengo desde enero.", es, "accessibility/metafora-discapacidad-2", "anda rengo"],
    // From training sets 18a and 18b.
    [
      "Did you hear she was in treatment? I wouldn't put her on the trauma team.",
      {},
      "clinician-stigma/verdict-on-care",
      "wouldn't put her on",
    ],
    [
      "Some people burn out and some don't; it's a personality thing.",
      {},
      "burnout-framing/on-the-person",
      "personality thing",
    ],
    ["Our night charge nurse is a boozehound.", {}, "substance-use/junkie", "boozehound"],
    ["The scheduling committee is run by morons.", {}, "accessibility/disability-as-insult", "morons"],
    ["Grab your happy pills before the staff meeting.", {}, "mental-health/slang-labels", "happy pills"],
    [
      "Her first try wasn't successful, the report says.",
      {},
      "suicide/outcome-after",
      "try wasn't successful",
    ],
    [
      "Nurses who ask for a debrief are made of glass.",
      {},
      "clinician-stigma/fragile-label",
      "made of glass",
    ],
    [
      "Dicen que estuvo en rehabilitación. Yo no le confiaría la farmacia.",
      es,
      "clinician-stigma/desconfianza",
      "Yo no le confiaría",
    ],
    [
      "Ese colega que toma sertralina ya está marcado en el servicio.",
      es,
      "clinician-stigma/desconfianza",
      "ya está marcado",
    ],
    [
      "Si te ven en la consulta de psiquiatría, despídete; nos aguantamos y ya.",
      es,
      "clinician-stigma/llorones",
      "nos aguantamos",
    ],
    [
      "El burnout del residente es cuestión de echarle ganas.",
      es,
      "burnout-framing/en-la-persona",
      "echarle ganas",
    ],
    ["Llegaron dos curaditos a urgencias.", es, "substance-use/jerga-3", "curaditos"],
    [
      "Si vas al psicólogo, que sea uno que no esté en la red del hospital.",
      es,
      "clinician-stigma/ocultar-atencion-2",
      "que no esté en la red",
    ],
    [
      "Seeing a therapist in residency? Good luck getting a fellowship after that.",
      {},
      "clinician-stigma/help-seeking-as-career-harm",
      "Good luck getting",
    ],
    [
      "Nurses who go to counseling after every code aren't built for the ICU.",
      {},
      "clinician-stigma/not-tough-enough-for-care",
      "aren't built for",
    ],
    [
      "Go to a psychiatrist and pay in cash, not through your employer plan.",
      {},
      "clinician-stigma/hide-care",
      "Go to a psychiatrist and pay in cash, not through your employer plan",
    ],
    [
      "Pay cash for the psychiatrist, not through your employer plan.",
      {},
      "clinician-stigma/hide-care",
      "Pay cash for the psychiatrist, not through your employer plan",
    ],
    // After blind set 23 was scored (not measured on unseen copy).
    [
      "Residents who talk about dying are fishing for sympathy.",
      {},
      "suicide/cry-for-help",
      "fishing for sympathy",
    ],
    ["She asked for FMLA after the code. Weak sauce.", {}, "clinician-stigma/fragile-label", "Weak sauce"],
    ["El agotamiento es para flojos.", es, "burnout-framing/en-la-persona", "es para flojos"],
    ["Los imbéciles de sistemas cambiaron la clave.", es, "accessibility/expresion-capacitista", "imbéciles"],
    [
      "El que habla de matarse nunca lo hace, no te preocupes.",
      es,
      "suicide/mito-avisa",
      "El que habla de matarse nunca lo hace",
    ],
    ["Habrá actividades para niños especiales.", es, "accessibility/especiales", "niños especiales"],
  ] as const)("flags %j", (text, options, ruleId, words) => {
    expect(flagged(text, options)).toContainEqual([ruleId, words]);
  });

  it.each([
    [
      "Burnout comes from workload and staffing, not from a lack of resilience.",
      {},
      "burnout-framing/lack-of-resilience",
    ],
    ["Burnout isn't caused by a lack of resilience.", {}, "burnout-framing/lack-of-resilience"],
    ["Grief after a code should never be brushed off as attention-seeking.", {}, "suicide/cry-for-help"],
    ["Nobody is “not cut out for nursing” because they took leave.", {}, "clinician-stigma/not-tough-enough"],
    ["Being strong doesn't mean never asking for help.", {}, "clinician-stigma/stoic-ideal"],
    ["If we hired six more nurses, burnout would vanish.", {}, "burnout-framing/vanishes"],
    ["The family's statement is quoted in full below.", {}, "suicide/note-in-full"],
    [
      "The old bridge isn't strong enough for the ambulances.",
      {},
      "clinician-stigma/not-tough-enough-for-care",
    ],
    ["The patient was limping along the corridor.", {}, "accessibility/ableist-idiom"],
    [
      "It's not because you picked the wrong specialty; it's the call schedule.",
      {},
      "burnout-framing/self-made",
    ],
    ["Preguntar por el suicidio no le mete la idea en la cabeza a nadie.", es, "suicide/mitos"],
    ["Vamos a darles ideas para prevenir el suicidio en la unidad.", es, "suicide/mitos"],
    ["La carta que dejó no se publicará.", es, "suicide/nota-publicada"],
    ["Ese chiste de «me mato si no sale el rol» ya no hace gracia.", es, "suicide/broma"],
    [
      "Organizar mejor la agenda no resuelve que falten enfermeras.",
      es,
      "burnout-framing/organizar-su-tiempo",
    ],
    [
      "Dormir bien ayuda, pero el burnout se combate cambiando cómo está organizado el trabajo.",
      es,
      "burnout-framing/remedio-personal",
    ],
    ["Recoja una muestra limpia de orina.", es, "substance-use/muestra-sucia"],
    ["Es un programa para niños con necesidades especiales de alimentación.", es, "accessibility/especiales"],
    [
      "Therapy does not put you on a watch list at the medical board.",
      {},
      "clinician-stigma/verdict-on-care",
    ],
    [
      "The Lorna Breen Foundation keeps a list of states that changed their forms.",
      {},
      "clinician-stigma/fragile-label",
    ],
    ["Call the suicide crisis line at 988.", {}, "suicide/epidemic"],
    ["The patient has spastic diplegia and uses a walker.", {}, "accessibility/outdated-terms"],
    ["We pulled it off: the new schedule starts Monday.", {}, "suicide/outcome-after"],
    ["The patient is brain dead; the family has been told.", {}, "accessibility/disability-as-insult"],
    [
      "Yo confío en ella para todo: estuvo en terapia y es la mejor de la guardia.",
      es,
      "clinician-stigma/desconfianza",
    ],
    ["La gente positiva también se quema cuando falta personal.", es, "burnout-framing/en-la-persona"],
    ["El sistema se va a colgar si todos entran a la vez.", es, "suicide/broma"],
  ] as const)("leaves %j to other rules", (text, options, ruleId) => {
    expect(flagged(text, options).map(([id]) => id)).not.toContain(ruleId);
  });
});

describe("round 20 wording (issue 14, from the spent blind set 24)", () => {
  const es: Partial<CheckOptions> = { locale: "es" };
  it.each([
    [
      "The charge nurse was abusing fentanyl from the Pyxis.",
      {},
      "substance-use/abuse-substances",
      "abusing fentanyl",
    ],
    ["She's a daily user, the whole unit knows.", {}, "substance-use/is-a-user", "She's a daily user"],
    ["This clinic is not a rehab for users.", {}, "substance-use/users-alone", "users"],
    [
      "People with schizophrenia are a threat to the nurses on that floor.",
      {},
      "mental-health/illness-as-danger",
      "a threat to",
    ],
    [
      "Our unit doesn't need any sensitive nurses.",
      {},
      "clinician-stigma/no-weak-wanted",
      "doesn't need any sensitive nurses",
    ],
    [
      "A real paramedic doesn't let a bad call get to him.",
      {},
      "clinician-stigma/stoic-ideal",
      "doesn't let a bad call get to",
    ],
    ["Good dentists never complain.", {}, "clinician-stigma/stoic-ideal", "never complain"],
    [
      "Honestly, some people just aren't wired for the ER, and burnout proves it.",
      {},
      "clinician-stigma/not-meant-for-the-work",
      "people just aren't wired for",
    ],
    [
      "Residents who book counseling are the first to crack under pressure.",
      {},
      "clinician-stigma/fold-under-pressure",
      "to crack under",
    ],
    [
      "See a therapist if you like, but don't expect anyone to hire you after that.",
      {},
      "clinician-stigma/help-seeking-as-career-harm",
      "don't expect anyone to hire",
    ],
    [
      "She took stress leave, so we should audit her charts from last month.",
      {},
      "clinician-stigma/help-seeking-as-danger",
      "audit her charts",
    ],
    [
      "Never use the EAP, the agency hears about everything.",
      {},
      "clinician-stigma/hide-care-imperative",
      "Never use the EAP, the agency hears about everything",
    ],
    [
      "Bad habits are the top reason residents burn out.",
      {},
      "burnout-framing/deficit-as-cause",
      "habits are the top reason",
    ],
    [
      "Burned out? Meditation alone will fix it.",
      {},
      "burnout-framing/fix-all",
      "Meditation alone will fix it",
    ],
    [
      "If the techs stopped scrolling on breaks they wouldn't be so fried.",
      {},
      "burnout-framing/if-only-they",
      "If the techs stopped scrolling on breaks they wouldn't be so fried",
    ],
    ["Los suicidios entre residentes suben como la espuma", es, "suicide/sensacionalista", "como la espuma"],
    ["Salió el rol de Navidad: adiós mundo cruel", es, "suicide/broma", "adiós mundo cruel"],
    [
      "Siempre amenaza con suicidarse para que le cambien el turno.",
      es,
      "suicide/llamar-la-atencion",
      "amenaza con suicidarse para que",
    ],
    ["Quiso quitarse la vida pero no lo consiguió.", es, "suicide/intento-resultado", "pero no lo consiguió"],
    ["Los consumidores de crack llenan la guardia.", es, "substance-use/drogadicto", "consumidores de crack"],
    [
      "El anestesista tiene un hábito con los opioides.",
      es,
      "substance-use/jerga-regional",
      "hábito con los opioides",
    ],
    ["Ese enfermero era un paquero, dicen.", es, "substance-use/jerga-regional", "paquero"],
    [
      "Mira su supuesta recuperación: otra vez en la cantina.",
      es,
      "substance-use/recuperacion-burla",
      "su supuesta recuperación",
    ],
    [
      "En el turno de noche solo llegan paranoicos y bipolares.",
      es,
      "mental-health/esquizofrenico",
      "paranoicos y bipolares",
    ],
    ["Ese jefe es un sicópata.", es, "mental-health/psicopata", "sicópata"],
    [
      "Hoy estás medio neurótica con los pendientes.",
      es,
      "mental-health/diagnostico-como-adjetivo",
      "estás medio neurótica",
    ],
    [
      "La residente con trastorno bipolar es una bomba de relojería.",
      es,
      "mental-health/enfermedad-como-peligro",
      "una bomba de relojería",
    ],
    [
      "Ve a terapia si quieres, pero despídete de la residencia.",
      es,
      "clinician-stigma/suicidio-profesional",
      "despídete de la residencia",
    ],
    [
      "Mi consejo: la terapia, a escondidas, que no se entere el jefe.",
      es,
      "clinician-stigma/ocultar-atencion",
      "Mi consejo: la terapia, a escondidas, que no se entere el jefe",
    ],
    [
      "Estuvo internada en psiquiatría; yo de ti vigilaba sus guardias.",
      es,
      "clinician-stigma/desconfianza",
      "yo de ti vigilaba",
    ],
    [
      "Nadie quiere a una enfermera con historial de depresión en su equipo.",
      es,
      "clinician-stigma/desconfianza",
      "Nadie quiere a una enfermera con historial",
    ],
    [
      "Un cirujano que se medica para la ansiedad no debería estar en el quirófano.",
      es,
      "clinician-stigma/veredicto-sobre-atencion",
      "no debería estar en el quirófano",
    ],
    ["Pedir la baja por una guardia dura es de novatos.", es, "clinician-stigma/llorones", "es de novatos"],
    ["Para la residencia hay que ser de otra pasta.", es, "clinician-stigma/llorones", "de otra pasta"],
    [
      "Es una debilidad personal y los demás no tienen por qué cubrirla.",
      es,
      "clinician-stigma/debilidad-personal",
      "debilidad personal",
    ],
    ["Si te quemas, el problema está en ti.", es, "burnout-framing/en-la-persona", "el problema está en ti"],
    [
      "El burnout es un cuento de los residentes de ahora.",
      es,
      "burnout-framing/en-la-persona",
      "burnout es un cuento",
    ],
    [
      "Todo está en tu cabeza; el agotamiento se supera.",
      es,
      "burnout-framing/cuestion-de-actitud",
      "Todo está en tu cabeza",
    ],
    [
      "No es manca la nueva enfermera: canaliza a la primera.",
      es,
      "accessibility/metafora-discapacidad",
      "No es manca",
    ],
    [
      "La enfermera inválida del turno de tarde se jubila.",
      es,
      "accessibility/minusvalido",
      "enfermera inválida",
    ],
    // From training set 19a.
    [
      "In my day we worked every weekend and no one needed a counselor.",
      {},
      "clinician-stigma/back-in-my-day",
      "In my day we worked every weekend and no one needed a counselor",
    ],
    [
      "Twenty years in the ER, never saw a therapist, and I turned out just fine.",
      {},
      "clinician-stigma/back-in-my-day",
      "Twenty years in the ER, never saw a therapist, and I turned out just fine",
    ],
    [
      "Imagine needing counseling after one bad shift.",
      {},
      "clinician-stigma/care-mocked",
      "Imagine needing",
    ],
    ["Sending interns to therapy is just coddling them.", {}, "clinician-stigma/care-mocked", "coddling"],
    [
      "Strong surgeons don't seek professional help.",
      {},
      "clinician-stigma/stoic-ideal",
      "don't seek professional help",
    ],
    [
      "Nurses who use the EAP are the ones you can't rely on.",
      {},
      "clinician-stigma/help-seeking-as-danger",
      "ones you can't rely on",
    ],
    [
      "See your psychiatrist on Saturdays so your PD never finds out.",
      {},
      "clinician-stigma/hide-care",
      "See your psychiatrist on Saturdays so your PD never finds out",
    ],
    [
      "The nurses who burn out are the ones who take every bad outcome home.",
      {},
      "burnout-framing/deficit-as-cause",
      "take every bad outcome home",
    ],
    [
      "If you were more thankful you wouldn't feel so burned out.",
      {},
      "burnout-framing/if-only-they",
      "If you were more thankful you wouldn't feel so burned out",
    ],
    [
      "To address burnout, every nurse will take a resilience course.",
      {},
      "burnout-framing/resilience-as-fix",
      "To address burnout, every nurse will take a resilience course",
    ],
    [
      "En mi época nadie iba al psiquiatra y salimos adelante igual.",
      es,
      "clinician-stigma/en-mis-tiempos",
      "En mi época nadie iba al psiquiatra y salimos adelante igual",
    ],
    [
      "Ya sé que está con el psiquiatra; habría que revisar las notas que firma.",
      es,
      "clinician-stigma/desconfianza",
      "revisar las notas que firma",
    ],
    [
      "Si pide la baja por depresión, que no cuente con el ascenso.",
      es,
      "clinician-stigma/olvidate-del-contrato",
      "que no cuente con el ascenso",
    ],
    ["Aquí no se llora en las guardias.", es, "clinician-stigma/llorones", "Aquí no se llora"],
    [
      "La terapia es pa' los que no pueden aguantar.",
      es,
      "clinician-stigma/llorones",
      "pa' los que no pueden aguantar",
    ],
    ["Ese residente es un fumón.", es, "substance-use/jerga-regional", "fumón"],
    ["El jefe está zumbado con los horarios.", es, "mental-health/jerga", "está zumbado"],
    ["Estoy re TOC con las etiquetas.", es, "mental-health/diagnostico-como-adjetivo", "Estoy re TOC"],
    [
      "El agotamiento es puro cuento de los jóvenes.",
      es,
      "burnout-framing/en-la-persona",
      "agotamiento es puro",
    ],
    ["Nadie se quema si ama su trabajo.", es, "burnout-framing/en-la-persona", "Nadie se quema si"],
  ] as const)("flags %j", (text, options, ruleId, words) => {
    expect(flagged(text, options)).toContainEqual([ruleId, words]);
  });

  it.each([
    [
      "The mural on the west wall is a tribute to Cripple Creek's first ambulance crew.",
      {},
      "accessibility/ableist-idiom",
    ],
    [
      "Someone in a psychotic episode is more often scared than dangerous.",
      {},
      "mental-health/illness-as-danger",
    ],
    [
      "Many residents pay cash for counseling because they worry about the licensing board.",
      {},
      "clinician-stigma/hide-care",
    ],
    [
      "We don't need more heroes who never rest; we need a schedule people can keep.",
      {},
      "clinician-stigma/stoic-ideal",
    ],
    [
      "Your therapy is your business, and the credentialing office has no business prying into it.",
      {},
      "clinician-stigma/help-seeking-as-danger",
    ],
    [
      "The old wing isn't built for this many beds, and staff burnout shows it.",
      {},
      "clinician-stigma/not-meant-for-the-work",
    ],
    [
      "Even the strongest nurse can crack under pressure, which is why counseling is free here.",
      {},
      "clinician-stigma/fold-under-pressure",
    ],
    [
      "If you're burned out, it is not because you chose the wrong specialty.",
      {},
      "clinician-stigma/not-meant-for-the-work",
    ],
    ["Yoga alone will not fix burnout; staffing will.", {}, "burnout-framing/fix-all"],
    ["If the nurses had enough coverage they wouldn't be so fried.", {}, "burnout-framing/if-only-they"],
    ["Intentó cambiar el turno pero no lo logró.", es, "suicide/intento-resultado"],
    ["Se agarró una curda en la boda de su hermana.", es, "substance-use/jerga-regional"],
    ["Su recuperación ha sido larga y la celebramos.", es, "substance-use/recuperacion-burla"],
    ["La paciente tiene síntomas depresivos y psicóticos.", es, "mental-health/esquizofrenico"],
    ["Nadie quiere a un médico agotado; por eso hay terapia gratuita.", es, "clinician-stigma/desconfianza"],
    ["Un médico con fiebre no debería estar en la guardia.", es, "clinician-stigma/veredicto-sobre-atencion"],
    [
      "La OMS describe el burnout como un fenómeno ocupacional, no como una debilidad personal.",
      es,
      "clinician-stigma/debilidad-personal",
    ],
    [
      "La doctora temía perder su licencia si pedía ayuda; su caso cambió la ley.",
      es,
      "clinician-stigma/suicidio-profesional",
    ],
    ["El burnout no es un cuento: lo describe la OMS.", es, "burnout-framing/en-la-persona"],
    [
      "Es cuestión de actitud de la dirección, que no abre plazas.",
      es,
      "burnout-framing/cuestion-de-actitud",
    ],
    // From training set 19a.
    [
      "Back in my day nobody needed a therapist, and we lost good people to that silence.",
      {},
      "clinician-stigma/back-in-my-day",
    ],
    ["Imagine needing a permit to park at your own hospital.", {}, "clinician-stigma/care-mocked"],
    [
      "You can't count on the schedule being fixed by March, so use the EAP now.",
      {},
      "clinician-stigma/help-seeking-as-danger",
    ],
    [
      "A pizza party doesn't address burnout; a second charge nurse does.",
      {},
      "burnout-framing/wellness-day-fix",
    ],
    [
      "The resilience webinars were optional; the fix we're betting on is protected admin time.",
      {},
      "burnout-framing/individual-cure",
    ],
    [
      "En mis tiempos nadie pedía ayuda, y muchos compañeros lo pagaron muy caro.",
      es,
      "clinician-stigma/en-mis-tiempos",
    ],
    [
      "Antes nadie iba al psicólogo porque no había psicólogos en el hospital.",
      es,
      "clinician-stigma/en-mis-tiempos",
    ],
    ["«Aquí se viene llorado de casa» es una frase que hay que desterrar.", es, "clinician-stigma/llorones"],
    ["Se agarró una curda en la boda.", es, "substance-use/jerga-regional"],
  ] as const)("leaves %j to other rules", (text, options, ruleId) => {
    expect(flagged(text, options).map(([id]) => id)).not.toContain(ruleId);
  });

  it("reads hashtags that close a post as part of its last sentence", () => {
    expect(flagged("Nothing a long walk and a nap can't fix! 🌿 #burnout")).toContainEqual([
      "burnout-framing/nothing-it-cant-fix",
      "Nothing a long walk and a nap can't fix! 🌿 #burnout",
    ]);
  });

  it.each([
    "Calling nurses weak for asking for help shuts down the people who most need it.",
    "Blaming tired residents for their habits ignores a schedule nobody could keep.",
    "Our plan starts with the staffing grid, not with telling nurses to toughen up.",
  ])("leaves a stigma named to reject it in %j", (text) => {
    expect(flagged(text)).toEqual([]);
  });

  it.each([
    "¿Te dijeron que pedir ayuda es de débiles? Falso: es parte del trabajo.",
    "Hablar de una «ola de suicidios» asusta y no informa.",
  ])("leaves a stigma named to reject it in %j", (text) => {
    expect(flagged(text, es)).toEqual([]);
  });
});

describe("toughening up, told to someone about their burnout (round 20)", () => {
  it.each([
    ["Nurses who feel burned out should toughen up.", "toughen up"],
    ["Burned-out medics just need thicker skin.", "thicker skin"],
    ["When you feel burnout coming on, just push through.", "push through"],
    ["Burned-out nurses need to toughen up and stop complaining about staffing.", "stop complaining"],
    ["Burned-out doctors need to toughen up instead of griping about staffing.", "toughen up"],
  ])("files %j under burnout framing, not clinician stigma", (text, words) => {
    const found = flagged(text);
    expect(found).toContainEqual(["burnout-framing/toughen-up", words]);
    expect(found.map(([id]) => id)).not.toContain("clinician-stigma/toughen-up");
  });

  it.each([
    "The resident said she was burnt out, and we listened instead of telling her to toughen up.",
    "Telling new grads to toughen up is not burnout prevention. Preceptor time is.",
    "Productivity metrics that reward pushing through are part of why burnout doesn't pass.",
  ])("leaves %j alone", (text) => {
    expect(flagged(text).map(([id]) => id)).not.toContain("burnout-framing/toughen-up");
  });

  it("still reads 'toughen up' as clinician stigma where no burnout is named", () => {
    expect(flagged("Residents need to toughen up.")).toContainEqual([
      "clinician-stigma/toughen-up",
      "toughen up",
    ]);
  });

  // Round 21: the two rules read one list of burnout words, so exactly one of them reports.
  it.each([
    ["You're burned out? Toughen up.", "burnout-framing/toughen-up"],
    ["He burned out last year and they told him to toughen up.", "burnout-framing/toughen-up"],
    ["Toughen up, you got burned on that case.", "clinician-stigma/toughen-up"],
    ["Toughen up, your burnout is your problem.", "burnout-framing/toughen-up"],
  ])("reports %j under exactly one toughen-up rule", (text, ruleId) => {
    const ids = flagged(text)
      .map(([id]) => id)
      .filter((id) => id.endsWith("/toughen-up"));
    expect(ids).toEqual([ruleId]);
  });
});

describe("wording found after blind set 25 was scored (issue 14, round 20, not measured)", () => {
  const es: Partial<CheckOptions> = { locale: "es" };
  it.each([
    [
      "Shooter probably mentally ill, police say",
      {},
      "mental-health/mental-illness-violence",
      "Shooter probably mentally ill",
    ],
    [
      "Ignore Pat in radiology, he's touched in the head.",
      {},
      "mental-health/slang-labels",
      "touched in the head",
    ],
    ["Our charge nurse is an OCD neat freak.", {}, "mental-health/casual-diagnosis", "OCD neat freak"],
    ["Since the accident she's an invalid.", {}, "accessibility/outdated-terms", "she's an invalid"],
    [
      "What the ICU needs is tougher residents.",
      {},
      "clinician-stigma/no-weak-wanted",
      "needs is tougher residents",
    ],
    [
      "Those nurses aren't burned out, they're simply lazy.",
      {},
      "burnout-framing/deficit-as-cause",
      "simply lazy",
    ],
    ["Burnout is really a competence problem.", {}, "burnout-framing/deficit-as-cause", "competence problem"],
    [
      "La técnica tenía un hábito con el tramadol.",
      es,
      "substance-use/jerga-regional",
      "hábito con el tramadol",
    ],
    ["La reunión de ayer me dejó traumado.", es, "mental-health/jerga", "me dejó traumado"],
    [
      "Si vas a psiquiatría, que te olvides de la beca.",
      es,
      "clinician-stigma/veredicto-sobre-atencion",
      "olvides de la beca",
    ],
    [
      "Volvió de la baja por ansiedad y ahora le reviso todo, por si acaso.",
      es,
      "clinician-stigma/desconfianza",
      "le reviso todo",
    ],
    [
      "Yo no me atendería con una doctora que toma antidepresivos.",
      es,
      "clinician-stigma/desconfianza",
      "no me atendería con",
    ],
    ["¿Psicólogo? Ponte las pilas, que aquí se trabaja.", es, "clinician-stigma/llorones", "Ponte las pilas"],
    [
      "Pidió licencia por estrés, o sea que no es material de jefatura.",
      es,
      "clinician-stigma/llorones",
      "no es material de",
    ],
    [
      "El agotamiento se combate con actitud.",
      es,
      "burnout-framing/en-la-persona",
      "agotamiento se combate con actitud",
    ],
    [
      "Se acabó el burnout: ahora todos sonreímos en la guardia.",
      es,
      "burnout-framing/en-la-persona",
      "Se acabó el burnout",
    ],
  ] as const)("flags %j", (text, options, ruleId, words) => {
    expect(flagged(text, options)).toContainEqual([ruleId, words]);
  });

  it.each([
    ["Crazy Horse Memorial trip for staff families announced", {}, "mental-health/crazy"],
    ["We need stronger nurse staffing ratios.", {}, "clinician-stigma/no-weak-wanted"],
    ["La sala no es material de primera, pero funciona.", es, "clinician-stigma/llorones"],
    ["En una crisis psicótica, hable despacio y con calma.", es, "mental-health/psicopata"],
    [
      "El burnout nace de la carga de trabajo, no de una falta de carácter.",
      es,
      "burnout-framing/falta-de-resiliencia",
    ],
    ["Se fue por la sobrecarga, no por falta de resiliencia.", es, "burnout-framing/falta-de-resiliencia"],
  ] as const)("leaves %j to other rules", (text, options, ruleId) => {
    expect(flagged(text, options).map(([id]) => id)).not.toContain(ruleId);
  });

  it.each([
    "¿Quién dijo que pedir ayuda es de débiles? Que levante la mano quien nunca la necesitó.",
    "Queremos dejar atrás la idea de que ir a terapia es una falla personal.",
    "Decir que fue un acto egoísta solo alimenta el estigma.",
  ])("leaves a stigma named to reject it in %j", (text) => {
    expect(flagged(text, es)).toEqual([]);
  });
});

describe("round 21 wording (issue 14, from the spent blind sets 26 and 27)", () => {
  const es: Partial<CheckOptions> = { locale: "es" };
  it.each([
    [
      "Suck it up, buttercup. The ER isn't for the fragile.",
      {},
      "clinician-stigma/not-tough-enough",
      "ER isn't for the fragile",
    ],
    [
      "The ones who whine about it were never tough enough.",
      {},
      "clinician-stigma/not-tough-enough",
      "never tough enough",
    ],
    [
      "Question 14: Have you EVER been treated for a mental or emotional condition?",
      {},
      "clinician-stigma/ever-been-treated",
      "Have you EVER been treated for a mental",
    ],
    [
      "The board is going to ask anyway, so just lie on the renewal form.",
      {},
      "clinician-stigma/lie-on-the-form",
      "lie on the renewal",
    ],
    [
      "If the hygienist needed leave for anxiety, can patients really trust her with a scaler?",
      {},
      "clinician-stigma/verdict-on-care",
      "can patients really trust her",
    ],
    [
      "We can't privilege a surgeon with a psych history.",
      {},
      "clinician-stigma/verdict-on-care",
      "can't privilege a surgeon",
    ],
    [
      "The PA who took stress leave will never make partner here, so don't even think about it.",
      {},
      "clinician-stigma/verdict-on-care",
      "never make partner",
    ],
    [
      "A medic who walks into behavioral health can kiss the next promotion goodbye.",
      {},
      "clinician-stigma/verdict-on-care",
      "kiss the next promotion goodbye",
    ],
    [
      "Patients have a right to know which of their doctors have been in therapy.",
      {},
      "clinician-stigma/verdict-on-care",
      "right to know which",
    ],
    [
      "He's a recovering addict, so keep him off the narcotics cart.",
      {},
      "clinician-stigma/verdict-on-care",
      "keep him off the narcotics",
    ],
    [
      "She took a mental health leave? Guess the NICU was too much for her.",
      {},
      "clinician-stigma/verdict-on-care",
      "Guess the NICU was too much for",
    ],
    [
      "Vets are supposed to be the strong ones; we don't get to fall apart.",
      {},
      "clinician-stigma/no-room-to-struggle",
      "don't get to fall apart",
    ],
    [
      "Rural docs don't have the luxury of falling apart.",
      {},
      "clinician-stigma/no-room-to-struggle",
      "don't have the luxury of falling apart",
    ],
    [
      "We're looking for nurses who never let the stress show.",
      {},
      "clinician-stigma/no-room-to-struggle",
      "never let the stress show",
    ],
    [
      "Back in my day interns didn't whine about sleep.",
      {},
      "clinician-stigma/back-in-my-day-complaints",
      "didn't whine",
    ],
    [
      "If a pharmacist can't handle the stress, they should find another line of work.",
      {},
      "clinician-stigma/leave-or-own-it",
      "should find another line",
    ],
    [
      "Hospice isn't for the faint of heart; if the deaths get to you, that's on you.",
      {},
      "clinician-stigma/leave-or-own-it",
      "that's on you",
    ],
    ["Some people are just wired for burnout.", {}, "burnout-framing/on-the-person", "wired for burnout"],
    [
      "Top surgeons don't burn out, they just have better habits.",
      {},
      "burnout-framing/on-the-person",
      "just have better habits",
    ],
    [
      "Her reported exhaustion reflects poor prioritization skills.",
      {},
      "burnout-framing/on-the-person",
      "reflects poor prioritization skills",
    ],
    [
      "The RTs on nights are wiped out because they don't eat right.",
      {},
      "burnout-framing/on-the-person",
      "because they don't eat right",
    ],
    [
      "A positive attitude is the best protection against burnout.",
      {},
      "burnout-framing/on-the-person",
      "best protection against burnout",
    ],
    [
      "A hot bath and eight hours of sleep will take care of your burnout.",
      {},
      "burnout-framing/on-the-person",
      "will take care of your burnout",
    ],
    [
      "Take a bubble bath, and that burnout will be gone by Monday.",
      {},
      "burnout-framing/on-the-person",
      "burnout will be gone",
    ],
    [
      "Hygienists who feel burned out should reframe their thinking.",
      {},
      "burnout-framing/on-the-person",
      "reframe their thinking",
    ],
    [
      "The patient is an epileptic, so pad the bed rails.",
      {},
      "accessibility/outdated-terms",
      "an epileptic",
    ],
    [
      "Another shooting by a psychiatric patient proves every clinic needs a metal detector.",
      {},
      "mental-health/mental-illness-violence",
      "shooting by a psychiatric patient",
    ],
    [
      "Unstable people like him shouldn't be near the pediatric floor.",
      {},
      "mental-health/slang-labels",
      "Unstable people",
    ],
    ["Dirty results will be forwarded to HR.", {}, "substance-use/test-dirty", "Dirty results"],
    [
      "He's been sober for three weeks? Good luck with that.",
      {},
      "substance-use/recovery-doubted",
      "Good luck with that",
    ],
    [
      "He'll be back to using within a month, rehab or not.",
      {},
      "substance-use/recovery-doubted",
      "back to using within",
    ],
    [
      "The aide showed up to the home visit drunk.",
      {},
      "substance-use/showed-up-drunk-to",
      "showed up to the home visit drunk",
    ],
    [
      "The December call schedule is basically career suicide lol",
      {},
      "suicide/schedule-as-suicide",
      "is basically career suicide",
    ],
    [
      "That new q3 call schedule is suicide for anyone with a family.",
      {},
      "suicide/schedule-as-suicide",
      "is suicide",
    ],
    [
      "If he'd really meant it, he wouldn't have called 988 first.",
      {},
      "suicide/not-serious",
      "If he'd really meant it",
    ],
    [
      "Quien no resiste la presión no nació para la enfermería.",
      es,
      "clinician-stigma/veredicto-de-salida",
      "no nació para la enfermería",
    ],
    [
      "Quien no soporta el ritmo del quirófano, que se vaya a dar clases.",
      es,
      "clinician-stigma/veredicto-de-salida",
      "que se vaya a dar clases",
    ],
    [
      "Si no aguantas las guardias, a lo mejor la Medicina no es lo tuyo.",
      es,
      "clinician-stigma/veredicto-de-salida",
      "Medicina no es lo tuyo",
    ],
    [
      "La Cata no está hecha pa' la UCI.",
      es,
      "clinician-stigma/veredicto-de-salida",
      "no está hecha pa' la UCI",
    ],
    [
      "Aguantar calladita es parte del oficio, mija.",
      es,
      "clinician-stigma/aguantar-es-el-oficio",
      "Aguantar calladita es parte",
    ],
    [
      "Aquí el que se queja no sirve; los buenos se lo aguantan.",
      es,
      "clinician-stigma/aguantar-es-el-oficio",
      "los buenos se lo aguantan",
    ],
    [
      "La doctora que atendió 80 pacientes sin pausa ni queja",
      es,
      "clinician-stigma/aguantar-es-el-oficio",
      "sin pausa ni queja",
    ],
    [
      "Los médicos somos los que cuidamos, no los que pedimos que nos cuiden.",
      es,
      "clinician-stigma/aguantar-es-el-oficio",
      "no los que pedimos que nos cuiden",
    ],
    [
      "¿Ansiedad? Yo tuve tres hijos en la residencia y jamás falté un día.",
      es,
      "clinician-stigma/yo-nunca-falte",
      "jamás falté un día",
    ],
    [
      "A la doctora ya la mandaron al psicólogo, ojo con sus recetas.",
      es,
      "clinician-stigma/desconfianza-2",
      "ojo con sus recetas",
    ],
    [
      "A los paramédicos que van al psicólogo habría que revisarles la licencia.",
      es,
      "clinician-stigma/desconfianza-2",
      "habría que revisarles la licencia",
    ],
    [
      "Un buen paramédico deja las emociones en la ambulancia y sigue.",
      es,
      "clinician-stigma/ideal-estoico",
      "deja las emociones en",
    ],
    [
      "Los que se queman son los perfeccionistas; es su personalidad.",
      es,
      "burnout-framing/en-la-persona",
      "es su personalidad",
    ],
    [
      "El desgaste profesional es cosa de gente sin disciplina.",
      es,
      "burnout-framing/en-la-persona",
      "cosa de gente sin disciplina",
    ],
    ["Aquí no hay burnout, hay falta de ganas.", es, "burnout-framing/en-la-persona", "falta de ganas"],
    [
      "El problema de la doctora es que no sabe delegar, por eso anda reventada.",
      es,
      "burnout-framing/en-la-persona",
      "no sabe delegar",
    ],
    [
      "Si supieran poner límites, no estarían tan agotadas.",
      es,
      "burnout-framing/en-la-persona",
      "Si supieran poner límites",
    ],
    [
      "Sufren burnout porque no priorizan el autocuidado.",
      es,
      "burnout-framing/en-la-persona",
      "porque no priorizan el autocuidado",
    ],
    ["Atención a los esquizos de la planta 4.", es, "mental-health/jerga-ronda-21", "esquizos"],
    ["Hoy estoy full depre, no me hablen.", es, "mental-health/jerga-ronda-21", "estoy full depre"],
    [
      "Agresión en urgencias: el atacante tenía esquizofrenia",
      es,
      "mental-health/violencia-y-diagnostico",
      "atacante tenía esquizofrenia",
    ],
    ["Llegó otro basuquero a urgencias.", es, "substance-use/jerga-regional", "basuquero"],
    ["Ayer lo pillaron borracho en la guardia.", es, "substance-use/llego-borracho", "pillaron borracho"],
    [
      "Resultado de la prueba: sucio para cannabis.",
      es,
      "substance-use/limpio-sucio-prueba",
      "sucio para cannabis",
    ],
    [
      "Eso no es una enfermedad, es un mal hábito: que lo deje y ya.",
      es,
      "substance-use/mal-habito",
      "es un mal hábito",
    ],
    [
      "El tipo lleva 90 días sin tomar, a ver cuánto le dura.",
      es,
      "substance-use/recuperacion-burla",
      "a ver cuánto le dura",
    ],
    [
      "Tras el intento no consumado, volvió a la guardia.",
      es,
      "suicide/intento-y-mitos",
      "intento no consumado",
    ],
    [
      "Tranqui, los que lo dicen nunca lo hacen.",
      es,
      "suicide/intento-y-mitos",
      "los que lo dicen nunca lo hacen",
    ],
    ["Con este turno de noche estoy en plan suicida.", es, "suicide/intento-y-mitos", "en plan suicida"],
    ["La presión del MIR acabó con él, nada más que eso.", es, "suicide/causa-cerrada", "nada más que eso"],
    [
      "Dejó una nota pidiendo perdón; la reproducimos a continuación.",
      es,
      "suicide/nota-transcrita",
      "la reproducimos a continuación",
    ],
  ] as const)("flags %j", (text, options, ruleId, words) => {
    expect(flagged(text, options)).toContainEqual([ruleId, words]);
  });

  it.each([
    [
      "The workload was too much for her, so she took leave and we covered.",
      {},
      "clinician-stigma/verdict-on-care",
    ],
    [
      "Back in my day we never complained, and we lost good people to it.",
      {},
      "clinician-stigma/back-in-my-day-complaints",
    ],
    ["We never let the stress show, and it nearly broke us.", {}, "clinician-stigma/no-room-to-struggle"],
    ["Never lie on your license application.", {}, "clinician-stigma/lie-on-the-form"],
    ["The best protection against burnout is safe staffing.", {}, "burnout-framing/on-the-person"],
    ["We are built for teamwork, not burnout.", {}, "burnout-framing/on-the-person"],
    ["The patient had an epileptic seizure overnight.", {}, "accessibility/outdated-terms"],
    ["Hemodynamically unstable patients go to the ICU.", {}, "mental-health/slang-labels"],
    ["Good luck with that grant application.", {}, "substance-use/recovery-doubted"],
    ["The cause of death was suicide, the coroner ruled.", {}, "suicide/schedule-as-suicide"],
    ["Seeing a therapist is not career suicide.", {}, "suicide/schedule-as-suicide"],
    ["El tabaco no es un mal hábito sin más: es una adicción tratable.", es, "substance-use/mal-habito"],
    [
      "Aguantar callado no es ser fuerte; hablar a tiempo sí lo es.",
      es,
      "clinician-stigma/aguantar-es-el-oficio",
    ],
    [
      "Su personalidad no tiene nada que ver con el burnout; es la carga.",
      es,
      "burnout-framing/en-la-persona",
    ],
    [
      "En 2022 entró en vigor la CIE-11, que describe el burnout como fenómeno ocupacional.",
      es,
      "burnout-framing/deficit-como-causa",
    ],
    ["Pásale un bolo de 500 ml de cristaloides.", es, "substance-use/jerga-regional"],
    ["Entreguen a doña Marta un pastillero semanal.", es, "substance-use/drogadicto"],
    [
      "The peer-support line is one of our most successful suicide prevention efforts.",
      {},
      "suicide/successful-suicide",
    ],
    [
      "Buprenorphine treats opioid use disorder; it isn't trading one drug for another.",
      {},
      "substance-use/replacing-drug",
    ],
    [
      "Having a mental health condition does not make a person a danger to patients.",
      {},
      "clinician-stigma/verdict-on-care",
    ],
    [
      "I almost didn't start therapy because I thought it would end my career.",
      {},
      "clinician-stigma/help-seeking-as-career-harm",
    ],
    [
      "Que nadie tenga que pagar en efectivo para esconder su terapia: por eso exigimos formularios sin preguntas intrusivas.",
      es,
      "clinician-stigma/ocultar-atencion",
    ],
  ] as const)("leaves %j to other rules", (text, options, ruleId) => {
    expect(flagged(text, options).map(([id]) => id)).not.toContain(ruleId);
  });

  it.each([
    ["We've all heard that good surgeons don't need help; it's wrong, and it costs lives.", {}],
    ["The culture that whispers “real doctors never need help” is exactly what we're trying to change.", {}],
    [
      "El mito de que quien habla de suicidio solo busca llamar la atención deja sin ayuda a mucha gente.",
      es,
    ],
    ["Evita titulares como «ola de suicidios»: informa con contexto.", es],
    ["Desde este mes evitamos «haz clic aquí»: cada enlace dice adónde te lleva.", es],
  ] as const)("leaves a stigma named to reject it in %j", (text, options) => {
    expect(flagged(text, options)).toEqual([]);
  });

  it.each([
    ["If you need meds to get through nights, maybe nights aren't for you.", "nights aren't for you"],
    [
      "If you have to ask for help after a death, maybe hospice isn't your thing.",
      "hospice isn't your thing",
    ],
  ])("flags the line of work called wrong for someone who needs help in %j", (text, words) => {
    expect(flagged(text)).toContainEqual(["clinician-stigma/not-meant-for-the-work", words]);
  });

  it.each([
    [
      "Ese agotamiento es falta de fe; el que confía en Dios descansa.",
      "burnout-framing/deficit-como-causa",
      "falta de fe",
    ],
    [
      "El desgaste lo trae uno en la cabeza; cambias el chip y se acabó.",
      "burnout-framing/en-la-persona",
      "cambias el chip",
    ],
    [
      "Ese burnout se te quita con unas vacaciones en la playa.",
      "burnout-framing/en-la-persona",
      "burnout se te quita con",
    ],
    [
      "Dirección recuerda que la gestión del estrés es responsabilidad de cada trabajador.",
      "burnout-framing/en-la-persona",
      "responsabilidad de cada trabajador",
    ],
  ])("flags burnout put on the person in %j (training set 20a)", (text, ruleId, words) => {
    expect(flagged(text, es)).toContainEqual([ruleId, words]);
  });

  it.each([
    "El agotamiento no es falta de fe ni de compromiso: es falta de personal.",
    "La prevención del burnout es responsabilidad de la institución, no de cada trabajador.",
    "Mi hija es enfermera y no está quemada por falta de fe, sino por hacer el trabajo de tres.",
  ])("leaves the system named as the cause in %j", (text) => {
    expect(flagged(text, es).map(([id]) => id.split("/")[0])).not.toContain("burnout-framing");
  });

  it("leaves a line of work that is not someone's thing when no help or struggle is named", () => {
    expect(flagged("Hospice isn't everyone's thing, and that is fine.")).toEqual([]);
  });
});

describe("round 21 wording after blind set 28 was scored (issue 14; blind set 29 measures it)", () => {
  const es: Partial<CheckOptions> = { locale: "es" };
  it.each([
    ["did u hear the RT from nights tried to suicide??", {}, "suicide/suicide-as-verb", "tried to suicide"],
    [
      "Oh great, another twelve-stepper with a higher power.",
      {},
      "substance-use/slang-for-people",
      "twelve-stepper",
    ],
    [
      "Sober for a whole week, huh? Call the newspapers.",
      {},
      "substance-use/recovery-doubted",
      "Call the newspapers",
    ],
    [
      "Our OCD manager alphabetised the glove boxes again.",
      {},
      "mental-health/casual-diagnosis",
      "OCD manager",
    ],
    [
      "The unit went full psych ward when the power flickered.",
      {},
      "mental-health/asylum",
      "full psych ward",
    ],
    [
      "Therapy? What's next, a participation trophy?",
      {},
      "clinician-stigma/care-mocked",
      "participation trophy",
    ],
    [
      "Eleven years, zero sick days, never asks for anything. Promote her!",
      {},
      "clinician-stigma/no-room-to-struggle",
      "never asks for anything",
    ],
    [
      "Sister Joan never once complained; that's what a proper nurse looks like.",
      {},
      "clinician-stigma/no-room-to-struggle",
      "what a proper nurse looks like",
    ],
    [
      "A bipolar nurse shouldn't be anywhere near the narcotics cupboard.",
      {},
      "clinician-stigma/verdict-on-care",
      "shouldn't be anywhere near",
    ],
    [
      "She's brilliant for someone who's had a breakdown, honestly.",
      {},
      "clinician-stigma/verdict-on-care",
      "for someone who's had",
    ],
    [
      "Her burnout stems from disorganisation.",
      {},
      "burnout-framing/on-the-person",
      "stems from disorganisation",
    ],
    [
      "Five daily habits that end burnout, no system change required!",
      {},
      "burnout-framing/on-the-person",
      "no system change required",
    ],
    [
      "If the paramedics ate better, burnout wouldn't be a conversation.",
      {},
      "burnout-framing/if-only-they",
      "If the paramedics ate better, burnout wouldn't be a conversation",
    ],
    [
      "Gracias a Dios fracasó en su intento y hoy lo puede contar.",
      es,
      "suicide/intento-y-mitos",
      "fracasó en su intento",
    ],
    ["Es un tomapastillas, se le nota en la cara.", es, "substance-use/jerga-regional", "tomapastillas"],
    [
      "Ya verás, ese de los doce pasos no dura ni un mes.",
      es,
      "substance-use/recuperacion-burla",
      "no dura ni un mes",
    ],
    ["Lo del nuevo software me tiene traumada, literal.", es, "mental-health/jerga", "me tiene traumada"],
    [
      "Una heroína, nuestra Marta: veinte años sin quejarse ni una sola vez.",
      es,
      "clinician-stigma/aguantar-es-el-oficio",
      "sin quejarse ni una",
    ],
    [
      "La Dra. Pérez nunca se ha tomado un día por salud mental. Ejemplo a seguir.",
      es,
      "clinician-stigma/aguantar-es-el-oficio",
      "nunca se ha tomado un día",
    ],
    [
      "Las parteras aguantamos lo que sea; quejarse es para otras profesiones.",
      es,
      "clinician-stigma/aguantar-es-el-oficio",
      "quejarse es para otras",
    ],
    [
      "El candidato estuvo de licencia por salud mental; mejor no lo contratemos.",
      es,
      "clinician-stigma/desconfianza-2",
      "mejor no lo contratemos",
    ],
    [
      "¿Tú le confiarías tus hijos a una pediatra que toma antidepresivos?",
      es,
      "clinician-stigma/desconfianza-2",
      "confiarías tus hijos",
    ],
    [
      "Si te ven en la consulta de salud laboral, despídete de la plaza.",
      es,
      "clinician-stigma/suicidio-profesional",
      "despídete de la plaza",
    ],
    [
      "Nuestros héroes de bata blanca no se rinden ni se quejan.",
      es,
      "clinician-stigma/heroes",
      "héroes de bata blanca no se rinden",
    ],
    [
      "Mejor no vayas al programa de bienestar; eso queda en tu expediente.",
      es,
      "clinician-stigma/ocultar-atencion",
      "Mejor no vayas al programa de bienestar; eso queda en tu expediente",
    ],
    [
      "Ponle buena cara al turno y verás que el cansancio se va solito.",
      es,
      "burnout-framing/en-la-persona",
      "cansancio se va solito",
    ],
    [
      "Todo está en la mente: si decides no quemarte, no te quemas.",
      es,
      "burnout-framing/en-la-persona",
      "si decides no quemarte",
    ],
    [
      "Los que hablan de burnout son los que menos trabajan.",
      es,
      "burnout-framing/en-la-persona",
      "son los que menos trabajan",
    ],
    [
      "Tenemos un sistema autista que no escucha a nadie.",
      es,
      "accessibility/metafora-discapacidad",
      "sistema autista",
    ],
  ] as const)("flags %j", (text, options, ruleId, words) => {
    expect(flagged(text, options)).toContainEqual([ruleId, words]);
  });

  it.each([
    ["Her death was not selfish or cowardly; she was ill.", {}],
    ["Talking about wanting to die is not attention-seeking; treat it as a signal.", {}],
    ["Stories that call suicides an 'epidemic' can do harm; we describe the trend plainly.", {}],
    ["Calling someone a junkie pushes them further from care, the panel agreed.", {}],
    ["We don't call anyone an addict here; we say a person with a substance use disorder.", {}],
    ["The psych ward is at capacity tonight, and bed management is on it.", {}],
    ["Our paramedics aren't burning out for lack of grit; they're running back-to-back jobs.", {}],
    ["Self-care helps people cope, but only changes to how work is organised reduce burnout.", {}],
    ["Thicker skin isn't the answer; smaller caseloads are.", {}],
    ["Around 30 of us came to the retirement drinks.", {}],
    ["The episode ends with the 988 number and the 741741 text line.", {}],
    ["She never asks for help, and that worries me.", {}],
    ["Cut the tablet in half before giving it.", {}],
    ["El video del jefe bailando cumbia me mató de risa 😂", es],
    ["Mi TDAH, diagnosticado a los 30, me explicó muchas cosas de la carrera.", es],
    ["«El psicótico» no existe; existe una persona atravesando un episodio psicótico.", es],
    ["Sin personal suficiente, ninguna mentalidad positiva evita el desgaste.", es],
    ["Agradecemos los mensajes de gratitud, pero el burnout se combate con recursos.", es],
    ["Aumento salarial del 6 % aprobado para enfermería a partir de enero.", es],
    ["Nunca se ha tomado un día libre, y eso nos preocupa.", es],
  ] as const)("leaves %j alone", (text, options) => {
    expect(flagged(text, options)).toEqual([]);
  });

  it.each([
    ["Chaplain visits cut ICU family distress in half.", ["visits cut ICU family distress in half"]],
    ["Dentists' stress levels are up a third since the new contract came in.", ["up a third since"]],
    [
      "Por cada hora con el paciente, el médico pasa dos con el expediente electrónico.",
      ["Por cada hora con el paciente, el médico pasa dos"],
    ],
  ] as const)("finds the figure in %j", (text, expected) => {
    expect(
      findings(text, { evidence: {} })
        .filter((d) => d.category === "evidence")
        .map((d) => text.slice(d.start, d.end)),
    ).toEqual(expected);
  });
});

describe("the place of a death, after the words for it (a communicator's trial, round 22)", () => {
  const es = { locale: "es" as const };
  it.each([
    // Both errors at once: the verb and the place, so a fix of the first is not needed to see the second.
    [
      "Last spring a resident committed suicide in the on-call room.",
      {},
      "suicide/committed-suicide",
      "committed suicide",
    ],
    [
      "Last spring a resident committed suicide in the on-call room.",
      {},
      "suicide/location-after-suicide",
      "in the on-call room",
    ],
    ["A nurse died by suicide on 4 West last month.", {}, "suicide/location-after-suicide", "on 4 West"],
    ["She died by suicide on the fifth floor.", {}, "suicide/location-after-suicide", "on the fifth floor"],
    ["Cometió suicidio en el baño del hospital.", es, "suicide/cometio-suicidio", "Cometió suicidio"],
    [
      "Cometió suicidio en el baño del hospital.",
      es,
      "suicide/lugar-tras-suicidio",
      "en el baño del hospital",
    ],
    ["Un enfermero murió por suicidio en la planta 4.", es, "suicide/lugar-tras-suicidio", "en la planta"],
  ] as const)("flags %j (%s %s)", (text, options, ruleId, words) => {
    expect(flagged(text, options)).toContainEqual([ruleId, words]);
  });

  it.each([
    ["He died by suicide in 2019.", {}],
    ["Deaths by suicide in the US rose in 2022, per the CDC.", {}],
    ["We talk about suicide in the break room every month.", {}],
    ["Suicide risk in the ED population is high.", {}],
    ["The tech who died by suicide last year worked nights on our floor.", {}],
    ["The midwife who died by suicide after a difficult year on the unit was deeply loved.", {}],
    ["Murió por suicidio en 2019.", es],
    ["Las muertes por suicidio en España aumentaron, según el INE.", es],
    ["La enfermera que murió por suicidio el año pasado trabajaba en la UCI pediátrica.", es],
    ["Hablamos del suicidio en la sala de descanso.", es],
  ] as const)("leaves %j alone (no place of death)", (text, options) => {
    expect(flagged(text, options).map(([id]) => id)).not.toContain(
      options === es ? "suicide/lugar-tras-suicidio" : "suicide/location-after-suicide",
    );
  });
});
