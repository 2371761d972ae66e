import { describe, expect, it } from "vitest";
import { check } from "../src/index.js";

const flagged = (text: string, locale: "en" | "es" = "en") =>
  check(text, { locale, audience: "public", readability: false, evidence: false })
    .filter((d) => !d.ruleId.endsWith("/meaning-model"))
    .map((d) => [d.ruleId, text.slice(d.start, d.end)]);

describe("person-first: a diagnosis in front of a person (English)", () => {
  it.each([
    ["Her anorexic teenager is refusing meals again.", "anorexic teenager"],
    ["Bipolar nurse goes on rampage in hospital lobby", "Bipolar nurse"],
    ["Our bipolar attending changes the plan every hour.", "bipolar attending"],
    ["A schizophrenic patient was moved to the step-down unit.", "schizophrenic patient"],
    ["The psychotic man in bay 2 needs a sitter.", "psychotic man"],
    ["He lives with his depressive brother.", "depressive brother"],
    ["Our bipolar night nurse covered the shift.", "bipolar night nurse"],
    ["The ward keeps beds for borderline patients.", "borderline patients"],
    ["She is a manic-depressive colleague of mine.", "manic-depressive colleague"],
  ])("flags %j", (text, span) => {
    expect(flagged(text)).toContainEqual(["mental-health/diagnosis-before-person", span]);
  });

  it("flags a diagnosis used as a plural noun, whatever follows it", () => {
    expect(flagged("The adolescent unit is holding beds for two anorexics transferred from Mercy.")).toEqual([
      ["mental-health/diagnosis-as-plural-noun", "anorexics"],
    ]);
    expect(flagged("A support group for depressives meets in the chapel.")).toEqual([
      ["mental-health/diagnosis-as-plural-noun", "depressives"],
    ]);
    expect(flagged("She was a manic-depressive long before anyone talked about burnout.")).toEqual([
      ["mental-health/diagnosis-as-plural-noun", "a manic-depressive"],
    ]);
  });

  it("leaves conditions, person-first wording and identity-first 'autistic' alone", () => {
    for (const text of [
      "People with bipolar disorder practise medicine safely.",
      "The bipolar disorder clinic moved to the third floor.",
      "People with anorexia need specialist care.",
      "A schizophrenic episode is a medical emergency.",
      "Depressive symptoms are common in the first year of residency.",
      "Autistic nurses shared what helps them on night shift.",
      "The borderline lab results need a repeat test.",
      "A manic-depressive illness was the old name for bipolar disorder.",
    ])
      expect(flagged(text), text).toEqual([]);
  });

  it("flags 'addicted' in front of a person, not 'addicted to'", () => {
    expect(flagged("Subject: How to spot the drug-addicted nurse on your unit")).toEqual([
      ["substance-use/addicted-person", "drug-addicted nurse"],
    ]);
    expect(flagged("Nobody should feel ashamed of being treated for an addiction.")).toEqual([]);
  });

  it("flags mental illness framed as danger, not the facts that answer it", () => {
    expect(flagged("Mental illness makes people unpredictable and dangerous.")).toEqual([
      ["mental-health/illness-as-danger", "unpredictable and dangerous"],
    ]);
    expect(flagged("Psychiatric patients are unpredictable, the guard said.")).toEqual([
      ["mental-health/illness-as-danger", "unpredictable"],
    ]);
    for (const text of [
      "People with mental illness are no more violent than anyone else.",
      "Untreated psychosis can be dangerous, so early care matters.",
      "Patients with schizophrenia are more often victims of violence than perpetrators.",
    ])
      expect(flagged(text), text).toEqual([]);
  });

  it("reads a colleague labelled by a diagnosis as the subject of the danger frame", () => {
    expect(flagged("A depressive like him should not be leading a code.")).toEqual([
      ["mental-health/diagnosis-as-noun", "A depressive"],
      ["clinician-stigma/diagnosis-as-danger", "should not be leading"],
    ]);
    // Access rules are safety policy, not stigma.
    expect(flagged("Anyone who is intoxicated should not be treating patients.")).toEqual([]);
  });
});

describe("primero la persona: un diagnóstico como adjetivo de una persona (español)", () => {
  it.each([
    ["Su hija anoréxica vuelve a rechazar la comida.", "hija anoréxica"],
    ["Una enfermera bipolar siembra el pánico en el vestíbulo del hospital", "enfermera bipolar"],
    ["El paciente esquizofrénico de la cama 4 pidió el alta.", "paciente esquizofrénico"],
    ["Los adolescentes anoréxicos comen en una sala aparte.", "adolescentes anoréxicos"],
    ["El residente depresivo pidió cambiar de rotación.", "residente depresivo"],
    ["Un sujeto perturbado irrumpió anoche en el área de triaje.", "sujeto perturbado"],
  ])("marca %j", (text, span) => {
    expect(flagged(text, "es")).toContainEqual(["mental-health/diagnostico-tras-persona", span]);
  });

  it("marca 'límite' como sustantivo de persona, no el límite", () => {
    expect(flagged("Es una límite, así que prepárate para la manipulación.", "es")).toEqual([
      ["mental-health/limite-como-sustantivo", "una límite"],
    ]);
    for (const text of [
      "La fecha límite para inscribirse es el viernes.",
      "Trabajamos en una situación límite desde marzo.",
      "El límite de horas de guardia sigue vigente.",
    ])
      expect(flagged(text, "es"), text).toEqual([]);
  });

  it("no marca el trastorno, la persona primero ni otros sentidos", () => {
    for (const text of [
      "Las personas con trastorno bipolar ejercen la medicina con seguridad.",
      "El trastorno bipolar tiene un tratamiento eficaz.",
      "La enfermera con anorexia volvió al trabajo con apoyo.",
      "El paciente, perturbado por la noticia, pidió hablar con su familia.",
      "Los síntomas depresivos son frecuentes en el primer año de residencia.",
      "Es un trastorno de tipo bipolar.",
    ])
      expect(flagged(text, "es"), text).toEqual([]);
  });

  it("marca la enfermedad mental como peligro, y el diagnóstico como falta de aptitud", () => {
    expect(flagged("La enfermedad mental vuelve a la gente imprevisible y peligrosa.", "es")).toEqual([
      ["mental-health/enfermedad-como-peligro", "imprevisible y peligrosa"],
    ]);
    expect(flagged("La psicosis sin tratar puede ser peligrosa; pida ayuda pronto.", "es")).toEqual([]);
    expect(flagged("Un depresivo como él no debería dirigir una reanimación.", "es")).toEqual([
      ["mental-health/esquizofrenico", "Un depresivo"],
      ["clinician-stigma/diagnostico-como-peligro", "no debería dirigir"],
    ]);
    expect(flagged("Un drogadicto no debería tener acceso a la farmacia, dijo el supervisor.", "es")).toEqual(
      [["substance-use/drogadicto", "drogadicto"]],
    );
  });

  it("marca el diagnóstico casual con 'de lo más' y 'qué … está'", () => {
    expect(flagged("El tiempo está de lo más bipolar esta semana.", "es")).toEqual([
      ["mental-health/diagnostico-casual", "de lo más bipolar"],
    ]);
    expect(flagged("¡Qué esquizofrénico está el clima esta semana!", "es")).toEqual([
      ["mental-health/diagnostico-casual", "Qué esquizofrénico está"],
    ]);
  });
});

describe("suicide phrase families that generalize", () => {
  it.each([
    [
      "There were no warning signs at all, his program director insisted.",
      "suicide/no-warning",
      "no warning signs",
    ],
    [
      "The program director called it a death by suicide that nobody saw coming.",
      "suicide/inexplicable",
      "nobody saw coming",
    ],
    [
      "Some colleagues felt she had taken the easy exit and left everyone to cover her shifts.",
      "suicide/easy-way-out",
      "taken the easy exit",
    ],
    [
      "In death, she finally found the peace that the wards never gave her.",
      "suicide/found-peace",
      "finally found the peace",
    ],
    [
      "The death was ruled a suicide; he had injected himself with insulin from the ward stock.",
      "suicide/means-from-work",
      "injected himself with insulin",
    ],
    [
      "The night team dismissed her overdose as a bid for attention.",
      "suicide/bid-for-attention",
      "bid for attention",
    ],
  ])("flags %j", (text, ruleId, span) => {
    expect(flagged(text)).toContainEqual([ruleId, span]);
  });

  it("leaves the same words alone when they are about something else", () => {
    for (const text of [
      "Heart attacks in women can come with no warning signs.",
      "Learn the warning signs of suicide and ask directly.",
      "The outage hit without warning and the pagers went down.",
      "She found peace in gardening after she retired.",
      "After his brother's death, he found peace in a grief support group.",
      "There is no easy way out of the staffing crisis.",
      "The pharmacy locks insulin and potassium away to prevent diversion.",
      "The product launch was a bid for attention in a crowded market.",
    ])
      expect(flagged(text), text).toEqual([]);
  });

  it.each([
    [
      "No hubo ninguna señal previa; ocurrió de un día para otro.",
      "suicide/sin-senales",
      "No hubo ninguna señal",
    ],
    [
      "Fue una muerte por suicidio que nadie en el servicio vio venir.",
      "suicide/sin-senales",
      "nadie en el servicio vio venir",
    ],
    [
      "Algunos compañeros creen que eligió la salida fácil y dejó a los demás cubriendo sus turnos.",
      "suicide/salida-facil",
      "eligió la salida fácil",
    ],
    [
      "Con su muerte, por fin encontró la paz que el hospital nunca le dio.",
      "suicide/encontro-la-paz",
      "por fin encontró la paz",
    ],
    [
      "El anestesista se quitó la vida inyectándose un relajante muscular sustraído del quirófano.",
      "suicide/medio-del-trabajo",
      "inyectándose un relajante",
    ],
  ])("marca %j", (text, ruleId, span) => {
    expect(flagged(text, "es")).toContainEqual([ruleId, span]);
  });

  it("no marca las mismas palabras en otro sentido", () => {
    for (const text of [
      "No hay señal de móvil en el sótano del hospital.",
      "Encontró la paz en la jardinería después de jubilarse.",
      "Tomamos la salida de la autopista más cercana al hospital.",
      "El hospital guarda la insulina y el potasio bajo llave para prevenir su desvío.",
      "Conozca las señales de alerta del suicidio y pregunte directamente.",
    ])
      expect(flagged(text, "es"), text).toEqual([]);
  });
});
