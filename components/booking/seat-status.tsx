/** "3 von 12 Plätzen frei" or "Ausgebucht – Warteliste offen". */
export function seatStatusText(freeSeats: number, waiting: number): string {
  if (freeSeats <= 0 || waiting > 0) return "Ausgebucht – Warteliste offen";
  return freeSeats === 1 ? "Noch 1 Platz frei" : `Noch ${freeSeats} Plätze frei`;
}
