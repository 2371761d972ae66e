/** What a kit holds, as `manifest.json` at the top of its folder in the zip. */
export interface KitManifest {
  campaign: { id: string; title: string; status: string; approval?: { by: string; at: string } };
  partner: { id: string; name: string };
  proof: boolean;
  generatedAt: string;
  emails: {
    material: string;
    locale: string;
    template: string;
    subject: string;
    preheader: string;
    files: string[];
  }[];
  socialPosts: { material: string; locale: string; platform: string; file: string }[];
}
