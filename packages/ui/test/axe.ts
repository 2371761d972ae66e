import axe from "axe-core";
import { expect } from "vitest";

/**
 * Run axe on a rendered container and fail with the rule ids and targets. jsdom has no layout or
 * computed colours, so colour contrast is checked by @chorus/tokens (every pair) and by the Storybook
 * a11y run in real Chromium instead.
 */
export async function expectNoAxeViolations(container: Element): Promise<void> {
  const results = await axe.run(container, {
    rules: { "color-contrast": { enabled: false }, region: { enabled: false } },
  });
  const summary = results.violations.map(
    (violation) =>
      `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(" ")).join(", ")})`,
  );
  expect(summary).toEqual([]);
}
