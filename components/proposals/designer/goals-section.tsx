import { useFieldArray } from "react-hook-form";

import { FieldError, FormField, inputClasses } from "@/components/form/form-field";
import { Button } from "@/components/ui/button";
import { TitledSection } from "@/components/ui/titled-section";
import type { LibraryGoal } from "@/lib/proposals/library";

import { GoalPicker } from "../library-pickers";
import type { DesignFormApi } from "./types";

/** The goals of this course: worded for this client, reordered, taken from the library or written anew. */
export function GoalsSection({ form, errorOf, library }: DesignFormApi & { library: LibraryGoal[] }) {
  const goals = useFieldArray({ control: form.control, name: "goals" });
  return (
    <TitledSection id="ziele-titel" title="Ziele" className="space-y-4">
      <p className="text-muted">Formulierungen gelten nur für diese Kundin; die Bibliothek bleibt unverändert.</p>
      <FieldError id="goals-fehler" message={errorOf("goals")} />
      <ol className="space-y-4">
        {goals.fields.map((field, index) => (
          <li key={field.id}>
            <fieldset className="space-y-3 rounded-lg border border-line bg-white p-4">
              <legend className="px-1 font-semibold">{`Ziel ${index + 1}`}</legend>
              <FormField
                id={`goal-${index}-title`}
                label="Formulierung"
                required
                error={errorOf(`goals.${index}.title`)}
              >
                {(control) => (
                  <input {...control} {...form.register(`goals.${index}.title`)} className={inputClasses} />
                )}
              </FormField>
              <FormField
                id={`goal-${index}-description`}
                label="Erläuterung"
                error={errorOf(`goals.${index}.description`)}
              >
                {(control) => (
                  <textarea
                    {...control}
                    {...form.register(`goals.${index}.description`)}
                    className={inputClasses}
                    rows={2}
                  />
                )}
              </FormField>
              <div className="flex flex-wrap gap-2">
                <Button
                  variant="secondary"
                  size="sm"
                  disabled={index === 0}
                  onClick={() => goals.swap(index, index - 1)}
                >
                  {`Ziel ${index + 1} nach oben`}
                </Button>
                <Button
                  variant="secondary"
                  size="sm"
                  disabled={index === goals.fields.length - 1}
                  onClick={() => goals.swap(index, index + 1)}
                >
                  {`Ziel ${index + 1} nach unten`}
                </Button>
                <Button variant="secondary" size="sm" onClick={() => goals.remove(index)}>
                  {`Ziel ${index + 1} entfernen`}
                </Button>
              </div>
            </fieldset>
          </li>
        ))}
      </ol>
      <GoalPicker
        goals={library}
        onAdd={(goal) => goals.append({ goalId: goal.id, title: goal.title, description: goal.description })}
        onAddCustom={() => goals.append({ goalId: "", title: "", description: "" })}
      />
    </TitledSection>
  );
}
