import { describe, expect, it } from "vitest";

import {
  attendanceText,
  certificateFileName,
  certificateParticipants,
  hoursText,
  participantKey,
  runDays,
} from "@/lib/certificates/rules";

const day1 = { sessionId: "d1", startsAt: new Date("2031-03-11T07:30:00Z"), endsAt: new Date("2031-03-11T15:30:00Z") };
const day2 = { sessionId: "d2", startsAt: new Date("2031-03-12T07:30:00Z"), endsAt: new Date("2031-03-12T15:30:00Z") };

describe("certificate participants", () => {
  it("joins a person across the days by e-mail, counts the attended days and their hours", () => {
    const people = certificateParticipants(
      [day2, day1],
      [
        { sessionId: "d1", name: "Beat Zürcher", email: "Beat@Example.ch", attendance: "PRESENT" },
        { sessionId: "d2", name: "Beat Zürcher", email: "beat@example.ch ", attendance: "ABSENT" },
        { sessionId: "d1", name: "Anna Gfeller", email: "anna@example.ch", attendance: "PRESENT" },
        { sessionId: "d2", name: "Anna Gfeller", email: "anna@example.ch", attendance: "PRESENT" },
        { sessionId: "d1", name: "Carla Fehlend", email: "carla@example.ch", attendance: "ABSENT" },
        { sessionId: "d2", name: "Carla Fehlend", email: "carla@example.ch", attendance: "UNKNOWN" },
      ],
    );
    expect(people.map((person) => [person.name, person.attendedDays, person.minutes])).toEqual([
      ["Anna Gfeller", [1, 2], 960],
      ["Beat Zürcher", [1], 480],
    ]);
    expect(people.map(attendanceText)).toEqual(["an allen 2 Kurstagen", "an 1 von 2 Tagen"]);
  });

  it("knows a person without e-mail by the name, and only present marks count", () => {
    expect(participantKey(" Zoë  Müller ", null)).toBe("name:zoë müller");
    expect(participantKey("Zoë", "ZOE@x.ch")).toBe("mail:zoe@x.ch");
    const people = certificateParticipants(
      [day1, day2],
      [
        { sessionId: "d2", name: "Zoë Müller", email: null, attendance: "PRESENT" },
        { sessionId: "d1", name: "Zoë  Müller", email: "", attendance: "UNKNOWN" },
      ],
    );
    expect(people).toHaveLength(1);
    expect(attendanceText(people[0]!)).toBe("an 1 von 2 Tagen");
    expect(people[0]!.attendedDays).toEqual([2]);
  });

  it("splits a public session spanning two days into its days, each from start to end time", () => {
    const spanning = { sessionId: "p", startsAt: day1.startsAt, endsAt: day2.endsAt };
    expect(runDays([spanning]).map((day) => day.minutes)).toEqual([480, 480]);
    const [person] = certificateParticipants(
      [spanning],
      [{ sessionId: "p", name: "Dora", email: "d@x.ch", attendance: "PRESENT" }],
    );
    expect(attendanceText(person!)).toBe("an allen 2 Kurstagen");
    expect(hoursText(person!.minutes)).toBe("16 Stunden");
    expect(attendanceText({ attendedDays: [1], totalDays: 1 })).toBe("am Kurstag");
  });

  it("writes hours and file names readably", () => {
    expect(hoursText(450)).toBe("7.5 Stunden");
    expect(hoursText(60)).toBe("1 Stunde");
    expect(certificateFileName("Zoë Müller-Brügger")).toBe("Kursbestaetigung-Zoe-Muller-Brugger.pdf");
    expect(certificateFileName("???")).toBe("Kursbestaetigung-Teilnehmer.pdf");
  });
});
