/**
 * The two steps every import dialog shows before its preview (the spreadsheet import and Import
 * figures…): reading the file, with Cancel, and a file that could not be read, with Close.
 */
export function ReadingStage({ titleId, title, step, onClose }: { titleId: string; title: string; step: string; onClose: () => void }) {
  return (
    <>
      <h2 id={titleId} className="import__title">
        {title}
      </h2>
      <p role="status" className="import__status">
        {step}
      </p>
      <progress aria-label="Reading the file" />
      <div className="import__actions">
        <button type="button" onClick={onClose}>
          Cancel
        </button>
      </div>
    </>
  );
}

export function FailedStage({ titleId, title, error, onClose }: { titleId: string; title: string; error: string; onClose: () => void }) {
  return (
    <>
      <h2 id={titleId} className="import__title">
        {title}
      </h2>
      <p role="alert" className="error-message">
        {error} Nothing was imported.
      </p>
      <div className="import__actions">
        <button type="button" onClick={onClose}>
          Close
        </button>
      </div>
    </>
  );
}
