// The seller as frozen on an issued invoice: the profile of that moment, so a later move or a new
// bank account never changes a document already sent. Stored as JSON, versioned, parsed when read.
import { z } from "zod";

export const sellerSchema = z.object({
  version: z.literal(1),
  name: z.string(),
  person: z.string(),
  street: z.string(),
  houseNumber: z.string(),
  postcode: z.string(),
  city: z.string(),
  country: z.string(),
  email: z.string(),
  phone: z.string(),
  website: z.string(),
  uid: z.string(),
  vatRegistered: z.boolean(),
  iban: z.string(),
  bankName: z.string(),
  referenceType: z.enum(["QRR", "SCOR"]),
  reminderText: z.string(),
});

export type Seller = z.infer<typeof sellerSchema>;

/** What the seller is taken from: the business profile (its person's name and, if set, the business name). */
export type SellerSource = Omit<Seller, "version" | "name" | "person" | "referenceType"> & {
  name: string;
  businessName: string;
  referenceType: string;
};

/** The seller frozen from a profile: the business name if there is one, otherwise the person. */
export function sellerFromProfile(profile: SellerSource): Seller {
  return sellerSchema.parse({
    version: 1,
    name: profile.businessName || profile.name,
    person: profile.businessName ? profile.name : "",
    street: profile.street,
    houseNumber: profile.houseNumber,
    postcode: profile.postcode,
    city: profile.city,
    country: profile.country,
    email: profile.email,
    phone: profile.phone,
    website: profile.website,
    uid: profile.uid,
    vatRegistered: profile.vatRegistered,
    iban: profile.iban,
    bankName: profile.bankName,
    referenceType: profile.referenceType,
    reminderText: profile.reminderText,
  });
}

export function parseSeller(stored: unknown): Seller {
  return sellerSchema.parse(stored);
}
