import type { UseFormRegisterReturn } from "react-hook-form";

/** A field people never see or reach; bots fill it, and the action then quietly does nothing. */
export function Honeypot({ register }: { register: UseFormRegisterReturn }) {
  return (
    <div aria-hidden="true" className="hidden">
      <label htmlFor="website">Website</label>
      <input id="website" tabIndex={-1} autoComplete="off" {...register} />
    </div>
  );
}
