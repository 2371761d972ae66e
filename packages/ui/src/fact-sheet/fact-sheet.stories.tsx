import type { Meta, StoryObj } from "@storybook/react-vite";
import {
  brand,
  campaign,
  collaborativeId,
  definition,
  fact,
  keyMessage,
  partnerFor,
  partnerKit,
  quotes,
  resource,
} from "../story-helpers/fixtures.js";
import { FactSheet } from "./fact-sheet.js";

const burnout = campaign("burnout-is-a-system-problem");

const meta = {
  title: "Patterns/FactSheet",
  component: FactSheet,
  tags: ["autodocs"],
  parameters: { layout: "fullscreen" },
  argTypes: {
    title: { control: "text" },
    intro: { control: "text" },
    locale: { control: "inline-radio", options: ["en", "es"], description: "Set from the toolbar's Locale" },
  },
  args: {
    title: burnout.title,
    // Public copy only: the campaign's lead, never its internal summary.
    intro: burnout.lead?.en,
    facts: [
      fact("physician-burnout-2024"),
      fact("ehr-desk-work-time"),
      fact("health-worker-intent-to-leave-2022"),
    ],
    keyMessages: [keyMessage("burnout-is-a-system-problem"), keyMessage("fix-the-work-not-the-worker")],
    quote: quotes[0],
    definitions: [definition("burnout"), definition("system-level-change")],
    resources: [resource("988"), resource("physician-support-line"), resource("nurse-well-being-program")],
    action: burnout.callsToAction[0],
    organization: partnerKit(collaborativeId),
  },
  render: (args, { globals }) => {
    const partnerId = typeof globals.partner === "string" ? globals.partner : collaborativeId;
    const coBranded = partnerId !== collaborativeId && partnerId !== "chorus-default";
    return (
      <FactSheet
        {...args}
        organization={coBranded ? partnerKit(partnerId) : args.organization}
        lockup={
          coBranded ? { collaborative: brand(collaborativeId), partner: partnerFor(partnerId) } : args.lockup
        }
      />
    );
  },
} satisfies Meta<typeof FactSheet>;
export default meta;
type Story = StoryObj<typeof meta>;

/** Choose a partner in the toolbar to see the co-branded sheet. Print preview (Ctrl+P) shows the one-page layout. */
export const Default: Story = {};

export const CoBranded: Story = {
  render: (args) => (
    <FactSheet
      {...args}
      organization={partnerKit("example-health")}
      lockup={{ collaborative: brand(collaborativeId), partner: brand("example-health") }}
    />
  ),
};

export const NoCrisisResources: Story = {
  args: { resources: [resource("physician-support-line")], quote: undefined, definitions: [] },
};
