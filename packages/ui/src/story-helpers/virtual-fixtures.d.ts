// Types of the fixture module Storybook generates from campaigns/ (apps/storybook/scripts/generate-fixtures.mjs)
// and aliases as "virtual:chorus-fixtures". Only stories import it; the package build never does.
declare module "virtual:chorus-fixtures" {
  import type { Campaign, Definition, Fact, KeyMessage, PartnerKit, Resource } from "@chorus/content";

  const fixtures: {
    source: string;
    library: { keyMessages: KeyMessage[]; facts: Fact[]; definitions: Definition[]; resources: Resource[] };
    campaigns: Campaign[];
    partners: { kit: PartnerKit; logo: string }[];
  };
  export default fixtures;
}
