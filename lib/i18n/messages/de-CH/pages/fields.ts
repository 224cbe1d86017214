// A field of activity's page (/taetigkeitsfelder/[slug]).

export const fields = {
  notFound: "Tätigkeitsfeld nicht gefunden",
  eyebrow: "Tätigkeitsfeld",
};
