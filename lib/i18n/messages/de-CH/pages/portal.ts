// The client's engagement portal behind its link (/portal/[token]).

export const portal = {
  title: "Ihr Auftrag",
  proposalPdf: "Offerte als PDF herunterladen",
  accepted: "Angenommen am {date} von {name} ({role}). Herzlichen Dank!",
  changesRequested: "Ihr Änderungswunsch vom {date} ist angekommen. Sie erhalten eine überarbeitete Fassung.",
};
