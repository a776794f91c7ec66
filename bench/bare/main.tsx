/**
 * The baseline for the drag benchmark: React Flow as its own examples use it (useNodesState),
 * with the same number of boxes at the same places as the app's bench model and nothing else.
 */
import { ReactFlow, useEdgesState, useNodesState, type Edge, type Node } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { createRoot } from 'react-dom/client';
import { generateModel } from '../generateModel';

const count = Number(new URLSearchParams(window.location.search).get('boxes') ?? '1000');
const model = generateModel({ boxes: count });
const initialNodes: Node[] = model.boxes.map((box) => ({ id: box.id, position: { x: box.x, y: box.y }, data: { label: box.label }, style: { width: 220 } }));
const initialEdges: Edge[] = model.links.map((link) => ({ id: link.id, source: link.source, target: link.target }));

function Bare() {
  const [nodes, , onNodesChange] = useNodesState(initialNodes);
  const [edges, , onEdgesChange] = useEdgesState(initialEdges);
  return <ReactFlow nodes={nodes} edges={edges} onNodesChange={onNodesChange} onEdgesChange={onEdgesChange} fitView minZoom={0.05} />;
}

createRoot(document.getElementById('root') as HTMLElement).render(<Bare />);
