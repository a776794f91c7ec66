/**
 * A measure's chart, or its figures as a table: "Show as table" beside the chart (Government
 * Analysis Function chart guidance).
 */
import { memo, useState } from 'react';
import type { Indicator } from '../../domain/model';
import { formatMeasureValue, VALUE_STATUS_WORDS } from '../../domain/measureWords';
import { valuesInOrder } from '../../domain/trend';
import { useEditor } from '../../store/EditorContext';
import { MeasureChart } from './LazyCharts';

/** The figures as a table: what "Show as table" shows in place of the chart. */
function FiguresTable({ indicator }: { indicator: Indicator }) {
  const figure = (value: number | undefined) => (value === undefined ? '—' : formatMeasureValue(value, indicator.unit));
  return (
    <table className="measure-table">
      <caption className="visually-hidden">{`Figures of ${indicator.text.trim() || 'the measure'}`}</caption>
      <thead>
        <tr>
          <th scope="col">Period</th>
          <th scope="col">Actual</th>
          <th scope="col">Target</th>
          <th scope="col">Status</th>
        </tr>
      </thead>
      <tbody>
        {valuesInOrder(indicator).map((value) => (
          <tr key={value.period}>
            <th scope="row">{value.period}</th>
            <td>{figure(value.actual)}</td>
            <td>{figure(value.target)}</td>
            <td>{value.status ? VALUE_STATUS_WORDS[value.status] : ''}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/**
 * A measure's chart with "Show as table" beside it (Government Analysis Function chart guidance).
 * Read-only (a viewer, a saved version) the panel's controls are disabled, the switch with them, so
 * the table is shown under the chart instead.
 */
export const ChartOrTable = memo(function ChartOrTable({ indicator, number }: { indicator: Indicator; number: number }) {
  const [asTable, setAsTable] = useState(false);
  const readOnly = useEditor((state) => state.readOnly);
  if (readOnly) {
    return (
      <div className="measure-view">
        <MeasureChart indicator={indicator} />
        <FiguresTable indicator={indicator} />
      </div>
    );
  }
  return (
    <div className="measure-view">
      <button type="button" className="measure-view__toggle" aria-label={`${asTable ? 'Show as chart' : 'Show as table'}: indicator ${number}`} onClick={() => setAsTable(!asTable)}>
        {asTable ? 'Show as chart' : 'Show as table'}
      </button>
      {asTable ? (
        <FiguresTable indicator={indicator} />
      ) : (
        <MeasureChart indicator={indicator} />
      )}
    </div>
  );
});
