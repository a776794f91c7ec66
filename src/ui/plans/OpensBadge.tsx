/** On a box that opens a model: that it does, and the child's roll-up in words and shapes. */
import { rollUp } from '../../analysis/plans/rollup';
import type { ModelOpening } from '../../domain/model';
import { useDigests } from './DigestsContext';
import { RollUpShapes } from './RollUpShapes';

export function OpensBadge({ opens }: { opens: ModelOpening }) {
  const { byUid, entries } = useDigests();
  const child = byUid.get(opens.model);
  const title = child?.title || opens.title || 'a model';
  return (
    <div className="box-node__opens">
      <span className="box-node__opens-title">Opens {title}</span>
      {child?.digest ? <RollUpShapes rollup={rollUp(child.digest)} /> : entries && !child ? <span className="box-node__opens-missing">not among this computer’s models</span> : null}
    </div>
  );
}
