/** The submit and cancel buttons at the foot of a small form. */
export function FormActions(props: { submit: string; cancel: string; disabled?: boolean; onCancel(): void }) {
  return (
    <div class="form-actions">
      <button type="submit" class="primary" disabled={props.disabled}>
        {props.submit}
      </button>
      <button type="button" onClick={props.onCancel}>
        {props.cancel}
      </button>
    </div>
  );
}
