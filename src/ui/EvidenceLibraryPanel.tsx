/** The evidence library: every feature of effective partnership, by level (issue 3 fills this in). */
export function EvidenceLibraryPanel() {
  return (
    <div className="panel__content">
      <h2 className="panel__heading">Evidence library</h2>
    </div>
  );
}
