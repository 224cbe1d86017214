// The mails' own texts (decision 0034, step 3), one module per group of templates. What a mail
// shows from its props (names, titles, the consultant's reply) is not here: it is data.
import { account } from "./account";
import { afterCourse } from "./after-course";
import { bookings } from "./bookings";
import { calls } from "./calls";
import { common } from "./common";
import { inquiries } from "./inquiries";
import { invoices } from "./invoices";
import { proposals } from "./proposals";

export const mail = { common, account, calls, bookings, inquiries, proposals, invoices, afterCourse };
