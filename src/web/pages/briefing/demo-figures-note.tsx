/**
 * The note that the key figures are demo data (the demo municipality), shared by the briefing and
 * an organisation's key figures page; whether they are comes from the read model.
 */

/** Says the key figures are made up (the demo municipality), in Det Fælles Designsystem's info alert. */
export function DemoFiguresNote() {
  return (
    <div class="alert alert-info" role="note">
      <div class="alert-body">
        <p class="alert-heading">Nøgletallene er demodata</p>
        <p class="alert-text">Tallene er opfundne, men i de størrelser Landsbyggefondens nøgletal har.</p>
      </div>
    </div>
  );
}
