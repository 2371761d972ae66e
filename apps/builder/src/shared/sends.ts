/** Why a send is paused when someone pressed Pause in the builder (shown with the send afterwards). */
export const PAUSED_IN_BUILDER = "paused in the builder";

/** A paused reason as a sentence: "Paused in the builder." */
export function pausedSentence(reason: string): string {
  const text = reason.charAt(0).toUpperCase() + reason.slice(1);
  return /[.!?]$/.test(text) ? text : `${text}.`;
}
