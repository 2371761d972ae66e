import type { Locale } from "@chorus/content";
import { spanOf, type TokenizedText } from "./tokenize.js";

/**
 * Sentences that report a label in order to reject it: "Calling a struggling nurse weak is the wrong
 * diagnosis", "Calling suicide selfish ignores the illness", "Can we stop telling people they aren't cut out
 * for this?", "Llamar flojo a quien se quema ignora la falta de personal", "Dejemos de decir que pedir ayuda
 * es de débiles". The label is named, not applied: word rules and the meaning model leave these sentences
 * alone, as they leave a phrase only mentioned in quotation marks.
 *
 * Three frames, read on the sentence's own text:
 * - an act of labelling at the start ("Calling…", "Labeling…", "Blaming…", "Llamar…", "Decir que…") with a
 *   verdict on that act later in the sentence ("…ignores", "…helps no one", "…shuts down the conversation",
 *   "…is how we lose good people", "…no ayuda");
 * - a call to stop or avoid the act, or a word named as a word ("stop calling", "don't say", "instead of
 *   calling", "don't tell people they're…", "People love to say…, but", "the term…", "dejemos de decir",
 *   "no digas que", "en lugar de llamarle", "el término…");
 * - a claim called a myth or denied its consequence ("It's a myth that…", "Needing help doesn't mean you
 *   weren't cut out for nursing", "Es un mito que…", "no significa que…").
 * A question answered no at once is rejected too: "Is burnout a personal failing? No — …", "Suck it up? No.
 * Speak up.", "¿Es debilidad pedir ayuda? Para nada.", "¿Te han dicho que la terapia es suicidio profesional?
 * Es falso." ("No wonder…" is not an answer.)
 * "Calling in sick…" and "Calling out…" are not acts of labelling.
 */
interface Frames {
  act: RegExp;
  verdict: RegExp;
  stop: RegExp;
  /** The start of a sentence that answers the question before it with a no ("Is burnout a failing? No."). */
  no: RegExp;
}

const FRAMES: Record<Locale, Frames> = {
  en: {
    act: /^(?:(?:but|and|so|yet|honestly|look|also)[,:]?\s+)?(?:calling|labell?ing|branding|dismissing|framing|treating|writing\s+off|blaming)\s+(?!(?:in|out|off|sick|back|for|ahead|on|up|around|the\s+(?:shots|code|number|line|help))\b)/iu,
    verdict:
      /\b(?:ignores?|ignoring|misses|overlooks?|is\s+(?:wrong|unfair|false|inaccurate|a\s+myth|cruel|harmful|the\s+wrong|how\s+we\s+lose|how\s+stigma|what\s+keeps)|helps?\s+(?:no\s*one|nobody)|(?:does\s*n[o'’]t|doesn['’]t|won['’]t|will\s+not)\s+help|hurts|harms|shuts?\s+down|silences|drives?\s+(?:people|them|nurses|doctors|clinicians|colleagues)\s+away|keeps?\s+(?:people|them|nurses|doctors|clinicians|colleagues)\s+(?:from|silent|quiet)|shames|(?:piles?|heaps?|puts?|adds?)\s+(?:more\s+)?shame|stigmatiz\w+|only\s+adds|only\s+teach\w*|teach(?:es)?\s+(?:\p{L}+\s+){0,5}to\s+(?:keep\s+quiet|hide|stay\s+(?:quiet|silent))|makes?\s+it\s+harder|(?:has|needs?|have)\s+to\s+stop|must\s+stop|push(?:es)?\s+(?:people|them|someone|clinicians|colleagues|nurses|doctors)\s+(?:further\s+)?(?:away|from))\b/iu,
    no: /^(?:no|nope|not\s+at\s+all|of\s+course\s+not|absolutely\s+not|hell\s+no|false|(?:that['’]s|that\s+is|it['’]s|it\s+is)\s+(?:false|a\s+myth|not\s+true))\s*(?:[.,!;:—–-]|$)/iu,
    stop: /\b(?:(?:it['’]s|it\s+is|that['’]s|that\s+is)\s+(?:a\s+)?(?:myth|false|untrue|not\s+true)\s+that|^(?:the\s+)?myth\s+that\b|(?:that|who)\s+(?:call|calls|label|labels)\s+[^.;]{0,60}?\b(?:can|may|might|will)?\s*(?:do|does|cause|causes)\s+(?:real\s+)?harm\b|(?:we['’]ve|you['’]ve|we\s+have|you\s+have)\s+(?:all\s+|probably\s+|likely\s+)?heard\s+(?:it\s+said\s+)?that\b[^.]{0,120}?[;:—–]\s*(?:but\s+)?(?:it['’]s|that['’]s|it\s+is|that\s+is|this\s+is)\s+(?:wrong|false|a\s+myth|not\s+true|untrue|nonsense|dangerous)|(?:is|are)\s+(?:exactly\s+|precisely\s+)?what\s+we['’]re\s+(?:trying\s+to\s+|working\s+to\s+|here\s+to\s+)?(?:change|changing|fix|fixing|end|ending|fight|fighting|dismantle|dismantling)\b|(?:claim|idea|notion|belief|assumption)\s+that\b[^.;:]{0,80}?\b(?:is|was|are|were)\s+(?:not\s+(?:supported|true|backed)|unsupported|false|wrong|unfounded|a\s+myth)|(?:doesn['’]t|does\s+not|won['’]t|will\s+not|shouldn['’]t|should\s+never|never)\s+means?\s+(?:you|you['’]re|you\s+are|they|they['’]re|she|he|we|someone|anyone|being|having|hiding|staying|never|not)\b|\b(?:not|never|n['’]t)\s+(?:be\s+)?(?:dismissed|brushed\s+off|written\s+off|labell?ed|branded|called)\s+as\b|\b(?:no\s*one|nobody)\s+is\s+["“‘']|(?:stop|quit|no\s+more|enough\s+with|enough\s+of)\s+(?:calling|telling|saying|labell?ing|treating|branding)|(?:not|never)\s+(?:with|by)\s+(?:telling|asking|ordering)\s|(?:don['’]t|do\s+not|never|avoid|instead\s+of|rather\s+than)\s+(?:say|saying|call|calling|label|labell?ing|use\s+the\s+word|using\s+the\s+word)|(?:no\s*one|nobody)\b[^.;:]{0,60}?\bdeserves\s+to\s+be\s+called|(?:don['’]t|do\s+not|never)\s+tell\s+(?:people|someone|somebody|them|colleagues|a\s+colleague|anyone)\s+(?:that\s+)?(?:they['’]re|they\s+are)\b|^(?:people|everyone|folks)\s+(?:love|like)\s+to\s+(?:say|tell\s+\p{L}+)\b[^.;:]{0,80},\s*but\b|\bthe\s+(?:term|word|phrase|label)\s+(?!of\b|for\b|we\b|you\b|they\b|that\b|is\b|was\b|aloud\b|loud\b|out\b|again\b|itself\b|once\b))\b(?!\s+(?:in|out|off|back|for|ahead|on|up|(?:someone|somebody|anyone|anybody)(?!\s+an?\s)|988|911|a\s+friend|a\s+colleague|the\s+\w*line)\b)/iu,
  },
  es: {
    act: /^(?:(?:pero|y|además)[,:]?\s+)?(?:llamar(?:le|les|la|lo|las|los)?|tachar(?:le|la|lo)?|etiquetar(?:le|la|lo)?|calificar|tildar(?:le|la|lo)?|decir(?:le|les)?\s+que)\s+/iu,
    verdict:
      /\b(?:ignora|olvida|no\s+ayuda|no\s+sirve|es\s+(?:injusto|falso|un\s+mito|un\s+error|cruel|una\s+forma\s+de\s+culpar|otra\s+forma\s+de\s+culpar)|no\s+describe|hace\s+daño|hiere|culpa|aleja|estigmatiza|avergüenza|(?:solo\s+)?(?:aumenta|alimenta|agranda)\s+el\s+(?:silencio|estigma)|(?:tiene|tenemos|hay)\s+que\s+(?:acabar|dejar))\b/iu,
    no: /^(?:no|para\s+nada|claro\s+que\s+no|en\s+absoluto|de\s+ninguna\s+manera|ni\s+de\s+broma|(?:es\s+)?falso|(?:es\s+)?mentira|es\s+un\s+mito|no\s+es\s+(?:cierto|verdad))\s*(?:[.,!;:—–-]|$)/iu,
    stop: /(?:^¿?\s*qui[eé]n\s+(?:dijo|dice|te\s+dijo)\s+que|^(?:el\s+)?mito\s+de\s+que\b|\b(?:todos\s+)?(?:hemos|habéis|has|han)\s+(?:oído|escuchado)\s+(?:decir\s+)?que\b[^.]{0,120}?[;:—–]\s*(?:pero\s+)?(?:es|eso\s+es)\s+(?:falso|mentira|un\s+mito|un\s+error)|\bes\s+(?:justo|justamente|precisamente|exactamente)?\s*lo\s+que\s+(?:queremos|intentamos|estamos\s+intentando|buscamos|vamos\s+a)\s+cambiar|\bdejar\s+atr[aá]s\s+la\s+idea|\bes\s+(?:un\s+)?(?:mito|falso)\s+que|\bno\s+es\s+(?:cierto|verdad)\s+que|\bno\s+(?:significa|quiere\s+decir)\s+que|\b(?:dejemos\s+de|deja\s+de|dejen\s+de|dejar\s+de|basta\s+de|no\s+más|evitemos|evite|evita|eviten|no\s+digas|no\s+diga|no\s+digan|no\s+digamos|nunca\s+digas|en\s+lugar\s+de|en\s+vez\s+de)\s+(?:llamar|decir|tachar|tratar|etiquetar|tildar|usar\s+la\s+palabra)|\b(?:no\s+digas|no\s+diga|no\s+digan|no\s+digamos|nunca\s+digas)\s+que|\bnadie\s+llame|\bnadie\b[^.;:]{0,60}?\bmerece\s+que\s+(?:lo|la|le|los|las)\s+llamen|\bel\s+término\s+(?!que\b)|\bla\s+(?:palabra|expresión|etiqueta)\s+(?!de\b|que\b))/iu,
  },
};

/** The sentences of `doc` that name a label in order to reject it. */
export function refutingSentences(doc: TokenizedText, locale: Locale): Set<number> {
  const frames = FRAMES[locale];
  const found = new Set<number>();
  doc.sentences.forEach((sentence, index) => {
    if (sentence.last <= sentence.first) return;
    const { start, end } = spanOf(doc, sentence);
    const text = doc.text.slice(start, end);
    const act = frames.act.exec(text);
    if ((act && frames.verdict.test(text.slice(act[0].length))) || frames.stop.test(text)) found.add(index);
    const next = doc.sentences[index + 1];
    if (next && next.last > next.first) {
      const between = doc.text.slice(end, doc.tokens[next.first]!.start);
      if (
        between.includes("?") &&
        frames.no.test(doc.text.slice(doc.tokens[next.first]!.start, spanOf(doc, next).end))
      )
        found.add(index);
    }
  });
  return found;
}
