import fc from "fast-check";
import { describe, expect, it } from "vitest";

import {
  formatUid,
  isQrIban,
  isSwissIban,
  isValidUid,
  missingForInvoicing,
  printIban,
  vatRateOn,
} from "@/lib/business-profile/rules";
import { businessProfileSchema, emptyBusinessProfile } from "@/lib/business-profile/schemas";

import { completeProfile } from "../setup/business-profile-fixtures";

/** The check digit computed the long way, as the UID register describes it. */
function checkDigit(eight: number[]): number {
  const weights = [5, 4, 3, 2, 7, 6, 5, 4];
  const sum = eight.reduce((total, digit, index) => total + digit * weights[index]!, 0);
  return 11 - (sum % 11) === 11 ? 0 : 11 - (sum % 11);
}

describe("UID (CHE-123.456.789 MWST)", () => {
  it("accepts a number whose check digit matches, with or without the VAT suffix", () => {
    expect(isValidUid("CHE-123.456.788")).toBe(true);
    expect(isValidUid("CHE-123.456.788 MWST")).toBe(true);
    expect(isValidUid("che123456788 tva")).toBe(true);
    // The federal administration's own UID (Swiss Federal Statistical Office's example).
    expect(isValidUid("CHE-116.281.710 MWST")).toBe(true);
  });

  it("refuses a wrong check digit, a wrong prefix and loose text", () => {
    expect(isValidUid("CHE-123.456.789")).toBe(false);
    expect(isValidUid("DEU-123.456.788")).toBe(false);
    expect(isValidUid("CHE-123.456.78")).toBe(false);
    expect(isValidUid("CHE-123.456.788 VAT")).toBe(false);
  });

  it("agrees with the weighted mod-11 rule for every eight digits, and 10 is never valid", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 8, maxLength: 8 }), (eight) => {
        const expected = checkDigit(eight);
        const text = eight.join("");
        const uid = (last: number) => `CHE-${text.slice(0, 3)}.${text.slice(3, 6)}.${text.slice(6, 8)}${last}`;
        for (let last = 0; last <= 9; last++) expect(isValidUid(uid(last))).toBe(last === expected);
      }),
    );
  });

  it("is written the way the register writes it", () => {
    expect(formatUid("che123456788 mwst")).toBe("CHE-123.456.788 MWST");
  });
});

describe("IBAN and QR-IBAN", () => {
  it("accepts Swiss and Liechtenstein IBANs typed with spaces and in small letters", () => {
    expect(isSwissIban("CH93 0076 2011 6238 5295 7")).toBe(true);
    expect(isSwissIban("ch9300762011623852957")).toBe(true);
    expect(isSwissIban("LI21 0881 0000 2324 013A A")).toBe(true);
  });

  it("refuses a typo (check digits) and foreign accounts, which a QR-bill cannot carry", () => {
    expect(isSwissIban("CH93 0076 2011 6238 5295 8")).toBe(false);
    expect(isSwissIban("DE89 3704 0044 0532 0130 00")).toBe(false);
    expect(isSwissIban("")).toBe(false);
  });

  it("tells a QR-IBAN (institution 30000-31999) from a normal one", () => {
    expect(isQrIban("CH44 3199 9123 0008 8901 2")).toBe(true);
    expect(isQrIban("CH93 0076 2011 6238 5295 7")).toBe(false);
    expect(printIban("CH4431999123000889012")).toBe("CH44 3199 9123 0008 8901 2");
  });
});

describe("VAT rate of a day", () => {
  const rates = [
    { basisPoints: 810, validFrom: "2024-01-01" },
    { basisPoints: 770, validFrom: "2018-01-01" },
  ];
  it("is the newest rate that had started by then; old invoices keep theirs", () => {
    expect(vatRateOn(rates, "2026-12-07")).toBe(810);
    expect(vatRateOn(rates, "2024-01-01")).toBe(810);
    expect(vatRateOn(rates, "2023-12-31")).toBe(770);
    expect(vatRateOn(rates, "2017-12-31")).toBeNull();
  });
});

describe("what invoicing needs", () => {
  const complete = { ...completeProfile, businessName: "", vatRates: [{ basisPoints: 810, validFrom: "2024-01-01" }] };
  it("lists each missing part in the settings' German words", () => {
    expect(missingForInvoicing(complete)).toEqual([]);
    expect(missingForInvoicing({ ...complete, name: "", iban: "CH00", vatRates: [] })).toEqual([
      "Name oder Firma",
      "IBAN oder QR-IBAN",
      "MWST-Satz mit Gültigkeitsdatum",
    ]);
    expect(missingForInvoicing({ ...complete, vatRegistered: false, uid: "", vatRates: [] })).toEqual([]);
  });
});

describe("settings form schema", () => {
  it("says in German at the field what is wrong with the website and the payment term", () => {
    const { isDemo: _isDemo, ...empty } = emptyBusinessProfile;
    const result = businessProfileSchema.safeParse({ ...empty, website: "anliegen", paymentTermDays: "0" });
    expect(result.success).toBe(false);
    const issues = Object.fromEntries(result.error!.issues.map((issue) => [issue.path.join("."), issue.message]));
    expect(issues).toEqual({
      website: "Bitte eine Webadresse mit https:// angeben.",
      paymentTermDays: "Mindestens 1 Tag.",
    });
  });
});
