// The public pages' own texts, one module per route area (decision 0034, step 2). The consultant's
// texts are content (database, content/), never entries here.
import { afterCourse } from "./after-course";
import { booking } from "./booking";
import { callBooking } from "./call-booking";
import { content } from "./content";
import { contentPages } from "./content-pages";
import { courses } from "./courses";
import { fields } from "./fields";
import { home } from "./home";
import { inquiry } from "./inquiry";
import { inquiryForm } from "./inquiry-form";
import { leadership } from "./leadership";
import { library } from "./library";
import { notFound } from "./not-found";
import { portal } from "./portal";
import { registration } from "./registration";
import { sessions } from "./sessions";
import { shared } from "./shared";
import { stories } from "./stories";
import { testimonials } from "./testimonials";

export const pages = {
  shared,
  home,
  inquiry,
  inquiryForm,
  leadership,
  courses,
  sessions,
  callBooking,
  booking,
  library,
  stories,
  testimonials,
  fields,
  content,
  contentPages,
  registration,
  afterCourse,
  portal,
  notFound,
};
