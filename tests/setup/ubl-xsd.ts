// Validates UBL documents against the OASIS UBL 2.1 XSD with xmllint-wasm (libxml2 compiled to
// WebAssembly, no system package). The schema files are read from UBL_XSD_DIR, the `xsd` folder of
// the OASIS UBL 2.1 release (maindoc/ and common/); see decision 0025 for where they come from.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";

import { validateXML } from "xmllint-wasm";

export const UBL_XSD_DIR = process.env.UBL_XSD_DIR ?? path.join(process.cwd(), "tests", "fixtures", "ubl-2.1", "xsd");

export function ublSchemaAvailable(): boolean {
  return existsSync(path.join(UBL_XSD_DIR, "maindoc", "UBL-Invoice-2.1.xsd"));
}

/** libxml2's schema errors for the document; an empty list when it is valid. */
export async function validateUbl(xml: string, kind: "Invoice" | "CreditNote"): Promise<string[]> {
  const common = readdirSync(path.join(UBL_XSD_DIR, "common")).filter((file) => file.endsWith(".xsd"));
  const read = (relative: string) => ({
    fileName: relative,
    contents: readFileSync(path.join(UBL_XSD_DIR, relative), "utf8"),
  });
  const result = await validateXML({
    xml: [{ fileName: `${kind}.xml`, contents: xml }],
    schema: [read(`maindoc/UBL-${kind}-2.1.xsd`)],
    preload: common.map((file) => read(`common/${file}`)),
  });
  return result.errors.map((error) => error.rawMessage);
}
