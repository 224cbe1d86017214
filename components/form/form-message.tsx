/** The form-level outcome. Errors interrupt (alert); confirmations wait their turn (status). */
export function FormMessage({ message, tone }: { message?: string | null; tone: "error" | "success" }) {
  return (
    <div role={tone === "error" ? "alert" : "status"} aria-live={tone === "error" ? "assertive" : "polite"}>
      {message ? (
        <p
          className={
            tone === "error"
              ? "rounded-md border-2 border-danger bg-white p-4 font-semibold text-danger"
              : "rounded-md border-2 border-success bg-white p-4 font-semibold text-success"
          }
        >
          {message}
        </p>
      ) : null}
    </div>
  );
}
