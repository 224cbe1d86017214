import { seatsText } from "@/components/content/session-list";

/**
 * The seat line of the course pages, with one addition: while people wait, a free seat is not
 * offered to a newcomer (the waiting list comes first), so the session reads as fully booked.
 */
export function seatStatus(capacity: number, seatsTaken: number, waiting: number): string {
  return seatsText(capacity, waiting > 0 ? capacity : seatsTaken);
}
