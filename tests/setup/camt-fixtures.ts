// camt.054.001.08 credit notifications as a Swiss bank writes them, built for a test's own
// invoices (reference, amount, date). Plain strings: usable from Playwright specs too.

export type CamtCredit = {
  reference: string;
  amountCents: number;
  /** YYYY-MM-DD, booking and value date. */
  date: string;
  /** The bank's reference of the transaction; repeated, it names the same payment. */
  bankReference: string;
  referenceType?: "QRR" | "SCOR";
  debtor?: string;
};

const escape = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const amount = (cents: number) => `${Math.trunc(cents / 100)}.${String(cents % 100).padStart(2, "0")}`;

function transaction(credit: CamtCredit): string {
  const type = credit.referenceType ?? (credit.reference.startsWith("RF") ? "SCOR" : "QRR");
  const code = type === "QRR" ? `<Prtry>QRR</Prtry>` : `<Cd>SCOR</Cd>`;
  return `
          <TxDtls>
            <Refs><AcctSvcrRef>${escape(credit.bankReference)}</AcctSvcrRef><EndToEndId>NOTPROVIDED</EndToEndId></Refs>
            <Amt Ccy="CHF">${amount(credit.amountCents)}</Amt>
            <CdtDbtInd>CRDT</CdtDbtInd>
            <RltdPties><Dbtr><Pty><Nm>${escape(credit.debtor ?? "Bundesamt für Beispiele")}</Nm></Pty></Dbtr></RltdPties>
            <RmtInf><Strd><CdtrRefInf><Tp><CdOrPrtry>${code}</CdOrPrtry></Tp><Ref>${escape(credit.reference)}</Ref></CdtrRefInf></Strd></RmtInf>
          </TxDtls>`;
}

/** One notification for the account, one booked entry per credit. */
export function camt054(iban: string, credits: readonly CamtCredit[]): string {
  const entries = credits
    .map(
      (credit) => `
      <Ntry>
        <Amt Ccy="CHF">${amount(credit.amountCents)}</Amt>
        <CdtDbtInd>CRDT</CdtDbtInd>
        <Sts><Cd>BOOK</Cd></Sts>
        <BookgDt><Dt>${credit.date}</Dt></BookgDt>
        <ValDt><Dt>${credit.date}</Dt></ValDt>
        <AcctSvcrRef>${escape(credit.bankReference)}-E</AcctSvcrRef>
        <BkTxCd><Domn><Cd>PMNT</Cd><Fmly><Cd>RCDT</Cd><SubFmlyCd>VCOM</SubFmlyCd></Fmly></Domn></BkTxCd>
        <NtryDtls>${transaction(credit)}
        </NtryDtls>
      </Ntry>`,
    )
    .join("");
  return `<?xml version="1.0" encoding="UTF-8"?>
<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.054.001.08">
  <BkToCstmrDbtCdtNtfctn>
    <GrpHdr><MsgId>TEST-${credits
      .map((credit) => credit.bankReference)
      .join("-")
      .slice(0, 20)}</MsgId><CreDtTm>2026-12-20T20:00:00</CreDtTm></GrpHdr>
    <Ntfctn>
      <Id>TEST-NTFCTN-1</Id>
      <CreDtTm>2026-12-20T20:00:00</CreDtTm>
      <Acct><Id><IBAN>${iban.replace(/\s+/g, "")}</IBAN></Id></Acct>${entries}
    </Ntfctn>
  </BkToCstmrDbtCdtNtfctn>
</Document>
`;
}
