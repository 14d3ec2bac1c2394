/**
 * The steering year picker shared by the briefing and an organisation's key figures page: a GET
 * form with `aar`.
 */

/** The steering year picker: a GET form to `action` with `aar`. */
export function SteeringYearForm({ action, year }: { action: string; year: number }) {
  return (
    <form method="get" action={action} class="app-inline-form">
      <div class="form-group">
        <label class="form-label" for="field-aar">
          Styringsår
        </label>
        <input
          class="form-input input-width-xxs"
          id="field-aar"
          name="aar"
          inputmode="numeric"
          value={String(year)}
        />
      </div>
      <button type="submit" class="button button-secondary">
        Vis
      </button>
    </form>
  );
}
