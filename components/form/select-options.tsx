export type SelectOption = { value: string | number; label: string };

/** The options of a select: an optional empty first choice ("Bitte wählen"), then one per entry. */
export function SelectOptions({ options, empty }: { options: readonly SelectOption[]; empty?: string }) {
  return (
    <>
      {empty === undefined ? null : <option value="">{empty}</option>}
      {options.map((option) => (
        <option key={option.value} value={option.value}>
          {option.label}
        </option>
      ))}
    </>
  );
}
