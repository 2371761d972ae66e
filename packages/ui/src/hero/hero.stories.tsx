import type { Meta, StoryObj } from "@storybook/react-vite";
import { PartnerLockup } from "../partner-lockup/partner-lockup.js";
import { brand, campaign, collaborativeId, partnerFor } from "../story-helpers/fixtures.js";
import { Hero } from "./hero.js";

const crisis = campaign("crisis-and-peer-support");

const meta = {
  title: "Components/Hero",
  component: Hero,
  tags: ["autodocs"],
  argTypes: {
    title: { control: "text" },
    lead: {
      control: "text",
      description: "Public copy: the campaign's `lead`, never its internal `summary`",
    },
    eyebrow: { control: "text" },
    action: { control: "object" },
    headingLevel: { control: { type: "number", min: 1, max: 2 } },
  },
  args: {
    eyebrow: crisis.dates.observance,
    title: crisis.title,
    lead: crisis.lead?.en,
    action: crisis.callsToAction[0],
  },
} satisfies Meta<typeof Hero>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};

export const TitleOnly: Story = { args: { eyebrow: undefined, lead: undefined, action: undefined } };

export const CoBranded: Story = {
  render: (args, { globals }) => (
    <Hero
      {...args}
      branding={
        <PartnerLockup
          collaborative={brand(collaborativeId)}
          partner={partnerFor(globals.partner)}
          locale={globals.locale}
        />
      }
    />
  ),
};
