import type { Meta, StoryObj } from "@storybook/react-vite";
import { resource } from "../story-helpers/fixtures.js";
import { ResourceCard } from "./resource-card.js";

const meta = {
  title: "Components/ResourceCard",
  component: ResourceCard,
  tags: ["autodocs"],
  parameters: { layout: "padded" },
  argTypes: {
    resource: { control: "object" },
    locale: { control: "inline-radio", options: ["en", "es"], description: "Set from the toolbar's Locale" },
    headingLevel: { control: { type: "number", min: 2, max: 6 } },
  },
  args: { resource: resource("988"), headingLevel: 2 },
  decorators: [(Story) => <div style={{ maxWidth: "24rem" }}>{Story()}</div>],
} satisfies Meta<typeof ResourceCard>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};
export const TextOnly: Story = { args: { resource: resource("crisis-text-line") } };
export const SupportLine: Story = { args: { resource: resource("physician-support-line") } };
export const PeerSupport: Story = { args: { resource: resource("nurse-well-being-program") } };
export const Information: Story = { args: { resource: resource("lorna-breen-all-in") } };
