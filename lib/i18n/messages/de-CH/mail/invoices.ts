// An invoice or credit note issued, and the payment reminders (decision 0034).

export const invoices = {
  issued: {
    subject: {
      INVOICE: "Rechnung {number}: {title}",
      CREDIT_NOTE: "Gutschrift {number}",
    },
    intro: {
      INVOICE:
        "Herzlichen Dank für Ihren Auftrag. Anbei erhalten Sie die Rechnung {number} für {organisation}, mit dem QR-Einzahlungsschein auf der letzten Seite.",
      CREDIT_NOTE: "Anbei erhalten Sie die Gutschrift {number} für {organisation}.",
    },
    documentLabel: {
      INVOICE: "Rechnung",
      CREDIT_NOTE: "Gutschrift",
    },
    amount: "Betrag",
    payableBy: "Zahlbar bis",
    purchaseOrder: "Ihre Bestellnummer",
    portal: "Sie finden die Rechnung auch in Ihrem Kundenportal:",
  },
  reminder: {
    subject: {
      friendly: "Zahlungserinnerung: Rechnung {number}",
      firm: "Mahnung: Rechnung {number} ist noch offen",
    },
    /** When the business profile has no reminder text. */
    friendly:
      "Die Rechnung {number} für {organisation} ist noch offen. Vielleicht ist sie untergegangen: Darf ich Sie freundlich an die Zahlung erinnern?",
    firm: "Die Rechnung {number} für {organisation} ist trotz der Zahlungserinnerung{previous} noch nicht beglichen.",
    /** Inserted after "Zahlungserinnerung" when its date is known. */
    previous: " vom {date}",
    invoiceLabel: "Rechnung",
    invoice: "{number} vom {issueDate}",
    subjectLabel: "Betreff",
    invoiceAmount: "Rechnungsbetrag",
    openAmount: "Offener Betrag",
    due: "Fällig am",
    purchaseOrder: "Ihre Bestellnummer",
    paymentReference: "Zahlungsreferenz",
    payFriendly:
      "Die Rechnung mit dem QR-Einzahlungsschein liegt noch einmal bei. Bitte überweisen Sie den offenen Betrag bis {payBy}.",
    payFirm:
      "Bitte überweisen Sie den offenen Betrag bis {payBy}. Die Rechnung mit dem QR-Einzahlungsschein liegt noch einmal bei.",
    crossed:
      "Hat sich Ihre Zahlung mit dieser Nachricht gekreuzt, betrachten Sie sie bitte als gegenstandslos. Bei Fragen zur Rechnung antworten Sie einfach auf diese E-Mail.",
  },
};
