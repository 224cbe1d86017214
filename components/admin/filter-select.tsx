/** The class of the inputs in an admin list's filter form (a GET form above the list). */
export const filterInputClasses = "mt-1 rounded-md border border-muted bg-white px-3 py-2";

/** A labelled select in an admin list's filter form; `all` adds a first, empty choice. */
export function FilterSelect({
  id,
  name,
  label,
  value,
  all,
  options,
}: {
  id: string;
  name: string;
  label: string;
  value: string;
  all?: string;
  options: { value: string; label: string }[];
}) {
  return (
    <div>
      <label htmlFor={id} className="block font-semibold">
        {label}
      </label>
      <select id={id} name={name} defaultValue={value} className={filterInputClasses}>
        {all !== undefined ? <option value="">{all}</option> : null}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
