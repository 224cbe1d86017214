// The proposal domain's writes, one part per stage: design, send, the client's portal answers,
// the engagement's dated sessions and the reminder job. Other domains and app/ import them here.
export * from "./service-design";
export * from "./service-inquiry-status";
export * from "./service-portal";
export * from "./service-reminders";
export * from "./service-send";
export * from "./service-sessions";
