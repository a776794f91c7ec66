/** Table 1's assumptions and risks (issue 3 fills this in). */
export function ConditionsPanel() {
  return (
    <div className="panel__content">
      <h2 className="panel__heading">Assumptions and risks</h2>
    </div>
  );
}
