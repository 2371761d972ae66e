import type { Meta, StoryObj } from "@storybook/react-vite";
import { partnerFor, webBanners } from "../story-helpers/fixtures.js";
import { BANNER_SIZES, type BannerSize, WebBanner } from "./web-banner.js";

// Real banner copy from campaigns/; every IAB size is shown with it.
const leaderboard = webBanners.find((b) => b.size === "728x90") ?? webBanners[0]!;
const box = webBanners.find((b) => b.size === "300x250") ?? webBanners[0]!;

const meta = {
  title: "Components/WebBanner",
  component: WebBanner,
  tags: ["autodocs"],
  parameters: { layout: "padded" },
  argTypes: {
    banner: { control: "object" },
    logo: { control: "object" },
  },
  args: { banner: box },
  render: (args, { globals }) => {
    const partner = partnerFor(globals.partner);
    return <WebBanner {...args} logo={args.logo ?? { src: partner.logo.src, alt: partner.logo.alt }} />;
  },
} satisfies Meta<typeof WebBanner>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};

const sized = (size: BannerSize, from = box): Story => ({ args: { banner: { ...from, size } } });

export const MediumRectangle300x250: Story = sized("300x250");
export const Leaderboard728x90: Story = sized("728x90", leaderboard);
export const WideSkyscraper160x600: Story = sized("160x600");
export const HalfPage300x600: Story = sized("300x600");
export const MobileBanner320x50: Story = sized("320x50", leaderboard);
export const Billboard970x250: Story = sized("970x250", leaderboard);

/** All six sizes on one sheet, for a designer's overview. */
export const AllSizes: Story = {
  render: (args, { globals }) => {
    const partner = partnerFor(globals.partner);
    return (
      <div style={{ display: "flex", flexWrap: "wrap", gap: "1.5rem", alignItems: "flex-start" }}>
        {(Object.keys(BANNER_SIZES) as BannerSize[]).map((size) => (
          <WebBanner
            key={size}
            {...args}
            banner={{
              ...(BANNER_SIZES[size].layout === "box" || BANNER_SIZES[size].layout === "tower"
                ? box
                : leaderboard),
              size,
            }}
            logo={{ src: partner.logo.src, alt: partner.logo.alt }}
          />
        ))}
      </div>
    );
  },
};
