/** Join class names, skipping empty ones. The consumer's `className` always comes last. */
export function cx(...classes: (string | false | null | undefined)[]): string {
  return classes.filter(Boolean).join(" ");
}
