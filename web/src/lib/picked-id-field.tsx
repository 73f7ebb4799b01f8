import { useState, type ComponentType } from 'react';
import { Controller, type Control, type FieldPath, type FieldValues } from 'react-hook-form';

/** A type-ahead's choice: the id the form keeps and the label the field shows. */
export type Picked = { id: string; label: string };
type PickerProps = { value: Picked | null; onChange: (value: Picked | null) => void };

type PickedIdFieldProps<T extends FieldValues, Out extends FieldValues, P extends PickerProps> = {
  /** The form's control, whatever its resolver's output. */
  control: Control<T, unknown, Out>;
  name: FieldPath<T>;
  /** A choice made before the dialog opened (the case or candidate it was opened from). */
  initial?: Picked | null;
  /** The picker to show: the lazy candidate or case type-ahead. */
  picker: ComponentType<P>;
} & Omit<P, keyof PickerProps>;

/**
 * A type-ahead picker as a react-hook-form field: the form holds only the picked id, the field
 * keeps the picked label to show it. The label lives as long as the field is mounted: a picker
 * shown and hidden by another field's value keeps its choice in its parent instead.
 */
export function PickedIdField<T extends FieldValues, Out extends FieldValues, P extends PickerProps>({
  control,
  name,
  initial = null,
  picker: Picker,
  ...pickerProps
}: PickedIdFieldProps<T, Out, P>) {
  const [picked, setPicked] = useState<Picked | null>(initial);
  return (
    <Controller
      control={control}
      name={name}
      render={({ field }) => {
        const onChange = (next: Picked | null) => {
          setPicked(next);
          field.onChange(next?.id ?? '');
        };
        return <Picker {...({ ...pickerProps, value: picked, onChange } as unknown as P)} />;
      }}
    />
  );
}
