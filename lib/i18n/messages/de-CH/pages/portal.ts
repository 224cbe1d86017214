// The client's engagement portal behind its link (/portal/[token]).

export const portal = {
  title: "Ihr Auftrag",
  proposalPdf: "Offerte als PDF herunterladen",
  accepted: "Angenommen am {date} von {name} ({role}). Herzlichen Dank!",
  changesRequested: "Ihr Änderungswunsch vom {date} ist angekommen. Sie erhalten eine überarbeitete Fassung.",
  invoices: {
    title: "Rechnungen",
    invoice: "Rechnung",
    creditNote: "Gutschrift",
    heading: "{kind} {number}: {title}",
    amount: "{amount} vom {date}",
    due: ", zahlbar bis {date}",
    open: ", offen {amount}",
    pdf: "{kind} {number} als PDF herunterladen",
  },
  certificates: {
    title: "Kursbestätigungen",
    all: "Alle {count} Kursbestätigungen als PDF",
    one: "Kursbestätigung {name}",
    attended: " (teilgenommen {attendance})",
  },
};
