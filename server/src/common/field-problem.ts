/** One refused input field (its own module so that input helpers need not import the errors). */
export interface FieldProblem {
  /** Dotted path of the input field, e.g. `input.email`. */
  field: string;
  message: string;
}
