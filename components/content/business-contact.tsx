import { Fragment } from "react";

import { TitledSection } from "@/components/ui/titled-section";
import { profileAddressLines, type BusinessProfile } from "@/lib/business-profile/schemas";

type BusinessContactProps = {
  profile: BusinessProfile;
  title: string;
  /** Without the phone (the privacy statement names who is responsible, not how to call). */
  withPhone?: boolean;
};

/**
 * The business details the consultant entered, and only those: nothing is shown for an empty
 * part, and nothing at all while the profile is empty (no placeholder address in production).
 */
export function BusinessContact({ profile, title, withPhone = true }: BusinessContactProps) {
  const address = profileAddressLines(profile);
  const contacts = [
    profile.email ? { label: "E-Mail", text: profile.email, href: `mailto:${profile.email}` } : null,
    withPhone && profile.phone
      ? { label: "Telefon", text: profile.phone, href: `tel:${profile.phone.replace(/\s/g, "")}` }
      : null,
    profile.website
      ? { label: "Website", text: profile.website.replace(/^https?:\/\//, ""), href: profile.website }
      : null,
  ].filter((entry) => entry !== null);
  if (address.length === 0 && contacts.length === 0 && !profile.uid) return null;
  return (
    <TitledSection id="anbieter-titel" title={title} className="mb-8 max-w-3xl text-lg">
      {address.length > 0 ? (
        <p className="mt-3">
          {address.map((line, index) => (
            <Fragment key={index}>
              {index > 0 ? <br /> : null}
              {line}
            </Fragment>
          ))}
        </p>
      ) : null}
      {contacts.map((contact) => (
        <p key={contact.label} className="mt-2">
          {`${contact.label}: `}
          <a href={contact.href} className="font-semibold text-brand underline hover:text-brand-dark">
            {contact.text}
          </a>
        </p>
      ))}
      {profile.uid ? <p className="mt-2">{`UID: ${profile.uid}`}</p> : null}
    </TitledSection>
  );
}
