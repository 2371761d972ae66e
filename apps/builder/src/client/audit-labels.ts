/** What each event of the audit trail says, as a sentence's verb phrase. */
export const ACTIONS: Record<string, string> = {
  "sign-in-link-sent": "asked for a sign-in link",
  "sign-in": "signed in",
  "sign-out": "signed out",
  "person-added": "added a person",
  "roles-changed": "changed roles",
  "person-removed": "removed a person",
  "campaign-saved": "saved a campaign",
  "campaign-status-changed": "changed a campaign's status",
  "comment-added": "commented",
  "comment-resolved": "resolved a comment",
  "stage-decided": "decided a review stage",
  "kit-exported": "exported a kit",
  "email-exported": "exported an email",
  "send-started": "started a send",
  "send-finished": "finished a send",
};
