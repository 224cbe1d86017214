// The consultant's business details as he enters them in admin. Safe in the client bundle.
import { z } from "zod";

const line = (max: number) => z.string().trim().max(max, `Höchstens ${max} Zeichen.`);

export const businessProfileSchema = z.object({
  name: line(120),
  businessName: line(200),
  street: line(200),
  postcode: z
    .string()
    .trim()
    .regex(/^(\d{4,5})?$/, "Bitte eine Postleitzahl mit 4 Ziffern angeben, z. B. 3011."),
  city: line(120),
  email: z.union([z.literal(""), z.email("Bitte eine gültige E-Mail-Adresse angeben.").max(200)]),
  phone: z
    .string()
    .trim()
    .regex(/^(\+?[\d\s]{9,20})?$/, "Bitte eine Telefonnummer angeben, z. B. +41 31 123 45 67."),
  uid: line(40),
});

export type BusinessProfileInput = z.infer<typeof businessProfileSchema>;

export const emptyBusinessProfile: BusinessProfileInput = {
  name: "",
  businessName: "",
  street: "",
  postcode: "",
  city: "",
  email: "",
  phone: "",
  uid: "",
};

/** What the imprint needs before the site goes public; phone and UID are optional. */
const requiredParts: { key: keyof BusinessProfileInput; label: string }[] = [
  { key: "name", label: "Name der verantwortlichen Person" },
  { key: "street", label: "Strasse und Hausnummer" },
  { key: "postcode", label: "Postleitzahl" },
  { key: "city", label: "Ort" },
  { key: "email", label: "E-Mail-Adresse" },
];

export function missingProfileParts(profile: BusinessProfileInput): string[] {
  return requiredParts.filter(({ key }) => !profile[key].trim()).map(({ label }) => label);
}

/** The address lines that are filled in, in postal order; nothing made up for the rest. */
export function profileAddressLines(profile: BusinessProfileInput): string[] {
  return [
    profile.businessName,
    profile.name,
    profile.street,
    [profile.postcode, profile.city].filter(Boolean).join(" "),
  ].filter(Boolean);
}
