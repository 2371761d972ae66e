import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, within } from "storybook/test";
import { fact } from "../story-helpers/fixtures.js";
import { StatCallout } from "./stat-callout.js";

const meta = {
  title: "Components/StatCallout",
  component: StatCallout,
  tags: ["autodocs"],
  parameters: { layout: "padded" },
  argTypes: {
    fact: { control: "object", description: "A library fact. Its citation cannot be removed." },
    locale: { control: "inline-radio", options: ["en", "es"], description: "Set from the toolbar's Locale" },
    lead: { control: "text" },
  },
  args: { fact: fact("physician-burnout-2024") },
  decorators: [(Story) => <div style={{ maxWidth: "24rem" }}>{Story()}</div>],
} satisfies Meta<typeof StatCallout>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    // The source is always there, and it is a real link.
    await expect(canvas.getByRole("link")).toHaveAttribute("href", expect.stringMatching(/^https:\/\//));
  },
};

export const WithLead: Story = {
  args: { fact: fact("physician-suicide-rate-women"), lead: "A risk we can lower" },
};

export const RangeValue: Story = { args: { fact: fact("clinician-burnout-nam") } };

export const StatRow: Story = {
  decorators: [(Story) => <div style={{ maxWidth: "none" }}>{Story()}</div>],
  render: (args) => (
    <div
      style={{ display: "grid", gap: "1rem", gridTemplateColumns: "repeat(auto-fit, minmax(14rem, 1fr))" }}
    >
      {["physician-burnout-2023", "health-worker-intent-to-leave-2022", "ehr-desk-work-time"].map((id) => (
        <StatCallout key={id} {...args} fact={fact(id)} />
      ))}
    </div>
  ),
};
