// Types other domains share with lib/booking.

/** When and where a course session takes place: what every reader of one (lists, mails, portal) needs. */
export type SessionPlace = {
  id: string;
  title: string | null;
  startsAt: Date;
  endsAt: Date;
  location: string;
  address: string;
};
