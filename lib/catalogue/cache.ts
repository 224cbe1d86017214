// Cache tags of public content. Pages read content through cached queries tagged with these;
// an admin change calls the matching revalidate function so the public pages show it.
export const contentTags = {
  courses: "courses",
  library: "library",
  fields: "fields",
  stories: "stories",
  testimonials: "testimonials",
  referenceClients: "reference-clients",
  pages: "pages",
  sessions: "sessions",
  /** The business profile: contact, imprint and privacy pages. */
  profile: "profile",
} as const;

export type ContentTag = (typeof contentTags)[keyof typeof contentTags];
