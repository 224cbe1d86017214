// What other domains share with lib/booking about a session: its place and time, and their columns.

/** When and where a course session takes place: what every reader of one (lists, mails, portal) needs. */
export type SessionPlace = {
  id: string;
  title: string | null;
  startsAt: Date;
  endsAt: Date;
  location: string;
  address: string;
};

/** The columns of a SessionPlace, for a Prisma select. */
export const sessionPlaceSelect = {
  id: true,
  title: true,
  startsAt: true,
  endsAt: true,
  location: true,
  address: true,
} as const;

/** A session's place with its seats and status: what the lists of an engagement's days show. */
export const sessionSeatsSelect = {
  ...sessionPlaceSelect,
  capacity: true,
  seatsTaken: true,
  status: true,
} as const;
