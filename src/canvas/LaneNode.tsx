import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { addBoxToLane } from '../actions/commands';
import { levelById } from '../domain/levels';
import { LEVEL_COLOURS } from '../export/theme';
import { useEditor, useEditorStore } from '../store/EditorContext';
import type { LaneFlowNode } from './flowElements';

function LaneNodeView({ data }: NodeProps<LaneFlowNode>) {
  const store = useEditorStore();
  const readOnly = useEditor((state) => state.readOnly);
  const level = levelById(data.level);
  const colours = LEVEL_COLOURS[level.id];
  return (
    <div className="lane" style={{ height: data.height, background: colours.lane, borderTopColor: colours.heading }}>
      <div className="lane__header">
        <h2 className="lane__name" style={{ color: colours.heading }}>
          {level.name}
        </h2>
        <p className="lane__question" style={{ color: colours.text }}>
          {level.question}
        </p>
        {readOnly ? null : (
          <button type="button" className="lane__add nodrag nopan" aria-label={`Add a box to ${level.name}`} onClick={() => addBoxToLane(store, level.id)}>
            + Add a box
          </button>
        )}
      </div>
    </div>
  );
}

export const LaneNode = memo(LaneNodeView);
