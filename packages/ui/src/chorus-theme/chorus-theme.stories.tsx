import { themeFromBrandKit } from "@chorus/tokens";
import type { Meta, StoryObj } from "@storybook/react-vite";
import { KeyMessage } from "../key-message/key-message.js";
import { StatCallout } from "../stat-callout/stat-callout.js";
import { fact, keyMessage, partnerKit } from "../story-helpers/fixtures.js";
import { ChorusTheme } from "./chorus-theme.js";

const meta = {
  title: "Components/ChorusTheme",
  component: ChorusTheme,
  tags: ["autodocs"],
  parameters: { layout: "padded" },
  argTypes: { colorScheme: { control: "inline-radio", options: ["light", "dark"] } },
  args: {
    colorScheme: "light",
    style: { padding: "1.5rem" },
    children: (
      <div style={{ display: "grid", gap: "1rem" }}>
        <KeyMessage message={keyMessage("you-are-not-alone")} />
        <StatCallout fact={fact("medical-student-help-seeking")} />
      </div>
    ),
  },
} satisfies Meta<typeof ChorusTheme>;
export default meta;
type Story = StoryObj<typeof meta>;

/** The collaborative's default tokens (overrides the toolbar theme for this wrapper only). */
export const Default: Story = {};

/** A partner section nested in a page: only the wrapper changes. */
export const ExamplePartner: Story = {
  args: { theme: themeFromBrandKit(partnerKit("example-health")).theme },
};

export const Dark: Story = { args: { colorScheme: "dark" } };
