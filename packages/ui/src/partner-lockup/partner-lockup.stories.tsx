import type { Meta, StoryObj } from "@storybook/react-vite";
import { brand, collaborativeId, partnerFor } from "../story-helpers/fixtures.js";
import { PartnerLockup } from "./partner-lockup.js";

const meta = {
  title: "Components/PartnerLockup",
  component: PartnerLockup,
  tags: ["autodocs"],
  parameters: { layout: "padded" },
  argTypes: {
    collaborative: { control: "object" },
    partner: { control: "object", description: "Follows the toolbar's Partner" },
    locale: { control: "inline-radio", options: ["en", "es"], description: "Set from the toolbar's Locale" },
    layout: { control: "inline-radio", options: ["inline", "stacked"] },
  },
  args: { collaborative: brand(collaborativeId), partner: partnerFor(undefined), layout: "inline" },
  render: (args, { globals }) => <PartnerLockup {...args} partner={partnerFor(globals.partner)} />,
} satisfies Meta<typeof PartnerLockup>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};
export const Stacked: Story = { args: { layout: "stacked" } };
